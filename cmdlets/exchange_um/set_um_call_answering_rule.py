"""Set-UMCallAnsweringRule: Change a call answering rule of a UM-enabled mailbox."""

from __future__ import annotations

from collections.abc import Iterator

from pwshlite.cmdlet import Cmdlet, Context, Example, Parameter, ValidateLength, ValidateRange, cmdlet

from ._common import bound_values, id_text, merge_multivalued
from ._config import find_rule, rule_key, rule_mailbox
from ._params import MailboxIdParameter, UMCallAnsweringRuleIdParameter
from ._task import task


@cmdlet("Set-UMCallAnsweringRule", supports_should_process=True, dotnet_type="Set-UMCallAnsweringRule")
class SetUMCallAnsweringRule(Cmdlet):
    """Set-UMCallAnsweringRule: Change a call answering rule of a UM-enabled mailbox."""

    Identity: UMCallAnsweringRuleIdParameter = Parameter(
        position=0, mandatory=True, pipeline=True, by_property_name=True
    )
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
    Name: str | None = Parameter(validate=ValidateLength(0, 255))
    Priority: int | None = Parameter(validate=ValidateRange(1, 9))
    ScheduleStatus: int | None = Parameter(validate=ValidateRange(0, 15))
    TimeOfDay: str | None = Parameter(type_name="Microsoft.Exchange.Data.TimeOfDay")

    examples = (
        Example(
            'New-UMCallAnsweringRule -Name "After hours" -Mailbox tony@contoso.com | Out-Null; Set-UMCallAnsweringRule -Mailbox tony@contoso.com -Identity "After hours" -Priority 1',
            "Move a rule first",
        ),
    )

    def process(self, ctx: Context) -> Iterator[object]:
        with task(self, ctx, TASK) as t:
            mb = rule_mailbox(t.store, self.Mailbox)
            rule = find_rule(t.store, mb, id_text(self.Identity) or "")
            changes = bound_values(self, ctx, skip=("Mailbox",))
            merge_multivalued(self, changes, rule.props)
            if "Name" in changes:
                changes["Name"] = rule_key(mb, str(changes["Name"]))
            if not ctx.should_process(str(self.Identity), "Set-UMCallAnsweringRule"):
                return
            t.ran, t.modified = True, mb.identity
            t.store.set_object(rule, changes)
        yield from ()


TASK = "Microsoft.Exchange.Management.Tasks.UM.SetUMCallAnsweringRule"
