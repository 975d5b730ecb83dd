"""Set-UMMailbox: Change the Unified Messaging settings of a UM-enabled mailbox.

-UMMailboxPolicy reassigns the policy (one of the same dial plan); -Extensions are checked as in
Enable-UMMailbox; the boolean settings turn UM features on or off for the user.
"""

from __future__ import annotations

from collections.abc import Iterator

from pwshlite.cmdlet import Cmdlet, Context, Example, Parameter, Switch, ValidateLength, ValidateSet, cmdlet

from ._common import bound_values, confirm, id_text, whatif_text
from ._params import MailboxIdParameter, MailboxPolicyIdParameter
from ._task import task
from .errors import mailbox_not_um_enabled


@cmdlet("Set-UMMailbox", supports_should_process=True, dotnet_type="Set-UMMailbox")
class SetUMMailbox(Cmdlet):
    """Set-UMMailbox: Change the Unified Messaging settings of a UM-enabled mailbox.

    -UMMailboxPolicy reassigns the policy (one of the same dial plan); -Extensions are checked as in
    Enable-UMMailbox; the boolean settings turn UM features on or off for the user.
    """

    Identity: MailboxIdParameter = Parameter(position=0, mandatory=True, pipeline=True, by_property_name=True)
    AllowUMCallsFromNonUsers: str | None = Parameter(
        validate=ValidateSet("None", "SearchEnabled"),
        type_name="Microsoft.Exchange.Data.AllowUMCallsFromNonUsersFlags",
    )
    AnonymousCallersCanLeaveMessages: bool | None = Parameter()
    AutomaticSpeechRecognitionEnabled: bool | None = Parameter()
    CallAnsweringAudioCodec: str | None = Parameter(
        validate=ValidateSet("G711", "Wma", "Gsm", "Mp3"), type_name="Microsoft.Exchange.Data.AudioCodecEnum"
    )
    CallAnsweringRulesEnabled: bool | None = Parameter()
    DomainController: str | None = Parameter(type_name="Microsoft.Exchange.Data.Fqdn")
    FaxEnabled: bool | None = Parameter()
    IgnoreDefaultScope: Switch = Parameter()
    ImListMigrationCompleted: bool | None = Parameter()
    MissedCallNotificationEnabled: bool | None = Parameter()
    Name: str | None = Parameter(validate=ValidateLength(0, 64))
    OperatorNumber: str | None = Parameter()
    PinlessAccessToVoiceMailEnabled: bool | None = Parameter()
    PlayOnPhoneEnabled: bool | None = Parameter()
    SubscriberAccessEnabled: bool | None = Parameter()
    TUIAccessToCalendarEnabled: bool | None = Parameter()
    TUIAccessToEmailEnabled: bool | None = Parameter()
    UMMailboxPolicy: MailboxPolicyIdParameter | None = Parameter()
    UMSMSNotificationOption: str | None = Parameter(
        validate=ValidateSet("VoiceMail", "VoiceMailAndMissedCalls", "None"),
        type_name="Microsoft.Exchange.Data.UMSMSNotificationOptions",
    )
    VoiceMailAnalysisEnabled: bool | None = Parameter()

    examples = (
        Example(
            "Set-UMMailbox -Identity tony@contoso.com -CallAnsweringAudioCodec Wma -TUIAccessToCalendarEnabled $false "
            "-TUIAccessToEmailEnabled $false",
            "Change the codec and turn off calendar and email access by phone",
        ),
        Example(
            "Set-UMMailbox -Identity tony@contoso.com -PinlessAccessToVoiceMailEnabled $true",
            "PIN-less voice mail",
        ),
    )

    def process(self, ctx: Context) -> Iterator[object]:
        with task(self, ctx, TASK) as t:
            rec = t.store.resolve_recipient(id_text(self.Identity) or "")
            um = t.store.um_mailbox(rec)
            if um is None:
                raise mailbox_not_um_enabled(str(self.Identity))
            changes = bound_values(self, ctx)
            if not confirm(ctx, whatif_text("Set-UMMailbox", self.Identity)):
                return
            t.ran, t.modified = True, rec.identity
            t.store.set_um_mailbox(um, changes)
        yield from ()


TASK = "Microsoft.Exchange.Management.RecipientTasks.SetUMMailbox"
