"""Value rendering for the formatter: object -> cell/field text (formatting spec §3), cell widths.

Format layer: imports objects and values only (never runtime, syntax or binding). The plain string
form of a value is the value layer's `to_string`; this module adds what is specific to formatting:
FormatString (§3.1), null (§3.2), the `{a, b, c...}` collection form with $FormatEnumerationLimit
(§3.5), property access for any value, the scalar-type test that drives alignment (§4.2) and the
display width of a string (East-Asian wide characters count 2, spec decision "Cell length").
"""

from __future__ import annotations

from collections.abc import Iterable
from decimal import Decimal
from fnmatch import fnmatchcase
from typing import Any

from pwshlite.errors import ErrorRecord
from pwshlite.format.failures import FormatStringFailed
from pwshlite.objects import PSCUSTOMOBJECT, Char, EnumValue, PSHashtable, PSObject, SecureString
from pwshlite.values.convert import (
    to_string,  # the string form of a value (spec §3.4)
    type_names_of,
)

__all__ = ["to_string", "type_names", "format_value", "cell_len", "get_property", "property_names"]

DEFAULT_ENUMERATION_LIMIT = 4
_ABSENT = object()
REMOTING_PROPERTIES = frozenset(
    {"pscomputername", "psshowcomputername", "runspaceid", "pssourcejobinstanceid"}
)
_COMPUTER_NAME = frozenset({"pscomputername", "psshowcomputername"})
DICTIONARY_ENTRY = "System.Collections.DictionaryEntry"
ERROR_RECORD = "System.Management.Automation.ErrorRecord"


# -- the value layer -----------------------------------------------------------------------------------------
def type_names(value: Any) -> list[str]:
    """PSTypeNames of any value (the value layer's answer; ErrorRecord objects of pwshlite.errors too)."""
    if isinstance(value, PSObject) and (value.base is None or value.type_names[0] != PSCUSTOMOBJECT):
        return value.type_names
    if isinstance(value, ErrorRecord):
        return [ERROR_RECORD, "System.Object"]
    return list(type_names_of(value))


# -- properties ----------------------------------------------------------------------------------------------
def property_names(value: Any) -> list[str]:
    """The value's properties in their own order (PSObject note properties; else the value layer's)."""
    if isinstance(value, PSObject):
        names = value.names()
        if value.base is not None and not names:
            return property_names(value.base)
        return names
    if value is None:
        return []
    try:
        from pwshlite.values.members import property_names as members_names
    except ImportError:
        return []
    return list(members_names(value))


def get_property(value: Any, name: str) -> Any:
    """Read a property of any value; a missing property (or a failing getter) is None (§3.2)."""
    if isinstance(value, PSObject):
        found = value.get(name, _ABSENT)
        if found is not _ABSENT:
            return found
    try:
        from pwshlite.values.members import get_member
    except ImportError:
        return _fallback_property(value, name)
    try:
        return get_member(value, name)
    except Exception:  # a getter that throws shows as an empty cell (§3.2)
        return None


def _fallback_property(value: Any, name: str) -> Any:
    if isinstance(value, PSObject):
        return _fallback_property(value.base, name) if value.base is not None else None
    if isinstance(value, str) and name.casefold() == "length":
        return len(value)
    if isinstance(value, list) and name.casefold() in ("count", "length"):
        return len(value)
    return None


def resolve_names(value: Any, pattern: str) -> list[str]:
    """Property names of `value` matching a wildcard pattern, in the object's order."""
    if not any(c in pattern for c in "*?["):
        own = value.property_name(pattern) if isinstance(value, PSObject) else None
        if own is not None:
            return [own]
        folded = pattern.casefold()
        return [n for n in property_names(value) if n.casefold() == folded]
    folded = pattern.casefold()
    return [n for n in property_names(value) if fnmatchcase(n.casefold(), folded)]


def display_property_names(value: Any) -> list[str]:
    """Names shown by default: DefaultDisplayPropertySet, else every property but PSComputerName and
    PSShowComputerName (PSComputerName is appended when PSShowComputerName is true, §4.1.2)."""
    from pwshlite.format.views import default_properties

    names = default_properties(type_names(value))
    if names is not None:
        return list(names)
    shown = [n for n in property_names(value) if n.casefold() not in _COMPUTER_NAME]
    if shown != property_names(value) and get_property(value, "PSShowComputerName") is True:
        shown.append("PSComputerName")
    return shown


# -- classification ------------------------------------------------------------------------------------------
def is_scalar(value: Any) -> bool:
    """Scalar types of the spec (§0.3): strings, numbers, Char, Boolean, SecureString, enums."""
    if isinstance(value, PSObject) and value.base is not None:
        return is_scalar(value.base)
    return isinstance(value, str | bool | int | float | Decimal | EnumValue | SecureString)


def is_right_aligned(value: Any) -> bool:
    """Alignment rule of property-based columns (§4.2): scalar but not a string -> right."""
    if isinstance(value, PSObject) and value.base is not None:
        value = value.base
    if isinstance(value, Char):
        return True
    return is_scalar(value) and not isinstance(value, str)


def is_collection(value: Any) -> bool:
    """Enumerable values (except strings) that the formatter shows in the collection form (§3.3)."""
    if isinstance(value, PSObject):
        return value.base is not None and is_collection(value.base)
    return isinstance(value, list | tuple | PSHashtable | set | frozenset | dict)


