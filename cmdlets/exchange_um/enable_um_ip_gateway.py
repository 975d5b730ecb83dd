"""Enable-UMIPGateway: Let a disabled UM IP gateway take calls again."""

from __future__ import annotations

from pwshlite.cmdlet import Example, Parameter, cmdlet

from . import _um_object_task
from ._params import UMIPGatewayIdParameter


@cmdlet("Enable-UMIPGateway", supports_should_process=True, dotnet_type="Enable-UMIPGateway")
class EnableUMIPGateway(_um_object_task.UMStatusChange):
    """Enable-UMIPGateway: Let a disabled UM IP gateway take calls again."""

    task_class = "Microsoft.Exchange.Management.Tasks.UM.EnableUMIPGateway"
    kind = "UMIPGateway"
    enabled = True
    default_status = "Enabled"
    already = ("The IP gateway {name} has already been enabled.", "UMIPGatewayAlreadyEnabledException")

    Identity: UMIPGatewayIdParameter = Parameter(
        position=0, mandatory=True, pipeline=True, by_property_name=True
    )
    DomainController: str | None = Parameter(type_name="Microsoft.Exchange.Data.Fqdn")

    examples = (
        Example(
            "New-UMIPGateway -Name MyUMIPGateway -Address 10.10.10.1 | Out-Null; Disable-UMIPGateway MyUMIPGateway -Confirm:$false; Enable-UMIPGateway -Identity MyUMIPGateway",
            "Enable a gateway",
        ),
    )
