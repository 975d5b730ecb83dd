"""Output objects of the Exchange cmdlets: store records -> PSObjects shaped as EMS deserialized objects.

Layer: cmdlet code (pwshlite.objects plus the sibling records module). Each builder emits the
properties in Format-List order of exchange-objects.md §2 (remoting note properties first:
PSComputerName, RunspaceId, PSShowComputerName; then the class properties; ObjectState last), with the
value formats of §1.4 (canonical-name identities, config CNs, `{a, b}` lists, Unlimited, time spans),
and type names `Deserialized.<.NET type>` down to `Deserialized.System.Object` as a remote EMS session
gives them (views match the names without the prefix).
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Iterable, Mapping
from datetime import UTC, datetime, timedelta
from typing import Any

from pwshlite.objects import PSObject
from pwshlite.values.convert import register_to_string
from pwshlite.values.types import ArrayList

from ._common import SERVER_FQDN, format_timespan
from .records import CONFIG_DN, DC_FQDN, DOMAIN

RUNSPACE_ID = str(uuid.uuid4())
_FAST = "_props" in getattr(PSObject, "__slots__", ())  # build PSObjects directly (hot paths)

NS_MGMT = "Microsoft.Exchange.Data.Directory.Management"
NS_SYS = "Microsoft.Exchange.Data.Directory.SystemConfiguration"
NS_UM = "Microsoft.Exchange.Management.Tasks.UM"

T_UM_PIN = f"{NS_UM}.UMMailboxPin"
T_UM_MAILBOX = f"{NS_MGMT}.UMMailbox"
T_UM_POLICY = f"{NS_SYS}.UMMailboxPolicy"
T_DIAL_PLAN = f"{NS_SYS}.UMDialPlan"
T_GATEWAY = f"{NS_SYS}.UMIPGateway"
T_HUNT_GROUP = f"{NS_SYS}.UMHuntGroup"
T_AUTO_ATTENDANT = f"{NS_SYS}.UMAutoAttendant"

V_MAILBOX = "0.20 (15.0.0.0)"
V_UM_CONFIG = "0.10 (14.0.100.0)"
V_RBAC = "0.11 (14.0.550.0)"

AD_TAIL = (
    "Identity IsValid:b ExchangeVersion Name DistinguishedName Guid ObjectCategory ObjectClass:m WhenChanged "
    "WhenCreated WhenChangedUTC WhenCreatedUTC OrganizationId Id OriginatingServer"
)
CONFIG_TAIL = (
    "AdminDisplayName ExchangeVersion Name DistinguishedName Identity Guid ObjectCategory ObjectClass:m "
    "WhenChanged WhenCreated WhenChangedUTC WhenCreatedUTC OrganizationId Id OriginatingServer IsValid:b"
)


def spec(text: str) -> tuple[tuple[str, str], ...]:
    """'Name Flag:b List:m' -> ((Name, ''), (Flag, 'b'), (List, 'm')): b = bool, m = multi-valued."""
    out = []
    for token in text.split():
        name, _, kind = token.partition(":")
        out.append((name, kind))
    return tuple(out)


def empty_value(kind: str) -> Any:
    return False if kind == "b" else [] if kind == "m" else None


def type_names(*names: str) -> list[str]:
    """Deserialized type names, most derived first, ending with Deserialized.System.Object. The most
    derived type gets the EMS string form (see string_form) the first time it is named."""
    if names[0] not in _STRING_FORMS:
        _STRING_FORMS.add(names[0])
        register_to_string(f"Deserialized.{names[0]}", string_form)
    return [f"Deserialized.{n}" for n in (*names, "System.Object")]


# -- string form ("$obj", [string]$obj, Group-Object's Group cells, -join) ---------------------------------
_STRING_FORMS: set[str] = set()

# Exchange output classes that are not ConfigurableObjects although they carry ObjectState (IConfigurable
# only): they keep Object.ToString(), the full .NET type name (exchange-objects.md §2.1 [BIN S7]).
TYPE_NAME_STRING = frozenset({T_UM_PIN})


def string_form(obj: PSObject) -> str:
    """ToString() of a deserialized EMS object (the remote session sends the server-side ToString()).
    A ConfigurableObject (every AD object, and the presentation objects with ObjectState) prints its
    Identity (ADObjectId.ToString(): the canonical name of a recipient, the CN of a config object);
    any other class prints its full type name, as System.Object.ToString() does."""
    first = obj.type_names[0] if obj.type_names else ""
    type_name = first.removeprefix("Deserialized.")
    if type_name not in TYPE_NAME_STRING and obj.has("ObjectState"):
        identity = obj.get("Identity")
        if identity is not None:
            return identity if isinstance(identity, str) else str(identity)
    return type_name or "System.Object"


def mvp(value: Any) -> ArrayList:
    """A MultiValuedProperty as the deserialized collection EMS hands to the client: an ArrayList (so
    Export-Csv and "@{...}" print System.Collections.ArrayList, as in a remote Exchange session)."""
    if value is None:
        return ArrayList()
    if isinstance(value, str):
        return ArrayList((value,))
    return ArrayList(value)


def build(
    props: Iterable[tuple[str, str]], values: Mapping[str, Any], names: list[str], state: bool = True
) -> PSObject:
    """An EMS object: remoting note properties, the class properties in order, then ObjectState.
    A property missing from `values` is empty (None; False for `b`; an empty ArrayList for `m`)."""
    base, by_name, multi = _template(props)
    out = base.copy()  # remoting entries and every property with its empty value, in order
    for name, value in values.items():
        key = by_name.get(name)
        if key is not None:
            out[key] = (name, value)
    for key, name in multi:
        value = out[key][1]
        out[key] = (name, ArrayList() if value is None else mvp(value))
    if state:
        out["objectstate"] = ("ObjectState", values.get("ObjectState", "Unchanged"))
    return _psobject(out, names)


_Template = tuple[dict[str, tuple[str, Any]], dict[str, str], tuple[tuple[str, str], ...]]
_TEMPLATES: dict[int, tuple[Any, _Template]] = {}


def _template(props: Iterable[tuple[str, str]]) -> _Template:
    """(entries with empty values, property name -> key, multi-valued (key, name)) of a property spec,
    computed once per spec tuple."""
    cached = _TEMPLATES.get(id(props))
    if cached is not None and cached[0] is props:
        return cached[1]
    base: dict[str, tuple[str, Any]] = {
        "pscomputername": ("PSComputerName", SERVER_FQDN),
        "runspaceid": ("RunspaceId", RUNSPACE_ID),
        "psshowcomputername": ("PSShowComputerName", False),
    }
    by_name: dict[str, str] = {}
    multi: dict[str, str] = {}
    for key, name, kind in _keyed(props):
        base[key] = (name, _EMPTY[kind])
        by_name[name] = key
        if kind == "m":
            multi[key] = name
        else:
            multi.pop(key, None)
    template = (base, by_name, tuple(multi.items()))
    if isinstance(props, tuple) and len(_TEMPLATES) < _CACHE_LIMIT:  # specs built per call aren't kept
        _TEMPLATES[id(props)] = (props, template)
    return template


_EMPTY: dict[str, Any] = {"": None, "b": False, "m": None}
_CACHE_LIMIT = 512
_KEYED: dict[int, tuple[Any, tuple[tuple[str, str, str], ...]]] = {}


def _keyed(props: Iterable[tuple[str, str]]) -> tuple[tuple[str, str, str], ...]:
    """(casefolded key, name, kind) of a property spec, computed once per spec tuple."""
    cached = _KEYED.get(id(props))
    if cached is not None and cached[0] is props:
        return cached[1]
    keyed = tuple((name.casefold(), name, kind) for name, kind in props)
    if isinstance(props, tuple) and len(_KEYED) < _CACHE_LIMIT:
        _KEYED[id(props)] = (props, keyed)
    return keyed


def _psobject(entries: dict[str, tuple[str, Any]], names: list[str]) -> PSObject:
    """A PSObject from prepared (casefolded key -> (name, value)) entries (the constructor otherwise)."""
    if not _FAST:
        return PSObject(entries.values(), names)
    obj = PSObject.__new__(PSObject)
    obj._props = entries
    obj.type_names = list(names)
    obj.base = None
    return obj


def list_properties(props: Iterable[tuple[str, str]], state: bool = True) -> tuple[str, ...]:
    """The `fl` property list of a type: RunspaceId, the class properties, ObjectState."""
    return ("RunspaceId", *(n for n, _ in props), *(("ObjectState",) if state else ()))


# -- value formats (exchange-objects.md 1.4) ------------------------------------------------------------
def local(value: datetime | None) -> datetime | None:
    """A stored UTC instant as the naive local DateTime PowerShell shows."""
    if value is None:
        return None
    aware = value if value.tzinfo else value.replace(tzinfo=UTC)
    return aware.astimezone().replace(tzinfo=None)


def utc(value: datetime | None) -> datetime | None:
    """The ...UTC variant: the UTC clock time, printed like any DateTime."""
    if value is None:
        return None
    return (value.astimezone(UTC) if value.tzinfo else value).replace(tzinfo=None)


def unlimited_text(value: Any) -> Any:
    """Unlimited<T>: None -> 'Unlimited', else the value."""
    return "Unlimited" if value is None else value


_UNITS = (("TB", 1 << 40), ("GB", 1 << 30), ("MB", 1 << 20), ("KB", 1 << 10))
_SIZE = re.compile(r"^\s*([0-9.]+)\s*(B|KB|MB|GB|TB)?\s*$", re.IGNORECASE)


def byte_size(value: Any) -> Any:
    """ByteQuantifiedSize / Unlimited<ByteQuantifiedSize> display: 'Unlimited', '50 GB (53,687,091,200
    bytes)', '64 KB (65,536 bytes)'. Accepts a byte count, '10GB'-style text or 'Unlimited'."""
    if value is None or (isinstance(value, str) and value.strip().casefold() == "unlimited"):
        return "Unlimited"
    count: int | None = None
    if isinstance(value, bool):
        return value
    if isinstance(value, (int, float)):
        count = int(value)
    elif isinstance(value, str):
        if "(" in value:
            return value
        m = _SIZE.match(value)
        if m:
            unit = dict(_UNITS).get((m.group(2) or "B").upper(), 1)
            count = int(float(m.group(1)) * unit)
    if count is None:
        return value
    for name, size in _UNITS:
        if count >= size:
            shown = f"{count / size:.3f}".rstrip("0").rstrip(".")
            return f"{shown} {name} ({count:,} bytes)"
    return f"{count} B ({count:,} bytes)"


