"""DateTime.ParseExact: parse text with .NET custom date/time format strings (culture ignored, en-US names).

Layer: values (imports only the standard library).

Public API:
    parse_exact(text: str, formats: list[str]) -> datetime | None
"""

from __future__ import annotations

import datetime as _dt
import re

from .dotnet_format import _STANDARD_DATE, DAYS, MONTHS

_TOKENS = [
    ("yyyy", r"(?P<y>\d{4})"),
    ("yy", r"(?P<yy>\d{2})"),
    ("MMMM", "(?P<MMMM>" + "|".join(MONTHS) + ")"),
    ("MMM", "(?P<MMM>" + "|".join(m[:3] for m in MONTHS) + ")"),
    ("MM", r"(?P<M>\d{2})"),
    ("M", r"(?P<M>\d{1,2})"),
    ("dddd", "(?:" + "|".join(DAYS) + ")"),
    ("ddd", "(?:" + "|".join(d[:3] for d in DAYS) + ")"),
    ("dd", r"(?P<d>\d{2})"),
    ("d", r"(?P<d>\d{1,2})"),
    ("HH", r"(?P<H>\d{2})"),
    ("H", r"(?P<H>\d{1,2})"),
    ("hh", r"(?P<h>\d{2})"),
    ("h", r"(?P<h>\d{1,2})"),
    ("mm", r"(?P<m>\d{2})"),
    ("m", r"(?P<m>\d{1,2})"),
    ("ss", r"(?P<s>\d{2})"),
    ("s", r"(?P<s>\d{1,2})"),
    ("tt", r"(?P<tt>AM|PM)"),
    ("t", r"(?P<tt>A|P)"),
    ("zzz", r"(?P<z>[+-]\d{2}:\d{2})"),
    ("K", r"(?P<z>Z|[+-]\d{2}:\d{2})?"),
]


def _compile(fmt: str) -> re.Pattern[str]:
    if len(fmt) == 1 and fmt in _STANDARD_DATE:
        fmt = _STANDARD_DATE[fmt]
    out: list[str] = []
    i = 0
    used: set[str] = set()
    while i < len(fmt):
        ch = fmt[i]
        if ch in "'\"":
            end = fmt.find(ch, i + 1)
            end = len(fmt) if end < 0 else end
            out.append(re.escape(fmt[i + 1 : end]))
            i = end + 1
            continue
        if ch == "\\" and i + 1 < len(fmt):
            out.append(re.escape(fmt[i + 1]))
            i += 2
            continue
        if ch == "f" or ch == "F":
            count = len(fmt[i:]) - len(fmt[i:].lstrip(ch))
            out.append(rf"(?P<f>\d{{{count}}})" if "f" not in used else rf"\d{{{count}}}")
            used.add("f")
            i += count
            continue
        for token, pattern in _TOKENS:
            if fmt.startswith(token, i):
                name = re.search(r"\?P<(\w+)>", pattern)
                if name and name.group(1) in used:
                    pattern = re.sub(r"\?P<\w+>", "?:", pattern)
                elif name:
                    used.add(name.group(1))
                out.append(pattern)
                i += len(token)
                break
        else:
            out.append(re.escape(ch))
            i += 1
    return re.compile("".join(out) + r"\Z", re.IGNORECASE)


def _build(g: dict[str, str | None]) -> _dt.datetime | None:
    year = int(g["y"] or 0) if g.get("y") else (2000 + int(g["yy"] or 0) if g.get("yy") else 1)
    if g.get("MMMM"):
        month = [m.casefold() for m in MONTHS].index((g["MMMM"] or "").casefold()) + 1
    elif g.get("MMM"):
        month = [m[:3].casefold() for m in MONTHS].index((g["MMM"] or "").casefold()) + 1
    else:
        month = int(g["M"] or 1) if g.get("M") else 1
    day = int(g["d"] or 1) if g.get("d") else 1
    hour = int(g["H"] or 0) if g.get("H") else 0
    if g.get("h"):
        hour = int(g["h"] or 0) % 12 + (12 if (g.get("tt") or "").upper().startswith("P") else 0)
    fraction = (g.get("f") or "0").ljust(6, "0")[:6]
    try:
        value = _dt.datetime(
            year, month, day, hour, int(g.get("m") or 0), int(g.get("s") or 0), int(fraction)
        )
    except ValueError:
        return None
    zone = g.get("z")
    if zone:
        offset = (
            _dt.timedelta(0)
            if zone.upper() == "Z"
            else _dt.timedelta(hours=int(zone[1:3]), minutes=int(zone[4:6]))
        )
        offset = -offset if zone.startswith("-") else offset
        value = value.replace(tzinfo=_dt.timezone(offset)).astimezone().replace(tzinfo=None)
    return value


def parse_exact(text: str, formats: list[str]) -> _dt.datetime | None:
    """The first format that matches the whole text wins; None when none does."""
    for fmt in formats:
        m = _compile(fmt).match(text.strip())
        if m:
            return _build(m.groupdict())
    return None
