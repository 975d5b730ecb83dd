"""Get-UMCallAnsweringRule: The call answering rules of a UM-enabled mailbox."""

from __future__ import annotations

from collections.abc import Iterator

from pwshlite.cmdlet import Cmdlet, Context, Example, Parameter, cmdlet

from ._common import id_text
from ._config import find_rule, rule_mailbox, rule_output, rules_of
from ._params import MailboxIdParameter, UMCallAnsweringRuleIdParameter
from ._task import reading


@cmdlet(
    "Get-UMCallAnsweringRule",
    outputs=("Microsoft.Exchange.Management.Tasks.UM.UMCallAnsweringRule",),
    dotnet_type="Get-UMCallAnsweringRule",
)
class GetUMCallAnsweringRule(Cmdlet):
    """Get-UMCallAnsweringRule: The call answering rules of a UM-enabled mailbox."""

    Identity: UMCallAnsweringRuleIdParameter | None = Parameter(
        position=0, pipeline=True, by_property_name=True
    )
    DomainController: str | None = Parameter(type_name="Microsoft.Exchange.Data.Fqdn")
    Mailbox: MailboxIdParameter | None = Parameter()

    examples = (Example("Get-UMCallAnsweringRule -Mailbox tony@contoso.com", "The rules of one mailbox"),)

    def process(self, ctx: Context) -> Iterator[object]:
        with reading(ctx, TASK) as store:
            mb = rule_mailbox(store, self.Mailbox)
            if self.Identity is not None:
                yield rule_output(find_rule(store, mb, id_text(self.Identity) or ""))
                return
            for rule in rules_of(store, mb):
                yield rule_output(rule)


TASK = "Microsoft.Exchange.Management.Tasks.UM.GetUMCallAnsweringRule"
