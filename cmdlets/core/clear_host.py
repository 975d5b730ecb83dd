"""Clear-Host: Clears the display in the host program."""

from __future__ import annotations

from pwshlite.cmdlet import Cmdlet, Context, Example, cmdlet


@cmdlet("Clear-Host", dotnet_type="Microsoft.PowerShell.Commands.ClearHostCommand")
class ClearHost(Cmdlet):
    """Clear-Host: Clears the display in the host program.

    On an interactive terminal the screen is cleared; in batch runs (output to a file or pipe) nothing
    is written, so logs stay clean."""

    examples = (Example("Clear-Host", "Clear the console"),)

    def end(self, ctx: Context) -> None:
        if ctx.interactive:
            ctx.write_host("\x1b[2J\x1b[H", newline=False)
