"""The grammar builds with Lark's strict=True (no LALR conflicts) and the shipped table is current."""

from __future__ import annotations

import pytest

pytest.importorskip("lark")

from pwshlite.syntax import _parser_table, build, parser  # noqa: E402
from pwshlite.syntax.dump import sexpr  # noqa: E402
from pwshlite.syntax.lexer import Table  # noqa: E402

SAMPLES = [
    "Get-Mailbox -ResultSize Unlimited | Where-Object { $_.Database -eq 'DB01' } | Set-Mailbox -X 1",
    "$users = Import-Csv .\\users.csv\nforeach ($u in $users) { Enable-UMMailbox -Identity $u.Alias -Pin 123456 }",
    "function f { param([int]$a = 1, $b) begin { $n = 0 } process { $n += $a } end { $n } }",
    "try { 1/0 } catch [System.DivideByZeroException] { 'x' } finally { 'y' }",
    '$s = @"\nHello $($env:USERNAME)\n"@\n$h = [ordered]@{ A = 1; B = @(1,2) }',
]


def test_strict_build_has_no_conflicts() -> None:
    parser_obj = build.compile_lark(strict=True)
    assert parser_obj.options.parser == "lalr"


def test_shipped_table_matches_grammar() -> None:
    assert _parser_table.GRAMMAR_HASH == build.grammar_hash(), (
        "pwshlite/syntax/_parser_table.py is stale: run `python -m pwshlite.syntax.build`"
    )


def test_callbacks_exist_for_every_rule() -> None:
    from pwshlite.syntax.to_ast import Builder

    names = {r[2] for r in _parser_table.RULES}
    missing = sorted(n for n in names if not hasattr(Builder, n))
    assert missing == []


def test_fresh_lark_build_parses_like_shipped_table() -> None:
    shipped = [sexpr(parser.parse(s)) for s in SAMPLES]
    data = build.extract_tables(build.compile_lark(strict=True))
    names = sorted({r[2] for r in data["rules"]})
    index = {n: i for i, n in enumerate(names)}
    rules = [parser._rule(o, size, cb, index) for o, size, cb in data["rules"]]
    saved = (parser._TABLE, parser._CALLBACK_NAMES)
    try:
        parser.use_table(Table(data["actions"], rules, data["start"], data["end"]), names)
        fresh = [sexpr(parser.parse(s)) for s in SAMPLES]
    finally:
        parser.use_table(*saved)
    assert fresh == shipped


def test_lark_driver_with_modal_lexer_accepts_the_samples() -> None:
    """PwshLexer plugged into Lark (interface 2, live parser state) accepts what pwshlite's driver does."""
    lark_parser = build.compile_lark(strict=True)
    for src in SAMPLES:
        assert lark_parser.parse(src).data == "start"
