""".NET composite formatting (-f, [string]::Format) and ToString(format) for numbers, dates, time spans.

Layer: values (imports only pwshlite.objects, pwshlite.errors and the standard library).
en-US culture data as .NET Framework has it (formatting spec 3.4; .NET docs "Composite formatting",
"Standard/Custom date and time format strings", "Standard/Custom TimeSpan format strings").

Public API:
    format_string(fmt: str, args: list) -> str      raises PwshError "Error formatting a string: ..."
    format_value(value, spec: str) -> str           one argument with its format specifier
    format_number(value, fmt: str) -> str           raises FormatError (from .numfmt)
    format_datetime(value: datetime, fmt: str) -> str
    format_timespan(value: timedelta, fmt: str) -> str
    FormatError                                     .NET FormatException (message)
"""

from __future__ import annotations

import datetime as _dt
import time
from decimal import Decimal
from typing import Any

from pwshlite.errors import ErrorCategory
from pwshlite.objects import EnumValue

from . import errs
from .clock import UtcDateTime
from .convert import format_timespan as _timespan_c
from .convert import to_string
from .numfmt import FormatError, format_number
from .parsing import timedelta_ticks
from .types import Guid

__all__ = [
    "format_string",
    "format_value",
    "format_number",
    "format_datetime",
    "format_timespan",
    "FormatError",
]

_INDEX_ERROR = (
    "Index (zero based) must be greater than or equal to zero and less than the size of the argument list."
)
DAYS = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()
MONTHS = "January February March April May June July August September October November December".split()


def _format_error(message: str, fmt: str) -> errs.PwshError:
    """`Error formatting a string: <.NET message>.` (FormatError, InvalidOperation)."""
    return errs.error(
        f"Error formatting a string: {message}.", "FormatError", ErrorCategory.InvalidOperation, target=fmt
    )


# -- composite formatting ------------------------------------------------------------------------------------


def format_string(fmt: str, args: list[Any]) -> str:
    """String.Format(en-US, fmt, args): {index[,alignment][:format]}, {{ and }} escapes."""
    out: list[str] = []
    i, n = 0, len(fmt)
    while i < n:
        ch = fmt[i]
        if ch == "}":
            if i + 1 < n and fmt[i + 1] == "}":
                out.append("}")
                i += 2
                continue
            raise _format_error("Input string was not in a correct format.", fmt)
        if ch != "{":
            out.append(ch)
            i += 1
            continue
        if i + 1 < n and fmt[i + 1] == "{":
            out.append("{")
            i += 2
            continue
        i = _format_item(fmt, i + 1, args, out)
    return "".join(out)


def _format_item(fmt: str, i: int, args: list[Any], out: list[str]) -> int:
    close = fmt.find("}", i)
    if close < 0:
        raise _format_error("Input string was not in a correct format.", fmt)
    body = fmt[i:close]
    spec = ""
    if ":" in body:
        body, spec = body.split(":", 1)
        while (
            close + 1 < len(fmt) and fmt[close + 1] == "}" and close + 2 < len(fmt) and fmt[close + 2] == "}"
        ):
            spec += "}"
            close += 2
    index_text, _, align_text = body.partition(",")
    index_text = index_text.strip()
    if not index_text.isdigit() or (align_text and not _is_int(align_text)):
        raise _format_error("Input string was not in a correct format.", fmt)
    index = int(index_text)
    if index >= len(args):
        raise _format_error(_INDEX_ERROR, fmt)
    try:
        text = format_value(args[index], spec)
    except FormatError as exc:
        raise _format_error(exc.message, fmt) from None
    width = int(align_text) if align_text else 0
    out.append(text.rjust(width) if width > 0 else text.ljust(-width))
    return close + 1


def _is_int(text: str) -> bool:
    stripped = text.strip()
    return stripped.lstrip("-").isdigit()


def format_value(value: Any, spec: str) -> str:
    """One composite-format argument: IFormattable values use the specifier, others ToString()."""
    from pwshlite.objects import PSObject

    if isinstance(value, PSObject) and value.base is not None:
        value = value.base
    if isinstance(value, list):
        return str(getattr(value, "type_name", "System.Object[]"))
    if not spec:
        return to_string(value)
    if isinstance(value, bool):
        return to_string(value)
    if isinstance(value, int | float | Decimal):
        return format_number(value, spec)
    if isinstance(value, _dt.datetime):
        return format_datetime(value, spec)
    if isinstance(value, _dt.timedelta):
        return format_timespan(value, spec)
    if isinstance(value, Guid):
        try:
            return value.format(spec)
        except ValueError:
            raise FormatError(
                'Format String can be only "D", "d", "N", "n", "P", "p", "B", "b", "X" or "x".'
            ) from None
    if isinstance(value, EnumValue):
        return _enum_format(value, spec)
    return to_string(value)


def _enum_format(value: EnumValue, spec: str) -> str:
    kind = spec.upper()
    if kind in ("G", "F"):
        return value.name
    if kind == "D":
        return str(value.value)
    if kind == "X":
        return format(value.value & 0xFFFFFFFF, "08X")
    raise FormatError('Format String can be only "G", "g", "X", "x", "F", "f", "D" or "d".')


# -- DateTime ----------------------------------------------------------------------------------------------

