"""AfterEach: Runs a script block after each It in the current Describe or Context (Pester 4)."""

from __future__ import annotations

from pwshlite.cmdlet import Cmdlet, Context, Parameter, cmdlet
from pwshlite.objects import ScriptBlockValue

from ._runner import register


@cmdlet("AfterEach", keyword=True, dotnet_type="Pester.AfterEach")
class AfterEach(Cmdlet):
    """AfterEach: Runs a script block after each It in the current Describe or Context."""

    Scriptblock: ScriptBlockValue = Parameter(position=0, mandatory=True)

    def process(self, ctx: Context) -> None:
        register(ctx, "AfterEach", self.Scriptblock)
