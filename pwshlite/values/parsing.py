"""Text-to-value parsers: PowerShell numeric strings, .NET Int32/Double parsing, DateTime and TimeSpan.

Layer: values (imports only pwshlite.objects, pwshlite.errors and the standard library). Each parser
returns the value or None when the text is not valid; callers raise PowerShell's error.

Public API:
    parse_ps_number(text: str) -> int | float | Decimal | None      "0x1F", "1kb", "1.5e3", "10d", " 7 "
    parse_dotnet_integer(text: str) -> int | None      Int32Converter: trimmed, sign, 0x/&h/# hex
    parse_dotnet_double(text: str) -> float | None     Double.Parse(Float|AllowThousands, invariant)
    parse_dotnet_decimal(text: str) -> Decimal | None
    parse_datetime(text: str) -> datetime | None       DateTime.Parse with the invariant culture
    parse_timespan(text: str) -> timedelta | None      TimeSpan.Parse ("[-][d.]hh:mm[:ss[.f]]", "d")
    ticks_to_timedelta(ticks: int) / timedelta_ticks(td) -> int
"""

from __future__ import annotations

import datetime as _dt
import re
from decimal import Decimal, InvalidOperation
from typing import Any

from . import clock


class _LazyPattern:
    """A regex compiled on first use: compiling every date/number pattern at import cost ~2 ms of the
    shell's start-up, and most command lines never convert a string to a date or a number."""

    __slots__ = ("_args", "_compiled")

    def __init__(self, *args: Any) -> None:
        self._args = args
        self._compiled: re.Pattern[str] | None = None

    def __getattr__(self, name: str) -> Any:
        compiled = self._compiled
        if compiled is None:
            compiled = self._compiled = re.compile(*self._args)
        return getattr(compiled, name)


def _lazy_re(pattern: str, flags: int = 0) -> Any:
    return _LazyPattern(pattern, flags)


_MULTIPLIERS = {"kb": 1 << 10, "mb": 1 << 20, "gb": 1 << 30, "tb": 1 << 40, "pb": 1 << 50}
_PS_NUMBER = _lazy_re(
    r"^(?P<sign>[+-]?)(?:0x(?P<hex>[0-9a-f]+)|(?P<num>(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?))"
    r"(?P<suffix>l|d)?(?P<mult>kb|mb|gb|tb|pb)?$",
    re.I,
)
# .NET's String.Trim() whitespace set, close enough to Python's for script text
_WS = " \t\n\r\v\f\u00a0\u2028\u2029\u3000\u0085"


def _fit_integer(value: int) -> int | float:
    """PowerShell integer literal typing: Int32, then Int64, then Double (5.1)."""
    if -(2**63) <= value <= 2**63 - 1:
        return value
    return float(value)


def _wrap_hex(digits: str) -> int:
    value = int(digits, 16)
    if len(digits) <= 8:
        return value - (1 << 32) if value >= 1 << 31 else value
    if len(digits) <= 16:
        return value - (1 << 64) if value >= 1 << 63 else value
    return value


def parse_ps_number(text: str) -> int | float | Decimal | None:
    """Parse a string the way PowerShell's number scanner does (arithmetic on numeric strings):
    surrounding whitespace ignored, hex `0x`, exponent, `l`/`d` type suffixes, kb..pb multipliers.
    "" is 0. Returns None when the text is not a number."""
    stripped = text.strip(_WS)
    if stripped == "":
        return 0
    m = _PS_NUMBER.match(stripped)
    if m is None:
        return None
    negative = m.group("sign") == "-"
    mult = _MULTIPLIERS[m.group("mult").lower()] if m.group("mult") else 1
    suffix = (m.group("suffix") or "").lower()
    if m.group("hex") is not None:
        value: int | float | Decimal = _wrap_hex(m.group("hex"))
    else:
        num = m.group("num")
        if suffix == "d":
            value = Decimal(num)
        elif any(c in num for c in ".eE"):
            value = float(num)
        else:
            value = int(num)
    if negative:
        value = -value
    if mult != 1:
        value = value * mult
    return _fit_integer(value) if isinstance(value, int) else value