_STANDARD_DATE = {
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


def _local_offset(value: _dt.datetime) -> str:
    try:
        offset = value.astimezone().utcoffset() or _dt.timedelta(0)
    except (OverflowError, ValueError, OSError):
        offset = _dt.timedelta(seconds=-time.timezone)
    minutes = int(offset.total_seconds() // 60)
    sign = "-" if minutes < 0 else "+"
    return f"{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"


def _run_length(fmt: str, i: int) -> int:
    j = i
    while j < len(fmt) and fmt[j] == fmt[i]:
        j += 1
    return j - i


def _quoted(fmt: str, i: int) -> tuple[str, int]:
    quote = fmt[i]
    end = fmt.find(quote, i + 1)
    if end < 0:
        raise FormatError(f"Cannot find a matching quote character for the character '{quote}'.")
    return fmt[i + 1 : end], end + 1


def _date_token(value: _dt.datetime, ch: str, count: int) -> str:
    if ch == "d":
        if count <= 2:
            return f"{value.day:0{count}d}"
        name = DAYS[value.weekday()]
        return name if count >= 4 else name[:3]
    if ch == "M":
        if count <= 2:
            return f"{value.month:0{count}d}"
        name = MONTHS[value.month - 1]
        return name if count >= 4 else name[:3]
    if ch == "y":
        if count <= 2:
            return f"{value.year % 100:0{count}d}"
        return f"{value.year:0{count}d}"
    if ch in "hH":
        hour = value.hour if ch == "H" else (value.hour % 12 or 12)
        return f"{hour:0{min(count, 2)}d}"
    if ch == "m":
        return f"{value.minute:0{min(count, 2)}d}"
    if ch == "s":
        return f"{value.second:0{min(count, 2)}d}"
    if ch in "fF":
        digits = f"{value.microsecond:06d}0"[:count]
        return digits if ch == "f" else digits.rstrip("0")
    if ch == "t":
        marker = "AM" if value.hour < 12 else "PM"
        return marker if count >= 2 else marker[0]
    if ch == "K":
        return "Z" if isinstance(value, UtcDateTime) else _local_offset(value)
    if ch == "z":
        offset = _local_offset(value)
        hours = int(offset[1:3])
        return {1: f"{offset[0]}{hours}", 2: offset[:3]}.get(count, offset)
    if ch == "g":
        return "A.D."
    return ch * count


_DATE_LETTERS = set("dMyhHmsfFtKzg")


def format_datetime(value: _dt.datetime, fmt: str) -> str:
    """DateTime.ToString(fmt) in en-US: standard single-letter formats and custom patterns."""
    if not fmt:
        return to_string(value)
    if len(fmt) == 1:
        pattern = _STANDARD_DATE.get(fmt)
        if pattern is None:
            raise FormatError()
        if fmt == "U":
            value = value.astimezone(_dt.UTC).replace(tzinfo=None)
        return _custom_date(value, pattern)
    return _custom_date(value, fmt)


def _custom_date(value: _dt.datetime, fmt: str) -> str:
    out: list[str] = []
    i = 0
    while i < len(fmt):
        ch = fmt[i]
        if ch in "'\"":
            text, i = _quoted(fmt, i)
            out.append(text)
            continue
        if ch == "\\" and i + 1 < len(fmt):
            out.append(fmt[i + 1])
            i += 2
            continue
        if ch == "%" and i + 1 < len(fmt):
            i += 1
            ch = fmt[i]
        if ch in _DATE_LETTERS:
            count = _run_length(fmt, i)
            out.append(_date_token(value, ch, count))
            i += count
            continue
        out.append(ch)
        i += 1
    return "".join(out)


# -- TimeSpan ----------------------------------------------------------------------------------------------


def _timespan_parts(value: _dt.timedelta) -> tuple[bool, int, int, int, int, int]:
    ticks = timedelta_ticks(value)
    negative = ticks < 0
    ticks = abs(ticks)
    seconds, fraction = divmod(ticks, 10_000_000)
    days, seconds = divmod(seconds, 86400)
    hours, seconds = divmod(seconds, 3600)
    minutes, seconds = divmod(seconds, 60)
    return negative, days, hours, minutes, seconds, fraction


def format_timespan(value: _dt.timedelta, fmt: str) -> str:
    """TimeSpan.ToString(fmt): "c"/"t"/"T", "g", "G", or a custom pattern whose literals must be quoted or
    escaped (hh\\:mm)."""
    negative, days, hours, minutes, seconds, fraction = _timespan_parts(value)
    sign = "-" if negative else ""
    if fmt in ("", "c", "t", "T"):
        return _timespan_c(value)
    if fmt == "g":
        frac = f".{fraction:07d}".rstrip("0").rstrip(".") if fraction else ""
        return f"{sign}{str(days) + ':' if days else ''}{hours}:{minutes:02d}:{seconds:02d}{frac}"
    if fmt == "G":
        return f"{sign}{days}:{hours:02d}:{minutes:02d}:{seconds:02d}.{fraction:07d}"
    return _custom_timespan(fmt, days, hours, minutes, seconds, fraction)


def _custom_timespan(fmt: str, days: int, hours: int, minutes: int, seconds: int, fraction: int) -> str:
    out: list[str] = []
    i = 0
    while i < len(fmt):
        ch = fmt[i]
        if ch in "'\"":
            text, i = _quoted(fmt, i)
            out.append(text)
            continue
        if ch == "\\" and i + 1 < len(fmt):
            out.append(fmt[i + 1])
            i += 2
            continue
        if ch == "%" and i + 1 < len(fmt):
            i += 1
            ch = fmt[i]
        count = _run_length(fmt, i)
        if ch == "d":
            out.append(f"{days:0{count}d}")
        elif ch in "hms" and count <= 2:
            number = {"h": hours, "m": minutes, "s": seconds}[ch]
            out.append(f"{number:0{count}d}")
        elif ch in "fF" and count <= 7:
            digits = f"{fraction:07d}"[:count]
            out.append(digits if ch == "f" else digits.rstrip("0"))
        else:
            raise FormatError()
        i += count
    return "".join(out)
