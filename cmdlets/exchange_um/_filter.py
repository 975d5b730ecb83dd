"""OPATH -Filter for the recipient cmdlets: parse `{UMEnabled -eq $true}`, "Name -like 'Tony*'", -and/-or/-not.

Layer: cmdlet helper (pure Python). The filter compiles to a predicate over the output PSObject
(property names case-insensitive), the way Exchange evaluates a filter against recipient properties.
Supported comparison operators: -eq -ne -like -notlike -gt -ge -lt -le -match -notmatch (the
case-insensitive ones; -c/-i prefixed variants too); values: quoted strings, $true/$false/$null,
numbers, bare words. A malformed filter raises ExchangeError with Exchange's "Invalid filter syntax" text.
"""

from __future__ import annotations

import fnmatch
import re
from collections.abc import Callable
from typing import Any

from pwshlite.errors import ErrorCategory
from pwshlite.objects import PSObject

from .errors import ExchangeError

Predicate = Callable[[Any], bool]

_TOKEN = re.compile(
    r"""\s*(?:
        (?P<lp>\() | (?P<rp>\)) |
        (?P<op>-[A-Za-z]+) |
        (?P<sq>'(?:[^']|'')*') | (?P<dq>"(?:[^"]|"")*") |
        (?P<var>\$[A-Za-z_]+) |
        (?P<word>[^\s()'"]+)
    )""",
    re.VERBOSE,
)

_COMPARE = {"eq", "ne", "like", "notlike", "gt", "ge", "lt", "le", "match", "notmatch"}


def invalid_filter(text: str, detail: str) -> ExchangeError:
    """Exchange's error for an OPATH filter it cannot parse."""
    message = f'Cannot bind parameter \'Filter\' to the target. Exception setting "Filter": "Invalid filter syntax. For a description of the filter parameter syntax see the command help.\n"{text}" at position {detail}."'
    return ExchangeError(message, "ParameterBindingException", ErrorCategory.InvalidArgument, text)


def _tokens(text: str) -> list[tuple[str, str, int]]:
    out: list[tuple[str, str, int]] = []
    pos = 0
    while pos < len(text):
        if text[pos:].strip() == "":
            break
        m = _TOKEN.match(text, pos)
        if not m or m.end() == pos:
            raise invalid_filter(text, str(pos + 1))
        kind = m.lastgroup or "word"
        out.append((kind, m.group(kind), m.start(kind) + 1))
        pos = m.end()
    return out


class _Parser:
    def __init__(self, text: str) -> None:
        self.text = text
        self.toks = _tokens(text)
        self.i = 0

    def peek(self) -> tuple[str, str, int] | None:
        return self.toks[self.i] if self.i < len(self.toks) else None

    def next(self) -> tuple[str, str, int]:
        tok = self.peek()
        if tok is None:
            raise invalid_filter(self.text, str(len(self.text) + 1))
        self.i += 1
        return tok

    def is_op(self, *names: str) -> bool:
        tok = self.peek()
        return tok is not None and tok[0] == "op" and tok[1][1:].casefold() in names

    def parse(self) -> Predicate:
        pred = self.or_expr()
        if self.peek() is not None:
            raise invalid_filter(self.text, str(self.peek()[2]))  # type: ignore[index]
        return pred

    def or_expr(self) -> Predicate:
        left = self.and_expr()
        while self.is_op("or"):
            self.next()
            right = self.and_expr()
            left = (lambda a, b: lambda o: a(o) or b(o))(left, right)
        return left

    def and_expr(self) -> Predicate:
        left = self.not_expr()
        while self.is_op("and"):
            self.next()
            right = self.not_expr()
            left = (lambda a, b: lambda o: a(o) and b(o))(left, right)
        return left

    def not_expr(self) -> Predicate:
        if self.is_op("not"):
            self.next()
            inner = self.not_expr()
            return lambda o: not inner(o)
        return self.primary()

    def primary(self) -> Predicate:
        tok = self.next()
        if tok[0] == "lp":
            inner = self.or_expr()
            if self.next()[0] != "rp":
                raise invalid_filter(self.text, str(tok[2]))
            return inner
        if tok[0] != "word":
            raise invalid_filter(self.text, str(tok[2]))
        prop = tok[1]
        op_tok = self.next()
        op = op_tok[1][1:].casefold()
        if op_tok[0] != "op":
            raise invalid_filter(self.text, str(op_tok[2]))
        if op[:1] in ("c", "i") and op[1:] in _COMPARE:
            op = op[1:]
        if op not in _COMPARE:
            raise invalid_filter(self.text, str(op_tok[2]))
        value = _literal(self.next())
        return _comparison(prop, op, value)


