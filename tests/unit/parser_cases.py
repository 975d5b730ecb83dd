"""Shared helpers for the parser spec tests: parse text and render the AST shape (pwshlite.syntax.dump)."""

from __future__ import annotations

from pwshlite.errors import ParseError, ParseFailure
from pwshlite.syntax.dump import shape
from pwshlite.syntax.parser import parse


def shape_of(src: str) -> str:
    return shape(parse(src))


def first_error(src: str) -> ParseError:
    try:
        parse(src)
    except ParseFailure as f:
        return f.errors[0]
    raise AssertionError(f"no parse error for {src!r}")
