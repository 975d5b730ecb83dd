"""BeforeEach: Runs a script block before each It in the current Describe or Context (Pester 4)."""

from __future__ import annotations

from pwshlite.cmdlet import Cmdlet, Context, Parameter, cmdlet
from pwshlite.objects import ScriptBlockValue

from ._runner import register


@cmdlet("BeforeEach", keyword=True, dotnet_type="Pester.BeforeEach")
class BeforeEach(Cmdlet):
    """BeforeEach: Runs a script block before each It in the current Describe or Context."""

    Scriptblock: ScriptBlockValue = Parameter(position=0, mandatory=True)

    def process(self, ctx: Context) -> None:
        register(ctx, "BeforeEach", self.Scriptblock)
