"""Constructors: New-Object T args and [T]::new(args) for the types pwshlite emulates.

Layer: values (imports only pwshlite.objects, pwshlite.errors and the standard library).

Public API:
    new_object(type: PSType | str, args: list) -> Any
        wrong argument counts fail with `Cannot find an overload for "new" and the argument count: "N".`;
        a type without emulated constructors fails with MethodNotFound (method 'new').
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from pwshlite.objects import PSHashtable, PSObject, SecureString

from . import errs
from .convert import convert_to, to_string
from .mcore import DotNetError, as_list, to_int_arg
from .parsing import ticks_to_timedelta
from .statics import _parse_guid, _regex, _resolve
from .types import ArrayList, GenericHashSet, GenericList, Guid, PSCredential, PSType, TypedArray


def _new_datetime(args: list[Any]) -> Any:
    import datetime as _dt

    if len(args) == 1:
        return _dt.datetime(1, 1, 1) + ticks_to_timedelta(int(convert_to(args[0], "long")))
    parts = [to_int_arg(a) for a in args[:7]]
    try:
        micro = parts[6] * 1000 if len(parts) > 6 else 0
        return _dt.datetime(*parts[:6], micro)  # type: ignore[misc,arg-type,unused-ignore]
    except (ValueError, TypeError):
        raise DotNetError(
            "ArgumentOutOfRangeException",
            "Year, Month, and Day parameters describe an un-representable DateTime.",
        ) from None


def _new_timespan(args: list[Any]) -> Any:
    import datetime as _dt

    if len(args) == 1:
        return ticks_to_timedelta(int(convert_to(args[0], "long")))
    parts = [to_int_arg(a) for a in args]
    if len(parts) == 3:
        return _dt.timedelta(hours=parts[0], minutes=parts[1], seconds=parts[2])
    days, hours, minutes, seconds = parts[:4]
    millis = parts[4] if len(parts) > 4 else 0
    return _dt.timedelta(days=days, hours=hours, minutes=minutes, seconds=seconds, milliseconds=millis)


def _new_array(target: PSType, args: list[Any]) -> Any:
    size = to_int_arg(args[0]) if args else 0
    element = target.element or PSType("System.Object")
    fill: Any = None
    if element.full_name in ("System.Int32", "System.Int64", "System.Byte", "System.Int16"):
        fill = 0
    elif element.full_name in ("System.Double", "System.Single"):
        fill = 0.0
    elif element.full_name == "System.Boolean":
        fill = False
    if element.full_name == "System.Object":
        return [None] * size
    return TypedArray([fill] * size, element)


_CONSTRUCTORS: dict[str, tuple[frozenset[int] | None, Callable[[list[Any]], Any]]] = {
    "system.object": (frozenset({0}), lambda a: PSObject(type_names=("System.Object",))),
    "system.management.automation.psobject": (
        frozenset({0, 1}),
        lambda a: PSObject() if not a else PSObject(base=a[0]),
    ),
    "system.management.automation.pscustomobject": (frozenset({0}), lambda a: PSObject()),
    "system.collections.hashtable": (
        frozenset({0, 1}),
        lambda a: PSHashtable(a[0].items() if a and isinstance(a[0], PSHashtable) else ()),
    ),
    "system.collections.specialized.ordereddictionary": (
        frozenset({0, 1}),
        lambda a: PSHashtable(ordered=True),
    ),
    "system.collections.arraylist": (
        frozenset({0, 1}),
        lambda a: ArrayList(a[0] if a and isinstance(a[0], list) else ()),
    ),
    "system.datetime": (frozenset({1, 3, 6, 7}), _new_datetime),
    "system.timespan": (frozenset({1, 3, 4, 5}), _new_timespan),
    "system.guid": (frozenset({0, 1}), lambda a: _parse_guid(None, a) if a else Guid()),
    "system.string": (
        frozenset({1, 2}),
        lambda a: (
            to_string(a[0]) * to_int_arg(a[1])
            if len(a) == 2
            else "".join(to_string(x) for x in as_list(a[0]))
        ),
    ),
    "system.text.regularexpressions.regex": (frozenset({1, 2}), lambda a: _regex(a[0], a[1:])),
    "system.management.automation.pscredential": (
        frozenset({2}),
        lambda a: PSCredential(to_string(a[0]), a[1] if isinstance(a[1], SecureString) else a[1]),
    ),
    "system.security.securestring": (frozenset({0}), lambda a: SecureString("")),
    "system.text.stringbuilder": (frozenset({0, 1, 2}), lambda a: _string_builder(a)),
    "system.random": (frozenset({0, 1}), lambda a: _random(a)),
    "system.diagnostics.stopwatch": (frozenset({0}), lambda a: _stopwatch()),
}


def _string_builder(args: list[Any]) -> Any:
    from .builders import StringBuilder

    return StringBuilder(to_string(args[0]) if args and isinstance(args[0], str) else "")


def _stopwatch() -> Any:
    from .statics_misc import Stopwatch

    return Stopwatch()


def _random(args: list[Any]) -> Any:
    from .builders import RandomValue

    return RandomValue(to_int_arg(args[0]) if args else None)


def new_object(type_value: PSType | str, args: list[Any]) -> Any:
    """Construct an instance (New-Object T args / [T]::new(args)); wrong argument counts fail with
    `Cannot find an overload for "new" and the argument count: "N".`"""
    target = _resolve(type_value)
    if target.is_array:
        return _new_array(target, args)
    if target.args and target.full_name.startswith("System.Collections.Generic.List`1"):
        items = args[0] if args and isinstance(args[0], list) else ()
        return GenericList((convert_to(i, target.args[0]) for i in items), target.args[0])
    if target.args and target.full_name.startswith("System.Collections.Generic.HashSet`1"):
        items = args[0] if args and isinstance(args[0], list) else ()
        return GenericHashSet((convert_to(i, target.args[0]) for i in items), target.args[0])
    if target.args and target.full_name.startswith("System.Collections.Generic.Dictionary`2"):
        return PSHashtable()
    entry = _CONSTRUCTORS.get(target.full_name.casefold())
    if entry is None:
        raise errs.method_not_found(target.full_name, "new")
    counts, build = entry
    if counts is not None and len(args) not in counts:
        raise errs.overload_not_found("new", len(args))
    try:
        return build(args)
    except DotNetError as exc:
        raise errs.method_exception(".ctor", len(args), exc.message, exc.exception) from None
