"""Unit tests for pwshlite.values.members (instance properties and methods, member enumeration).

Sources: the .NET API reference pages of System.String, System.Collections.ArrayList, List<T>,
Hashtable, DateTime and TimeSpan (results and exception texts of .NET Framework 4.x), about_Properties
(member enumeration), about_Hash_Tables (keys shadow properties), ExtendedTypeSystem.resx
(MethodNotFound, MethodCountCouldNotFindBest, MethodInvocationException texts).
"""

from __future__ import annotations

import datetime as dt

import pytest

from pwshlite.errors import ErrorCategory, PwshError
from pwshlite.objects import Char, EnumValue, PSHashtable, PSObject, SecureString
from pwshlite.values.convert import convert_to, resolve_type, to_string
from pwshlite.values.members import (
    enumerate_member,
    get_member,
    get_type,
    invoke_method,
    new_object,
    property_names,
    set_member,
)
from pwshlite.values.types import ArrayList, GenericList, TypedArray


def _record(fn, *args):  # type: ignore[no-untyped-def]
    with pytest.raises(PwshError) as info:
        fn(*args)
    return info.value.record


# -- strings ---------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "method", "args", "expected"),
    [
        ("Hello", "ToLower", [], "hello"),
        ("Hello", "toupper", [], "HELLO"),
        ("  x  ", "Trim", [], "x"),
        ("xxaxx", "Trim", ["x"], "a"),
        ("--a--", "TrimStart", ["-"], "a--"),
        ("--a--", "TrimEnd", ["-"], "--a"),
        ("a,b;c", "Split", [",;"], ["a", "b", "c"]),  # 5.1: a string argument becomes char[]
        ("a  b", "Split", [], ["a", "", "b"]),
        ("a,b,c", "Split", [",", 2], ["a", "b,c"]),
        ("aXbXc", "Replace", ["X", "-"], "a-b-c"),
        ("aXbXc", "Replace", ["x", "-"], "aXbXc"),
        ("abc", "Contains", ["b"], True),
        ("abc", "Contains", ["B"], False),
        ("abc", "StartsWith", ["ab"], True),
        ("abc", "StartsWith", ["AB"], False),
        ("abc", "StartsWith", ["AB", "OrdinalIgnoreCase"], True),
        ("abc", "EndsWith", ["bc"], True),
        ("abcdef", "Substring", [2], "cdef"),
        ("abcdef", "Substring", [1, 3], "bcd"),
        ("abcabc", "IndexOf", ["c"], 2),
        ("abcabc", "IndexOf", ["c", 3], 5),
        ("abcabc", "LastIndexOf", ["a"], 3),
        ("abc", "IndexOf", ["z"], -1),
        ("7", "PadLeft", [3, "0"], "007"),
        ("ab", "PadRight", [4], "ab  "),
        ("ac", "Insert", [1, "b"], "abc"),
        ("abcdef", "Remove", [2], "ab"),
        ("abcdef", "Remove", [1, 2], "adef"),
        ("abc", "Equals", ["abc"], True),
        ("abc", "Equals", ["ABC"], False),
        ("a", "CompareTo", ["b"], -1),
        ("x", "ToString", [], "x"),
    ],
)
def test_string_methods(text: str, method: str, args: list[object], expected: object) -> None:
    assert invoke_method(text, method, args) == expected


def test_string_char_array_and_length() -> None:
    chars = invoke_method("ab", "ToCharArray", [])
    assert isinstance(chars, TypedArray) and chars == ["a", "b"] and isinstance(chars[0], Char)
    assert get_member("abc", "Length") == 3
    assert get_member("abc", "Count") == 1  # intrinsic Count on scalars (PowerShell 3+)
    assert get_member("abc", "Nope") is None