def lifetime_text(days: int | None) -> str:
    """Unlimited<EnhancedTimeSpan> of a PIN lifetime: 'Unlimited' or '60.00:00:00'."""
    return "Unlimited" if days is None else format_timespan(timedelta(days=days))


def config_dn(name: str, container: str) -> str:
    return f"CN={name},CN={container},{CONFIG_DN}"


def schema(cn: str) -> str:
    return f"{DOMAIN}/Configuration/Schema/{cn}"


def ad_common(
    rec: Any, identity: str, dn: str, version: str, category: str, classes: list[str]
) -> dict[str, Any]:
    """The AD tail values shared by every AD-backed object."""
    return {
        "Identity": identity,
        "Id": identity,
        "IsValid": True,
        "ExchangeVersion": version,
        "Name": rec.name,
        "DistinguishedName": dn,
        "Guid": rec.guid,
        "ObjectCategory": schema(category),
        "ObjectClass": ["top", *classes],
        "WhenChanged": local(rec.when_changed),
        "WhenCreated": local(rec.when_created),
        "WhenChangedUTC": utc(rec.when_changed),
        "WhenCreatedUTC": utc(rec.when_created),
        "OrganizationId": None,
        "OriginatingServer": DC_FQDN,
        "AdminDisplayName": None,
    }


