"""Set-Alias: Creates or changes an alias for a cmdlet or other command in the current session."""

from __future__ import annotations

from pwshlite.cmdlet import Cmdlet, Context, Example, Parameter, Switch, ValidateSet, cmdlet


@cmdlet("Set-Alias", supports_should_process=True, confirm_impact="Low",
        dotnet_type="Microsoft.PowerShell.Commands.SetAliasCommand")  # fmt: skip
class SetAlias(Cmdlet):
    """Set-Alias: Creates or changes an alias for a cmdlet or other command in the current session.

    The alias is resolved when it is used, so it may name a function defined later."""

    Name: str = Parameter(position=0, mandatory=True, by_property_name=True)
    Value: str = Parameter(position=1, mandatory=True, by_property_name=True)
    Scope: str | None = Parameter(validate=ValidateSet("Global", "Script", "Local", "Private"))
    Description: str | None = Parameter()
    Option: str | None = Parameter()
    PassThru: Switch = Parameter()
    Force: Switch = Parameter()

    examples = (Example("Set-Alias -Name list -Value Get-ChildItem", "Create an alias"),)

    def process(self, ctx: Context) -> None:
        target = f"Name: {self.Name} Value: {self.Value}"
        if ctx.should_process(target, "Set Alias"):
            ctx.set_alias(self.Name, self.Value, self.Scope)
