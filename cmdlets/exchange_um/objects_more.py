"""Output objects of the recipient, RBAC, audit, tracking and organization cmdlets (exchange-objects.md §2.8-2.15).

Layer: cmdlet code; builds on objects.py (same conventions: EMS note properties first, class
properties in Format-List order, ObjectState last, Deserialized.* type names).
"""

from __future__ import annotations

from typing import Any

from pwshlite.objects import PSObject

from .objects import (
    AD_TAIL,
    NS_MGMT,
    V_MAILBOX,
    V_RBAC,
    V_UM_CONFIG,
    ad_common,
    build,
    byte_size,
    config_dn,
    dtmf_map,
    local,
    plain,
    server_legacy_dn,
    spec,
    type_names,
    user_common,
)
from .records import DOMAIN, SERVER_VERSION

T_MAILBOX = f"{NS_MGMT}.Mailbox"
T_RECIPIENT = f"{NS_MGMT}.ReducedRecipient"
T_USER = f"{NS_MGMT}.User"
T_ROLE_GROUP = f"{NS_MGMT}.RoleGroup"
T_ASSIGNMENT = f"{NS_MGMT}.ExchangeRoleAssignmentPresentation"
T_AUDIT = "Microsoft.Exchange.Management.SystemConfigurationTasks.AdminAuditLogEvent"
T_TRACKING = "Microsoft.Exchange.Management.TransportLogSearchTasks.MessageTrackingEvent"
T_TUI_LOCAL = "Microsoft.Exchange.Management.Tasks.UM.TestUMConnectivityHelper+LocalUMConnectivityResults"
T_TUI_ENUM = "Microsoft.Exchange.Management.Tasks.UM.TestUMConnectivityHelper+TUILogonEnumerateResults"
T_ACCEPTED_DOMAIN = "Microsoft.Exchange.Data.Directory.SystemConfiguration.AcceptedDomain"
T_SERVER = f"{NS_MGMT}.ExchangeServer"
T_DATABASE = f"{NS_MGMT}.MailboxDatabase"
T_ORG_CONFIG = f"{NS_MGMT}.OrganizationConfig"

