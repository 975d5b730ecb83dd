"""JSON as Windows PowerShell 5.1 writes and reads it (ConvertTo-Json / ConvertFrom-Json).

Writing follows 5.1's two steps (formatting spec Appendix A): the object graph becomes a JSON tree
(depth-limited: anything deeper than -Depth becomes its PowerShell string form), which is written
compactly as JavaScriptSerializer does (escaping ' < > & as \\u0027 ..., dates as "\\/Date(ms)\\/",
enums as numbers) and then re-indented with 5.1's layout. Reading mirrors JavaScriptSerializer:
objects keep document order, integers are Int32/Int64, other numbers Decimal unless they have an
exponent (Double), and "\\/Date(ms)\\/" strings become UTC dates.
"""

from __future__ import annotations

import math
from datetime import UTC, datetime, timedelta
from decimal import Decimal, InvalidOperation
from typing import Any

from pwshlite.objects import Char, EnumValue, PSHashtable, PSObject, ScriptBlockValue

from ._common import get_property, property_names, to_string

NEWLINE = "\n"  # 5.1 writes CRLF; pwshlite's line-ending decision is LF (formatting spec, Decisions)
_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)

# A node of the JSON tree: ("lit", text) | ("arr", [node]) | ("obj", [(escaped key, node)])
Node = tuple[str, Any]

_ESCAPES = {'"': '\\"', "\\": "\\\\", "\b": "\\b", "\f": "\\f", "\n": "\\n", "\r": "\\r", "\t": "\\t",
            "'": "\\u0027", "<": "\\u003c", ">": "\\u003e", "&": "\\u0026"}  # fmt: skip


def escape(text: str) -> str:
    """A JSON string literal as JavaScriptSerializer writes it."""
    out = ['"']
    for ch in text:
        rep = _ESCAPES.get(ch)
        if rep is not None:
            out.append(rep)
        elif ch < " ":
            out.append(f"\\u{ord(ch):04x}")
        else:
            out.append(ch)
    out.append('"')
    return "".join(out)


def format_r(value: float) -> str:
    """Double.ToString("R", InvariantCulture)."""
    if math.isnan(value):
        return "NaN"
    if math.isinf(value):
        return "Infinity" if value > 0 else "-Infinity"
    if value == 0:
        return "0"
    sign, digits, exp = Decimal(repr(value)).normalize().as_tuple()
    text = "".join(map(str, digits))
    e10 = int(exp) + len(text) - 1
    neg = "-" if sign else ""
    if e10 >= 15 or e10 < -4:
        mantissa = text[0] + ("." + text[1:] if len(text) > 1 else "")
        return f"{neg}{mantissa}E{'+' if e10 >= 0 else '-'}{abs(e10):02d}"
    return neg + format(Decimal(text).scaleb(int(exp)), "f")


def date_literal(value: datetime) -> str:
    """\\/Date(ms since the epoch, UTC)\\/ (a naive date is local time)."""
    aware = value if value.tzinfo is not None else value.astimezone()
    ms = (aware - _EPOCH) // timedelta(milliseconds=1)
    return f'"\\/Date({ms})\\/"'


def _primitive(value: Any) -> str | None:
    """JSON text of a value JavaScriptSerializer writes directly, else None."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return escape(str(value)) if not isinstance(value, Char) else escape(str(value))
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return format_r(value)
    if isinstance(value, Decimal):
        return format(value, "f")
    if isinstance(value, datetime):
        return date_literal(value)
    if isinstance(value, EnumValue):
        return str(value.value)
    if type(value).__name__ in ("Guid", "PSType"):
        return escape(to_string(value))
    return None


def to_tree(value: Any, max_depth: int, depth: int = 0) -> Node:
    """ConvertToJsonCommand.ProcessValue: the JSON tree of a value."""
    if isinstance(value, PSObject) and value.base is not None:
        base = _primitive(value.base)
        if base is not None and not len(value):
            return ("lit", base)
        if base is not None:  # a value with note properties: 5.1 writes {"value": ..., notes...}
            notes = [(escape(n), to_tree(v, max_depth, depth + 1)) for n, v in value.items()]
            return ("obj", [('"value"', ("lit", base)), *notes])
        value = value.base if not len(value) else value
    lit = _primitive(value)
    if lit is not None:
        return ("lit", lit)
    if depth > max_depth:
        return ("lit", escape(to_string(value)))
    if isinstance(value, PSHashtable):
        if any(not isinstance(k, str) for k in value.keys()):
            raise NonStringKey(value.type_name)
        return ("obj", [(escape(k), to_tree(v, max_depth, depth + 1)) for k, v in value.items()])
    if isinstance(value, list | tuple):
        return ("arr", [to_tree(v, max_depth, depth + 1) for v in value])
    if isinstance(value, ScriptBlockValue):
        return ("lit", escape(value.text))
    names = property_names(value)
    return ("obj", [(escape(n), to_tree(get_property(value, n), max_depth, depth + 1)) for n in names])


def compact(node: Node) -> str:
    kind, data = node
    if kind == "lit":
        return str(data)
    if kind == "arr":
        return "[" + ",".join(compact(n) for n in data) + "]"
    return "{" + ",".join(f"{k}:{compact(v)}" for k, v in data) + "}"


def pretty(node: Node, column: int = 0) -> str:
    """5.1's re-indentation: members 4 past the opening column, values after `:  `."""
    kind, data = node
    if kind == "lit":
        return str(data)
    inner = " " * (column + 4)
    if kind == "arr":
        items = [inner + pretty(n, column + 4) for n in data]
        close = "]"
        opening = "["
    else:
        items = [f"{inner}{k}:  {pretty(v, column + 4 + len(k) + 3)}" for k, v in data]
        close = "}"
        opening = "{"
    return opening + NEWLINE + ("," + NEWLINE).join(items) + NEWLINE + " " * column + close


