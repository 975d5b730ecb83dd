"""Remove-Mailbox: Delete a mailbox and its user account.

The user's UM data (extensions, PIN data) goes with it. ConfirmImpact is High.
"""

from __future__ import annotations

from collections.abc import Iterator

from pwshlite.cmdlet import Cmdlet, Context, Example, Parameter, Switch, cmdlet

from ._common import id_text
from ._params import DatabaseIdParameter, MailboxIdParameter, StoreMailboxIdParameter
from ._task import task


@cmdlet(
    "Remove-Mailbox",
    default_set="Identity",
    supports_should_process=True,
    confirm_impact="High",
    dotnet_type="Remove-Mailbox",
)
class RemoveMailbox(Cmdlet):
    """Remove-Mailbox: Delete a mailbox and its user account.

    The user's UM data (extensions, PIN data) goes with it. ConfirmImpact is High.
    """

    Identity: MailboxIdParameter | None = Parameter(
        position=0, mandatory=True, pipeline=True, by_property_name=True, sets=("Identity", "Default")
    )
    Permanent: bool | None = Parameter(sets=("Identity",))
    Arbitration: Switch = Parameter(sets=("Identity", "StoreMailboxIdentity"))
    AuditLog: Switch = Parameter(sets=("Identity", "StoreMailboxIdentity"))
    AuxAuditLog: Switch = Parameter(sets=("Identity", "StoreMailboxIdentity"))
    DomainController: str | None = Parameter(
        sets=("Identity", "StoreMailboxIdentity"), type_name="Microsoft.Exchange.Data.Fqdn"
    )
    Force: Switch = Parameter()
    IgnoreDefaultScope: Switch = Parameter(sets=("Identity", "StoreMailboxIdentity"))
    IgnoreLegalHold: Switch = Parameter(sets=("Identity", "StoreMailboxIdentity"))
    Migration: Switch = Parameter()
    PublicFolder: Switch = Parameter()
    RemoveArbitrationMailboxWithOABsAllowed: Switch = Parameter(sets=("Identity", "StoreMailboxIdentity"))
    RemoveLastArbitrationMailboxAllowed: Switch = Parameter(sets=("Identity", "StoreMailboxIdentity"))
    SupervisoryReviewPolicy: Switch = Parameter(sets=("Identity", "StoreMailboxIdentity"))
    Database: DatabaseIdParameter | None = Parameter(mandatory=True, sets=("StoreMailboxIdentity",))
    StoreMailboxIdentity: StoreMailboxIdParameter | None = Parameter(
        mandatory=True, sets=("StoreMailboxIdentity",)
    )
    PermanentlyDelete: Switch = Parameter(sets=("Default",))
    RemoveCNFPublicFolderMailboxPermanently: Switch = Parameter(sets=("Default",))

    examples = (
        Example("Remove-Mailbox -Identity lisaandrews@contoso.com -Confirm:$false", "Delete a mailbox"),
    )

    def process(self, ctx: Context) -> Iterator[object]:
        with task(self, ctx, TASK) as t:
            rec = t.store.resolve_mailbox(id_text(self.Identity) or "")
            if not ctx.should_process(rec.identity, "Remove-Mailbox"):
                return
            t.ran, t.modified = True, rec.identity
            t.store.remove_recipient(rec)
        yield from ()


TASK = "Microsoft.Exchange.Management.RecipientTasks.RemoveMailbox"