def iterate(value: Any) -> Iterable[Any]:
    """Enumerate a collection; a dictionary yields its entries as DictionaryEntry objects (§3.6)."""
    if isinstance(value, PSObject):
        value = value.base
    if isinstance(value, PSHashtable):
        return (dictionary_entry(k, v) for k, v in value.items())
    if isinstance(value, dict):
        return (dictionary_entry(k, v) for k, v in value.items())
    items: Iterable[Any] = value
    return iter(items)


def dictionary_entry(key: Any, value: Any) -> PSObject:
    """A System.Collections.DictionaryEntry: Key and Value, plus the Name alias of Key."""
    return PSObject(
        (("Name", key), ("Key", key), ("Value", value)),
        (DICTIONARY_ENTRY, "System.ValueType", "System.Object"),
    )


# -- the section-3 text ----------------------------------------------------------------------------------------
def enumeration_limit(raw: Any) -> int:
    """$FormatEnumerationLimit when it is an integer, else the default 4 (§3.5)."""
    if isinstance(raw, PSObject) and raw.base is not None:
        raw = raw.base
    if isinstance(raw, int) and not isinstance(raw, bool):
        return raw
    return DEFAULT_ENUMERATION_LIMIT


def format_value(value: Any, limit: int = DEFAULT_ENUMERATION_LIMIT, format_string: str | None = None) -> str:
    """The text of a value in a table cell, list field, wide item or group header (§3.1-3.5)."""
    if format_string:
        return apply_format_string(value, format_string)
    if value is None:
        return ""
    if is_collection(value):
        return collection_text(value, limit)
    return to_string(value)


def apply_format_string(value: Any, format_string: str) -> str:
    """FormatString of a calculated property or view (§3.1); an empty string when formatting fails."""
    try:
        return strict_format_string(value, format_string)
    except FormatStringFailed:  # .NET's formatter failing leaves the cell empty (§3.1)
        return ""


def strict_format_string(value: Any, format_string: str) -> str:
    """FormatString applied as .NET would; FormatStringFailed when .NET's formatter rejects it."""
    from pwshlite.values.dotnet_format import format_string as dotnet

    composite = format_string if ("{0" in format_string or "}" in format_string) else f"{{0:{format_string}}}"
    try:
        return str(dotnet(composite, [value]))
    except Exception as exc:
        raise FormatStringFailed(format_string) from exc


def collection_text(value: Any, limit: int) -> str:
    """`{a, b, c...}`: at most `limit` items, `...` right after the last shown one (§3.5)."""
    parts: list[str] = []
    more = False
    for item in iterate(value):
        if 0 <= limit <= len(parts):
            more = True
            break
        parts.append(_item_text(item))
    return "{" + ", ".join(parts) + ("..." if more else "") + "}"


_DISPLAY_PATTERNS = ("name", "id", "key", "*key", "*name", "*id")


def _item_text(item: Any) -> str:
    """One collection item (§3.5): `$null`, a dictionary entry's key, the string form of objects with
    their own ToString, else the object's display name."""
    if item is None:
        return "$null"
    if isinstance(item, PSObject) and DICTIONARY_ENTRY in item.type_names:
        return to_string(item.get("Key"))
    try:
        text = to_string(item)
    except RecursionError:  # an item that contains itself
        return type_names(item)[0] if type_names(item) else "System.Object"
    if isinstance(item, PSObject) and item.base is None and text.startswith("@{"):
        names = item.type_names
        if names and names[0] != PSCUSTOMOBJECT and not names[0].startswith("Selected."):
            # a typed object without a string form of its own shows its display name
            shown = display_name(item)
            if shown is not None:
                return shown
    return text


def display_name(obj: PSObject) -> str | None:
    """The value of the first property matching name, id, key, *key, *name, *id (remoting
    properties excluded), as the formatter names an object that has no ToString of its own."""
    names = [n for n in obj.names() if n.casefold() not in REMOTING_PROPERTIES]
    for pattern in _DISPLAY_PATTERNS:
        for name in names:
            if fnmatchcase(name.casefold(), pattern):
                return to_string(obj.get(name))
    return None


# -- widths ------------------------------------------------------------------------------------------------------
def cell_len(text: str) -> int:
    """Display width: one cell per character, two for East-Asian wide ones (spec decision). wcwidth is
    imported on the first non-ASCII text only (it costs tens of milliseconds of start-up)."""
    if text.isascii():
        return len(text)
    from wcwidth import wcswidth

    width = int(wcswidth(text))
    if width >= 0:
        return width
    return sum(char_len(c) for c in text)


def char_len(ch: str) -> int:
    if ch.isascii():
        return 1
    from wcwidth import wcwidth

    return max(int(wcwidth(ch)), 0)


def head(text: str, cells: int) -> str:
    """The longest prefix of `text` that fits in `cells` display cells."""
    if text.isascii():
        return text[:cells]
    used = 0
    for i, ch in enumerate(text):
        used += char_len(ch)
        if used > cells:
            return text[:i]
    return text


def tail(text: str, cells: int) -> str:
    """The longest suffix of `text` that fits in `cells` display cells."""
    if cells <= 0:
        return ""
    if text.isascii():
        return text[-cells:]
    used = 0
    for i in range(len(text) - 1, -1, -1):
        used += char_len(text[i])
        if used > cells:
            return text[i + 1 :]
    return text
