"""Write-Verbose: writes text to the verbose stream."""

from __future__ import annotations

from pwshlite.cmdlet import Cmdlet, Context, Example, Parameter, cmdlet


@cmdlet("Write-Verbose")
class WriteVerbose(Cmdlet):
    """Writes text to the verbose stream (shown as 'VERBOSE: text' when the preference allows)."""

    Message: str = Parameter(position=0, mandatory=True, pipeline=True, aliases=("Msg",))

    examples = (
        Example("Write-Verbose 'Processing user list' -Verbose", "Write a verbose message and show it"),
    )

    def process(self, ctx: Context) -> None:
        ctx.write_verbose(self.Message or "")
