"""The pragmatic .NET member surface: properties and methods of values, member enumeration, statics.

Layer: values (imports only pwshlite.objects, pwshlite.errors and the standard library).
Unknown properties read as $null (non-strict mode); unknown methods fail with PowerShell's
`Method invocation failed because [T] does not contain a method named 'M'.` (MethodNotFound); a known
method called with an unsupported argument count fails with MethodCountCouldNotFindBest.

Objects defined elsewhere can join in by duck typing:
    ps_property_names() -> list[str]; ps_get(name) -> tuple[bool, Any]; ps_set(name, value) -> bool;
    ps_call(name, args) -> tuple[bool, Any]  (found flag first).

Public API:
    get_member(obj, name: str) -> Any                 property value, $null when missing
    set_member(obj, name: str, value) -> None         raises PropertyNotFound / ReadOnly errors
    invoke_method(obj, name: str, args: list) -> Any
    property_names(obj) -> list[str]                  properties in display order (formatting)
    enumerate_member(values: list, name: str) -> Any  $list.Name member enumeration
    get_type(obj) -> PSType                           $x.GetType()
    get_static(type: PSType, name: str) -> Any / invoke_static(type: PSType, name: str, args) -> Any
    new_object(type: PSType | str, args: list) -> Any   New-Object / [T]::new(...)
"""

from __future__ import annotations

import datetime as _dt
from decimal import Decimal
from typing import Any

from pwshlite.errors import ErrorCategory, ErrorRecord
from pwshlite.objects import Char, EnumValue, PSHashtable, PSObject, SecureString

from . import errrecord, errs
from .construct import new_object
from .convert import to_string, type_name_of, type_names_of
from .dotnet_format import FormatError, format_number
from .mcore import DotNetError, MethodTable
from .members_collections import HASHTABLE_METHODS, list_methods_for
from .members_string import STRING_METHODS
from .members_time import DATETIME_METHODS, DATETIME_PROPERTIES, TIMESPAN_METHODS, TIMESPAN_PROPERTIES
from .regex import Regex, RegexGroup, RegexMatch
from .statics import get_static, invoke_static
from .typenames import resolve_type
from .types import ArrayList, Guid, PSType, type_chain
from .xmllite import XmlElement

__all__ = [
    "get_member",
    "set_member",
    "invoke_method",
    "property_names",
    "enumerate_member",
    "get_type",
    "get_static",
    "invoke_static",
    "new_object",
]

_LIST_PROPS = {
    "count",
    "length",
    "longlength",
    "rank",
    "isfixedsize",
    "isreadonly",
    "issynchronized",
    "syncroot",
}
_MATCH_PROPS = ["Groups", "Success", "Name", "Captures", "Index", "Length", "Value"]
_TYPE_PROPS = [
    "IsPublic",
    "IsSerial",
    "Name",
    "BaseType",
    "FullName",
    "Namespace",
    "IsArray",
    "IsValueType",
    "IsEnum",
]


def get_type(obj: Any) -> PSType:
    """$x.GetType(): the value's .NET type as a type object."""
    name = type_name_of(obj if not (isinstance(obj, PSObject) and obj.base is None) else obj)
    found = resolve_type(name) if name else None
    if found is not None and found.full_name == name:
        return found
    element = getattr(obj, "element", None)
    return PSType(name, element=element if isinstance(element, PSType) and name.endswith("[]") else None)


# -- properties --------------------------------------------------------------------------------------------


def get_member(obj: Any, name: str) -> Any:
    """Property read with PowerShell's adapters; None when the property does not exist."""
    key = name.casefold()
    if obj is None:
        return 0 if key == "count" else None
    if key in ("psobject", "pstypenames") and not (isinstance(obj, PSHashtable) and name in obj):
        return _intrinsic(obj, key)
    if isinstance(obj, PSObject):
        return _psobject_member(obj, name, key)
    if isinstance(obj, PSHashtable):
        return _hashtable_member(obj, name, key)
    if isinstance(obj, list):
        return _list_member(obj, name, key)
    if isinstance(obj, str):
        if key == "length":
            return len(obj)
        return 1 if key == "count" else None
    return _scalar_member(obj, name, key)


def _psobject_member(obj: PSObject, name: str, key: str) -> Any:
    if obj.has(name):
        return obj.get(name)
    if obj.base is not None:
        return get_member(obj.base, name)
    return 1 if key == "count" else None


