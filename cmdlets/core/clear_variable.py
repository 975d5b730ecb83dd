"""Clear-Variable: deletes the value of a variable (the variable stays, holding $null)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from pwshlite.cmdlet import Cmdlet, Context, Example, Parameter, Switch, cmdlet

from . import _vars
from ._fs import has_wildcard


@cmdlet("Clear-Variable", supports_should_process=True, aliases=("clv",))
class ClearVariable(Cmdlet):
    """Deletes the value of a variable."""

    Name: list[str] = Parameter(position=0, mandatory=True, by_property_name=True)
    Include: list[str] | None = Parameter()
    Exclude: list[str] | None = Parameter()
    Force: Switch = Parameter()
    PassThru: Switch = Parameter()
    Scope: str | None = Parameter()

    examples = (Example("$total = 5; Clear-Variable total; $null -eq $total", "Clear a variable's value"),)

    def process(self, ctx: Context) -> Iterator[Any]:
        for name in self.Name or []:  # None only when a mandatory value never arrived
            entries = _vars.filtered(_vars.lookup(ctx, name, self.Scope), self.Include, self.Exclude)
            if not entries and not has_wildcard(name):
                ctx.write_error(_vars.not_found(ctx, name))
            for entry in entries:
                if not _vars.writable(entry, bool(self.Force)):
                    ctx.write_error(_vars.not_writable(ctx, entry.name))
                    continue
                if not ctx.should_process(f"Name: {entry.name}", "Clear variable"):
                    continue
                entry.value = None  # cleared in the scope that holds it
                scope = self.Scope if self.Scope is not None else _vars.owning_scope(ctx, entry.name)
                _vars.define(ctx, entry, scope)
                if self.PassThru:
                    yield _vars.psvariable(entry)