MAILBOX_PROPS = spec(
    "Database MailboxProvisioningConstraint MessageCopyForSentAsEnabled:b MessageCopyForSendOnBehalfEnabled:b "
    "MailboxProvisioningPreferences:m UseDatabaseRetentionDefaults:b RetainDeletedItemsUntilBackup:b "
    "DeliverToMailboxAndForward:b IsExcludedFromServingHierarchy:b IsHierarchyReady:b LitigationHoldEnabled:b "
    "SingleItemRecoveryEnabled:b RetentionHoldEnabled:b EndDateForRetentionHold StartDateForRetentionHold "
    "RetentionComment RetentionUrl LitigationHoldDate LitigationHoldOwner LitigationHoldDuration "
    "ManagedFolderMailboxPolicy RetentionPolicy AddressBookPolicy CalendarRepairDisabled:b ExchangeGuid "
    "MailboxContainerGuid UnifiedMailbox MailboxLocations:m AggregatedMailboxGuids:m ExchangeSecurityDescriptor "
    "ExchangeUserAccountControl AdminDisplayVersion MessageTrackingReadStatusEnabled:b ExternalOofOptions "
    "ForwardingAddress ForwardingSmtpAddress RetainDeletedItemsFor IsMailboxEnabled:b Languages:m "
    "OfflineAddressBook ProhibitSendQuota ProhibitSendReceiveQuota RecoverableItemsQuota "
    "RecoverableItemsWarningQuota CalendarLoggingQuota DowngradeHighPriorityMessagesEnabled:b ProtocolSettings:m "
    "RecipientLimits ImListMigrationCompleted:b IsResource:b IsLinked:b IsShared:b LinkedMasterAccount "
    "ResetPasswordOnNextLogon:b ResourceCapacity ResourceCustom:m ResourceType RoomMailboxAccountEnabled "
    "SamAccountName SCLDeleteThreshold SCLDeleteEnabled SCLRejectThreshold SCLRejectEnabled SCLQuarantineThreshold "
    "SCLQuarantineEnabled SCLJunkThreshold SCLJunkEnabled AntispamBypassEnabled:b ServerLegacyDN ServerName "
    "UseDatabaseQuotaDefaults IssueWarningQuota RulesQuota Office UserPrincipalName UMEnabled:b MaxSafeSenders "
    "MaxBlockedSenders NetID WindowsLiveID MicrosoftOnlineServicesID ThrottlingPolicy RoleAssignmentPolicy "
    "SharingPolicy RemoteAccountPolicy MailboxPlan ArchiveDatabase ArchiveGuid ArchiveName:m JournalArchiveAddress "
    "ArchiveQuota ArchiveWarningQuota ArchiveDomain ArchiveStatus ArchiveState IsAuxMailbox:b "
    "AuxMailboxParentObjectId ChildAuxMailboxObjectIds:m MailboxRelationType RemoteRecipientType "
    "DisabledArchiveDatabase DisabledArchiveGuid QueryBaseDN QueryBaseDNRestrictionEnabled:b MailboxMoveTargetMDB "
    "MailboxMoveSourceMDB MailboxMoveFlags MailboxMoveRemoteHostName MailboxMoveBatchName MailboxMoveStatus "
    "MailboxRelease ArchiveRelease IsPersonToPersonTextMessagingEnabled:b IsMachineToPersonTextMessagingEnabled:b "
    "UserSMimeCertificate:m UserCertificate:m CalendarVersionStoreDisabled:b ImmutableId PersistedCapabilities:m "
    "SKUAssigned AuditEnabled:b AuditLogAgeLimit AuditAdmin:m AuditDelegate:m AuditOwner:m WhenMailboxCreated "
    "SourceAnchor UsageLocation IsSoftDeletedByRemove:b IsSoftDeletedByDisable:b IsInactiveMailbox:b "
    "IncludeInGarbageCollection:b WhenSoftDeleted InPlaceHolds:m GeneratedOfflineAddressBooks:m Extensions:m "
    "HasPicture:b HasSpokenName:b AcceptMessagesOnlyFrom:m AcceptMessagesOnlyFromDLMembers:m "
    "AcceptMessagesOnlyFromSendersOrMembers:m AddressListMembership:m Alias ArbitrationMailbox "
    "BypassModerationFromSendersOrMembers:m OrganizationalUnit CustomAttribute1 CustomAttribute10 CustomAttribute11 "
    "CustomAttribute12 CustomAttribute13 CustomAttribute14 CustomAttribute15 CustomAttribute2 CustomAttribute3 "
    "CustomAttribute4 CustomAttribute5 CustomAttribute6 CustomAttribute7 CustomAttribute8 CustomAttribute9 "
    "ExtensionCustomAttribute1:m ExtensionCustomAttribute2:m ExtensionCustomAttribute3:m "
    "ExtensionCustomAttribute4:m ExtensionCustomAttribute5:m DisplayName EmailAddresses:m GrantSendOnBehalfTo:m "
    "ExternalDirectoryObjectId HiddenFromAddressListsEnabled:b LastExchangeChangedTime LegacyExchangeDN "
    "MaxSendSize MaxReceiveSize ModeratedBy:m ModerationEnabled:b PoliciesIncluded:m PoliciesExcluded:m "
    "EmailAddressPolicyEnabled:b PrimarySmtpAddress RecipientType RecipientTypeDetails RejectMessagesFrom:m "
    "RejectMessagesFromDLMembers:m RejectMessagesFromSendersOrMembers:m RequireSenderAuthenticationEnabled:b "
    "SimpleDisplayName SendModerationNotifications UMDtmfMap:m WindowsEmailAddress MailTip MailTipTranslations:m "
    + AD_TAIL
)

