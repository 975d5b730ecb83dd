"""Enable-UMMailbox: Enable a mailbox for Unified Messaging with a UM mailbox policy.

-Extensions must be unique in the dial plan and have the dial plan's number of digits; SIP URI and
E.164 dial plans also need -SIPResourceIdentifier. Without -Pin a PIN is generated (expired unless
-PINExpired $false; a given PIN is expired too unless -PINExpired $false). A welcome message with the policy's UMEnabledText (and the generated PIN) goes to the
user or -NotifyEmail. -ValidateOnly runs every check, changes nothing and writes the UM mailbox as it would be.
"""

from __future__ import annotations

import copy
from collections.abc import Iterator
from typing import Any

from pwshlite.cmdlet import Cmdlet, Context, Example, Parameter, Switch, ValidateLength, cmdlet
from pwshlite.errors import ErrorCategory

from ._common import as_list, confirm, id_text, plain_text, whatif_text
from ._params import MailboxIdParameter, MailboxPolicyIdParameter
from ._task import task
from .errors import ExchangeError, already_um_enabled
from .objects import um_mailbox
from .records import UM_MAILBOX_DEFAULTS, UMMailboxRecord


@cmdlet(
    "Enable-UMMailbox",
    default_set="Identity",
    supports_should_process=True,
    outputs=("Microsoft.Exchange.Data.Directory.Management.UMMailbox",),
    dotnet_type="Enable-UMMailbox",
)
class EnableUMMailbox(Cmdlet):
    """Enable-UMMailbox: Enable a mailbox for Unified Messaging with a UM mailbox policy.

    -Extensions must be unique in the dial plan and have the dial plan's number of digits; SIP URI and
    E.164 dial plans also need -SIPResourceIdentifier. Without -Pin a PIN is generated (expired unless
    -PINExpired $false; a given PIN is expired too unless -PINExpired $false). A welcome message with the policy's UMEnabledText (and the generated PIN) goes to the
    user or -NotifyEmail. -ValidateOnly runs every check, changes nothing and writes the UM mailbox as it would be.
    """

    Identity: MailboxIdParameter = Parameter(position=0, mandatory=True, pipeline=True, by_property_name=True)
    UMMailboxPolicy: MailboxPolicyIdParameter | None = Parameter(
        mandatory=("Identity",), sets=("Identity", "CloudVoiceMail")
    )
    AutomaticSpeechRecognitionEnabled: bool | None = Parameter()
    DomainController: str | None = Parameter(type_name="Microsoft.Exchange.Data.Fqdn")
    Extensions: object | None = Parameter(
        type_name="Microsoft.Exchange.Data.MultiValuedProperty`1[System.String]"
    )
    IgnoreDefaultScope: Switch = Parameter()
    NotifyEmail: str | None = Parameter()
    PilotNumber: str | None = Parameter()
    PIN: str | None = Parameter(validate=ValidateLength(4, 24), secret=True)
    PINExpired: bool | None = Parameter()
    SIPResourceIdentifier: str | None = Parameter()
    ValidateOnly: Switch = Parameter()
    EnableCloudVoiceMail: Switch = Parameter(mandatory=True, sets=("CloudVoiceMail",))
    SendWelcomeMail: bool | None = Parameter(sets=("CloudVoiceMail",))

    examples = (
        Example(
            'Enable-UMMailbox -Identity kimakers@contoso.com -UMMailboxPolicy "Contoso DP Default Policy" '
            "-Extensions 51234 -PIN 5643892 -NotifyEmail administrator@contoso.com -PINExpired $true",
            "Enable a user for UM with an extension and a PIN",
        ),
        Example(
            'Enable-UMMailbox -Identity kimakers@contoso.com -UMMailboxPolicy "Contoso DP Default Policy" '
            "-Extensions 51234 -ValidateOnly",
            "Check that the command would succeed without changing anything",
        ),
    )

    def process(self, ctx: Context) -> Iterator[object]:
        result = None
        with task(self, ctx, TASK) as t:
            rec = t.store.resolve_recipient(id_text(self.Identity) or "")
            if rec.um_enabled:
                raise already_um_enabled(rec.name)  # Exchange names the user by its CN here
            if self.UMMailboxPolicy is None:  # the CloudVoiceMail set (Exchange 2016) may omit it
                raise cloud_voice_mail_unavailable()
            policy = t.store.resolve_policy(id_text(self.UMMailboxPolicy) or "")
            if not self.ValidateOnly and not confirm(
                ctx, whatif_text("Enable-UMMailbox", self.Identity, policy.name)
            ):
                return
            t.ran, t.modified = not self.ValidateOnly, rec.identity
            result, _ = t.store.enable_um(
                rec,
                policy,
                extensions=as_list(self.Extensions) or None,
                pin=plain_text(self.PIN),
                pin_expired=True if self.PINExpired is None else bool(self.PINExpired),
                sip_resource_identifier=self.SIPResourceIdentifier,
                notify_email=self.NotifyEmail,
                pilot_number=self.PilotNumber,
                automatic_speech_recognition=True
                if self.AutomaticSpeechRecognitionEnabled is None
                else bool(self.AutomaticSpeechRecognitionEnabled),
                validate_only=bool(self.ValidateOnly),
                send_mail=self.SendWelcomeMail is not False,
            )
            if self.ValidateOnly:
                result = _projected(
                    t.store, rec, policy, as_list(self.Extensions), self.SIPResourceIdentifier
                )
        if result is not None and not t.failed:
            yield um_mailbox(result, t.store.get_dial_plan(result.dial_plan_id))


TASK = "Microsoft.Exchange.Management.Tasks.UM.EnableUMMailbox"


def cloud_voice_mail_unavailable() -> ExchangeError:
    """-EnableCloudVoiceMail without -UMMailboxPolicy: cloud voice mail (Exchange 2016 with Skype for
    Business Online) doesn't exist offline, so an on-premises UM mailbox policy is needed (text chosen,
    docs/exchange-emulation.md §11)."""
    return ExchangeError(
        "Cloud voice mail isn't available in this organization. Specify a UM mailbox policy with the "
        "UMMailboxPolicy parameter to enable the user for Unified Messaging.",
        "InvalidOperationException",
        ErrorCategory.InvalidOperation,
    )


def _projected(store: Any, rec: Any, policy: Any, extensions: list[str], sip: str | None) -> UMMailboxRecord:
    """The UM mailbox -ValidateOnly shows: the user with the policy's dial plan, extensions and EUM proxies."""
    dp = store.get_dial_plan(policy.dial_plan_id)
    eum = [
        f"{'EUM' if i == 0 else 'eum'}:{ext};phone-context={dp.phone_context}"
        for i, ext in enumerate(extensions)
    ]
    shown = copy.copy(rec)
    shown.email_addresses = eum + list(rec.email_addresses)
    shown.um_enabled = True
    return UMMailboxRecord(
        shown,
        True,
        dp.id,
        dp.name,
        policy.id,
        policy.name,
        extensions,
        sip,
        store.now(),
        dict(UM_MAILBOX_DEFAULTS),
    )
