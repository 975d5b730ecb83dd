"""Static members of [datetime] and [timespan]: Now/Today/UtcNow, Parse/ParseExact/TryParse,
DaysInMonth, IsLeapYear, SpecifyKind; TimeSpan.FromX, Zero, Parse.

Layer: values (imports only pwshlite.objects, pwshlite.errors and the standard library).
Registered into pwshlite.values.statics.STATIC_TABLES when statics is imported.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import Any

from . import clock
from .convert import convert_to, to_string
from .mcore import DotNetError, as_list, out_of_range, to_int_arg, to_str_arg
from .parsing import parse_datetime, parse_timespan, ticks_to_timedelta
from .statics import _num, _table, _try_parse

# -- DateTime and TimeSpan ----------------------------------------------------------------------------------


def _parse_date(_: Any, args: list[Any]) -> Any:
    value = parse_datetime(to_str_arg(args[0]))
    if value is None:
        raise DotNetError("FormatException", "String was not recognized as a valid DateTime.")
    return value


def _parse_exact(_: Any, args: list[Any]) -> Any:
    from .dateparse import parse_exact

    formats = [to_string(f) for f in as_list(args[1])]
    value = parse_exact(to_str_arg(args[0]), formats)
    if value is None:
        raise DotNetError("FormatException", "String was not recognized as a valid DateTime.")
    return value


def _days_in_month(_: Any, args: list[Any]) -> int:
    import calendar

    year, month = to_int_arg(args[0]), to_int_arg(args[1])
    if not 1 <= month <= 12:
        raise out_of_range("month", "Month must be between one and twelve.")
    return calendar.monthrange(year, month)[1]


_DATETIME = _table(
    "System.DateTime",
    {
        "Now": clock.now,
        "Today": clock.today,
        "UtcNow": clock.utcnow,
        "MinValue": lambda: __import__("datetime").datetime(1, 1, 1),
        "MaxValue": lambda: __import__("datetime").datetime(9999, 12, 31, 23, 59, 59, 999999),
    },
)
_DATETIME.add("Parse", (1, 2, 3), _parse_date)
_DATETIME.add("ParseExact", (3, 4), _parse_exact)
_DATETIME.add("TryParse", (2, 4), _try_parse(_parse_date))
_DATETIME.add("DaysInMonth", (2,), _days_in_month)
_DATETIME.add("IsLeapYear", (1,), lambda _, a: __import__("calendar").isleap(to_int_arg(a[0])))
_DATETIME.add("Compare", (2,), lambda _, a: (a[0] > a[1]) - (a[0] < a[1]))
_DATETIME.add("SpecifyKind", (2,), lambda _, a: _specify_kind(a[0], a[1]))


def _specify_kind(value: Any, kind: Any) -> Any:
    """DateTime.SpecifyKind: the same clock time marked Utc (UtcDateTime) or local."""
    from .clock import UtcDateTime

    moment = convert_to(value, "datetime")
    if to_string(kind).casefold() in ("utc", "1"):
        return UtcDateTime.of(moment)
    return datetime_plain(moment)


def datetime_plain(value: Any) -> Any:
    import datetime as _dt

    return _dt.datetime(
        value.year, value.month, value.day, value.hour, value.minute, value.second, value.microsecond
    )


def _interval(scale_ms: float) -> Callable[[Any, list[Any]], Any]:
    """TimeSpan.FromX: the value is rounded to whole milliseconds (.NET Framework TimeSpan.Interval)."""

    def make(_: Any, args: list[Any]) -> Any:
        value = float(_num(args[0]))
        if math.isnan(value):
            raise DotNetError(
                "ArgumentException", "TimeSpan does not accept floating point Not-a-Number values."
            )
        millis = value * scale_ms + (0.5 if value >= 0 else -0.5)
        return ticks_to_timedelta(int(millis) * 10_000)

    return make


def _parse_span(_: Any, args: list[Any]) -> Any:
    value = parse_timespan(to_str_arg(args[0]))
    if value is None:
        raise DotNetError("FormatException", "String was not recognized as a valid TimeSpan.")
    return value


_TIMESPAN = _table(
    "System.TimeSpan",
    {
        "Zero": lambda: ticks_to_timedelta(0),
        "MaxValue": lambda: __import__("datetime").timedelta.max,
        "MinValue": lambda: __import__("datetime").timedelta.min,
        "TicksPerDay": lambda: 864_000_000_000,
        "TicksPerHour": lambda: 36_000_000_000,
        "TicksPerMinute": lambda: 600_000_000,
        "TicksPerSecond": lambda: 10_000_000,
        "TicksPerMillisecond": lambda: 10_000,
    },
)
_TIMESPAN.add("FromDays", (1,), _interval(86_400_000))
_TIMESPAN.add("FromHours", (1,), _interval(3_600_000))
_TIMESPAN.add("FromMinutes", (1,), _interval(60_000))
_TIMESPAN.add("FromSeconds", (1,), _interval(1000))
_TIMESPAN.add("FromMilliseconds", (1,), _interval(1))
_TIMESPAN.add("FromTicks", (1,), lambda _, a: ticks_to_timedelta(int(convert_to(a[0], "long"))))
_TIMESPAN.add("Parse", (1, 2), _parse_span)
_TIMESPAN.add("TryParse", (2,), _try_parse(_parse_span))
_TIMESPAN.add("Compare", (2,), lambda _, a: (a[0] > a[1]) - (a[0] < a[1]))
