"""Should: Pester 4's assertion command (`$actual | Should -Be $expected`, -Not, -Because)."""

from __future__ import annotations

from typing import Any

from pwshlite.cmdlet import Cmdlet, Context, Example, Parameter, Switch, cmdlet
from pwshlite.values.stringform import to_string

from ._assertions import ALIASES, OPERATORS, Operator
from ._state import fail, script_error
from ._throw import check_throw

_SWITCHES = [op.name for op in OPERATORS.values()] + ["Throw"]


@cmdlet("Should", keyword=True, dotnet_type="Pester.Should")
class Should(Cmdlet):
    """Should: Compares the actual value with the expected one and fails the test when they differ.

    Operators: -Be -BeExactly -BeNullOrEmpty -BeTrue -BeFalse -Match -MatchExactly -BeLike
    -BeLikeExactly -BeOfType -BeGreaterThan -BeGreaterOrEqual -BeLessThan -BeLessOrEqual -BeIn
    -Contain -HaveCount -Exist -FileContentMatch -FileContentMatchExactly -Throw; -Not negates.
    The legacy Pester 3 form (`Should Be 1`, `Should Not Be 1`) is accepted too."""

    ActualValue: Any = Parameter(pipeline=True)
    Not: Switch = Parameter()
    Be: Switch = Parameter(aliases=("EQ",))
    BeExactly: Switch = Parameter(aliases=("CEQ",))
    BeNullOrEmpty: Switch = Parameter()
    BeTrue: Switch = Parameter()
    BeFalse: Switch = Parameter()
    Match: Switch = Parameter()
    MatchExactly: Switch = Parameter(aliases=("CMATCH",))
    BeLike: Switch = Parameter()
    BeLikeExactly: Switch = Parameter()
    BeOfType: Switch = Parameter(aliases=("HaveType",))
    BeGreaterThan: Switch = Parameter(aliases=("GT",))
    BeGreaterOrEqual: Switch = Parameter(aliases=("GE",))
    BeLessThan: Switch = Parameter(aliases=("LT",))
    BeLessOrEqual: Switch = Parameter(aliases=("LE",))
    BeIn: Switch = Parameter()
    Contain: Switch = Parameter()
    HaveCount: Switch = Parameter()
    Exist: Switch = Parameter()
    FileContentMatch: Switch = Parameter()
    FileContentMatchExactly: Switch = Parameter()
    Throw: Switch = Parameter()
    ExpectedValue: Any = Parameter()
    RegularExpression: Any = Parameter()
    ExpectedType: Any = Parameter()
    ExpectedContent: Any = Parameter()
    ExpectedMessage: Any = Parameter()
    ErrorId: str | None = Parameter()
    ExceptionType: Any = Parameter()
    PassThru: Switch = Parameter()
    Because: str | None = Parameter()
    Arguments: list[Any] = Parameter(position=0, remaining=True)

    examples = (
        Example("1 + 1 | Should -Be 2", "Passes: the values are equal"),
        Example("'abc' | Should -Match '^a'", "Passes: the regular expression matches"),
        Example("{ throw 'boom' } | Should -Throw 'boom'", "Passes: the script block throws that message"),
    )

    def begin(self, ctx: Context) -> None:
        self._items: list[Any] = []

    def process(self, ctx: Context) -> None:
        if "ActualValue" in ctx.bound:
            self._items.append(self.ActualValue)

    def end(self, ctx: Context) -> Any:
        name, negate, expected, args = self._operator(ctx)
        if name == "throw":
            message = expected if expected is not None else self.ExpectedMessage
            actual = self._items[0] if self._items else None
            failure, record = check_throw(
                ctx, actual, message, self.ErrorId, self.ExceptionType, negate, self.Because
            )
            if failure is not None:
                raise fail(ctx, failure)
            return [record] if self.PassThru and record is not None else None
        op = OPERATORS[name]
        if expected is None and args is None:
            expected = getattr(self, op.value_parameter)
        self._assert(ctx, op, negate, expected)
        return None

    def _assert(self, ctx: Context, op: Operator, negate: bool, expected: Any) -> None:
        if op.array_input or not self._items:
            values = [self._items if op.array_input else None]
        else:
            values = list(self._items)
        for actual in values:
            failure = op.check(actual, expected, negate, self.Because, ctx.resolve_path)
            if failure is not None:
                raise fail(ctx, failure)

    def _operator(self, ctx: Context) -> tuple[str, bool, Any, list[Any] | None]:
        """(operator key, negated, positional expected value, legacy words) from the arguments."""
        chosen = [n for n in _SWITCHES if getattr(self, n, None)]
        rest = list(self.Arguments or [])
        if len(chosen) > 1:
            raise script_error(
                ctx,
                f"Only one Should operator can be used at a time, but got {', '.join('-' + c for c in chosen)}.",
            )
        if chosen:
            return chosen[0].casefold(), bool(self.Not), _value(rest), None
        return self._legacy(ctx, rest)

    def _legacy(self, ctx: Context, rest: list[Any]) -> tuple[str, bool, Any, list[Any] | None]:
        """Pester 3 syntax: `Should Be 1`, `Should Not BeNullOrEmpty`."""
        negate = bool(self.Not)
        if rest and to_string(rest[0]).casefold() == "not":
            negate, rest = True, rest[1:]
        word = to_string(rest[0]).casefold() if rest else ""
        word = ALIASES.get(word, word)
        if word != "throw" and word not in OPERATORS:
            raise script_error(
                ctx,
                "Could not find any Should operator; use one of "
                + ", ".join("-" + s for s in _SWITCHES)
                + ".",
            )
        return word, negate, _value(rest[1:]), None


def _value(rest: list[Any]) -> Any:
    """The positional expected value (remaining arguments unroll an array argument)."""
    if not rest:
        return None
    return rest[0] if len(rest) == 1 else rest
