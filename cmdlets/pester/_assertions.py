"""Should's operators: Pester 4's tests and failure messages (Functions/Assertions/*.ps1 wording).

Layer: cmdlets/pester internals. Each operator takes (actual, expected, negate, because, env) and
returns None on success or the failure message. `env` gives file-system access for -Exist and
-FileContentMatch.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from pwshlite.errors import ErrorRecord, PwshError
from pwshlite.values import ops
from pwshlite.values.convert import to_bool
from pwshlite.values.stringform import to_string
from pwshlite.values.typenames import type_name_of

from ._format import compare_strings, format_because, format_nicely, is_collection, type_display

Check = Callable[[Any, Any, bool, "str | None", Callable[[str], str]], "str | None"]


@dataclass(frozen=True, slots=True)
class Operator:
    name: str
    check: Check
    array_input: bool = False  # the whole pipeline input is one actual value (Be, Contain, HaveCount)
    value_parameter: str = "ExpectedValue"


def _binop(op: str, left: Any, right: Any) -> bool:
    return bool(to_bool(ops.binary_op(op, left, right)))


def _unroll(value: Any) -> Any:
    """`$($x)`: a one-element array becomes its element, an empty one $null."""
    if is_collection(value):
        items = list(value)
        if not items:
            return None
        return items[0] if len(items) == 1 else items
    return value


def _as_array(value: Any) -> list[Any]:
    return list(value) if is_collection(value) else [value]


def _null_or_empty(items: list[Any]) -> bool:
    return not items or (len(items) == 1 and items[0] is None)


def arrays_equal(first: Any, second: Any, case_sensitive: bool, depth: int = 0) -> bool:
    """ArraysAreEqual: null-or-empty on both sides, same count, elements compared with -eq/-ceq."""
    a, b = _as_array(first), _as_array(second)
    if _null_or_empty(a) or _null_or_empty(b):
        return _null_or_empty(a) and _null_or_empty(b)
    if len(a) != len(b) or depth > 100:
        return False
    for x, y in zip(a, b, strict=True):
        if is_collection(x) or is_collection(y):
            if not arrays_equal(x, y, case_sensitive, depth + 1):
                return False
        elif not _binop("-ceq" if case_sensitive else "-eq", y, x):
            return False
    return True


def _be(case: bool) -> Check:
    def check(actual: Any, expected: Any, negate: bool, because: str | None, _: Any) -> str | None:
        if arrays_equal(actual, expected, case) != negate:
            return None
        exactly = "exactly " if case else ""
        if negate:
            same = "exactly the same" if case else "the same"
            return f"Expected {format_nicely(expected)} to be different from the actual value,{format_because(because)} but got {same} value."
        act, exp = _unroll(actual), _unroll(expected)
        if isinstance(act, str) and isinstance(exp, str):
            return compare_strings(exp, act, case, because)
        return (
            f"Expected {exactly}{format_nicely(exp)},{format_because(because)} but got {format_nicely(act)}."
        )

    return check


def _null_or_empty_check(actual: Any, _e: Any, negate: bool, because: str | None, _: Any) -> str | None:
    items = _as_array(actual)
    if not items or (len(items) == 1 and items[0] is None):
        empty = True
    elif len(items) == 1:
        single = items[0]
        empty = (
            (len(single) == 0)
            if isinstance(single, dict)
            else (to_string(single) == "" and isinstance(single, str))
        )
    else:
        empty = False
    if empty != negate:
        return None
    if negate:
        return f"Expected a value,{format_because(because)} but got $null or empty."
    return f"Expected $null or empty,{format_because(because)} but got {format_nicely(_unroll(actual))}."


def _bool_check(want: bool) -> Check:
    def check(actual: Any, _e: Any, negate: bool, because: str | None, _: Any) -> str | None:
        if (to_bool(actual) == want) != negate:
            return None
        shown = "$true" if want != negate else "$false"
        return f"Expected {shown},{format_because(because)} but got {format_nicely(actual)}."

    return check


def _match(case: bool) -> Check:
    def check(actual: Any, pattern: Any, negate: bool, because: str | None, _: Any) -> str | None:
        if _binop("-cmatch" if case else "-match", actual, pattern) != negate:
            return None
        how = "case sensitively match" if case else "match"
        if negate:
            return f"Expected regular expression {format_nicely(pattern)} to not {how} {format_nicely(actual)},{format_because(because)} but it did match."
        return f"Expected regular expression {format_nicely(pattern)} to {how} {format_nicely(actual)},{format_because(because)} but it did not match."

    return check


def _like(case: bool) -> Check:
    def check(actual: Any, pattern: Any, negate: bool, because: str | None, _: Any) -> str | None:
        if _binop("-clike" if case else "-like", actual, pattern) != negate:
            return None
        head = "case sensitive like wildcard" if case else "like wildcard"
        verb = "to not match" if negate else "to match"
        tail = "but it did match." if negate else "but it did not match."
        return f"Expected {head} {format_nicely(pattern)} {verb} {format_nicely(actual)},{format_because(because)} {tail}"

    return check


def _type_name(expected: Any) -> str:
    full = getattr(expected, "full_name", None)
    if full is not None:
        return type_display(str(full))
    text = to_string(expected).strip("[]")
    return type_display(text)


def _of_type(actual: Any, expected: Any, negate: bool, because: str | None, _: Any) -> str | None:
    try:
        matches = _binop("-is", actual, expected)
    except PwshError:
        message = f"Could not find type [{_type_name(expected)}]. Make sure that the assembly that contains that type is loaded."
        raise PwshError(
            ErrorRecord(message, "ArgumentException", exception_type="System.ArgumentException")
        ) from None
    if matches != negate:
        return None
    actual_type = "$null" if actual is None else "[" + type_display(type_name_of(actual)) + "]"
    no = "not " if negate else ""
    return (
        f"Expected the value to {no}have type [{_type_name(expected)}] or any of its subtypes,"
        f"{format_because(because)} but got {format_nicely(actual)} with type {actual_type}."
    )


_ORDER = {
    "BeGreaterThan": ("-gt", "greater than", "less than or equal to"),
    "BeGreaterOrEqual": ("-ge", "greater than or equal to", "less than"),
    "BeLessThan": ("-lt", "less than", "greater than or equal to"),
    "BeLessOrEqual": ("-le", "less than or equal to", "greater than"),
}


def _ordered(name: str) -> Check:
    op, words, negated = _ORDER[name]

    def check(actual: Any, expected: Any, negate: bool, because: str | None, _: Any) -> str | None:
        if _binop(op, actual, expected) != negate:
            return None
        return f"Expected the actual value to be {negated if negate else words} {format_nicely(expected)},{format_because(because)} but got {format_nicely(actual)}."

    return check


def _be_in(actual: Any, expected: Any, negate: bool, because: str | None, _: Any) -> str | None:
    if _binop("-contains", expected, actual) != negate:
        return None
    if negate:
        return f"Expected collection {format_nicely(expected)} to not contain {format_nicely(actual)},{format_because(because)} but it was found."
    return f"Expected collection {format_nicely(expected)} to contain {format_nicely(actual)},{format_because(because)} but it was not found."


def _contain(actual: Any, expected: Any, negate: bool, because: str | None, _: Any) -> str | None:
    if _binop("-contains", _as_array(actual), expected) != negate:
        return None
    if negate:
        return f"Expected {format_nicely(expected)} to not be found in collection {format_nicely(actual)},{format_because(because)} but it was found."
    return f"Expected {format_nicely(expected)} to be found in collection {format_nicely(actual)},{format_because(because)} but it was not found."


def _have_count(actual: Any, expected: Any, negate: bool, because: str | None, _: Any) -> str | None:
    """Should-HaveCount: `$ActualValue.Count` of the whole input (so `$null | Should -HaveCount 0` fails
    with size 1, a Pester 4 quirk kept on purpose)."""
    count = 0 if actual is None else len(_as_array(actual))
    want = int(ops.binary_op("+", 0, expected))
    if (count == want) != negate:
        return None
    if negate:
        expect = (
            "Expected a non-empty collection"
            if want == 0
            else f"Expected a collection with size different from {want}"
        )
        but = (
            f"but got collection with that size {format_nicely(actual)}."
            if count
            else "but got an empty collection."
        )
    else:
        expect = "Expected an empty collection" if want == 0 else f"Expected a collection with size {want}"
        but = (
            f"but got collection with size {count} {format_nicely(actual)}."
            if count
            else "but got an empty collection."
        )
    return f"{expect},{format_because(because)} {but}"


def _exist(
    actual: Any, _e: Any, negate: bool, because: str | None, resolve: Callable[[str], str]
) -> str | None:
    found = actual is not None and os.path.exists(resolve(to_string(actual)))
    if found != negate:
        return None
    if negate:
        return (
            f"Expected path {format_nicely(actual)} to not exist,{format_because(because)} but it did exist."
        )
    return f"Expected path {format_nicely(actual)} to exist,{format_because(because)} but it did not exist."


def _file_content(case: bool) -> Check:
    def check(
        actual: Any, expected: Any, negate: bool, because: str | None, resolve: Callable[[str], str]
    ) -> str | None:
        try:
            with open(resolve(to_string(actual)), encoding="utf-8-sig", errors="replace") as handle:
                lines = handle.read().splitlines()
        except OSError:
            lines = []
        flags = 0 if case else re.IGNORECASE
        pattern = to_string(expected)
        found = any(re.search(pattern, line, flags) for line in lines)
        if found != negate:
            return None
        if negate:
            return f"Expected {format_nicely(expected)} to not be found in file {format_nicely(actual)},{format_because(because)} but it was found."
        return f"Expected {format_nicely(expected)} to be found in file {format_nicely(actual)},{format_because(because)} but it was not found."

    return check


OPERATORS: dict[str, Operator] = {
    op.name.casefold(): op
    for op in (
        Operator("Be", _be(False), True),
        Operator("BeExactly", _be(True), True),
        Operator("BeNullOrEmpty", _null_or_empty_check, True),
        Operator("BeTrue", _bool_check(True)),
        Operator("BeFalse", _bool_check(False)),
        Operator("Match", _match(False), value_parameter="RegularExpression"),
        Operator("MatchExactly", _match(True), value_parameter="RegularExpression"),
        Operator("BeLike", _like(False)),
        Operator("BeLikeExactly", _like(True)),
        Operator("BeOfType", _of_type, value_parameter="ExpectedType"),
        Operator("BeGreaterThan", _ordered("BeGreaterThan")),
        Operator("BeGreaterOrEqual", _ordered("BeGreaterOrEqual")),
        Operator("BeLessThan", _ordered("BeLessThan")),
        Operator("BeLessOrEqual", _ordered("BeLessOrEqual")),
        Operator("BeIn", _be_in),
        Operator("Contain", _contain, True),
        Operator("HaveCount", _have_count, True),
        Operator("Exist", _exist),
        Operator("FileContentMatch", _file_content(False), value_parameter="ExpectedContent"),
        Operator("FileContentMatchExactly", _file_content(True), value_parameter="ExpectedContent"),
    )
}
ALIASES = {"eq": "be", "ceq": "beexactly", "gt": "begreaterthan", "ge": "begreaterorequal",
           "lt": "belessthan", "le": "belessorequal", "haveType": "beoftype"}  # fmt: skip
