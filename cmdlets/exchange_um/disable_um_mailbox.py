"""Disable-UMMailbox: Stop Unified Messaging for a mailbox (the mailbox keeps working).

The extensions are freed and the PIN data erased. -KeepProperties $true (the default) keeps the UM
settings on the mailbox; $false removes them. ConfirmImpact is High: it prompts unless -Confirm:$false.
"""

from __future__ import annotations

from collections.abc import Iterator

from pwshlite.cmdlet import Cmdlet, Context, Example, Parameter, Switch, cmdlet

from ._common import confirm, id_text, whatif_text
from ._params import MailboxIdParameter
from ._task import task
from .errors import already_um_disabled
from .objects import um_mailbox


@cmdlet(
    "Disable-UMMailbox",
    supports_should_process=True,
    confirm_impact="High",
    outputs=("Microsoft.Exchange.Data.Directory.Management.UMMailbox",),
    dotnet_type="Disable-UMMailbox",
)
class DisableUMMailbox(Cmdlet):
    """Disable-UMMailbox: Stop Unified Messaging for a mailbox (the mailbox keeps working).

    The extensions are freed and the PIN data erased. -KeepProperties $true (the default) keeps the UM
    settings on the mailbox; $false removes them. ConfirmImpact is High: it prompts unless -Confirm:$false.
    """

    Identity: MailboxIdParameter = Parameter(position=0, mandatory=True, pipeline=True, by_property_name=True)
    DomainController: str | None = Parameter(type_name="Microsoft.Exchange.Data.Fqdn")
    IgnoreDefaultScope: Switch = Parameter()
    KeepProperties: bool | None = Parameter()

    examples = (
        Example("Disable-UMMailbox -Identity tony@contoso.com -Confirm:$false", "Disable UM for one user"),
        Example(
            "Disable-UMMailbox -Identity tony@contoso.com -KeepProperties $false -Confirm:$false",
            "Disable UM and remove the UM settings",
        ),
    )

    def process(self, ctx: Context) -> Iterator[object]:
        before = None
        with task(self, ctx, TASK) as t:
            rec = t.store.resolve_recipient(id_text(self.Identity) or "")
            if not rec.um_enabled:
                raise already_um_disabled(rec.primary_smtp_address or rec.identity)
            before = t.store.um_mailbox(rec)
            if not confirm(ctx, whatif_text("Disable-UMMailbox", self.Identity)):
                before = None
                return
            t.ran, t.modified = True, rec.identity
            t.store.disable_um(rec, keep_properties=self.KeepProperties is not False)
        if before is not None and not t.failed:
            before.enabled = False
            before.extensions = []
            before.mailbox.email_addresses = [
                p for p in before.mailbox.email_addresses if not p.upper().startswith("EUM:")
            ]
            if self.KeepProperties is False:
                before.policy_name = ""
            yield um_mailbox(before, t.store.get_dial_plan(before.dial_plan_id))


TASK = "Microsoft.Exchange.Management.Tasks.UM.DisableUMMailbox"