MAILBOX_DEFAULTS: dict[str, Any] = {
    "UseDatabaseRetentionDefaults": True,
    "IsMailboxEnabled": True,
    "RetainDeletedItemsFor": "14.00:00:00",
    "ProhibitSendQuota": "Unlimited",
    "ProhibitSendReceiveQuota": "Unlimited",
    "RecoverableItemsQuota": "Unlimited",
    "RecoverableItemsWarningQuota": "Unlimited",
    "CalendarLoggingQuota": "Unlimited",
    "IssueWarningQuota": "Unlimited",
    "ArchiveQuota": "Unlimited",
    "ArchiveWarningQuota": "Unlimited",
    "MaxSendSize": "Unlimited",
    "MaxReceiveSize": "Unlimited",
    "RecipientLimits": "Unlimited",
    "RulesQuota": "64 KB (65,536 bytes)",
    "UseDatabaseQuotaDefaults": True,
    "ExternalOofOptions": "External",
    "ArchiveGuid": "00000000-0000-0000-0000-000000000000",
    "DisabledArchiveGuid": "00000000-0000-0000-0000-000000000000",
    "ArchiveStatus": "None",
    "ArchiveState": "None",
    "RemoteRecipientType": "None",
    "MailboxMoveFlags": "None",
    "MailboxMoveStatus": "None",
    "AuditLogAgeLimit": "90.00:00:00",
    "AuditAdmin": [
        "Update",
        "Move",
        "MoveToDeletedItems",
        "SoftDelete",
        "HardDelete",
        "FolderBind",
        "SendAs",
        "SendOnBehalf",
        "Create",
    ],
    "AuditDelegate": ["Update", "SoftDelete", "HardDelete", "SendAs", "Create"],
    "EmailAddressPolicyEnabled": True,
    "SendModerationNotifications": "Always",
    "RoleAssignmentPolicy": "Default Role Assignment Policy",
    "SharingPolicy": "Default Sharing Policy",
    "AddressListMembership": ["\\Default Global Address List", "\\All Users"],
}


def _recipient_values(rec: Any) -> dict[str, Any]:
    props = {k: v for k, v in rec.props.items()}
    values: dict[str, Any] = dict(user_common(rec))
    values.update(props)
    values.update(
        {
            "Alias": rec.alias,
            "DisplayName": rec.display_name,
            "SimpleDisplayName": props.get("SimpleDisplayName"),
            "FirstName": rec.first_name,
            "LastName": rec.last_name,
            "SamAccountName": rec.sam_account_name,
            "UserPrincipalName": rec.user_principal_name,
            "PrimarySmtpAddress": rec.primary_smtp_address,
            "WindowsEmailAddress": rec.primary_smtp_address,
            "EmailAddresses": list(rec.email_addresses),
            "LegacyExchangeDN": rec.legacy_exchange_dn,
            "OrganizationalUnit": rec.organizational_unit,
            "RecipientType": rec.recipient_type,
            "RecipientTypeDetails": rec.recipient_type_details,
            "Database": rec.database,
            "ServerName": (rec.server_name or "").lower() or None,
            "ServerLegacyDN": server_legacy_dn(rec.server_name),
            "ExchangeGuid": rec.exchange_guid,
            "UMEnabled": bool(rec.um_enabled),
            "UMDtmfMap": dtmf_map(rec) if rec.primary_smtp_address else [],
        }
    )
    return values


QUOTAS = (
    "ProhibitSendQuota",
    "ProhibitSendReceiveQuota",
    "RecoverableItemsQuota",
    "RecoverableItemsWarningQuota",
    "CalendarLoggingQuota",
    "IssueWarningQuota",
    "ArchiveQuota",
    "ArchiveWarningQuota",
    "MaxSendSize",
    "MaxReceiveSize",
    "RulesQuota",
)


