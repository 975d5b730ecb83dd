"""The Exchange store's clock: aware-UTC "now" from the session clock (PWSHLITE_NOW honoured).

Layer: data layer helper over pwshlite.values.clock (utcnow() is naive UTC and follows
PWSHLITE_NOW; a PWSHLITE_NOW without an offset is local time there). The store keeps every time as
UTC microseconds since the Unix epoch.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from pwshlite.values import clock as _session_clock

_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)


def utc_now() -> datetime:
    """The current instant as an aware UTC datetime (PWSHLITE_NOW honoured)."""
    return _session_clock.utcnow().replace(tzinfo=UTC)


def as_utc(value: datetime) -> datetime:
    """An aware UTC datetime from any datetime. Naive values are local time, as DateTime.Now and the
    session clock's now() give them."""
    return value.astimezone(UTC)


def to_micros(value: datetime) -> int:
    """Microseconds since the Unix epoch (the store's time column format)."""
    delta = as_utc(value) - _EPOCH
    return (delta.days * 86400 + delta.seconds) * 1_000_000 + delta.microseconds


def from_micros(value: int) -> datetime:
    """The aware UTC datetime of a stored time column."""
    return _EPOCH + timedelta(microseconds=value)
