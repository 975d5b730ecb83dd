"""Set-ItResult: ends the running test as inconclusive, pending or skipped (Pester 4.4)."""

from __future__ import annotations

from pwshlite.cmdlet import Cmdlet, CmdletError, Context, Parameter, Switch, cmdlet
from pwshlite.errors import ErrorCategory
from pwshlite.objects import PSHashtable

from ._state import script_error, state_of


@cmdlet("Set-ItResult", default_set="Inconclusive", dotnet_type="Pester.SetItResult")
class SetItResult(Cmdlet):
    """Set-ItResult: Sets the result of the current It to Inconclusive, Pending or Skipped (Pester 4)."""

    Inconclusive: Switch = Parameter(sets=("Inconclusive",), mandatory=True)
    Pending: Switch = Parameter(sets=("Pending",), mandatory=True)
    Skipped: Switch = Parameter(sets=("Skipped",), mandatory=True)
    Because: str | None = Parameter()

    def process(self, ctx: Context) -> None:
        state = state_of(ctx)
        if state.current_test is None:
            raise script_error(ctx, "The Set-ItResult command may only be used inside an It block.")
        result = ctx.parameter_set
        because = f", because {self.Because}" if self.Because else ""
        record = ctx.error(
            f"is {result.casefold()}{because}", f"PesterTest{result}", ErrorCategory.InvalidResult
        )
        record.fq_suffix = ""
        record.target_object = PSHashtable([("Data", PSHashtable([("Because", self.Because)]))])
        raise CmdletError(record)
