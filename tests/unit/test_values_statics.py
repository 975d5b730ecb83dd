"""Unit tests for pwshlite.values.statics / statics_io / construct ([T]::Member, [T]::new, New-Object).

Sources: .NET API reference pages (System.Math Round/Floor/..., String.Join/Format/IsNullOrEmpty,
Int32.Parse, DateTime.Parse/ParseExact/DaysInMonth, TimeSpan.FromX, Guid, Regex static methods,
Char, Convert, Path, File, Directory, Environment, Encoding) with .NET Framework 4.x behaviour;
ExtendedTypeSystem.resx for the MethodNotFound text naming the type.
"""

from __future__ import annotations

import datetime as dt
import math
import os
from decimal import Decimal
from pathlib import Path

import pytest

from pwshlite.errors import PwshError
from pwshlite.objects import EnumValue, PSHashtable, PSObject
from pwshlite.values.construct import new_object
from pwshlite.values.convert import resolve_type, to_string
from pwshlite.values.members import get_member, invoke_method
from pwshlite.values.statics import get_static, invoke_static
from pwshlite.values.types import Guid, PSReference


def call(type_name: str, name: str, *args: object) -> object:
    found = resolve_type(type_name)
    assert found is not None, type_name
    return invoke_static(found, name, list(args))


def static(type_name: str, name: str) -> object:
    found = resolve_type(type_name)
    assert found is not None, type_name
    return get_static(found, name)


# -- [math] -------------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("name", "args", "expected"),
    [
        ("Round", [2.5], 2.0),
        ("Round", [3.5], 4.0),
        ("Round", [-2.5], -2.0),
        ("Round", [2.5, "AwayFromZero"], 3.0),
        ("Round", [1.2345, 2], 1.23),
        ("Round", [1.2355, 3], 1.236),
        ("Round", [Decimal("2.345"), 2], Decimal("2.34")),
        ("Round", [10 / 3, 2], 3.33),
        ("Floor", [2.7], 2.0),
        ("Floor", [-2.2], -3.0),
        ("Ceiling", [2.1], 3.0),
        ("Truncate", [-2.7], -2.0),
        ("Abs", [-5], 5),
        ("Max", [3, 7], 7),
        ("Max", [3, 7.5], 7.5),
        ("Min", [3, 7], 3),
        ("Pow", [2, 10], 1024.0),
        ("Sqrt", [16], 4.0),
        ("Sign", [-3.5], -1),
        ("Log10", [1000], 3.0),
    ],
)
def test_math(name: str, args: list[object], expected: object) -> None:
    result = call("math", name, *args)
    assert result == expected
    assert type(result) is type(expected)


def test_math_constants_and_nan() -> None:
    assert static("math", "PI") == math.pi
    assert to_string(static("math", "PI")) == "3.14159265358979"
    assert math.isnan(call("math", "Sqrt", -1))  # type: ignore[arg-type]
    assert to_string(call("math", "Round", 2.5)) == "2"


def test_unknown_static_method_and_property() -> None:
    with pytest.raises(PwshError) as info:
        call("math", "Foo")
    assert (
        info.value.record.message
        == "Method invocation failed because [System.Math] does not contain a method named 'Foo'."
    )
    assert info.value.record.error_id == "MethodNotFound"
    assert static("math", "NoSuchProperty") is None
    with pytest.raises(PwshError) as info:
        call("math", "Round")
    assert info.value.record.message == 'Cannot find an overload for "Round" and the argument count: "0".'


# -- [string] and numbers ---------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("name", "args", "expected"),
    [
        ("IsNullOrEmpty", [None], True),
        ("IsNullOrEmpty", [""], True),
        ("IsNullOrEmpty", [" "], False),
        ("IsNullOrWhiteSpace", [" \t"], True),
        ("Join", [", ", ["a", "b", 3]], "a, b, 3"),
        ("Join", ["-", "a", "b"], "a-b"),
        ("Format", ["{0}:{1:N1}", "x", 2.25], "x:2.3"),
        ("Format", ["{0}+{1}", [1, 2]], "1+2"),
        ("Concat", ["a", 1, None, "b"], "a1b"),
        ("Compare", ["a", "B"], -1),
        ("Compare", ["a", "A", True], 0),
        ("Equals", ["a", "a"], True),
    ],
)
def test_string_statics(name: str, args: list[object], expected: object) -> None:
    assert call("string", name, *args) == expected


