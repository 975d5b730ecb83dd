"""Decoding of string, here-string, bareword and number tokens into literal values and parts.

Syntax stage (used by to_ast.py). Splits expandable text into literal pieces and `$var` / `${var}` /
`$(...)` references; the `$(...)` bodies are parsed by a callback so their spans stay absolute
(parsing-notes §1.7, §2.1 point 7).
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal, InvalidOperation
from typing import Any

from pwshlite.syntax.scan import (
    DQUOTES,
    NEWLINES,
    SQUOTES,
    LexError,
    match_paren,
    scan_double,
    scan_single,
    scan_variable,
    variable_name,
)

ESCAPES = {"0": "\0", "a": "\a", "b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t", "v": "\v"}
MULTIPLIERS = {"kb": 1024, "mb": 1024**2, "gb": 1024**3, "tb": 1024**4, "pb": 1024**5}

# A part is a literal str or a tuple ('var', start, end, name, braced) / ('sub', start, end, body).
Part = Any
SubParser = Callable[[int, int], Any]


def string_kind(raw: str) -> str:
    if raw[0] == "@":
        return "here_single" if raw[1] in SQUOTES else "here_double"
    return "single" if raw[0] in SQUOTES else "double"


def single_value(raw: str) -> str:
    body = raw[1:-1]
    out = []
    i = 0
    while i < len(body):
        c = body[i]
        out.append(c)
        i += 2 if c in SQUOTES and i + 1 < len(body) and body[i + 1] in SQUOTES else 1
    return "".join(out)


def here_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """[begin, stop) of a here-string's content: after the header line, before the footer's newline."""
    begin = text.index("\n", start) + 1
    stop = end - 2
    if stop > begin and text[stop - 1] == "\n":
        stop -= 1
        if stop > begin and text[stop - 1] == "\r":
            stop -= 1
    elif stop <= begin:
        stop = begin
    return begin, stop


def expand(text: str, begin: int, stop: int, mode: str, sub: SubParser) -> list[Part]:
    """Split text[begin:stop] into parts; mode is 'double', 'here' or 'bare'."""
    parts: list[Part] = []
    buf: list[str] = []
    i = begin
    while i < stop:
        c = text[i]
        if c == "`" and i + 1 < stop and mode != "bare_noesc":
            d = text[i + 1]
            if mode == "bare" and d in NEWLINES:
                i += 1
                continue
            buf.append(ESCAPES.get(d, d))
            i += 2
        elif c in DQUOTES and mode == "double" and i + 1 < stop and text[i + 1] in DQUOTES:
            buf.append(c)
            i += 2
        elif c == "$" and i + 1 < stop:
            i = _dollar(text, i, stop, parts, buf, sub)
        elif mode == "bare" and c in SQUOTES:
            e = scan_single(text, i, stop)
            buf.append(single_value(text[i:e]))
            i = e
        elif mode == "bare" and c in DQUOTES:
            e = scan_double(text, i, stop)
            inner = expand(text, i + 1, e - 1, "double", sub)
            _merge(parts, buf, inner)
            i = e
        else:
            buf.append(c)
            i += 1
    if buf:
        parts.append("".join(buf))
    return parts


def _merge(parts: list[Part], buf: list[str], inner: list[Part]) -> None:
    for p in inner:
        if isinstance(p, str):
            buf.append(p)
        else:
            if buf:
                parts.append("".join(buf))
                buf.clear()
            parts.append(p)


def _dollar(text: str, i: int, stop: int, parts: list[Part], buf: list[str], sub: SubParser) -> int:
    try:
        kind, e = scan_variable(text, i, stop)
    except LexError as err:
        if err.error_id == "InvalidVariableReferenceWithDrive":
            raise
        buf.append("$")
        return i + 1
    if kind == "subexpr":
        close = match_paren(text, i + 2, stop)
        if close < 0:
            raise LexError("IncompleteDollarSubexpressionReference", i, stop, incomplete=True)
        item: Part = ("sub", i, close, sub(i + 2, close - 1))
        e = close
    elif kind == "invalid":
        buf.append("$")
        return i + 1
    else:
        name, braced = variable_name(text[i:e])
        item = ("var", i, e, name, braced)
    if buf:
        parts.append("".join(buf))
        buf.clear()
    parts.append(item)
    return e


def bare_text(raw: str) -> str:
    """A command name as written: backtick escapes and embedded quotes resolved, nothing expanded."""
    if "`" not in raw and "'" not in raw and '"' not in raw:
        return raw
    parts = expand(raw, 0, len(raw), "bare", lambda a, b: None)
    out = []
    for p in parts:
        out.append(p if isinstance(p, str) else raw[p[1] : p[2]])
    return "".join(out)


def number_value(raw: str) -> int | float | Decimal:
    """The value of a number token (`0x1F`, `1.5e3`, `10d`, `5l`, `2kb`, `-1`)."""
    s = raw.lower()
    sign = 1
    if s[0] in "-\u2013\u2014\u2015":
        sign, s = -1, s[1:]
    mult = 1
    if s[-2:] in MULTIPLIERS:
        mult = MULTIPLIERS[s[-2:]]
        s = s[:-2]
    suffix = ""
    if s and s[-1] in "dl" and not s.startswith("0x"):
        suffix, s = s[-1], s[:-1]
    elif s.startswith("0x") and s[-1] == "l":
        suffix, s = "l", s[:-1]
    value = _base_value(s, suffix)
    if mult != 1:
        value = value * mult
        if isinstance(value, float) and value.is_integer() and "." not in s and "e" not in s:
            value = int(value)
    return -value if sign < 0 else value


def _base_value(s: str, suffix: str) -> int | float | Decimal:
    if s.startswith("0x"):
        v = int(s[2:], 16)
        if suffix != "l" and v <= 0xFFFFFFFF:
            return v - (1 << 32) if v > 0x7FFFFFFF else v
        if v <= 0xFFFFFFFFFFFFFFFF:
            return v - (1 << 64) if v > 0x7FFFFFFFFFFFFFFF else v
        return float(v)
    if suffix == "d":
        try:
            return Decimal(s)
        except InvalidOperation:
            return Decimal(0)
    if "." in s or "e" in s:
        f = float(s)
        if suffix == "l" and f.is_integer():
            return int(f)
        return f
    v = int(s)
    if v <= 0x7FFFFFFFFFFFFFFF:
        return v
    return Decimal(v) if v < 10**28 else float(v)
