"""Remove-UMHuntGroup: Delete a UM hunt group."""

from __future__ import annotations

from typing import Any

from pwshlite.cmdlet import Context, Example, Parameter, cmdlet

from . import _um_object_task
from ._params import UMHuntGroupIdParameter
from .store import UMStore


@cmdlet(
    "Remove-UMHuntGroup",
    supports_should_process=True,
    confirm_impact="High",
    dotnet_type="Remove-UMHuntGroup",
)
class RemoveUMHuntGroup(_um_object_task.UMObjectTask):
    """Remove-UMHuntGroup: Delete a UM hunt group."""

    task_class = "Microsoft.Exchange.Management.Tasks.UM.RemoveUMHuntGroup"
    kind = "UMHuntGroup"

    Identity: UMHuntGroupIdParameter = Parameter(
        position=0, mandatory=True, pipeline=True, by_property_name=True
    )
    DomainController: str | None = Parameter(type_name="Microsoft.Exchange.Data.Fqdn")

    examples = (
        Example(
            "New-UMIPGateway -Name MyUMIPGateway -Address 10.10.10.1 | Out-Null; New-UMHuntGroup -Name MyUMHuntGroup -UMDialPlan 'Contoso DP' -UMIPGateway MyUMIPGateway | Out-Null; Remove-UMHuntGroup -Identity MyUMIPGateway\\MyUMHuntGroup -Confirm:$false",
            "Delete a hunt group",
        ),
    )

    def change(self, ctx: Context, store: UMStore, obj: Any) -> None:
        gw = store.get_object(obj.parent_id) if obj.parent_id else None
        store.remove_object(obj)
        if gw is not None:
            rest = [h for h in gw.props.get("HuntGroups") or [] if h != obj.name]
            store.set_object(gw, {"HuntGroups": rest})