USER_CLASSES = ["person", "organizationalPerson", "user"]


def user_common(rec: Any) -> dict[str, Any]:
    """AD tail of a recipient (MailboxRecord)."""
    return ad_common(rec, rec.identity, rec.distinguished_name, V_MAILBOX, "Person", USER_CLASSES)


# -- UMMailboxPin (2.1) -------------------------------------------------------------------------------
UM_PIN_PROPS = spec("UserID PinExpired:b FirstTimeUser:b LockedOut:b")


_PIN_NAMES = (
    "PSComputerName",
    "RunspaceId",
    "PSShowComputerName",
    "UserID",
    "PinExpired",
    "FirstTimeUser",
    "LockedOut",
    "ObjectState",
    "IsValid",
    "Identity",
)
_PIN_KEYS = tuple((n.casefold(), n) for n in _PIN_NAMES)
_PIN_TYPES = tuple(type_names(T_UM_PIN))


def um_mailbox_pin(state: Any) -> PSObject:
    """Get-UMMailboxPIN output from a PinState: ObjectState and IsValid after the four values, the
    explicit-interface Identity last (position INF-low, exchange-objects.md §2.1). Built on the fast
    path (this is the 100,000-object stream of the benchmarks)."""
    values = (
        SERVER_FQDN,
        RUNSPACE_ID,
        False,
        state.user_id,
        bool(state.pin_expired),
        bool(state.first_time_user),
        bool(state.locked_out),
        "Unchanged",
        True,
        state.identity,
    )
    if not _FAST:
        return PSObject(zip(_PIN_NAMES, values, strict=True), _PIN_TYPES)
    obj = PSObject.__new__(PSObject)
    obj._props = {key: (name, value) for (key, name), value in zip(_PIN_KEYS, values, strict=True)}
    obj.type_names = list(_PIN_TYPES)
    obj.base = None
    return obj


