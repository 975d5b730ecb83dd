"""Get-UMIPGateway: The UM IP gateways."""

from __future__ import annotations

from collections.abc import Iterator

from pwshlite.cmdlet import Cmdlet, Context, Example, Parameter, Switch, cmdlet

from ._common import id_text
from ._params import UMIPGatewayIdParameter
from ._task import reading
from .errors import not_found
from .objects import config_object


@cmdlet(
    "Get-UMIPGateway",
    outputs=("Microsoft.Exchange.Data.Directory.SystemConfiguration.UMIPGateway",),
    dotnet_type="Get-UMIPGateway",
)
class GetUMIPGateway(Cmdlet):
    """Get-UMIPGateway: The UM IP gateways."""

    Identity: UMIPGatewayIdParameter | None = Parameter(position=0, pipeline=True, by_property_name=True)
    DomainController: str | None = Parameter(type_name="Microsoft.Exchange.Data.Fqdn")
    IncludeSimulator: Switch = Parameter()

    examples = (Example("Get-UMIPGateway", "Every UM IP gateway"),)

    def process(self, ctx: Context) -> Iterator[object]:
        with reading(ctx, TASK) as store:
            found = store.match_objects("UMIPGateway", id_text(self.Identity))
            if self.Identity is not None and not found:
                raise not_found(str(self.Identity), store.dc)
            for gw in found:
                if gw.props.get("Simulator") and not self.IncludeSimulator:
                    continue
                yield config_object(gw)


TASK = "Microsoft.Exchange.Management.Tasks.UM.GetUMIPGateway"
