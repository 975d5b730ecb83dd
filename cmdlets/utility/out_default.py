"""Out-Default: Sends the output to the default formatter and to the default output cmdlet.

The outputter PowerShell appends to every interactive pipeline (formatting spec §1.1); called
explicitly it formats like Out-Host. With -Transcript the output goes only to the transcript, so
nothing is displayed.
"""

from __future__ import annotations

from typing import Any

from pwshlite.cmdlet import Cmdlet, Context, Example, Parameter, Switch, cmdlet

from .out_host import host_outputter


@cmdlet("Out-Default")
class OutDefault(Cmdlet):
    """Out-Default: Sends the output to the default formatter and to the default output cmdlet."""

    Transcript: Switch = Parameter()
    InputObject: Any = Parameter(pipeline=True, type_name="System.Management.Automation.PSObject")

    examples = (Example("Get-UMDialPlan | Out-Default", "Display the objects with their default view"),)

    def begin(self, ctx: Context) -> None:
        self._out = None if self.Transcript else host_outputter(ctx)

    def process(self, ctx: Context) -> None:
        if self._out is not None:
            self._out.write(self.InputObject)

    def end(self, ctx: Context) -> None:
        if self._out is not None:
            self._out.close()