UM_PIN_LIST = ("RunspaceId", "UserID", "PinExpired", "FirstTimeUser", "LockedOut", "ObjectState", "IsValid")


# -- UMMailbox (2.2) ---------------------------------------------------------------------------------
UM_MAILBOX_PROPS = spec(
    "DisplayName EmailAddresses:m UMAddresses:m LegacyExchangeDN LinkedMasterAccount PrimarySmtpAddress "
    "SamAccountName ServerLegacyDN ServerName UMDtmfMap:m UMEnabled:b TUIAccessToCalendarEnabled:b FaxEnabled:b "
    "TUIAccessToEmailEnabled:b SubscriberAccessEnabled:b MissedCallNotificationEnabled:b UMSMSNotificationOption "
    "PinlessAccessToVoiceMailEnabled:b AnonymousCallersCanLeaveMessages:b AutomaticSpeechRecognitionEnabled:b "
    "VoiceMailAnalysisEnabled:b PlayOnPhoneEnabled:b CallAnsweringRulesEnabled:b AllowUMCallsFromNonUsers "
    "OperatorNumber PhoneProviderId UMDialPlan UMMailboxPolicy Extensions:m CallAnsweringAudioCodec "
    "SIPResourceIdentifier PhoneNumber AccessTelephoneNumbers:m CallAnsweringRulesExtensions:m AirSyncNumbers:m "
    "ImListMigrationCompleted:b " + AD_TAIL
)


def server_legacy_dn(server: str | None) -> str | None:
    if not server:
        return None
    return (
        "/o=First Organization/ou=Exchange Administrative Group (FYDIBOHF23SPDLT)/cn=Configuration/cn=Servers/"
        f"cn={server.upper()}"
    )


def dtmf_map(rec: Any) -> list[str]:
    """UMDtmfMap: emailAddress, lastNameFirstName and firstNameLastName as telephone keypad digits."""
    first, last = rec.first_name or "", rec.last_name or ""
    alias = (rec.primary_smtp_address or "").split("@")[0]
    return [
        f"emailAddress:{_dtmf(alias)}",
        f"lastNameFirstName:{_dtmf(last + first)}",
        f"firstNameLastName:{_dtmf(first + last)}",
    ]


_KEYS = {
    c: str(d)
    for d, letters in enumerate(("", "", "abc", "def", "ghi", "jkl", "mno", "pqrs", "tuv", "wxyz"))
    for c in letters
}


def _dtmf(text: str) -> str:
    return "".join(c if c.isdigit() else _KEYS.get(c.lower(), "") for c in text)


