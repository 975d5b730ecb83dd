"""Unit tests for pwshlite.values.ops / compare / textops (PowerShell operator semantics).

Sources: about_Arithmetic_Operators, about_Comparison_Operators, about_Split, about_Join,
about_Wildcards, about_Regular_Expressions, about_Type_Operators; IntOps in the 5.1 engine
(Operations.cs: Int32 overflow gives Double, exact division stays Int32, x % 0 throws).
"""

from __future__ import annotations

import datetime as dt
import math
from decimal import Decimal

import pytest

from pwshlite.errors import ErrorCategory, PwshError
from pwshlite.objects import Char, PSHashtable, PSObject
from pwshlite.values.compare import compare, equals
from pwshlite.values.convert import resolve_type, type_name_of
from pwshlite.values.ops import add, binary_op, match_op, split_op_name, unary_op


def _err(fn, *args):  # type: ignore[no-untyped-def]
    with pytest.raises(PwshError) as info:
        fn(*args)
    return info.value.record


# -- arithmetic -------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("op", "left", "right", "expected"),
    [
        ("+", "1", 1, "11"),
        ("+", 1, "1", 2),
        ("+", 1, "1.5", 2.5),
        ("+", 1, "0x10", 17),
        ("+", 1, "1kb", 1025),
        ("+", 1, Char("A"), 66),
        ("+", Char("A"), 1, "A1"),
        ("+", 2147483647, 1, 2147483648.0),
        ("+", None, 5, 5),
        ("+", 1.5, 1, 2.5),
        ("+", Decimal("1.5"), 1, Decimal("2.5")),
        ("+", Decimal("1.5"), 1.25, Decimal("2.75")),  # Decimal is the widest type (BinaryNumericOp)
        ("*", 0.1, Decimal(3), Decimal("0.3")),
        ("+", True, 1, 2),  # Boolean is a primitive: BinaryAdd's numeric path
        ("-", Char("a"), 1, 96),  # BinarySubDivOrRem: Char is a primitive
        ("/", True, 2, 0.5),
        ("-", "10", 5, 5),
        ("-", 5, 7, -2),
        ("*", "ab", 3, "ababab"),
        ("*", 2, "3", 6),
        ("*", 65536, 65536, 4294967296.0),
        ("/", 7, 2, 3.5),
        ("/", 6, 2, 3),
        ("/", -6, 2, -3),
        ("/", 1.0, 0, math.inf),
        ("%", 7, 3, 1),
        ("%", -7, 3, -1),
        ("%", 7, -3, 1),
        ("%", 7.5, 2, 1.5),
    ],
)
def test_arithmetic(op: str, left: object, right: object, expected: object) -> None:
    result = binary_op(op, left, right)
    assert result == expected
    assert type(result) is type(expected)


def test_decimal_division_precision() -> None:
    # System.Decimal keeps 28-29 significant digits and at most 28 decimal places (Decimal docs)
    assert binary_op("/", Decimal(10), Decimal(3)) == Decimal("3.3333333333333333333333333333")
    assert binary_op("/", Decimal(1), Decimal(3)) == Decimal("0.3333333333333333333333333333")
    assert str(binary_op("/", Decimal(10), Decimal(4))) == "2.5"


def test_null_multiplication_is_null() -> None:
    assert binary_op("*", None, 5) is None  # BinaryMultiply returns $null for a $null target
    assert binary_op("-", None, 5) == -5  # BinarySubDivOrRem treats $null as 0


def test_array_and_hashtable_addition() -> None:
    assert binary_op("+", [1, 2], 3) == [1, 2, 3]
    assert binary_op("+", [1], [2, 3]) == [1, 2, 3]
    assert binary_op("*", [1, 2], 2) == [1, 2, 1, 2]
    merged = binary_op("+", PSHashtable([("a", 1)]), PSHashtable([("b", 2)]))
    assert merged.items() == [("a", 1), ("b", 2)]


def test_hashtable_duplicate_key() -> None:
    record = _err(add, PSHashtable([("a", 1)]), PSHashtable([("A", 2)]))
    assert record.message == "Item has already been added. Key in dictionary: 'a'  Key being added: 'A'"
    assert record.error_id == "System.ArgumentException"
    assert record.category is ErrorCategory.OperationStopped


