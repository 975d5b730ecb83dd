"""Robustness: no input makes the parser raise anything but ParseFailure, recurse too deep, or hang."""

from __future__ import annotations

import time

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pwshlite.errors import ParseFailure
from pwshlite.syntax.parser import is_incomplete, parse, parse_errors

SNIPPETS = [
    "Get-Mailbox", " -Identity ", "tony@contoso.com", "$x", " = ", "(", ")", "{", "}", "[int]", "@{", "@(",
    "$(", '"', "'", "`", "\n", ";", "|", ",", " -eq ", "+", "-", "if", "else", "foreach", "function f",
    "param(", "[Parameter(Mandatory)]", "..", ".", "::", "[", "]", '@"\n', '\n"@', "#", "<#", "#>", "2>&1",
    ">", "&", "-Name:", "--", "--%", "switch", "try", "catch", "finally", "1kb", "0x1F", "${a}", "@p", ":l ",
    "\r\n", "\u2013", "\u201c", "\t", "=", "+=", "!", "-not ", "%", "?", "do", "while", "until", "trap",
]  # fmt: skip

FUZZ = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _check(text: str) -> None:
    try:
        parse(text)
    except ParseFailure as f:
        assert f.errors
        for e in f.errors:
            assert 0 <= e.span.start <= e.span.end <= len(text)
            assert e.message and e.error_id
            assert e.error_id != "UnrecoverableParserError", e.message
    is_incomplete(text)


@FUZZ
@given(st.text(max_size=200))
def test_random_text(text: str) -> None:
    _check(text)


@FUZZ
@given(st.lists(st.sampled_from(SNIPPETS), max_size=40))
def test_token_soup(parts: list[str]) -> None:
    _check("".join(parts))


@FUZZ
@given(st.binary(max_size=300))
def test_binary_junk(data: bytes) -> None:
    _check(data.decode("latin-1"))


CORPUS_LINE = (
    "$r = Get-UMMailbox | Select-Object Name, @{ n = 'X'; e = { $_.Size / 1MB } } | "
    'Export-Csv -Path "C:\\r.csv"\nif ($a -and $b) { "ok: $($r.Count)" } else { throw "bad" }\n'
)


@FUZZ
@given(st.integers(0, len(CORPUS_LINE)), st.integers(0, 5), st.text(max_size=3))
def test_mutated_script(pos: int, cut: int, insert: str) -> None:
    _check(CORPUS_LINE[:pos] + insert + CORPUS_LINE[pos + cut :])


@pytest.mark.parametrize("opener,closer", [("(", ")"), ("@(", ")"), ("$(", ")"), ("{", "}"), ("@{a=", "}")])
def test_ten_thousand_nested_brackets(opener: str, closer: str) -> None:
    text = "$x = " + opener * 10_000 + "1" + closer * 10_000
    try:
        parse(text)
    except ParseFailure:
        pass
    assert parse_errors("(" * 10_000) != []


def test_deeply_nested_strings_are_refused_cleanly() -> None:
    text = '"$(' * 500 + "1" + ')"' * 500
    errors = parse_errors(text)
    assert errors == [] or errors[0].error_id == "ScriptTooComplicated"


def test_large_input_is_linear() -> None:
    line = "Get-Mailbox -Identity tony@contoso.com | Set-Mailbox -X $true\n"
    start = time.perf_counter()
    parse(line * 20_000)
    assert time.perf_counter() - start < 30
    junk = "\x00\x01}{)(][" * 20_000
    assert parse_errors(junk)
