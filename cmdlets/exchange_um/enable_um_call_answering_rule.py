"""Enable-UMCallAnsweringRule: Turn on a call answering rule."""

from __future__ import annotations

from pwshlite.cmdlet import Example, cmdlet

from . import _call_answering_rule
from .records import ObjectRecord
from .store import UMStore


@cmdlet("Enable-UMCallAnsweringRule", supports_should_process=True, dotnet_type="Enable-UMCallAnsweringRule")
class EnableUMCallAnsweringRule(_call_answering_rule.CallAnsweringRuleChange):
    """Enable-UMCallAnsweringRule: Turn on a call answering rule."""

    task_class = "Microsoft.Exchange.Management.Tasks.UM.EnableUMCallAnsweringRule"

    examples = (
        Example(
            'New-UMCallAnsweringRule -Name "After hours" -Mailbox tony@contoso.com | Out-Null; Enable-UMCallAnsweringRule -Mailbox tony@contoso.com -Identity "After hours" -Confirm:$false',
            "Enable a rule",
        ),
    )

    def change(self, store: UMStore, rule: ObjectRecord) -> None:
        store.set_object(rule, {"Enabled": True})
