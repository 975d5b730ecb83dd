"""Disable-UMCallAnsweringRule: Turn off a call answering rule."""

from __future__ import annotations

from pwshlite.cmdlet import Example, cmdlet

from . import _call_answering_rule
from .records import ObjectRecord
from .store import UMStore


@cmdlet(
    "Disable-UMCallAnsweringRule",
    supports_should_process=True,
    confirm_impact="High",
    dotnet_type="Disable-UMCallAnsweringRule",
)
class DisableUMCallAnsweringRule(_call_answering_rule.CallAnsweringRuleChange):
    """Disable-UMCallAnsweringRule: Turn off a call answering rule."""

    task_class = "Microsoft.Exchange.Management.Tasks.UM.DisableUMCallAnsweringRule"

    examples = (
        Example(
            'New-UMCallAnsweringRule -Name "After hours" -Mailbox tony@contoso.com | Out-Null; Disable-UMCallAnsweringRule -Mailbox tony@contoso.com -Identity "After hours" -Confirm:$false',
            "Disable a rule",
        ),
    )

    def change(self, store: UMStore, rule: ObjectRecord) -> None:
        store.set_object(rule, {"Enabled": False})
