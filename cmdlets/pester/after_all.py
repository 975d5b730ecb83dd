"""AfterAll: Runs a script block once after all tests of the current Describe or Context (Pester 4)."""

from __future__ import annotations

from pwshlite.cmdlet import Cmdlet, Context, Parameter, cmdlet
from pwshlite.objects import ScriptBlockValue

from ._runner import register


@cmdlet("AfterAll", keyword=True, dotnet_type="Pester.AfterAll")
class AfterAll(Cmdlet):
    """AfterAll: Runs a script block once after all tests of the current Describe or Context."""

    Scriptblock: ScriptBlockValue = Parameter(position=0, mandatory=True)

    def process(self, ctx: Context) -> None:
        register(ctx, "AfterAll", self.Scriptblock)
