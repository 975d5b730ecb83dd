"""Get-Mailbox: The mailboxes of the organization.

-Identity accepts name, alias, email address, UPN, DN, canonical name, GUID, domain\account or
LegacyExchangeDN (wildcards allowed); -Anr, -Filter (OPATH), -RecipientTypeDetails, -SortBy, -Database
and -ResultSize (default 1000) narrow the result.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from pwshlite.cmdlet import Cmdlet, Context, Example, Parameter, Switch, ValidateSet, cmdlet

from ._common import as_list, id_text, limited
from ._filter import FilterTarget, compile_filter, recipient_attributes
from ._params import (
    DatabaseIdParameter,
    MailboxIdParameter,
    MailboxPlanIdParameter,
    OrganizationalUnitIdParameter,
    ServerIdParameter,
    Unlimited,
)
from ._task import reading
from .errors import not_found
from .objects_more import mailbox

_SETS1 = ("AnrSet", "DatabaseSet", "Identity", "ServerSet")
_SETS2 = ("AnrSet", "Identity", "MailboxPlanSet")


@cmdlet(
    "Get-Mailbox",
    default_set="Identity",
    outputs=("Microsoft.Exchange.Data.Directory.Management.Mailbox",),
    dotnet_type="Get-Mailbox",
)
class GetMailbox(Cmdlet):
    """Get-Mailbox: The mailboxes of the organization.

    -Identity accepts name, alias, email address, UPN, DN, canonical name, GUID, domain\account or
    LegacyExchangeDN (wildcards allowed); -Anr, -Filter (OPATH), -RecipientTypeDetails, -SortBy, -Database
    and -ResultSize (default 1000) narrow the result.
    """

    Anr: str | None = Parameter(sets=("AnrSet",))
    Arbitration: Switch = Parameter(sets=_SETS1)
    Archive: Switch = Parameter()
    AuditLog: Switch = Parameter(sets=_SETS1)
    AuxAuditLog: Switch = Parameter(sets=_SETS1)
    Credential: object | None = Parameter(sets=_SETS1, type_name="System.Management.Automation.PSCredential")
    DomainController: str | None = Parameter(sets=_SETS1, type_name="Microsoft.Exchange.Data.Fqdn")
    Filter: str | None = Parameter()
    GroupMailbox: Switch = Parameter()
    IgnoreDefaultScope: Switch = Parameter()
    InactiveMailboxOnly: Switch = Parameter(sets=_SETS2)
    IncludeAcceptMessagesOnlyFromDLMembersWithDisplayNames: Switch = Parameter(sets=_SETS2)
    IncludeAcceptMessagesOnlyFromSendersOrMembersWithDisplayNames: Switch = Parameter(sets=_SETS2)
    IncludeAcceptMessagesOnlyFromWithDisplayNames: Switch = Parameter(sets=_SETS2)
    IncludeEmailAddressDisplayNames: Switch = Parameter(sets=_SETS2)
    IncludeForwardingAddressWithDisplayNames: Switch = Parameter(sets=_SETS2)
    IncludeGrantSendOnBehalfToWithDisplayNames: Switch = Parameter(sets=_SETS2)
    IncludeInactiveMailbox: Switch = Parameter(sets=_SETS2)
    Migration: Switch = Parameter()
    Monitoring: Switch = Parameter(sets=_SETS1)
    OrganizationalUnit: OrganizationalUnitIdParameter | None = Parameter()
    PublicFolder: Switch = Parameter()
    ReadFromDomainController: Switch = Parameter(sets=_SETS1)
    RecipientTypeDetails: list[str] | None = Parameter(
        validate=ValidateSet(
            "DiscoveryMailbox",
            "EquipmentMailbox",
            "GroupMailbox",
            "LegacyMailbox",
            "LinkedMailbox",
            "LinkedRoomMailbox",
            "RoomMailbox",
            "SchedulingMailbox",
            "SharedMailbox",
            "TeamMailbox",
            "UserMailbox",
        ),
        type_name="Microsoft.Exchange.Data.RecipientTypeDetails[]",
    )
    RemoteArchive: Switch = Parameter(sets=_SETS1)
    ResultSize: Unlimited | None = Parameter()
    SoftDeletedMailbox: Switch = Parameter(sets=_SETS2)
    SortBy: str | None = Parameter()
    SupervisoryReviewPolicy: Switch = Parameter(sets=_SETS1)
    Database: DatabaseIdParameter | None = Parameter(
        pipeline=True, by_property_name=True, sets=("DatabaseSet",)
    )
    Identity: MailboxIdParameter | None = Parameter(
        position=0, pipeline=True, by_property_name=True, sets=("Identity",)
    )
    Server: ServerIdParameter | None = Parameter(pipeline=True, by_property_name=True, sets=("ServerSet",))
    MailboxPlan: MailboxPlanIdParameter | None = Parameter(
        pipeline=True, by_property_name=True, sets=("MailboxPlanSet",)
    )

    examples = (
        Example("Get-Mailbox", "Every mailbox (first 1000)"),
        Example("Get-Mailbox -Identity tony@contoso.com | Format-List Name,Alias,UMEnabled", "One mailbox"),
        Example(
            "Get-Mailbox -Filter {UMEnabled -eq $true} -ResultSize Unlimited", "Every UM-enabled mailbox"
        ),
    )

    def process(self, ctx: Context) -> Iterator[object]:
        with reading(ctx, TASK) as store:
            if self.Identity is not None:
                found = store.match_recipients(id_text(self.Identity) or "", mailbox_only=True)
                if not found:
                    raise not_found(str(self.Identity), store.dc)
                yield from (mailbox(rec) for rec in found)
                return
            yield from limited(ctx, self._all(store), self.ResultSize)

    def _all(self, store: Any) -> Iterator[object]:
        predicate = compile_filter(self.Filter)
        types = as_list(self.RecipientTypeDetails) or None
        database = id_text(self.Database)
        for rec in store.iter_recipients(mailbox_only=True, types=types, anr=self.Anr, order_by=self.SortBy):
            if database and (rec.database or "").casefold() != database.casefold():
                continue
            obj = mailbox(rec)
            if predicate is None or predicate(FilterTarget(obj, recipient_attributes(rec))):
                yield obj


TASK = "Microsoft.Exchange.Management.RecipientTasks.GetMailbox"
