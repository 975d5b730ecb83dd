"""Type names of values, type resolution ([int], [System.IO.Path], string[]) and the -is test.

Layer: values (imports only pwshlite.objects, pwshlite.errors and the standard library).
Re-exported by pwshlite.values.convert; call them from there.

Public API:
    resolve_type(name: str) -> PSType | None
    type_name_of(value: Any) -> str             System.Int32, System.Object[], ...
    type_names_of(value: Any) -> list[str]      like PSObject.TypeNames
    is_instance(value: Any, type_name: str | PSType) -> bool   the -is operator
    accelerator_name(full_name: str) -> str | None             reverse accelerator lookup (int)
"""

from __future__ import annotations

import datetime as _dt
import decimal
import re
from typing import Any

from pwshlite.objects import (
    OBJECT,
    PSCUSTOMOBJECT,
    Char,
    EnumValue,
    PSHashtable,
    PSObject,
    ScriptBlockValue,
    SecureString,
)

from .types import ACCELERATORS, HASHSET, PSType, array_type, generic_list_type, known_full_name, type_chain

INT32_MIN, INT32_MAX = -(2**31), 2**31 - 1
INT64_MIN, INT64_MAX = -(2**63), 2**63 - 1
PSOBJECT = "System.Management.Automation.PSObject"

_GENERIC = re.compile(r"^(?P<base>[^\[\]]+)\[(?P<args>.+)\]$", re.S)
_REVERSE = {
    "System.Int32": "int",
    "System.Int64": "long",
    "System.String": "string",
    "System.Boolean": "bool",
    "System.Double": "double",
    "System.Decimal": "decimal",
    "System.Char": "char",
    "System.DateTime": "datetime",
    "System.TimeSpan": "timespan",
    "System.Collections.Hashtable": "hashtable",
    "System.Text.RegularExpressions.Regex": "regex",
    "System.Guid": "guid",
    "System.Byte": "byte",
    "System.Single": "float",
    "System.Management.Automation.ScriptBlock": "scriptblock",
    "System.Management.Automation.SwitchParameter": "switch",
    "System.Management.Automation.PSObject": "psobject",
    "System.Xml.XmlDocument": "xml",
    "System.Management.Automation.PSCustomObject": "pscustomobject",
    "System.Array": "array",
    "System.Security.SecureString": "securestring",
    "System.Type": "type",
}


def accelerator_name(full_name: str) -> str | None:
    """The accelerator PowerShell shows for a type converted to string ([string][int] is 'int')."""
    return _REVERSE.get(full_name)


def _split_args(text: str) -> list[str]:
    parts: list[str] = []
    depth = 0
    current = ""
    for ch in text:
        if ch == "[":
            depth += 1
        elif ch == "]":
            depth -= 1
        if ch == "," and depth == 0:
            parts.append(current.strip())
            current = ""
        else:
            current += ch
    parts.append(current.strip())
    return [p[1:-1].split(",", 1)[0].strip() if p.startswith("[") else p for p in parts]


def _plain(name: str) -> PSType | None:
    key = name.casefold()
    if key in ACCELERATORS:
        return PSType(ACCELERATORS[key])
    for candidate in (name, "System." + name):
        full = known_full_name(candidate)
        if full is not None:
            return PSType(full)
    return None


def resolve_type(name: str) -> PSType | None:
    """Resolve a type name as PowerShell does: accelerators, optional `System.` prefix, case-insensitive,
    arrays (`string[]`) and generic lists (`System.Collections.Generic.List[string]`); None if unknown."""
    text = name.strip()
    if text.startswith("[") and text.endswith("]") and not text.endswith("[]"):
        text = text[1:-1].strip()
    if text.endswith("[]"):
        element = resolve_type(text[:-2])
        return array_type(element) if element is not None else None
    match = _GENERIC.match(text)
    if match:
        return _resolve_generic(match.group("base").strip(), _split_args(match.group("args")))
    return _plain(text)


def _resolve_generic(base: str, args: list[str]) -> PSType | None:
    resolved = [resolve_type(a) for a in args]
    if any(r is None for r in resolved):
        return None
    types = [r for r in resolved if r is not None]
    short = base.casefold().removeprefix("system.").removesuffix("`1").removesuffix("`2")
    if short == "collections.generic.list" and len(types) == 1:
        return generic_list_type(types[0])
    if short == "collections.generic.hashset" and len(types) == 1:
        return generic_list_type(types[0], HASHSET)
    if short == "collections.generic.dictionary" and len(types) == 2:
        inner = ",".join(f"[{t.full_name}]" for t in types)
        return PSType(f"System.Collections.Generic.Dictionary`2[{inner}]", args=tuple(types))
    return None


