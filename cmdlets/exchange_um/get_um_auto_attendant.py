"""Get-UMAutoAttendant: The UM auto attendants."""

from __future__ import annotations

from pwshlite.cmdlet import Example, Parameter, cmdlet

from . import _um_object_task
from ._params import UMAutoAttendantIdParameter, UMDialPlanIdParameter


@cmdlet(
    "Get-UMAutoAttendant",
    outputs=("Microsoft.Exchange.Data.Directory.SystemConfiguration.UMAutoAttendant",),
    dotnet_type="Get-UMAutoAttendant",
)
class GetUMAutoAttendant(_um_object_task.UMObjectListing):
    """Get-UMAutoAttendant: The UM auto attendants."""

    task_class = "Microsoft.Exchange.Management.Tasks.UM.GetUMAutoAttendant"
    kind = "UMAutoAttendant"

    Identity: UMAutoAttendantIdParameter | None = Parameter(position=0, pipeline=True, by_property_name=True)
    DomainController: str | None = Parameter(type_name="Microsoft.Exchange.Data.Fqdn")
    UMDialPlan: UMDialPlanIdParameter | None = Parameter()

    examples = (
        Example('Get-UMAutoAttendant -UMDialPlan "Contoso DP"', "The auto attendants of a dial plan"),
    )