_DOTNET_INT = _lazy_re(r"^[+-]?\d+$")


def parse_dotnet_integer(text: str) -> int | None:
    """Int32Converter.ConvertFrom semantics: trimmed text, optional sign, decimal digits, or a hex
    number after `0x`, `&h` or `#`. Range checks are the caller's."""
    stripped = text.strip(_WS)
    low = stripped.lower()
    for prefix in ("0x", "&h", "#"):
        if low.startswith(prefix) and len(low) > len(prefix):
            digits = low[len(prefix) :]
            return int(digits, 16) if re.fullmatch(r"[0-9a-f]+", digits) else None
    if _DOTNET_INT.match(stripped):
        return int(stripped)
    return None


_DOTNET_FLOAT = _lazy_re(r"^[+-]?(?:\d[\d,]*\.?\d*|\.\d+)(?:e[+-]?\d+)?$", re.I)


def parse_dotnet_double(text: str) -> float | None:
    """Double.Parse with NumberStyles.Float | AllowThousands and the invariant culture."""
    stripped = text.strip(_WS)
    special = {"nan": float("nan"), "infinity": float("inf"), "-infinity": float("-inf")}
    if stripped.lower() in special:
        return special[stripped.lower()]
    if not _DOTNET_FLOAT.match(stripped):
        return None
    return float(stripped.replace(",", ""))


def parse_dotnet_decimal(text: str) -> Decimal | None:
    """Decimal.Parse with Number styles and the invariant culture (exponent accepted)."""
    stripped = text.strip(_WS)
    if not _DOTNET_FLOAT.match(stripped):
        return None
    try:
        return Decimal(stripped.replace(",", ""))
    except InvalidOperation:
        return None


# -- DateTime ----------------------------------------------------------------------------------------------

_MONTHS = [
    "january february march april may june july august september october november december".split(),
    "jan feb mar apr may jun jul aug sep oct nov dec".split(),
]
_TIME = r"(?P<h>\d{1,2}):(?P<mi>\d{2})(?::(?P<s>\d{2})(?:\.(?P<f>\d{1,7}))?)?\s*(?P<ampm>[ap]\.?m\.?)?"
_ZONE = r"\s*(?P<z>z|[+-]\d{2}:?\d{2})?"
_DATE_FORMS = [
    _lazy_re(r"^(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})(?:(?:t|\s+)" + _TIME + _ZONE + r")?$", re.I),
    _lazy_re(r"^(?P<y>\d{4})/(?P<m>\d{1,2})/(?P<d>\d{1,2})(?:\s+" + _TIME + _ZONE + r")?$", re.I),
    _lazy_re(r"^(?P<m>\d{1,2})[/.-](?P<d>\d{1,2})[/.-](?P<y>\d{2,4})(?:\s+" + _TIME + _ZONE + r")?$", re.I),
    _lazy_re(
        r"^(?:[a-z]+,\s*)?(?P<mn>[a-z]+)\.?\s+(?P<d>\d{1,2}),?\s+(?P<y>\d{4})(?:\s+" + _TIME + _ZONE + r")?$",
        re.I,
    ),
    _lazy_re(
        r"^(?:[a-z]+,\s*)?(?P<d>\d{1,2})(?:\s+|-)(?P<mn>[a-z]+)\.?,?(?:\s+|-)(?P<y>\d{4})(?:\s+"
        + _TIME
        + _ZONE
        + r")?$",
        re.I,
    ),
    _lazy_re(r"^" + _TIME + r"$", re.I),
]


def _month_number(name: str) -> int | None:
    low = name.lower()
    for table in _MONTHS:
        if low in table:
            return table.index(low) + 1
    return None


def _hour(h: int, ampm: str | None) -> int | None:
    if ampm is None:
        return h if h < 24 else None
    if not 1 <= h <= 12 and h != 0:
        return None
    pm = ampm.lower().startswith("p")
    return (h % 12) + (12 if pm else 0)


