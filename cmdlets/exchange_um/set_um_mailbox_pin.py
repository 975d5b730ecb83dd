"""Set-UMMailboxPIN: Reset the voice mail PIN of a UM-enabled user (and clear or set the lockout).

Writes the resulting PIN information (as Get-UMMailboxPIN shows it) on success.
-Pin must satisfy the user's UM mailbox policy (length, history, common patterns); without -Pin a PIN
is generated. -PINExpired defaults to $true (given or generated PIN). -LockedOut $false (the default) clears the
lock, $true locks the UM mailbox. The PIN-reset message (ResetPINText and the new PIN) goes to the user's
primary SMTP address or -NotifyEmail unless -SendEmail $false.
"""

from __future__ import annotations

from collections.abc import Iterator

from pwshlite.cmdlet import Cmdlet, Context, Example, Parameter, Switch, cmdlet

from ._common import confirm, id_text, plain_text, whatif_text
from ._params import MailboxIdParameter
from ._task import task
from .objects import um_mailbox_pin


@cmdlet(
    "Set-UMMailboxPIN",
    supports_should_process=True,
    outputs=("Microsoft.Exchange.Management.Tasks.UM.UMMailboxPin",),
    dotnet_type="Set-UMMailboxPIN",
)
class SetUMMailboxPIN(Cmdlet):
    """Set-UMMailboxPIN: Reset the voice mail PIN of a UM-enabled user (and clear or set the lockout).

    Writes the resulting PIN information (as Get-UMMailboxPIN shows it) on success.
    -Pin must satisfy the user's UM mailbox policy (length, history, common patterns); without -Pin a PIN
    is generated. -PINExpired defaults to $true (given or generated PIN). -LockedOut $false (the default) clears the
    lock, $true locks the UM mailbox. The PIN-reset message (ResetPINText and the new PIN) goes to the user's
    primary SMTP address or -NotifyEmail unless -SendEmail $false.
    """

    Identity: MailboxIdParameter = Parameter(position=0, mandatory=True, pipeline=True, by_property_name=True)
    DomainController: str | None = Parameter(type_name="Microsoft.Exchange.Data.Fqdn")
    IgnoreDefaultScope: Switch = Parameter()
    LockedOut: bool | None = Parameter()
    NotifyEmail: str | None = Parameter()
    Pin: str | None = Parameter(secret=True)
    PINExpired: bool | None = Parameter()
    SendEmail: bool | None = Parameter()

    examples = (
        Example(
            "Set-UMMailboxPIN -Identity tony@contoso.com -Pin 1985203 -PinExpired $false -LockedOut $false",
            "Set a known PIN that the user doesn't have to change",
        ),
        Example("Set-UMMailboxPIN -Identity tony@contoso.com", "Generate a new PIN and mail it to the user"),
        Example(
            "Set-UMMailboxPIN -Identity tony@contoso.com -LockedOut $false -NotifyEmail admin@contoso.com",
            "Unlock the UM mailbox, generate a PIN and mail it to the administrator",
        ),
    )

    def process(self, ctx: Context) -> Iterator[object]:
        state = None
        with task(self, ctx, TASK) as t:
            rec = t.store.resolve_recipient(id_text(self.Identity) or "")
            if not confirm(ctx, whatif_text("Set-UMMailboxPIN", self.Identity)):
                return
            t.ran, t.modified = True, rec.identity
            t.store.set_pin(
                rec,
                plain_text(self.Pin),
                pin_expired=True if self.PINExpired is None else bool(self.PINExpired),
                locked_out=bool(self.LockedOut),
                send_email=True if self.SendEmail is None else bool(self.SendEmail),
                notify_email=self.NotifyEmail,
            )
            state = t.store.pin_state(rec)
        if state is not None and not t.failed:
            yield um_mailbox_pin(state)


TASK = "Microsoft.Exchange.Management.Tasks.UM.SetUMMailboxPIN"