def _intrinsic(obj: Any, key: str) -> Any:
    """`.psobject` (a view of the value's properties and type names) and `.pstypenames`."""
    from .members_psobject import TypeNameCollection, psobject_view, type_name_collection

    if key == "psobject":
        return psobject_view(obj)
    if isinstance(obj, PSObject):
        return type_name_collection(obj)
    return TypeNameCollection(type_names_of(obj))


def _hashtable_member(table: PSHashtable, name: str, key: str) -> Any:
    """Keys shadow the Hashtable's own properties, as in PowerShell (`@{Keys=1}.Keys` is 1)."""
    if name in table:
        return table[name]
    if key == "count":
        return len(table)
    if key == "keys":
        return table.keys()
    if key == "values":
        return table.values()
    if key in ("isreadonly", "isfixedsize", "issynchronized"):
        return False
    return None


def _list_member(values: list[Any], name: str, key: str) -> Any:
    if key in _LIST_PROPS:
        return _list_property(values, key)
    if key == "capacity" and isinstance(values, ArrayList):
        return max(len(values), 4)
    return enumerate_member(values, name)


def _list_property(values: list[Any], key: str) -> Any:
    if key in ("count", "length", "longlength"):
        return len(values)
    if key == "rank":
        return 1
    if key == "isfixedsize":
        return type(values) is list or type_name_of(values).endswith("[]")
    if key in ("isreadonly", "issynchronized"):
        return False
    return values


def enumerate_member(values: list[Any], name: str) -> Any:
    """Member enumeration ($list.Name): each element's property, collections unrolled, $null skipped;
    one result is returned as a scalar, none as $null."""
    out: list[Any] = []
    for item in values:
        value = get_member(item, name)
        if isinstance(value, list) and not isinstance(item, list):
            out.extend(value)
        elif value is not None:
            out.append(value)
    if not out:
        return None
    return out[0] if len(out) == 1 else out


def _scalar_member(obj: Any, name: str, key: str) -> Any:
    if isinstance(obj, ErrorRecord | errrecord.ExceptionValue):
        member = errrecord.record_member if isinstance(obj, ErrorRecord) else errrecord.exception_member
        found, value = member(obj, key)  # type: ignore[arg-type]
        if found:
            return value
    table = _property_table(obj)
    if table is not None:
        entry = table.get(key)
        if entry is not None:
            return entry[1](obj)
    getter = getattr(obj, "ps_get", None)
    if callable(getter):
        found, value = getter(name)
        if found:
            return value
    special = _special_member(obj, key)
    if special is not _MISSING:
        return special
    if key == "count":
        return 1
    if key == "length":
        return 1
    return None


_MISSING = object()


def _property_table(obj: Any) -> dict[str, tuple[str, Any]] | None:
    if isinstance(obj, _dt.datetime):
        return DATETIME_PROPERTIES
    if isinstance(obj, _dt.timedelta):
        return TIMESPAN_PROPERTIES
    return None


def _special_member(obj: Any, key: str) -> Any:
    if isinstance(obj, RegexGroup):
        return _match_member(obj, key)
    if isinstance(obj, XmlElement):
        return obj.get_member(key)
    if isinstance(obj, PSType):
        return _type_member(obj, key)
    if isinstance(obj, Guid) and key == "guid":
        return str(obj)
    if isinstance(obj, SecureString) and key == "length":
        return obj.length
    if isinstance(obj, EnumValue) and key == "value__":
        return obj.value
    if isinstance(obj, Regex) and key == "options":
        return obj.options
    if key == "ispresent" and hasattr(obj, "is_present"):  # SwitchParameter (cmdlet.Switch, duck-typed)
        return bool(obj.is_present)
    return _MISSING


def _match_member(obj: RegexGroup, key: str) -> Any:
    simple = {
        "success": obj.success,
        "value": obj.value,
        "index": obj.index,
        "length": obj.length,
        "name": obj.name,
    }
    if key in simple:
        return simple[key]
    if key == "groups" and isinstance(obj, RegexMatch):
        return obj.groups
    if key == "captures":
        return [obj] if obj.success else []
    return _MISSING


def _type_member(t: PSType, key: str) -> Any:
    chain = type_chain(t.full_name)
    values: dict[str, Any] = {
        "name": t.name,
        "fullname": t.full_name,
        "namespace": t.namespace,
        "basetype": PSType(chain[1]) if len(chain) > 1 else None,
        "isarray": t.is_array,
        "isvaluetype": "System.ValueType" in chain[1:],
        "isenum": "System.Enum" in chain[1:],
        "isclass": "System.ValueType" not in chain[1:],
        "ispublic": True,
        "isserial": True,
        "isserializable": True,
        "underlyingsystemtype": t,
        "assemblyqualifiedname": f"{t.full_name}, mscorlib, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089",
    }
    return values.get(key, _MISSING)


