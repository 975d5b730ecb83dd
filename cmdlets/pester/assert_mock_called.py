"""Assert-MockCalled: fails the test unless a mocked command was called the expected number of times."""

from __future__ import annotations

from pwshlite.cmdlet import Cmdlet, Context, Parameter, Switch, ValidatePattern, cmdlet
from pwshlite.objects import ScriptBlockValue

from ._mock import filter_passes, find_command, in_scope
from ._state import fail, require_group, script_error, state_of


@cmdlet("Assert-MockCalled", dotnet_type="Pester.AssertMockCalled")
class AssertMockCalled(Cmdlet):
    """Assert-MockCalled: Checks if a mocked command has been called a certain number of times (Pester 4).

    -Times N: at least N calls (exactly N with -Exactly, and always exactly when N is 0). -Scope:
    It, Context, Describe or a number of test groups up (default 1: the current Describe/Context,
    including the tests in it)."""

    CommandName: str = Parameter(position=0, mandatory=True)
    Times: int = Parameter(position=1, default=1)
    ParameterFilter: ScriptBlockValue | None = Parameter(position=2)
    ExclusiveFilter: ScriptBlockValue | None = Parameter()
    ModuleName: str | None = Parameter(position=3)
    Scope: str | None = Parameter(
        position=4, validate=ValidatePattern(r"^(?i:\d+|Describe|Context|It|Feature|Scenario)$")
    )
    Exactly: Switch = Parameter()

    def process(self, ctx: Context) -> None:
        state = state_of(ctx)
        require_group(ctx, state, "Assert-MockCalled")
        found = find_command(ctx, self.CommandName)
        name = found.name if found is not None else self.CommandName
        entry = state.mocks.get(name.casefold())
        if entry is None:
            if found is None:
                raise script_error(ctx, f"Could not find Command {self.CommandName}")
            raise script_error(ctx, f"You did not declare a mock of the {name} Command.")
        block = self.ExclusiveFilter or self.ParameterFilter
        matching = non_matching = 0
        for call in entry.calls:
            if not in_scope(state, call, self.Scope):
                continue
            variables = {p.name: call.bound.get(p.name) for p in entry.info.parameters.values()}
            if filter_passes(ctx, block, variables):
                matching += 1
            else:
                non_matching += 1
        times = self.Times
        if matching != times and (self.Exactly or times == 0):
            raise fail(
                ctx, f"Expected {name} to be called {times} times exactly but was called {matching} times"
            )
        if matching < times:
            raise fail(
                ctx, f"Expected {name} to be called at least {times} times but was called {matching} times"
            )
        if self.ExclusiveFilter is not None and non_matching:
            raise fail(ctx, f"Expected {name} to only be called with with parameters matching the specified filter, "
                            f"but {non_matching} non-matching calls were made")  # fmt: skip