def _literal(tok: tuple[str, str, int]) -> Any:
    kind, text, _ = tok
    if kind == "sq":
        return text[1:-1].replace("''", "'")
    if kind == "dq":
        return text[1:-1].replace('""', '"')
    if kind == "var":
        return {"$true": True, "$false": False, "$null": None}.get(text.casefold(), text)
    if re.fullmatch(r"-?\d+", text):
        return int(text)
    return text


def _as_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "True" if value else "False"
    return str(value)


def _equal(actual: Any, wanted: Any) -> bool:
    if isinstance(actual, list):
        return any(_equal(a, wanted) for a in actual)
    if wanted is None:
        return actual in (None, "", [])
    if isinstance(wanted, bool) or isinstance(actual, bool):
        return _as_text(actual).casefold() == _as_text(wanted).casefold()
    if isinstance(actual, int) and isinstance(wanted, (int, str)) and str(wanted).lstrip("-").isdigit():
        return actual == int(wanted)
    return _as_text(actual).casefold() == _as_text(wanted).casefold()


def _like(actual: Any, pattern: Any) -> bool:
    if isinstance(actual, list):
        return any(_like(a, pattern) for a in actual)
    regex = fnmatch.translate(_as_text(pattern).casefold())
    return re.match(regex, _as_text(actual).casefold()) is not None


def _order(actual: Any, wanted: Any) -> int | None:
    try:
        a, w = (
            (int(actual), int(wanted))
            if not isinstance(actual, str)
            else (actual.casefold(), str(wanted).casefold())
        )
    except (TypeError, ValueError):
        return None
    return (a > w) - (a < w)  # type: ignore[operator]


def _comparison(prop: str, op: str, value: Any) -> Predicate:
    def test(obj: PSObject) -> bool:
        actual = obj.get(prop)
        if op in ("eq", "ne"):
            return _equal(actual, value) == (op == "eq")
        if op in ("like", "notlike"):
            return _like(actual, value) == (op == "like")
        if op in ("match", "notmatch"):
            found = re.search(_as_text(value), _as_text(actual), re.IGNORECASE) is not None
            return found == (op == "match")
        cmp = _order(actual, value)
        if cmp is None:
            return False
        return {"gt": cmp > 0, "ge": cmp >= 0, "lt": cmp < 0, "le": cmp <= 0}[op]

    return test


def compile_filter(value: Any) -> Predicate | None:
    """A predicate from a -Filter argument (string or script block text); None for no filter."""
    if value is None:
        return None
    text = getattr(value, "text", value)
    text = str(text).strip()
    if text.startswith("{") and text.endswith("}"):
        text = text[1:-1].strip()
    if not text:
        return None
    return _Parser(text).parse()


class FilterTarget:
    """What a filter sees: the output object, then directory attributes the object doesn't show
    (Get-User objects have no UMEnabled property, but `-Filter {UMEnabled -eq $true}` works on them)."""

    __slots__ = ("obj", "extra")

    def __init__(self, obj: Any, extra: dict[str, Any]) -> None:
        self.obj = obj
        self.extra = {k.casefold(): v for k, v in extra.items()}

    def get(self, name: str, default: Any = None) -> Any:
        if self.obj.has(name):
            return self.obj.get(name)
        return self.extra.get(name.casefold(), default)


def recipient_attributes(rec: Any) -> dict[str, Any]:
    """Filterable directory attributes of a recipient record."""
    return {
        "UMEnabled": rec.um_enabled,
        "Alias": rec.alias,
        "PrimarySmtpAddress": rec.primary_smtp_address,
        "EmailAddresses": list(rec.email_addresses),
        "Database": rec.database,
        "RecipientType": rec.recipient_type,
        "RecipientTypeDetails": rec.recipient_type_details,
        "FirstName": rec.first_name,
        "LastName": rec.last_name,
        "DisplayName": rec.display_name,
        "Name": rec.name,
        **rec.props,
    }
