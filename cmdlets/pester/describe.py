"""Describe: a group of tests (Pester 4); its fixture runs at once, with its own scope and TestDrive."""

from __future__ import annotations

from pwshlite.cmdlet import Cmdlet, Context, Example, Parameter, cmdlet
from pwshlite.objects import ScriptBlockValue

from ._runner import run_group


@cmdlet("Describe", keyword=True, dotnet_type="Pester.Describe")
class Describe(Cmdlet):
    """Describe: Creates a logical group of tests and runs them (Pester 4)."""

    Name: str = Parameter(position=0, mandatory=True)
    Tag: list[str] = Parameter(aliases=("Tags",))
    Fixture: ScriptBlockValue | None = Parameter(position=1)

    examples = (
        Example(
            "Describe 'Arithmetic' { It 'adds' { 1 + 1 | Should -Be 2 } }",
            "A Describe block with one test",
        ),
    )

    def process(self, ctx: Context) -> None:
        run_group(ctx, "Describe", self.Name, self.Fixture, tuple(self.Tag or ()))
