"""Write-Information: writes data to the information stream."""

from __future__ import annotations

from typing import Any

from pwshlite.cmdlet import Cmdlet, Context, Example, Parameter, cmdlet

from ._common import strings


@cmdlet("Write-Information")
class WriteInformation(Cmdlet):
    """Writes data to the information stream (displayed only when $InformationPreference asks for it)."""

    MessageData: Any = Parameter(position=0, mandatory=True, aliases=("Msg", "Message"))
    Tags: list[str] | None = Parameter(position=1)

    examples = (
        Example(
            "Write-Information -MessageData 'Got your features!' -InformationAction Continue",
            "Show an information message",
        ),
    )

    def process(self, ctx: Context) -> None:
        ctx.write_information(self.MessageData, strings(self.Tags))
