"""Get-Recipient: Every kind of recipient (mailboxes, mail users, users) in one list.

Filters: -RecipientType, -RecipientTypeDetails, -Filter (OPATH), -Anr; -SortBy and -ResultSize
(default 1000).
"""

from __future__ import annotations

from collections.abc import Callable

from pwshlite.cmdlet import Example, Parameter, Switch, ValidateSet, cmdlet

from . import _recipient_listing
from ._common import as_list
from ._params import DatabaseIdParameter, OrganizationalUnitIdParameter, RecipientIdParameter, Unlimited
from .objects_more import recipient
from .records import MailboxRecord
from .store import UMStore

_SETS1 = ("AnrSet", "Identity", "RecipientPreviewFilterSet")


@cmdlet(
    "Get-Recipient",
    default_set="Identity",
    outputs=("Microsoft.Exchange.Data.Directory.Management.ReducedRecipient",),
    dotnet_type="Get-Recipient",
)
class GetRecipient(_recipient_listing.RecipientListing):
    """Get-Recipient: Every kind of recipient (mailboxes, mail users, users) in one list.

    Filters: -RecipientType, -RecipientTypeDetails, -Filter (OPATH), -Anr; -SortBy and -ResultSize
    (default 1000).
    """

    task_class = "Microsoft.Exchange.Management.RecipientTasks.GetRecipient"

    AuthenticationType: str | None = Parameter(
        sets=_SETS1,
        validate=ValidateSet("Federated", "Managed"),
        type_name="Microsoft.Exchange.Data.AuthenticationType",
    )
    Credential: object | None = Parameter(type_name="System.Management.Automation.PSCredential")
    DomainController: str | None = Parameter(type_name="Microsoft.Exchange.Data.Fqdn")
    Filter: str | None = Parameter()
    IgnoreDefaultScope: Switch = Parameter()
    OrganizationalUnit: OrganizationalUnitIdParameter | None = Parameter()
    PropertySet: str | None = Parameter(
        validate=ValidateSet("All", "ControlPanel", "ConsoleSmallSet", "ConsoleLargeSet", "Minimum"),
        type_name="Microsoft.Exchange.Data.PropertySet",
    )
    ReadFromDomainController: Switch = Parameter()
    RecipientType: list[str] | None = Parameter(
        validate=ValidateSet(
            "DynamicDistributionGroup",
            "MailContact",
            "MailNonUniversalGroup",
            "MailUniversalDistributionGroup",
            "MailUniversalSecurityGroup",
            "MailUser",
            "PublicFolder",
            "UserMailbox",
        ),
        type_name="Microsoft.Exchange.Data.RecipientType[]",
    )
    RecipientTypeDetails: list[str] | None = Parameter(
        validate=ValidateSet(
            "DiscoveryMailbox",
            "DynamicDistributionGroup",
            "EquipmentMailbox",
            "GroupMailbox",
            "GuestMailUser",
            "LegacyMailbox",
            "LinkedMailbox",
            "LinkedRoomMailbox",
            "MailContact",
            "MailForestContact",
            "MailNonUniversalGroup",
            "MailUniversalDistributionGroup",
            "MailUniversalSecurityGroup",
            "MailUser",
            "PublicFolder",
            "PublicFolderMailbox",
            "RemoteEquipmentMailbox",
            "RemoteRoomMailbox",
            "RemoteSharedMailbox",
            "RemoteTeamMailbox",
            "RemoteUserMailbox",
            "RoomList",
            "RoomMailbox",
            "SchedulingMailbox",
            "SharedMailbox",
            "SharedWithMailUser",
            "TeamMailbox",
            "UserMailbox",
        ),
        type_name="Microsoft.Exchange.Data.RecipientTypeDetails[]",
    )
    ResultSize: Unlimited | None = Parameter()
    SortBy: str | None = Parameter()
    Capabilities: object | None = Parameter(
        sets=_SETS1, type_name="Microsoft.Exchange.Data.MultiValuedProperty`1[System.String]"
    )
    Database: DatabaseIdParameter | None = Parameter(
        pipeline=True, by_property_name=True, sets=("AnrSet", "DatabaseSet")
    )
    Properties: list[str] | None = Parameter()
    IncludeManagerWithDisplayName: Switch = Parameter(sets=_SETS1)
    IncludeSoftDeletedRecipients: Switch = Parameter()
    Identity: RecipientIdParameter | None = Parameter(
        position=0, pipeline=True, by_property_name=True, sets=("Identity",)
    )
    BookmarkDisplayName: str | None = Parameter(sets=("Identity",))
    IncludeBookmarkObject: bool | None = Parameter(sets=("Identity",))
    RecipientPreviewFilter: str | None = Parameter(sets=("RecipientPreviewFilterSet",))

    examples = (
        Example("Get-Recipient -ResultSize Unlimited", "Every recipient"),
        Example(
            "Get-Recipient -RecipientTypeDetails UserMailbox -Filter \"Name -like 'Tony*'\"",
            "Mailboxes named Tony*",
        ),
        Example("Get-Recipient -Filter {UMEnabled -eq $true}", "UM-enabled recipients"),
    )

    def order_by(self) -> str | None:
        return self.SortBy

    def keeps(self) -> Callable[[MailboxRecord], bool]:
        kinds = {k.casefold() for k in as_list(self.RecipientType)}

        def keep(rec: MailboxRecord) -> bool:
            if rec.recipient_type == "User":
                return False  # Get-Recipient lists mail-enabled recipients only
            return not kinds or rec.recipient_type.casefold() in kinds

        return keep

    def output(self, store: UMStore, rec: MailboxRecord) -> object:
        um = store.um_mailbox(rec) if rec.um_enabled else None
        return recipient(rec, um.policy_name if um else None, um.dial_plan_name if um else None)
