"""Enable-Mailbox: Give an existing user account a mailbox."""

from __future__ import annotations

from collections.abc import Iterator

from pwshlite.cmdlet import Cmdlet, Context, Example, Parameter, Switch, ValidateLength, cmdlet

from ._common import id_text, resource_kind
from ._params import (
    AddressBookMailboxPolicyIdParameter,
    DatabaseIdParameter,
    MailboxPolicyIdParameter,
    UserIdParameter,
)
from ._task import task
from .objects_more import mailbox

_SETS1 = (
    "Arbitration",
    "RemoteArchive",
    "Discovery",
    "Equipment",
    "LinkedRoomMailbox",
    "Linked",
    "PublicFolder",
    "Room",
    "Shared",
    "User",
    "Archive",
    "AuditLog",
)
_SETS2 = (
    "Arbitration",
    "Discovery",
    "Equipment",
    "LinkedRoomMailbox",
    "Linked",
    "PublicFolder",
    "Room",
    "Shared",
    "User",
    "AuditLog",
)
_SETS3 = (
    "Arbitration",
    "RemoteArchive",
    "Discovery",
    "Equipment",
    "LinkedRoomMailbox",
    "Linked",
    "PublicFolder",
    "Room",
    "Shared",
    "User",
)


@cmdlet(
    "Enable-Mailbox",
    default_set="User",
    supports_should_process=True,
    outputs=("Microsoft.Exchange.Data.Directory.Management.Mailbox",),
    dotnet_type="Enable-Mailbox",
)
class EnableMailbox(Cmdlet):
    """Enable-Mailbox: Give an existing user account a mailbox."""

    Identity: UserIdParameter = Parameter(position=0, mandatory=True, pipeline=True, by_property_name=True)
    Arbitration: Switch = Parameter(mandatory=True, sets=("Arbitration",))
    ActiveSyncMailboxPolicy: MailboxPolicyIdParameter | None = Parameter(sets=_SETS1)
    Alias: str | None = Parameter(sets=_SETS1, validate=ValidateLength(0, 64))
    Database: DatabaseIdParameter | None = Parameter(sets=_SETS2)
    DisplayName: str | None = Parameter(sets=_SETS1, validate=ValidateLength(0, 256))
    DomainController: str | None = Parameter(sets=_SETS1, type_name="Microsoft.Exchange.Data.Fqdn")
    Force: Switch = Parameter()
    ManagedFolderMailboxPolicy: MailboxPolicyIdParameter | None = Parameter(sets=_SETS3)
    ManagedFolderMailboxPolicyAllowed: Switch = Parameter(sets=_SETS3)
    PrimarySmtpAddress: str | None = Parameter(sets=_SETS1, type_name="Microsoft.Exchange.Data.SmtpAddress")
    RetentionPolicy: MailboxPolicyIdParameter | None = Parameter(sets=_SETS1)
    RoleAssignmentPolicy: MailboxPolicyIdParameter | None = Parameter()
    ArchiveDomain: str | None = Parameter(
        mandatory=True, sets=("RemoteArchive",), type_name="Microsoft.Exchange.Data.SmtpDomain"
    )
    RemoteArchive: Switch = Parameter(sets=("RemoteArchive",))
    Discovery: Switch = Parameter(mandatory=True, sets=("Discovery",))
    Equipment: Switch = Parameter(mandatory=True, sets=("Equipment",))
    LinkedDomainController: str | None = Parameter(mandatory=True, sets=("LinkedRoomMailbox", "Linked"))
    LinkedMasterAccount: UserIdParameter | None = Parameter(
        mandatory=True, sets=("LinkedRoomMailbox", "Linked")
    )
    LinkedCredential: object | None = Parameter(
        sets=("LinkedRoomMailbox", "Linked"), type_name="System.Management.Automation.PSCredential"
    )
    LinkedRoom: Switch = Parameter(mandatory=True, sets=("LinkedRoomMailbox",))
    Archive: Switch = Parameter(sets=("LinkedRoomMailbox", "Archive"))
    ArchiveDatabase: DatabaseIdParameter | None = Parameter(sets=("LinkedRoomMailbox", "Archive"))
    ArchiveGuid: str | None = Parameter(sets=("LinkedRoomMailbox", "Archive"), type_name="System.Guid")
    ArchiveName: object | None = Parameter(
        sets=("LinkedRoomMailbox", "Archive"),
        type_name="Microsoft.Exchange.Data.MultiValuedProperty`1[System.String]",
    )
    PublicFolder: Switch = Parameter(mandatory=True, sets=("PublicFolder",))
    HoldForMigration: Switch = Parameter(sets=("PublicFolder",))
    Room: Switch = Parameter(mandatory=True, sets=("Room",))
    Shared: Switch = Parameter(mandatory=True, sets=("Shared",))
    AddressBookPolicy: AddressBookMailboxPolicyIdParameter | None = Parameter(sets=("User",))
    AuditLog: Switch = Parameter(sets=("AuditLog",))
    AutoExpandingArchive: Switch = Parameter(sets=("AutoExpandingArchive",))

    examples = (
        Example(
            "Disable-Mailbox kimakers -Confirm:$false; Enable-Mailbox -Identity kimakers",
            "Mailbox-enable a user",
        ),
    )

    def process(self, ctx: Context) -> Iterator[object]:
        result = None
        with task(self, ctx, TASK) as t:
            rec = t.store.resolve_recipient(id_text(self.Identity) or "")
            if not ctx.should_process(rec.identity, "Enable-Mailbox"):
                return
            t.ran, t.modified = True, rec.identity
            result = t.store.enable_mailbox(
                rec,
                alias=self.Alias,
                database=id_text(self.Database),
                primary_smtp_address=self.PrimarySmtpAddress,
                recipient_type_details=self._kind(),
            )
        if result is not None:
            yield mailbox(result)

    def _kind(self) -> str:
        return resource_kind(self) or "UserMailbox"


TASK = "Microsoft.Exchange.Management.RecipientTasks.EnableMailbox"
