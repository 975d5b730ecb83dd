"""New-UMCallAnsweringRule: Create a call answering rule on a UM-enabled mailbox.

Without -Mailbox the rule goes to the session user's mailbox. Priority 1-9 orders the rules.
"""

from __future__ import annotations

from collections.abc import Iterator

from pwshlite.cmdlet import Cmdlet, Context, Example, Parameter, ValidateLength, ValidateRange, cmdlet

from ._common import as_list
from ._config import rule_key, rule_mailbox, rule_output, rules_of
from ._params import MailboxIdParameter
from ._task import task
from .errors import ExchangeError, mailbox_not_um_enabled


@cmdlet(
    "New-UMCallAnsweringRule",
    supports_should_process=True,
    outputs=("Microsoft.Exchange.Management.Tasks.UM.UMCallAnsweringRule",),
    dotnet_type="New-UMCallAnsweringRule",
)
class NewUMCallAnsweringRule(Cmdlet):
    """New-UMCallAnsweringRule: Create a call answering rule on a UM-enabled mailbox.

    Without -Mailbox the rule goes to the session user's mailbox. Priority 1-9 orders the rules.
    """

    Name: str = Parameter(mandatory=True, validate=ValidateLength(0, 255))
    CallerIds: object | None = Parameter(
        type_name="Microsoft.Exchange.Data.MultiValuedProperty`1[System.String]"
    )
    CallersCanInterruptGreeting: bool | None = Parameter()
    CheckAutomaticReplies: bool | None = Parameter()
    DomainController: str | None = Parameter(type_name="Microsoft.Exchange.Data.Fqdn")
    ExtensionsDialed: object | None = Parameter(
        type_name="Microsoft.Exchange.Data.MultiValuedProperty`1[System.String]"
    )
    KeyMappings: object | None = Parameter(
        type_name="Microsoft.Exchange.Data.MultiValuedProperty`1[System.String]"
    )
    Mailbox: MailboxIdParameter | None = Parameter()
    Priority: int | None = Parameter(validate=ValidateRange(1, 9))
    ScheduleStatus: int | None = Parameter(validate=ValidateRange(0, 15))
    TimeOfDay: str | None = Parameter(type_name="Microsoft.Exchange.Data.TimeOfDay")

    examples = (
        Example(
            'New-UMCallAnsweringRule -Name "After hours" -Mailbox tony@contoso.com -Priority 2 -ScheduleStatus 0x8',
            "A rule for calls outside working hours",
        ),
    )

    def process(self, ctx: Context) -> Iterator[object]:
        result = None
        with task(self, ctx, TASK) as t:
            mb = rule_mailbox(t.store, self.Mailbox)
            if not mb.um_enabled:
                raise mailbox_not_um_enabled(mb.identity)
            if any(r.name == rule_key(mb, self.Name) for r in rules_of(t.store, mb)):
                raise ExchangeError(
                    f"A call answering rule named {self.Name} already exists.",
                    "CallAnsweringRuleAlreadyExistsException",
                )
            if not ctx.should_process(self.Name, "New-UMCallAnsweringRule"):
                return
            t.ran, t.modified = True, mb.identity
            props = {
                "Mailbox": mb.identity,
                "Priority": self.Priority or 9,
                "Enabled": True,
                "CallerIds": as_list(self.CallerIds),
                "CallersCanInterruptGreeting": bool(self.CallersCanInterruptGreeting),
                "CheckAutomaticReplies": bool(self.CheckAutomaticReplies),
                "ExtensionsDialed": as_list(self.ExtensionsDialed),
                "KeyMappings": as_list(self.KeyMappings),
                "ScheduleStatus": self.ScheduleStatus or 0,
                "TimeOfDay": self.TimeOfDay,
            }
            result = t.store.new_object("UMCallAnsweringRule", rule_key(mb, self.Name), props)
        if result is not None:
            yield rule_output(result)


TASK = "Microsoft.Exchange.Management.Tasks.UM.NewUMCallAnsweringRule"
