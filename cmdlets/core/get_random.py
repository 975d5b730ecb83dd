"""Get-Random: gets a random number, or selects objects randomly from a collection."""

from __future__ import annotations

import random
from typing import Any

from pwshlite.cmdlet import Cmdlet, Context, Example, Parameter, ValidateRange, cmdlet
from pwshlite.errors import ErrorCategory
from pwshlite.objects import PSObject

from ._common import terminate, to_string

INT32_MAX = 2**31 - 1
INT64_MAX = 2**63 - 1


class RandomState:
    """The session's generator (one per runspace, as Get-Random keeps it); -SetSeed replaces it."""

    def __init__(self) -> None:
        self.generator: random.Random = random.SystemRandom()


def _operand(value: Any) -> Any:
    """Get-Random's ProcessOperand: unwrap, and scan strings as PowerShell numbers."""
    if isinstance(value, PSObject) and value.base is not None:
        value = value.base
    if isinstance(value, str):
        try:
            from pwshlite.values.parsing import parse_ps_number

            number = parse_ps_number(value)
        except ImportError:
            number = None
        if number is None:
            try:
                number = float(value) if "." in value or "e" in value.lower() else int(value)
            except ValueError:
                return value
        return number
    return value


def _kind(value: Any) -> str:
    if value is None:
        return "none"
    if isinstance(value, int) and not isinstance(value, bool):
        return "int" if -(2**31) <= value <= INT32_MAX else "long"
    return "double"


@cmdlet("Get-Random", default_set="RandomNumberParameterSet")
class GetRandom(Cmdlet):
    """Gets a random number, or selects objects randomly from a collection."""

    SetSeed: int | None = Parameter()
    Maximum: Any = Parameter(position=0, sets=("RandomNumberParameterSet",))
    Minimum: Any = Parameter(sets=("RandomNumberParameterSet",))
    InputObject: list[Any] | None = Parameter(
        position=0,
        mandatory=("RandomListItemParameterSet",),
        pipeline=True,
        sets=("RandomListItemParameterSet",),
    )
    Count: int = Parameter(default=1, validate=ValidateRange(1, INT32_MAX))

    examples = (
        Example("Get-Random -Maximum 100", "A random integer from 0 to 99"),
        Example("Get-Random -Minimum 10.7 -Maximum 20.93", "A random double in a range"),
        Example("1..10 | Get-Random -Count 3", "Three distinct items of a collection"),
    )

    def begin(self, ctx: Context) -> None:
        state: RandomState = ctx.resource(RandomState)
        if self.SetSeed is not None:
            state.generator = random.Random(self.SetSeed)
        self._gen = state.generator
        self._items: list[Any] = []
        self._list_mode = False

    def process(self, ctx: Context) -> None:
        # 5.1 picks list items whenever input is bound (pipeline or -InputObject), numbers otherwise
        if "InputObject" in ctx.bound:
            self._list_mode = True
            items = self.InputObject if isinstance(self.InputObject, list) else [self.InputObject]
            self._items.extend(items)

    def end(self, ctx: Context) -> list[Any]:
        if not self._list_mode:
            return self._numbers(ctx)
        if not self._items:
            return []
        count = min(self.Count, len(self._items))
        return self._gen.sample(self._items, count)

    def _numbers(self, ctx: Context) -> list[Any]:
        high, low = _operand(self.Maximum), _operand(self.Minimum)
        kinds = {_kind(high), _kind(low)}
        if kinds <= {"int", "none"}:
            lo, hi = (low or 0), (INT32_MAX if high is None else high)
            self._check(ctx, lo, hi)
            return [self._gen.randrange(lo, hi) for _ in range(self.Count)]
        if kinds <= {"int", "long", "none"}:
            lo, hi = (low or 0), (INT64_MAX if high is None else high)
            self._check(ctx, lo, hi)
            return [self._gen.randrange(lo, hi) for _ in range(self.Count)]
        lo_f = self._double(ctx, low, 0.0)
        hi_f = self._double(ctx, high, 1.7976931348623157e308)
        self._check(ctx, lo_f, hi_f)
        return [self._double_between(lo_f, hi_f) for _ in range(self.Count)]

    def _double_between(self, low: float, high: float) -> float:
        while True:
            value = low + self._gen.random() * (high - low)
            if value < high:
                return value

    def _double(self, ctx: Context, value: Any, default: float) -> float:
        if value is None:
            return default
        try:
            from pwshlite.values.convert import convert_to

            return float(convert_to(value, "System.Double"))
        except ImportError:
            return float(value)

    def _check(self, ctx: Context, low: Any, high: Any) -> None:
        if low >= high:
            raise terminate(
                ctx,
                f"The Minimum value ({to_string(low)}) cannot be greater than or equal to the Maximum value ({to_string(high)}).",
                "MinGreaterThanOrEqualMax",
                ErrorCategory.InvalidArgument,
                exception_type="System.ArgumentException",
            )
