"""Get-Mailbox: The mailboxes of the organization.

-Identity accepts name, alias, email address, UPN, DN, canonical name, GUID, domain\account or
LegacyExchangeDN (wildcards allowed); -Anr, -Filter (OPATH), -RecipientTypeDetails, -SortBy, -Database
and -ResultSize (default 1000) narrow the result.
"""

from __future__ import annotations

from collections.abc import Callable

from pwshlite.cmdlet import Example, Parameter, Switch, ValidateSet, cmdlet

from . import _recipient_listing
from ._common import id_text
from ._params import (
    DatabaseIdParameter,
    MailboxIdParameter,
    MailboxPlanIdParameter,
    OrganizationalUnitIdParameter,
    ServerIdParameter,
    Unlimited,
)
from .objects_more import mailbox
from .records import MailboxRecord
from .store import UMStore

_SETS1 = ("AnrSet", "DatabaseSet", "Identity", "ServerSet")
_SETS2 = ("AnrSet", "Identity", "MailboxPlanSet")


@cmdlet(
    "Get-Mailbox",
    default_set="Identity",
    outputs=("Microsoft.Exchange.Data.Directory.Management.Mailbox",),
    dotnet_type="Get-Mailbox",
)
class GetMailbox(_recipient_listing.RecipientListing):
    """Get-Mailbox: The mailboxes of the organization.

    -Identity accepts name, alias, email address, UPN, DN, canonical name, GUID, domain\account or
    LegacyExchangeDN (wildcards allowed); -Anr, -Filter (OPATH), -RecipientTypeDetails, -SortBy, -Database
    and -ResultSize (default 1000) narrow the result.
    """

    task_class = "Microsoft.Exchange.Management.RecipientTasks.GetMailbox"
    mailbox_only = True

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

    def order_by(self) -> str | None:
        return self.SortBy

    def keeps(self) -> Callable[[MailboxRecord], bool]:
        database = id_text(self.Database)
        return lambda rec: not database or (rec.database or "").casefold() == database.casefold()

    def output(self, store: UMStore, rec: MailboxRecord) -> object:
        return mailbox(rec)