def mailbox(rec: Any) -> PSObject:
    """Get-Mailbox output from a MailboxRecord."""
    values = dict(MAILBOX_DEFAULTS)
    values.update(_recipient_values(rec))
    values.setdefault("WhenMailboxCreated", local(rec.when_created))
    values["WhenMailboxCreated"] = values.get("WhenMailboxCreated") or local(rec.when_created)
    values["AdminDisplayVersion"] = values.get("AdminDisplayVersion") or SERVER_VERSION
    values["IsResource"] = rec.recipient_type_details in ("RoomMailbox", "EquipmentMailbox")
    values["IsShared"] = rec.recipient_type_details == "SharedMailbox"
    for name in QUOTAS:
        values[name] = byte_size(values.get(name))
    names = type_names(
        T_MAILBOX,
        f"{NS_MGMT}.MailEnabledOrgPerson",
        f"{NS_MGMT}.MailEnabledRecipient",
        f"{NS_MGMT}.ADPresentationObject",
    )
    return build(MAILBOX_PROPS, values, names)


RECIPIENT_PROPS = spec(
    "Identity Alias ArchiveGuid AuthenticationType City Notes Company CountryOrRegion PostalCode "
    + " ".join(f"CustomAttribute{i}" for i in range(1, 16))
    + " "
    + " ".join(f"ExtensionCustomAttribute{i}:m" for i in range(1, 6))
    + " Database ArchiveDatabase DatabaseName Department ExternalDirectoryObjectId ManagedFolderMailboxPolicy "
    "EmailAddresses:m ExpansionServer ExternalEmailAddress DisplayName FirstName HiddenFromAddressListsEnabled:b "
    "EmailAddressPolicyEnabled:b LastName ResourceType ManagedBy:m Manager ActiveSyncMailboxPolicy "
    "ActiveSyncMailboxPolicyIsDefaulted:b Name Office ObjectCategory OrganizationalUnit Phone PoliciesIncluded:m "
    "PoliciesExcluded:m PrimarySmtpAddress RecipientType RecipientTypeDetails SamAccountName ServerLegacyDN "
    "ServerName StateOrProvince StorageGroupName Title UMEnabled:b UMMailboxPolicy UMRecipientDialPlanId "
    "WindowsLiveID HasActiveSyncDevicePartnership:b AddressListMembership:m OwaMailboxPolicy AddressBookPolicy "
    "SharingPolicy RetentionPolicy ShouldUseDefaultRetentionPolicy:b MailboxMoveTargetMDB MailboxMoveSourceMDB "
    "MailboxMoveFlags MailboxMoveRemoteHostName MailboxMoveBatchName MailboxMoveStatus MailboxRelease "
    "ArchiveRelease IsValidSecurityPrincipal:b LitigationHoldEnabled:b Capabilities:m ArchiveState SKUAssigned "
    "WhenMailboxCreated UsageLocation ExchangeGuid ArchiveStatus ExchangeVersion DistinguishedName Guid "
    "ObjectClass:m WhenChanged WhenCreated WhenChangedUTC WhenCreatedUTC OrganizationId Id OriginatingServer IsValid:b"
)


def recipient(rec: Any, um_policy: str | None = None, um_dial_plan: str | None = None) -> PSObject:
    """Get-Recipient output (ReducedRecipient) from a MailboxRecord."""
    values = _recipient_values(rec)
    values.update(
        {
            "DatabaseName": (rec.database or None),
            "UMMailboxPolicy": um_policy,
            "UMRecipientDialPlanId": um_dial_plan,
            "IsValidSecurityPrincipal": True,
            "EmailAddressPolicyEnabled": True,
            "ArchiveGuid": "00000000-0000-0000-0000-000000000000",
            "ArchiveState": "None",
            "ArchiveStatus": "None",
            "MailboxMoveFlags": "None",
            "MailboxMoveStatus": "None",
            "WhenMailboxCreated": local(rec.when_created) if rec.has_mailbox else None,
        }
    )
    return build(
        RECIPIENT_PROPS, values, type_names(T_RECIPIENT, "Microsoft.Exchange.Data.Directory.ADObject")
    )


