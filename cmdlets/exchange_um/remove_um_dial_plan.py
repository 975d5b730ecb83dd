"""Remove-UMDialPlan: Delete a UM dial plan that nothing uses any more.

Refused while a server, UM users, UM mailbox policies, auto attendants or IP gateways are associated
with it (Exchange's messages, in Exchange's order); remove the dial plan's policies first.
"""

from __future__ import annotations

from typing import Any

from pwshlite.cmdlet import Context, Example, Parameter, cmdlet

from . import _um_object_task
from ._params import UMDialPlanIdParameter
from .store import UMStore


@cmdlet(
    "Remove-UMDialPlan", supports_should_process=True, confirm_impact="High", dotnet_type="Remove-UMDialPlan"
)
class RemoveUMDialPlan(_um_object_task.UMObjectTask):
    """Remove-UMDialPlan: Delete a UM dial plan that nothing uses any more.

    Refused while a server, UM users, UM mailbox policies, auto attendants or IP gateways are associated
    with it (Exchange's messages, in Exchange's order); remove the dial plan's policies first.
    """

    task_class = "Microsoft.Exchange.Management.Tasks.UM.RemoveUMDialPlan"

    Identity: UMDialPlanIdParameter = Parameter(
        position=0, mandatory=True, pipeline=True, by_property_name=True
    )
    DomainController: str | None = Parameter(type_name="Microsoft.Exchange.Data.Fqdn")

    examples = (
        Example(
            "New-UMDialPlan MyUMDialPlan -CountryOrRegionCode 1 -NumberOfDigitsInExtension 4 | Out-Null; "
            'Remove-UMMailboxPolicy "MyUMDialPlan Default Policy" -Confirm:$false; '
            "Remove-UMDialPlan -Identity MyUMDialPlan -Confirm:$false",
            "Delete a dial plan after its default policy",
        ),
    )

    def resolve(self, store: UMStore, identity: str) -> Any:
        return store.resolve_dial_plan(identity)

    def change(self, ctx: Context, store: UMStore, obj: Any) -> None:
        store.remove_dial_plan(obj)
