"""Unit tests for pwshlite.values.clock (PWSHLITE_NOW fixes DateTime.Now for reproducible runs)."""

from __future__ import annotations

import datetime as dt

import pytest

from pwshlite.values import clock


def test_now_honours_env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PWSHLITE_NOW", "2026-11-27T14:05:09")
    assert clock.now() == dt.datetime(2026, 11, 27, 14, 5, 9)
    assert clock.today() == dt.datetime(2026, 11, 27)


def test_utc_env_converts_to_local(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PWSHLITE_NOW", "2026-11-27T14:05:09Z")
    assert clock.utcnow() == dt.datetime(2026, 11, 27, 14, 5, 9)
    local = dt.datetime(2026, 11, 27, 14, 5, 9, tzinfo=dt.UTC).astimezone().replace(tzinfo=None)
    assert clock.now() == local


def test_now_without_env_is_current(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("PWSHLITE_NOW", raising=False)
    assert abs((clock.now() - dt.datetime.now()).total_seconds()) < 5


def test_utc_kind(monkeypatch: pytest.MonkeyPatch) -> None:
    # DateTime.UtcNow has Kind Utc; "o" ends in Z for it and in the local offset for local times
    from pwshlite.values.members import get_member, invoke_method

    monkeypatch.setenv("PWSHLITE_NOW", "2026-11-27T14:05:09Z")
    utc = clock.utcnow()
    assert isinstance(utc, clock.UtcDateTime)
    assert str(get_member(utc, "Kind")) == "Utc"
    assert invoke_method(utc, "ToString", ["o"]) == "2026-11-27T14:05:09.0000000Z"
    assert str(get_member(clock.now(), "Kind")) == "Local"
    assert isinstance(invoke_method(clock.now(), "ToUniversalTime", []), clock.UtcDateTime)
    assert invoke_method(utc, "ToLocalTime", []) == clock.now()
    assert isinstance(utc + dt.timedelta(hours=1), clock.UtcDateTime)
