"""Write-Warning: writes text to the warning stream."""

from __future__ import annotations

from pwshlite.cmdlet import Cmdlet, Context, Example, Parameter, cmdlet


@cmdlet("Write-Warning")
class WriteWarning(Cmdlet):
    """Writes text to the warning stream (shown as 'WARNING: text' when the preference allows)."""

    Message: str = Parameter(position=0, mandatory=True, pipeline=True, aliases=("Msg",))

    examples = (Example("Write-Warning 'This is only a test warning.'", "Write a warning"),)

    def process(self, ctx: Context) -> None:
        ctx.write_warning(self.Message or "")