def test_string_empty_and_format_error() -> None:
    assert static("string", "Empty") == ""
    with pytest.raises(PwshError) as info:
        call("string", "Format", "{1}", "a")
    assert info.value.record.message == (
        'Exception calling "Format" with "2" argument(s): "Index (zero based) must be greater than or equal to '
        'zero and less than the size of the argument list."'
    )
    assert info.value.record.error_id == "FormatException"


def test_integer_statics() -> None:
    assert static("int", "MaxValue") == 2147483647
    assert static("int", "MinValue") == -2147483648
    assert static("long", "MaxValue") == 9223372036854775807
    assert call("int", "Parse", " 42 ") == 42
    with pytest.raises(PwshError) as info:
        call("int", "Parse", "4x")
    assert (
        info.value.record.message
        == 'Exception calling "Parse" with "1" argument(s): "Input string was not in a correct format."'
    )
    assert info.value.record.error_id == "FormatException"
    with pytest.raises(PwshError) as info:
        call("int", "Parse", "99999999999")
    assert "Value was either too large or too small for an Int32." in info.value.record.message
    ref = PSReference()
    assert call("int", "TryParse", "17", ref) is True and ref.value == 17
    assert call("int", "TryParse", "x", ref) is False and ref.value == 0
    assert call("double", "Parse", "1,234.5") == 1234.5
    assert to_string(static("double", "MaxValue")) == "1.79769313486232E+308"