def _zone_to_local(value: _dt.datetime, zone: str | None) -> _dt.datetime:
    if not zone:
        return value
    if zone.lower() == "z":
        offset = _dt.timedelta(0)
    else:
        digits = zone[1:].replace(":", "")
        offset = _dt.timedelta(hours=int(digits[:2]), minutes=int(digits[2:]))
        offset = -offset if zone[0] == "-" else offset
    aware = value.replace(tzinfo=_dt.timezone(offset))
    return aware.astimezone().replace(tzinfo=None)


def _build(g: dict[str, str | None], today: _dt.date | None) -> _dt.datetime | None:
    month: int | None
    if g.get("y") is None:
        base = today or clock.now().date()
        year, month, day = base.year, base.month, base.day
    else:
        year = int(g["y"] or 0)
        if len(g["y"] or "") == 2:
            year += 2000 if year < 30 else 1900
        month = _month_number(g["mn"] or "") if g.get("mn") else int(g["m"] or 0)
        day = int(g["d"] or 0)
    hour = _hour(int(g["h"] or 0), g.get("ampm")) if g.get("h") else 0
    if month is None or hour is None:
        return None
    frac = (g.get("f") or "").ljust(7, "0")
    micro = int(frac[:6]) if frac.strip("0") else 0
    try:
        value = _dt.datetime(year, month, day, hour, int(g.get("mi") or 0), int(g.get("s") or 0), micro)
    except ValueError:
        return None
    return _zone_to_local(value, g.get("z"))


def parse_datetime(text: str, today: _dt.date | None = None) -> _dt.datetime | None:
    """DateTime.Parse(text, InvariantCulture): M/d/yyyy [h:mm[:ss] [AM|PM]], ISO 8601 (a `Z` or offset
    converts to local time), yyyy/M/d, `November 27, 2026`, `27 November 2026`, and a bare time (today's
    date, from `today` when given)."""
    stripped = " ".join(text.strip(_WS).split())
    for form in _DATE_FORMS:
        m = form.match(stripped)
        if m:
            return _build(m.groupdict(), today)
    return None


# -- TimeSpan ----------------------------------------------------------------------------------------------

_TIMESPAN = _lazy_re(
    r"^(?P<neg>-)?(?:(?P<d>\d+)\.)?(?P<h>\d{1,2}):(?P<m>\d{1,2})(?::(?P<s>\d{1,2})(?:\.(?P<f>\d{1,7}))?)?$"
)


def ticks_to_timedelta(ticks: int) -> _dt.timedelta:
    """A TimeSpan of `ticks` 100-ns units (Python keeps microseconds; finer ticks are dropped)."""
    sign = -1 if ticks < 0 else 1
    return sign * _dt.timedelta(microseconds=abs(ticks) // 10)


def timedelta_ticks(value: _dt.timedelta) -> int:
    """TimeSpan.Ticks of a timedelta."""
    return ((value.days * 86400 + value.seconds) * 1_000_000 + value.microseconds) * 10


def parse_timespan(text: str) -> _dt.timedelta | None:
    """TimeSpan.Parse: `[-][d.]hh:mm[:ss[.fffffff]]` or a whole number of days."""
    stripped = text.strip(_WS)
    if re.fullmatch(r"-?\d+", stripped):
        return _dt.timedelta(days=int(stripped))
    m = _TIMESPAN.match(stripped)
    if m is None:
        return None
    hours, minutes, seconds = int(m.group("h")), int(m.group("m")), int(m.group("s") or 0)
    if hours > 23 or minutes > 59 or seconds > 59:
        return None
    frac = (m.group("f") or "").ljust(7, "0")
    ticks = int(frac)
    total = _dt.timedelta(
        days=int(m.group("d") or 0), hours=hours, minutes=minutes, seconds=seconds, microseconds=ticks // 10
    )
    return -total if m.group("neg") else total