def um_mailbox(um: Any, dial_plan: Any = None) -> PSObject:
    """Get-UMMailbox output from a UMMailboxRecord (and its dial plan for the computed phone fields)."""
    mb = um.mailbox
    values: dict[str, Any] = dict(user_common(mb))
    values.update(
        {k: v for k, v in um.props.items() if k not in {"PilotNumber"}},
    )
    values.update(
        {
            "DisplayName": mb.display_name,
            "EmailAddresses": list(mb.email_addresses),
            "UMAddresses": [],
            "LegacyExchangeDN": mb.legacy_exchange_dn,
            "LinkedMasterAccount": None,
            "PrimarySmtpAddress": mb.primary_smtp_address,
            "SamAccountName": mb.sam_account_name,
            "ServerLegacyDN": server_legacy_dn(mb.server_name),
            "ServerName": (mb.server_name or "").lower() or None,
            "UMDtmfMap": dtmf_map(mb),
            "UMEnabled": bool(um.enabled),
            "UMDialPlan": um.dial_plan_name,
            "UMMailboxPolicy": um.policy_name or None,
            "Extensions": list(um.extensions),
            "SIPResourceIdentifier": um.sip_resource_identifier
            or (um.extensions[0] if um.extensions else None),
            "PhoneNumber": um.extensions[0] if um.extensions else None,
            "AccessTelephoneNumbers": list(
                (dial_plan.props.get("AccessTelephoneNumbers") if dial_plan else None) or []
            ),
        }
    )
    if values.get("CallAnsweringAudioCodec") is None and dial_plan is not None:
        values["CallAnsweringAudioCodec"] = dial_plan.props.get("AudioCodec")
    return build(UM_MAILBOX_PROPS, values, type_names(T_UM_MAILBOX, f"{NS_MGMT}.ADPresentationObject"))


# -- UMMailboxPolicy (2.3) ---------------------------------------------------------------------------
UM_POLICY_PROPS = spec(
    "MaxGreetingDuration MaxLogonAttempts AllowCommonPatterns:b PINLifetime PINHistoryCount AllowSMSNotification:b "
    "ProtectUnauthenticatedVoiceMail ProtectAuthenticatedVoiceMail ProtectedVoiceMailText "
    "RequireProtectedPlayOnPhone:b MinPINLength FaxMessageText UMEnabledText ResetPINText SourceForestPolicyNames:m "
    "VoiceMailText UMDialPlan FaxServerURI AllowedInCountryOrRegionGroups:m AllowedInternationalGroups:m "
    "AllowDialPlanSubscribers:b AllowExtensions:b LogonFailuresBeforePINReset AllowMissedCallNotifications:b "
    "AllowFax:b AllowTUIAccessToCalendar:b AllowTUIAccessToEmail:b AllowSubscriberAccess:b "
    "AllowTUIAccessToDirectory:b AllowTUIAccessToPersonalContacts:b AllowAutomaticSpeechRecognition:b "
    "AllowPlayOnPhone:b AllowVoiceMailPreview:b AllowCallAnsweringRules:b AllowMessageWaitingIndicator:b "
    "AllowPinlessVoiceMailAccess:b AllowVoiceResponseToOtherMessageTypes:b AllowVoiceMailAnalysis:b "
    "AllowVoiceNotification:b InformCallerOfVoiceMailAnalysis:b VoiceMailPreviewPartnerAddress "
    "VoiceMailPreviewPartnerAssignedID VoiceMailPreviewPartnerMaxMessageDuration "
    "VoiceMailPreviewPartnerMaxDeliveryDelay IsDefault:b " + CONFIG_TAIL
)


def um_mailbox_policy(rec: Any) -> PSObject:
    """Get-UMMailboxPolicy output from a PolicyRecord."""
    values = ad_common(
        rec,
        rec.name,
        rec.distinguished_name,
        V_UM_CONFIG,
        "ms-Exch-UM-Recipient-Template",
        ["msExchUMRecipientTemplate"],
    )
    values.update(rec.props)
    values.update(
        {
            "MaxLogonAttempts": unlimited_text(rec.max_logon_attempts),
            "AllowCommonPatterns": rec.allow_common_patterns,
            "PINLifetime": lifetime_text(rec.pin_lifetime_days),
            "PINHistoryCount": rec.pin_history_count,
            "MinPINLength": rec.min_pin_length,
            "UMEnabledText": rec.um_enabled_text,
            "ResetPINText": rec.reset_pin_text,
            "UMDialPlan": rec.dial_plan_name,
            "LogonFailuresBeforePINReset": unlimited_text(rec.logon_failures_before_pin_reset),
            "IsDefault": rec.is_default,
        }
    )
    return build(UM_POLICY_PROPS, values, type_names(T_UM_POLICY, f"{NS_SYS}.MailboxPolicy"))


