"""Get-Variable: gets the variables in the current console (PSVariable objects or their values)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from pwshlite.cmdlet import Cmdlet, Context, Example, Parameter, Switch, cmdlet

from . import _vars
from ._fs import has_wildcard


@cmdlet("Get-Variable", aliases=("gv",), outputs=("System.Management.Automation.PSVariable",))
class GetVariable(Cmdlet):
    """Gets the variables in the current console."""

    Name: list[str] | None = Parameter(position=0, pipeline=True, by_property_name=True)
    ValueOnly: Switch = Parameter()
    Include: list[str] | None = Parameter()
    Exclude: list[str] | None = Parameter()
    Scope: str | None = Parameter()

    examples = (
        Example("Get-Variable -Name m*", "Variables whose names begin with m"),
        Example("$x = 5; Get-Variable x -ValueOnly", "The value of one variable"),
    )

    def process(self, ctx: Context) -> Iterator[Any]:
        for name in self.Name or ["*"]:
            entries = _vars.filtered(_vars.lookup(ctx, name, self.Scope), self.Include, self.Exclude)
            if not entries and not has_wildcard(name):
                ctx.write_error(_vars.not_found(ctx, name))
            for entry in entries:
                yield entry.value if self.ValueOnly else _vars.psvariable(entry)
