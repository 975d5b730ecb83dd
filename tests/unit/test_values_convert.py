"""Unit tests for pwshlite.values.convert: string form, truthiness, numbers, casts, type names.

Sources: formatting spec 3.4 (string forms), about_Booleans (truthiness), about_Type_Conversion and
LanguagePrimitives.cs in the 5.1-era PowerShell source (ConvertStringToInteger uses Int32Converter,
ConvertStringToReal uses Convert.ChangeType with the invariant culture), ExtendedTypeSystem.resx
(InvalidCastExceptionWithInnerException / InvalidCastException texts).
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from pwshlite.errors import ErrorCategory, PwshError
from pwshlite.objects import Char, EnumValue, PSHashtable, PSObject, SecureString
from pwshlite.values.convert import (
    convert_to,
    is_instance,
    resolve_type,
    to_bool,
    to_number,
    to_string,
    type_name_of,
    type_names_of,
)
from pwshlite.values.types import ArrayList, GenericList, Guid, TypedArray


# -- to_string: formatting spec 3.4 -----------------------------------------------------------------------
@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (None, ""),
        (True, "True"),
        (False, "False"),
        (-1234, "-1234"),
        (0.1 + 0.2, "0.3"),
        (1 / 3, "0.333333333333333"),
        (1e15, "1E+15"),
        (123456789012345.0, "123456789012345"),
        (0.0001, "0.0001"),
        (1e-5, "1E-05"),
        (1.5e100, "1.5E+100"),
        (-0.0, "0"),
        (float("nan"), "NaN"),
        (float("inf"), "Infinity"),
        (float("-inf"), "-Infinity"),
        (2.0, "2"),
        (Decimal("4567.123456789"), "4567.123456789"),
        (Decimal("1.50"), "1.50"),
        (dt.datetime(2026, 11, 27, 13, 4, 5), "11/27/2026 1:04:05 PM"),
        (dt.datetime(2026, 1, 2, 0, 0, 9), "1/2/2026 12:00:09 AM"),
        (dt.timedelta(minutes=5), "00:05:00"),
        (dt.timedelta(days=1, hours=2, minutes=3, seconds=4, milliseconds=500), "1.02:03:04.5000000"),
        (-dt.timedelta(hours=1), "-01:00:00"),
        (Char("x"), "x"),
        (EnumValue("System.DayOfWeek", "Friday", 5), "Friday"),
        (SecureString("secret"), "System.Security.SecureString"),
        (PSHashtable([("a", 1)]), "System.Collections.Hashtable"),
        (PSHashtable([("a", 1)], ordered=True), "System.Collections.Specialized.OrderedDictionary"),
        (Guid("3f0e1c2a-5b6d-4e7f-8a9b-0c1d2e3f4a5b"), "3f0e1c2a-5b6d-4e7f-8a9b-0c1d2e3f4a5b"),
    ],
)
def test_to_string_scalars(value: object, expected: str) -> None:
    assert to_string(value) == expected


def test_to_string_collections_join_with_ofs_and_flatten() -> None:
    # "$(1,(2,3))" is "1 2 3"; $OFS replaces the space (about_Automatic_Variables, $OFS)
    assert to_string([1, [2, 3]]) == "1 2 3"
    assert to_string([1, 2, 3], ofs="-") == "1-2-3"
    assert to_string([]) == ""


def test_to_string_pscustomobject_form() -> None:
    # formatting spec 3.4: `@{a=1; b=System.Object[]}`, empty object -> ''
    obj = PSObject([("a", 1), ("b", [1, 2]), ("c", None)])
    assert to_string(obj) == "@{a=1; b=System.Object[]; c=}"
    assert to_string(PSObject()) == ""
    assert to_string(PSObject(base="wrapped")) == "wrapped"


def test_to_string_type_uses_accelerator_name() -> None:
    assert to_string(resolve_type("System.Int32")) == "int"
    assert to_string(resolve_type("IO.Path")) == "System.IO.Path"


# -- to_bool: about_Booleans ---------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (None, False),
        ("", False),
        ("False", True),
        ("0", True),
        (0, False),
        (0.0, False),
        (Decimal(0), False),
        (2, True),
        ([], False),
        ([0], False),
        (["a"], True),
        ([[]], False),
        ([0, 0], True),
        (PSHashtable(), True),
        (PSObject(), True),
    ],
)
def test_to_bool(value: object, expected: bool) -> None:
    assert to_bool(value) is expected


# -- to_number -------------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("", 0),
        ("  42 ", 42),
        ("0x1F", 31),
        ("0xFFFFFFFF", -1),
        ("1.5", 1.5),
        ("1e3", 1000.0),
        ("1kb", 1024),
        ("2MB", 2097152),
        ("1.5kb", 1536.0),
        ("10d", Decimal(10)),
        ("-7", -7),
        ("9223372036854775808", 9.223372036854776e18),
    ],
)
def test_to_number_strings(text: str, expected: object) -> None:
    result = to_number(text)
    assert result == expected
    assert type(result) is type(expected)


def test_to_number_scalars() -> None:
    assert to_number(None) == 0
    assert to_number(True) == 1
    assert to_number(Char("A")) == 65  # 1 + [char]65 is 66


def test_to_number_rejects_text() -> None:
    # pwsh: 1 + 'abc' -> InvalidCastFromStringToInteger with the System.Int32 message
    with pytest.raises(PwshError) as info:
        to_number("abc")
    record = info.value.record
    assert (
        record.message
        == 'Cannot convert value "abc" to type "System.Int32". Error: "Input string was not in a correct format."'
    )
    assert record.error_id == "InvalidCastFromStringToInteger"
    assert record.category is ErrorCategory.InvalidArgument
    assert record.exception_type == "System.Management.Automation.RuntimeException"
    with pytest.raises(PwshError):
        to_number("Infinity")


# -- convert_to --------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("value", "type_name", "expected"),
    [
        ("42", "int", 42),
        (" 42 ", "int", 42),
        ("0x10", "int", 16),
        ("", "int", 0),
        (None, "int", 0),
        (2.5, "int", 2),  # banker's rounding (Convert.ToInt32)
        (3.5, "int", 4),
        (-2.5, "int", -2),
        (Decimal("2.5"), "int", 2),
        (True, "int", 1),
        ("5000000000", "long", 5000000000),
        ("1.5", "double", 1.5),
        ("1,000.5", "double", 1000.5),
        ("", "double", 0.0),
        (3, "double", 3.0),
        ("1.50", "decimal", Decimal("1.50")),
        (0.1, "decimal", Decimal("0.1")),
        ("False", "bool", True),
        ("", "bool", False),
        (0, "bool", False),
        (65, "char", "A"),
        ("x", "char", "x"),
        (12, "string", "12"),
        ([1, 2], "string", "1 2"),
        (None, "string", ""),
        ("anything", "object", "anything"),
    ],
)
def test_convert_to_scalars(value: object, type_name: str, expected: object) -> None:
    result = convert_to(value, type_name)
    assert result == expected
    assert type(result) is type(expected) or isinstance(result, type(expected))


def test_convert_to_char_type_is_char() -> None:
    assert isinstance(convert_to(65, "char"), Char)


@pytest.mark.parametrize(
    ("value", "type_name", "message", "error_id"),
    [
        (
            "abc",
            "int",
            'Cannot convert value "abc" to type "System.Int32". Error: "Input string was not in a correct format."',
            "InvalidCastFromStringToInteger",
        ),
        (
            "1.5",
            "int",
            'Cannot convert value "1.5" to type "System.Int32". Error: "Input string was not in a correct format."',
            "InvalidCastFromStringToInteger",
        ),
        (
            "99999999999",
            "int",
            'Cannot convert value "99999999999" to type "System.Int32". Error: "Value was either too large or too small for an Int32."',
            "InvalidCastFromStringToInteger",
        ),
        (
            1e10,
            "int",
            'Cannot convert value "10000000000" to type "System.Int32". Error: "Value was either too large or too small for an Int32."',
            "InvalidCastIConvertible",
        ),
        (
            "abc",
            "double",
            'Cannot convert value "abc" to type "System.Double". Error: "Input string was not in a correct format."',
            "InvalidCastFromStringToDoubleOrSingle",
        ),
        (
            "abc",
            "datetime",
            'Cannot convert value "abc" to type "System.DateTime". Error: "String was not recognized as a valid DateTime."',
            "InvalidCastParseTargetInvocationWithFormatProvider",
        ),
        (
            [1, 2],
            "int",
            'Cannot convert the "1 2" value of type "System.Object[]" to type "System.Int32".',
            "ConvertToFinalInvalidCastException",
        ),
        (
            "abc",
            "securestring",
            'Cannot convert the "abc" value of type "System.String" to type "System.Security.SecureString".',
            "ConvertToFinalInvalidCastException",
        ),
    ],
)
def test_convert_to_errors(value: object, type_name: str, message: str, error_id: str) -> None:
    with pytest.raises(PwshError) as info:
        convert_to(value, type_name)
    assert info.value.record.message == message
    assert info.value.record.error_id == error_id
    assert info.value.record.category is ErrorCategory.InvalidArgument


def test_convert_to_unknown_type() -> None:
    with pytest.raises(PwshError) as info:
        convert_to(1, "Foo.Bar")
    assert info.value.record.message == "Unable to find type [Foo.Bar]."
    assert info.value.record.error_id == "TypeNotFound"


def test_convert_to_datetime_invariant_forms() -> None:
    assert convert_to("11/27/2026", "datetime") == dt.datetime(2026, 11, 27)
    assert convert_to("2026-11-27", "datetime") == dt.datetime(2026, 11, 27)
    assert convert_to("2026-11-27T14:05:09", "datetime") == dt.datetime(2026, 11, 27, 14, 5, 9)
    assert convert_to("11/27/2026 2:05:09 PM", "datetime") == dt.datetime(2026, 11, 27, 14, 5, 9)
    assert convert_to("November 27, 2026", "datetime") == dt.datetime(2026, 11, 27)


def test_convert_to_timespan() -> None:
    assert convert_to("01:30:00", "timespan") == dt.timedelta(hours=1, minutes=30)
    assert convert_to("1.02:03:04", "timespan") == dt.timedelta(days=1, hours=2, minutes=3, seconds=4)
    assert convert_to(10_000_000, "timespan") == dt.timedelta(seconds=1)  # ticks


def test_convert_to_guid_and_regex() -> None:
    guid = convert_to("3F0E1C2A-5B6D-4E7F-8A9B-0C1D2E3F4A5B", "guid")
    assert isinstance(guid, Guid)
    assert str(guid) == "3f0e1c2a-5b6d-4e7f-8a9b-0c1d2e3f4a5b"
    assert type_name_of(convert_to("a+", "regex")) == "System.Text.RegularExpressions.Regex"


def test_convert_to_collections() -> None:
    assert convert_to(None, "array") is None
    assert convert_to(5, "array") == [5]
    typed = convert_to(["1", "2"], "int[]")
    assert isinstance(typed, TypedArray) and typed == [1, 2]
    assert type_name_of(typed) == "System.Int32[]"
    assert convert_to("a", "string[]") == ["a"]
    arraylist = convert_to([1, 2], "System.Collections.ArrayList")
    assert isinstance(arraylist, ArrayList) and type_name_of(arraylist) == "System.Collections.ArrayList"
    generic = convert_to([1, 2], "System.Collections.Generic.List[string]")
    assert isinstance(generic, GenericList) and generic == ["1", "2"]


def test_convert_to_pscustomobject_and_ordered() -> None:
    obj = convert_to(PSHashtable([("Name", "x"), ("Age", 5)]), "pscustomobject")
    assert isinstance(obj, PSObject) and obj.names() == ["Name", "Age"]
    assert to_string(obj) == "@{Name=x; Age=5}"
    ordered = convert_to(PSHashtable([("b", 1), ("a", 2)]), "ordered")
    assert ordered.ordered and ordered.keys() == ["b", "a"]


def test_convert_to_xml() -> None:
    doc = convert_to("<root><user name='a'>x</user></root>", "xml")
    root = doc.get_member("root")
    assert root.get_member("user").get_member("name") == "a"
    assert root.get_member("user").get_member("#text") == "x"


# -- type names ------------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (1, "System.Int32"),
        (2**40, "System.Int64"),
        (1.0, "System.Double"),
        (Decimal(1), "System.Decimal"),
        ("s", "System.String"),
        (Char("c"), "System.Char"),
        (True, "System.Boolean"),
        ([1], "System.Object[]"),
        (PSHashtable(), "System.Collections.Hashtable"),
        (PSObject(), "System.Management.Automation.PSCustomObject"),
        (dt.datetime(2026, 1, 1), "System.DateTime"),
        (dt.timedelta(1), "System.TimeSpan"),
        (Guid(), "System.Guid"),
    ],
)
def test_type_name_of(value: object, expected: str) -> None:
    assert type_name_of(value) == expected


def test_type_names_of_chain() -> None:
    assert type_names_of(1) == ["System.Int32", "System.ValueType", "System.Object"]
    assert type_names_of([1]) == ["System.Object[]", "System.Array", "System.Object"]
    assert type_names_of(PSObject(type_names=["My.Type", "System.Object"])) == ["My.Type", "System.Object"]


@pytest.mark.parametrize(
    ("name", "full"),
    [
        ("int", "System.Int32"),
        ("INT", "System.Int32"),
        ("Int32", "System.Int32"),
        ("System.Int32", "System.Int32"),
        ("pscustomobject", "System.Management.Automation.PSObject"),
        ("math", "System.Math"),
        ("IO.Path", "System.IO.Path"),
        ("[string]", "System.String"),
        ("string[]", "System.String[]"),
        ("hashtable", "System.Collections.Hashtable"),
        ("System.Management.Automation.RuntimeException", "System.Management.Automation.RuntimeException"),
    ],
)
def test_resolve_type(name: str, full: str) -> None:
    found = resolve_type(name)
    assert found is not None and found.full_name == full


def test_resolve_type_unknown() -> None:
    assert resolve_type("NoSuchType") is None
    assert resolve_type("NoSuch[]") is None


@pytest.mark.parametrize(
    ("value", "type_name", "expected"),
    [
        (1, "int", True),
        (1, "long", False),
        (1, "ValueType", True),
        (1, "object", True),
        ("s", "string", True),
        ("s", "int", False),
        ([1], "array", True),
        ([1], "object[]", True),
        (None, "object", False),
        (PSObject(), "pscustomobject", True),
        (PSObject(), "psobject", True),
        (1, "psobject", False),
        (PSHashtable(), "System.Collections.IDictionary", True),
        (TypedArray(["a"], resolve_type("string")), "object[]", True),
        (TypedArray(["a"], resolve_type("string")), "string[]", True),
    ],
)
def test_is_instance(value: object, type_name: str, expected: bool) -> None:
    assert is_instance(value, type_name) is expected


def test_is_instance_exception_hierarchy() -> None:
    # catch [System.Exception] catches everything; RuntimeException derives from SystemException
    chain = resolve_type("System.Management.Automation.MethodInvocationException")
    assert chain is not None
    from pwshlite.values.types import type_chain

    names = type_chain(chain.full_name)
    assert "System.Management.Automation.RuntimeException" in names
    assert names[-2:] == ["System.Exception", "System.Object"]


@pytest.mark.parametrize(
    ("type_name", "expected"),
    [("string", ""), ("int", 0), ("double", 0.0), ("bool", False), ("char", "\0"), ("hashtable", None),
     ("string[]", None), ("array", None), ("regex", None), ("xml", None)],
)  # fmt: skip
def test_convert_null(type_name: str, expected: object) -> None:
    # $null becomes "" / 0 / $false for strings, numbers, booleans and stays $null for reference types
    assert convert_to(None, type_name) == expected


def test_convert_null_to_value_types_fails() -> None:
    # ExtendedTypeSystem.InvalidCastFromNull / InvalidCastExceptionEnumerationNull
    with pytest.raises(PwshError) as info:
        convert_to(None, "datetime")
    assert info.value.record.message == 'Cannot convert null to type "System.DateTime".'
    with pytest.raises(PwshError) as info:
        convert_to(None, "System.DayOfWeek")
    assert info.value.record.message.startswith(
        'Cannot convert null to type "System.DayOfWeek" due to enumeration'
    )
    assert info.value.record.message.endswith('"Sunday,Monday,Tuesday,Wednesday,Thursday,Friday,Saturday".')


def test_convert_to_enum() -> None:
    value = convert_to("stop", "System.Management.Automation.ActionPreference")
    assert isinstance(value, EnumValue) and value.name == "Stop" and value.value == 1
    flags = convert_to("IgnoreCase, Multiline", "System.Text.RegularExpressions.RegexOptions")
    assert flags.value == 3 and to_string(flags) == "IgnoreCase, Multiline"
    assert convert_to(5, "System.DayOfWeek").name == "Friday"
    with pytest.raises(PwshError) as info:
        convert_to("Funday", "System.DayOfWeek")
    assert info.value.record.error_id == "InvalidCastFromStringToEnum"
    assert (
        "Unable to match the identifier name Funday to a valid enumerator name." in info.value.record.message
    )


def test_ref_conversion() -> None:
    from pwshlite.values.types import PSReference

    ref = convert_to(5, "ref")
    assert isinstance(ref, PSReference) and ref.value == 5
    assert convert_to(ref, "ref") is ref
    assert to_string(ref) == "System.Management.Automation.PSReference"


def test_version() -> None:
    from pwshlite.values.compare import compare
    from pwshlite.values.members import get_member
    from pwshlite.values.ops import binary_op

    version = convert_to("5.1.19041.1682", "version")
    assert to_string(version) == "5.1.19041.1682"
    assert get_member(version, "Major") == 5 and get_member(version, "Build") == 19041
    assert get_member(convert_to("2.0", "version"), "Build") == -1
    assert binary_op("-ge", version, "5.0") is True
    assert binary_op("-lt", convert_to("1.10", "version"), convert_to("1.9", "version")) is False
    assert binary_op("-eq", convert_to("1.2", "version"), "1.2") is True
    assert compare(convert_to("10.0", "version"), "9.5") > 0
    with pytest.raises(PwshError):
        convert_to("abc", "version")


def test_registered_to_string_hook() -> None:
    from pwshlite.values.convert import register_to_string

    register_to_string("Test.Values.Identity", lambda obj: str(obj.get("Identity")))
    obj = PSObject(
        [("Identity", "contoso.com/Users/Ann"), ("Name", "Ann")],
        type_names=["Test.Values.Identity", "System.Object"],
    )
    assert to_string(obj) == "contoso.com/Users/Ann"
    assert to_string([obj, obj], ofs=";") == "contoso.com/Users/Ann;contoso.com/Users/Ann"


def test_string_to_char_array() -> None:
    chars = convert_to("abc", "char[]")
    assert chars == ["a", "b", "c"] and all(isinstance(c, Char) for c in chars)


@pytest.mark.parametrize(
    ("value", "type_name", "expected"),
    [("0xFFFFFFFF", "int", -1), ("0xFF", "byte", 255), ("0xFFFF", "System.Int16", -1), (65.4, "char", "A")],
)
def test_integer_edge_conversions(value: object, type_name: str, expected: object) -> None:
    # Int32Converter reads hex digits as two's-complement bits; [char] of a number rounds to a code point
    assert convert_to(value, type_name) == expected


@pytest.mark.parametrize(
    ("value", "type_name", "inner"),
    [
        ("999", "byte", "Value was either too large or too small for an unsigned byte."),
        ("-1", "System.UInt32", "Value was either too large or too small for a UInt32."),
        (70000, "char", "Value was either too large or too small for a character."),
    ],
)
def test_overflow_texts(value: object, type_name: str, inner: str) -> None:
    # mscorlib Overflow_* resource texts
    with pytest.raises(PwshError) as info:
        convert_to(value, type_name)
    assert info.value.record.message.endswith(f'Error: "{inner}"')


@pytest.mark.parametrize(
    ("name", "ancestor"),
    [
        ("System.Management.Automation.PSInvalidCastException", "System.InvalidCastException"),
        (
            "System.Management.Automation.MethodInvocationException",
            "System.Management.Automation.RuntimeException",
        ),
        (
            "System.Management.Automation.ItemNotFoundException",
            "System.Management.Automation.SessionStateException",
        ),
        ("System.IO.FileNotFoundException", "System.IO.IOException"),
        ("System.DivideByZeroException", "System.ArithmeticException"),
        ("System.Management.Automation.PSArgumentException", "System.ArgumentException"),
    ],
)
def test_exception_type_chains(name: str, ancestor: str) -> None:
    # .NET Framework / System.Management.Automation class hierarchy (typed catch matches base classes)
    from pwshlite.values.types import type_chain

    chain = type_chain(name)
    assert ancestor in chain and chain[-2:] == ["System.Exception", "System.Object"]
    assert "System.Management.Automation.RuntimeException" not in type_chain(
        "System.Management.Automation.PSInvalidCastException"
    )


def test_ipaddress_and_mailaddress() -> None:
    # System.Net.IPAddress / System.Net.Mail.MailAddress docs
    from pwshlite.values.members import get_member
    from pwshlite.values.statics import invoke_static

    ip = convert_to("10.0.0.1", "ipaddress")
    assert to_string(ip) == "10.0.0.1"
    assert to_string(get_member(ip, "AddressFamily")) == "InterNetwork"
    assert get_member(ip, "Address") == 16777226  # bytes 10.0.0.1 read little-endian
    assert to_string(get_member(convert_to("::1", "ipaddress"), "AddressFamily")) == "InterNetworkV6"
    with pytest.raises(PwshError) as info:
        convert_to("10.0.0.300", "ipaddress")
    assert info.value.record.message.endswith('Error: "An invalid IP address was specified."')
    assert to_string(invoke_static(resolve_type("ipaddress"), "Parse", ["192.168.1.5"])) == "192.168.1.5"
    mail = convert_to('"Ann Lee" <ann@contoso.com>', "mailaddress")
    assert get_member(mail, "Address") == "ann@contoso.com"
    assert get_member(mail, "User") == "ann" and get_member(mail, "Host") == "contoso.com"
    assert get_member(mail, "DisplayName") == "Ann Lee"
    assert to_string(convert_to("bob@contoso.com", "mailaddress")) == "bob@contoso.com"
    with pytest.raises(PwshError) as info:
        convert_to("not-an-address", "mailaddress")
    assert info.value.record.message.endswith(
        '"The specified string is not in the form required for an e-mail address."'
    )
