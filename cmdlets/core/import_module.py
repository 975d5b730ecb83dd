"""Import-Module: Adds modules to the current session."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from pwshlite.cmdlet import Cmdlet, Context, Example, Parameter, Switch, cmdlet
from pwshlite.errors import ErrorCategory

# Modules pwshlite provides (its own modules plus the Windows PowerShell modules its cmdlets come from);
# importing them succeeds without doing anything, as their commands are always available.
KNOWN = {
    "core", "utility", "exchangeum", "microsoft.powershell.core", "microsoft.powershell.utility",
    "microsoft.powershell.management", "microsoft.powershell.security", "exchange",
}  # fmt: skip


@cmdlet("Import-Module", dotnet_type="Microsoft.PowerShell.Commands.ImportModuleCommand")
class ImportModule(Cmdlet):
    """Import-Module: Adds modules to the current session.

    pwshlite's modules are always loaded; importing one of them (or a Windows PowerShell core module) is
    accepted, anything else fails as a module that is not installed."""

    Name: list[str] = Parameter(position=0, mandatory=True, pipeline=True)
    Force: Switch = Parameter()
    PassThru: Switch = Parameter()
    DisableNameChecking: Switch = Parameter()
    Global: Switch = Parameter()
    Prefix: str | None = Parameter()

    examples = (
        Example("Import-Module Microsoft.PowerShell.Utility", "Import a module that is already present"),
    )

    def process(self, ctx: Context) -> Iterator[Any]:
        for name in self.Name:
            if name.casefold().rsplit("\\", 1)[-1].removesuffix(".psd1").removesuffix(".psm1") in KNOWN:
                continue
            ctx.write_error(ctx.error(
                f"The specified module '{name}' was not loaded because no valid module file was found in any "
                "module directory.", "Modules_ModuleNotFound", ErrorCategory.ResourceUnavailable, name,
                "System.IO.FileNotFoundException"))  # fmt: skip
        return iter(())