def test_hashtable_plus_scalar() -> None:
    record = _err(add, PSHashtable(), 1)
    assert record.message == "A hash table can only be added to another hash table."
    assert record.error_id == "AddHashTableToNonHashTable"


def test_dates() -> None:
    a = dt.datetime(2026, 11, 27, 12, 0)
    b = dt.datetime(2026, 11, 26, 10, 30)
    assert binary_op("-", a, b) == dt.timedelta(days=1, hours=1, minutes=30)
    assert binary_op("+", a, dt.timedelta(hours=1)) == dt.datetime(2026, 11, 27, 13, 0)
    assert binary_op("-", a, dt.timedelta(days=1)) == dt.datetime(2026, 11, 26, 12, 0)


@pytest.mark.parametrize(
    ("op", "left", "right", "message", "error_id"),
    [
        ("/", 1, 0, "Attempted to divide by zero.", "RuntimeException"),
        ("%", 1, 0, "Attempted to divide by zero.", "RuntimeException"),
        (
            "-",
            [1, 2],
            1,
            "Method invocation failed because [System.Object[]] does not contain a method named 'op_Subtraction'.",
            "MethodNotFound",
        ),
        (
            "-",
            PSHashtable(),
            1,
            "Method invocation failed because [System.Collections.Hashtable] does not contain a method named 'op_Subtraction'.",
            "MethodNotFound",
        ),
        (
            "+",
            1,
            "abc",
            'Cannot convert value "abc" to type "System.Int32". Error: "Input string was not in a correct format."',
            "InvalidCastFromStringToInteger",
        ),
        (
            "-",
            "abc",
            1,
            'Cannot convert value "abc" to type "System.Int32". Error: "Input string was not in a correct format."',
            "InvalidCastFromStringToInteger",
        ),
        (
            "*",
            Char("A"),
            3,
            "The operation '[System.Char] * [System.Int32]' is not defined.",
            "NotADefinedOperationForType",
        ),
    ],
)
def test_arithmetic_errors(op: str, left: object, right: object, message: str, error_id: str) -> None:
    record = _err(binary_op, op, left, right)
    assert record.message == message
    assert record.error_id == error_id


# -- comparison --------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("op", "left", "right", "expected"),
    [
        ("-eq", "abc", "ABC", True),
        ("-ceq", "abc", "ABC", False),
        ("-ieq", "abc", "ABC", True),
        ("-eq", 1, "1", True),
        ("-eq", "1", 1, True),
        ("-eq", 1, "1.0", True),
        ("-eq", 1, "abc", False),
        ("-eq", None, None, True),
        ("-eq", None, 0, False),
        ("-eq", 0, None, False),
        ("-eq", True, "false", True),
        ("-eq", False, "", True),
        ("-eq", "1 2", [1, 2], True),
        ("-ne", "a", "b", True),
        ("-gt", 10, 9, True),
        ("-gt", "10", 9, False),
        ("-gt", 2, "10", False),
        ("-lt", "apple", "Banana", True),
        ("-clt", "a", "A", True),
        ("-ge", 1.5, 1, True),
        ("-le", None, 1, True),
        ("-gt", dt.datetime(2026, 1, 2), "1/1/2026", True),
    ],
)
def test_scalar_comparison(op: str, left: object, right: object, expected: bool) -> None:
    assert binary_op(op, left, right) is expected


def test_comparison_filters_collections() -> None:
    assert binary_op("-eq", [1, 2, 3, 2], 2) == [2, 2]
    assert binary_op("-ne", [1, 2, 3], 2) == [1, 3]
    assert binary_op("-gt", [1, 5, 10], 4) == [5, 10]
    assert binary_op("-eq", [1, 2], 5) == []
    assert binary_op("-eq", [None, 1], None) == [None]
    assert binary_op("-like", ["ab", "cd", "AX"], "a*") == ["ab", "AX"]


