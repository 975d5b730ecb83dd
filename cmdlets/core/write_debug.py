"""Write-Debug: writes text to the debug stream."""

from __future__ import annotations

from pwshlite.cmdlet import Cmdlet, Context, Example, Parameter, cmdlet


@cmdlet("Write-Debug")
class WriteDebug(Cmdlet):
    """Writes text to the debug stream (shown as 'DEBUG: text' when the preference allows)."""

    Message: str = Parameter(position=0, mandatory=True, pipeline=True, aliases=("Msg",))

    examples = (
        Example(
            "$DebugPreference = 'Continue'; Write-Debug 'Cannot open file.'",
            "Write a debug message and show it",
        ),
    )

    def process(self, ctx: Context) -> None:
        ctx.write_debug(self.Message or "")