@pytest.mark.parametrize(
    ("text", "method", "args", "message", "error_id"),
    [
        (
            "abc",
            "Substring",
            [5],
            'Exception calling "Substring" with "1" argument(s): "startIndex cannot be larger than length of string.\nParameter name: startIndex"',
            "ArgumentOutOfRangeException",
        ),
        (
            "abc",
            "Substring",
            [1, 5],
            'Exception calling "Substring" with "2" argument(s): "Index and length must refer to a location within the string.\nParameter name: length"',
            "ArgumentOutOfRangeException",
        ),
        (
            "abc",
            "Replace",
            ["", "x"],
            'Exception calling "Replace" with "2" argument(s): "String cannot be of zero length.\nParameter name: oldValue"',
            "ArgumentException",
        ),
        (
            "abc",
            "Foo",
            [],
            "Method invocation failed because [System.String] does not contain a method named 'Foo'.",
            "MethodNotFound",
        ),
        (
            "abc",
            "Substring",
            [1, 2, 3],
            'Cannot find an overload for "Substring" and the argument count: "3".',
            "MethodCountCouldNotFindBest",
        ),
    ],
)
def test_string_method_errors(
    text: str, method: str, args: list[object], message: str, error_id: str
) -> None:
    record = _record(invoke_method, text, method, args)
    assert record.message == message
    assert record.error_id == error_id


def test_method_error_categories() -> None:
    assert _record(invoke_method, "a", "Foo", []).category is ErrorCategory.InvalidOperation
    record = _record(invoke_method, "a", "Substring", [1, 2, 3])
    assert record.exception_type == "System.Management.Automation.MethodException"
    record = _record(invoke_method, "a", "Substring", [5])
    assert record.exception_type == "System.Management.Automation.MethodInvocationException"


# -- collections -----------------------------------------------------------------------------------------
def test_array_is_fixed_size() -> None:
    record = _record(invoke_method, [1, 2], "Add", [3])
    assert record.message == 'Exception calling "Add" with "1" argument(s): "Collection was of a fixed size."'
    assert record.error_id == "NotSupportedException"
    assert invoke_method([1, 2, 3], "Contains", [2]) is True
    assert invoke_method([1, 2, 3], "IndexOf", [3]) == 2
    assert get_member([1, 2, 3], "Count") == 3 and get_member([1, 2, 3], "Length") == 3


def test_arraylist() -> None:
    values = new_object("System.Collections.ArrayList", [])
    assert isinstance(values, ArrayList)
    assert invoke_method(values, "Add", ["a"]) == 0
    assert invoke_method(values, "Add", ["b"]) == 1
    invoke_method(values, "AddRange", [["c", "d"]])
    invoke_method(values, "Remove", ["b"])
    invoke_method(values, "RemoveAt", [0])
    invoke_method(values, "Insert", [0, "z"])
    assert values == ["z", "c", "d"]
    assert invoke_method(values, "Contains", ["c"]) is True
    assert invoke_method(values, "ToArray", []) == ["z", "c", "d"]
    invoke_method(values, "Sort", [])
    assert values == ["c", "d", "z"]
    invoke_method(values, "Clear", [])
    assert get_member(values, "Count") == 0


def test_generic_list_converts_items() -> None:
    values = new_object(resolve_type("System.Collections.Generic.List[int]"), [])
    assert isinstance(values, GenericList)
    assert invoke_method(values, "Add", ["5"]) is None
    assert values == [5]
    assert invoke_method(values, "Remove", [5]) is True
    assert invoke_method(values, "Remove", [9]) is False
    record = _record(invoke_method, values, "Add", ["x"])
    assert record.error_id == "PSInvalidCastException"


def test_hashtable_members() -> None:
    table = PSHashtable([("a", 1), ("Keys", "shadow")])
    assert get_member(table, "a") == 1
    assert get_member(table, "A") == 1
    assert get_member(table, "Keys") == "shadow"  # keys shadow properties (about_Hash_Tables)
    assert get_member(table, "Count") == 2
    plain = PSHashtable([("x", 1), ("y", 2)])
    assert get_member(plain, "Keys") == ["x", "y"] and get_member(plain, "Values") == [1, 2]
    invoke_method(plain, "Add", ["z", 3])
    assert invoke_method(plain, "ContainsKey", ["Z"]) is True
    assert invoke_method(plain, "ContainsValue", [2]) is True
    invoke_method(plain, "Remove", ["x"])
    assert plain.keys() == ["y", "z"]
    clone = invoke_method(plain, "Clone", [])
    assert clone is not plain and clone.items() == plain.items()
    entries = invoke_method(plain, "GetEnumerator", [])
    assert [(e.get("Key"), e.get("Value")) for e in entries] == [("y", 2), ("z", 3)]


def test_hashtable_add_duplicate() -> None:
    record = _record(invoke_method, PSHashtable([("a", 1)]), "Add", ["a", 2])
    assert record.message == (
        'Exception calling "Add" with "2" argument(s): "Item has already been added. Key in dictionary: \'a\'  Key being added: \'a\'"'
    )
    assert record.error_id == "ArgumentException"


