"""Get-User: The user accounts of the organization, with or without a mailbox.

-RecipientTypeDetails (User, UserMailbox, ...), -Filter (OPATH), -Anr, -Sortby and -ResultSize
(default 1000).
"""

from __future__ import annotations

from pwshlite.cmdlet import Example, Parameter, Switch, ValidateSet, cmdlet

from . import _recipient_listing
from ._params import OrganizationalUnitIdParameter, Unlimited, UserIdParameter
from .objects_more import user
from .records import MailboxRecord
from .store import UMStore


@cmdlet(
    "Get-User",
    default_set="Identity",
    outputs=("Microsoft.Exchange.Data.Directory.Management.User",),
    dotnet_type="Get-User",
)
class GetUser(_recipient_listing.RecipientListing):
    """Get-User: The user accounts of the organization, with or without a mailbox.

    -RecipientTypeDetails (User, UserMailbox, ...), -Filter (OPATH), -Anr, -Sortby and -ResultSize
    (default 1000).
    """

    task_class = "Microsoft.Exchange.Management.RecipientTasks.GetUser"

    Arbitration: Switch = Parameter()
    AuditLog: Switch = Parameter()
    AuxAuditLog: Switch = Parameter()
    Credential: object | None = Parameter(type_name="System.Management.Automation.PSCredential")
    DomainController: str | None = Parameter(type_name="Microsoft.Exchange.Data.Fqdn")
    Filter: str | None = Parameter()
    IgnoreDefaultScope: Switch = Parameter()
    IncludeDirectReportsWithDisplayNames: Switch = Parameter()
    IncludeManagerWithDisplayName: Switch = Parameter()
    IsVIP: Switch = Parameter()
    OrganizationalUnit: OrganizationalUnitIdParameter | None = Parameter()
    PublicFolder: Switch = Parameter()
    ReadFromDomainController: Switch = Parameter()
    RecipientTypeDetails: list[str] | None = Parameter(
        validate=ValidateSet(
            "DisabledUser",
            "DiscoveryMailbox",
            "EquipmentMailbox",
            "GuestMailUser",
            "GroupMailbox",
            "LegacyMailbox",
            "LinkedMailbox",
            "LinkedRoomMailbox",
            "LinkedUser",
            "MailUser",
            "PublicFolderMailbox",
            "RemoteEquipmentMailbox",
            "RemoteRoomMailbox",
            "RemoteSharedMailbox",
            "RemoteTeamMailbox",
            "RemoteUserMailbox",
            "RoomMailbox",
            "SchedulingMailbox",
            "SharedMailbox",
            "SharedWithMailUser",
            "TeamMailbox",
            "User",
            "UserMailbox",
        ),
        type_name="Microsoft.Exchange.Data.RecipientTypeDetails[]",
    )
    ResultSize: Unlimited | None = Parameter()
    Sortby: str | None = Parameter()
    SupervisoryReviewPolicy: Switch = Parameter()
    Identity: UserIdParameter | None = Parameter(
        position=0, pipeline=True, by_property_name=True, sets=("Identity",)
    )

    examples = (
        Example("Get-User -ResultSize Unlimited", "Every user"),
        Example("Get-User -Identity tony@contoso.com | Format-List DisplayName,Phone,Title", "One user"),
        Example("Get-User -RecipientTypeDetails User", "Users without a mailbox"),
    )

    def order_by(self) -> str | None:
        return self.Sortby

    def output(self, store: UMStore, rec: MailboxRecord) -> object:
        um = store.um_mailbox(rec) if rec.um_enabled else None
        return user(rec, um.dial_plan_name if um else None)