def property_names(obj: Any) -> list[str]:
    """Property names in display order (used by the formatter and Get-Member)."""
    if isinstance(obj, PSObject):
        return obj.names() or (property_names(obj.base) if obj.base is not None else [])
    if isinstance(obj, _dt.datetime):
        return [name for name, _ in DATETIME_PROPERTIES.values()]
    if isinstance(obj, _dt.timedelta):
        return [name for name, _ in TIMESPAN_PROPERTIES.values()]
    if isinstance(obj, RegexMatch):
        return list(_MATCH_PROPS)
    if isinstance(obj, RegexGroup):
        return [n for n in _MATCH_PROPS if n != "Groups"]
    if isinstance(obj, PSType):
        return list(_TYPE_PROPS)
    if isinstance(obj, Guid):
        return ["Guid"]
    if isinstance(obj, str | SecureString):
        return ["Length"]
    if isinstance(obj, list):
        return list(_collection_properties(obj))
    if isinstance(obj, ErrorRecord):
        return list(errrecord.RECORD_PROPERTIES)
    if isinstance(obj, errrecord.ExceptionValue):
        return list(errrecord.EXCEPTION_PROPERTIES)
    if isinstance(obj, XmlElement):
        return list(dict.fromkeys([*obj.element.attrib.keys(), *(c.tag for c in obj.element)]))
    names = getattr(obj, "ps_property_names", None)
    return list(names()) if callable(names) else []


_ARRAY_PROPS = (
    "Length",
    "LongLength",
    "Rank",
    "SyncRoot",
    "IsReadOnly",
    "IsFixedSize",
    "IsSynchronized",
    "Count",
)
_ARRAYLIST_PROPS = ("Capacity", "Count", "IsFixedSize", "IsReadOnly", "IsSynchronized", "SyncRoot")


def _collection_properties(obj: list[Any]) -> tuple[str, ...]:
    """The public properties of System.Array (arrays of any element type) or of a List-like collection
    (ArrayList, List[T]) in .NET's declaration order: what Format-* -Expand CoreOnly shows."""
    name = str(getattr(obj, "type_name", "System.Object[]"))
    return _ARRAY_PROPS if name.endswith("[]") else _ARRAYLIST_PROPS


def set_member(obj: Any, name: str, value: Any) -> None:
    """Property assignment: PSObject notes and hashtable keys; other values fail like PowerShell."""
    if isinstance(obj, PSObject):
        if obj.has(name):
            obj.set(name, value)
            return
        if obj.base is not None:
            set_member(obj.base, name, value)
            return
    elif isinstance(obj, PSHashtable):
        obj[name] = value
        return
    elif isinstance(obj, XmlElement):
        obj.set_member(name, value)
        return
    else:
        setter = getattr(obj, "ps_set", None)
        if callable(setter) and setter(name, value):
            return
        if _property_table(obj) is not None and name.casefold() in (_property_table(obj) or {}):
            raise errs.error(
                f'"{name}" is a ReadOnly property.',
                "PropertyAssignmentException",
                ErrorCategory.InvalidOperation,
            )
    raise errs.error(
        f"The property '{name}' cannot be found on this object. Verify that the property exists and can be set.",
        "PropertyNotFound",
        ErrorCategory.InvalidOperation,
    )


# -- methods ----------------------------------------------------------------------------------------------


def _number_to_string(value: Any, args: list[Any]) -> str:
    if not args or args[0] is None:
        return to_string(value)
    try:
        return format_number(value, to_string(args[0]))
    except FormatError as exc:
        raise DotNetError("FormatException", exc.message) from None


NUMBER_METHODS = MethodTable("System.Int32")
NUMBER_METHODS.add("ToString", (0, 1, 2), _number_to_string)
NUMBER_METHODS.add("CompareTo", (1,), lambda v, a: _compare_numbers(v, a[0]))
NUMBER_METHODS.add("Equals", (1,), lambda v, a: type_name_of(v) == type_name_of(a[0]) and v == a[0])
NUMBER_METHODS.add("GetHashCode", (0,), lambda v, a: hash(v) & 0x7FFFFFFF)
NUMBER_METHODS.add(
    "GetTypeCode", (0,), lambda v, a: EnumValue("System.TypeCode", type_name_of(v).split(".")[-1], 0)
)


