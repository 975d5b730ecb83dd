"""Set-Mailbox: Change the settings of a mailbox (addresses, quotas, delivery, custom attributes, ...)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timedelta
from typing import Any

from pwshlite.cmdlet import (
    Cmdlet,
    Context,
    Example,
    Parameter,
    Switch,
    ValidateLength,
    ValidateRange,
    ValidateSet,
    cmdlet,
)
from pwshlite.objects import PSHashtable, SecureString

from ._common import as_list, bound_values, id_text, merge_multivalued, mvp_update
from ._params import (
    AddressBookMailboxPolicyIdParameter,
    DatabaseIdParameter,
    DataEncryptionPolicyIdParameter,
    MailboxIdParameter,
    MailboxPolicyIdParameter,
    OfflineAddressBookIdParameter,
    OrganizationalUnitIdParameter,
    RecipientIdParameter,
    SharingPolicyIdParameter,
    ThrottlingPolicyIdParameter,
    UMDialPlanIdParameter,
    Unlimited,
    UserIdParameter,
)
from ._task import task

_SETS1 = (
    "Identity",
    "ExcludeFromAllOrgHolds",
    "ExcludeFromOrgHolds",
    "RecalculateInactiveMailbox",
    "RemoveDelayHoldApplied",
)
_SETS2 = (
    "Identity",
    "ExcludeFromAllOrgHolds",
    "ExcludeFromOrgHolds",
    "RecalculateInactiveMailbox",
    "RemoveDelayHoldApplied",
    "RemoveDisabledArchive",
    "RemoveOrphanedHolds",
)
_SETS3 = (
    "ExcludeFromAllHolds",
    "ExcludeFromAllOrgHolds",
    "ExcludeFromOrgHolds",
    "IsExchangeCloudManaged",
    "ProvideConsent",
    "RecalculateInactiveMailbox",
    "RemoveComplianceTagHoldApplied",
    "RemoveDelayHoldApplied",
    "RemoveDelayReleaseHoldApplied",
    "RemoveDisabledArchive",
    "RemoveOrphanedHolds",
)


@cmdlet("Set-Mailbox", default_set="Identity", supports_should_process=True, dotnet_type="Set-Mailbox")
class SetMailbox(Cmdlet):
    """Set-Mailbox: Change the settings of a mailbox (addresses, quotas, delivery, custom attributes, ...)."""

    Identity: MailboxIdParameter = Parameter(position=0, mandatory=True, by_property_name=True)
    AcceptMessagesOnlyFrom: object | None = Parameter(
        type_name="Microsoft.Exchange.Data.MultiValuedProperty`1[System.String]"
    )
    AcceptMessagesOnlyFromDLMembers: object | None = Parameter(
        type_name="Microsoft.Exchange.Data.MultiValuedProperty`1[System.String]"
    )
    AcceptMessagesOnlyFromSendersOrMembers: object | None = Parameter(
        type_name="Microsoft.Exchange.Data.MultiValuedProperty`1[System.String]"
    )
    AccountDisabled: bool | None = Parameter()
    AddressBookPolicy: AddressBookMailboxPolicyIdParameter | None = Parameter()
    Alias: str | None = Parameter(validate=ValidateLength(0, 64))
    AntispamBypassEnabled: bool | None = Parameter(sets=("Identity",))
    ApplyMandatoryProperties: Switch = Parameter()
    Arbitration: Switch = Parameter(sets=("Identity",))
    ArbitrationMailbox: MailboxIdParameter | None = Parameter(sets=("Identity",))
    ArchiveDatabase: DatabaseIdParameter | None = Parameter(sets=("Identity",))
    ArchiveDomain: str | None = Parameter(sets=("Identity",), type_name="Microsoft.Exchange.Data.SmtpDomain")
    ArchiveName: object | None = Parameter(
        type_name="Microsoft.Exchange.Data.MultiValuedProperty`1[System.String]"
    )
    ArchiveQuota: Unlimited | None = Parameter(sets=("Identity",))
    ArchiveStatus: str | None = Parameter(
        sets=("Identity",),
        validate=ValidateSet("None", "Active"),
        type_name="Microsoft.Exchange.Data.ArchiveStatusFlags",
    )
    ArchiveWarningQuota: Unlimited | None = Parameter(sets=("Identity",))
    AttributesToClear: list[str] | None = Parameter(
        sets=("Identity",), type_name="Microsoft.Exchange.Data.SetMailbox+ClearableADAttributes[]"
    )
    AuditAdmin: object | None = Parameter(
        type_name="Microsoft.Exchange.Data.MultiValuedProperty`1[System.String]"
    )
    AuditDelegate: object | None = Parameter(
        type_name="Microsoft.Exchange.Data.MultiValuedProperty`1[System.String]"
    )
    AuditEnabled: bool | None = Parameter()
    AuditLog: Switch = Parameter(sets=("Identity",))
    AuditLogAgeLimit: timedelta | None = Parameter(type_name="Microsoft.Exchange.Data.EnhancedTimeSpan")
    AuditOwner: object | None = Parameter(
        type_name="Microsoft.Exchange.Data.MultiValuedProperty`1[System.String]"
    )
    AutoArchivingEnabled: bool | None = Parameter()
    AuxAuditLog: Switch = Parameter(sets=_SETS1)
    BypassModerationFromSendersOrMembers: object | None = Parameter(
        type_name="Microsoft.Exchange.Data.MultiValuedProperty`1[System.String]"
    )
    CalendarLoggingQuota: Unlimited | None = Parameter(sets=("Identity",))
    CalendarRepairDisabled: bool | None = Parameter()
    CalendarVersionStoreDisabled: bool | None = Parameter()
    ClientExtensions: bool | None = Parameter(sets=("Identity",))
    CreateDTMFMap: bool | None = Parameter()
    CustomAttribute1: str | None = Parameter(validate=ValidateLength(0, 1024))
    CustomAttribute10: str | None = Parameter(validate=ValidateLength(0, 1024))
    CustomAttribute11: str | None = Parameter(validate=ValidateLength(0, 1024))
    CustomAttribute12: str | None = Parameter(validate=ValidateLength(0, 1024))
    CustomAttribute13: str | None = Parameter(validate=ValidateLength(0, 1024))
    CustomAttribute14: str | None = Parameter(validate=ValidateLength(0, 1024))
    CustomAttribute15: str | None = Parameter(validate=ValidateLength(0, 1024))
    CustomAttribute2: str | None = Parameter(validate=ValidateLength(0, 1024))
    CustomAttribute3: str | None = Parameter(validate=ValidateLength(0, 1024))
    CustomAttribute4: str | None = Parameter(validate=ValidateLength(0, 1024))
    CustomAttribute5: str | None = Parameter(validate=ValidateLength(0, 1024))
    CustomAttribute6: str | None = Parameter(validate=ValidateLength(0, 1024))
    CustomAttribute7: str | None = Parameter(validate=ValidateLength(0, 1024))
    CustomAttribute8: str | None = Parameter(validate=ValidateLength(0, 1024))
    CustomAttribute9: str | None = Parameter(validate=ValidateLength(0, 1024))
    Database: DatabaseIdParameter | None = Parameter(sets=("Identity",))
    DefaultAuditSet: object | None = Parameter(
        type_name="Microsoft.Exchange.Data.MultiValuedProperty`1[System.String]"
    )
    DefaultPublicFolderMailbox: RecipientIdParameter | None = Parameter()
    DeliverToMailboxAndForward: bool | None = Parameter()
    DisableThrottling: bool | None = Parameter(sets=("Identity",))
    DisplayName: str | None = Parameter(validate=ValidateLength(0, 256))
    DomainController: str | None = Parameter(sets=("Identity",), type_name="Microsoft.Exchange.Data.Fqdn")
    DowngradeHighPriorityMessagesEnabled: bool | None = Parameter(sets=("Identity",))
    DumpsterMessagesPerFolderCountReceiveQuota: int | None = Parameter(sets=("Identity",))
    DumpsterMessagesPerFolderCountWarningQuota: int | None = Parameter(sets=("Identity",))
    EmailAddresses: object | None = Parameter(type_name="Microsoft.Exchange.Data.ProxyAddressCollection")
    EmailAddressPolicyEnabled: bool | None = Parameter(sets=("Identity",))
    EnableRoomMailboxAccount: bool | None = Parameter()
    EndDateForRetentionHold: datetime | None = Parameter()
    ExtendedPropertiesCountQuota: int | None = Parameter(sets=("Identity",))
    ExtensionCustomAttribute1: object | None = Parameter(
        type_name="Microsoft.Exchange.Data.MultiValuedProperty`1[System.String]"
    )
    ExtensionCustomAttribute2: object | None = Parameter(
        type_name="Microsoft.Exchange.Data.MultiValuedProperty`1[System.String]"
    )
    ExtensionCustomAttribute3: object | None = Parameter(
        type_name="Microsoft.Exchange.Data.MultiValuedProperty`1[System.String]"
    )
    ExtensionCustomAttribute4: object | None = Parameter(
        type_name="Microsoft.Exchange.Data.MultiValuedProperty`1[System.String]"
    )
    ExtensionCustomAttribute5: object | None = Parameter(
        type_name="Microsoft.Exchange.Data.MultiValuedProperty`1[System.String]"
    )
    ExternalOofOptions: str | None = Parameter(
        validate=ValidateSet("External", "InternalOnly"),
        type_name="Microsoft.Exchange.Data.ExternalOofOptions",
    )
    FolderHierarchyChildrenCountReceiveQuota: int | None = Parameter(sets=("Identity",))
    FolderHierarchyChildrenCountWarningQuota: int | None = Parameter(sets=("Identity",))
    FolderHierarchyDepthReceiveQuota: int | None = Parameter(sets=("Identity",))
    FolderHierarchyDepthWarningQuota: int | None = Parameter(sets=("Identity",))
    FoldersCountReceiveQuota: int | None = Parameter(sets=("Identity",))
    FoldersCountWarningQuota: int | None = Parameter(sets=("Identity",))
    Force: Switch = Parameter()
    ForwardingAddress: RecipientIdParameter | None = Parameter()
    ForwardingSmtpAddress: str | None = Parameter(type_name="Microsoft.Exchange.Data.ProxyAddress")
    GMGen: bool | None = Parameter(sets=("Identity",))
    GrantSendOnBehalfTo: object | None = Parameter(
        type_name="Microsoft.Exchange.Data.MultiValuedProperty`1[System.String]"
    )
    HiddenFromAddressListsEnabled: bool | None = Parameter()
    IgnoreDefaultScope: Switch = Parameter(sets=("Identity",))
    ImListMigrationCompleted: bool | None = Parameter()
    ImmutableId: str | None = Parameter()
    IsExcludedFromServingHierarchy: bool | None = Parameter()
    IsHierarchyReady: bool | None = Parameter(sets=("Identity",))
    IsHierarchySyncEnabled: bool | None = Parameter(sets=("Identity",))
    IssueWarningQuota: Unlimited | None = Parameter()
    Languages: object | None = Parameter(
        type_name="Microsoft.Exchange.Data.MultiValuedProperty`1[System.String]"
    )
    LinkedCredential: object | None = Parameter(
        sets=("Identity",), type_name="System.Management.Automation.PSCredential"
    )
    LinkedDomainController: str | None = Parameter(sets=("Identity",))
    LinkedMasterAccount: UserIdParameter | None = Parameter(sets=("Identity",))
    LitigationHoldDate: datetime | None = Parameter()
    LitigationHoldDuration: Unlimited | None = Parameter()
    LitigationHoldEnabled: bool | None = Parameter()
    LitigationHoldOwner: str | None = Parameter()
    MailboxMessagesPerFolderCountReceiveQuota: int | None = Parameter(sets=("Identity",))
    MailboxMessagesPerFolderCountWarningQuota: int | None = Parameter(sets=("Identity",))
    MailTip: str | None = Parameter()
    MailTipTranslations: object | None = Parameter(
        type_name="Microsoft.Exchange.Data.MultiValuedProperty`1[System.String]"
    )
    ManagedFolderMailboxPolicy: MailboxPolicyIdParameter | None = Parameter(sets=("Identity",))
    ManagedFolderMailboxPolicyAllowed: Switch = Parameter(sets=("Identity",))
    Management: bool | None = Parameter(sets=("Identity",))
    MaxBlockedSenders: int | None = Parameter(sets=("Identity",))
    MaxReceiveSize: Unlimited | None = Parameter()
    MaxSafeSenders: int | None = Parameter(sets=("Identity",))
    MaxSendSize: Unlimited | None = Parameter()
    MessageCopyForSendOnBehalfEnabled: bool | None = Parameter()
    MessageCopyForSentAsEnabled: bool | None = Parameter()
    MessageTracking: bool | None = Parameter(sets=_SETS1)
    MessageTrackingReadStatusEnabled: bool | None = Parameter()
    Migration: bool | None = Parameter(sets=("Identity",))
    ModeratedBy: object | None = Parameter(
        type_name="Microsoft.Exchange.Data.MultiValuedProperty`1[System.String]"
    )
    ModerationEnabled: bool | None = Parameter()
    Name: str | None = Parameter(validate=ValidateLength(0, 64))
    NewPassword: SecureString | None = Parameter(sets=("Identity",), secret=True)
    OABGen: bool | None = Parameter(sets=("Identity",))
    Office: str | None = Parameter()
    OfflineAddressBook: OfflineAddressBookIdParameter | None = Parameter(sets=("Identity",))
    OldPassword: SecureString | None = Parameter(sets=("Identity",), secret=True)
    OMEncryption: bool | None = Parameter(sets=("Identity",))
    OMEncryptionStore: bool | None = Parameter(sets=("Identity",))
    Password: SecureString | None = Parameter(secret=True)
    PrimarySmtpAddress: str | None = Parameter(
        sets=("Identity",), type_name="Microsoft.Exchange.Data.SmtpAddress"
    )
    ProhibitSendQuota: Unlimited | None = Parameter()
    ProhibitSendReceiveQuota: Unlimited | None = Parameter()
    PstProvider: bool | None = Parameter(sets=("Identity",))
    PublicFolder: Switch = Parameter()
    QueryBaseDN: OrganizationalUnitIdParameter | None = Parameter(sets=("Identity",))
    RecipientLimits: Unlimited | None = Parameter()
    RecoverableItemsQuota: Unlimited | None = Parameter(sets=("Identity",))
    RecoverableItemsWarningQuota: Unlimited | None = Parameter(sets=("Identity",))
    RejectMessagesFrom: object | None = Parameter(
        type_name="Microsoft.Exchange.Data.MultiValuedProperty`1[System.String]"
    )
    RejectMessagesFromDLMembers: object | None = Parameter(
        type_name="Microsoft.Exchange.Data.MultiValuedProperty`1[System.String]"
    )
    RejectMessagesFromSendersOrMembers: object | None = Parameter(
        type_name="Microsoft.Exchange.Data.MultiValuedProperty`1[System.String]"
    )
    RemoteRecipientType: str | None = Parameter(
        sets=("Identity",),
        validate=ValidateSet(
            "None",
            "ProvisionMailbox",
            "ProvisionArchive",
            "Migrated",
            "DeprovisionMailbox",
            "DeprovisionArchive",
            "RoomMailbox",
            "EquipmentMailbox",
            "SharedMailbox",
        ),
        type_name="Microsoft.Exchange.Data.RemoteRecipientType",
    )
    RemoveManagedFolderAndPolicy: Switch = Parameter(sets=("Identity",))
    RemovePicture: Switch = Parameter(sets=("Identity",))
    RemoveSpokenName: Switch = Parameter(sets=("Identity",))
    RequireSenderAuthenticationEnabled: bool | None = Parameter()
    ResetPasswordOnNextLogon: bool | None = Parameter(sets=("Identity",))
    ResourceCapacity: int | None = Parameter()
    ResourceCustom: object | None = Parameter(
        type_name="Microsoft.Exchange.Data.MultiValuedProperty`1[System.String]"
    )
    RetainDeletedItemsFor: timedelta | None = Parameter(type_name="Microsoft.Exchange.Data.EnhancedTimeSpan")
    RetainDeletedItemsUntilBackup: bool | None = Parameter(sets=("Identity",))
    RetentionComment: str | None = Parameter()
    RetentionHoldEnabled: bool | None = Parameter()
    RetentionPolicy: MailboxPolicyIdParameter | None = Parameter()
    RetentionUrl: str | None = Parameter()
    RoleAssignmentPolicy: MailboxPolicyIdParameter | None = Parameter()
    RoomMailboxPassword: SecureString | None = Parameter(secret=True)
    RulesQuota: str | None = Parameter(type_name="Microsoft.Exchange.Data.ByteQuantifiedSize")
    SamAccountName: str | None = Parameter(sets=("Identity",), validate=ValidateLength(0, 20))
    SCLDeleteEnabled: bool | None = Parameter(sets=("Identity",))
    SCLDeleteThreshold: int | None = Parameter(sets=("Identity",), validate=ValidateRange(0, 9))
    SCLJunkEnabled: bool | None = Parameter(sets=("Identity",))
    SCLJunkThreshold: int | None = Parameter(sets=("Identity",), validate=ValidateRange(0, 9))
    SCLQuarantineEnabled: bool | None = Parameter(sets=("Identity",))
    SCLQuarantineThreshold: int | None = Parameter(sets=("Identity",), validate=ValidateRange(0, 9))
    SCLRejectEnabled: bool | None = Parameter(sets=("Identity",))
    SCLRejectThreshold: int | None = Parameter(sets=("Identity",), validate=ValidateRange(0, 9))
    SecondaryAddress: str | None = Parameter()
    SecondaryDialPlan: UMDialPlanIdParameter | None = Parameter()
    SendModerationNotifications: str | None = Parameter(
        validate=ValidateSet("Always", "Internal", "Never"),
        type_name="Microsoft.Exchange.Data.TransportModerationNotificationFlags",
    )
    SharingPolicy: SharingPolicyIdParameter | None = Parameter()
    SimpleDisplayName: str | None = Parameter()
    SingleItemRecoveryEnabled: bool | None = Parameter()
    StartDateForRetentionHold: datetime | None = Parameter()
    StsRefreshTokensValidFrom: datetime | None = Parameter()
    SystemMessageSizeShutoffQuota: int | None = Parameter(sets=("Identity",), type_name="System.Int64")
    SystemMessageSizeWarningQuota: int | None = Parameter(sets=("Identity",), type_name="System.Int64")
    ThrottlingPolicy: ThrottlingPolicyIdParameter | None = Parameter(sets=("Identity",))
    Type: str | None = Parameter(
        validate=ValidateSet("Equipment", "Regular", "Room", "Shared", "Workspace", "Desk"),
        type_name="Microsoft.Exchange.Data.ConvertibleMailboxSubType",
    )
    UMDataStorage: bool | None = Parameter(sets=("Identity",))
    UMDtmfMap: object | None = Parameter(
        type_name="Microsoft.Exchange.Data.MultiValuedProperty`1[System.String]"
    )
    UMGrammar: bool | None = Parameter(sets=("Identity",))
    UseDatabaseQuotaDefaults: bool | None = Parameter()
    UseDatabaseRetentionDefaults: bool | None = Parameter()
    UserCertificate: object | None = Parameter(
        type_name="Microsoft.Exchange.Data.MultiValuedProperty`1[System.String]"
    )
    UserPrincipalName: str | None = Parameter(sets=("Identity",))
    UserSMimeCertificate: object | None = Parameter(
        type_name="Microsoft.Exchange.Data.MultiValuedProperty`1[System.String]"
    )
    WindowsEmailAddress: str | None = Parameter(type_name="Microsoft.Exchange.Data.SmtpAddress")
    SkipDualWrite: Switch = Parameter(sets=_SETS2)
    ExcludeFromAllHolds: Switch = Parameter(mandatory=True, sets=("ExcludeFromAllHolds",))
    ClearThrottlingPolicyAssignment: Switch = Parameter(sets=_SETS3)
    DataEncryptionPolicy: DataEncryptionPolicyIdParameter | None = Parameter(sets=_SETS3)
    ElcProcessingDisabled: bool | None = Parameter(sets=_SETS3)
    EmailAddressDisplayNames: object | None = Parameter(
        sets=_SETS3, type_name="Microsoft.Exchange.Data.MultiValuedProperty`1[System.String]"
    )
    EnforcedTimestamps: str | None = Parameter(sets=_SETS3)
    GroupMailbox: MailboxIdParameter | None = Parameter(sets=_SETS3)
    InactiveMailbox: Switch = Parameter(sets=_SETS3)
    JournalArchiveAddress: str | None = Parameter(
        sets=_SETS3, type_name="Microsoft.Exchange.Data.SmtpAddress"
    )
    MailboxRegion: str | None = Parameter(sets=_SETS3)
    MessageCopyForSMTPClientSubmissionEnabled: bool | None = Parameter(sets=_SETS3)
    MicrosoftOnlineServicesID: str | None = Parameter(
        sets=_SETS3, type_name="Microsoft.Exchange.Data.SmtpAddress"
    )
    NonCompliantDevices: object | None = Parameter(
        sets=_SETS3, type_name="Microsoft.Exchange.Data.MultiValuedProperty`1[System.String]"
    )
    ProvisionedForOfficeGraph: Switch = Parameter(sets=_SETS3)
    RemoveMailboxProvisioningConstraint: Switch = Parameter(sets=_SETS3)
    SchedulerAssistant: bool | None = Parameter(sets=_SETS3)
    UniqueRecipientsCountLimitLevel: str | None = Parameter(
        sets=_SETS3, type_name="Microsoft.Exchange.Data.UniqueRecipientsCountLimitLevelType"
    )
    UniqueUnrestrictedGroupsLimitEnabled: bool | None = Parameter(sets=_SETS3)
    UpdateEnforcedTimestamp: Switch = Parameter(sets=_SETS3)
    ExcludeFromAllOrgHolds: Switch = Parameter(sets=("ExcludeFromAllOrgHolds",))
    ExcludeFromOrgHolds: list[str] | None = Parameter(sets=("ExcludeFromOrgHolds",))
    IsExchangeCloudManaged: bool | None = Parameter(mandatory=True, sets=("IsExchangeCloudManaged",))
    ProvideConsent: Switch = Parameter(sets=("ProvideConsent", "RemoveComplianceTagHoldApplied"))
    RecalculateInactiveMailbox: Switch = Parameter(mandatory=True, sets=("RecalculateInactiveMailbox",))
    RemoveComplianceTagHoldApplied: Switch = Parameter(
        mandatory=True, sets=("RemoveComplianceTagHoldApplied",)
    )
    RemoveDelayHoldApplied: Switch = Parameter(mandatory=True, sets=("RemoveDelayHoldApplied",))
    RemoveDelayReleaseHoldApplied: Switch = Parameter(mandatory=True, sets=("RemoveDelayReleaseHoldApplied",))
    RemoveDisabledArchive: Switch = Parameter(mandatory=True, sets=("RemoveDisabledArchive",))
    RemoveOrphanedHolds: list[str] | None = Parameter(sets=("RemoveOrphanedHolds",))
    MessageRecallProcessingEnabled: bool | None = Parameter(sets=("RemoveOrphanedHolds",))

    examples = (
        Example(
            "Set-Mailbox -Identity tony@contoso.com -ProhibitSendQuota 10GB -IssueWarningQuota 9GB",
            "Set quotas",
        ),
        Example(
            "Set-Mailbox -Identity tony@contoso.com -EmailAddresses @{Add='tony.smith@contoso.com'}",
            "Add an email address",
        ),
    )

    def process(self, ctx: Context) -> Iterator[object]:
        with task(self, ctx, TASK) as t:
            rec = t.store.resolve_recipient(id_text(self.Identity) or "")
            changes = bound_values(self, ctx, skip=_ACTIONS)
            changes.pop("Password", None)
            if "EmailAddresses" in changes:
                changes["EmailAddresses"] = proxy_update(rec.email_addresses, self.EmailAddresses)
            merge_multivalued(self, changes, rec.props, skip=("EmailAddresses",))
            if not ctx.should_process(str(self.Identity), "Set-Mailbox"):
                return
            t.ran, t.modified = True, rec.identity
            t.store.set_recipient(rec, changes)
            if self.Password is not None:  # kept only as an scrypt hash (store_auth.py)
                t.store.set_password(rec, self.Password.reveal())
        yield from ()


TASK = "Microsoft.Exchange.Management.RecipientTasks.SetMailbox"
_ACTIONS = (
    "Arbitration",
    "Force",
    "PublicFolder",
    "ClearDataEncryptionPolicy",
    "PermanentlyClearPreviousMailboxInfo",
    "RemoveMailboxProvisioningConstraint",
    "SkipDualWrite",
    "LinkedCredential",
)


def proxy_update(current: list[str], value: Any) -> list[str]:
    """EmailAddresses: a list replaces, @{Add=..; Remove=..} edits; a bare address is an smtp: proxy
    (SMTP: makes it primary), as Exchange's ProxyAddress parsing does."""

    def proxy(text: str) -> str:
        return text if ":" in text.split("@", 1)[0] else f"smtp:{text}"

    if isinstance(value, PSHashtable):
        edits = PSHashtable([(k, [proxy(x) for x in as_list(v)]) for k, v in value.items()])
        return mvp_update(current, edits)
    return [proxy(x) for x in as_list(value)]
