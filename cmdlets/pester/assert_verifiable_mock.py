"""Assert-VerifiableMock: fails the test when a -Verifiable mock has not been called."""

from __future__ import annotations

from pwshlite.cmdlet import Cmdlet, Context, cmdlet

from ._state import require_group, script_error, state_of


@cmdlet("Assert-VerifiableMock", dotnet_type="Pester.AssertVerifiableMock")
class AssertVerifiableMock(Cmdlet):
    """Assert-VerifiableMock: Checks if any Verifiable Mock has not been invoked; throws if so (Pester 4)."""

    def process(self, ctx: Context) -> None:
        state = state_of(ctx)
        require_group(ctx, state, "Assert-VerifiableMock")
        message = ""
        for entry in state.mocks.values():
            for block in entry.blocks:
                if block.verifiable:
                    shown = str(block.filter) if block.filter is not None else "$True"
                    # Pester 4 reports the last unverified mock only (its message is rebuilt per mock)
                    message = f"\n Expected {entry.name} to be called with {shown}"
        if message:
            raise script_error(ctx, message)
