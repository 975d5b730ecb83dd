"""The string form of values ([string]$x, "$x"): .NET Framework en-US ToString() of each type.

Layer: values (imports only pwshlite.objects, pwshlite.errors and the standard library).
Re-exported by pwshlite.values.convert (call it from there). Rules: formatting spec 3.4.

Public API:
    to_string(value, ofs: str = " ") -> str
    format_double(value: float) -> str / format_decimal(value: Decimal) -> str
    format_datetime_general(value: datetime) -> str / format_timespan(value: timedelta) -> str
    register_to_string(type_name: str, hook: Callable[[PSObject], str]) -> None
"""

from __future__ import annotations

import datetime as _dt
import math
from collections.abc import Callable
from decimal import Decimal
from typing import Any

from pwshlite.objects import EnumValue, PSHashtable, PSObject, ScriptBlockValue, SecureString

from .parsing import timedelta_ticks
from .typenames import accelerator_name, type_name_of
from .types import Guid, PSType, Version


def format_double(value: float) -> str:
    """Double.ToString() on .NET Framework: 15 significant digits, `E+nn` exponent form outside
    1E-05 < |x| < 1E+15, NaN / Infinity / -Infinity, negative zero as 0."""
    if math.isnan(value):
        return "NaN"
    if math.isinf(value):
        return "Infinity" if value > 0 else "-Infinity"
    if value == 0:
        return "0"
    text = format(value, ".15g")
    if "e" in text:
        mantissa, exponent = text.split("e")
        sign = exponent[0]
        digits = exponent[1:].lstrip("0").rjust(2, "0")
        return f"{mantissa}E{sign}{digits}"
    return text


def format_decimal(value: Decimal) -> str:
    """Decimal.ToString(): every stored digit, no exponent."""
    if value.is_zero() and value.is_signed():
        value = -value
    return format(value, "f")


def format_datetime_general(value: _dt.datetime) -> str:
    """DateTime.ToString() in en-US: `M/d/yyyy h:mm:ss tt`."""
    hour = value.hour % 12 or 12
    ampm = "AM" if value.hour < 12 else "PM"
    return f"{value.month}/{value.day}/{value.year:04d} {hour}:{value.minute:02d}:{value.second:02d} {ampm}"


def format_timespan(value: _dt.timedelta) -> str:
    """TimeSpan.ToString() ("c"): `[-][d.]hh:mm:ss[.fffffff]`."""
    ticks = timedelta_ticks(value)
    sign = "-" if ticks < 0 else ""
    ticks = abs(ticks)
    seconds, fraction = divmod(ticks, 10_000_000)
    days, seconds = divmod(seconds, 86400)
    hours, seconds = divmod(seconds, 3600)
    minutes, seconds = divmod(seconds, 60)
    text = f"{sign}{days}." if days else sign
    text += f"{hours:02d}:{minutes:02d}:{seconds:02d}"
    return text + (f".{fraction:07d}" if fraction else "")


_TO_STRING_HOOKS: dict[str, Callable[[PSObject], str]] = {
    # PathInfo.ToString() is its Path ("$PWD", Join-Path $PWD x)
    "system.management.automation.pathinfo": lambda obj: str(obj.get("Path") or ""),
}


def register_to_string(type_name: str, hook: Callable[[PSObject], str]) -> None:
    """Give PSObjects whose type names include `type_name` their own ToString() (an Exchange object's
    string form is its identity, not `@{...}`); the first matching type name wins."""
    _TO_STRING_HOOKS[type_name.casefold()] = hook


_NESTING: list[int] = [0]
_MAX_NESTING = 8


def _instance_to_string(obj: PSObject) -> str | None:
    """An instance ToString member (Add-Member ScriptMethod/CodeMethod ToString, PagingParameters'
    total count) is what PSObject.ToString() returns; None when the object has none."""
    members = getattr(obj, "members", None)
    invoke = getattr(obj, "ps_invoke_method", None)
    if not members or "tostring" not in members or invoke is None:
        return None
    found, result = invoke(None, "tostring", [])
    return to_string(result) if found else None


def _pscustomobject_string(obj: PSObject) -> str:
    """`@{a=1; b=System.Object[]}`: property values without expanding collections; empty -> ''.
    Objects nested deeper than _MAX_NESTING (or containing themselves) show their type name."""
    if len(obj) == 0:
        return ""
    if _NESTING[0] >= _MAX_NESTING:
        return obj.type_name
    _NESTING[0] += 1
    try:
        parts = [f"{name}={_property_value_string(value)}" for name, value in obj.items()]
    finally:
        _NESTING[0] -= 1
    return "@{" + "; ".join(parts) + "}"


def _property_value_string(value: Any) -> str:
    if isinstance(value, list):
        return type_name_of(value)
    return to_string(value)


def to_string(value: Any, ofs: str = " ") -> str:
    """The string form PowerShell uses for [string]$x and "$x" (en-US culture, formatting spec 3.4).
    Collections are joined with `ofs` ($OFS), nested collections recursively."""
    if type(value) is str:
        return value
    if value is None:
        return ""
    if isinstance(value, str):
        return str.__str__(value)
    if isinstance(value, bool):
        return "True" if value else "False"
    if isinstance(value, int):
        return str(int(value))
    if isinstance(value, float):
        return format_double(value)
    if isinstance(value, Decimal):
        return format_decimal(value)
    if isinstance(value, list):
        return ofs.join(to_string(item, ofs) for item in value)
    return _other_string(value, ofs)


def _other_string(value: Any, ofs: str) -> str:
    if isinstance(value, _dt.datetime):
        return format_datetime_general(value)
    if isinstance(value, _dt.timedelta):
        return format_timespan(value)
    if isinstance(value, PSObject):
        custom = _instance_to_string(value)
        if custom is not None:
            return custom
        if value.base is not None:
            return to_string(value.base, ofs)
        if _TO_STRING_HOOKS:
            for name in value.type_names:
                hook = _TO_STRING_HOOKS.get(name.casefold())
                if hook is not None:
                    return hook(value)
        return _pscustomobject_string(value)
    if isinstance(value, PSHashtable):
        return value.type_name
    if isinstance(value, EnumValue | SecureString | Guid | Version):
        return str(value)
    if isinstance(value, PSType):
        return accelerator_name(value.full_name) or value.full_name
    if isinstance(value, ScriptBlockValue):
        return value.text
    if hasattr(value, "is_present"):  # SwitchParameter prints as its bool
        return "True" if value.is_present else "False"
    return str(value)
