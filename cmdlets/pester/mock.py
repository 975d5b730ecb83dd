"""Mock: replaces a command with a script block for the rest of the current Describe or Context."""

from __future__ import annotations

from pwshlite.cmdlet import Cmdlet, Context, Example, Parameter, Switch, cmdlet
from pwshlite.objects import ScriptBlockValue

from ._mock import add_mock


@cmdlet("Mock", keyword=True, dotnet_type="Pester.Mock")
class Mock(Cmdlet):
    """Mock: Mocks the behavior of an existing command with an alternate implementation (Pester 4).

    Calls whose parameters pass -ParameterFilter (the newest matching mock wins; mocks without a
    filter are tried last) run -MockWith with the command's parameters as variables; other calls
    run the original command. -Verifiable mocks are checked by Assert-VerifiableMock."""

    CommandName: str = Parameter(position=0, mandatory=True)
    MockWith: ScriptBlockValue | None = Parameter(position=1)
    Verifiable: Switch = Parameter()
    ParameterFilter: ScriptBlockValue | None = Parameter(position=2)
    ModuleName: str | None = Parameter(position=3)

    examples = (
        Example(
            "Describe 'd' { It 'i' { Mock Get-Date { 'then' }; Get-Date | Should -Be 'then' } }",
            "Get-Date returns 'then' inside the Describe block",
        ),
    )

    def process(self, ctx: Context) -> None:
        add_mock(ctx, self.CommandName, self.MockWith, self.ParameterFilter, bool(self.Verifiable))