def test_member_enumeration() -> None:
    people = [PSObject([("Name", "a"), ("Age", 1)]), PSObject([("Name", "b")]), PSObject([("Other", 2)])]
    assert get_member(people, "Name") == ["a", "b"]
    assert get_member(people, "Age") == 1
    assert get_member(people, "Missing") is None
    assert enumerate_member([PSObject([("L", [1, 2])]), PSObject([("L", [3])])], "L") == [1, 2, 3]
    assert get_member(["ab", "cde"], "Length") == 2  # the array's own Length wins


# -- PSObject ----------------------------------------------------------------------------------------------
def test_psobject_members() -> None:
    obj = PSObject([("Name", "x")])
    assert get_member(obj, "name") == "x"
    assert get_member(obj, "missing") is None
    set_member(obj, "Name", "y")
    assert obj.get("Name") == "y"
    record = _record(set_member, obj, "Other", 1)
    assert (
        record.message
        == "The property 'Other' cannot be found on this object. Verify that the property exists and can be set."
    )
    assert record.error_id == "PropertyNotFound"
    assert invoke_method(obj, "ToString", []) == "@{Name=y}"
    record = _record(invoke_method, obj, "Foo", [])
    assert record.message == (
        "Method invocation failed because [System.Management.Automation.PSCustomObject] does not contain a method named 'Foo'."
    )
    wrapped = PSObject(base="text")
    assert get_member(wrapped, "Length") == 4
    assert invoke_method(wrapped, "ToUpper", []) == "TEXT"


def test_set_member_on_hashtable_and_readonly() -> None:
    table = PSHashtable()
    set_member(table, "New", 1)
    assert table["new"] == 1
    record = _record(set_member, dt.datetime(2026, 1, 1), "Year", 2000)
    assert record.message == '"Year" is a ReadOnly property.'  # ExtendedTypeSystem.ReadOnlyProperty


# -- dates and time spans ---------------------------------------------------------------------------------
WHEN = dt.datetime(2026, 11, 27, 14, 5, 9, 250000)


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Year", 2026),
        ("Month", 11),
        ("Day", 27),
        ("Hour", 14),
        ("Minute", 5),
        ("Second", 9),
        ("Millisecond", 250),
        ("DayOfYear", 331),
        ("Date", dt.datetime(2026, 11, 27)),
        ("TimeOfDay", dt.timedelta(hours=14, minutes=5, seconds=9, milliseconds=250)),
        ("DateTime", "Friday, November 27, 2026 2:05:09 PM"),
    ],
)
def test_datetime_properties(name: str, expected: object) -> None:
    assert get_member(WHEN, name) == expected


def test_datetime_ticks() -> None:
    # DateTime(2000, 1, 1).Ticks is 630822816000000000 (.NET DateTime.Ticks docs)
    assert get_member(dt.datetime(2000, 1, 1), "Ticks") == 630822816000000000
    assert get_member(dt.datetime(2000, 1, 1, 0, 0, 1), "Ticks") == 630822816010000000


def test_datetime_day_of_week_is_enum() -> None:
    value = get_member(WHEN, "DayOfWeek")
    assert isinstance(value, EnumValue) and value.name == "Friday" and value.value == 5
    assert to_string(value) == "Friday"


@pytest.mark.parametrize(
    ("method", "args", "expected"),
    [
        ("AddDays", [1], dt.datetime(2026, 11, 28, 14, 5, 9, 250000)),
        ("AddDays", [-0.5], dt.datetime(2026, 11, 27, 2, 5, 9, 250000)),
        ("AddHours", [10], dt.datetime(2026, 11, 28, 0, 5, 9, 250000)),
        ("AddMinutes", [55], dt.datetime(2026, 11, 27, 15, 0, 9, 250000)),
        ("AddSeconds", [51], dt.datetime(2026, 11, 27, 14, 6, 0, 250000)),
        ("AddMonths", [3], dt.datetime(2027, 2, 27, 14, 5, 9, 250000)),
        ("AddYears", [-1], dt.datetime(2025, 11, 27, 14, 5, 9, 250000)),
        ("ToString", ["yyyy-MM-dd"], "2026-11-27"),
        ("ToString", [], "11/27/2026 2:05:09 PM"),
        ("ToShortDateString", [], "11/27/2026"),
        ("ToLongDateString", [], "Friday, November 27, 2026"),
        ("ToShortTimeString", [], "2:05 PM"),
        ("ToLongTimeString", [], "2:05:09 PM"),
        (
            "Subtract",
            [dt.datetime(2026, 11, 27)],
            dt.timedelta(hours=14, minutes=5, seconds=9, milliseconds=250),
        ),
    ],
)
def test_datetime_methods(method: str, args: list[object], expected: object) -> None:
    assert invoke_method(WHEN, method, args) == expected


