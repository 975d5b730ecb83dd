"""Out-Null: hides the output instead of sending it down the pipeline or displaying it."""

from __future__ import annotations

from typing import Any

from pwshlite.cmdlet import Cmdlet, Context, Example, Parameter, cmdlet


@cmdlet("Out-Null")
class OutNull(Cmdlet):
    """Hides the output instead of sending it down the pipeline or displaying it."""

    InputObject: Any = Parameter(pipeline=True)

    examples = (Example("Get-ChildItem | Out-Null", "Discard the output of a command"),)

    def process(self, ctx: Context) -> None:
        return None
