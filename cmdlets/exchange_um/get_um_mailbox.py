"""Get-UMMailbox: The UM-enabled mailboxes and their Unified Messaging settings.

Only UM-enabled mailboxes are returned. -Anr matches the start of the name, display name, first or
last name and alias; -Filter takes OPATH; -SortBy sorts ascending on one property; -ResultSize defaults
to 1000.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from pwshlite.cmdlet import Cmdlet, Context, Example, Parameter, Switch, cmdlet

from ._common import id_text, limited
from ._filter import compile_filter
from ._params import MailboxIdParameter, OrganizationalUnitIdParameter, Unlimited
from ._task import reading
from .errors import not_found
from .objects import um_mailbox


@cmdlet(
    "Get-UMMailbox",
    default_set="Identity",
    outputs=("Microsoft.Exchange.Data.Directory.Management.UMMailbox",),
    dotnet_type="Get-UMMailbox",
)
class GetUMMailbox(Cmdlet):
    """Get-UMMailbox: The UM-enabled mailboxes and their Unified Messaging settings.

    Only UM-enabled mailboxes are returned. -Anr matches the start of the name, display name, first or
    last name and alias; -Filter takes OPATH; -SortBy sorts ascending on one property; -ResultSize defaults
    to 1000.
    """

    Anr: str | None = Parameter(sets=("AnrSet",))
    Credential: object | None = Parameter(type_name="System.Management.Automation.PSCredential")
    DomainController: str | None = Parameter(type_name="Microsoft.Exchange.Data.Fqdn")
    Filter: str | None = Parameter()
    IgnoreDefaultScope: Switch = Parameter()
    OrganizationalUnit: OrganizationalUnitIdParameter | None = Parameter()
    ReadFromDomainController: Switch = Parameter()
    ResultSize: Unlimited | None = Parameter()
    SortBy: str | None = Parameter()
    Identity: MailboxIdParameter | None = Parameter(
        position=0, pipeline=True, by_property_name=True, sets=("Identity",)
    )

    examples = (
        Example("Get-UMMailbox", "Every UM-enabled mailbox"),
        Example("Get-UMMailbox -Identity tony@contoso.com | Format-List", "The UM settings of one user"),
        Example("Get-UMMailbox -Anr tony", "UM mailboxes whose names start with tony"),
    )

    def process(self, ctx: Context) -> Iterator[object]:
        with reading(ctx, TASK) as store:
            if self.Identity is not None:
                found = []
                for rec in store.match_recipients(id_text(self.Identity) or "", mailbox_only=True):
                    um = store.um_mailbox(rec)
                    if um is None:
                        # exchange-objects.md §2.2: the task skips non-UM mailboxes with this verbose line
                        ctx.write_verbose(
                            f'The mailbox "{rec.identity}" isn\'t enabled for Unified Messaging.'
                        )
                    else:
                        found.append(um)
                if not found:
                    raise not_found(str(self.Identity), store.dc)
                for um in found:
                    yield um_mailbox(um, store.get_dial_plan(um.dial_plan_id))
                return
            yield from limited(ctx, self._all(store), self.ResultSize)

    def _all(self, store: Any) -> Iterator[object]:
        predicate = compile_filter(self.Filter)
        plans: dict[int, Any] = {}
        recipients = store.iter_recipients(
            mailbox_only=True, anr=self.Anr, um_enabled=True, order_by=self.SortBy
        )
        for rec in recipients:
            um = store.um_mailbox(rec)
            if um is None:
                continue
            dp = plans.get(um.dial_plan_id) or plans.setdefault(
                um.dial_plan_id, store.get_dial_plan(um.dial_plan_id)
            )
            obj = um_mailbox(um, dp)
            if predicate is None or predicate(obj):
                yield obj


TASK = "Microsoft.Exchange.Management.RecipientTasks.GetUMMailbox"
