"""Get-Command: Gets all commands."""

from __future__ import annotations

import fnmatch
from collections.abc import Iterator
from typing import Any

from pwshlite.cmdlet import Cmdlet, CommandEntry, Context, Example, Parameter, Switch, cmdlet
from pwshlite.errors import ErrorCategory

from ._commandinfo import MODULES, command_object
from ._syntax import syntax_lines


def _match(patterns: list[str] | None, value: str) -> bool:
    if not patterns:
        return True
    return any(fnmatch.fnmatchcase(value.casefold(), p.casefold()) for p in patterns)


@cmdlet("Get-Command", default_set="CmdletSet", dotnet_type="Microsoft.PowerShell.Commands.GetCommandCommand")
class GetCommand(Cmdlet):
    """Get-Command: Gets all commands.

    Lists the aliases, functions and cmdlets of the session, filtered by name, verb, noun, module
    or command type (wildcards allowed). -Syntax prints each command's syntax lines."""

    Name: list[str] | None = Parameter(
        position=0, sets=("AllCommandSet",), pipeline=True, by_property_name=True
    )
    Verb: list[str] | None = Parameter(sets=("CmdletSet",))
    Noun: list[str] | None = Parameter(sets=("CmdletSet",))
    Module: list[str] | None = Parameter(aliases=("PSSnapin",))
    CommandType: list[str] | None = Parameter(sets=("AllCommandSet",), aliases=("Type",))
    Syntax: Switch = Parameter()
    All: Switch = Parameter()

    examples = (
        Example("Get-Command -Verb Get -Noun *Mailbox*", "Commands by verb and noun"),
        Example("Get-Command Where-Object -Syntax", "The syntax of one command"),
        Example("Get-Command -Module ExchangeUM", "Commands of a module"),
    )

    def process(self, ctx: Context) -> Iterator[Any]:
        entries = ctx.list_commands()
        names = self.Name
        found = False
        for entry in entries:
            if not self._wanted(entry, names):
                continue
            found = True
            if self.Syntax:
                yield from self._syntax(entry, entries)
            else:
                yield command_object(entry)
        for name in names or []:
            if not found and not any(ch in name for ch in "*?["):
                ctx.write_error(ctx.error(
                    f"The term '{name}' is not recognized as the name of a cmdlet, function, script file, or operable "
                    "program. Check the spelling of the name, or if a path was included, verify that the path is "
                    "correct and try again.", "CommandNotFoundException", ErrorCategory.ObjectNotFound, name,
                    "System.Management.Automation.CommandNotFoundException"))  # fmt: skip

    def _wanted(self, entry: CommandEntry, names: list[str] | None) -> bool:
        if not _match(names, entry.name):
            return False
        if names is None and entry.command_type == "Alias" and (self.Verb or self.Noun or self.Module):
            return False
        if (
            names is None
            and not (self.Verb or self.Noun or self.Module or self.CommandType)
            and entry.command_type == "Alias"
        ):
            return True
        verb, _, noun = entry.name.partition("-")
        if self.Verb and not (noun and _match(self.Verb, verb)):
            return False
        if self.Noun and not (noun and _match(self.Noun, noun)):
            return False
        if self.Module and not (
            _match(self.Module, entry.module) or _match(self.Module, MODULES.get(entry.module, ""))
        ):
            return False
        if self.CommandType and not _match(self.CommandType, entry.command_type):
            return False
        return True

    def _syntax(self, entry: CommandEntry, entries: list[CommandEntry]) -> Iterator[str]:
        if entry.command_type == "Alias":
            yield f"{entry.name} (alias) -> {entry.definition}"
            return
        if entry.info is not None:
            yield "\n" + "\n\n".join(syntax_lines(entry.info, accelerators=True)) + "\n"
