"""Context: a group of tests inside a Describe (Pester 4)."""

from __future__ import annotations

from pwshlite.cmdlet import Cmdlet, Parameter, cmdlet
from pwshlite.cmdlet import Context as CommandContext
from pwshlite.objects import ScriptBlockValue

from ._runner import run_group


@cmdlet("Context", keyword=True, dotnet_type="Pester.Context")
class Context(Cmdlet):
    """Context: Provides logical grouping of It blocks within a single Describe block (Pester 4)."""

    Name: str = Parameter(position=0, mandatory=True)
    Tag: list[str] = Parameter(aliases=("Tags",))
    Fixture: ScriptBlockValue | None = Parameter(position=1)

    def process(self, ctx: CommandContext) -> None:
        run_group(ctx, "Context", self.Name, self.Fixture, tuple(self.Tag or ()))
