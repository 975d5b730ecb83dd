"""Plain records returned by the Exchange store, and the documented defaults of UM settings.

Layer: cmdlets.exchange_um data layer; imports nothing from the store. Records are snapshots: the
cmdlet layer (output builders) reads them, changes go back through UMStore methods. Times are
timezone-aware UTC datetimes. `props` holds every other Exchange property by its Exchange name; for
dial plans, policies and UM mailboxes the documented defaults are already merged in, so a builder
reads `rec.props["AudioCodec"]` without knowing defaults. "Unlimited" is represented by None.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

ORG_NAME = "First Organization"
DOMAIN = "contoso.com"
NETBIOS = "CONTOSO"
DC_FQDN = "DC01.contoso.com"
SERVER = "EX01"
SERVER_VERSION = "Version 15.0 (Build 1497.2)"  # EX01: Exchange 2013 CU23 (docs/exchange-emulation.md §10)
CONFIG_DN = "CN=First Organization,CN=Microsoft Exchange,CN=Services,CN=Configuration,DC=contoso,DC=com"

# Set-UMDialPlan documented defaults (exchange-um-behaviour.md §3) plus the spec's inferred ones.
DIAL_PLAN_DEFAULTS: dict[str, Any] = {
    "AccessTelephoneNumbers": [],
    "AllowDialPlanSubscribers": True,
    "AllowExtensions": False,
    "AllowHeuristicADCallingLineIdResolution": True,
    "AllowedInCountryOrRegionGroups": [],
    "AllowedInternationalGroups": [],
    "AudioCodec": "Mp3",
    "AutomaticSpeechRecognitionEnabled": False,
    "CallAnsweringRulesEnabled": True,
    "CallSomeoneEnabled": True,
    "ConfiguredInCountryOrRegionGroups": [],
    "ConfiguredInternationalGroups": [],
    "ContactAddressList": None,
    "ContactScope": "DialPlan",
    "DefaultLanguage": "en-US",
    "DefaultOutboundCallingLineId": None,
    "DialByNamePrimary": "LastFirst",
    "DialByNameSecondary": "SMTPAddress",
    "EquivalentDialPlanPhoneContexts": [],
    "Extension": None,
    "FaxEnabled": True,
    "FDSPollingInterval": 5,
    "GlobalCallRoutingScheme": "None",
    "InCountryOrRegionNumberFormat": None,
    "InfoAnnouncementEnabled": "False",
    "InfoAnnouncementFilename": None,
    "InputFailuresBeforeDisconnect": 3,
    "InternationalAccessCode": None,
    "InternationalNumberFormat": None,
    "LegacyPromptPublishingPoint": None,
    "LogonFailuresBeforeDisconnect": 3,
    "MatchedNameSelectionMethod": "Title",
    "MaxCallDuration": 30,
    "MaxRecordingDuration": 20,
    "NationalNumberPrefix": None,
    "NumberingPlanFormats": [],
    "OperatorExtension": None,
    "OutsideLineAccessCode": "9",
    "PilotIdentifierList": [],
    "RecordingIdleTimeout": 5,
    "SendVoiceMsgEnabled": True,
    "SubscriberType": "Enterprise",
    "TUIPromptEditingEnabled": False,
    "UMAutoAttendant": None,
    "VoIPSecurity": "Unsecured",
    "WelcomeGreetingEnabled": False,
    "WelcomeGreetingFilename": None,
    "AdminDisplayName": "",
}

# Set-UMMailboxPolicy defaults other than the PIN policy (which lives in PolicyRecord fields).
POLICY_DEFAULTS: dict[str, Any] = {
    "MaxGreetingDuration": 5,
    "AllowSMSNotification": True,
    "ProtectUnauthenticatedVoiceMail": "None",
    "ProtectAuthenticatedVoiceMail": "None",
    "ProtectedVoiceMailText": None,
    "RequireProtectedPlayOnPhone": False,
    "FaxMessageText": None,
    "SourceForestPolicyNames": [],
    "VoiceMailText": None,
    "FaxServerURI": None,
    "AllowedInCountryOrRegionGroups": [],
    "AllowedInternationalGroups": [],
    "AllowDialPlanSubscribers": True,
    "AllowExtensions": True,
    "AllowMissedCallNotifications": True,
    "AllowFax": True,
    "AllowTUIAccessToCalendar": True,
    "AllowTUIAccessToEmail": True,
    "AllowSubscriberAccess": True,
    "AllowTUIAccessToDirectory": True,
    "AllowTUIAccessToPersonalContacts": True,
    "AllowAutomaticSpeechRecognition": True,
    "AllowPlayOnPhone": True,
    "AllowVoiceMailPreview": True,
    "AllowCallAnsweringRules": True,
    "AllowMessageWaitingIndicator": True,
    "AllowPinlessVoiceMailAccess": False,
    "AllowVoiceResponseToOtherMessageTypes": True,
    "AllowVoiceMailAnalysis": True,
    "AllowVoiceNotification": True,
    "InformCallerOfVoiceMailAnalysis": True,
    "VoiceMailPreviewPartnerAddress": None,
    "VoiceMailPreviewPartnerAssignedID": None,
    "VoiceMailPreviewPartnerMaxMessageDuration": 180,
    "VoiceMailPreviewPartnerMaxDeliveryDelay": 1200,
    "AdminDisplayName": "",
}

# PIN policy defaults (issue #5 / exchange-um-behaviour.md §2); None = Unlimited.
PIN_POLICY_DEFAULTS: dict[str, Any] = {
    "MinPINLength": 6,
    "PINLifetime": 60,
    "PINHistoryCount": 5,
    "MaxLogonAttempts": 15,
    "LogonFailuresBeforePINReset": 5,
    "AllowCommonPatterns": False,
    "ResetPINText": None,
    "UMEnabledText": None,
}

# Set-UMMailbox defaults (exchange-um-behaviour.md §1).
UM_MAILBOX_DEFAULTS: dict[str, Any] = {
    "TUIAccessToCalendarEnabled": True,
    "FaxEnabled": True,
    "TUIAccessToEmailEnabled": True,
    "SubscriberAccessEnabled": True,
    "MissedCallNotificationEnabled": True,
    "UMSMSNotificationOption": "None",
    "PinlessAccessToVoiceMailEnabled": False,
    "AnonymousCallersCanLeaveMessages": True,
    "AutomaticSpeechRecognitionEnabled": True,
    "VoiceMailAnalysisEnabled": True,
    "PlayOnPhoneEnabled": True,
    "CallAnsweringRulesEnabled": True,
    "AllowUMCallsFromNonUsers": "SearchEnabled",
    "OperatorNumber": None,
    "PhoneProviderId": None,
    "CallAnsweringAudioCodec": None,
    "CallAnsweringRulesExtensions": [],
    "AirSyncNumbers": [],
    "ImListMigrationCompleted": False,
    "PilotNumber": None,
}


@dataclass(slots=True)
class MailboxRecord:
    """A user/recipient (mailbox or mail-less user). `identity` is the canonical name
    (contoso.com/Users/Tony Smith); `recipient_type_details` is UserMailbox, User, DiscoveryMailbox,
    RoomMailbox, EquipmentMailbox, SharedMailbox, ...; `props` holds Set-User/Set-Mailbox extras."""

    id: int
    guid: str
    name: str
    alias: str | None
    display_name: str
    first_name: str | None
    last_name: str | None
    sam_account_name: str
    user_principal_name: str | None
    primary_smtp_address: str | None
    email_addresses: list[str]  # proxy strings, primary first: SMTP:a@b, smtp:c@d, EUM:...
    distinguished_name: str
    identity: str
    legacy_exchange_dn: str | None
    organizational_unit: str
    recipient_type: str
    recipient_type_details: str
    database: str | None
    server_name: str | None
    exchange_guid: str | None
    um_enabled: bool
    when_created: datetime
    when_changed: datetime
    props: dict[str, Any] = field(default_factory=dict)

    @property
    def has_mailbox(self) -> bool:
        return self.recipient_type == "UserMailbox"


@dataclass(slots=True)
class DialPlanRecord:
    """A UM dial plan. `props` has every other Set-UMDialPlan property (defaults merged)."""

    id: int
    guid: str
    name: str
    number_of_digits: int
    uri_type: str  # TelExtn, E164, SipName
    country_code: str
    distinguished_name: str
    phone_context: str
    policies: list[str]  # names of the UM mailbox policies linked to it
    when_created: datetime
    when_changed: datetime
    props: dict[str, Any] = field(default_factory=dict)

    @property
    def identity(self) -> str:
        return self.name


@dataclass(slots=True)
class PolicyRecord:
    """A UM mailbox policy with its PIN policy. None in an Unlimited field means Unlimited."""

    id: int
    guid: str
    name: str
    dial_plan_id: int
    dial_plan_name: str
    distinguished_name: str
    min_pin_length: int
    pin_lifetime_days: int | None
    pin_history_count: int
    max_logon_attempts: int | None
    logon_failures_before_pin_reset: int | None
    allow_common_patterns: bool
    reset_pin_text: str | None
    um_enabled_text: str | None
    is_default: bool
    when_created: datetime
    when_changed: datetime
    props: dict[str, Any] = field(default_factory=dict)

    @property
    def identity(self) -> str:
        return self.name


@dataclass(slots=True)
class UMMailboxRecord:
    """The UM side of a mailbox. `enabled` is False for a disabled mailbox whose properties were kept
    (Disable-UMMailbox -KeepProperties $true). `props` has the Set-UMMailbox settings (defaults merged)."""

    mailbox: MailboxRecord
    enabled: bool
    dial_plan_id: int
    dial_plan_name: str
    policy_id: int
    policy_name: str
    extensions: list[str]
    sip_resource_identifier: str | None
    when_enabled: datetime
    props: dict[str, Any] = field(default_factory=dict)


@dataclass(slots=True)
class PinState:
    """What Get-UMMailboxPIN reports, computed from the decrypted PIN data, the policy and now.
    When the PIN data is unreadable, `error` carries the Exchange error and the flags are False."""

    mailbox_guid: str
    user_id: str  # the user's primary SMTP address
    identity: str  # canonical name of the user
    pin_expired: bool
    first_time_user: bool
    locked_out: bool
    failed_attempts: int = 0
    last_set: datetime | None = None
    error: Exception | None = None


@dataclass(slots=True)
class TuiLogonResult:
    """The outcome of one telephone-user-interface logon (Test-UMConnectivity -TUILogon)."""

    success: bool
    reason_for_failure: str | None
    mailbox: MailboxRecord | None
    locked_out: bool = False
    pin_was_reset: bool = False
    must_change_pin: bool = False
    failed_attempts: int = 0
    latency_ms: float = 0.0


@dataclass(slots=True)
class ObjectRecord:
    """A generic stored configuration object (UMIPGateway, UMHuntGroup, UMAutoAttendant,
    UMCallAnsweringRule, ExchangeServer, MailboxDatabase, ...)."""

    id: int
    kind: str
    guid: str
    name: str
    parent_id: int | None
    when_created: datetime
    when_changed: datetime
    props: dict[str, Any] = field(default_factory=dict)


@dataclass(slots=True)
class RoleGroupRecord:
    id: int
    guid: str
    name: str
    description: str
    roles: list[str]
    members: list[str]  # member identities (canonical names)
    managed_by: list[str]
    when_created: datetime
    when_changed: datetime

    @property
    def identity(self) -> str:
        return f"{DOMAIN}/Microsoft Exchange Security Groups/{self.name}"


@dataclass(slots=True)
class RoleAssignmentRecord:
    id: int
    guid: str
    name: str  # "<Role>-<RoleGroup>" or "<Role>-<RoleGroup>-Delegating"
    role: str
    assignee_name: str
    assignee_type: str  # RoleGroup or User
    assignee_identity: str
    delegation: str  # Regular or DelegatingOrgWide
    enabled: bool
    when_created: datetime
    when_changed: datetime


@dataclass(slots=True)
class AuditRecord:
    id: int
    run_date: datetime
    caller: str
    cmdlet_name: str
    object_modified: str
    parameters: list[tuple[str, str]]  # (name, value) with secrets redacted
    modified_properties: list[str]
    succeeded: bool
    error: str | None


@dataclass(slots=True)
class MessageRecord:
    """A message sent by the organization (PIN reset, UM welcome). `body` is decrypted on request
    only (UMStore.read_message)."""

    id: int
    message_id: str
    sender: str
    recipients: list[str]
    subject: str
    sent: datetime
    mailbox_guid: str | None
    kind: str  # "PinReset" or "UMWelcome"


@dataclass(slots=True)
class TrackingRecord:
    """One message tracking log event (RECEIVE, SUBMIT, DELIVER)."""

    id: int
    timestamp: datetime
    event_id: str
    source: str
    sender: str
    recipients: list[str]
    subject: str
    message_id: str
    internal_message_id: int
    total_bytes: int
    server_hostname: str = SERVER
    extra: dict[str, Any] = field(default_factory=dict)
