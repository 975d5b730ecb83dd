"""Robustness of the values layer: every operator, cast, member access and format over a matrix of
awkward values either succeeds or raises PwshError (a PowerShell error record), never a Python
exception (issue #3: "never a Python traceback")."""

from __future__ import annotations

import datetime as dt
import itertools
from decimal import Decimal
from typing import Any

import pytest

from pwshlite.errors import PwshError
from pwshlite.objects import Char, EnumValue, PSHashtable, PSObject, SecureString
from pwshlite.values.convert import convert_to, resolve_type, to_bool, to_string
from pwshlite.values.dotnet_format import format_string
from pwshlite.values.members import get_member, invoke_method
from pwshlite.values.ops import binary_op, unary_op
from pwshlite.values.types import ArrayList, Guid

VALUES: list[Any] = [
    None, True, False, 0, 1, -5, 2**31 - 1, 2**40, 1.5, float("nan"), float("inf"), Decimal("2.5"),
    "", "abc", "12", " 0x1F ", "1kb", "1e3", Char("A"), [], [1, 2], [None], ["a", [1, 2]],
    PSHashtable([("a", 1)]), PSObject([("x", 1)]), PSObject(base="s"), dt.datetime(2026, 1, 1),
    dt.timedelta(hours=1), SecureString("x"), EnumValue("System.DayOfWeek", "Friday", 5), Guid(),
    ArrayList([1]), resolve_type("int"), "(", "[", "*", "{0}", "{", "\\",
]  # fmt: skip
OPS = (
    "+ - * / % .. -f -eq -ceq -ne -gt -ge -lt -le -like -notlike -match -notmatch -replace -split -join "
    "-contains -in -notin -is -as -band -bor -bxor -shl -shr -and -or -xor"
).split()
TYPES = (
    "int long double decimal bool string char datetime timespan guid regex array hashtable ordered "
    "pscustomobject psobject switch securestring xml string[] int[] System.Collections.ArrayList "
    "System.Collections.Generic.List[string] byte type System.DayOfWeek"
).split()


def _safe(fn: Any, *args: Any) -> None:
    try:
        fn(*args)
    except PwshError:
        pass


@pytest.mark.parametrize("op", OPS)
def test_binary_operators_never_raise_python_errors(op: str) -> None:
    for left, right in itertools.product(VALUES, VALUES):
        if op == "*" and isinstance(right, int) and right > 100:
            continue
        _safe(binary_op, op, left, right)


def test_unary_operators_and_conversions() -> None:
    for op in ["-", "+", "!", "-not", "-bnot", "-split", "-join", ","]:
        for value in VALUES:
            _safe(unary_op, op, value)
    for type_name in TYPES:
        for value in VALUES:
            _safe(convert_to, value, type_name)
    for value in VALUES:
        to_string(value)
        to_bool(value)


def test_members_and_formats() -> None:
    calls = [("ToString", []), ("ToString", ["N2"]), ("Foo", []), ("Substring", [1]), ("Add", [1]),
             ("GetType", []), ("Equals", [1]), ("CompareTo", [1]), ("Split", [","]), ("Contains", [None]),
             ("AddDays", ["x"])]  # fmt: skip
    for value in VALUES:
        for name in ["Length", "Count", "Name", "Foo", "Keys", "Year", "Days", "Value"]:
            _safe(get_member, value, name)
        for name, args in calls:
            _safe(invoke_method, value, name, list(args))
    formats = ["{0}", "{0:N2}", "{0:yyyy}", "{0:X}", "{0,5:D3}", "{0:P}", "{0:0.00}", "{0:hh\\:mm}", "{0:E}",
               "{0:G5}", "{0:#,#}", "{0:C}", "{0:R}", "{0:x}"]  # fmt: skip
    for fmt in formats:
        for value in VALUES:
            _safe(format_string, fmt, [value])


def test_huge_range_is_an_error_not_a_hang() -> None:
    with pytest.raises(PwshError) as info:
        binary_op("..", 0, 2**31 - 1)
    assert info.value.record.message == "Array dimensions exceeded supported range."


def test_huge_repeat_is_an_error() -> None:
    with pytest.raises(PwshError) as info:
        binary_op("*", "abc", 2**31 - 1)
    assert info.value.record.message == "Exception of type 'System.OutOfMemoryException' was thrown."
    assert binary_op("*", "ab", 0) == ""


def test_unmodelled_type_name_accepts_values_of_that_type() -> None:
    obj = PSObject(
        [("Name", "x")], type_names=["Microsoft.Exchange.Data.Directory.Management.Mailbox", "System.Object"]
    )
    assert convert_to(obj, "Microsoft.Exchange.Data.Directory.Management.Mailbox") is obj
    with pytest.raises(PwshError):
        convert_to("text", "Microsoft.Exchange.Data.Directory.Management.Mailbox")


def test_self_referencing_object_string_is_bounded() -> None:
    obj = PSObject([("a", 1)])
    obj.set("self", obj)
    text = to_string(obj)
    assert text.startswith("@{a=1; self=@{a=1; self=")
    assert text.count("@{") == 8
