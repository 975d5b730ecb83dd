"""Date formatting for Get-Date: .NET format strings (en-US) and Get-Date's -UFormat specifiers.

Private helper. `dotnet_format` prefers the value layer's `pwshlite.values.dotnet_format.format_datetime`
and falls back to the small en-US implementation below, which covers the standard formats and the
custom specifiers (d..dddd M..MMMM y..yyyyy h H m s f F t tt K z zz zzz : / quotes and escapes).
"""

from __future__ import annotations

import calendar
import time
from datetime import UTC, datetime

DAYS = tuple(calendar.day_name)
MONTHS = ("",) + tuple(calendar.month_name)[1:]

_STANDARD = {
    "d": "M/d/yyyy",
    "D": "dddd, MMMM d, yyyy",
    "f": "dddd, MMMM d, yyyy h:mm tt",
    "F": "dddd, MMMM d, yyyy h:mm:ss tt",
    "g": "M/d/yyyy h:mm tt",
    "G": "M/d/yyyy h:mm:ss tt",
    "m": "MMMM d",
    "M": "MMMM d",
    "o": "yyyy'-'MM'-'dd'T'HH':'mm':'ss'.'fffffffK",
    "O": "yyyy'-'MM'-'dd'T'HH':'mm':'ss'.'fffffffK",
    "r": "ddd, dd MMM yyyy HH':'mm':'ss 'GMT'",
    "R": "ddd, dd MMM yyyy HH':'mm':'ss 'GMT'",
    "s": "yyyy'-'MM'-'dd'T'HH':'mm':'ss",
    "t": "h:mm tt",
    "T": "h:mm:ss tt",
    "u": "yyyy'-'MM'-'dd HH':'mm':'ss'Z'",
    "U": "dddd, MMMM d, yyyy h:mm:ss tt",
    "y": "MMMM yyyy",
    "Y": "MMMM yyyy",
}


FILE_FORMATS = {
    "filedate": ("yyyyMMdd", False),
    "filedateuniversal": ("yyyyMMdd'Z'", True),
    "filedatetime": ("yyyyMMdd'T'HHmmssffff", False),
    "filedatetimeuniversal": ("yyyyMMdd'T'HHmmssffff'Z'", True),
}


def get_date_format(value: datetime, fmt: str) -> str:
    """Get-Date -Format: 5.0's FileDate* names (the universal ones in UTC), else DateTime.ToString(fmt)."""
    special = FILE_FORMATS.get(fmt.casefold())
    if special is not None:
        pattern, universal = special
        if universal:
            value = value.astimezone(UTC) if value.tzinfo else value.astimezone().astimezone(UTC)
        return _custom(value.replace(tzinfo=None), pattern)
    return dotnet_format(value, fmt)


def dotnet_format(value: datetime, fmt: str) -> str:
    """DateTime.ToString(fmt) in en-US."""
    try:
        from pwshlite.values.dotnet_format import format_datetime
    except ImportError:
        return _format(value, fmt)
    try:
        return str(format_datetime(value, fmt))
    except Exception as exc:  # the value layer's FormatException
        if type(exc).__name__ == "FormatError":
            raise ValueError(str(exc)) from None
        raise


def _format(value: datetime, fmt: str) -> str:
    if not fmt:
        fmt = "G"
    if len(fmt) == 1:
        if fmt not in _STANDARD:
            raise ValueError("Input string was not in a correct format.")
        fmt = _STANDARD[fmt]
    elif len(fmt) == 2 and fmt[0] == "%":
        fmt = fmt[1]
    return _custom(value, fmt)


def _run_length(fmt: str, i: int) -> int:
    n = 1
    while i + n < len(fmt) and fmt[i + n] == fmt[i]:
        n += 1
    return n


def _custom(value: datetime, fmt: str) -> str:
    out: list[str] = []
    i = 0
    while i < len(fmt):
        ch = fmt[i]
        if ch in "'\"":
            end = fmt.find(ch, i + 1)
            end = len(fmt) if end < 0 else end
            out.append(fmt[i + 1 : end])
            i = end + 1
            continue
        if ch == "\\" and i + 1 < len(fmt):
            out.append(fmt[i + 1])
            i += 2
            continue
        if ch == "%":
            i += 1
            continue
        n = _run_length(fmt, i)
        out.append(_field(value, ch, n))
        i += n
    return "".join(out)


