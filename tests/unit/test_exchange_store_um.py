"""UM mailboxes in the store: enabling, PIN state computed from encrypted data, PIN resets, TUI logons."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from pwshlite.cmdlets.exchange_um.errors import ExchangeError
from pwshlite.cmdlets.exchange_um.store import UMStore

from .exchange_store_helpers import clean_env, last_pin, new_store

T0 = datetime(2026, 3, 1, 9, 0, tzinfo=UTC)


@pytest.fixture
def store(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> UMStore:
    clean_env(monkeypatch, tmp_path)
    monkeypatch.setenv("PWSHLITE_NOW", T0.isoformat())
    return new_store(tmp_path)


def test_demo_pins_are_generated_and_mailed(store: UMStore) -> None:
    tony = store.resolve_mailbox("tony")
    state = store.pin_state(tony)
    assert (state.user_id, state.pin_expired, state.first_time_user, state.locked_out) == (
        "tony@contoso.com", True, True, False,
    )  # fmt: skip
    assert state.last_set == T0
    pin = last_pin(store, tony)
    assert len(pin) == 6 and pin != last_pin(store, store.resolve_mailbox("tonysmith"))


def test_enable_um_with_given_pin(store: UMStore) -> None:
    kim = store.resolve_mailbox("kimakers")
    um, generated = store.enable_um(kim, "Contoso DP Default Policy", extensions=["20010"], pin="482913")
    assert generated is None and um is not None
    assert um.extensions == ["20010"] and um.policy_name == "Contoso DP Default Policy"
    assert um.props["TUIAccessToCalendarEnabled"] is True
    assert um.mailbox.email_addresses[0] == "EUM:20010;phone-context=Contoso DP.contoso.com"
    state = store.pin_state(um.mailbox)
    assert not state.pin_expired and state.first_time_user
    assert [m.kind for m in store.iter_messages(kim)] == ["UMWelcome"]
    assert "482913" not in store.read_message(next(store.iter_messages(kim)))  # given PINs are not mailed


@pytest.mark.parametrize(
    ("kwargs", "text"),
    [
        (
            {"extensions": ["20001"]},
            "Extension 20001 is already assigned to another user on dial plan Contoso DP",
        ),
        (
            {"extensions": ["2001"]},
            "2001 is not a valid extension or phone number. It should be a number composed of 5 digits.",
        ),
        ({"extensions": ["2001x"]}, "It should be a number composed of 5 digits."),
        ({"extensions": ["20011"], "pin": "123456"}, "The PIN you entered is not valid."),
        ({"extensions": ["20011"], "pin": "0011"}, "at least 6 digits long"),
    ],
)
def test_enable_um_rejections(store: UMStore, kwargs: dict[str, object], text: str) -> None:
    kim = store.resolve_mailbox("kimakers")
    with pytest.raises(ExchangeError, match=text):
        store.enable_um(kim, "Contoso DP Default Policy", **kwargs)  # type: ignore[arg-type]
    assert store.um_mailbox(store.resolve_mailbox("kimakers")) is None
    assert list(store.iter_messages(kim)) == []


def test_enable_um_twice_and_validate_only(store: UMStore) -> None:
    tony = store.resolve_mailbox("tony")
    with pytest.raises(
        ExchangeError, match="User contoso.com/Users/Tony is already enabled for Unified Messaging."
    ):
        store.enable_um(tony, "Contoso DP Default Policy", extensions=["20030"])
    lisa = store.resolve_mailbox("lisaandrews")
    assert store.enable_um(lisa, "Contoso DP Default Policy", extensions=["20030"], validate_only=True) == (
        None,
        None,
    )
    assert store.um_mailbox(lisa) is None


def test_default_extension_from_phone(store: UMStore) -> None:
    lisa = store.resolve_mailbox("lisaandrews")
    um, generated = store.enable_um(lisa, "Contoso DP Default Policy")
    assert um is not None and um.extensions == ["50107"] and generated is not None
    no_phone = store.new_mailbox("No Phone")
    with pytest.raises(ExchangeError, match="An extension number can't be generated"):
        store.enable_um(no_phone, "Contoso DP Default Policy")


def test_sip_dial_plan_requires_address(store: UMStore) -> None:
    store.new_dial_plan("SIP DP", 4, "1", uri_type="SipName")
    kim = store.resolve_mailbox("kimakers")
    with pytest.raises(ExchangeError, match="SIPResourceIdentifier"):
        store.enable_um(kim, "SIP DP Default Policy", extensions=["1234"])
    um, _ = store.enable_um(
        kim, "SIP DP Default Policy", extensions=["1234"], sip_resource_identifier="sip:kim@contoso.com"
    )
    assert um is not None and um.sip_resource_identifier == "kim@contoso.com"
    ben = store.resolve_mailbox("bensmith")
    with pytest.raises(ExchangeError, match="already assigned"):
        store.enable_um(
            ben, "SIP DP Default Policy", extensions=["1235"], sip_resource_identifier="kim@contoso.com"
        )


def test_disable_um_keep_and_drop(store: UMStore) -> None:
    tony = store.resolve_mailbox("tony")
    store.disable_um(tony)
    tony = store.resolve_mailbox("tony")
    assert not tony.um_enabled and store.um_mailbox(tony) is None
    kept = store.um_mailbox(tony, include_disabled=True)
    assert kept is not None and kept.policy_name == "Contoso DP Default Policy" and kept.extensions == []
    assert not any(p.startswith("EUM:") for p in tony.email_addresses)
    with pytest.raises(ExchangeError, match="already disabled"):
        store.disable_um(tony)
    with pytest.raises(ExchangeError, match="isn't UM-enabled"):
        store.pin_state(tony)
    store.enable_um(store.resolve_mailbox("kimakers"), "Contoso DP Default Policy", extensions=["20001"])
    store.disable_um(store.resolve_mailbox("tonysmith"), keep_properties=False)
    assert store.um_mailbox(store.resolve_mailbox("tonysmith"), include_disabled=True) is None


def test_set_um_mailbox(store: UMStore) -> None:
    um = store.resolve_um_mailbox("tony")
    um = store.set_um_mailbox(um, {"Extensions": ["20050", "20051"], "TUIAccessToEmailEnabled": False})
    assert um.extensions == ["20050", "20051"] and um.props["TUIAccessToEmailEnabled"] is False
    with pytest.raises(ExchangeError, match="Cannot set extensions to null"):
        store.set_um_mailbox(um, {"Extensions": []})
    with pytest.raises(ExchangeError, match="already assigned"):
        store.set_um_mailbox(um, {"Extensions": ["20002"]})
    store.new_policy("Second", "Contoso DP")
    assert store.set_um_mailbox(um, {"UMMailboxPolicy": "Second"}).policy_name == "Second"
    with pytest.raises(ExchangeError, match="couldn't be found"):
        store.resolve_um_mailbox("kimakers")


def test_set_pin_given_generated_history(store: UMStore) -> None:
    tony = store.resolve_mailbox("tony")
    first = last_pin(store, tony)
    assert store.set_pin(tony, "482913") is None
    state = store.pin_state(tony)
    assert not state.pin_expired and state.first_time_user
    assert last_pin(store, tony) == "482913"  # the reset mail carries the PIN
    with pytest.raises(ExchangeError, match="previous 5 PINs"):
        store.set_pin(tony, "482913")
    with pytest.raises(ExchangeError, match="previous 5 PINs"):
        store.set_pin(tony, first)  # the first PIN counts
    generated = store.set_pin(tony, send_email=False)
    assert generated is not None and store.pin_state(tony).pin_expired
    assert last_pin(store, tony) == "482913"  # no mail this time
    store.set_pin(tony, "573920", pin_expired=True, notify_email="helpdesk@contoso.com")
    assert store.pin_state(tony).pin_expired
    assert list(store.iter_messages(tony))[-1].recipients == ["helpdesk@contoso.com"]
    with pytest.raises(ExchangeError, match="User kimakers@contoso.com isn't enabled for Unified Messaging."):
        store.set_pin(store.resolve_mailbox("kimakers"), "482913")


def test_history_window_follows_the_policy(store: UMStore) -> None:
    pol = store.set_policy(store.resolve_policy("Contoso DP Default Policy"), {"PINHistoryCount": 1})
    assert pol.pin_history_count == 1
    tony = store.resolve_mailbox("tony")
    store.set_pin(tony, "482913")
    store.set_pin(tony, "573920")
    assert store.set_pin(tony, "482913") is None  # only the previous PIN is remembered


def test_lifetime_and_min_length_expiry(store: UMStore) -> None:
    tony = store.resolve_mailbox("tony")
    store.set_pin(tony, "482913", pin_expired=False)
    assert not store.pin_state(tony, now=T0 + timedelta(days=59)).pin_expired
    assert store.pin_state(tony, now=T0 + timedelta(days=60)).pin_expired
    pol = store.resolve_policy("Contoso DP Default Policy")
    store.set_policy(pol, {"PINLifetime": None})
    assert not store.pin_state(tony, now=T0 + timedelta(days=600)).pin_expired
    store.set_policy(pol, {"MinPINLength": 7})
    assert store.pin_state(tony).pin_expired
    store.set_policy(pol, {"MinPINLength": 6})
    assert not store.pin_state(tony).pin_expired


def _ext(store: UMStore, alias: str) -> str:
    return store.resolve_um_mailbox(alias).extensions[0]


def test_tui_logon_success_clears_first_time(store: UMStore) -> None:
    tony = store.resolve_mailbox("tony")
    generated = last_pin(store, tony)
    result = store.tui_logon("Contoso DP", _ext(store, "tony"), generated)
    assert result.success and result.must_change_pin  # generated PINs are expired
    assert store.pin_state(tony).first_time_user
    result = store.tui_logon("Contoso DP", _ext(store, "tony"), generated, new_pin="482913")
    assert result.success and not result.must_change_pin
    state = store.pin_state(tony)
    assert not state.pin_expired and not state.first_time_user
    store.set_pin(tony, "573920", pin_expired=False)
    assert store.tui_logon("Contoso DP", _ext(store, "tony"), "573920").must_change_pin is False
    assert not store.pin_state(tony).first_time_user


def test_tui_lockout_and_auto_reset_sequence(store: UMStore) -> None:
    pol = store.resolve_policy("Contoso DP Default Policy")
    store.set_policy(pol, {"MaxLogonAttempts": 4, "LogonFailuresBeforePINReset": 2})
    tony = store.resolve_mailbox("tony")
    store.set_pin(tony, "482913", pin_expired=False, send_email=False)
    ext = _ext(store, "tony")
    one = store.tui_logon("Contoso DP", ext, "000000")
    assert (one.success, one.reason_for_failure, one.failed_attempts) == (
        False, "The logon wasn't successful. Check the PIN that was provided.", 1,
    )  # fmt: skip
    assert store.pin_state(tony).failed_attempts == 1
    two = store.tui_logon("Contoso DP", ext, "000000")
    assert two.pin_was_reset and not two.locked_out
    reset_pin = last_pin(store, tony)
    assert reset_pin != "482913" and store.pin_state(tony).pin_expired
    assert not store.tui_logon("Contoso DP", ext, "482913").success  # the old PIN is gone
    four = store.tui_logon("Contoso DP", ext, "000000")
    assert four.locked_out and four.failed_attempts == 4
    assert store.pin_state(tony).locked_out
    refused = store.tui_logon("Contoso DP", ext, reset_pin)
    assert not refused.success and refused.locked_out
    store.set_pin(tony, "573920", pin_expired=False, send_email=False)  # LockedOut $false clears it
    state = store.pin_state(tony)
    assert not state.locked_out and state.failed_attempts == 0
    assert store.tui_logon("Contoso DP", ext, "573920").success


def test_success_clears_the_failure_run(store: UMStore) -> None:
    tony = store.resolve_mailbox("tony")
    store.set_pin(tony, "482913", pin_expired=False, send_email=False)
    ext = _ext(store, "tony")
    for _ in range(4):
        store.tui_logon("Contoso DP", ext, "000000")
    assert store.tui_logon("Contoso DP", ext, "482913").success
    assert store.pin_state(tony).failed_attempts == 0


def test_admin_lock(store: UMStore) -> None:
    tony = store.resolve_mailbox("tony")
    store.set_pin(tony, "482913", locked_out=True, send_email=False)
    assert store.pin_state(tony).locked_out
    assert not store.tui_logon("Contoso DP", _ext(store, "tony"), "482913").success


def test_tui_unknown_targets(store: UMStore) -> None:
    with pytest.raises(ExchangeError, match="The UM dial plan Nope doesn't exist."):
        store.tui_logon("Nope", "20001", "1")
    result = store.tui_logon("Contoso DP", "29999", "1")
    assert not result.success and result.reason_for_failure is not None
    assert (
        "The user with extension '29999' and dial plan 'Contoso DP' isn't UM-enabled"
        in result.reason_for_failure
    )


def test_tampered_and_moved_blobs(store: UMStore, tmp_path: Path) -> None:
    tony, smith = store.resolve_mailbox("tony"), store.resolve_mailbox("tonysmith")
    conn = sqlite3.connect(tmp_path / "org.db")
    blob = conn.execute("SELECT pin_blob FROM um_mailbox WHERE recipient_id = ?", (tony.id,)).fetchone()[0]
    with conn:
        conn.execute("UPDATE um_mailbox SET pin_blob = ? WHERE recipient_id = ?", (blob, smith.id))
    with pytest.raises(
        ExchangeError,
        match="Unified Messaging PIN info couldn't be retrieved for mailbox 'tonysmith@contoso.com'",
    ):
        store.pin_state(smith)
    tampered = bytearray(blob)
    tampered[-1] ^= 0x55
    with conn:
        conn.execute("UPDATE um_mailbox SET pin_blob = ? WHERE recipient_id = ?", (bytes(tampered), tony.id))
    states = list(store.iter_pin_states())
    assert [type(s.error).__name__ for s in states] == ["ExchangeError", "ExchangeError"]
    with pytest.raises(ExchangeError):
        store.set_pin(tony, "482913")
    conn.close()


def test_streaming_pin_states(store: UMStore) -> None:
    pol = store.resolve_policy("Contoso DP Default Policy")
    with store.transaction():
        for i in range(60):
            rec = store.new_mailbox(f"Bulk {i:03d}", alias=f"bulk{i:03d}")
            store.enable_um(
                rec, pol, extensions=[f"3{i:04d}"], pin="48291" + str(i % 10) + "7", send_mail=False
            )
    states = list(store.iter_pin_states(batch=7))
    assert len(states) == 62 and states[0].user_id == "tony@contoso.com"
    assert len(list(store.iter_pin_states(limit=10, batch=3))) == 10
    assert len(list(store.iter_um_mailboxes(25, batch=4))) == 25
    assert store.count_um_mailboxes() == 62


def test_tui_logon_with_junk_pin_is_a_failure(store: UMStore) -> None:
    result = store.tui_logon("Contoso DP", _ext(store, "tony"), "١٢٣٤٥٦\ud800")
    assert not result.success and result.failed_attempts == 1
