"""Runtime object model shared by the engine, the formatter and cmdlets (bottom layer).

Imports nothing from pwshlite but errors. Value representation (the contract every stage relies on):

| PowerShell / .NET            | Python                                        |
|------------------------------|-----------------------------------------------|
| $null                        | None                                          |
| Boolean                      | bool                                          |
| Int32 / Int64                | int (Int32 when in range, else Int64)         |
| Double                       | float                                         |
| Decimal                      | decimal.Decimal                               |
| String / Char                | str / Char (str subclass)                     |
| DateTime / TimeSpan          | datetime.datetime (naive = local) / timedelta |
| object[]                     | list (mutable, as .NET arrays' elements are)  |
| Hashtable / [ordered]        | PSHashtable (case-insensitive, insertion order)|
| PSCustomObject / PSObject    | PSObject                                      |
| SecureString                 | SecureString                                  |
| ScriptBlock                  | ScriptBlockValue (implemented by the runtime) |
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from typing import Any, Protocol, runtime_checkable

PSCUSTOMOBJECT = "System.Management.Automation.PSCustomObject"
OBJECT = "System.Object"


class Char(str):
    """A System.Char: a one-character string that keeps its type for -is and GetType()."""

    __slots__ = ()


def _key(name: Any) -> Any:
    return name.casefold() if isinstance(name, str) else name


class PSObject:
    """An object with ordered, case-insensitive note properties and a type-name list.

    `type_names` drives formatting (views are looked up by the first matching name), as
    PSObject.TypeNames does. `base` is the wrapped value when a PSObject decorates another object
    (Add-Member on a string); None for a plain PSCustomObject."""

    __slots__ = ("_props", "type_names", "base", "members")
    # `members` (additive, unset by default; read it with getattr(obj, "members", None)): the object's
    # non-note members added by Add-Member (AliasProperty, ScriptProperty, ScriptMethod, CodeMethod),
    # a dict casefolded name -> member object; see pwshlite.cmdlets.core._members.

    def __init__(
        self,
        properties: Mapping[str, Any] | Iterable[tuple[str, Any]] = (),
        type_names: Iterable[str] = (PSCUSTOMOBJECT, OBJECT),
        base: Any = None,
    ) -> None:
        self._props: dict[Any, tuple[str, Any]] = {}
        items = properties.items() if isinstance(properties, Mapping) else properties
        for name, value in items:
            self._props[_key(name)] = (name, value)
        self.type_names: list[str] = list(type_names)
        self.base = base

    # -- properties ------------------------------------------------------------------------------------
    def has(self, name: str) -> bool:
        return _key(name) in self._props

    def get(self, name: str, default: Any = None) -> Any:
        entry = self._props.get(_key(name))
        return default if entry is None else entry[1]

    def set(self, name: str, value: Any) -> None:
        """Set a property, adding it at the end when it does not exist (keeps the original casing)."""
        key = _key(name)
        entry = self._props.get(key)
        self._props[key] = (entry[0] if entry else name, value)

    def remove(self, name: str) -> None:
        self._props.pop(_key(name), None)

    def property_name(self, name: str) -> str | None:
        """The property's own spelling, or None."""
        entry = self._props.get(_key(name))
        return entry[0] if entry else None

    def names(self) -> list[str]:
        return [n for n, _ in self._props.values()]

    def items(self) -> Iterator[tuple[str, Any]]:
        return iter(self._props.values())

    def __len__(self) -> int:
        return len(self._props)

    def copy(self) -> PSObject:
        clone = PSObject((), self.type_names, self.base)
        clone._props = dict(self._props)
        return clone

    @property
    def type_name(self) -> str:
        return self.type_names[0] if self.type_names else OBJECT

    def __repr__(self) -> str:
        inner = ", ".join(f"{n}={v!r}" for n, v in self._props.values())
        return f"PSObject[{self.type_name}]({inner})"


class PSHashtable:
    """System.Collections.Hashtable (and [ordered] OrderedDictionary): case-insensitive string keys,
    insertion order kept (pwshlite decision, formatting spec 'Hashtable order')."""

    __slots__ = ("_items", "ordered")

    def __init__(self, items: Iterable[tuple[Any, Any]] = (), ordered: bool = False) -> None:
        self._items: dict[Any, tuple[Any, Any]] = {}
        self.ordered = ordered
        for k, v in items:
            self[k] = v

    def __getitem__(self, key: Any) -> Any:
        entry = self._items.get(_key(key))
        return None if entry is None else entry[1]

    def __setitem__(self, key: Any, value: Any) -> None:
        k = _key(key)
        entry = self._items.get(k)
        self._items[k] = (entry[0] if entry else key, value)

    def __delitem__(self, key: Any) -> None:
        self._items.pop(_key(key), None)

    def __contains__(self, key: Any) -> bool:
        return _key(key) in self._items

    def __len__(self) -> int:
        return len(self._items)

    def keys(self) -> list[Any]:
        return [k for k, _ in self._items.values()]

    def values(self) -> list[Any]:
        return [v for _, v in self._items.values()]

    def items(self) -> list[tuple[Any, Any]]:
        return list(self._items.values())

    def add(self, key: Any, value: Any) -> None:
        """Hashtable.Add: fails when the key exists (caller turns KeyError into PowerShell's error)."""
        if key in self:
            raise KeyError(key)
        self[key] = value

    def copy(self) -> PSHashtable:
        return PSHashtable(self.items(), self.ordered)

    @property
    def type_name(self) -> str:
        return (
            "System.Collections.Specialized.OrderedDictionary"
            if self.ordered
            else "System.Collections.Hashtable"
        )

    def __repr__(self) -> str:
        return f"PSHashtable({self.items()!r})"


class SecureString:
    """System.Security.SecureString: holds text that is never shown. str() gives the type name, as
    PowerShell prints `System.Security.SecureString`."""

    __slots__ = ("_value",)

    def __init__(self, value: str) -> None:
        self._value = value

    def reveal(self) -> str:
        """The plain text, for the few places PowerShell itself decrypts (ConvertFrom-SecureString)."""
        return self._value

    @property
    def length(self) -> int:
        return len(self._value)

    def __str__(self) -> str:
        return "System.Security.SecureString"

    def __repr__(self) -> str:
        return "SecureString(<hidden>)"


@runtime_checkable
class ScriptBlockValue(Protocol):
    """A script block as a value. The runtime implements it; cmdlets run it via Context.invoke."""

    @property
    def text(self) -> str: ...


class EnumValue:
    """A .NET enum value: prints its name, compares equal to its name (case-insensitive) or number."""

    __slots__ = ("type_name", "name", "value")

    def __init__(self, type_name: str, name: str, value: int) -> None:
        self.type_name = type_name
        self.name = name
        self.value = value

    def __str__(self) -> str:
        return self.name

    def __eq__(self, other: object) -> bool:
        if isinstance(other, EnumValue):
            return self.type_name == other.type_name and self.value == other.value
        if isinstance(other, str):
            return self.name.casefold() == other.casefold()
        if isinstance(other, int) and not isinstance(other, bool):
            return self.value == other
        return NotImplemented

    def __hash__(self) -> int:
        return hash((self.type_name, self.value))

    def __repr__(self) -> str:
        return f"{self.type_name}.{self.name}"