USER_PROPS = spec(
    "IsSecurityPrincipal:b SamAccountName Sid SidHistory:m UserPrincipalName ResetPasswordOnNextLogon:b "
    "CertificateSubject:m RemotePowerShellEnabled:b WindowsLiveID MicrosoftOnlineServicesID NetID ConsumerNetID "
    "LEOEnabled:b UserAccountControl OrganizationalUnit IsLinked:b LinkedMasterAccount ExternalDirectoryObjectId "
    "SKUAssigned IsSoftDeletedByRemove:b IsSoftDeletedByDisable:b WhenSoftDeleted PreviousRecipientTypeDetails "
    "UpgradeRequest UpgradeStatus UpgradeDetails UpgradeMessage UpgradeStage UpgradeStageTimeStamp "
    "MailboxProvisioningConstraint MailboxProvisioningPreferences:m InPlaceHoldsRaw:m MailboxRelease ArchiveRelease "
    "AssistantName City Company CountryOrRegion Department DirectReports:m DisplayName Fax FirstName GeoCoordinates "
    "HomePhone Initials LastName Manager MobilePhone Notes Office OtherFax:m OtherHomePhone:m OtherTelephone:m Pager "
    "Phone PhoneticDisplayName PostalCode PostOfficeBox:m RecipientType RecipientTypeDetails SimpleDisplayName "
    "StateOrProvince StreetAddress Title UMDialPlan UMDtmfMap:m AllowUMCallsFromNonUsers WebPage TelephoneAssistant "
    "WindowsEmailAddress UMCallingLineIds:m SeniorityIndex VoiceMailSettings:m " + AD_TAIL
)


def user(rec: Any, um_dial_plan: str | None = None) -> PSObject:
    """Get-User output from a MailboxRecord."""
    values = _recipient_values(rec)
    values.update(
        {
            "IsSecurityPrincipal": True,
            "RemotePowerShellEnabled": True,
            "UserAccountControl": "NormalAccount",
            "PreviousRecipientTypeDetails": "None",
            "UpgradeRequest": "None",
            "UpgradeStatus": "None",
            "UMDialPlan": um_dial_plan,
            "AllowUMCallsFromNonUsers": rec.props.get("AllowUMCallsFromNonUsers", "SearchEnabled"),
            "Sid": rec.props.get("Sid") or _sid(rec.id),
        }
    )
    names = type_names(T_USER, f"{NS_MGMT}.OrgPersonPresentationObject", f"{NS_MGMT}.ADPresentationObject")
    return build(USER_PROPS, values, names)


def _sid(rid: int) -> str:
    return f"S-1-5-21-3623811015-3361044348-30300820-{1000 + rid}"


ROLE_GROUP_PROPS = spec(
    "ManagedBy:m RoleAssignments:m Roles:m DisplayName ExternalDirectoryObjectId Members:m SamAccountName "
    "Description RoleGroupType LinkedGroup Capabilities:m LinkedPartnerGroupId LinkedPartnerOrganizationId "
    + AD_TAIL
)


def role_group(rec: Any) -> PSObject:
    """Get-RoleGroup output from a RoleGroupRecord."""
    dn = f"CN={rec.name},OU=Microsoft Exchange Security Groups,DC=contoso,DC=com"
    values = ad_common(rec, rec.identity, dn, V_UM_CONFIG, "Group", ["group"])
    values.update(
        {
            "ManagedBy": list(rec.managed_by),
            "RoleAssignments": [f"{r}-{rec.name}" for r in rec.roles],
            "Roles": list(rec.roles),
            "DisplayName": rec.name,
            "Members": list(rec.members),
            "SamAccountName": rec.name,
            "Description": rec.description,
            "RoleGroupType": "Standard",
        }
    )
    return build(ROLE_GROUP_PROPS, values, type_names(T_ROLE_GROUP, f"{NS_MGMT}.ADPresentationObject"))


