"""New-UMIPGateway: Create a UM IP gateway (the VoIP gateway or IP PBX UM talks to).

-UMDialPlan also creates a default hunt group linking the gateway to that dial plan.
"""

from __future__ import annotations

from collections.abc import Iterator

from pwshlite.cmdlet import Cmdlet, Context, Example, Parameter, ValidateLength, ValidateSet, cmdlet

from ._common import confirm, id_text, whatif_text
from ._params import UMDialPlanIdParameter
from ._task import task
from .errors import ExchangeError
from .objects import config_object


@cmdlet(
    "New-UMIPGateway",
    supports_should_process=True,
    outputs=("Microsoft.Exchange.Data.Directory.SystemConfiguration.UMIPGateway",),
    dotnet_type="New-UMIPGateway",
)
class NewUMIPGateway(Cmdlet):
    """New-UMIPGateway: Create a UM IP gateway (the VoIP gateway or IP PBX UM talks to).

    -UMDialPlan also creates a default hunt group linking the gateway to that dial plan.
    """

    Name: str = Parameter(position=0, mandatory=True, validate=ValidateLength(0, 64))
    Address: str = Parameter(mandatory=True, type_name="Microsoft.Exchange.Data.UMSmartHost")
    DomainController: str | None = Parameter(type_name="Microsoft.Exchange.Data.Fqdn")
    IPAddressFamily: str | None = Parameter(
        validate=ValidateSet("IPv4Only", "IPv6Only", "Any"),
        type_name="Microsoft.Exchange.Data.IPAddressFamily",
    )
    UMDialPlan: UMDialPlanIdParameter | None = Parameter()

    examples = (
        Example("New-UMIPGateway -Name MyUMIPGateway -Address 10.10.10.1", "A gateway by IP address"),
        Example(
            'New-UMIPGateway -Name MyUMIPGateway -Address "gw01.contoso.com" -UMDialPlan "Contoso DP"',
            "A gateway by FQDN with a default hunt group for a dial plan",
        ),
    )

    def process(self, ctx: Context) -> Iterator[object]:
        result = None
        with task(self, ctx, TASK) as t:
            for gw in t.store.iter_objects("UMIPGateway"):
                if str(gw.props.get("Address", "")).casefold() == str(self.Address).casefold():
                    raise ExchangeError(
                        f"A UM IP gateway with address {self.Address} already exists.",
                        "UMIPGatewayAlreadyExistsException",
                    )
            dp = (
                t.store.resolve_dial_plan(id_text(self.UMDialPlan) or "", task_error=True)
                if self.UMDialPlan
                else None
            )
            if not confirm(ctx, whatif_text("New-UMIPGateway", self.Name, self.Address)):
                return
            t.ran, t.modified = True, self.Name
            props = {"Address": str(self.Address), "IPAddressFamily": self.IPAddressFamily or "IPv4Only"}
            result = t.store.new_object("UMIPGateway", self.Name, props)
            if dp is not None:
                t.store.new_object(
                    "UMHuntGroup",
                    "Default",
                    {"UMDialPlan": dp.name, "UMIPGateway": self.Name, "PilotIdentifier": None},
                    parent=result,
                )
                result = t.store.set_object(result, {"HuntGroups": ["Default"]})
        if result is not None:
            yield config_object(result)


TASK = "Microsoft.Exchange.Management.Tasks.UM.NewUMIPGateway"