# -- UMDialPlan (2.4) --------------------------------------------------------------------------------
DIAL_PLAN_PROPS = spec(
    "NumberOfDigitsInExtension LogonFailuresBeforeDisconnect AccessTelephoneNumbers:m FaxEnabled:b "
    "InputFailuresBeforeDisconnect OutsideLineAccessCode DialByNamePrimary DialByNameSecondary AudioCodec "
    "DefaultLanguage VoIPSecurity MaxCallDuration MaxRecordingDuration RecordingIdleTimeout PilotIdentifierList:m "
    "UMServers:m UMMailboxPolicies:m UMAutoAttendants:m WelcomeGreetingEnabled:b AutomaticSpeechRecognitionEnabled:b "
    "PhoneContext WelcomeGreetingFilename InfoAnnouncementFilename OperatorExtension DefaultOutboundCallingLineId "
    "Extension MatchedNameSelectionMethod InfoAnnouncementEnabled InternationalAccessCode NationalNumberPrefix "
    "InCountryOrRegionNumberFormat InternationalNumberFormat CallSomeoneEnabled:b ContactScope ContactAddressList "
    "SendVoiceMsgEnabled:b UMAutoAttendant AllowDialPlanSubscribers:b AllowExtensions:b "
    "AllowedInCountryOrRegionGroups:m AllowedInternationalGroups:m ConfiguredInCountryOrRegionGroups:m "
    "LegacyPromptPublishingPoint ConfiguredInternationalGroups:m UMIPGateway:m URIType SubscriberType "
    "GlobalCallRoutingScheme TUIPromptEditingEnabled:b CallAnsweringRulesEnabled:b SipResourceIdentifierRequired:b "
    "FDSPollingInterval EquivalentDialPlanPhoneContexts:m NumberingPlanFormats:m "
    "AllowHeuristicADCallingLineIdResolution:b CountryOrRegionCode " + CONFIG_TAIL
)


def um_dial_plan(rec: Any, gateways: Iterable[str] = (), auto_attendants: Iterable[str] = ()) -> PSObject:
    """Get-UMDialPlan output from a DialPlanRecord (linked gateway/auto attendant names optional)."""
    values = ad_common(
        rec, rec.name, rec.distinguished_name, V_UM_CONFIG, "ms-Exch-UM-Dial-Plan", ["msExchUMDialPlan"]
    )
    values.update(rec.props)
    values.update(
        {
            "NumberOfDigitsInExtension": rec.number_of_digits,
            "UMMailboxPolicies": list(rec.policies),
            "UMAutoAttendants": list(auto_attendants) or list(values.get("UMAutoAttendants") or []),
            "UMIPGateway": list(gateways) or list(values.get("UMIPGateway") or []),
            "PhoneContext": rec.phone_context,
            "URIType": rec.uri_type,
            "CountryOrRegionCode": rec.country_code,
            "SipResourceIdentifierRequired": rec.uri_type != "TelExtn",
        }
    )
    return build(DIAL_PLAN_PROPS, values, type_names(T_DIAL_PLAN, f"{NS_SYS}.ADConfigurationObject"))


# -- generic configuration objects (gateways, hunt groups, auto attendants) -----------------------------
GATEWAY_PROPS = spec(
    "Address OutcallsAllowed:b Status Port Simulator:b IPAddressFamily DelayedSourcePartyInfoEnabled:b "
    "MessageWaitingIndicatorAllowed:b HuntGroups:m GlobalCallRoutingScheme ForwardingAddress " + CONFIG_TAIL
)
HUNT_GROUP_PROPS = spec("PilotIdentifier UMDialPlan UMIPGateway " + CONFIG_TAIL)
AUTO_ATTENDANT_PROPS = spec(
    "SpeechEnabled:b AllowDialPlanSubscribers:b AllowExtensions:b AllowedInCountryOrRegionGroups:m "
    "AllowedInternationalGroups:m CallSomeoneEnabled:b ContactScope ContactAddressList SendVoiceMsgEnabled:b "
    "BusinessHoursSchedule:m PilotIdentifierList:m UMDialPlan DTMFFallbackAutoAttendant HolidaySchedule:m TimeZone "
    "TimeZoneName MatchedNameSelectionMethod BusinessLocation WeekStartDay Status Language OperatorExtension "
    "InfoAnnouncementFilename InfoAnnouncementEnabled NameLookupEnabled:b StarOutToDialPlanEnabled:b "
    "ForwardCallsToDefaultMailbox:b DefaultMailbox BusinessName BusinessHoursWelcomeGreetingFilename "
    "BusinessHoursWelcomeGreetingEnabled:b BusinessHoursMainMenuCustomPromptFilename "
    "BusinessHoursMainMenuCustomPromptEnabled:b BusinessHoursTransferToOperatorEnabled:b BusinessHoursKeyMapping:m "
    "BusinessHoursKeyMappingEnabled:b AfterHoursWelcomeGreetingFilename AfterHoursWelcomeGreetingEnabled:b "
    "AfterHoursMainMenuCustomPromptFilename AfterHoursMainMenuCustomPromptEnabled:b "
    "AfterHoursTransferToOperatorEnabled:b AfterHoursKeyMapping:m AfterHoursKeyMappingEnabled:b "
    + CONFIG_TAIL
)

