"""Helpers shared by the core cmdlets: string conversion, error records, enumeration, time.

Private module (underscore: the registry does not load it as a cmdlet file). Imports only the
author API, the object model and the value layer (lazily, with small fallbacks while it is being written).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import datetime, timedelta
from decimal import Decimal
from typing import Any

from pwshlite.cmdlet import CmdletError, Context
from pwshlite.errors import ErrorCategory, ErrorRecord
from pwshlite.objects import EnumValue, PSHashtable, PSObject, SecureString
from pwshlite.values.convert import format_timespan  # TimeSpan.ToString(), re-exported


def to_string(value: Any) -> str:
    """PowerShell's string conversion (LanguagePrimitives.ConvertTo<string>) of one value."""
    try:
        from pwshlite.values.convert import to_string as convert  # the value layer's, when present
    except ImportError:
        return _fallback_string(value)
    return str(convert(value))


def _fallback_string(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "True" if value else "False"
    if isinstance(value, float):
        return repr(value) if value != int(value) or abs(value) >= 1e15 else str(int(value))
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, datetime):
        return value.strftime("%m/%d/%Y %H:%M:%S").lstrip("0").replace("/0", "/")
    if isinstance(value, timedelta):
        return format_timespan(value)
    if isinstance(value, list):
        return " ".join(to_string(v) for v in value)
    if isinstance(value, PSHashtable):
        return "System.Collections.Hashtable"
    if isinstance(value, PSObject):
        if value.base is not None:
            return to_string(value.base)
        inner = "; ".join(f"{n}={to_string(v)}" for n, v in value.items())
        return "@{" + inner + "}"
    return str(value)


def enumerate_value(value: Any) -> Iterator[Any]:
    """What PowerShell enumerates when a value is written to the pipeline (lists unroll, scalars don't)."""
    if isinstance(value, list | tuple):
        yield from value
    elif value is not None:
        yield value


def as_list(value: Any) -> list[Any]:
    """A parameter value as a list (None -> [], scalar -> [scalar])."""
    if value is None:
        return []
    if isinstance(value, list | tuple):
        return list(value)
    return [value]


def strings(value: Any) -> list[str]:
    return [to_string(v) for v in as_list(value)]


def type_name(value: Any) -> str:
    """The .NET full type name of a value (GetType().FullName)."""
    if value is None:
        return ""
    if isinstance(value, PSObject):
        return value.type_name
    if isinstance(value, PSHashtable | EnumValue):
        return value.type_name
    if isinstance(value, SecureString):
        return "System.Security.SecureString"
    explicit = getattr(value, "type_name", None)
    if isinstance(explicit, str):
        return explicit
    try:
        from pwshlite.values.typenames import type_name_of  # the value layer knows the rest
    except ImportError:
        pass
    else:
        return str(type_name_of(value))
    if isinstance(value, int) and not isinstance(value, bool) and not -(2**31) <= value < 2**31:
        return "System.Int64"
    for py, net in _TYPE_NAMES:
        if isinstance(value, py):
            return net
    return "System.Object"


_TYPE_NAMES: tuple[tuple[type, str], ...] = (
    (bool, "System.Boolean"),
    (int, "System.Int32"),
    (float, "System.Double"),
    (Decimal, "System.Decimal"),
    (str, "System.String"),
    (datetime, "System.DateTime"),
    (timedelta, "System.TimeSpan"),
    (list, "System.Object[]"),
    (tuple, "System.Object[]"),
)


def make_error(
    ctx: Context,
    message: str,
    error_id: str,
    category: ErrorCategory,
    target: Any = None,
    exception_type: str = "System.Exception",
) -> ErrorRecord:
    """A record for this command, FullyQualifiedErrorId `<id>,<cmdlet's .NET type>` as PowerShell's cmdlets do."""
    record = ctx.error(message, error_id, category, target, exception_type)
    if record.fq_suffix is None:
        record.fq_suffix = _dotnet_command_type(ctx.command_name)
    return record


def _dotnet_command_type(name: str) -> str:
    return f"Microsoft.PowerShell.Commands.{name.replace('-', '')}Command"


def write_error(
    ctx: Context,
    message: str,
    error_id: str,
    category: ErrorCategory,
    target: Any = None,
    exception_type: str = "System.Exception",
) -> None:
    """Emit a non-terminating error."""
    ctx.write_error(make_error(ctx, message, error_id, category, target, exception_type))


def terminate(
    ctx: Context,
    message: str,
    error_id: str,
    category: ErrorCategory,
    target: Any = None,
    exception_type: str = "System.Exception",
) -> CmdletError:
    """A terminating error to `raise` (ThrowTerminatingError)."""
    return CmdletError(make_error(ctx, message, error_id, category, target, exception_type))


class DotNetEnum:
    """Base of enum converter classes: the binder calls `parse` (see binding/coerce.py)."""

    dotnet_name = "System.Enum"
    names: tuple[str, ...] = ()

    @classmethod
    def parse(cls, value: Any) -> EnumValue:
        if isinstance(value, EnumValue) and value.type_name == cls.dotnet_name:
            return value
        if isinstance(value, int) and not isinstance(value, bool) and 0 <= value < len(cls.names):
            return EnumValue(cls.dotnet_name, cls.names[value], value)
        text = to_string(value).strip()
        for index, name in enumerate(cls.names):
            if name.casefold() == text.casefold():
                return EnumValue(cls.dotnet_name, name, index)
        raise ValueError(
            f"Unable to match the identifier name {text} to a valid enumerator name. Specify one of the "
            f"following enumerator names and try again:\n{', '.join(cls.names)}"
        )


class ConsoleColor(DotNetEnum):
    dotnet_name = "System.ConsoleColor"
    names = (
        "Black", "DarkBlue", "DarkGreen", "DarkCyan", "DarkRed", "DarkMagenta", "DarkYellow", "Gray",
        "DarkGray", "Blue", "Green", "Cyan", "Red", "Magenta", "Yellow", "White",
    )  # fmt: skip


def enum_name(value: Any) -> str | None:
    """The name of an enum parameter value (None when unbound)."""
    if value is None:
        return None
    return value.name if isinstance(value, EnumValue) else to_string(value)


def flatten(values: Iterable[Any]) -> list[Any]:
    out: list[Any] = []
    for v in values:
        out.extend(enumerate_value(v))
    return out


class _DownstreamFailed(BaseException):  # noqa: N818 - a carrier, not an error of its own
    """Carries an exception raised by a downstream command through the script block that wrote the
    object, so the block's own try/catch, trap and error handling never see it."""

    def __init__(self, exc: BaseException) -> None:
        super().__init__()
        self.exc = exc


def invoke_streaming(ctx: Context, block: Any, *args: Any, **options: Any) -> Iterator[Any]:
    """Run a script block whose output is the cmdlet's output (ForEach-Object, Invoke-Command,
    Invoke-Expression): each object goes down the pipeline as the block writes it, as WriteObject
    does in 5.1, so output and errors keep their order. Returns an empty iterator (for `yield from`)."""

    def sink(obj: Any) -> None:
        try:
            ctx.write_object(obj)
        except BaseException as exc:  # noqa: BLE001 - re-raised past the block below
            raise _DownstreamFailed(exc) from None

    try:
        ctx.invoke(block, *args, sink=sink, **options)
    except _DownstreamFailed as failed:
        raise failed.exc from None
    return iter(())
