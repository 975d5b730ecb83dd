"""System.DateTime and System.TimeSpan properties and methods (en-US).

Layer: values (imports only pwshlite.objects, pwshlite.errors and the standard library).
DateTime values are naive local times (objects.py); AddMonths clamps the day as .NET does.

Public API:
    DATETIME_PROPERTIES / TIMESPAN_PROPERTIES: dict  casefolded name -> (Name, getter)
    DATETIME_METHODS / TIMESPAN_METHODS: MethodTable
    timespan_components(value) -> (days, hours, minutes, seconds, milliseconds)   signed like .NET
"""

from __future__ import annotations

import calendar
import datetime as _dt
from collections.abc import Callable
from typing import Any

from pwshlite.objects import EnumValue

from .clock import UtcDateTime
from .convert import convert_to, format_datetime_general, to_number
from .dotnet_format import DAYS, FormatError, format_datetime, format_timespan
from .mcore import DotNetError, MethodTable, out_of_range
from .parsing import ticks_to_timedelta, timedelta_ticks

Getter = Callable[[Any], Any]
_EPOCH = _dt.datetime(1, 1, 1)
_WEEKDAY_ORDER = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"]


def day_of_week(value: _dt.datetime) -> EnumValue:
    name = DAYS[value.weekday()]
    return EnumValue("System.DayOfWeek", name, _WEEKDAY_ORDER.index(name))


def _ticks(value: _dt.datetime) -> int:
    return timedelta_ticks(value - _EPOCH)


def _props(*pairs: tuple[str, Getter]) -> dict[str, tuple[str, Getter]]:
    return {name.casefold(): (name, getter) for name, getter in pairs}


