"""New-Mailbox: Create a user account with a mailbox (or a room, equipment or shared mailbox).

The alias defaults from the name, the primary SMTP address and the UPN from alias@contoso.com.
-Room, -Equipment and -Shared create resource and shared mailboxes.
"""

from __future__ import annotations

from collections.abc import Iterator

from pwshlite.cmdlet import Cmdlet, Context, Example, Parameter, Switch, ValidateLength, ValidateSet, cmdlet
from pwshlite.objects import SecureString

from ._common import bound_values, id_text, resource_kind
from ._params import (
    AddressBookMailboxPolicyIdParameter,
    DatabaseIdParameter,
    MailboxIdParameter,
    MailboxPlanIdParameter,
    MailboxPolicyIdParameter,
    OrganizationalUnitIdParameter,
    RemovedMailboxIdParameter,
    SharingPolicyIdParameter,
    ThrottlingPolicyIdParameter,
    UserIdParameter,
)
from ._task import task
from .objects_more import mailbox

_SETS1 = ("User", "MicrosoftOnlineServicesID", "RemoteArchive")
_SETS2 = (
    "User",
    "MicrosoftOnlineServicesID",
    "Arbitration",
    "DisabledUser",
    "Discovery",
    "Equipment",
    "FederatedUser",
    "InactiveMailbox",
    "Linked",
    "LinkedRoomMailbox",
    "Migration",
    "RemoteArchive",
    "RemovedMailbox",
    "Room",
    "Shared",
)
_SETS3 = ("User", "AuditLog", "RemoteArchive")
_SETS4 = (
    "User",
    "Arbitration",
    "AuditLog",
    "AuxAuditLog",
    "DisabledUser",
    "Discovery",
    "EnableRoomMailboxAccount",
    "Equipment",
    "Linked",
    "LinkedRoomMailbox",
    "Migration",
    "RemoteArchive",
    "Room",
    "Shared",
    "SupervisoryReviewPolicyMailbox",
)
_SETS5 = ("User", "MicrosoftOnlineServicesID", "InactiveMailbox")
_SETS6 = (
    "User",
    "MicrosoftOnlineServicesID",
    "DisabledUser",
    "FederatedUser",
    "InactiveMailbox",
    "Linked",
    "MicrosoftOnlineServicesFederatedUser",
    "RemoteArchive",
    "RemovedMailbox",
)
_SETS7 = (
    "User",
    "MicrosoftOnlineServicesID",
    "DisabledUser",
    "Equipment",
    "InactiveMailbox",
    "Linked",
    "LinkedRoomMailbox",
    "RemoteArchive",
    "RemovedMailbox",
    "Room",
    "Shared",
)
_SETS8 = (
    "User",
    "MicrosoftOnlineServicesID",
    "Arbitration",
    "AuditLog",
    "AuxAuditLog",
    "DisabledUser",
    "Discovery",
    "EnableRoomMailboxAccount",
    "Equipment",
    "InactiveMailbox",
    "Linked",
    "LinkedRoomMailbox",
    "Migration",
    "PublicFolder",
    "RemoteArchive",
    "RemovedMailbox",
    "Room",
    "Shared",
    "SupervisoryReviewPolicyMailbox",
)
_SETS9 = (
    "User",
    "MicrosoftOnlineServicesID",
    "DisabledUser",
    "FederatedUser",
    "InactiveMailbox",
    "MicrosoftOnlineServicesFederatedUser",
    "RemoteArchive",
    "RemovedMailbox",
)
_SETS10 = (
    "User",
    "MicrosoftOnlineServicesID",
    "Arbitration",
    "DisabledUser",
    "Discovery",
    "EnableRoomMailboxAccount",
    "Equipment",
    "FederatedUser",
    "InactiveMailbox",
    "Linked",
    "LinkedRoomMailbox",
    "MicrosoftOnlineServicesFederatedUser",
    "Migration",
    "PublicFolder",
    "RemoteArchive",
    "RemovedMailbox",
    "Room",
    "Shared",
)
_SETS11 = (
    "User",
    "MicrosoftOnlineServicesID",
    "Arbitration",
    "AuditLog",
    "AuxAuditLog",
    "DisabledUser",
    "Discovery",
    "EnableRoomMailboxAccount",
    "Equipment",
    "FederatedUser",
    "InactiveMailbox",
    "Linked",
    "LinkedRoomMailbox",
    "MicrosoftOnlineServicesFederatedUser",
    "Migration",
    "PublicFolder",
    "RemoteArchive",
    "RemovedMailbox",
    "Room",
    "Shared",
)
_SETS12 = (
    "User",
    "MicrosoftOnlineServicesID",
    "Arbitration",
    "DisabledUser",
    "Equipment",
    "InactiveMailbox",
    "Linked",
    "LinkedRoomMailbox",
    "RemoteArchive",
    "RemovedMailbox",
    "Room",
    "Shared",
)
_SETS13 = (
    "User",
    "MicrosoftOnlineServicesID",
    "Arbitration",
    "AuditLog",
    "AuxAuditLog",
    "DisabledUser",
    "Discovery",
    "EnableRoomMailboxAccount",
    "Equipment",
    "FederatedUser",
    "InactiveMailbox",
    "Linked",
    "LinkedRoomMailbox",
    "Migration",
    "PublicFolder",
    "RemoteArchive",
    "RemovedMailbox",
    "Room",
    "Shared",
    "SupervisoryReviewPolicyMailbox",
)
_SETS14 = ("MicrosoftOnlineServicesID", "EnableRoomMailboxAccount", "MicrosoftOnlineServicesFederatedUser")