def test_comparison_failure() -> None:
    # a number against a non-numeric string: the number scanner's error (BinaryNumericStringOp)
    record = _err(binary_op, "-gt", 1, "abc")
    assert (
        record.message
        == 'Cannot convert value "abc" to type "System.Int32". Error: "Input string was not in a correct format."'
    )
    assert record.error_id == "InvalidCastFromStringToInteger"
    # other types convert the right operand and wrap the failure (ExtendedTypeSystem.ComparisonFailure)
    record = _err(binary_op, "-gt", dt.datetime(2026, 1, 1), "abc")
    assert record.message == (
        'Could not compare "1/1/2026 12:00:00 AM" to "abc". Error: "Cannot convert value "abc" to type '
        '"System.DateTime". Error: "String was not recognized as a valid DateTime.""'
    )
    assert record.error_id == "ComparisonFailure"


@pytest.mark.parametrize(
    ("op", "left", "right", "expected"),
    [
        ("-gt", 5, None, True),
        ("-gt", -1, None, False),
        ("-gt", None, 5, False),
        ("-gt", None, -1, True),
        ("-ge", 0, None, True),
        ("-ge", None, 0, False),
        ("-lt", None, 5, True),
        ("-lt", -1, None, True),
        ("-le", 0, None, False),
        ("-le", None, 0, True),
        ("-gt", "a", None, True),
        ("-lt", None, "a", True),
        ("-ge", None, None, True),
        ("-le", None, None, True),
        ("-gt", None, None, False),
        ("-lt", None, None, False),
    ],
)
def test_ordering_with_null(op: str, left: object, right: object, expected: bool) -> None:
    # PSBinaryOperationBinder.CompareGT/GE/LT/LE: $null against a number compares the number with 0
    assert binary_op(op, left, right) is expected


def test_compare_and_equals_for_sorting() -> None:
    assert compare("a", "B") < 0
    assert compare("B", "a") > 0
    assert compare(2, 10) < 0
    assert compare(None, 1) < 0
    assert compare("a", "A", case_sensitive=True) < 0
    assert equals("A", "a") and not equals("A", "a", case_sensitive=True)
    assert sorted(["b", "A", "c", "10", "9"], key=__import__("functools").cmp_to_key(compare)) == [
        "10",
        "9",
        "A",
        "b",
        "c",
    ]


@pytest.mark.parametrize(
    ("op", "left", "right", "expected"),
    [
        ("-contains", [1, 2, 3], 2, True),
        ("-contains", [1, 2, 3], "2", True),
        ("-contains", ["a", "b"], "A", True),
        ("-ccontains", ["a", "b"], "A", False),
        ("-notcontains", [1, 2], 3, True),
        ("-in", 2, [1, 2], True),
        ("-notin", "x", ["a"], True),
        ("-contains", "abc", "b", False),
    ],
)
def test_containment(op: str, left: object, right: object, expected: bool) -> None:
    assert binary_op(op, left, right) is expected


# -- wildcards and regex -------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("left", "pattern", "expected"),
    [
        ("Get-Item", "get-*", True),
        ("abc", "a?c", True),
        ("abc", "a[a-c]c", True),
        ("adc", "a[bc]c", False),
        ("a*c", "a`*c", True),
        ("abc", "a`*c", False),
        ("abc", "b*", False),
        ("", "*", True),
        (None, "", True),
    ],
)
def test_like(left: object, pattern: str, expected: bool) -> None:
    assert binary_op("-like", left, pattern) is expected


def test_match_sets_matches() -> None:
    result, table = match_op("-match", "user42@contoso.com", r"(?<name>\w+?)(\d+)@")
    assert result is True
    assert table is not None
    # .NET numbers unnamed groups first: group 1 is (\d+), the named group comes after
    assert table[0] == "user42@"
    assert table[1] == "42"
    assert table["name"] == "user"
    assert table.keys() == ["name", 1, 0]


def test_match_variants() -> None:
    result, table = match_op("-match", "abc", "B")
    assert result is True and table is not None and table.items() == [(0, "b")]
    assert match_op("-cmatch", "abc", "B")[0] is False
    assert match_op("-notmatch", "abc", "x") == (True, None)
    assert match_op("-match", ["a1", "b", "c2"], r"\d") == (["a1", "c2"], None)


def test_invalid_regex() -> None:
    record = _err(binary_op, "-match", "a", "(")
    assert record.message == 'parsing "(" - Not enough )\'s.'
    assert record.error_id == "System.ArgumentException"