def test_add_months_clamps_day() -> None:
    assert invoke_method(dt.datetime(2026, 1, 31), "AddMonths", [1]) == dt.datetime(2026, 2, 28)
    assert invoke_method(dt.datetime(2024, 2, 29), "AddYears", [1]) == dt.datetime(2025, 2, 28)


def test_timespan_properties() -> None:
    span = dt.timedelta(days=1, hours=2, minutes=3, seconds=4, milliseconds=5)
    assert [get_member(span, n) for n in ("Days", "Hours", "Minutes", "Seconds", "Milliseconds")] == [
        1,
        2,
        3,
        4,
        5,
    ]
    assert get_member(dt.timedelta(minutes=5), "TotalMinutes") == 5.0
    assert to_string(get_member(dt.timedelta(minutes=5), "TotalDays")) == "0.00347222222222222"
    assert get_member(dt.timedelta(minutes=5), "Ticks") == 3_000_000_000
    negative = -dt.timedelta(hours=1, minutes=30)
    assert get_member(negative, "Hours") == -1 and get_member(negative, "Minutes") == -30
    assert property_names(span)[:6] == ["Days", "Hours", "Minutes", "Seconds", "Milliseconds", "Ticks"]
    assert invoke_method(dt.timedelta(minutes=90), "ToString", [r"hh\:mm"]) == "01:30"


# -- numbers, types, misc ---------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("value", "method", "args", "expected"),
    [
        (1234.5, "ToString", ["N1"], "1,234.5"),
        (255, "ToString", ["X4"], "00FF"),
        (42, "ToString", [], "42"),
        (5, "CompareTo", [7], -1),
        (5, "Equals", [5], True),
        (5, "Equals", [5.0], False),
        (True, "ToString", [], "True"),
        (Char("a"), "ToString", [], "a"),
    ],
)
def test_scalar_methods(value: object, method: str, args: list[object], expected: object) -> None:
    assert invoke_method(value, method, args) == expected


def test_get_type() -> None:
    assert get_type(1).name == "Int32" and get_type(1).full_name == "System.Int32"
    assert get_type("s").full_name == "System.String"
    assert get_type([1]).name == "Object[]"
    assert get_type(PSObject()).full_name == "System.Management.Automation.PSCustomObject"
    assert get_type(PSHashtable()).name == "Hashtable"
    assert invoke_method(5, "GetType", []).full_name == "System.Int32"
    assert get_member(invoke_method("x", "GetType", []), "FullName") == "System.String"
    assert get_member(resolve_type("int"), "BaseType").full_name == "System.ValueType"
    assert get_type(convert_to(["a"], "string[]")).full_name == "System.String[]"


def test_secure_string_and_guid_members() -> None:
    assert get_member(SecureString("abcd"), "Length") == 4
    assert invoke_method(SecureString("x"), "ToString", []) == "System.Security.SecureString"
    guid = convert_to("3f0e1c2a-5b6d-4e7f-8a9b-0c1d2e3f4a5b", "guid")
    assert invoke_method(guid, "ToString", ["N"]) == "3f0e1c2a5b6d4e7f8a9b0c1d2e3f4a5b"
    assert get_member(guid, "Guid") == "3f0e1c2a-5b6d-4e7f-8a9b-0c1d2e3f4a5b"
    assert property_names(guid) == ["Guid"]


def test_regex_instance_and_match_members() -> None:
    regex = convert_to(r"(?<word>\w+)@(\w+)", "regex")
    match = invoke_method(regex, "Match", ["mail: bob@contoso"])
    assert get_member(match, "Success") is True
    assert get_member(match, "Value") == "bob@contoso"
    assert get_member(match, "Index") == 6
    groups = get_member(match, "Groups")
    assert [get_member(g, "Value") for g in groups] == ["bob@contoso", "contoso", "bob"]
    assert [get_member(g, "Name") for g in groups] == ["0", "1", "word"]
    assert invoke_method(regex, "IsMatch", ["nothing"]) is False
    assert property_names(match) == ["Groups", "Success", "Name", "Captures", "Index", "Length", "Value"]


