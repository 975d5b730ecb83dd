"""System.String instance methods with .NET Framework semantics (ordinal or case-sensitive culture
comparisons, char[] separators for Split/Trim as PowerShell 5.1 passes strings to char[] parameters).

Layer: values (imports only pwshlite.objects, pwshlite.errors and the standard library).

Public API:
    STRING_METHODS: MethodTable      used by pwshlite.values.members.invoke_method
"""

from __future__ import annotations

from typing import Any

from pwshlite.objects import Char

from .compare import string_sort_key
from .convert import to_string
from .mcore import DotNetError, MethodTable, arg_error, out_of_range, to_int_arg, to_str_arg
from .types import TypedArray

STRING_METHODS = MethodTable("System.String")
_M = STRING_METHODS
_WS = " \t\n\r\v\f\u00a0\u0085\u2028\u2029\u3000"
_IGNORE_CASE = {"ordinalignorecase", "currentcultureignorecase", "invariantcultureignorecase"}


def _chars(value: Any) -> str:
    """A char[] argument: a string gives its characters, a list its elements' characters."""
    if isinstance(value, list):
        return "".join(to_string(v) for v in value)
    return to_string(value)


def _ignore_case(args: list[Any], index: int) -> bool:
    if len(args) <= index:
        return False
    option = args[index]
    if isinstance(option, bool):
        return option
    return to_string(option).casefold() in _IGNORE_CASE


def _char_array(text: str) -> TypedArray:
    from .typenames import resolve_type

    return TypedArray((Char(c) for c in text), resolve_type("char"))


@_M.method("ToLower", 0, 1)
def _lower(s: str, args: list[Any]) -> str:
    return s.lower()


@_M.method("ToUpper", 0, 1)
def _upper(s: str, args: list[Any]) -> str:
    return s.upper()


_M.add("ToLowerInvariant", (0,), lambda s, a: s.lower())
_M.add("ToUpperInvariant", (0,), lambda s, a: s.upper())
_M.add("Trim", None, lambda s, a: s.strip(_chars(a) if a else _WS))
_M.add("TrimStart", None, lambda s, a: s.lstrip(_chars(a) if a else _WS))
_M.add("TrimEnd", None, lambda s, a: s.rstrip(_chars(a) if a else _WS))
_M.add(
    "ToCharArray",
    (0, 2),
    lambda s, a: _char_array(s if not a else s[to_int_arg(a[0]) : to_int_arg(a[0]) + to_int_arg(a[1])]),
)
_M.add("GetHashCode", (0,), lambda s, a: hash(s) & 0x7FFFFFFF)
_M.add("Clone", (0,), lambda s, a: s)
_M.add("Normalize", (0, 1), lambda s, a: __import__("unicodedata").normalize("NFC", s))


@_M.method("Split")
def _split(s: str, args: list[Any]) -> list[str]:
    """Split(char[]) / Split(char[], count) / Split(string[], options) / Split(char[], options)."""
    if not args:
        seps, limit, remove = _WS, -1, False
    else:
        first = args[0]
        seps_list = [to_string(x) for x in first] if isinstance(first, list) else None
        seps = _chars(first)
        limit, remove = -1, False
        for extra in args[1:]:
            text = to_string(extra).casefold()
            if text in ("removeemptyentries", "1"):
                remove = True
            elif text in ("none", "0") and not isinstance(extra, int):
                remove = False
            else:
                limit = to_int_arg(extra)
        if seps_list is not None and any(len(x) > 1 for x in seps_list) and len(args) > 1:
            return _split_strings(s, seps_list, limit, remove)
    return _split_chars(s, seps or _WS, limit, remove)


def _split_chars(s: str, seps: str, limit: int, remove: bool) -> list[str]:
    parts: list[str] = []
    current = ""
    for ch in s:
        if ch in seps and (limit < 0 or len(parts) < limit - 1):
            parts.append(current)
            current = ""
        else:
            current += ch
    parts.append(current)
    if limit == 0:
        return []
    return [p for p in parts if p] if remove else parts


def _split_strings(s: str, seps: list[str], limit: int, remove: bool) -> list[str]:
    import re

    pattern = "|".join(re.escape(x) for x in sorted(seps, key=len, reverse=True) if x)
    parts = re.split(pattern, s, maxsplit=max(limit - 1, 0)) if pattern else [s]
    return [p for p in parts if p] if remove else parts


@_M.method("Replace", 2)
def _replace(s: str, args: list[Any]) -> str:
    old = to_str_arg(args[0])
    if old == "":
        raise arg_error("oldValue", "String cannot be of zero length.")
    return s.replace(old, to_str_arg(args[1]))


@_M.method("Contains", 1)
def _contains(s: str, args: list[Any]) -> bool:
    if args[0] is None:
        raise arg_error("value", "Value cannot be null.", "ArgumentNullException")
    return to_string(args[0]) in s


@_M.method("StartsWith", 1, 2, 3)
def _starts(s: str, args: list[Any]) -> bool:
    prefix = to_str_arg(args[0])
    if _ignore_case(args, 1):
        return s.casefold().startswith(prefix.casefold())
    return s.startswith(prefix)


@_M.method("EndsWith", 1, 2, 3)
def _ends(s: str, args: list[Any]) -> bool:
    suffix = to_str_arg(args[0])
    if _ignore_case(args, 1):
        return s.casefold().endswith(suffix.casefold())
    return s.endswith(suffix)


