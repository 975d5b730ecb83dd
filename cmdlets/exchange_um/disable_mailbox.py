"""Disable-Mailbox: Remove the mailbox from a user account (the account stays).

A UM-enabled mailbox is disabled for UM first. ConfirmImpact is High.
"""

from __future__ import annotations

from collections.abc import Iterator

from pwshlite.cmdlet import Cmdlet, Context, Example, Parameter, Switch, cmdlet

from ._common import id_text
from ._params import MailboxIdParameter
from ._task import task


@cmdlet(
    "Disable-Mailbox",
    default_set="Arbitration",
    supports_should_process=True,
    confirm_impact="High",
    dotnet_type="Disable-Mailbox",
)
class DisableMailbox(Cmdlet):
    """Disable-Mailbox: Remove the mailbox from a user account (the account stays).

    A UM-enabled mailbox is disabled for UM first. ConfirmImpact is High.
    """

    Identity: MailboxIdParameter = Parameter(position=0, mandatory=True, pipeline=True, by_property_name=True)
    Arbitration: Switch = Parameter(sets=("Arbitration",))
    DisableLastArbitrationMailboxAllowed: Switch = Parameter(sets=("Arbitration",))
    DisableArbitrationMailboxWithOABsAllowed: Switch = Parameter(sets=("Arbitration",))
    DomainController: str | None = Parameter(type_name="Microsoft.Exchange.Data.Fqdn")
    IgnoreDefaultScope: Switch = Parameter()
    IgnoreLegalHold: Switch = Parameter()
    Archive: Switch = Parameter(sets=("Archive",))
    PermanentlyDisable: Switch = Parameter(sets=("Archive",))
    PublicFolder: Switch = Parameter(sets=("PublicFolder",))
    RemoteArchive: Switch = Parameter(sets=("RemoteArchive",))

    examples = (Example("Disable-Mailbox -Identity kimakers -Confirm:$false", "Mail-disable a user"),)

    def process(self, ctx: Context) -> Iterator[object]:
        with task(self, ctx, TASK) as t:
            rec = t.store.resolve_mailbox(id_text(self.Identity) or "")
            if not ctx.should_process(rec.identity, "Disable-Mailbox"):
                return
            t.ran, t.modified = True, rec.identity
            t.store.disable_mailbox(rec)
        yield from ()


TASK = "Microsoft.Exchange.Management.RecipientTasks.DisableMailbox"
