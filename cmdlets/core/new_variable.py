"""New-Variable: creates a new variable."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from pwshlite.cmdlet import Cmdlet, Context, Example, Parameter, Switch, VariableEntry, cmdlet
from pwshlite.errors import ErrorCategory

from . import _vars
from ._common import write_error


@cmdlet("New-Variable", supports_should_process=True, aliases=("nv",))
class NewVariable(Cmdlet):
    """Creates a new variable (fails when one with that name exists, unless -Force is given)."""

    Name: str = Parameter(position=0, mandatory=True, by_property_name=True)
    Value: Any = Parameter(position=1, pipeline=True, by_property_name=True)
    Description: str | None = Parameter()
    Option: _vars.ScopedItemOptions | None = Parameter()
    Force: Switch = Parameter()
    PassThru: Switch = Parameter()
    Scope: str | None = Parameter()

    examples = (
        Example("New-Variable -Name days -Value 7", "Create a variable with a value"),
        Example("New-Variable -Name max -Value 256 -Option Constant", "Create a constant"),
    )

    def process(self, ctx: Context) -> Iterator[Any]:
        if not self.Name:  # the binder guarantees it; stay quiet if a mandatory value never arrived
            return
        existing = _vars.find(ctx, self.Name, self.Scope or "Local")
        if existing is not None and (not self.Force or _vars.has_option(existing, "Constant")):
            if existing is not None and self.Force:
                ctx.write_error(_vars.not_writable(ctx, existing.name))
                return
            write_error(
                ctx, f"A variable with name '{self.Name}' already exists.", "VariableAlreadyExists",
                ErrorCategory.ResourceExists, self.Name, "System.Management.Automation.SessionStateException",
            )  # fmt: skip
            return
        if not ctx.should_process(f"Name: {self.Name} Value: {self.Value}", "New variable"):
            return
        entry = VariableEntry(
            self.Name, self.Value, self.Description or "", _vars.option_text(self.Option) or "None"
        )
        _vars.define(ctx, entry, self.Scope)
        if self.PassThru:
            yield _vars.psvariable(entry)
