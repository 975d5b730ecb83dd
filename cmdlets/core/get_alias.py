"""Get-Alias: Gets the aliases for the current session."""

from __future__ import annotations

import fnmatch
from collections.abc import Iterator
from typing import Any

from pwshlite.cmdlet import Cmdlet, Context, Example, Parameter, cmdlet
from pwshlite.errors import ErrorCategory

from ._commandinfo import command_object


@cmdlet("Get-Alias", default_set="Default", dotnet_type="Microsoft.PowerShell.Commands.GetAliasCommand")
class GetAlias(Cmdlet):
    """Get-Alias: Gets the aliases for the current session.

    -Name filters by alias name and -Definition by the command an alias stands for (wildcards allowed)."""

    Name: list[str] | None = Parameter(position=0, sets=("Default",), by_property_name=True, pipeline=True)
    Definition: list[str] | None = Parameter(sets=("Definition",))
    Exclude: list[str] | None = Parameter()

    examples = (
        Example("Get-Alias gci", "The command an alias stands for"),
        Example("Get-Alias -Definition Get-ChildItem", "The aliases of a command"),
    )

    def process(self, ctx: Context) -> Iterator[Any]:
        aliases = sorted((e for e in ctx.list_commands() if e.command_type == "Alias"), key=lambda e: e.name)
        found = False
        for entry in aliases:
            if self.Name and not _matches(self.Name, entry.name):
                continue
            if self.Definition and not _matches(self.Definition, entry.definition):
                continue
            if self.Exclude and _matches(self.Exclude, entry.name):
                continue
            found = True
            yield command_object(entry)
        for name in self.Name or []:
            if not found and not any(ch in name for ch in "*?["):
                ctx.write_error(ctx.error(
                    f"This command cannot find a matching alias because an alias with the name '{name}' does not exist.",
                    "ItemNotFoundException", ErrorCategory.ObjectNotFound, name,
                    "System.Management.Automation.ItemNotFoundException"))  # fmt: skip


def _matches(patterns: list[str], value: str) -> bool:
    return any(fnmatch.fnmatchcase(value.casefold(), p.casefold()) for p in patterns)
