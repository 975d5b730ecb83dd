"""Disable-UMAutoAttendant: Stop a UM auto attendant from answering calls."""

from __future__ import annotations

from pwshlite.cmdlet import Example, Parameter, cmdlet

from . import _um_object_task
from ._params import UMAutoAttendantIdParameter


@cmdlet(
    "Disable-UMAutoAttendant",
    supports_should_process=True,
    confirm_impact="High",
    dotnet_type="Disable-UMAutoAttendant",
)
class DisableUMAutoAttendant(_um_object_task.UMStatusChange):
    """Disable-UMAutoAttendant: Stop a UM auto attendant from answering calls."""

    task_class = "Microsoft.Exchange.Management.Tasks.UM.DisableUMAutoAttendant"
    kind = "UMAutoAttendant"
    enabled = False
    default_status = "Disabled"
    already = ("The auto attendant {name} is already disabled.", "AutoAttendantAlreadyDisabledException")

    Identity: UMAutoAttendantIdParameter = Parameter(
        position=0, mandatory=True, pipeline=True, by_property_name=True
    )
    DomainController: str | None = Parameter(type_name="Microsoft.Exchange.Data.Fqdn")

    examples = (
        Example(
            'New-UMAutoAttendant -Name MyUMAutoAttendant -UMDialPlan "Contoso DP" -Status Enabled | Out-Null; Disable-UMAutoAttendant -Identity MyUMAutoAttendant -Confirm:$false',
            "Disable an auto attendant",
        ),
    )
