"""Set-UMDialPlan: Change the settings of a UM dial plan.

NumberOfDigitsInExtension, URIType and GenerateUMMailboxPolicy are fixed once the dial plan exists.
Multi-valued settings accept a list or @{Add=...; Remove=...}.
"""

from __future__ import annotations

from typing import Any

from pwshlite.cmdlet import (
    Context,
    Example,
    Parameter,
    Switch,
    ValidateLength,
    ValidateRange,
    ValidateSet,
    cmdlet,
)

from . import _um_object_task
from ._common import bound_values, merge_multivalued
from ._params import (
    AddressListIdParameter,
    OrganizationalUnitIdParameter,
    UMAutoAttendantIdParameter,
    UMDialPlanIdParameter,
)
from .store import UMStore


@cmdlet("Set-UMDialPlan", supports_should_process=True, dotnet_type="Set-UMDialPlan")
class SetUMDialPlan(_um_object_task.UMObjectTask):
    """Set-UMDialPlan: Change the settings of a UM dial plan.

    NumberOfDigitsInExtension, URIType and GenerateUMMailboxPolicy are fixed once the dial plan exists.
    Multi-valued settings accept a list or @{Add=...; Remove=...}.
    """

    task_class = "Microsoft.Exchange.Management.Tasks.UM.SetUMDialPlan"

    Identity: UMDialPlanIdParameter = Parameter(
        position=0, mandatory=True, pipeline=True, by_property_name=True
    )
    AccessTelephoneNumbers: object | None = Parameter(
        type_name="Microsoft.Exchange.Data.MultiValuedProperty`1[System.String]"
    )
    AllowDialPlanSubscribers: bool | None = Parameter()
    AllowedInCountryOrRegionGroups: object | None = Parameter(
        type_name="Microsoft.Exchange.Data.MultiValuedProperty`1[System.String]"
    )
    AllowedInternationalGroups: object | None = Parameter(
        type_name="Microsoft.Exchange.Data.MultiValuedProperty`1[System.String]"
    )
    AllowExtensions: bool | None = Parameter()
    AllowHeuristicADCallingLineIdResolution: bool | None = Parameter()
    AudioCodec: str | None = Parameter(
        validate=ValidateSet("G711", "Wma", "Gsm", "Mp3"), type_name="Microsoft.Exchange.Data.AudioCodecEnum"
    )
    AutomaticSpeechRecognitionEnabled: bool | None = Parameter()
    CallAnsweringRulesEnabled: bool | None = Parameter()
    CallSomeoneEnabled: bool | None = Parameter()
    ConfiguredInCountryOrRegionGroups: object | None = Parameter(
        type_name="Microsoft.Exchange.Data.MultiValuedProperty`1[System.String]"
    )
    ConfiguredInternationalGroups: object | None = Parameter(
        type_name="Microsoft.Exchange.Data.MultiValuedProperty`1[System.String]"
    )
    ContactAddressList: AddressListIdParameter | None = Parameter()
    ContactRecipientContainer: OrganizationalUnitIdParameter | None = Parameter()
    ContactScope: str | None = Parameter(
        validate=ValidateSet(
            "DialPlan", "GlobalAddressList", "Extension", "AutoAttendantLink", "AddressList"
        ),
        type_name="Microsoft.Exchange.Data.CallSomeoneScopeEnum",
    )
    CountryOrRegionCode: str | None = Parameter()
    DefaultLanguage: str | None = Parameter(type_name="Microsoft.Exchange.Data.UMLanguage")
    DialByNamePrimary: str | None = Parameter(
        validate=ValidateSet("LastFirst", "FirstLast", "SMTPAddress"),
        type_name="Microsoft.Exchange.Data.DialByNamePrimaryEnum",
    )
    DialByNameSecondary: str | None = Parameter(
        validate=ValidateSet("LastFirst", "FirstLast", "SMTPAddress", "None"),
        type_name="Microsoft.Exchange.Data.DialByNameSecondaryEnum",
    )
    DomainController: str | None = Parameter(type_name="Microsoft.Exchange.Data.Fqdn")
    EquivalentDialPlanPhoneContexts: object | None = Parameter(
        type_name="Microsoft.Exchange.Data.MultiValuedProperty`1[System.String]"
    )
    Extension: str | None = Parameter()
    FaxEnabled: bool | None = Parameter()
    ForceUpgrade: Switch = Parameter()
    InCountryOrRegionNumberFormat: str | None = Parameter(type_name="Microsoft.Exchange.Data.NumberFormat")
    InfoAnnouncementEnabled: str | None = Parameter(
        validate=ValidateSet("True", "False", "Uninterruptible"),
        type_name="Microsoft.Exchange.Data.InfoAnnouncementEnabledEnum",
    )
    InfoAnnouncementFilename: str | None = Parameter()
    InputFailuresBeforeDisconnect: int | None = Parameter()
    InternationalAccessCode: str | None = Parameter()
    InternationalNumberFormat: str | None = Parameter(type_name="Microsoft.Exchange.Data.NumberFormat")
    LegacyPromptPublishingPoint: str | None = Parameter()
    LogonFailuresBeforeDisconnect: int | None = Parameter()
    MatchedNameSelectionMethod: str | None = Parameter(
        validate=ValidateSet("Title", "Department", "Location", "None", "PromptForAlias"),
        type_name="Microsoft.Exchange.Data.DisambiguationFieldEnum",
    )
    MaxCallDuration: int | None = Parameter()
    MaxRecordingDuration: int | None = Parameter(validate=ValidateRange(1, 100))
    Name: str | None = Parameter(validate=ValidateLength(0, 64))
    NationalNumberPrefix: str | None = Parameter()
    NumberingPlanFormats: object | None = Parameter(
        type_name="Microsoft.Exchange.Data.MultiValuedProperty`1[System.String]"
    )
    OperatorExtension: str | None = Parameter()
    OutsideLineAccessCode: str | None = Parameter()
    PilotIdentifierList: object | None = Parameter(
        type_name="Microsoft.Exchange.Data.MultiValuedProperty`1[System.String]"
    )
    RecordingIdleTimeout: int | None = Parameter()
    SendVoiceMsgEnabled: bool | None = Parameter()
    TUIPromptEditingEnabled: bool | None = Parameter()
    UMAutoAttendant: UMAutoAttendantIdParameter | None = Parameter()
    VoIPSecurity: str | None = Parameter(
        validate=ValidateSet("SIPSecured", "Unsecured", "Secured"),
        type_name="Microsoft.Exchange.Data.UMVoIPSecurityType",
    )
    WelcomeGreetingEnabled: bool | None = Parameter()
    WelcomeGreetingFilename: str | None = Parameter()

    examples = (
        Example(
            'Set-UMDialPlan -Identity "Contoso DP" -AccessTelephoneNumbers 4255551234 -OutsideLineAccessCode 9',
            "Set the subscriber access number and outside-line access code",
        ),
        Example(
            'Set-UMDialPlan -Identity "Contoso DP" -WelcomeGreetingEnabled $false',
            "Turn off the welcome greeting",
        ),
    )

    def resolve(self, store: UMStore, identity: str) -> Any:
        return store.resolve_dial_plan(identity)

    def change(self, ctx: Context, store: UMStore, obj: Any) -> None:
        changes = bound_values(self, ctx)
        merge_multivalued(self, changes, obj.props)
        store.set_dial_plan(obj, changes)
