"""Disable-UMCallAnsweringRule: Turn off a call answering rule."""

from __future__ import annotations

from collections.abc import Iterator

from pwshlite.cmdlet import Cmdlet, Context, Example, Parameter, cmdlet

from ._common import id_text
from ._config import find_rule
from ._params import MailboxIdParameter, UMCallAnsweringRuleIdParameter
from ._task import task


@cmdlet(
    "Disable-UMCallAnsweringRule",
    supports_should_process=True,
    confirm_impact="High",
    dotnet_type="Disable-UMCallAnsweringRule",
)
class DisableUMCallAnsweringRule(Cmdlet):
    """Disable-UMCallAnsweringRule: Turn off a call answering rule."""

    Identity: UMCallAnsweringRuleIdParameter = Parameter(
        position=0, mandatory=True, pipeline=True, by_property_name=True
    )
    DomainController: str | None = Parameter(type_name="Microsoft.Exchange.Data.Fqdn")
    Mailbox: MailboxIdParameter | None = Parameter()

    examples = (
        Example(
            'New-UMCallAnsweringRule -Name "After hours" -Mailbox tony@contoso.com | Out-Null; Disable-UMCallAnsweringRule -Mailbox tony@contoso.com -Identity "After hours" -Confirm:$false',
            "Disable a rule",
        ),
    )

    def process(self, ctx: Context) -> Iterator[object]:
        with task(self, ctx, TASK) as t:
            mb = t.store.resolve_mailbox(id_text(self.Mailbox) or "") if self.Mailbox else t.store.acting_user
            rule = find_rule(t.store, mb, id_text(self.Identity) or "")
            if not ctx.should_process(str(self.Identity), "Disable-UMCallAnsweringRule"):
                return
            t.ran, t.modified = True, mb.identity
            t.store.set_object(rule, {"Enabled": False})
        yield from ()


TASK = "Microsoft.Exchange.Management.Tasks.UM.DisableUMCallAnsweringRule"
