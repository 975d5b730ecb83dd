"""BeforeAll: runs a script block once, in the scope of the current Describe or Context (Pester 4)."""

from __future__ import annotations

from pwshlite.cmdlet import Cmdlet, Context, Parameter, cmdlet
from pwshlite.objects import ScriptBlockValue

from ._hoist import block_key
from ._state import require_group, state_of


@cmdlet("BeforeAll", keyword=True, dotnet_type="Pester.BeforeAll")
class BeforeAll(Cmdlet):
    """BeforeAll: Runs a script block once before the tests of the current Describe or Context.

    Its variables and functions are visible to every test of the block. A terminating error fails
    the block ("Error occurred in Describe block") and its remaining tests do not run."""

    Scriptblock: ScriptBlockValue = Parameter(position=0, mandatory=True)

    def process(self, ctx: Context) -> None:
        state = state_of(ctx)
        require_group(ctx, state, "BeforeAll")
        if block_key(self.Scriptblock) in state.group.hoisted:
            return  # already run before the fixture (Pester 4 hoists BeforeAll)
        ctx.invoke_guarded(self.Scriptblock)
