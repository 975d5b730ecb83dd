"""Date formatting for Get-Date: .NET format strings (en-US) and Get-Date's -UFormat specifiers.

Private helper. .NET format strings go to the value layer (`pwshlite.values.dotnet_format`); this
module adds Get-Date's FileDate* names and the -UFormat specifiers.
"""

from __future__ import annotations

import calendar
from datetime import UTC, datetime

DAYS = tuple(calendar.day_name)
MONTHS = ("",) + tuple(calendar.month_name)[1:]

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
        return dotnet_format(value.replace(tzinfo=None), pattern)
    return dotnet_format(value, fmt)


def dotnet_format(value: datetime, fmt: str) -> str:
    """DateTime.ToString(fmt) in en-US."""
    from pwshlite.values.dotnet_format import format_datetime

    try:
        return str(format_datetime(value, fmt))
    except Exception as exc:  # the value layer's FormatException
        if type(exc).__name__ == "FormatError":
            raise ValueError(str(exc)) from None
        raise


def _utc_offset_hours(value: datetime) -> str:
    return dotnet_format(value, "zz")


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
        "c": lambda: (
            dotnet_format(value, "ddd MMM ") + f"{value.day:>2} " + dotnet_format(value, "HH:mm:ss yyyy")
        ),
        "C": lambda: str(value.year // 100),
        "d": lambda: f"{value.day:02}",
        "D": lambda: dotnet_format(value, "MM/dd/yy"),
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
        "r": lambda: dotnet_format(value, "hh:mm:ss tt"),
        "R": lambda: dotnet_format(value, "HH:mm"),
        "s": lambda: _epoch_seconds(value),
        "S": lambda: f"{value.second:02}",
        "t": lambda: "\t",
        "T": lambda: dotnet_format(value, "HH:mm:ss"),
        "u": lambda: str((value.weekday() + 1) % 7),  # 5.1: DayOfWeek, Sunday = 0
        "U": lambda: str(value.timetuple().tm_yday // 7),  # 5.1: DayOfYear / 7
        "V": lambda: str(value.timetuple().tm_yday // 7 + 1),
        "G": lambda: f"{value.year:04}",
        "g": lambda: f"{value.year % 100:02}",
        "w": lambda: str((value.weekday() + 1) % 7),
        "W": lambda: str(value.timetuple().tm_yday // 7),
        "x": lambda: dotnet_format(value, "MM/dd/yy"),
        "X": lambda: dotnet_format(value, "HH:mm:ss"),
        "y": lambda: f"{value.year % 100:02}",
        "Y": lambda: f"{value.year:04}",
        "Z": lambda: _utc_offset_hours(value),
    }
    producer = simple.get(spec)
    return producer() if producer else spec
