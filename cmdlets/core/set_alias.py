"""Set-Alias: Creates or changes an alias for a cmdlet or other command in the current session."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from pwshlite.cmdlet import Context, Example, cmdlet

from ._alias import AliasCommandBase


@cmdlet("Set-Alias", supports_should_process=True, confirm_impact="Low",
        dotnet_type="Microsoft.PowerShell.Commands.SetAliasCommand")  # fmt: skip
class SetAlias(AliasCommandBase):
    """Set-Alias: Creates or changes an alias for a cmdlet or other command in the current session.

    The alias is resolved when it is used, so it may name a function defined later."""

    examples = (Example("Set-Alias -Name list -Value Get-ChildItem", "Create an alias"),)

    def process(self, ctx: Context) -> Iterator[Any]:
        return self.define(ctx, "Set Alias")
