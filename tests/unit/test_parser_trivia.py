"""Spec cases: comments, newlines, continuation, separators, BOM/CRLF, and every 5.1 operator."""

from __future__ import annotations

import pytest

from pwshlite.syntax.lexer import BINARY_OPS
from pwshlite.syntax.parser import parse
from tests.unit.parser_cases import shape_of

GET_FOO_X = "(pipe [(cmd (str 'Get-Foo') [(param 'X') (num 1 '1')])])"

LAYOUT = [
    ("Get-Foo -X 1 # trailing comment", GET_FOO_X),
    ("Get-Foo <# inline #> -X <# more #> 1", GET_FOO_X),
    ("<#\n.SYNOPSIS\n  help\n#>\nGet-Foo -X 1", GET_FOO_X),
    ("# one\n\n   # two\n\nGet-Foo -X 1\n\n# end", GET_FOO_X),
    ("Get-Foo `\n  -X `\n  1", GET_FOO_X),
    ("Get-Foo `\r\n  -X 1", GET_FOO_X),
    ("\ufeffGet-Foo -X 1\r\n", GET_FOO_X),
    ("Write-Output a#b", "(pipe [(cmd (str 'Write-Output') [(str 'a#b')])])"),
    ("$x = 1#comment", "(assign (var 'x') '=' (pipe [(expr (num 1 '1'))]))"),
    ("1; 2\n3", "(pipe [(expr (num 1 '1'))]) (pipe [(expr (num 2 '2'))]) (pipe [(expr (num 3 '3'))])"),
    ("1\n+ 2", "(pipe [(expr (num 1 '1'))]) (pipe [(expr (un '+' (num 2 '2')))])"),
    ("$a = 1 -and\n  $b", "(assign (var 'a') '=' (pipe [(expr (bin '-and' (num 1 '1') (var 'b')))]))"),
    ("$a = @(\n1,\n2\n)", "(assign (var 'a') '=' (pipe [(expr (ArrayExpression (block [(pipe [(expr (ArrayLiteral [(num 1 '1') (num 2 '2')]))])])))]))"),
    ("$a = (\n1 +\n2\n)", "(assign (var 'a') '=' (pipe [(expr (Paren (pipe [(expr (bin '+' (num 1 '1') (num 2 '2')))])))]))"),
    ("$a[\n0\n]", "(pipe [(expr (Index (var 'a') (num 0 '0')))])"),
    ("Get-A |\n\n  # c\n  Get-B", "(pipe [(cmd (str 'Get-A')) (cmd (str 'Get-B'))])"),
    ("if ($a)\n{\n 1\n}\nelseif ($b)\n{ 2 }", "(If [(IfClause (pipe [(expr (var 'a'))]) (block [(pipe [(expr (num 1 '1'))])])) (IfClause (pipe [(expr (var 'b'))]) (block [(pipe [(expr (num 2 '2'))])]))])"),
    ("try { 1 }\n# note\ncatch { 2 }", "(Try (block [(pipe [(expr (num 1 '1'))])]) [(CatchClause (block [(pipe [(expr (num 2 '2'))])]))])"),
    ("function f\n{\n 1\n}", "(FunctionDefinition 'f' (sb (NamedBlock 'end' (block [(pipe [(expr (num 1 '1'))])]) {unnamed})))"),
    ("Write-Output 1kb 1pb 2d 3L 0x1f 1e2 .5", "(pipe [(cmd (str 'Write-Output') [(num 1024 '1kb') (num 1125899906842624 '1pb') (num 2 '2d') (num 3 '3L') (num 31 '0x1f') (num 100.0 '1e2') (num 0.5 '.5')])])"),
]  # fmt: skip


@pytest.mark.parametrize(("src", "expected"), LAYOUT, ids=[c[0][:40] for c in LAYOUT])
def test_layout(src: str, expected: str) -> None:
    assert shape_of(src) == expected


OPERATORS = sorted(BINARY_OPS)


@pytest.mark.parametrize("op", OPERATORS)
def test_every_binary_operator(op: str) -> None:
    expr = parse(f"$a {op} $b").end.body.statements[0].elements[0].expression  # type: ignore[union-attr]
    assert type(expr).__name__ == "BinaryExpression"
    assert expr.op == op
    upper = parse(f"$a {op.upper()} $b").end.body.statements[0].elements[0].expression  # type: ignore[union-attr]
    assert upper.op == op


@pytest.mark.parametrize("op", ["+", "-", "*", "/", "%", "..", "-f"])
def test_arithmetic_operators(op: str) -> None:
    expr = parse(f"$a {op} $b").end.body.statements[0].elements[0].expression  # type: ignore[union-attr]
    assert (type(expr).__name__, expr.op) == ("BinaryExpression", op)


@pytest.mark.parametrize("op", ["=", "+=", "-=", "*=", "/=", "%="])
def test_assignment_operators(op: str) -> None:
    stmt = parse(f"$a {op} 1").end.body.statements[0]  # type: ignore[union-attr]
    assert (type(stmt).__name__, stmt.op) == ("Assignment", op)


@pytest.mark.parametrize("op", ["-not", "-bnot", "!", "-split", "-join", "-", "+", "++", "--", ","])
def test_unary_operators(op: str) -> None:
    expr = parse(f"{op} $b").end.body.statements[0].elements[0].expression  # type: ignore[union-attr]
    assert (type(expr).__name__, expr.op) == ("UnaryExpression", op)


def test_en_dash_operator_from_pasted_text() -> None:
    expr = parse("$a \u2013eq $b").end.body.statements[0].elements[0].expression  # type: ignore[union-attr]
    assert expr.op == "-eq"


def test_spans_have_lines_and_columns() -> None:
    sb = parse("Get-A\r\n  Get-B -X 1\r\n")
    cmd = sb.end.body.statements[1].elements[0]  # type: ignore[union-attr]
    assert (cmd.span.line, cmd.span.column, cmd.span.end_column) == (2, 3, 13)
    param = cmd.elements[0]
    assert (param.span.line, param.span.column, param.span.text) == (2, 9, "-X")