ASSIGNMENT_PROPS = spec(
    "DataObject User AssignmentMethod Identity EffectiveUserName AssignmentChain:m RoleAssigneeType RoleAssignee "
    "Role RoleAssignmentDelegationType CustomRecipientWriteScope CustomConfigWriteScope RecipientReadScope "
    "ConfigReadScope RecipientWriteScope ConfigWriteScope Enabled:b RoleAssigneeName IsValid:b ExchangeVersion Name "
    "DistinguishedName Guid ObjectCategory ObjectClass:m WhenChanged WhenCreated WhenChangedUTC WhenCreatedUTC "
    "OrganizationId Id OriginatingServer"
)


def role_assignment(rec: Any, effective_user: str = "All Group Members") -> PSObject:
    """Get-ManagementRoleAssignment output from a RoleAssignmentRecord (spec example S8 layout)."""
    dn = config_dn(rec.name, "Role Assignments,CN=RBAC")
    values = ad_common(rec, rec.name, dn, V_RBAC, "ms-Exch-Role-Assignment", ["msExchRoleAssignment"])
    org_wide = rec.delegation != "Regular"
    values.update(
        {
            "DataObject": rec.name,
            "User": rec.assignee_identity,
            "AssignmentMethod": "Direct",
            "EffectiveUserName": effective_user,
            "AssignmentChain": [],
            "RoleAssigneeType": rec.assignee_type,
            "RoleAssignee": rec.assignee_identity,
            "Role": rec.role,
            "RoleAssignmentDelegationType": rec.delegation,
            "RecipientReadScope": "Organization",
            "ConfigReadScope": "OrganizationConfig",
            "RecipientWriteScope": "NotApplicable" if org_wide else "Organization",
            "ConfigWriteScope": "NotApplicable" if org_wide else "OrganizationConfig",
            "Enabled": rec.enabled,
            "RoleAssigneeName": rec.assignee_name,
        }
    )
    return build(ASSIGNMENT_PROPS, values, type_names(T_ASSIGNMENT))


AUDIT_PROPS = spec(
    "ObjectModified CmdletName CmdletParameters:m ModifiedProperties:m Caller ExternalAccess Succeeded Error RunDate "
    "OriginatingServer Identity IsValid:b"
)


def audit_event(rec: Any) -> PSObject:
    """Search-AdminAuditLog output from an AuditRecord (parameters as 'Name' entries, values redacted)."""
    values = {
        "ObjectModified": rec.object_modified,
        "CmdletName": rec.cmdlet_name,
        "CmdletParameters": [name for name, _ in rec.parameters],
        "ModifiedProperties": list(rec.modified_properties),
        "Caller": rec.caller,
        "ExternalAccess": False,
        "Succeeded": rec.succeeded,
        "Error": rec.error,
        "RunDate": local(rec.run_date),
        "OriginatingServer": "EX01 (15.01.0225.042)",
        "Identity": f"{rec.id:016X}",
        "IsValid": True,
        "ObjectState": "New",
    }
    obj = build(AUDIT_PROPS, values, type_names(T_AUDIT))
    return obj


TRACKING_PROPS = spec(
    "Timestamp ClientIp ClientHostname ServerIp ServerHostname SourceContext ConnectorId Source EventId "
    "InternalMessageId MessageId Recipients:m RecipientStatus:m TotalBytes RecipientCount RelatedRecipientAddress "
    "Reference:m MessageSubject Sender ReturnPath Directionality TenantId OriginalClientIp MessageInfo MessageLatency "
    "MessageLatencyType EventData:m"
)


