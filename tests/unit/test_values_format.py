"""Unit tests for pwshlite.values.dotnet_format / numfmt (.NET composite and ToString(format), en-US).

Expected values follow the .NET docs pages "Standard numeric format strings", "Custom numeric format
strings", "Standard date and time format strings", "Custom date and time format strings",
"Standard/Custom TimeSpan format strings" and "Composite formatting", with .NET Framework en-US culture
data (percent pattern "n %", negative currency "($n)", 3-digit exponent for "E").
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from pwshlite.errors import ErrorCategory, PwshError
from pwshlite.objects import PSObject
from pwshlite.values.dotnet_format import (
    FormatError,
    format_datetime,
    format_number,
    format_string,
    format_timespan,
)
from pwshlite.values.types import Guid

WHEN = dt.datetime(2026, 11, 27, 14, 5, 9, 123456)


@pytest.mark.parametrize(
    ("value", "fmt", "expected"),
    [
        (1234.5678, "N2", "1,234.57"),
        (1234, "N0", "1,234"),
        (-1234.5, "N1", "-1,234.5"),
        (0.125, "P1", "12.5 %"),
        (0.5, "P", "50.00 %"),
        (255, "X", "FF"),
        (255, "x8", "000000ff"),
        (-1, "X", "FFFFFFFF"),
        (42, "D5", "00042"),
        (-42, "D5", "-00042"),
        (1234.5, "C", "$1,234.50"),
        (-1234.5, "C", "($1,234.50)"),
        (3.14159, "F3", "3.142"),
        (2, "F", "2.00"),
        (1234.5678, "E2", "1.23E+003"),
        (1234.5678, "e", "1.234568e+003"),
        (0.5, "G", "0.5"),
        (123456789, "G3", "1.23E+08"),
        (1.005, "0.00", "1.01"),
        (1234.5678, "0.00", "1234.57"),
        (1234567, "#,##0", "1,234,567"),
        (1234567.891, "#,##0.00", "1,234,567.89"),
        (5551234567, "(###) ###-####", "(555) 123-4567"),
        (0.256, "0%", "26%"),
        (-5, "0;(0)", "(5)"),
        (0, "0;-0;'zero'", "zero"),
        (12345, "0.0E+0", "1.2E+4"),
        (123.456, "#.##", "123.46"),
        (7, "00", "07"),
        (2.5, "0", "3"),
        (1234567, "#,##0,", "1,235"),
        (Decimal("2.345"), "F2", "2.35"),
        (0.1, "0.###", "0.1"),
        (5, "0.00 'items'", "5.00 items"),
        (Decimal("1.50"), "G", "1.50"),  # Decimal "G" keeps the stored scale
    ],
)
def test_format_number(value: object, fmt: str, expected: str) -> None:
    assert format_number(value, fmt) == expected  # type: ignore[arg-type]


def test_format_number_bad_specifier() -> None:
    with pytest.raises(FormatError) as info:
        format_number(1.5, "D2")
    assert info.value.message == "Format specifier was invalid."


@pytest.mark.parametrize(
    ("fmt", "expected"),
    [
        ("yyyy-MM-dd HH:mm:ss", "2026-11-27 14:05:09"),
        ("d", "11/27/2026"),
        ("D", "Friday, November 27, 2026"),
        ("t", "2:05 PM"),
        ("T", "2:05:09 PM"),
        ("g", "11/27/2026 2:05 PM"),
        ("G", "11/27/2026 2:05:09 PM"),
        ("f", "Friday, November 27, 2026 2:05 PM"),
        ("F", "Friday, November 27, 2026 2:05:09 PM"),
        ("s", "2026-11-27T14:05:09"),
        ("u", "2026-11-27 14:05:09Z"),
        ("M", "November 27"),
        ("y", "November 2026"),
        ("MM/dd/yyyy", "11/27/2026"),
        ("dddd", "Friday"),
        ("ddd MMM d", "Fri Nov 27"),
        ("hh:mm:ss tt", "02:05:09 PM"),
        ("yyyyMMdd_HHmmss", "20261127_140509"),
        ("HH:mm:ss.fff", "14:05:09.123"),
        ("yy-M-d", "26-11-27"),
        ("'Week' dd", "Week 27"),
        ("%d", "27"),
    ],
)
def test_format_datetime(fmt: str, expected: str) -> None:
    assert format_datetime(WHEN, fmt) == expected


def test_format_datetime_roundtrip_has_seven_fraction_digits() -> None:
    text = format_datetime(WHEN, "o")
    assert text.startswith("2026-11-27T14:05:09.1234560")
    assert text[-6] in "+-" and text[-3] == ":"


@pytest.mark.parametrize(
    ("value", "fmt", "expected"),
    [
        (dt.timedelta(days=1, hours=2, minutes=3, seconds=4, milliseconds=500), "c", "1.02:03:04.5000000"),
        (dt.timedelta(days=1, hours=2, minutes=3, seconds=4, milliseconds=500), "g", "1:2:03:04.5"),
        (dt.timedelta(hours=2, minutes=3, seconds=4), "G", "0:02:03:04.0000000"),
        (dt.timedelta(hours=2, minutes=3, seconds=4), r"hh\:mm\:ss", "02:03:04"),
        (dt.timedelta(days=3, hours=2), r"d\.hh", "3.02"),
        (dt.timedelta(minutes=90), "%m", "30"),
    ],
)
def test_format_timespan(value: dt.timedelta, fmt: str, expected: str) -> None:
    assert format_timespan(value, fmt) == expected


def test_format_timespan_unescaped_literal_fails() -> None:
    with pytest.raises(FormatError):
        format_timespan(dt.timedelta(hours=1), "hh:mm")


@pytest.mark.parametrize(
    ("fmt", "args", "expected"),
    [
        ("{0}", [1], "1"),
        ("{0,-10}|", ["ab"], "ab        |"),
        ("{0,8}|", ["ab"], "      ab|"),
        ("{{{0}}}", [5], "{5}"),
        ("{0:N2} MB", [1234.5], "1,234.50 MB"),
        ("{0:yyyy-MM-dd}", [WHEN], "2026-11-27"),
        ("{0} {1} {0}", ["a", "b"], "a b a"),
        ("{0}", [None], ""),
        ("{0}", [True], "True"),
        ("{0}", [[1, 2]], "System.Object[]"),
        ("{0}", [PSObject([("a", 1)])], "@{a=1}"),
        ("{0}", [0.1 + 0.2], "0.3"),
        ("{0,6:N1}", [3.14159], "   3.1"),
        ("{0:B}", [Guid("3f0e1c2a-5b6d-4e7f-8a9b-0c1d2e3f4a5b")], "{3f0e1c2a-5b6d-4e7f-8a9b-0c1d2e3f4a5b}"),
    ],
)
def test_format_string(fmt: str, args: list[object], expected: str) -> None:
    assert format_string(fmt, args) == expected


@pytest.mark.parametrize(
    ("fmt", "args", "message"),
    [
        (
            "{1}",
            [1],
            "Error formatting a string: Index (zero based) must be greater than or equal to zero and less than the size of the argument list..",
        ),
        ("{0", [1], "Error formatting a string: Input string was not in a correct format.."),
        ("}", [1], "Error formatting a string: Input string was not in a correct format.."),
        ("{x}", [1], "Error formatting a string: Input string was not in a correct format.."),
        ("{0:D2}", [1.5], "Error formatting a string: Format specifier was invalid.."),
    ],
)
def test_format_string_errors(fmt: str, args: list[object], message: str) -> None:
    with pytest.raises(PwshError) as info:
        format_string(fmt, args)
    assert info.value.record.message == message
    assert info.value.record.error_id == "FormatError"
    assert info.value.record.category is ErrorCategory.InvalidOperation
