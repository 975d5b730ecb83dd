"""Members of runtime-owned objects (script blocks, error records, exceptions, $PSCmdlet) and indexing.

Layer: runtime. Everything else is delegated to pwshlite.values.members through runtime.valueops.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from pwshlite.cmdlet import Switch
from pwshlite.errors import ErrorCategory, ErrorRecord, PwshError, Span
from pwshlite.objects import Char, PSHashtable, PSObject
from pwshlite.runtime import valueops as V
from pwshlite.runtime.flow import runtime_error
from pwshlite.values.errrecord import ExceptionValue, exception_member, record_member

if TYPE_CHECKING:
    from pwshlite.runtime.interpreter import Interpreter


def get_member(interp: Interpreter, obj: Any, name: str) -> Any:
    key = name.casefold()
    if isinstance(obj, ErrorRecord):
        found, value = record_member(obj, key)
        if found:
            return value
    elif isinstance(obj, ExceptionValue):
        found, value = exception_member(obj, key)
        if found:
            return value
    elif isinstance(obj, Switch):
        if key == "ispresent":
            return obj.is_present
    elif hasattr(obj, "ps_get_member"):
        found, value = obj.ps_get_member(key)
        if found:
            return value
    return V.get_member(obj, name)


_INTRINSIC = frozenset({"psobject", "pstypenames", "psbase", "psadapted", "psextended"})


def has_property(obj: Any, name: str, value: Any) -> bool:
    """Whether `obj.name` names a real property (strict mode 2+ fails on the others): hashtable keys
    and member enumeration always count; `$null` has none, and the `.Count`/`.Length` PowerShell lends
    to scalars do not count (5.1's PropertyNotFoundStrict)."""
    key = name.casefold()
    if obj is None:
        return False
    if key in _INTRINSIC or isinstance(obj, PSHashtable | list):
        return True
    if isinstance(obj, PSObject):
        if obj.has(name) or key in (getattr(obj, "members", None) or {}):
            return True
        if obj.base is not None:
            return has_property(obj.base, name, value)
        return False
    if key in ("count", "length") and not isinstance(obj, str):
        return any(n.casefold() == key for n in V.property_names(obj))
    if value is not None:
        return True
    return any(n.casefold() == key for n in V.property_names(obj))


def set_member(interp: Interpreter, obj: Any, name: str, value: Any, span: Span) -> None:
    if obj is None:
        raise runtime_error(
            f"The property '{name}' cannot be found on this object. Verify that the property exists and can be set.",
            "PropertyNotFound", span, category=ErrorCategory.InvalidOperation,
        )  # fmt: skip
    V.set_member(obj, name, value)


def invoke_method(interp: Interpreter, obj: Any, name: str, args: list[Any], span: Span) -> Any:
    key = name.casefold()
    if hasattr(obj, "ps_invoke_method"):
        found, value = obj.ps_invoke_method(interp, key, args)
        if found:
            return value
    if isinstance(obj, Switch) and key in ("tobool", "tostring"):
        return obj.is_present if key == "tobool" else str(obj.is_present)
    if isinstance(obj, ErrorRecord):
        if key == "tostring":
            return str(obj)
        if key == "gettype":
            return V.resolve_type("System.Management.Automation.ErrorRecord")
    if isinstance(obj, ExceptionValue):
        if key == "tostring":
            return str(obj)
        if key == "gettype":
            return V.resolve_type(obj.type_name) or obj.type_name
    if obj is None:
        raise runtime_error(
            "You cannot call a method on a null-valued expression.", "InvokeMethodOnNull", span,
            category=ErrorCategory.InvalidOperation,
        )  # fmt: skip
    return V.invoke_method(obj, name, args)


# -- indexing ------------------------------------------------------------------------------------------


class ArrayKey:
    """An array used as a hashtable key (.NET hashes it by reference; it prints as System.Object[])."""

    __slots__ = ("items",)
    type_name = "System.Object[]"

    def __init__(self, items: list[Any]) -> None:
        self.items = items

    def __hash__(self) -> int:
        return id(self.items)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, ArrayKey) and other.items is self.items

    def __str__(self) -> str:
        return "System.Object[]"


def index(target: Any, idx: Any, span: Span) -> Any:
    if target is None:
        raise runtime_error(
            "Cannot index into a null array.", "NullArray", span, category=ErrorCategory.InvalidOperation
        )
    if isinstance(target, PSObject) and target.base is not None:
        target = target.base
    if isinstance(target, PSHashtable):
        if isinstance(idx, list):
            return [target[k] for k in idx]
        return target[idx]
    if isinstance(idx, list):
        out = [index(target, i, span) for i in idx]
        return [o for o in out if o is not None]
    if isinstance(target, str):
        pos = _int(idx)
        if -len(target) <= pos < len(target):
            return Char(target[pos])
        return None
    if isinstance(target, list):
        pos = _int(idx)
        if -len(target) <= pos < len(target):
            return target[pos]
        return None
    getter = getattr(target, "ps_index", None)
    if getter is not None:
        return getter(idx)
    if _int_or_none(idx) == 0:
        return target  # a scalar indexes like a one-element array
    return None


def _int(value: Any) -> int:
    if isinstance(value, int):
        return value
    return int(V.convert_to(value, "System.Int32"))


def _int_or_none(value: Any) -> int | None:
    try:
        return _int(value)
    except (PwshError, ValueError, TypeError):
        return None


def set_index(target: Any, idx: Any, value: Any, span: Span) -> None:
    if target is None:
        raise runtime_error(
            "Cannot index into a null array.", "NullArray", span, category=ErrorCategory.InvalidOperation
        )
    if isinstance(target, PSHashtable):
        target[ArrayKey(idx) if isinstance(idx, list) else idx] = value
        return
    if isinstance(target, list):
        pos = _int(idx)
        if not -len(target) <= pos < len(target):
            raise runtime_error(
                "Index was outside the bounds of the array.", "System.IndexOutOfRangeException", span,
                category=ErrorCategory.OperationStopped, exception_type="System.IndexOutOfRangeException",
            )  # fmt: skip
        target[pos] = value
        return
    setter = getattr(target, "ps_set_index", None)
    if setter is not None:
        setter(idx, value)
        return
    raise runtime_error(
        f"Unable to index into an object of type {V.type_name_of(target)}.", "CannotIndex", span,
        category=ErrorCategory.InvalidOperation,
    )  # fmt: skip
