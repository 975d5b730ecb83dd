"""Remove-Variable: deletes a variable and its value."""

from __future__ import annotations

from pwshlite.cmdlet import Cmdlet, Context, Example, Parameter, Switch, cmdlet
from pwshlite.errors import ErrorCategory

from . import _vars
from ._common import write_error
from ._fs import has_wildcard


@cmdlet("Remove-Variable", supports_should_process=True, aliases=("rv",))
class RemoveVariable(Cmdlet):
    """Deletes a variable and its value."""

    Name: list[str] = Parameter(position=0, mandatory=True, by_property_name=True)
    Include: list[str] | None = Parameter()
    Exclude: list[str] | None = Parameter()
    Force: Switch = Parameter()
    Scope: str | None = Parameter()

    examples = (Example("$a = 1; Remove-Variable -Name a", "Delete a variable"),)

    def process(self, ctx: Context) -> None:
        for name in self.Name or []:  # None only when a mandatory value never arrived
            entries = _vars.filtered(_vars.lookup(ctx, name, self.Scope), self.Include, self.Exclude)
            if not entries and not has_wildcard(name):
                ctx.write_error(_vars.not_found(ctx, name))
            for entry in entries:
                if not _vars.writable(entry, bool(self.Force)):
                    write_error(
                        ctx,
                        f"Cannot remove variable {entry.name} because it is constant or read-only. If the variable is "
                        "read-only, try the operation again specifying the Force option.",
                        "VariableNotRemovable", ErrorCategory.WriteError, entry.name,
                        "System.Management.Automation.SessionStateUnauthorizedAccessException",
                    )  # fmt: skip
                    continue
                if ctx.should_process(f"Name: {entry.name}", "Remove variable"):
                    _vars.remove(ctx, entry.name, self.Scope)