@_M.method("Substring", 1, 2)
def _substring(s: str, args: list[Any]) -> str:
    start = to_int_arg(args[0])
    if start < 0:
        raise out_of_range("startIndex", "StartIndex cannot be less than zero.")
    if len(args) == 1:
        if start > len(s):
            raise out_of_range("startIndex", "startIndex cannot be larger than length of string.")
        return s[start:]
    length = to_int_arg(args[1])
    if length < 0:
        raise out_of_range("length", "Length cannot be less than zero.")
    if start + length > len(s):
        raise out_of_range("length", "Index and length must refer to a location within the string.")
    return s[start : start + length]


def _index_args(s: str, args: list[Any]) -> tuple[str, int, int, bool]:
    needle = to_str_arg(args[0])
    rest = args[1:]
    ignore = bool(rest) and not isinstance(rest[-1], int | float) and _ignore_case(rest, len(rest) - 1)
    if ignore:
        rest = rest[:-1]
    start = to_int_arg(rest[0]) if rest else 0
    count = to_int_arg(rest[1]) if len(rest) > 1 else len(s) - start
    if start < 0 or start > len(s):
        raise out_of_range(
            "startIndex",
            "Index was out of range. Must be non-negative and less than the size of the collection.",
        )
    if count < 0 or start + count > len(s):
        raise out_of_range(
            "count",
            "Count must be positive and count must refer to a location within the string/array/collection.",
        )
    return needle, start, count, ignore


@_M.method("IndexOf", 1, 2, 3, 4)
def _index_of(s: str, args: list[Any]) -> int:
    needle, start, count, ignore = _index_args(s, args)
    hay = s.casefold() if ignore else s
    return hay.find(needle.casefold() if ignore else needle, start, start + count)


@_M.method("LastIndexOf", 1, 2, 3)
def _last_index_of(s: str, args: list[Any]) -> int:
    needle = to_str_arg(args[0])
    end = to_int_arg(args[1]) + 1 if len(args) > 1 else len(s)
    if len(args) > 1 and not 0 <= end - 1 < max(len(s), 1):
        raise out_of_range(
            "startIndex",
            "Index was out of range. Must be non-negative and less than the size of the collection.",
        )
    return s.rfind(needle, 0, end)


@_M.method("IndexOfAny", 1, 2)
def _index_of_any(s: str, args: list[Any]) -> int:
    chars = _chars(args[0])
    start = to_int_arg(args[1]) if len(args) > 1 else 0
    return next((i for i in range(start, len(s)) if s[i] in chars), -1)


@_M.method("LastIndexOfAny", 1)
def _last_index_of_any(s: str, args: list[Any]) -> int:
    chars = _chars(args[0])
    return next((i for i in range(len(s) - 1, -1, -1) if s[i] in chars), -1)


def _pad(s: str, args: list[Any], left: bool) -> str:
    width = to_int_arg(args[0])
    if width < 0:
        raise out_of_range("totalWidth", "Non-negative number required.")
    fill = to_string(args[1])[:1] if len(args) > 1 else " "
    return s.rjust(width, fill) if left else s.ljust(width, fill)


_M.add("PadLeft", (1, 2), lambda s, a: _pad(s, a, True))
_M.add("PadRight", (1, 2), lambda s, a: _pad(s, a, False))


@_M.method("Insert", 2)
def _insert(s: str, args: list[Any]) -> str:
    index = to_int_arg(args[0])
    if not 0 <= index <= len(s):
        raise out_of_range(
            "startIndex",
            "Index was out of range. Must be non-negative and less than the size of the collection.",
        )
    return s[:index] + to_str_arg(args[1]) + s[index:]


@_M.method("Remove", 1, 2)
def _remove(s: str, args: list[Any]) -> str:
    start = to_int_arg(args[0])
    if len(args) == 1:
        if not 0 <= start < max(len(s), 1) or (start >= len(s)):
            raise out_of_range("startIndex", "startIndex must be less than length of string.")
        return s[:start]
    count = to_int_arg(args[1])
    if start < 0 or count < 0 or start + count > len(s):
        raise out_of_range("count", "Index and count must refer to a location within the string.")
    return s[:start] + s[start + count :]


@_M.method("Equals", 1, 2)
def _equals(s: str, args: list[Any]) -> bool:
    other = args[0]
    if not isinstance(other, str):
        return False
    return s.casefold() == other.casefold() if _ignore_case(args, 1) else s == other


@_M.method("CompareTo", 1)
def _compare_to(s: str, args: list[Any]) -> int:
    if args[0] is None:
        return 1
    a, b = string_sort_key(s, True), string_sort_key(to_string(args[0]), True)
    return (a > b) - (a < b)


@_M.method("Chars", 1)
def _chars_at(s: str, args: list[Any]) -> Char:
    index = to_int_arg(args[0])
    if not 0 <= index < len(s):
        raise DotNetError("IndexOutOfRangeException", "Index was outside the bounds of the array.")
    return Char(s[index])


_M.add("get_Chars", (1,), _chars_at)
_M.add("get_Length", (0,), lambda s, a: len(s))
_M.add("IsNormalized", (0,), lambda s, a: True)

# parameter names and types of the common overloads (String class reference), for conversion errors
_M.typed("Substring", "startIndex:int", "startIndex:int length:int")
_M.typed("PadLeft", "totalWidth:int", "totalWidth:int paddingChar:char")
_M.typed("PadRight", "totalWidth:int", "totalWidth:int paddingChar:char")
_M.typed("Insert", "startIndex:int value:string")
_M.typed("Remove", "startIndex:int", "startIndex:int count:int")
