r"""Get-UMHuntGroup: The UM hunt groups (identity <gateway>\<hunt group>)."""

from __future__ import annotations

from pwshlite.cmdlet import Example, Parameter, cmdlet

from . import _um_object_task
from ._params import UMDialPlanIdParameter, UMHuntGroupIdParameter


@cmdlet(
    "Get-UMHuntGroup",
    outputs=("Microsoft.Exchange.Data.Directory.SystemConfiguration.UMHuntGroup",),
    dotnet_type="Get-UMHuntGroup",
)
class GetUMHuntGroup(_um_object_task.UMObjectListing):
    r"""Get-UMHuntGroup: The UM hunt groups (identity <gateway>\<hunt group>)."""

    task_class = "Microsoft.Exchange.Management.Tasks.UM.GetUMHuntGroup"
    kind = "UMHuntGroup"

    Identity: UMHuntGroupIdParameter | None = Parameter(position=0, pipeline=True, by_property_name=True)
    DomainController: str | None = Parameter(type_name="Microsoft.Exchange.Data.Fqdn")
    UMDialPlan: UMDialPlanIdParameter | None = Parameter()

    examples = (Example('Get-UMHuntGroup -UMDialPlan "Contoso DP"', "The hunt groups of a dial plan"),)
