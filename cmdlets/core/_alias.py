"""The shared parameters and body of New-Alias and Set-Alias (an undecorated base class)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from pwshlite.cmdlet import Cmdlet, Context, Parameter, Switch, ValidateSet

from ._commandinfo import command_object


class AliasCommandBase(Cmdlet):
    """Defines the alias in the chosen scope after ShouldProcess; -PassThru writes its AliasInfo."""

    Name: str = Parameter(position=0, mandatory=True, by_property_name=True)
    Value: str = Parameter(position=1, mandatory=True, by_property_name=True)
    Scope: str | None = Parameter(validate=ValidateSet("Global", "Script", "Local", "Private"))
    Description: str | None = Parameter()
    Option: str | None = Parameter()
    PassThru: Switch = Parameter()
    Force: Switch = Parameter()

    def define(self, ctx: Context, action: str) -> Iterator[Any]:
        if not ctx.should_process(f"Name: {self.Name} Value: {self.Value}", action):
            return
        ctx.set_alias(self.Name, self.Value, self.Scope)
        if self.PassThru:
            key = self.Name.casefold()
            for entry in ctx.list_commands():
                if entry.command_type == "Alias" and entry.name.casefold() == key:
                    yield command_object(entry)
                    return
