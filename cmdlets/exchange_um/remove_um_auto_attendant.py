"""Remove-UMAutoAttendant: Delete a UM auto attendant."""

from __future__ import annotations

from typing import Any

from pwshlite.cmdlet import Context, Example, Parameter, cmdlet

from . import _um_object_task
from ._params import UMAutoAttendantIdParameter
from .store import UMStore


@cmdlet(
    "Remove-UMAutoAttendant",
    supports_should_process=True,
    confirm_impact="High",
    dotnet_type="Remove-UMAutoAttendant",
)
class RemoveUMAutoAttendant(_um_object_task.UMObjectTask):
    """Remove-UMAutoAttendant: Delete a UM auto attendant."""

    task_class = "Microsoft.Exchange.Management.Tasks.UM.RemoveUMAutoAttendant"
    kind = "UMAutoAttendant"

    Identity: UMAutoAttendantIdParameter = Parameter(
        position=0, mandatory=True, pipeline=True, by_property_name=True
    )
    DomainController: str | None = Parameter(type_name="Microsoft.Exchange.Data.Fqdn")

    examples = (
        Example(
            'New-UMAutoAttendant -Name MyUMAutoAttendant -UMDialPlan "Contoso DP" | Out-Null; Remove-UMAutoAttendant -Identity MyUMAutoAttendant -Confirm:$false',
            "Delete an auto attendant",
        ),
    )

    def change(self, ctx: Context, store: UMStore, obj: Any) -> None:
        store.remove_object(obj)
