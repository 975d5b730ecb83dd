"""Remove-UMCallAnsweringRule: Delete a call answering rule of a UM-enabled mailbox."""

from __future__ import annotations

from pwshlite.cmdlet import Example, cmdlet

from . import _call_answering_rule
from .records import ObjectRecord
from .store import UMStore


@cmdlet(
    "Remove-UMCallAnsweringRule",
    supports_should_process=True,
    confirm_impact="High",
    dotnet_type="Remove-UMCallAnsweringRule",
)
class RemoveUMCallAnsweringRule(_call_answering_rule.CallAnsweringRuleChange):
    """Remove-UMCallAnsweringRule: Delete a call answering rule of a UM-enabled mailbox."""

    task_class = "Microsoft.Exchange.Management.Tasks.UM.RemoveUMCallAnsweringRule"

    examples = (
        Example(
            'New-UMCallAnsweringRule -Name "After hours" -Mailbox tony@contoso.com | Out-Null; Remove-UMCallAnsweringRule -Mailbox tony@contoso.com -Identity "After hours" -Confirm:$false',
            "Remove a rule",
        ),
    )

    def change(self, store: UMStore, rule: ObjectRecord) -> None:
        store.remove_object(rule)