def tracking_event(rec: Any) -> PSObject:
    """Get-MessageTrackingLog output from a TrackingRecord (plain class: no ObjectState)."""
    values = {
        "Timestamp": local(rec.timestamp),
        "ClientIp": rec.extra.get("ClientIp"),
        "ClientHostname": rec.server_hostname,
        "ServerIp": rec.extra.get("ServerIp"),
        "ServerHostname": rec.server_hostname,
        "SourceContext": rec.extra.get("SourceContext"),
        "ConnectorId": rec.extra.get("ConnectorId"),
        "Source": rec.source,
        "EventId": rec.event_id,
        "InternalMessageId": str(rec.internal_message_id),
        "MessageId": rec.message_id,
        "Recipients": list(rec.recipients),
        "RecipientStatus": list(rec.extra.get("RecipientStatus") or []),
        "TotalBytes": rec.total_bytes,
        "RecipientCount": len(rec.recipients),
        "RelatedRecipientAddress": None,
        "Reference": [],
        "MessageSubject": rec.subject,
        "Sender": rec.sender,
        "ReturnPath": rec.sender,
        "Directionality": "Originating",
        "TenantId": None,
        "OriginalClientIp": None,
        "MessageInfo": None,
        "MessageLatency": None,
        "MessageLatencyType": "None",
        "EventData": [],
    }
    return build(TRACKING_PROPS, values, type_names(T_TRACKING), state=False)


TUI_LOCAL_PROPS = spec(
    "UmserverAcceptingCallAnsweringMessages:b TotalQueuedMessages CurrCalls Latency OutBoundSIPCallSuccess:b "
    "UmIPAddress EntireOperationSuccess:b ReasonForFailure Identity IsValid:b"
)
TUI_ENUM_PROPS = spec(
    "MailboxServerBeingTested SuccessfullyRetrievedPINForValidUMUser:b "
    + " ".join(f"{n}:{k}" if k else n for n, k in TUI_LOCAL_PROPS)
)


def tui_result(values: dict[str, Any], enumerate_kind: bool = False) -> PSObject:
    """Test-UMConnectivity result (LocalUMConnectivityResults / TUILogonEnumerateResults), ObjectState New."""
    values = {**values, "ObjectState": "New", "IsValid": True}
    if enumerate_kind:
        return build(TUI_ENUM_PROPS, values, type_names(T_TUI_ENUM))
    return build(TUI_LOCAL_PROPS, values, type_names(T_TUI_LOCAL))


def org_object(kind: str, rec: Any) -> PSObject:
    """Get-AcceptedDomain / Get-ExchangeServer / Get-MailboxDatabase / Get-OrganizationConfig output from
    an ObjectRecord: its stored properties in stored order, then the configuration AD tail."""
    type_name, category, ldap, container = _ORG_KINDS[kind]
    dn = config_dn(rec.name, container)
    values = ad_common(
        rec, rec.name, dn, V_MAILBOX if kind != "AcceptedDomain" else V_UM_CONFIG, category, [ldap]
    )
    tail = spec(
        "AdminDisplayName ExchangeVersion Name DistinguishedName Identity Guid ObjectCategory ObjectClass:m WhenChanged "
        "WhenCreated WhenChangedUTC WhenCreatedUTC OrganizationId Id OriginatingServer IsValid:b"
    )
    props = tuple(
        (k, "m" if isinstance(v, list) else "") for k, v in rec.props.items() if k not in dict(tail)
    )
    values.update(rec.props)
    return build(props + tail, values, type_names(type_name))


_ORG_KINDS = {
    "AcceptedDomain": (
        T_ACCEPTED_DOMAIN,
        "ms-Exch-Accepted-Domain",
        "msExchAcceptedDomain",
        "Accepted Domains,CN=Transport Settings",
    ),
    "ExchangeServer": (
        T_SERVER,
        "ms-Exch-Exchange-Server",
        "msExchExchangeServer",
        "Servers,CN=Exchange Administrative Group (FYDIBOHF23SPDLT),CN=Administrative Groups",
    ),
    "MailboxDatabase": (
        T_DATABASE,
        "ms-Exch-Private-MDB",
        "msExchPrivateMDB",
        "Databases,CN=Exchange Administrative Group (FYDIBOHF23SPDLT),CN=Administrative Groups",
    ),
    "OrganizationConfig": (
        T_ORG_CONFIG,
        "ms-Exch-Organization-Container",
        "msExchOrganizationContainer",
        "Microsoft Exchange,CN=Services",
    ),
}

__all__ = ["DOMAIN", "plain"]
