"""Pester internals without a session: Format-Nicely, string differences, Get-HumanTime, NUnit times."""

from __future__ import annotations

from decimal import Decimal

import pytest
from pwshlite.cmdlets.pester._assertions import OPERATORS, arrays_equal
from pwshlite.cmdlets.pester._format import compare_strings, format_because, format_nicely
from pwshlite.cmdlets.pester._nunit import _seconds
from pwshlite.cmdlets.pester._state import human_time


@pytest.mark.parametrize(
    ("value", "shown"),
    [
        (None, "$null"), (True, "$true"), (False, "$false"), ("", "<empty>"), ("pin", "'pin'"), (5, "5"),
        (Decimal("1.50"), "1.50"), ([1, "a", None], "@(1, 'a', $null)"), (list(range(12)), "@(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, ...2 more)"),
    ],
)  # fmt: skip
def test_format_nicely(value: object, shown: str) -> None:
    assert format_nicely(value) == shown


def test_format_because() -> None:
    assert format_because(None) == ""
    assert format_because("the PIN expired") == " because the PIN expired,"
    assert format_because("because it is locked") == " because it is locked,"


def test_compare_strings_marks_the_first_difference() -> None:
    assert compare_strings("abc", "abd", False, None).split("\n") == [
        "Expected strings to be the same, but they were different.",
        "String lengths are both 3.",
        "Strings differ at index 2.",
        "Expected: 'abc'",
        "But was:  'abd'",
        "-------------^",
    ]
    lines = compare_strings("a\tb", "a\tc", False, None).split("\n")
    assert lines[3:] == ["Expected: 'a\\tb'", "But was:  'a\\tc'", "--------------^"]
    assert compare_strings("ABC", "abc", False, None) == ""
    assert compare_strings("ABC", "abc", True, None) != ""


def test_arrays_equal_follows_pester() -> None:
    assert arrays_equal([1, 2], [1, 2], False)
    assert not arrays_equal([1, 2], [2, 1], False)
    assert arrays_equal(None, [], False)
    assert arrays_equal([None], None, False)
    assert arrays_equal(["A"], ["a"], False)
    assert not arrays_equal(["A"], ["a"], True)
    assert arrays_equal([[1, 2], 3], [[1, 2], 3], False)


def test_operators_report_pester_messages() -> None:
    def check(name: str, actual: object, expected: object, negate: bool = False) -> str | None:
        return OPERATORS[name.casefold()].check(actual, expected, negate, None, lambda p: p)

    assert check("Be", [1], 2) == "Expected 2, but got 1."
    assert check("Be", [1], 1) is None
    assert check("BeGreaterThan", 3, 5) == "Expected the actual value to be greater than 5, but got 3."
    assert check("BeGreaterThan", 3, 5, negate=True) is None
    assert check("HaveCount", [1, 2], 2) is None
    assert (
        check("Contain", ["a"], "b") == "Expected 'b' to be found in collection @('a'), but it was not found."
    )


@pytest.mark.parametrize(
    ("seconds", "shown"), [(0.0, "0ms"), (0.0129, "12ms"), (0.991, "0.99s"), (1.234, "1.23s"), (12.0, "12s")]
)
def test_human_time(seconds: float, shown: str) -> None:
    assert human_time(seconds) == shown


def test_nunit_seconds() -> None:
    assert _seconds(0) == "0"
    assert _seconds(0.01234567) == "0.0123"
    assert _seconds(2.5) == "2.5"
