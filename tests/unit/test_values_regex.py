"""Unit tests for pwshlite.values.regex / parsing / xmllite (the .NET-on-Python translation layers).

Sources: .NET "Regular expression language - quick reference" (named groups, \\k<name>, \\z, inline
options, substitutions $1 ${name} $$ $& $` $' $_), .NET "Grouping constructs" (unnamed groups are
numbered before named groups), Regex.Escape docs, DateTime.Parse / TimeSpan.Parse docs (invariant
culture), about_Numeric_Literals (hex, multipliers, type suffixes).
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from pwshlite.errors import PwshError
from pwshlite.values.parsing import (
    parse_datetime,
    parse_dotnet_double,
    parse_dotnet_integer,
    parse_ps_number,
    parse_timespan,
)
from pwshlite.values.regex import (
    Regex,
    RegexError,
    compile_dotnet,
    escape,
    expand_replacement,
    group_numbering,
    translate_pattern,
    unescape,
)
from pwshlite.values.xmllite import parse_xml


@pytest.mark.parametrize(
    ("pattern", "python"),
    [
        (r"(?<year>\d{4})", r"(?P<year>\d{4})"),
        (r"(?'y'\d)", r"(?P<y>\d)"),
        (r"(?<x>a)\k<x>", r"(?P<x>a)(?P=x)"),
        (r"abc\z", r"abc\Z"),
        (r"(?<=a)b(?<!c)", r"(?<=a)b(?<!c)"),
        (r"[(?<x>)]", r"[(?<x>)]"),
        (r"a(?i)b", r"(?i)ab"),
    ],
)
def test_translate_pattern(pattern: str, python: str) -> None:
    assert translate_pattern(pattern) == python


def test_group_numbering_puts_named_groups_last() -> None:
    compiled = compile_dotnet(r"(?<name>\w+)-(\d+)-(x)")
    numbering = group_numbering(compiled)
    m = compiled.search("ab-12-x")
    assert m is not None
    assert [numbering.keys[g] for g in numbering.order] == [0, 1, 2, "name"]
    assert expand_replacement("$1|$2|${name}|$0", m, numbering) == "12|x|ab|ab-12-x"


@pytest.mark.parametrize(
    ("replacement", "expected"),
    [
        ("[$&]", "x[bc]d"),
        ("$$", "x$d"),
        ("<$`>", "x<x>d"),
        ("<$'>", "x<d>d"),
        ("<$_>", "x<xbcd>d"),
        ("$9", "x$9d"),
        ("${nope}", "x${nope}d"),
        ("$1$1", "xbbd"),
        ("$10", "xb0d"),
    ],
)
def test_expand_replacement(replacement: str, expected: str) -> None:
    compiled = compile_dotnet(r"(b)c")
    assert compiled.sub(lambda m: expand_replacement(replacement, m), "xbcd") == expected


def test_regex_errors_use_dotnet_text() -> None:
    with pytest.raises(RegexError) as info:
        compile_dotnet("(")
    assert info.value.message == 'parsing "(" - Not enough )\'s.'
    with pytest.raises(RegexError) as info:
        compile_dotnet(")")
    assert info.value.message == 'parsing ")" - Too many )\'s.'
    with pytest.raises(RegexError) as info:
        compile_dotnet("[a")
    assert info.value.message == 'parsing "[a" - Unterminated [] set.'


def test_escape_unescape() -> None:
    assert escape("a.b*c (d) #e f") == r"a\.b\*c\ \(d\)\ \#e\ f"
    assert escape("]}") == "]}"
    assert unescape(r"a\.b\tc\u0041") == "a.b\tcA"


def test_regex_value_split_and_replace() -> None:
    regex = Regex(r"\s*,\s*")
    assert regex.split("a , b,c") == ["a", "b", "c"]
    assert regex.split("a,b,c", 2) == ["a", "b,c"]
    assert Regex("(-)").split("a-b") == ["a", "-", "b"]
    assert Regex("b").replace("abcb", "X") == "aXcX"
    assert Regex("B").is_match("abc") is False
    assert Regex("B", 1).is_match("abc") is True
    first = Regex(r"\d").match("a1b2")
    assert (
        first.value == "1" and first.next_match().value == "2" and not first.next_match().next_match().success
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("42", 42),
        ("  -7 ", -7),
        ("0x1F", 31),
        ("&hff", 255),
        ("#10", 16),
        ("1.5", None),
        ("1kb", None),
        ("", None),
    ],
)
def test_parse_dotnet_integer(text: str, expected: int | None) -> None:
    assert parse_dotnet_integer(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [("1.5", 1.5), ("1,234.5", 1234.5), ("-1e3", -1000.0), (".5", 0.5), ("NaN", None), ("abc", None)],
)
def test_parse_dotnet_double(text: str, expected: float | None) -> None:
    result = parse_dotnet_double(text)
    if expected is None and text == "NaN":
        assert result != result  # NaN
    else:
        assert result == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1tb", 1 << 40),
        ("2pb", 2 << 50),
        ("10l", 10),
        ("1.5d", Decimal("1.5")),
        ("+3", 3),
        ("0xFFFFFFFFFF", 0xFFFFFFFFFF),
    ],
)
def test_parse_ps_number(text: str, expected: object) -> None:
    assert parse_ps_number(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("11/27/2026", dt.datetime(2026, 11, 27)),
        ("11/27/2026 2:05 PM", dt.datetime(2026, 11, 27, 14, 5)),
        ("11/27/2026 14:05:09", dt.datetime(2026, 11, 27, 14, 5, 9)),
        ("2026-11-27T14:05:09.5", dt.datetime(2026, 11, 27, 14, 5, 9, 500000)),
        ("2026/11/27", dt.datetime(2026, 11, 27)),
        ("Friday, November 27, 2026 2:05:09 PM", dt.datetime(2026, 11, 27, 14, 5, 9)),
        ("27 Nov 2026", dt.datetime(2026, 11, 27)),
        ("13/27/2026", None),
        ("yesterday", None),
    ],
)
def test_parse_datetime(text: str, expected: dt.datetime | None) -> None:
    assert parse_datetime(text) == expected


def test_parse_datetime_time_only_uses_today() -> None:
    assert parse_datetime("14:05", today=dt.date(2026, 1, 2)) == dt.datetime(2026, 1, 2, 14, 5)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("5", dt.timedelta(days=5)),
        ("01:30", dt.timedelta(hours=1, minutes=30)),
        ("-1.02:03:04.5", -dt.timedelta(days=1, hours=2, minutes=3, seconds=4, milliseconds=500)),
        ("25:00:00", None),
        ("x", None),
    ],
)
def test_parse_timespan(text: str, expected: dt.timedelta | None) -> None:
    assert parse_timespan(text) == expected


def test_xml_adapter() -> None:
    doc = parse_xml("<users><user id='1'><name>Ann</name></user><user id='2'><name>Bob</name></user></users>")
    users = doc.get_member("users").get_member("user")
    assert [u.get_member("id") for u in users] == ["1", "2"]
    assert [u.get_member("name") for u in users] == ["Ann", "Bob"]
    assert doc.get_member("DocumentElement").name == "users"
    nodes = doc.get_member("users").invoke("SelectNodes", ["user[@id='2']"])
    assert [n.get_member("name") for n in nodes] == ["Bob"]
    with pytest.raises(PwshError) as info:
        parse_xml("not xml")
    assert info.value.record.message.startswith(
        'Cannot convert value "not xml" to type "System.Xml.XmlDocument".'
    )


def test_xml_set_and_save(tmp_path: pytest.TempPathFactory) -> None:
    from pwshlite.values.members import get_member, invoke_method, set_member

    doc = parse_xml("<cfg><server port='25'><name>mx1</name></server></cfg>")
    server = get_member(get_member(doc, "cfg"), "server")
    set_member(server, "port", "587")
    set_member(server, "name", "mx2")
    assert get_member(server, "port") == "587" and get_member(server, "name") == "mx2"
    with pytest.raises(PwshError) as info:
        set_member(server, "port", 25)
    assert info.value.record.message == (
        'Exception setting "port": "Cannot set "port" because only strings can be used as values to set XmlNode properties."'
    )
    target = str(tmp_path) + "/out.xml"  # type: ignore[operator]
    invoke_method(doc, "Save", [target])
    assert "<name>mx2</name>" in open(target, encoding="utf-8").read()


def test_group_collection_indexes_by_name() -> None:
    match = Regex(r"(?<year>\d{4})-(\d\d)").match("on 2026-11")
    groups = match.groups
    assert groups.ps_index("year").value == "2026"  # type: ignore[union-attr]
    assert groups.ps_index("YEAR").value == "2026"  # type: ignore[union-attr]
    assert groups.ps_index(1).value == "11"  # type: ignore[union-attr]
    assert groups.ps_index("nope") is None
