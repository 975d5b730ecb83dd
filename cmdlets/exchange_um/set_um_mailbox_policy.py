"""Set-UMMailboxPolicy: Change a UM mailbox policy, including its PIN policy.

PIN policy ranges: MinPINLength 4-24, PINLifetime 1-999 days or Unlimited, PINHistoryCount 1-20,
MaxLogonAttempts 1-999 or Unlimited, LogonFailuresBeforePINReset Unlimited or lower than MaxLogonAttempts.
Raising MinPINLength makes shorter PINs expire.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from pwshlite.cmdlet import Cmdlet, Context, Example, Parameter, Switch, ValidateLength, ValidateSet, cmdlet

from ._common import bound_values, confirm, id_text, merge_multivalued, unlimited, whatif_text
from ._params import MailboxPolicyIdParameter, UMDialPlanIdParameter, Unlimited
from ._task import task
from .errors import invalid_value


@cmdlet("Set-UMMailboxPolicy", supports_should_process=True, dotnet_type="Set-UMMailboxPolicy")
class SetUMMailboxPolicy(Cmdlet):
    """Set-UMMailboxPolicy: Change a UM mailbox policy, including its PIN policy.

    PIN policy ranges: MinPINLength 4-24, PINLifetime 1-999 days or Unlimited, PINHistoryCount 1-20,
    MaxLogonAttempts 1-999 or Unlimited, LogonFailuresBeforePINReset Unlimited or lower than MaxLogonAttempts.
    Raising MinPINLength makes shorter PINs expire.
    """

    Identity: MailboxPolicyIdParameter = Parameter(
        position=0, mandatory=True, pipeline=True, by_property_name=True
    )
    AllowAutomaticSpeechRecognition: bool | None = Parameter()
    AllowCallAnsweringRules: bool | None = Parameter()
    AllowCommonPatterns: bool | None = Parameter()
    AllowDialPlanSubscribers: bool | None = Parameter()
    AllowedInCountryOrRegionGroups: object | None = Parameter(
        type_name="Microsoft.Exchange.Data.MultiValuedProperty`1[System.String]"
    )
    AllowedInternationalGroups: object | None = Parameter(
        type_name="Microsoft.Exchange.Data.MultiValuedProperty`1[System.String]"
    )
    AllowExtensions: bool | None = Parameter()
    AllowFax: bool | None = Parameter()
    AllowMessageWaitingIndicator: bool | None = Parameter()
    AllowMissedCallNotifications: bool | None = Parameter()
    AllowPinlessVoiceMailAccess: bool | None = Parameter()
    AllowPlayOnPhone: bool | None = Parameter()
    AllowSMSNotification: bool | None = Parameter()
    AllowSubscriberAccess: bool | None = Parameter()
    AllowTUIAccessToCalendar: bool | None = Parameter()
    AllowTUIAccessToDirectory: bool | None = Parameter()
    AllowTUIAccessToEmail: bool | None = Parameter()
    AllowTUIAccessToPersonalContacts: bool | None = Parameter()
    AllowVoiceMailAnalysis: bool | None = Parameter()
    AllowVoiceMailPreview: bool | None = Parameter()
    AllowVoiceResponseToOtherMessageTypes: bool | None = Parameter()
    DomainController: str | None = Parameter(type_name="Microsoft.Exchange.Data.Fqdn")
    FaxMessageText: str | None = Parameter(validate=ValidateLength(0, 512))
    FaxServerURI: str | None = Parameter()
    ForceUpgrade: Switch = Parameter()
    InformCallerOfVoiceMailAnalysis: bool | None = Parameter()
    LogonFailuresBeforePINReset: Unlimited | None = Parameter()
    MaxGreetingDuration: int | None = Parameter()
    MaxLogonAttempts: Unlimited | None = Parameter()
    MinPINLength: int | None = Parameter()
    Name: str | None = Parameter(validate=ValidateLength(0, 64))
    PINHistoryCount: int | None = Parameter()
    PINLifetime: Unlimited | None = Parameter()
    ProtectAuthenticatedVoiceMail: str | None = Parameter(
        validate=ValidateSet("None", "Private", "All"),
        type_name="Microsoft.Exchange.Data.DRMProtectionOptions",
    )
    ProtectedVoiceMailText: str | None = Parameter(validate=ValidateLength(0, 512))
    ProtectUnauthenticatedVoiceMail: str | None = Parameter(
        validate=ValidateSet("None", "Private", "All"),
        type_name="Microsoft.Exchange.Data.DRMProtectionOptions",
    )
    RequireProtectedPlayOnPhone: bool | None = Parameter()
    ResetPINText: str | None = Parameter(validate=ValidateLength(0, 512))
    SourceForestPolicyNames: object | None = Parameter(
        type_name="Microsoft.Exchange.Data.MultiValuedProperty`1[System.String]"
    )
    UMDialPlan: UMDialPlanIdParameter | None = Parameter()
    UMEnabledText: str | None = Parameter(validate=ValidateLength(0, 512))
    VoiceMailPreviewPartnerAddress: str | None = Parameter(type_name="Microsoft.Exchange.Data.SmtpAddress")
    VoiceMailPreviewPartnerAssignedID: str | None = Parameter()
    VoiceMailPreviewPartnerMaxDeliveryDelay: int | None = Parameter()
    VoiceMailPreviewPartnerMaxMessageDuration: int | None = Parameter()
    VoiceMailText: str | None = Parameter(validate=ValidateLength(0, 512))

    examples = (
        Example(
            'Set-UMMailboxPolicy -Identity "Contoso DP Default Policy" -MinPINLength 8 -PINLifetime 30 '
            "-PINHistoryCount 10",
            "Tighten the PIN policy",
        ),
        Example(
            'Set-UMMailboxPolicy -Identity "Contoso DP Default Policy" -MaxLogonAttempts 10 '
            "-LogonFailuresBeforePINReset 3",
            "Lock out after 10 failed sign-ins, reset the PIN after 3",
        ),
        Example(
            'Set-UMMailboxPolicy -Identity "Contoso DP Default Policy" -PINLifetime Unlimited',
            "PINs never expire",
        ),
    )

    def process(self, ctx: Context) -> Iterator[object]:
        with task(self, ctx, TASK) as t:
            policy = t.store.resolve_policy(id_text(self.Identity) or "")
            changes = bound_values(self, ctx, skip=("ForceUpgrade",))
            for key in _UNLIMITED:
                if key in changes:
                    changes[key] = _unlimited_value(key, getattr(self, key))
            merge_multivalued(self, changes, policy.props)
            if not confirm(ctx, whatif_text("Set-UMMailboxPolicy", self.Identity)):
                return
            t.ran, t.modified = True, policy.name
            t.store.set_policy(policy, changes)
        yield from ()


TASK = "Microsoft.Exchange.Management.Tasks.SetUMPolicy"
_UNLIMITED = ("PINLifetime", "MaxLogonAttempts", "LogonFailuresBeforePINReset")


def _unlimited_value(name: str, raw: Any) -> int | None:
    """Unlimited -> None; PINLifetime takes days (a bare number) or a time span; others a number."""
    value = unlimited(raw)
    try:
        if value is None or value.is_unlimited:
            return None
        if name == "PINLifetime":
            span = value.as_timespan()
            return None if span is None else span.days
        return value.as_int()
    except ValueError:
        raise invalid_value(f'Cannot convert value "{raw}" to type "Unlimited" for {name}.', name) from None
