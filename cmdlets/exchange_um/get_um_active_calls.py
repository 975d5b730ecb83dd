"""Get-UMActiveCalls: The calls a UM server, dial plan or IP gateway is handling right now.

The emulated organization places no telephone calls, so after checking that the dial plan, gateway or
server exists this returns nothing, which is the true answer.
"""

from __future__ import annotations

from collections.abc import Iterator

from pwshlite.cmdlet import Cmdlet, Context, Example, Parameter, cmdlet

from ._common import id_text
from ._params import ServerIdParameter, UMDialPlanIdParameter, UMIPGatewayIdParameter
from ._task import reading
from .errors import not_found


@cmdlet("Get-UMActiveCalls", default_set="Server", dotnet_type="Get-UMActiveCalls")
class GetUMActiveCalls(Cmdlet):
    """Get-UMActiveCalls: The calls a UM server, dial plan or IP gateway is handling right now.

    The emulated organization places no telephone calls, so after checking that the dial plan, gateway or
    server exists this returns nothing, which is the true answer.
    """

    DialPlan: UMDialPlanIdParameter | None = Parameter(mandatory=True, sets=("DialPlan",))
    DomainController: str | None = Parameter(type_name="Microsoft.Exchange.Data.Fqdn")
    InstanceServer: str | None = Parameter(
        mandatory=True, sets=("ServerInstance",), type_name="Microsoft.Exchange.Data.UMServer"
    )
    IPGateway: UMIPGatewayIdParameter | None = Parameter(mandatory=True, sets=("UMIPGateway",))
    Server: ServerIdParameter | None = Parameter(pipeline=True, by_property_name=True, sets=("Server",))

    examples = (Example("Get-UMActiveCalls -Server EX01", "Calls in progress on EX01"),)

    def process(self, ctx: Context) -> Iterator[object]:
        with reading(ctx, TASK) as store:
            if self.DialPlan is not None:
                store.resolve_dial_plan(id_text(self.DialPlan) or "")
            if self.IPGateway is not None:
                store.resolve_object("UMIPGateway", id_text(self.IPGateway) or "")
            server = id_text(self.Server) or self.InstanceServer
            if server and not store.match_objects("ExchangeServer", str(server)):
                raise not_found(str(server), store.dc)
        yield from ()


TASK = "Microsoft.Exchange.Management.Tasks.UM.GetUMActiveCalls"