CONFIG_KINDS: dict[str, tuple[str, tuple[tuple[str, str], ...], str, str, str]] = {
    # kind -> (type, props, container, schema class CN, ldap class)
    "UMIPGateway": (
        T_GATEWAY,
        GATEWAY_PROPS,
        "UM IPGateway Container",
        "ms-Exch-UM-IP-Gateway",
        "msExchUMIPGateway",
    ),
    "UMHuntGroup": (T_HUNT_GROUP, HUNT_GROUP_PROPS, "", "ms-Exch-UM-Hunt-Group", "msExchUMHuntGroup"),
    "UMAutoAttendant": (
        T_AUTO_ATTENDANT,
        AUTO_ATTENDANT_PROPS,
        "UM AutoAttendant Container",
        "ms-Exch-UM-Auto-Attendant",
        "msExchUMAutoAttendant",
    ),
}

CONFIG_DEFAULTS: dict[str, dict[str, Any]] = {
    "UMIPGateway": {
        "OutcallsAllowed": True,
        "Status": "Enabled",
        "Port": 5060,
        "IPAddressFamily": "IPv4Only",
        "MessageWaitingIndicatorAllowed": True,
        "GlobalCallRoutingScheme": "None",
    },
    "UMAutoAttendant": {
        "AllowDialPlanSubscribers": True,
        "AllowExtensions": True,
        "CallSomeoneEnabled": True,
        "ContactScope": "DialPlan",
        "SendVoiceMsgEnabled": False,
        "TimeZone": "Pacific Standard Time",
        "TimeZoneName": "(UTC-08:00) Pacific Time (US & Canada)",
        "MatchedNameSelectionMethod": "InheritFromDialPlan",
        "WeekStartDay": "Sunday",
        "Status": "Disabled",
        "Language": "en-US",
        "InfoAnnouncementEnabled": "False",
        "NameLookupEnabled": True,
        "BusinessHoursSchedule": ["Sun.12:00 AM-Sun.12:00 AM"],
        "BusinessHoursTransferToOperatorEnabled": False,
        "AfterHoursTransferToOperatorEnabled": False,
    },
}


def config_object(rec: Any, parent_name: str | None = None) -> PSObject:
    """A UM IP gateway, hunt group or auto attendant from an ObjectRecord (kind selects the shape)."""
    tname, props, container, category, ldap = CONFIG_KINDS[rec.kind]
    if rec.kind == "UMHuntGroup":
        dn = f"CN={rec.name},CN={parent_name or rec.props.get('UMIPGateway')},CN=UM IPGateway Container,{CONFIG_DN}"
    else:
        dn = config_dn(rec.name, container)
    values = ad_common(rec, rec.name, dn, V_UM_CONFIG, category, [ldap])
    values.update(CONFIG_DEFAULTS.get(rec.kind, {}))
    values.update(rec.props)
    return build(props, values, type_names(tname, f"{NS_SYS}.ADConfigurationObject"))


def plain(type_name: str, values: Mapping[str, Any], state: str | None = None) -> PSObject:
    """An object of a plain class (no AD tail): remoting note properties then the values in order."""
    items: list[tuple[str, Any]] = [("PSComputerName", SERVER_FQDN), ("RunspaceId", RUNSPACE_ID)]
    items.append(("PSShowComputerName", False))
    items.extend(values.items())
    if state is not None:
        items.append(("ObjectState", state))
    return PSObject(items, type_names(type_name))
