"""New-Alias: Creates a new alias."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from pwshlite.cmdlet import CmdletError, Context, Example, cmdlet
from pwshlite.errors import ErrorCategory

from ._alias import AliasCommandBase


@cmdlet("New-Alias", supports_should_process=True, confirm_impact="Low",
        dotnet_type="Microsoft.PowerShell.Commands.NewAliasCommand")  # fmt: skip
class NewAlias(AliasCommandBase):
    """New-Alias: Creates a new alias.

    Fails when an alias of that name exists already, unless -Force is given."""

    examples = (Example("New-Alias -Name np -Value Get-Date", "Create an alias"),)

    def process(self, ctx: Context) -> Iterator[Any]:
        exists = any(
            e.command_type == "Alias" and e.name.casefold() == self.Name.casefold()
            for e in ctx.list_commands()
        )
        if exists and not self.Force:
            raise CmdletError(ctx.error(
                f"The alias is not allowed, because an alias with the name '{self.Name}' already exists.",
                "AliasAlreadyExists", ErrorCategory.ResourceExists, self.Name,
                "System.Management.Automation.SessionStateUnauthorizedAccessException"))  # fmt: skip
        yield from self.define(ctx, "New Alias")
