"""The session clock: local and UTC "now", overridable with PWSHLITE_NOW for reproducible runs.

Layer: values (imports only the standard library).

Public API:
    now() -> datetime      local time, naive (DateTime.Now). PWSHLITE_NOW (ISO 8601) fixes it: a value
                           without offset is taken as local time, one with `Z`/offset is converted to local.
    utcnow() -> datetime   UTC, naive (DateTime.UtcNow), consistent with now().
    today() -> datetime    midnight of now() (DateTime.Today).
    UtcDateTime            a datetime subclass marking DateTimeKind.Utc (utcnow(), ToUniversalTime());
                           plain naive datetimes are local time.
"""

from __future__ import annotations

import datetime as _dt
import os

ENV = "PWSHLITE_NOW"


class UtcDateTime(_dt.datetime):
    """A DateTime whose Kind is Utc: formats `K` as `Z`; arithmetic keeps the subclass."""

    @classmethod
    def of(cls, value: _dt.datetime) -> UtcDateTime:
        return cls(
            value.year, value.month, value.day, value.hour, value.minute, value.second, value.microsecond
        )


def _fixed() -> _dt.datetime | None:
    text = os.environ.get(ENV, "").strip()
    if not text:
        return None
    if text.endswith(("Z", "z")):
        text = text[:-1] + "+00:00"
    try:
        value = _dt.datetime.fromisoformat(text)
    except ValueError:
        return None
    if value.tzinfo is not None:
        value = value.astimezone().replace(tzinfo=None)
    return value


def now() -> _dt.datetime:
    """DateTime.Now: local naive time (PWSHLITE_NOW when set)."""
    fixed = _fixed()
    return fixed if fixed is not None else _dt.datetime.now()


def utcnow() -> _dt.datetime:
    """DateTime.UtcNow: naive UTC time matching now()."""
    fixed = _fixed()
    if fixed is None:
        return UtcDateTime.of(_dt.datetime.now(_dt.UTC).replace(tzinfo=None))
    return UtcDateTime.of(fixed.astimezone(_dt.UTC).replace(tzinfo=None))


def today() -> _dt.datetime:
    """DateTime.Today: midnight of the current local date."""
    current = now()
    return _dt.datetime(current.year, current.month, current.day)
