"""Get-MailboxStatistics: Item counts and sizes of mailboxes (from the messages delivered to them)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from pwshlite.cmdlet import Cmdlet, Context, Example, Parameter, Switch, cmdlet

from ._common import id_text
from ._params import (
    DatabaseIdParameter,
    GeneralMailboxOrMailUserIdParameter,
    ServerIdParameter,
    StoreMailboxIdParameter,
)
from ._task import reading
from .objects import plain


@cmdlet(
    "Get-MailboxStatistics",
    default_set="Identity",
    outputs=("Microsoft.Exchange.Management.MapiTasks.Presentation.MailboxStatistics",),
    dotnet_type="Get-MailboxStatistics",
)
class GetMailboxStatistics(Cmdlet):
    """Get-MailboxStatistics: Item counts and sizes of mailboxes (from the messages delivered to them)."""

    Database: DatabaseIdParameter | None = Parameter(
        mandatory=True, pipeline=True, by_property_name=True, sets=("Database",)
    )
    StoreMailboxIdentity: StoreMailboxIdParameter | None = Parameter(
        position=0, pipeline=True, by_property_name=True, sets=("Database",)
    )
    CopyOnServer: ServerIdParameter | None = Parameter(sets=("Database", "Identity"))
    DomainController: str | None = Parameter(type_name="Microsoft.Exchange.Data.Fqdn")
    Filter: str | None = Parameter(sets=("Database", "Server"))
    IncludeMoveHistory: Switch = Parameter()
    IncludeMoveReport: Switch = Parameter()
    IncludeQuarantineDetails: Switch = Parameter()
    NoADLookup: Switch = Parameter()
    Identity: GeneralMailboxOrMailUserIdParameter | None = Parameter(
        position=0, mandatory=True, pipeline=True, by_property_name=True, sets=("Identity",)
    )
    Archive: Switch = Parameter(sets=("Identity",))
    IncludeSoftDeletedRecipients: Switch = Parameter(sets=("Identity",))
    UseCustomRouting: Switch = Parameter(sets=("Identity",))
    Server: ServerIdParameter | None = Parameter(
        mandatory=True, pipeline=True, by_property_name=True, sets=("Server",)
    )
    IncludePassive: Switch = Parameter(sets=("Server",))

    examples = (Example("Get-MailboxStatistics -Identity tony@contoso.com", "Item count of one mailbox"),)

    def process(self, ctx: Context) -> Iterator[object]:
        with reading(ctx, TASK) as store:
            if self.Identity is not None:
                mailboxes = [store.resolve_mailbox(id_text(self.Identity) or "")]
            else:
                database = (id_text(self.Database) or "").casefold()
                mailboxes = [
                    m
                    for m in store.iter_recipients(mailbox_only=True)
                    if not database or (m.database or "").casefold() == database
                ]
            for mb in mailboxes:
                yield statistics(store, mb)


TASK = "Microsoft.Exchange.Management.MapiTasks.GetMailboxStatistics"


def statistics(store: Any, mb: Any) -> object:
    """A MailboxStatistics object computed from the messages stored for the mailbox."""
    smtp = mb.primary_smtp_address or ""
    delivered = list(store.iter_tracking(recipients=[smtp], event_id="DELIVER")) if smtp else []
    size = sum(e.total_bytes or 0 for e in delivered)
    return plain(
        "Microsoft.Exchange.Management.MapiTasks.Presentation.MailboxStatistics",
        {
            "DisplayName": mb.display_name,
            "ItemCount": len(delivered),
            "StorageLimitStatus": "BelowLimit",
            "LastLogonTime": None,
            "TotalItemSize": f"{size / 1024:.3f} KB ({size:,} bytes)",
            "TotalDeletedItemSize": "0 B (0 bytes)",
            "Database": mb.database,
            "ServerName": (mb.server_name or "").upper() or None,
            "MailboxGuid": mb.exchange_guid,
            "LastLogoffTime": None,
            "Identity": mb.exchange_guid,
            "IsValid": True,
        },
        state="Unchanged",
    )
