"""Get-UMMailboxPin: PIN information of UM-enabled mailboxes (expired, locked out, first-time user).

Computed from each mailbox's encrypted PIN data and its UM mailbox policy. Without -Identity every
UM-enabled user is reported, at most -ResultSize (default 1000) with Exchange's warning when more exist.
-IgnoreErrors turns per-user PIN-data errors into warnings.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from pwshlite.cmdlet import Cmdlet, Context, Example, Parameter, Switch, cmdlet
from pwshlite.errors import ErrorCategory

from ._common import id_text, more_results_warning, result_size
from ._params import MailboxIdParameter, Unlimited
from ._task import reading
from .errors import ExchangeError, not_found
from .objects import um_mailbox_pin
from .records import PinState


@cmdlet(
    "Get-UMMailboxPin",
    outputs=("Microsoft.Exchange.Management.Tasks.UM.UMMailboxPin",),
    dotnet_type="Get-UMMailboxPin",
)
class GetUMMailboxPIN(Cmdlet):
    """Get-UMMailboxPin: PIN information of UM-enabled mailboxes (expired, locked out, first-time user).

    Computed from each mailbox's encrypted PIN data and its UM mailbox policy. Without -Identity every
    UM-enabled user is reported, at most -ResultSize (default 1000) with Exchange's warning when more exist.
    -IgnoreErrors turns per-user PIN-data errors into warnings.
    """

    Identity: MailboxIdParameter | None = Parameter(position=0, pipeline=True, by_property_name=True)
    Credential: object | None = Parameter(type_name="System.Management.Automation.PSCredential")
    DomainController: str | None = Parameter(type_name="Microsoft.Exchange.Data.Fqdn")
    IgnoreDefaultScope: Switch = Parameter()
    IgnoreErrors: Switch = Parameter()
    ReadFromDomainController: Switch = Parameter()
    ResultSize: Unlimited | None = Parameter()

    examples = (
        Example(
            "Get-UMMailboxPIN -Identity tony@contoso.com",
            "Retrieve the PIN information of one user",
            "Shows whether the PIN is expired, whether the UM mailbox is locked out and whether the user is a "
            "first-time user.",
        ),
        Example("Get-UMMailboxPIN", "PIN information of every UM-enabled user (first 1000)"),
        Example(
            "Get-UMMailbox | Get-UMMailboxPIN | Where-Object {$_.LockedOut -eq $true}",
            "Locked-out UM mailboxes, from pipeline input",
        ),
    )

    def process(self, ctx: Context) -> Iterator[object]:
        with reading(ctx, TASK) as store:
            if self.Identity is None:
                yield from self._all(ctx, store)
                return
            # Like every Get task: all UM-enabled matches of the identity (wildcards too), else not found.
            found = [r for r in store.match_recipients(id_text(self.Identity) or "") if r.um_enabled]
            if not found:
                raise not_found(str(self.Identity), store.dc)
            for rec in found:
                try:
                    state = store.pin_state(rec)
                except ExchangeError as err:
                    state = PinState(
                        rec.guid, rec.primary_smtp_address or "", rec.identity, False, False, False, error=err
                    )
                if not self._report(ctx, state):
                    return
                yield um_mailbox_pin(state)

    def _all(self, ctx: Context, store: Any) -> Iterator[object]:
        limit = result_size(self.ResultSize)
        count = 0
        for state in store.iter_pin_states(limit=None if limit is None else limit + 1):
            if limit is not None and count >= limit:
                ctx.write_warning(more_results_warning(limit, "ResultSize" in ctx.bound))
                return
            count += 1
            if not self._report(ctx, state):
                return  # Exchange's task stops at the first mailbox whose PIN data it can't read
            yield um_mailbox_pin(state)

    def _report(self, ctx: Context, state: Any) -> bool:
        """False when the PIN data could not be read: a warning with -IgnoreErrors, else an error
        (LocalizedException, InvalidArgument), as the Exchange task reports it."""
        if state.error is None:
            return True
        message = getattr(state.error, "message", str(state.error))
        if self.IgnoreErrors:
            ctx.write_warning(message)
            return False
        raise ExchangeError(message, "LocalizedException", ErrorCategory.InvalidArgument)


TASK = "Microsoft.Exchange.Management.Tasks.UM.GetUMMailboxPIN"
