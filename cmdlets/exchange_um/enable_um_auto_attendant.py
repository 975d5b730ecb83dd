"""Enable-UMAutoAttendant: Let a UM auto attendant answer calls."""

from __future__ import annotations

from pwshlite.cmdlet import Example, Parameter, cmdlet

from . import _um_object_task
from ._params import UMAutoAttendantIdParameter


@cmdlet("Enable-UMAutoAttendant", supports_should_process=True, dotnet_type="Enable-UMAutoAttendant")
class EnableUMAutoAttendant(_um_object_task.UMStatusChange):
    """Enable-UMAutoAttendant: Let a UM auto attendant answer calls."""

    task_class = "Microsoft.Exchange.Management.Tasks.UM.EnableUMAutoAttendant"
    kind = "UMAutoAttendant"
    enabled = True
    default_status = "Disabled"
    already = ("The auto attendant {name} is already enabled.", "AutoAttendantAlreadyEnabledException")

    Identity: UMAutoAttendantIdParameter = Parameter(
        position=0, mandatory=True, pipeline=True, by_property_name=True
    )
    DomainController: str | None = Parameter(type_name="Microsoft.Exchange.Data.Fqdn")

    examples = (
        Example(
            'New-UMAutoAttendant -Name MyUMAutoAttendant -UMDialPlan "Contoso DP" | Out-Null; Enable-UMAutoAttendant -Identity MyUMAutoAttendant',
            "Enable an auto attendant",
        ),
    )