DATETIME_PROPERTIES = _props(
    ("DateTime", lambda d: format_datetime(d, "dddd, MMMM d, yyyy h:mm:ss tt")),
    ("Date", lambda d: _dt.datetime(d.year, d.month, d.day)),
    ("Day", lambda d: d.day),
    ("DayOfWeek", day_of_week),
    ("DayOfYear", lambda d: d.timetuple().tm_yday),
    ("Hour", lambda d: d.hour),
    (
        "Kind",
        lambda d: (
            EnumValue("System.DateTimeKind", "Utc", 1)
            if isinstance(d, UtcDateTime)
            else EnumValue("System.DateTimeKind", "Local", 2)
        ),
    ),
    ("Millisecond", lambda d: d.microsecond // 1000),
    ("Minute", lambda d: d.minute),
    ("Month", lambda d: d.month),
    ("Second", lambda d: d.second),
    ("Ticks", _ticks),
    ("TimeOfDay", lambda d: d - _dt.datetime(d.year, d.month, d.day)),
    ("Year", lambda d: d.year),
)


def timespan_components(value: _dt.timedelta) -> tuple[int, int, int, int, int]:
    """Days, Hours, Minutes, Seconds, Milliseconds; all negative for a negative TimeSpan (.NET)."""
    ticks = timedelta_ticks(value)
    sign = -1 if ticks < 0 else 1
    ticks = abs(ticks)
    ms_total = ticks // 10_000
    seconds_total, ms = divmod(ms_total, 1000)
    minutes_total, seconds = divmod(seconds_total, 60)
    hours_total, minutes = divmod(minutes_total, 60)
    days, hours = divmod(hours_total, 24)
    return sign * days, sign * hours, sign * minutes, sign * seconds, sign * ms


TIMESPAN_PROPERTIES = _props(
    ("Days", lambda t: timespan_components(t)[0]),
    ("Hours", lambda t: timespan_components(t)[1]),
    ("Minutes", lambda t: timespan_components(t)[2]),
    ("Seconds", lambda t: timespan_components(t)[3]),
    ("Milliseconds", lambda t: timespan_components(t)[4]),
    ("Ticks", timedelta_ticks),
    ("TotalDays", lambda t: timedelta_ticks(t) / 864_000_000_000),
    ("TotalHours", lambda t: timedelta_ticks(t) / 36_000_000_000),
    ("TotalMinutes", lambda t: timedelta_ticks(t) / 600_000_000),
    ("TotalSeconds", lambda t: timedelta_ticks(t) / 10_000_000),
    ("TotalMilliseconds", lambda t: timedelta_ticks(t) / 10_000),
)

DATETIME_METHODS = MethodTable("System.DateTime")
TIMESPAN_METHODS = MethodTable("System.TimeSpan")
_D = DATETIME_METHODS
_RANGE = "The added or subtracted value results in an un-representable DateTime."


def _shift(d: _dt.datetime, delta: _dt.timedelta) -> _dt.datetime:
    try:
        return d + delta
    except OverflowError:
        raise out_of_range("value", _RANGE) from None


def _adder(unit_ticks: int) -> Callable[[_dt.datetime, list[Any]], _dt.datetime]:
    def add(d: _dt.datetime, args: list[Any]) -> _dt.datetime:
        amount = float(to_number(args[0]))
        ticks = int(round(amount * unit_ticks / 10_000)) * 10_000 if unit_ticks >= 10_000 else int(amount)
        return _shift(d, ticks_to_timedelta(ticks))

    return add


_D.add("AddDays", (1,), _adder(864_000_000_000))
_D.add("AddHours", (1,), _adder(36_000_000_000))
_D.add("AddMinutes", (1,), _adder(600_000_000))
_D.add("AddSeconds", (1,), _adder(10_000_000))
_D.add("AddMilliseconds", (1,), _adder(10_000))
for _unit in ("Days", "Hours", "Minutes", "Seconds", "Milliseconds"):
    _D.typed(f"Add{_unit}", "value:double")
_D.typed("AddMonths", "months:int")
_D.typed("AddYears", "value:int")
_D.add("AddTicks", (1,), lambda d, a: _shift(d, ticks_to_timedelta(int(convert_to(a[0], "long")))))


def to_universal(d: _dt.datetime) -> UtcDateTime:
    """DateTime.ToUniversalTime: local time converted to UTC (a UTC value stays as it is)."""
    if isinstance(d, UtcDateTime):
        return d
    return UtcDateTime.of(d.astimezone(_dt.UTC).replace(tzinfo=None))


def to_local(d: _dt.datetime) -> _dt.datetime:
    """DateTime.ToLocalTime: a UTC value converted to local time (a local value stays as it is)."""
    if not isinstance(d, UtcDateTime):
        return d
    plain = _dt.datetime(d.year, d.month, d.day, d.hour, d.minute, d.second, d.microsecond)
    return plain.replace(tzinfo=_dt.UTC).astimezone().replace(tzinfo=None)


def add_months(d: _dt.datetime, months: int) -> _dt.datetime:
    """DateTime.AddMonths: the day is clamped to the target month's length."""
    if not -120000 <= months <= 120000:
        raise out_of_range("months", "Value must be between +/- 120000.")
    index = d.year * 12 + (d.month - 1) + months
    year, month = divmod(index, 12)
    if not 1 <= year <= 9999:
        raise out_of_range("months", _RANGE)
    day = min(d.day, calendar.monthrange(year, month + 1)[1])
    return d.replace(year=year, month=month + 1, day=day)


_D.add("AddMonths", (1,), lambda d, a: add_months(d, int(convert_to(a[0], "int"))))
_D.add("AddYears", (1,), lambda d, a: add_months(d, 12 * int(convert_to(a[0], "int"))))
_D.add("Add", (1,), lambda d, a: _shift(d, convert_to(a[0], "timespan")))


@_D.method("Subtract", 1)
def _subtract(d: _dt.datetime, args: list[Any]) -> Any:
    other = args[0]
    if isinstance(other, _dt.datetime):
        return d - other
    return _shift(d, -convert_to(other, "timespan"))


def _to_string(d: _dt.datetime, args: list[Any]) -> str:
    if not args or args[0] is None:
        return format_datetime_general(d)
    try:
        return format_datetime(d, str(args[0]))
    except FormatError as exc:
        raise DotNetError("FormatException", exc.message) from None


_D.add("ToString", (0, 1, 2), _to_string)
_D.add("ToShortDateString", (0,), lambda d, a: format_datetime(d, "d"))
_D.add("ToLongDateString", (0,), lambda d, a: format_datetime(d, "D"))
_D.add("ToShortTimeString", (0,), lambda d, a: format_datetime(d, "t"))
_D.add("ToLongTimeString", (0,), lambda d, a: format_datetime(d, "T"))
_D.add("ToUniversalTime", (0,), lambda d, a: to_universal(d))
_D.add("ToLocalTime", (0,), lambda d, a: to_local(d))
_D.add(
    "ToFileTime", (0,), lambda d, a: _ticks(d.astimezone(_dt.UTC).replace(tzinfo=None)) - 504911232000000000
)
_D.add("IsDaylightSavingTime", (0,), lambda d, a: bool(d.astimezone().dst()))
_D.add("CompareTo", (1,), lambda d, a: (d > a[0]) - (d < a[0]) if isinstance(a[0], _dt.datetime) else 1)
_D.add("Equals", (1,), lambda d, a: isinstance(a[0], _dt.datetime) and d == a[0])
_D.add("GetHashCode", (0,), lambda d, a: hash(d) & 0x7FFFFFFF)
_D.add("ToOADate", (0,), lambda d, a: (d - _dt.datetime(1899, 12, 30)).total_seconds() / 86400)

_T = TIMESPAN_METHODS


def _ts_to_string(t: _dt.timedelta, args: list[Any]) -> str:
    try:
        return format_timespan(t, str(args[0]) if args and args[0] is not None else "")
    except FormatError as exc:
        raise DotNetError("FormatException", exc.message) from None


_T.add("ToString", (0, 1, 2), _ts_to_string)
_T.add("Add", (1,), lambda t, a: t + convert_to(a[0], "timespan"))
_T.add("Subtract", (1,), lambda t, a: t - convert_to(a[0], "timespan"))
_T.add("Negate", (0,), lambda t, a: -t)
_T.add("Duration", (0,), lambda t, a: abs(t))
_T.add("CompareTo", (1,), lambda t, a: (t > a[0]) - (t < a[0]) if isinstance(a[0], _dt.timedelta) else 1)
_T.add("Equals", (1,), lambda t, a: isinstance(a[0], _dt.timedelta) and t == a[0])
_T.add("GetHashCode", (0,), lambda t, a: hash(t) & 0x7FFFFFFF)
