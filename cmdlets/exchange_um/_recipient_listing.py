"""The body shared by Get-Mailbox, Get-Recipient and Get-User: list recipients by identity or filters.

Private helper: an undecorated Cmdlet base class; `@cmdlet` on a subclass picks up its `Parameter()`
declarations (pwshlite.cmdlet._parameter_specs). The subclasses declare their own parameter lists
(-Identity, -Filter, -RecipientTypeDetails, -ResultSize among them) and say how a record is shown,
how the list is sorted and which records they leave out.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import ClassVar

from pwshlite.cmdlet import Cmdlet, Context, Parameter

from ._common import as_list, id_text, limited
from ._filter import FilterTarget, compile_filter, recipient_attributes
from ._params import IdParameter, Unlimited
from ._task import reading
from .errors import not_found
from .records import MailboxRecord
from .store import UMStore


class RecipientListing(Cmdlet):
    """-Identity: every recipient it names (Exchange's not-found error when none); without it, every
    recipient that -Anr, -RecipientTypeDetails, -Filter and the subclass's `keeps` let through, in the
    subclass's `order_by`, up to -ResultSize (default 1000)."""

    task_class: ClassVar[str]
    mailbox_only: ClassVar[bool] = False  # Get-Mailbox: users without a mailbox are not listed

    Anr: str | None = Parameter(sets=("AnrSet",))
    # declared by each subclass, in its own parameter order
    Identity: IdParameter | None
    Filter: str | None
    RecipientTypeDetails: list[str] | None
    ResultSize: Unlimited | None

    def output(self, store: UMStore, rec: MailboxRecord) -> object:
        """The object written for one recipient."""
        raise NotImplementedError

    def order_by(self) -> str | None:
        """The property the list is sorted by (-SortBy)."""
        raise NotImplementedError

    def keeps(self) -> Callable[[MailboxRecord], bool]:
        """Which records the listing keeps, beyond -Anr, -RecipientTypeDetails and -Filter."""
        return lambda rec: True

    def process(self, ctx: Context) -> Iterator[object]:
        with reading(ctx, self.task_class) as store:
            if self.Identity is not None:
                found = store.match_recipients(id_text(self.Identity) or "", mailbox_only=self.mailbox_only)
                if not found:
                    raise not_found(str(self.Identity), store.dc)
                yield from (self.output(store, rec) for rec in found)
                return
            yield from limited(ctx, self._all(store), self.ResultSize)

    def _all(self, store: UMStore) -> Iterator[object]:
        predicate = compile_filter(self.Filter)
        types = as_list(self.RecipientTypeDetails) or None
        keep = self.keeps()
        for rec in store.iter_recipients(
            mailbox_only=self.mailbox_only, types=types, anr=self.Anr, order_by=self.order_by()
        ):
            if not keep(rec):
                continue
            obj = self.output(store, rec)
            if predicate is None or predicate(FilterTarget(obj, recipient_attributes(rec))):
                yield obj