def _compare_numbers(value: Any, other: Any) -> int:
    if other is None:
        return 1
    if not isinstance(other, int | float | Decimal) or isinstance(other, bool):
        raise DotNetError(
            "ArgumentException", f"Object must be of type {type_name_of(value).split('.')[-1]}."
        )
    return int((value > other) - (value < other))


_OTHER_METHODS = MethodTable("System.Object")
_OTHER_METHODS.add("ToString", (0, 1), lambda v, a: _value_to_string(v, a))
_OTHER_METHODS.add("Equals", (1,), lambda v, a: v is a[0] or v == a[0])
_OTHER_METHODS.add("GetHashCode", (0,), lambda v, a: id(v) & 0x7FFFFFFF)


def _value_to_string(value: Any, args: list[Any]) -> str:
    if isinstance(value, Guid) and args:
        try:
            return value.format(to_string(args[0]))
        except ValueError:
            raise DotNetError(
                "FormatException",
                'Format String can be only "D", "d", "N", "n", "P", "p", "B", "b", "X" or "x".',
            ) from None
    if isinstance(value, PSType):
        return value.full_name
    return to_string(value)


def _table_for(obj: Any) -> MethodTable:
    if isinstance(obj, str) and not isinstance(obj, Char):
        return STRING_METHODS
    if isinstance(obj, list):
        return list_methods_for(obj)
    if isinstance(obj, PSHashtable):
        return HASHTABLE_METHODS
    if isinstance(obj, _dt.datetime):
        return DATETIME_METHODS
    if isinstance(obj, _dt.timedelta):
        return TIMESPAN_METHODS
    if isinstance(obj, int | float | Decimal) and not isinstance(obj, bool):
        return NUMBER_METHODS
    return _OTHER_METHODS


def invoke_method(obj: Any, name: str, args: list[Any]) -> Any:
    """Call an instance method with .NET semantics (see the module docstring for the errors)."""
    key = name.casefold()
    if isinstance(obj, PSObject):
        if obj.base is not None:
            return invoke_method(obj.base, name, args)
        return _psobject_method(obj, name, key, args)
    if key == "gettype" and not args:
        return get_type(obj)
    special = _special_method(obj, name, key, args)
    if special is not _MISSING:
        return special
    table = _table_for(obj)
    if table.find(name) is None and key in ("tostring", "equals", "gethashcode"):
        table = _OTHER_METHODS
    if isinstance(obj, list) and obj and table.find(name) is None:
        return _enumerate_method(obj, name, args)
    return table.call(type_name_of(obj), obj, name, args)


def _enumerate_method(values: list[Any], name: str, args: list[Any]) -> Any:
    """Method enumeration (PowerShell 3+): `("a ", " b").Trim()` calls Trim on each element; results are
    collected like pipeline output (collections unrolled, void results dropped)."""
    out: list[Any] = []
    for item in values:
        result = invoke_method(item, name, args)
        if isinstance(result, list):
            out.extend(result)
        elif result is not None:
            out.append(result)
    if not out:
        return None
    return out[0] if len(out) == 1 else out


def _psobject_method(obj: PSObject, name: str, key: str, args: list[Any]) -> Any:
    if key == "tostring" and not args:
        return to_string(obj)
    if key == "gettype" and not args:
        return get_type(obj)
    if key == "equals" and len(args) == 1:
        return obj is args[0]
    if key == "gethashcode" and not args:
        return id(obj) & 0x7FFFFFFF
    if key == "copy" and not args:
        return obj.copy()
    # ParserOps.GetTypeFullName: a PSObject is named by its first type name
    raise errs.method_not_found(
        obj.type_names[0] if obj.type_names else "System.Management.Automation.PSObject", name
    )


def _special_method(obj: Any, name: str, key: str, args: list[Any]) -> Any:
    caller = getattr(obj, "ps_call", None)
    if callable(caller):
        found, value = caller(name, args)
        if found:
            return value
    if isinstance(obj, XmlElement) and key not in ("tostring", "gettype"):
        return obj.invoke(name, args)
    if hasattr(obj, "is_present") and key in ("tobool", "tostring") and not args:
        present = bool(obj.is_present)  # SwitchParameter.ToBool() / ToString()
        return present if key == "tobool" else ("True" if present else "False")
    if isinstance(obj, Regex | RegexMatch | SecureString | EnumValue | PSType | Char | bool):
        from .members_misc import misc_method

        return misc_method(obj, name, key, args)
    return _MISSING
