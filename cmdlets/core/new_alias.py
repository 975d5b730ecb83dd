"""New-Alias: Creates a new alias."""

from __future__ import annotations

from pwshlite.cmdlet import Cmdlet, CmdletError, Context, Example, Parameter, Switch, ValidateSet, cmdlet
from pwshlite.errors import ErrorCategory


@cmdlet("New-Alias", supports_should_process=True, confirm_impact="Low",
        dotnet_type="Microsoft.PowerShell.Commands.NewAliasCommand")  # fmt: skip
class NewAlias(Cmdlet):
    """New-Alias: Creates a new alias.

    Fails when an alias of that name exists already, unless -Force is given."""

    Name: str = Parameter(position=0, mandatory=True, by_property_name=True)
    Value: str = Parameter(position=1, mandatory=True, by_property_name=True)
    Scope: str | None = Parameter(validate=ValidateSet("Global", "Script", "Local", "Private"))
    Description: str | None = Parameter()
    Option: str | None = Parameter()
    PassThru: Switch = Parameter()
    Force: Switch = Parameter()

    examples = (Example("New-Alias -Name np -Value Get-Date", "Create an alias"),)

    def process(self, ctx: Context) -> None:
        exists = any(
            e.command_type == "Alias" and e.name.casefold() == self.Name.casefold()
            for e in ctx.list_commands()
        )
        if exists and not self.Force:
            raise CmdletError(ctx.error(
                f"The alias is not allowed, because an alias with the name '{self.Name}' already exists.",
                "AliasAlreadyExists", ErrorCategory.ResourceExists, self.Name,
                "System.Management.Automation.SessionStateUnauthorizedAccessException"))  # fmt: skip
        if ctx.should_process(f"Name: {self.Name} Value: {self.Value}", "New Alias"):
            ctx.set_alias(self.Name, self.Value, self.Scope)