def test_null_members() -> None:
    assert get_member(None, "Count") == 0
    assert get_member(None, "Anything") is None


def test_psobject_intrinsic_view() -> None:
    # about_Intrinsic_Members: .psobject exposes Properties and TypeNames; PSTypeNames is live
    obj = PSObject([("Name", "x"), ("Age", 5)])
    view = get_member(obj, "psobject")
    props = get_member(view, "Properties")
    assert get_member(props, "Name") == ["Name", "Age"]
    assert get_member(props, "Value") == ["x", 5]
    assert get_member(props[0], "MemberType") == "NoteProperty"
    assert get_member(props[1], "TypeNameOfValue") == "System.Int32"
    set_member(props[0], "Value", "y")
    assert obj.get("Name") == "y"
    names = get_member(obj, "PSTypeNames")
    invoke_method(names, "Insert", [0, "My.Type"])
    assert obj.type_names[0] == "My.Type"
    assert get_member(get_member(obj, "psobject"), "TypeNames")[0] == "My.Type"
    assert get_member(get_member("text", "psobject"), "BaseObject") == "text"
    assert get_member("text", "PSTypeNames") == ["System.String", "System.Object"]
    invoke_method(props, "Remove", ["Age"])
    assert obj.names() == ["Name"]


def test_switch_parameter_members() -> None:
    from pwshlite.cmdlet import Switch  # duck-typed: the values layer never imports cmdlet

    assert get_member(Switch(True), "IsPresent") is True
    assert get_member(Switch(False), "IsPresent") is False
    assert invoke_method(Switch(True), "ToBool", []) is True
    assert to_string(Switch(True)) == "True"


def test_method_enumeration_over_arrays() -> None:
    # about_Member-Access_Enumeration: a method the array lacks is called on each element
    assert invoke_method(["a ", " b"], "Trim", []) == ["a", "b"]
    assert invoke_method(["a,b", "c"], "Split", [","]) == ["a", "b", "c"]
    assert invoke_method(["x"], "ToUpper", []) == "X"
    record = _record(invoke_method, [1, 2], "Foo", [])
    assert (
        record.message
        == "Method invocation failed because [System.Int32] does not contain a method named 'Foo'."
    )
    record = _record(invoke_method, [], "Foo", [])
    assert (
        record.message
        == "Method invocation failed because [System.Object[]] does not contain a method named 'Foo'."
    )
    assert invoke_method([1, 2], "Contains", [2]) is True  # the array's own method wins


def test_generic_hashset() -> None:
    # HashSet<T>.Add returns whether the item was added; strings compare ordinally (case-sensitive)
    values = new_object(resolve_type("System.Collections.Generic.HashSet[string]"), [])
    assert invoke_method(values, "Add", ["a"]) is True
    assert invoke_method(values, "Add", ["a"]) is False
    assert invoke_method(values, "Add", ["A"]) is True
    invoke_method(values, "UnionWith", [["b", "a"]])
    assert list(values) == ["a", "A", "b"] and get_member(values, "Count") == 3
    invoke_method(values, "ExceptWith", [["A"]])
    assert list(values) == ["a", "b"]
    assert convert_to(["x", "x", "y"], "System.Collections.Generic.HashSet[string]") == ["x", "y"]


def test_method_argument_conversion_error() -> None:
    # ExtendedTypeSystem.MethodArgumentConversionException with the parameter name from the .NET reference
    record = _record(invoke_method, "abc", "Substring", ["x"])
    assert record.message == (
        'Cannot convert argument "startIndex", with value: "x", for "Substring" to type "System.Int32": '
        '"Cannot convert value "x" to type "System.Int32". Error: "Input string was not in a correct format.""'
    )
    assert record.error_id == "MethodArgumentConversionInvalidCastArgument"
    assert record.exception_type == "System.Management.Automation.MethodException"
    assert invoke_method("abcdef", "Substring", ["2"]) == "cdef"
    record = _record(invoke_method, dt.datetime(2026, 1, 1), "AddDays", ["x"])
    assert record.message.startswith(
        'Cannot convert argument "value", with value: "x", for "AddDays" to type "System.Double"'
    )