def type_name_of(value: Any) -> str:
    """Full .NET type name of a value (GetType().FullName); '' for $null."""
    if value is None:
        return ""
    simple = _SIMPLE.get(type(value))
    if simple is not None:
        return simple if type(value) is not int else _int_type(value)
    if isinstance(value, bool):
        return "System.Boolean"
    if isinstance(value, int):
        return _int_type(value)
    if isinstance(value, Char):
        return "System.Char"
    if isinstance(value, str):
        return "System.String"
    if isinstance(value, PSObject):
        return type_name_of(value.base) if value.base is not None else _psobject_type(value)
    if isinstance(value, PSHashtable | EnumValue):
        return value.type_name
    if isinstance(value, list):
        return str(getattr(value, "type_name", "System.Object[]"))
    return _other_type(value)


def _psobject_type(value: PSObject) -> str:
    """A PSCustomObject is one whatever names were inserted into PSTypeNames, and so are Select-Object's
    copies and deserialized property bags; an object that stands for a live .NET instance (PathInfo,
    FileInfo: none of these marks) is of its first type name."""
    names = value.type_names
    if not names or PSCUSTOMOBJECT in names or names[0].startswith(("Selected.", "Deserialized.")):
        return PSCUSTOMOBJECT
    return names[0]


def _other_type(value: Any) -> str:
    if isinstance(value, _dt.datetime):
        return "System.DateTime"
    if isinstance(value, _dt.timedelta):
        return "System.TimeSpan"
    if isinstance(value, SecureString):
        return "System.Security.SecureString"
    if isinstance(value, PSType):
        return "System.RuntimeType"
    named = getattr(value, "type_name", None) or getattr(value, "dotnet_name", None)
    if isinstance(named, str):
        return named
    if isinstance(value, ScriptBlockValue):
        return "System.Management.Automation.ScriptBlock"
    return OBJECT


def _int_type(value: int) -> str:
    if INT32_MIN <= value <= INT32_MAX:
        return "System.Int32"
    if INT64_MIN <= value <= INT64_MAX:
        return "System.Int64"
    return "System.Numerics.BigInteger"


_SIMPLE: dict[type, str] = {
    int: "System.Int32",
    float: "System.Double",
    str: "System.String",
    bool: "System.Boolean",
    decimal.Decimal: "System.Decimal",
    _dt.datetime: "System.DateTime",
    _dt.timedelta: "System.TimeSpan",
    list: "System.Object[]",
}


def type_names_of(value: Any) -> list[str]:
    """The type-name list PowerShell keeps in PSObject.TypeNames (most derived first)."""
    if isinstance(value, PSObject):
        default = value.type_names == [PSCUSTOMOBJECT, OBJECT]
        if value.base is not None and default:
            return type_names_of(value.base)
        return list(value.type_names)
    if value is None:
        return []
    if isinstance(value, EnumValue):
        return [value.type_name, "System.Enum", "System.ValueType", OBJECT]
    name = type_name_of(value)
    chain = type_chain(name)
    element = getattr(value, "element", None)
    if name.endswith("[]") and isinstance(element, PSType) and not _is_value_type(element.full_name):
        chain.insert(1, "System.Object[]")
    return chain


def _is_value_type(full_name: str) -> bool:
    return "System.ValueType" in type_chain(full_name)


_INTERFACES: dict[str, tuple[type, ...]] = {
    "system.collections.ienumerable": (list, PSHashtable, str),
    "system.collections.ilist": (list,),
    "system.collections.icollection": (list, PSHashtable),
    "system.collections.idictionary": (PSHashtable,),
    "system.icomparable": (int, float, decimal.Decimal, str, _dt.datetime, _dt.timedelta),
    "system.iformattable": (int, float, decimal.Decimal, _dt.datetime, _dt.timedelta),
    "system.iconvertible": (int, float, decimal.Decimal, str, bool, _dt.datetime),
}


def is_instance(value: Any, type_name: str | PSType) -> bool:
    """The -is operator: is the value (unwrapped from its PSObject) of the type or a subtype?"""
    if value is None:
        return False
    target = type_name if isinstance(type_name, PSType) else resolve_type(type_name)
    full = target.full_name if target is not None else str(type_name)
    key = full.casefold()
    if key == OBJECT.casefold():
        return True
    if key == PSOBJECT.casefold():
        return isinstance(value, PSObject)
    if key == PSCUSTOMOBJECT.casefold():
        return isinstance(value, PSObject) and value.base is None
    if isinstance(value, PSObject) and value.base is not None:
        value = value.base
    interface = _INTERFACES.get(key)
    if interface is not None:
        return isinstance(value, interface) and not (isinstance(value, bool) and key == "system.iformattable")
    if key.startswith("system.collections.generic.list`1"):
        return type_name_of(value).casefold() == key
    return any(name.casefold() == key for name in type_names_of(value))
