"""Small static surfaces scripts often use: [System.Threading.Thread]::Sleep, [Console]::WriteLine,
[System.Diagnostics.Stopwatch], [System.Net.Dns]::GetHostName.

Layer: values (imports only pwshlite.objects, pwshlite.errors and the standard library).
Registered into pwshlite.values.statics.STATIC_TABLES when statics is imported. [Console]::Write*
writes straight to standard output, as .NET's Console does (it bypasses the pipeline in PowerShell too).

Public API:
    Stopwatch()        System.Diagnostics.Stopwatch: Start Stop Reset Restart, Elapsed ElapsedMilliseconds
                       ElapsedTicks IsRunning
"""

from __future__ import annotations

import datetime as _dt
import socket
import sys
import time
from typing import Any

from .convert import to_string
from .mcore import DotNetError, to_int_arg
from .statics import _table
from .types import register_type


class Stopwatch:
    """System.Diagnostics.Stopwatch on time.perf_counter."""

    type_name = "System.Diagnostics.Stopwatch"

    def __init__(self) -> None:
        self.elapsed = 0.0
        self.started: float | None = None

    def _seconds(self) -> float:
        running = time.perf_counter() - self.started if self.started is not None else 0.0
        return self.elapsed + running

    def ps_property_names(self) -> list[str]:
        return ["IsRunning", "Elapsed", "ElapsedMilliseconds", "ElapsedTicks"]

    def ps_get(self, name: str) -> tuple[bool, Any]:
        key = name.casefold()
        seconds = self._seconds()
        if key == "isrunning":
            return True, self.started is not None
        if key == "elapsed":
            return True, _dt.timedelta(seconds=seconds)
        if key == "elapsedmilliseconds":
            return True, int(seconds * 1000)
        if key == "elapsedticks":
            return True, int(seconds * 10_000_000)
        return False, None

    def ps_call(self, name: str, args: list[Any]) -> tuple[bool, Any]:
        key = name.casefold()
        if args:
            return False, None
        if key == "start" and self.started is None:
            self.started = time.perf_counter()
        elif key == "start":
            pass
        elif key == "stop":
            self.elapsed = self._seconds()
            self.started = None
        elif key == "reset":
            self.elapsed, self.started = 0.0, None
        elif key == "restart":
            self.elapsed, self.started = 0.0, time.perf_counter()
        elif key == "tostring":
            return True, self.type_name
        else:
            return False, None
        return True, None

    def __str__(self) -> str:
        return self.type_name


def _start_new(_: Any, args: list[Any]) -> Stopwatch:
    watch = Stopwatch()
    watch.started = time.perf_counter()
    return watch


def _sleep(_: Any, args: list[Any]) -> None:
    value = args[0]
    if isinstance(value, _dt.timedelta):
        seconds = value.total_seconds()
    else:
        millis = to_int_arg(value)
        if millis < -1:
            raise DotNetError(
                "ArgumentOutOfRangeException",
                "Number must be either non-negative and less than or equal to Int32.MaxValue or -1.\nParameter name: millisecondsTimeout",
            )
        seconds = max(millis, 0) / 1000
    time.sleep(seconds)


def _write(text: str) -> None:
    sys.stdout.write(text)
    sys.stdout.flush()


def _console_write(newline: bool) -> Any:
    def call(_: Any, args: list[Any]) -> None:
        if len(args) > 1:
            from .dotnet_format import format_string

            rest = args[1] if len(args) == 2 and isinstance(args[1], list) else args[1:]
            text = format_string(to_string(args[0]), list(rest))
        else:
            text = to_string(args[0]) if args else ""
        _write(text + ("\n" if newline else ""))

    return call


register_type("System.Threading.Thread")
register_type("System.Console")
register_type("System.Diagnostics.Stopwatch")
register_type("System.Net.Dns")

_THREAD = _table("System.Threading.Thread")
_THREAD.add("Sleep", (1,), _sleep)

_CONSOLE = _table("System.Console")
_CONSOLE.add("WriteLine", None, _console_write(True))
_CONSOLE.add("Write", None, _console_write(False))

_STOPWATCH = _table(
    "System.Diagnostics.Stopwatch", {"Frequency": lambda: 10_000_000, "IsHighResolution": lambda: True}
)
_STOPWATCH.add("StartNew", (0,), _start_new)
_STOPWATCH.add("GetTimestamp", (0,), lambda _, a: int(time.perf_counter() * 10_000_000))

_DNS = _table("System.Net.Dns")
_DNS.add("GetHostName", (0,), lambda _, a: socket.gethostname())


# -- [enum]: the System.Enum helpers over the known (and script-defined) enums ---------------------------
def _enum_type(value: Any) -> str:
    from .enums import ENUMS
    from .typenames import resolve_type
    from .types import PSType

    name = value.full_name if isinstance(value, PSType) else to_string(value)
    resolved = resolve_type(name)
    full = resolved.full_name if resolved is not None else name
    if full not in ENUMS:
        raise DotNetError(
            "System.ArgumentException", "Type provided must be an Enum.\r\nParameter name: enumType"
        )
    return full


def _enum_values(_: Any, args: list[Any]) -> list[Any]:
    from .enums import ENUMS, enum_member

    full = _enum_type(args[0])
    members = sorted(ENUMS[full].items(), key=lambda kv: kv[1])
    return [enum_member(full, name) for name, _value in members]


def _enum_names(_: Any, args: list[Any]) -> list[str]:
    return [member.name for member in _enum_values(None, args)]


def _enum_parse(_: Any, args: list[Any]) -> Any:
    from .enums import to_enum

    return to_enum(to_string(args[1]), _enum_type(args[0]))


def _enum_defined(_: Any, args: list[Any]) -> bool:
    from .enums import ENUMS

    members = ENUMS[_enum_type(args[0])]
    value = args[1]
    if isinstance(value, str):
        return value in members  # IsDefined matches names case-sensitively
    return to_int_arg(value) in members.values()


_ENUM = _table("System.Enum")
_ENUM.add("GetValues", (1,), _enum_values)
_ENUM.add("GetNames", (1,), _enum_names)
_ENUM.add("Parse", (2, 3), _enum_parse)
_ENUM.add("IsDefined", (2,), _enum_defined)