@pytest.mark.parametrize(
    ("left", "right", "expected"),
    [
        ("hello world", [r"(\w+) (\w+)", "$2 $1"], "world hello"),
        ("John Smith", [r"(?<first>\w+) (?<last>\w+)", "${last}, ${first}"], "Smith, John"),
        ("a.b.c", [r"\.", "$$"], "a$b$c"),
        ("abc", ["B", "[$&]"], "a[b]c"),
        ("abc", "b", "ac"),
        ("ABC", ["b", "x"], "AxC"),
        (["a1", "b2"], [r"\d", ""], ["a", "b"]),
        ("abc", [r"(b)", "$3"], "a$3c"),
    ],
)
def test_replace(left: object, right: object, expected: object) -> None:
    assert binary_op("-replace", left, right) == expected


def test_creplace_and_bad_arguments() -> None:
    assert binary_op("-creplace", "ABC", ["b", "x"]) == "ABC"
    # ParserOps.ReplaceOperator names the case-insensitive operator -ireplace in this message
    record = _err(binary_op, "-replace", "a", ["a", "b", "c"])
    assert record.message == "The -ireplace operator allows only two elements to follow it, not 3."
    assert record.error_id == "BadReplaceArgument"
    record = _err(binary_op, "-creplace", "a", ["a", "b", "c"])
    assert record.message == "The -replace operator allows only two elements to follow it, not 3."
    record = _err(binary_op, "-replace", "a", ["(", "x"])
    assert record.message == "The regular expression pattern ( is not valid."
    assert record.error_id == "InvalidRegularExpression"


def test_like_on_collection_returns_strings() -> None:
    # ParserOps.LikeOperator adds the string form of each matching element
    assert binary_op("-like", [1, 2, 11], "1*") == ["1", "11"]


def test_split_edge_cases() -> None:
    assert unary_op("-split", "") == [""]
    assert binary_op("-split", "a,b", [",", -1]) == ["a", "b"]
    record = _err(binary_op, "-split", "a", [",", 0, "SimpleMatch,Multiline"])
    assert record.message == "The combination of options with the -split operator is not valid."
    record = _err(binary_op, "-split", "a", [",", 0, "Bogus"])
    assert record.error_id == "InvalidCastFromStringToEnum"


@pytest.mark.parametrize(
    ("left", "right", "expected"),
    [
        ("a,b,,c", ",", ["a", "b", "", "c"]),
        ("a,b,c", [",", 2], ["a", "b,c"]),
        ("a.b", ".", ["", "", "", ""]),
        ("a.b", [".", 0, "SimpleMatch"], ["a", "b"]),
        ("a1b2c", r"(\d)", ["a", "1", "b", "2", "c"]),
        ("aXbxc", "x", ["a", "b", "c"]),
        (["a b", "c d"], " ", ["a", "b", "c", "d"]),
    ],
)
def test_split(left: object, right: object, expected: list[str]) -> None:
    assert binary_op("-split", left, right) == expected


def test_csplit_and_unary_forms() -> None:
    assert binary_op("-csplit", "aXbxc", "x") == ["aXb", "c"]
    assert unary_op("-split", "  a  b c ") == ["a", "b", "c"]
    assert unary_op("-join", [1, 2, 3]) == "123"
    assert binary_op("-join", [1, None, "x"], ", ") == "1, , x"
    assert binary_op("-join", "solo", ",") == "solo"


# -- type, bitwise, logical, range, format, unary -----------------------------------------------------------
def test_type_operators() -> None:
    assert binary_op("-is", 1, resolve_type("int")) is True
    assert binary_op("-is", 1, "string") is False
    assert binary_op("-isnot", "a", resolve_type("int")) is True
    assert binary_op("-as", "42", resolve_type("int")) == 42
    assert binary_op("-as", "abc", resolve_type("int")) is None
    assert type_name_of(binary_op("-as", "1/2/2026", "datetime")) == "System.DateTime"