@cmdlet(
    "New-Mailbox",
    default_set="User",
    supports_should_process=True,
    outputs=("Microsoft.Exchange.Data.Directory.Management.Mailbox",),
    dotnet_type="New-Mailbox",
)
class NewMailbox(Cmdlet):
    """New-Mailbox: Create a user account with a mailbox (or a room, equipment or shared mailbox).

    The alias defaults from the name, the primary SMTP address and the UPN from alias@contoso.com.
    -Room, -Equipment and -Shared create resource and shared mailboxes.
    """

    Name: str = Parameter(
        position=0, mandatory=True, pipeline=True, by_property_name=True, validate=ValidateLength(0, 64)
    )
    Password: SecureString | None = Parameter(mandatory=_SETS1, sets=_SETS2, secret=True)
    UserPrincipalName: str | None = Parameter(mandatory=_SETS3, sets=_SETS4)
    InactiveMailbox: MailboxIdParameter | None = Parameter(
        mandatory=("InactiveMailbox",), pipeline=True, by_property_name=True, sets=_SETS5
    )
    RemovedMailbox: RemovedMailboxIdParameter | None = Parameter(
        mandatory=("RemovedMailbox",), pipeline=True, by_property_name=True, sets=_SETS6
    )
    ActiveSyncMailboxPolicy: MailboxPolicyIdParameter | None = Parameter()
    AddressBookPolicy: AddressBookMailboxPolicyIdParameter | None = Parameter()
    Alias: str | None = Parameter(validate=ValidateLength(0, 64))
    ArbitrationMailbox: MailboxIdParameter | None = Parameter(sets=_SETS7)
    Archive: Switch = Parameter()
    ArchiveDatabase: DatabaseIdParameter | None = Parameter(sets=_SETS8)
    Database: DatabaseIdParameter | None = Parameter(sets=_SETS8)
    DisplayName: str | None = Parameter(validate=ValidateLength(0, 256))
    DomainController: str | None = Parameter(sets=_SETS8, type_name="Microsoft.Exchange.Data.Fqdn")
    FirstName: str | None = Parameter()
    Force: Switch = Parameter()
    ImmutableId: str | None = Parameter()
    Initials: str | None = Parameter()
    LastName: str | None = Parameter()
    MailboxPlan: MailboxPlanIdParameter | None = Parameter(sets=_SETS9)
    MailboxRegion: str | None = Parameter(sets=_SETS10)
    ManagedFolderMailboxPolicy: MailboxPolicyIdParameter | None = Parameter(sets=_SETS11)
    ManagedFolderMailboxPolicyAllowed: Switch = Parameter(sets=_SETS11)
    ModeratedBy: object | None = Parameter(
        sets=_SETS12, type_name="Microsoft.Exchange.Data.MultiValuedProperty`1[System.String]"
    )
    ModerationEnabled: bool | None = Parameter(sets=_SETS12)
    OrganizationalUnit: OrganizationalUnitIdParameter | None = Parameter()
    PrimarySmtpAddress: str | None = Parameter(type_name="Microsoft.Exchange.Data.SmtpAddress")
    RemotePowerShellEnabled: bool | None = Parameter()
    ResetPasswordOnNextLogon: bool | None = Parameter()
    RetentionPolicy: MailboxPolicyIdParameter | None = Parameter(sets=_SETS8)
    RoleAssignmentPolicy: MailboxPolicyIdParameter | None = Parameter()
    SamAccountName: str | None = Parameter(sets=_SETS13, validate=ValidateLength(0, 20))
    SendModerationNotifications: str | None = Parameter(
        sets=_SETS12,
        validate=ValidateSet("Always", "Internal", "Never"),
        type_name="Microsoft.Exchange.Data.TransportModerationNotificationFlags",
    )
    SharingPolicy: SharingPolicyIdParameter | None = Parameter(sets=_SETS8)
    TargetAllMDBs: Switch = Parameter(sets=_SETS10)
    ThrottlingPolicy: ThrottlingPolicyIdParameter | None = Parameter(sets=_SETS8)
    MicrosoftOnlineServicesID: str | None = Parameter(
        mandatory=("MicrosoftOnlineServicesID", "MicrosoftOnlineServicesFederatedUser"),
        sets=_SETS14,
        type_name="Microsoft.Exchange.Data.WindowsLiveId",
    )
    Discovery: Switch = Parameter(mandatory=True, sets=("MicrosoftOnlineServicesID", "Discovery"))
    Arbitration: Switch = Parameter(mandatory=True, sets=("Arbitration", "Migration"))
    ProxyEmailAddress: str | None = Parameter(
        sets=("Arbitration",), type_name="Microsoft.Exchange.Data.ProxyAddress"
    )
    AuditLog: Switch = Parameter(mandatory=True, sets=("AuditLog",))
    AuxAuditLog: Switch = Parameter(mandatory=True, sets=("AuxAuditLog",))
    AccountDisabled: Switch = Parameter(mandatory=True, sets=("DisabledUser",))
    EnableRoomMailboxAccount: bool | None = Parameter(mandatory=True, sets=("EnableRoomMailboxAccount",))
    Room: Switch = Parameter(mandatory=True, sets=("EnableRoomMailboxAccount", "Room"))
    RoomMailboxPassword: SecureString | None = Parameter(sets=("EnableRoomMailboxAccount",), secret=True)
    Equipment: Switch = Parameter(mandatory=True, sets=("Equipment",))
    FederatedIdentity: str | None = Parameter(
        mandatory=True, sets=("FederatedUser", "MicrosoftOnlineServicesFederatedUser")
    )
    LinkedDomainController: str | None = Parameter(mandatory=True, sets=("Linked", "LinkedRoomMailbox"))
    LinkedMasterAccount: UserIdParameter | None = Parameter(
        mandatory=True, sets=("Linked", "LinkedRoomMailbox")
    )
    LinkedCredential: object | None = Parameter(
        sets=("Linked", "LinkedRoomMailbox"), type_name="System.Management.Automation.PSCredential"
    )
    LinkedRoom: Switch = Parameter(mandatory=True, sets=("LinkedRoomMailbox",))
    Office: str | None = Parameter(sets=("LinkedRoomMailbox", "Room"))
    Phone: str | None = Parameter(sets=("LinkedRoomMailbox", "Room"))
    ResourceCapacity: int | None = Parameter(sets=("LinkedRoomMailbox", "Room"))
    Migration: Switch = Parameter(mandatory=True, sets=("Migration",))
    PublicFolder: Switch = Parameter(mandatory=True, sets=("PublicFolder",))
    HoldForMigration: Switch = Parameter(sets=("PublicFolder",))
    IsExcludedFromServingHierarchy: bool | None = Parameter(sets=("PublicFolder",))
    ArchiveDomain: str | None = Parameter(
        mandatory=True, sets=("RemoteArchive",), type_name="Microsoft.Exchange.Data.SmtpDomain"
    )
    RemoteArchive: Switch = Parameter(sets=("RemoteArchive",))
    Shared: Switch = Parameter(mandatory=True, sets=("Shared",))
    SupervisoryReviewPolicy: Switch = Parameter(mandatory=True, sets=("SupervisoryReviewPolicyMailbox",))

    examples = (
        Example(
            'New-Mailbox -Name "Chris Gray" -Alias chrisg -FirstName Chris -LastName Gray '
            "-UserPrincipalName chrisg@contoso.com -Password (ConvertTo-SecureString -String 'P@ssw0rd1' "
            "-AsPlainText -Force)",
            "Create a user mailbox",
        ),
        Example('New-Mailbox -Name "Conference Room 1" -Room', "Create a room mailbox"),
    )

    def process(self, ctx: Context) -> Iterator[object]:
        result = None
        with task(self, ctx, TASK) as t:
            if not ctx.should_process(self.Name, "New-Mailbox"):
                return
            t.ran, t.modified = True, self.Name
            extra = {
                k: v for k, v in bound_values(self, ctx, skip=_COLUMNS).items() if not isinstance(v, bool)
            }
            result = t.store.new_mailbox(
                self.Name,
                alias=self.Alias,
                display_name=self.DisplayName,
                first_name=self.FirstName,
                last_name=self.LastName,
                user_principal_name=self.UserPrincipalName or self.MicrosoftOnlineServicesID,
                primary_smtp_address=self.PrimarySmtpAddress,
                sam_account_name=self.SamAccountName,
                organizational_unit=id_text(self.OrganizationalUnit),
                database=id_text(self.Database),
                recipient_type_details=self._kind(),
                props=extra,
            )
            if self.Password is not None:  # kept only as an scrypt hash (store_auth.py)
                t.store.set_password(result, self.Password.reveal())
        if result is not None:
            yield mailbox(result)

    def _kind(self) -> str:
        return resource_kind(self) or ("DiscoveryMailbox" if self.Discovery else "UserMailbox")


TASK = "Microsoft.Exchange.Management.RecipientTasks.NewMailbox"
_COLUMNS = (
    "Name",
    "Alias",
    "DisplayName",
    "FirstName",
    "LastName",
    "UserPrincipalName",
    "MicrosoftOnlineServicesID",
    "PrimarySmtpAddress",
    "SamAccountName",
    "OrganizationalUnit",
    "Database",
    "Password",
)
