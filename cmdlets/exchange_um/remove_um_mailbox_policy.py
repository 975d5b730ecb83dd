"""Remove-UMMailboxPolicy: Delete a UM mailbox policy no UM-enabled user is assigned to."""

from __future__ import annotations

from typing import Any

from pwshlite.cmdlet import Context, Example, Parameter, cmdlet

from . import _um_object_task
from ._params import MailboxPolicyIdParameter
from .store import UMStore


@cmdlet(
    "Remove-UMMailboxPolicy",
    supports_should_process=True,
    confirm_impact="High",
    dotnet_type="Remove-UMMailboxPolicy",
)
class RemoveUMMailboxPolicy(_um_object_task.UMObjectTask):
    """Remove-UMMailboxPolicy: Delete a UM mailbox policy no UM-enabled user is assigned to."""

    task_class = "Microsoft.Exchange.Management.Tasks.RemoveUMPolicy"

    Identity: MailboxPolicyIdParameter = Parameter(
        position=0, mandatory=True, pipeline=True, by_property_name=True
    )
    DomainController: str | None = Parameter(type_name="Microsoft.Exchange.Data.Fqdn")

    examples = (
        Example(
            'New-UMMailboxPolicy "Contoso Sales Policy" -UMDialPlan "Contoso DP" | Out-Null; Remove-UMMailboxPolicy -Identity "Contoso Sales Policy" -Confirm:$false',
            "Delete an unused policy",
        ),
    )

    def resolve(self, store: UMStore, identity: str) -> Any:
        return store.resolve_policy(identity)

    def change(self, ctx: Context, store: UMStore, obj: Any) -> None:
        store.remove_policy(obj)
