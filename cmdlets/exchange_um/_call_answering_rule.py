"""The parameters and body shared by Enable-, Disable- and Remove-UMCallAnsweringRule.

Private helper: an undecorated Cmdlet base class; `@cmdlet` on a subclass picks up its `Parameter()`
declarations (pwshlite.cmdlet._parameter_specs). A subclass names its task class and applies its
change to the found rule in `change`.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import ClassVar

from pwshlite.cmdlet import Cmdlet, Context, Parameter

from ._common import id_text
from ._config import find_rule, rule_mailbox
from ._params import MailboxIdParameter, UMCallAnsweringRuleIdParameter
from ._task import task
from .records import ObjectRecord
from .store import UMStore


class CallAnsweringRuleChange(Cmdlet):
    """Finds rule -Identity of -Mailbox (the session user's mailbox without it), asks ShouldProcess
    with the cmdlet's name as the action, then calls `change`."""

    task_class: ClassVar[str]

    Identity: UMCallAnsweringRuleIdParameter = Parameter(
        position=0, mandatory=True, pipeline=True, by_property_name=True
    )
    DomainController: str | None = Parameter(type_name="Microsoft.Exchange.Data.Fqdn")
    Mailbox: MailboxIdParameter | None = Parameter()

    def change(self, store: UMStore, rule: ObjectRecord) -> None:
        """Turn the rule on or off, or delete it."""
        raise NotImplementedError

    def process(self, ctx: Context) -> Iterator[object]:
        with task(self, ctx, self.task_class) as t:
            mb = rule_mailbox(t.store, self.Mailbox)
            rule = find_rule(t.store, mb, id_text(self.Identity) or "")
            if not ctx.should_process(str(self.Identity), self.info.name):
                return
            t.ran, t.modified = True, mb.identity
            self.change(t.store, rule)
        yield from ()