@pytest.mark.parametrize(
    ("op", "left", "right", "expected"),
    [
        ("-band", 12, 10, 8),
        ("-bor", 12, 10, 14),
        ("-bxor", 12, 10, 6),
        ("-shl", 1, 4, 16),
        ("-shr", 256, 4, 16),
        ("-shl", 1, 31, -2147483648),
        ("-and", 1, "", False),
        ("-or", 0, "x", True),
        ("-xor", True, True, False),
        ("..", 1, 5, [1, 2, 3, 4, 5]),
        ("..", 3, 1, [3, 2, 1]),
        ("..", "2", 3.6, [2, 3, 4]),
        ("-f", "{0:N2} MB", 1234.5, "1,234.50 MB"),
        ("-f", "{0}-{1}", [1, "x"], "1-x"),
    ],
)
def test_other_binary(op: str, left: object, right: object, expected: object) -> None:
    assert binary_op(op, left, right) == expected


def test_unary() -> None:
    assert unary_op("-", 5) == -5
    assert unary_op("-", "5") == -5
    assert unary_op("!", "") is True
    assert unary_op("-not", [0]) is True
    assert unary_op("-bnot", 5) == -6
    assert unary_op(",", 1) == [1]
    assert unary_op("-", dt.timedelta(hours=1)) == -dt.timedelta(hours=1)


def test_split_op_name() -> None:
    assert split_op_name("-ceq") == ("eq", True)
    assert split_op_name("-ieq") == ("eq", False)
    assert split_op_name("-in") == ("in", False)
    assert split_op_name("-contains") == ("contains", False)
    assert split_op_name("-cnotcontains") == ("notcontains", True)
    assert split_op_name("-is") == ("is", False)


def test_pscustomobject_operand_errors() -> None:
    record = _err(binary_op, "+", PSObject([("a", 1)]), 1)
    assert record.message == (
        "Method invocation failed because [System.Management.Automation.PSObject] does not contain a method named 'op_Addition'."
    )


def test_take_matches_after_binary_match() -> None:
    from pwshlite.values.ops import take_matches

    assert binary_op("-match", "abc", "(b)") is True
    table = take_matches()
    assert table is not None and table[1] == "b"
    assert take_matches() is None
    assert binary_op("-match", "abc", "x") is False
    assert take_matches() is None


def test_culture_like_string_order() -> None:
    import functools

    # .NET culture comparison: symbols < digits < letters, case ignored, hyphens only break ties
    words = ["b", "co-op", "Ab", "coop", "_x", "1a", "aa"]
    assert sorted(words, key=functools.cmp_to_key(compare)) == ["_x", "1a", "aa", "Ab", "b", "coop", "co-op"]


def test_date_arithmetic_with_strings() -> None:
    # op_Subtraction(DateTime, DateTime) / op_Addition(DateTime, TimeSpan) with the string converted
    when = dt.datetime(2026, 11, 27, 12, 0)
    assert binary_op("-", when, "11/26/2026") == dt.timedelta(days=1, hours=12)
    assert binary_op("+", when, "01:30:00") == dt.datetime(2026, 11, 27, 13, 30)
    assert binary_op("-", when, "02:00:00") == dt.datetime(2026, 11, 27, 10, 0)
    record = _err(binary_op, "-", when, "garbage")
    assert record.error_id == "InvalidCastParseTargetInvocationWithFormatProvider"


def test_empty_string_compares_as_zero_with_numbers() -> None:
    # about_Comparison_Operators: the right operand converts to the left's type; "" converts to 0
    assert binary_op("-eq", 0, "") is True
    assert binary_op("-eq", "", 0) is False
    assert binary_op("-eq", None, "") is False


def test_decimal_meets_double_through_15_digits() -> None:
    # Convert.ToDecimal(Double) keeps 15 significant digits, so 0.1 -eq 0.1d
    assert binary_op("-eq", Decimal("0.1"), 0.1) is True
    assert binary_op("-eq", 0.1 + 0.2, Decimal("0.3")) is True
    assert binary_op("-gt", Decimal("0.2"), 0.1) is True


def test_bitwise_or_of_enums_keeps_the_enum() -> None:
    from pwshlite.objects import EnumValue
    from pwshlite.values.convert import to_string

    ignore = EnumValue("System.Text.RegularExpressions.RegexOptions", "IgnoreCase", 1)
    multi = EnumValue("System.Text.RegularExpressions.RegexOptions", "Multiline", 2)
    both = binary_op("-bor", ignore, multi)
    assert isinstance(both, EnumValue) and both.value == 3 and to_string(both) == "IgnoreCase, Multiline"
    assert binary_op("-band", None, None) == 0
