"""Disable-UMIPGateway: Stop a UM IP gateway from taking new calls (-Immediate: drop current calls)."""

from __future__ import annotations

from pwshlite.cmdlet import Example, Parameter, cmdlet

from . import _um_object_task
from ._common import whatif_text
from ._params import UMIPGatewayIdParameter


@cmdlet(
    "Disable-UMIPGateway",
    supports_should_process=True,
    confirm_impact="High",
    dotnet_type="Disable-UMIPGateway",
)
class DisableUMIPGateway(_um_object_task.UMStatusChange):
    """Disable-UMIPGateway: Stop a UM IP gateway from taking new calls (-Immediate: drop current calls)."""

    task_class = "Microsoft.Exchange.Management.Tasks.UM.DisableUMIPGateway"
    kind = "UMIPGateway"
    enabled = False
    default_status = "Enabled"
    already = ('The UM IP gateway "{name}" has already been disabled.', "UMIPGatewayAlreadyDisabledException")

    Identity: UMIPGatewayIdParameter = Parameter(
        position=0, mandatory=True, pipeline=True, by_property_name=True
    )
    DomainController: str | None = Parameter(type_name="Microsoft.Exchange.Data.Fqdn")
    Immediate: bool | None = Parameter()

    examples = (
        Example(
            "New-UMIPGateway -Name MyUMIPGateway -Address 10.10.10.1 | Out-Null; Disable-UMIPGateway -Identity MyUMIPGateway -Confirm:$false",
            "Disable a gateway",
        ),
    )

    def whatif(self) -> str:
        return whatif_text("Disable-UMIPGateway-Immediate" if self.Immediate else "Disable-UMIPGateway")
