"""It: one test (or one per -TestCases hashtable), passing unless a terminating error ends it."""

from __future__ import annotations

from typing import Any

from pwshlite.cmdlet import Cmdlet, Context, Parameter, Switch, cmdlet
from pwshlite.objects import PSHashtable, ScriptBlockValue

from ._runner import run_test


@cmdlet("It", keyword=True, dotnet_type="Pester.It")
class It(Cmdlet):
    """It: Validates the results of a test inside of a Describe block (Pester 4)."""

    Name: str = Parameter(position=0, mandatory=True)
    Test: ScriptBlockValue | None = Parameter(position=1)
    TestCases: list[Any] | None = Parameter()
    Tag: list[str] = Parameter(aliases=("Tags",))
    Pending: Switch = Parameter()
    Skip: Switch = Parameter(aliases=("Ignore",))

    def process(self, ctx: Context) -> None:
        if not self.TestCases:
            run_test(ctx, self.Name, self.Test, None, bool(self.Skip), bool(self.Pending), None)
            return
        for case in self.TestCases:
            table = case if isinstance(case, PSHashtable) else PSHashtable()
            run_test(ctx, self.Name, self.Test, table, bool(self.Skip), bool(self.Pending), self.Name)