# -- reading ----------------------------------------------------------------------------------------


class NonStringKey(ValueError):
    """A dictionary key that is not a string (5.1: NonStringKeyInDictionary)."""

    def __init__(self, type_name: str) -> None:
        super().__init__(
            f"The type '{type_name}' is not supported for serialization or deserialization of a dictionary. "
            "Keys must be strings."
        )


class JsonSyntaxError(ValueError):
    """Carries JavaScriptSerializer's message text."""


class _Parser:
    def __init__(self, text: str) -> None:
        self.s = text
        self.i = 0

    def fail(self, what: str) -> JsonSyntaxError:
        return JsonSyntaxError(f"Invalid {what}. ({self.i}): {self.s}")

    def ws(self) -> None:
        s, n = self.s, len(self.s)
        while self.i < n and s[self.i] in " \t\r\n\f\v\ufeff":
            self.i += 1

    def peek(self) -> str:
        self.ws()
        return self.s[self.i] if self.i < len(self.s) else ""

    def value(self) -> Any:
        ch = self.peek()
        if ch == "{":
            return self.obj()
        if ch == "[":
            return self.arr()
        if ch and ch in "\"'":
            start = self.i
            text = self.string()
            return _maybe_date(text, self.s[start : self.i])
        return self.primitive()

    def obj(self) -> PSObject:
        self.i += 1
        result = PSObject()
        seen: dict[str, str] = {}
        if self.peek() == "}":
            self.i += 1
            return result
        while True:
            ch = self.peek()
            if ch and ch in "\"'":
                key = self.string()
            else:
                key = self._bare()
                if not key:
                    raise self.fail("object passed in, member name expected")
            if self.peek() != ":":
                raise self.fail("object passed in, ':' or '}' expected")
            self.i += 1
            value = self.value()
            other = seen.get(key.casefold())
            if other is not None and other != key:
                raise DuplicateKeys(other, key)
            seen[key.casefold()] = key
            result.set(key, value)
            ch = self.peek()
            self.i += 1
            if ch == "}":
                return result
            if ch != ",":
                self.i -= 1
                raise self.fail("object passed in, ':' or '}' expected")

    def arr(self) -> list[Any]:
        self.i += 1
        items: list[Any] = []
        if self.peek() == "]":
            self.i += 1
            return items
        while True:
            items.append(self.value())
            ch = self.peek()
            self.i += 1
            if ch == "]":
                return items
            if ch != ",":
                self.i -= 1
                raise self.fail("array passed in, ',' expected")

    def string(self) -> str:
        quote = self.s[self.i]
        self.i += 1
        out: list[str] = []
        s = self.s
        while True:
            if self.i >= len(s):
                raise self.fail("string passed in, '\\\"' expected")
            ch = s[self.i]
            self.i += 1
            if ch == quote:
                return "".join(out)
            if ch != "\\":
                out.append(ch)
                continue
            esc = s[self.i : self.i + 1]
            self.i += 1
            if esc == "u":
                out.append(chr(int(s[self.i : self.i + 4], 16)))
                self.i += 4
            else:
                out.append({"b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t"}.get(esc, esc))

    def _bare(self) -> str:
        start = self.i
        while self.i < len(self.s) and self.s[self.i] not in " \t\r\n,:]}[{\"'":
            self.i += 1
        return self.s[start : self.i]

    def primitive(self) -> Any:
        token = self._bare()
        if token == "null":
            return None
        if token in ("true", "false"):
            return token == "true"
        number = _number(token)
        if number is None:
            raise JsonSyntaxError(f"Invalid JSON primitive: {token}.")
        return number


class DuplicateKeys(ValueError):
    def __init__(self, first: str, second: str) -> None:
        super().__init__(
            "Cannot convert the JSON string because a dictionary that was converted from the string contains "
            f"the duplicated keys '{first}' and '{second}'."
        )


def _number(token: str) -> Any:
    if not token or token[0] not in "-+0123456789.":
        return None
    try:
        number = int(token)
    except ValueError:
        pass
    else:
        if -(2**63) <= number < 2**63:
            return number
        return Decimal(number) if abs(number) < 10**28 else float(number)
    if "e" not in token.casefold():
        try:
            return Decimal(token)
        except InvalidOperation:
            return None
    try:
        return float(token)
    except ValueError:
        return None


def _maybe_date(text: str, raw: str) -> Any:
    """JavaScriptSerializer turns "\\/Date(ms)\\/" (escaped slashes in the source) into a UTC date."""
    if raw.startswith('"\\/Date(') and raw.endswith(')\\/"'):
        body = text[6:-2]
        digits = (
            body.split("+")[0].split("-")[0] if not body.startswith("-") else "-" + body[1:].split("+")[0]
        )
        try:
            return (_EPOCH + timedelta(milliseconds=int(digits))).replace(tzinfo=None)
        except ValueError:
            return text
    return text


def parse(text: str) -> Any:
    """One JSON text -> PowerShell values (raises JsonSyntaxError / DuplicateKeys)."""
    parser = _Parser(text)
    if not parser.peek():
        return None
    try:
        value = parser.value()
    except RecursionError as exc:
        raise JsonSyntaxError("RecursionLimit exceeded.") from exc
    except (IndexError, ValueError) as exc:
        if isinstance(exc, JsonSyntaxError | DuplicateKeys):
            raise
        raise parser.fail("JSON primitive") from exc
    if parser.peek():
        start = parser.i
        raise JsonSyntaxError(f"Invalid JSON primitive: {parser.s[start:].strip()}.")
    return value
