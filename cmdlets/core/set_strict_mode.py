"""Set-StrictMode: Establishes and enforces coding rules in expressions, scripts, and script blocks."""

from __future__ import annotations

from typing import Any

from pwshlite.cmdlet import Cmdlet, CmdletError, Context, Example, Parameter, Switch, cmdlet
from pwshlite.errors import ErrorCategory


@cmdlet(
    "Set-StrictMode", default_set="Version", dotnet_type="Microsoft.PowerShell.Commands.SetStrictModeCommand"
)
class SetStrictMode(Cmdlet):
    """Set-StrictMode: Establishes and enforces coding rules in expressions, scripts, and script blocks.

    pwshlite enforces version 1 and later: reading a variable that was never set is an error."""

    Version: Any = Parameter(mandatory=True, sets=("Version",), aliases=("v",), type_name="System.Version")
    Off: Switch = Parameter(mandatory=True, sets=("Off",))

    examples = (
        Example("Set-StrictMode -Version Latest", "Turn on the strictest rules"),
        Example("Set-StrictMode -Off", "Turn strict mode off"),
    )

    def end(self, ctx: Context) -> None:
        if self.Off:
            ctx.set_strict_mode(0)
            return
        text = str(self.Version).strip()
        if text.casefold() == "latest":
            ctx.set_strict_mode(3)
            return
        try:
            major = int(float(text.split(".")[0] if "." in text and text.count(".") > 1 else text))
        except ValueError:
            major = -1
        if major not in (1, 2, 3):
            raise CmdletError(ctx.error(
                f'Cannot validate argument on parameter \'Version\'. The "{text}" argument is not a valid version. '
                "Specify a valid version (1.0, 2.0, 3.0, or Latest) and try the command again.",
                "ParameterArgumentValidationError", ErrorCategory.InvalidData, text))  # fmt: skip
        ctx.set_strict_mode(major)
