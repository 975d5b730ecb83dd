"""The Exchange store's clock: UTC "now", fixed by PWSHLITE_NOW (ISO 8601) for tests.

Layer: data layer helper. Prefers pwshlite.values.clock.now (the session clock) when it exists; the
fallback here parses PWSHLITE_NOW itself. A PWSHLITE_NOW without an offset is taken as UTC.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from datetime import UTC, datetime, timedelta


def _fallback_now() -> datetime:
    text = os.environ.get("PWSHLITE_NOW")
    if text:
        value = datetime.fromisoformat(text.strip().replace("Z", "+00:00"))
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)
    return datetime.now(UTC)


def _session_clock() -> Callable[[], datetime] | None:
    try:
        from pwshlite.values import clock  # type: ignore[attr-defined]
    except ImportError:
        return None
    return getattr(clock, "now", None)


def utc_now() -> datetime:
    """The current instant as an aware UTC datetime (PWSHLITE_NOW honoured)."""
    session_now = _session_clock()
    value = session_now() if session_now is not None else _fallback_now()
    return as_utc(value)


def as_utc(value: datetime) -> datetime:
    """An aware UTC datetime from any datetime (naive values are taken as UTC)."""
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


def to_micros(value: datetime) -> int:
    """Microseconds since the Unix epoch (the store's time column format)."""
    delta = as_utc(value) - _EPOCH
    return (delta.days * 86400 + delta.seconds) * 1_000_000 + delta.microseconds


def from_micros(value: int) -> datetime:
    """The aware UTC datetime of a stored time column."""
    return _EPOCH + timedelta(microseconds=value)


_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
