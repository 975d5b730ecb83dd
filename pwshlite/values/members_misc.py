"""Methods of the smaller value types: Regex, Match, SecureString, enums, type objects, Char, Boolean.

Layer: values (imports only pwshlite.objects, pwshlite.errors and the standard library).

Public API:
    misc_method(obj, name: str, key: str, args: list) -> Any     raises MethodNotFound when unknown
"""

from __future__ import annotations

from typing import Any

from pwshlite.objects import Char, EnumValue, SecureString

from . import errs
from .convert import to_bool, to_string, type_name_of
from .mcore import DotNetError, MethodTable, to_int_arg, to_str_arg
from .regex import Regex, RegexMatch
from .types import PSType

REGEX_METHODS = MethodTable("System.Text.RegularExpressions.Regex")
REGEX_METHODS.add(
    "Match", (1, 2), lambda r, a: r.match(to_str_arg(a[0]), to_int_arg(a[1]) if len(a) > 1 else 0)
)
REGEX_METHODS.add("Matches", (1,), lambda r, a: r.matches(to_str_arg(a[0])))
REGEX_METHODS.add("IsMatch", (1,), lambda r, a: r.is_match(to_str_arg(a[0])))
REGEX_METHODS.add(
    "Replace",
    (2, 3),
    lambda r, a: r.replace(to_str_arg(a[0]), to_str_arg(a[1]), to_int_arg(a[2]) if len(a) > 2 else 0),
)
REGEX_METHODS.add(
    "Split", (1, 2), lambda r, a: r.split(to_str_arg(a[0]), to_int_arg(a[1]) if len(a) > 1 else 0)
)
REGEX_METHODS.add("ToString", (0,), lambda r, a: r.pattern)
REGEX_METHODS.add("GetGroupNames", (0,), lambda r, a: _group_names(r))


def _group_names(regex: Regex) -> list[str]:
    from .regex import group_numbering

    numbering = group_numbering(regex.compiled)
    return [str(numbering.keys[g]) for g in numbering.order]


MATCH_METHODS = MethodTable("System.Text.RegularExpressions.Match")
MATCH_METHODS.add("NextMatch", (0,), lambda m, a: m.next_match())
MATCH_METHODS.add("ToString", (0,), lambda m, a: m.value)

SECURE_METHODS = MethodTable("System.Security.SecureString")
SECURE_METHODS.add("Dispose", (0,), lambda s, a: None)
SECURE_METHODS.add("MakeReadOnly", (0,), lambda s, a: None)
SECURE_METHODS.add("IsReadOnly", (0,), lambda s, a: False)
SECURE_METHODS.add("Copy", (0,), lambda s, a: SecureString(s.reveal()))
SECURE_METHODS.add("ToString", (0,), lambda s, a: "System.Security.SecureString")

ENUM_METHODS = MethodTable("System.Enum")
ENUM_METHODS.add("ToString", (0, 1), lambda e, a: _enum_string(e, a))
ENUM_METHODS.add("HasFlag", (1,), lambda e, a: (e.value & _enum_number(a[0])) == _enum_number(a[0]))
ENUM_METHODS.add(
    "CompareTo", (1,), lambda e, a: (e.value > _enum_number(a[0])) - (e.value < _enum_number(a[0]))
)
ENUM_METHODS.add("Equals", (1,), lambda e, a: e == a[0])
ENUM_METHODS.add("GetHashCode", (0,), lambda e, a: e.value)


def _enum_number(value: Any) -> int:
    return value.value if isinstance(value, EnumValue) else to_int_arg(value)


def _enum_string(value: EnumValue, args: list[Any]) -> str:
    from .dotnet_format import FormatError, format_value

    try:
        return format_value(value, to_string(args[0])) if args else value.name
    except FormatError as exc:
        raise DotNetError("FormatException", exc.message) from None


TYPE_METHODS = MethodTable("System.RuntimeType")
TYPE_METHODS.add("ToString", (0,), lambda t, a: t.full_name)
TYPE_METHODS.add("GetElementType", (0,), lambda t, a: t.element)
TYPE_METHODS.add("Equals", (1,), lambda t, a: isinstance(a[0], PSType) and a[0].full_name == t.full_name)
TYPE_METHODS.add("GetHashCode", (0,), lambda t, a: hash(t.full_name) & 0x7FFFFFFF)
TYPE_METHODS.add("IsInstanceOfType", (1,), lambda t, a: _is_instance(a[0], t))


def _is_instance(value: Any, t: PSType) -> bool:
    from .typenames import is_instance

    return is_instance(value, t)


CHAR_METHODS = MethodTable("System.Char")
CHAR_METHODS.add("ToString", (0, 1), lambda c, a: str(c))
CHAR_METHODS.add("CompareTo", (1,), lambda c, a: (str(c) > to_string(a[0])) - (str(c) < to_string(a[0])))
CHAR_METHODS.add("Equals", (1,), lambda c, a: isinstance(a[0], str) and str(c) == str(a[0]))
CHAR_METHODS.add("GetHashCode", (0,), lambda c, a: ord(c))

BOOL_METHODS = MethodTable("System.Boolean")
BOOL_METHODS.add("ToString", (0, 1), lambda b, a: "True" if b else "False")
BOOL_METHODS.add("CompareTo", (1,), lambda b, a: int(b) - int(to_bool(a[0])))
BOOL_METHODS.add("Equals", (1,), lambda b, a: isinstance(a[0], bool) and a[0] == b)
BOOL_METHODS.add("GetHashCode", (0,), lambda b, a: int(b))


def _table(obj: Any) -> MethodTable:
    if isinstance(obj, Regex):
        return REGEX_METHODS
    if isinstance(obj, RegexMatch):
        return MATCH_METHODS
    if isinstance(obj, SecureString):
        return SECURE_METHODS
    if isinstance(obj, EnumValue):
        return ENUM_METHODS
    if isinstance(obj, PSType):
        return TYPE_METHODS
    if isinstance(obj, Char):
        return CHAR_METHODS
    return BOOL_METHODS


def misc_method(obj: Any, name: str, key: str, args: list[Any]) -> Any:
    """Dispatch a method call on one of the smaller value types."""
    table = _table(obj)
    if table.find(name) is None:
        raise errs.method_not_found(type_name_of(obj), name)
    return table.call(type_name_of(obj), obj, name, args)
