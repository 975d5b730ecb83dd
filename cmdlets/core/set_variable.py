"""Set-Variable: sets the value of a variable, creating it if it does not exist."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from pwshlite.cmdlet import Cmdlet, Context, Example, Parameter, Switch, VariableEntry, cmdlet
from pwshlite.errors import ErrorCategory

from . import _vars
from ._common import write_error


@cmdlet("Set-Variable", supports_should_process=True, aliases=("set", "sv"))
class SetVariable(Cmdlet):
    """Sets the value of a variable; creates the variable if one with the requested name does not exist."""

    Name: list[str] = Parameter(position=0, mandatory=True, by_property_name=True)
    Value: Any = Parameter(position=1, pipeline=True, by_property_name=True)
    Include: list[str] | None = Parameter()
    Exclude: list[str] | None = Parameter()
    Description: str | None = Parameter()
    Option: _vars.ScopedItemOptions | None = Parameter()
    Force: Switch = Parameter()
    PassThru: Switch = Parameter()
    Scope: str | None = Parameter()

    examples = (
        Example("Set-Variable -Name desc -Value 'A description'; $desc", "Set a variable"),
        Example("Set-Variable -Name limit -Value 10 -Option ReadOnly", "A read-only variable"),
    )

    def begin(self, ctx: Context) -> None:
        self._values: list[Any] = []

    def process(self, ctx: Context) -> None:
        self._values.append(self.Value)

    def end(self, ctx: Context) -> Iterator[Any]:
        value = self._values[0] if len(self._values) == 1 else self._values
        for name in self.Name or []:  # None only when a mandatory value never arrived
            entry = self._set(ctx, name, value)
            if entry is not None and self.PassThru:
                yield _vars.psvariable(entry)

    def _set(self, ctx: Context, name: str, value: Any) -> VariableEntry | None:
        entry = _vars.find(ctx, name, self.Scope or "Local")
        if not ctx.should_process(f"Name: {name} Value: {value}", "Set variable"):
            return None
        if entry is None:
            entry = VariableEntry(
                name, value, self.Description or "", _vars.option_text(self.Option) or "None"
            )
            _vars.define(ctx, entry, self.Scope)
            return entry
        if not _vars.writable(entry, bool(self.Force)):
            ctx.write_error(_vars.not_writable(ctx, entry.name))
            return None
        if "Constant" in (_vars.option_text(self.Option) or "") and not _vars.has_option(entry, "Constant"):
            write_error(
                ctx, f"Existing variable {entry.name} cannot be made constant. Variables can be made constant only at "
                "creation time.", "VariableCannotBeMadeConstant", ErrorCategory.WriteError, entry.name,
                "System.Management.Automation.SessionStateUnauthorizedAccessException",
            )  # fmt: skip
            return None
        updated = VariableEntry(entry.name, value if "Value" in ctx.bound else entry.value,
                                self.Description if self.Description is not None else entry.description,
                                _vars.option_text(self.Option) or entry.options)  # fmt: skip
        _vars.define(ctx, updated, self.Scope)
        return updated