# -- dates ------------------------------------------------------------------------------------------------
def test_datetime_statics(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PWSHLITE_NOW", "2026-11-27T14:05:09")
    assert static("datetime", "Now") == dt.datetime(2026, 11, 27, 14, 5, 9)
    assert static("datetime", "Today") == dt.datetime(2026, 11, 27)
    assert call("datetime", "Parse", "2026-01-02") == dt.datetime(2026, 1, 2)
    assert call("datetime", "ParseExact", "27/11/2026", "dd/MM/yyyy", None) == dt.datetime(2026, 11, 27)
    assert call(
        "datetime", "ParseExact", "20261127 1405", ["yyyy-MM-dd", "yyyyMMdd HHmm"], None
    ) == dt.datetime(2026, 11, 27, 14, 5)
    assert call("datetime", "ParseExact", "Nov 27 2026 2:05 PM", "MMM d yyyy h:mm tt", None) == dt.datetime(
        2026, 11, 27, 14, 5
    )
    assert call("datetime", "DaysInMonth", 2024, 2) == 29
    assert call("datetime", "IsLeapYear", 2100) is False
    with pytest.raises(PwshError) as info:
        call("datetime", "ParseExact", "x", "yyyy", None)
    assert info.value.record.message == (
        'Exception calling "ParseExact" with "3" argument(s): "String was not recognized as a valid DateTime."'
    )


@pytest.mark.parametrize(
    ("name", "value", "expected"),
    [
        ("FromDays", 1.5, dt.timedelta(days=1, hours=12)),
        ("FromHours", 2, dt.timedelta(hours=2)),
        ("FromMinutes", 90, dt.timedelta(minutes=90)),
        ("FromSeconds", 1.0005, dt.timedelta(seconds=1, milliseconds=1)),
        ("FromMilliseconds", 1500, dt.timedelta(seconds=1, milliseconds=500)),
        ("FromTicks", 10_000_000, dt.timedelta(seconds=1)),
    ],
)
def test_timespan_statics(name: str, value: object, expected: dt.timedelta) -> None:
    assert call("timespan", name, value) == expected


def test_timespan_zero_and_parse() -> None:
    assert static("timespan", "Zero") == dt.timedelta(0)
    assert call("timespan", "Parse", "1:30:00") == dt.timedelta(hours=1, minutes=30)


# -- guid, regex, char, convert ------------------------------------------------------------------------------
def test_guid_statics() -> None:
    first, second = call("guid", "NewGuid"), call("guid", "NewGuid")
    assert isinstance(first, Guid) and first != second
    assert str(static("guid", "Empty")) == "00000000-0000-0000-0000-000000000000"
    assert (
        str(call("guid", "Parse", "{3F0E1C2A-5B6D-4E7F-8A9B-0C1D2E3F4A5B}"))
        == "3f0e1c2a-5b6d-4e7f-8a9b-0c1d2e3f4a5b"
    )


def test_regex_statics() -> None:
    match = call("regex", "Match", "abc123def", r"\d+")
    assert get_member(match, "Value") == "123" and get_member(match, "Index") == 3
    matches = call("regex", "Matches", "a1b22c333", r"\d+")
    assert [get_member(m, "Value") for m in matches] == ["1", "22", "333"]  # type: ignore[union-attr]
    assert call("regex", "Replace", "John Smith", r"(\w+) (\w+)", "$2, $1") == "Smith, John"
    assert call("regex", "IsMatch", "ABC", "abc") is False
    assert call("regex", "IsMatch", "ABC", "abc", "IgnoreCase") is True
    options = static("System.Text.RegularExpressions.RegexOptions", "IgnoreCase")
    assert isinstance(options, EnumValue) and options.value == 1
    assert call("regex", "IsMatch", "ABC", "abc", options) is True
    assert call("regex", "Escape", "a.b*c") == r"a\.b\*c"
    assert call("regex", "Unescape", r"a\.b") == "a.b"
    assert call("regex", "Split", "a1b2c", r"\d") == ["a", "b", "c"]


def test_char_statics() -> None:
    assert call("char", "IsDigit", "5") is True
    assert call("char", "IsLetter", "5") is False
    assert call("char", "IsUpper", "A") is True
    assert call("char", "IsWhiteSpace", "a b", 1) is True
    assert call("char", "ToUpper", "q") == "Q"


@pytest.mark.parametrize(
    ("name", "args", "expected"),
    [
        ("ToInt32", ["42"], 42),
        ("ToInt32", [2.5], 2),
        ("ToInt32", [3.5], 4),
        ("ToInt32", ["ff", 16], 255),
        ("ToInt32", [None], 0),
        ("ToString", [255, 2], "11111111"),
        ("ToString", [255, 16], "ff"),
        ("ToBoolean", ["true"], True),
        ("ToDouble", ["1.5"], 1.5),
        ("ToBase64String", [[104, 105]], "aGk="),
    ],
)
def test_convert_statics(name: str, args: list[object], expected: object) -> None:
    assert call("convert", name, *args) == expected


def test_base64_roundtrip_through_encoding() -> None:
    utf8 = static("System.Text.Encoding", "UTF8")
    data = invoke_method(utf8, "GetBytes", ["héllo"])
    assert list(data) == [104, 195, 169, 108, 108, 111]
    text = call("convert", "ToBase64String", data)
    back = call("convert", "FromBase64String", text)
    assert invoke_method(utf8, "GetString", [back]) == "héllo"
    assert get_member(utf8, "WebName") == "utf-8"


# -- environment, path, file, directory ------------------------------------------------------------------------
def test_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PWSHLITE_TEST_VAR", "v1")
    assert call("Environment", "GetEnvironmentVariable", "PWSHLITE_TEST_VAR") == "v1"
    assert call("Environment", "GetEnvironmentVariable", "PWSHLITE_NO_SUCH") is None
    monkeypatch.setenv("COMPUTERNAME", "EXCH01")
    assert static("Environment", "MachineName") == "EXCH01"
    assert static("Environment", "NewLine") == "\n"


@pytest.mark.parametrize(
    ("name", "args", "expected"),
    [
        ("GetFileName", ["C:\\temp\\report.txt"], "report.txt"),
        ("GetFileName", ["/tmp/report.txt"], "report.txt"),
        ("GetFileNameWithoutExtension", ["/tmp/report.tar.gz"], "report.tar"),
        ("GetExtension", ["/tmp/report.tar.gz"], ".gz"),
        ("GetExtension", ["/tmp/noext"], ""),
        ("GetDirectoryName", ["C:\\temp\\report.txt"], "C:\\temp"),
        ("GetDirectoryName", ["/tmp/x/report.txt"], "/tmp/x"),
        ("Combine", ["/tmp", "a", "b.txt"], os.path.join("/tmp", "a", "b.txt")),
        ("Combine", ["/tmp", "/abs"], "/abs"),
        ("Combine", ["C:\\temp", "a.txt"], "C:\\temp\\a.txt"),
        ("ChangeExtension", ["/tmp/a.txt", ".csv"], "/tmp/a.csv"),
    ],
)
def test_path(name: str, args: list[object], expected: str) -> None:
    assert call("System.IO.Path", name, *args) == expected


def test_file_and_directory(tmp_path: Path) -> None:
    target = str(tmp_path / "sub" / "a.txt")
    assert call("IO.Directory", "Exists", str(tmp_path / "sub")) is False
    info = call("IO.Directory", "CreateDirectory", str(tmp_path / "sub"))
    assert isinstance(info, PSObject) and info.get("Name") == "sub"
    call("IO.File", "WriteAllText", target, "line1\nline2\n")
    assert call("IO.File", "Exists", target) is True
    assert call("IO.File", "ReadAllText", target) == "line1\nline2\n"
    call("IO.File", "AppendAllText", target, "line3")
    assert list(call("IO.File", "ReadAllLines", target)) == ["line1", "line2", "line3"]  # type: ignore[call-overload]
    call("IO.File", "WriteAllLines", target, ["x", "y"])
    assert Path(target).read_text() == "x\ny\n"
    assert call("IO.Directory", "GetFiles", str(tmp_path / "sub")) == [target]
    call("IO.File", "Delete", target)
    assert call("IO.File", "Exists", target) is False
    with pytest.raises(PwshError) as info_err:
        call("IO.File", "ReadAllText", target)
    assert info_err.value.record.message == (
        f'Exception calling "ReadAllText" with "1" argument(s): "Could not find file \'{target}\'."'
    )
    assert info_err.value.record.error_id == "FileNotFoundException"


# -- constructors ---------------------------------------------------------------------------------------------
def test_constructors() -> None:
    assert new_object("datetime", [2026, 11, 27]) == dt.datetime(2026, 11, 27)
    assert new_object("datetime", [2026, 11, 27, 14, 5, 9]) == dt.datetime(2026, 11, 27, 14, 5, 9)
    assert new_object("timespan", [1, 30, 0]) == dt.timedelta(hours=1, minutes=30)
    assert new_object("timespan", [2, 1, 30, 0]) == dt.timedelta(days=2, hours=1, minutes=30)
    assert new_object("string", ["ab", 3]) == "ababab"
    assert isinstance(new_object("hashtable", []), PSHashtable)
    assert new_object("object[]", [3]) == [None, None, None]
    assert list(new_object("int[]", [2])) == [0, 0]  # type: ignore[call-overload]
    assert call("datetime", "new", 2026, 1, 2) == dt.datetime(2026, 1, 2)
    with pytest.raises(PwshError) as info:
        new_object("datetime", [1, 2])
    assert info.value.record.message == 'Cannot find an overload for "new" and the argument count: "2".'


def test_credential_and_string_builder() -> None:
    from pwshlite.objects import SecureString

    cred = new_object("pscredential", ["CONTOSO\\admin", SecureString("P@ss")])
    assert get_member(cred, "UserName") == "CONTOSO\\admin"
    network = invoke_method(cred, "GetNetworkCredential", [])
    assert network.get("Password") == "P@ss" and network.get("Domain") == "CONTOSO"
    builder = new_object("System.Text.StringBuilder", [])
    invoke_method(builder, "Append", ["a"])
    invoke_method(builder, "AppendFormat", ["{0}-{1}", 1, 2])
    invoke_method(builder, "AppendLine", ["!"])
    assert invoke_method(builder, "ToString", []) == "a1-2!\n"
    assert get_member(builder, "Length") == 6


def test_stopwatch_thread_console(capsys: pytest.CaptureFixture[str]) -> None:
    watch = call("System.Diagnostics.Stopwatch", "StartNew")
    assert get_member(watch, "IsRunning") is True
    call("System.Threading.Thread", "Sleep", 20)
    invoke_method(watch, "Stop", [])
    assert get_member(watch, "IsRunning") is False
    assert get_member(watch, "ElapsedMilliseconds") >= 15  # type: ignore[operator]
    assert isinstance(get_member(watch, "Elapsed"), dt.timedelta)
    assert isinstance(new_object("System.Diagnostics.Stopwatch", []), type(watch))
    call("Console", "WriteLine", "hello {0}", "world")
    call("Console", "Write", "no newline")
    assert capsys.readouterr().out == "hello world\nno newline"


def test_specify_kind() -> None:
    from pwshlite.values.clock import UtcDateTime

    marked = call("datetime", "SpecifyKind", dt.datetime(2026, 1, 1, 8, 0), "Utc")
    assert isinstance(marked, UtcDateTime) and marked == dt.datetime(2026, 1, 1, 8, 0)
    assert type(call("datetime", "SpecifyKind", marked, "Local")) is dt.datetime