def _field(value: datetime, ch: str, n: int) -> str:
    if ch == "d":
        return (
            str(value.day).zfill(min(n, 2))
            if n <= 2
            else (DAYS[value.weekday()][:3] if n == 3 else DAYS[value.weekday()])
        )
    if ch == "M":
        return (
            str(value.month).zfill(min(n, 2))
            if n <= 2
            else (MONTHS[value.month][:3] if n == 3 else MONTHS[value.month])
        )
    if ch == "y":
        return str(value.year % 100).zfill(n) if n <= 2 else str(value.year).zfill(n)
    if ch in "hHms":
        number = {"h": value.hour % 12 or 12, "H": value.hour, "m": value.minute, "s": value.second}[ch]
        return str(number).zfill(min(n, 2))
    if ch in "fF":
        digits = f"{value.microsecond:06}0"[: min(n, 7)]
        return digits if ch == "f" else digits.rstrip("0")
    if ch == "t":
        marker = "AM" if value.hour < 12 else "PM"
        return marker[:1] if n == 1 else marker
    if ch in "zK":
        return _offset(value, ch, n)
    if ch == "g":
        return "A.D."
    if ch == ":" or ch == "/":
        return ch * n
    return ch * n


def _offset(value: datetime, ch: str, n: int) -> str:
    if ch == "K" and value.tzinfo is None:
        seconds = -time.timezone if not time.localtime().tm_isdst else -time.altzone
    elif value.tzinfo is not None:
        delta = value.utcoffset()
        seconds = int(delta.total_seconds()) if delta is not None else 0
    else:
        seconds = -time.timezone if not time.localtime().tm_isdst else -time.altzone
    sign = "+" if seconds >= 0 else "-"
    hours, minutes = divmod(abs(seconds) // 60, 60)
    if ch == "z" and n == 1:
        return f"{sign}{hours}"
    if ch == "z" and n == 2:
        return f"{sign}{hours:02}"
    return f"{sign}{hours:02}:{minutes:02}"


def _utc_offset_hours(value: datetime) -> str:
    return _offset(value, "z", 2)


def uformat(value: datetime, fmt: str) -> str:
    """Get-Date -UFormat as Windows PowerShell 5.1 implements it (GetDateCommand.UFormatDateString)."""
    out: list[str] = []
    i = 0
    while i < len(fmt):
        if fmt[i] == "%" and i + 1 < len(fmt):
            out.append(_ufield(value, fmt[i + 1]))
            i += 2
        else:
            out.append(fmt[i])
            i += 1
    return "".join(out)


def _epoch_seconds(value: datetime) -> str:
    # 5.1 subtracts the epoch from the *local* time and keeps the fraction (fixed in PowerShell 6)
    seconds = (value.replace(tzinfo=None) - datetime(1970, 1, 1)).total_seconds()
    text = f"{seconds:.15g}"
    return text


def _ufield(value: datetime, spec: str) -> str:
    simple = {
        "a": lambda: DAYS[value.weekday()][:3],
        "A": lambda: DAYS[value.weekday()],
        "b": lambda: MONTHS[value.month][:3],
        "B": lambda: MONTHS[value.month],
        "c": lambda: _custom(value, "ddd MMM ") + f"{value.day:>2} " + _custom(value, "HH:mm:ss yyyy"),
        "C": lambda: str(value.year // 100),
        "d": lambda: f"{value.day:02}",
        "D": lambda: _custom(value, "MM/dd/yy"),
        "e": lambda: f"{value.day:>2}",
        "h": lambda: MONTHS[value.month][:3],
        "H": lambda: f"{value.hour:02}",
        "I": lambda: f"{value.hour % 12 or 12:02}",
        "j": lambda: f"{value.timetuple().tm_yday:03}",
        "k": lambda: f"{value.hour:>2}",
        "l": lambda: f"{value.hour % 12 or 12:>2}",
        "m": lambda: f"{value.month:02}",
        "M": lambda: f"{value.minute:02}",
        "n": lambda: "\n",
        "p": lambda: "AM" if value.hour < 12 else "PM",
        "r": lambda: _custom(value, "hh:mm:ss tt"),
        "R": lambda: _custom(value, "HH:mm"),
        "s": lambda: _epoch_seconds(value),
        "S": lambda: f"{value.second:02}",
        "t": lambda: "\t",
        "T": lambda: _custom(value, "HH:mm:ss"),
        "u": lambda: str((value.weekday() + 1) % 7),  # 5.1: DayOfWeek, Sunday = 0
        "U": lambda: str(value.timetuple().tm_yday // 7),  # 5.1: DayOfYear / 7
        "V": lambda: str(value.timetuple().tm_yday // 7 + 1),
        "G": lambda: f"{value.year:04}",
        "g": lambda: f"{value.year % 100:02}",
        "w": lambda: str((value.weekday() + 1) % 7),
        "W": lambda: str(value.timetuple().tm_yday // 7),
        "x": lambda: _custom(value, "MM/dd/yy"),
        "X": lambda: _custom(value, "HH:mm:ss"),
        "y": lambda: f"{value.year % 100:02}",
        "Y": lambda: f"{value.year:04}",
        "Z": lambda: _utc_offset_hours(value),
    }
    producer = simple.get(spec)
    return producer() if producer else spec
