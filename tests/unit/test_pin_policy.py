"""PIN policy rules: validation messages, generation, lifetime, lockout counters, policy ranges."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from pwshlite.cmdlets.exchange_um import pin_policy
from pwshlite.cmdlets.exchange_um.errors import ExchangeError
from pwshlite.cmdlets.exchange_um.pin_crypto import OrgKeys
from pwshlite.cmdlets.exchange_um.records import PolicyRecord

NOW = datetime(2026, 3, 1, 12, 0, tzinfo=UTC)
COMMON = (
    " Finally, it can't include only a single repeated number, can't include only consecutive numbers, "
    "and can't be the same as your phone number."
)


def policy(**kw: object) -> PolicyRecord:
    values: dict[str, object] = dict(
        id=1,
        guid="g",
        name="P",
        dial_plan_id=1,
        dial_plan_name="DP",
        distinguished_name="CN=P",
        min_pin_length=6,
        pin_lifetime_days=60,
        pin_history_count=5,
        max_logon_attempts=15,
        logon_failures_before_pin_reset=5,
        allow_common_patterns=False,
        reset_pin_text=None,
        um_enabled_text=None,
        is_default=True,
        when_created=NOW,
        when_changed=NOW,
    )
    values.update(kw)
    return PolicyRecord(**values)  # type: ignore[arg-type]


def message(pin: str, pol: PolicyRecord, exts: tuple[str, ...] = (), seen: object = None) -> str | None:
    try:
        pin_policy.check_pin(pin, pol, exts, seen)  # type: ignore[arg-type]
    except ExchangeError as exc:
        assert exc.exception == "WeakPinException"
        return exc.message
    return None


def test_good_pin_passes() -> None:
    assert message("482913", policy()) is None


@pytest.mark.parametrize("pin", ["12345", "48291a", "", "4829130000000000000000000", "482 913", "٤٨٢٩١٣"])
def test_length_and_digits(pin: str) -> None:
    assert message(pin, policy()) is not None


@pytest.mark.parametrize("pin", ["123456", "654321", "111111", "456789", "987654"])
def test_common_patterns_rejected_by_default(pin: str) -> None:
    text = message(pin, policy())
    assert text is not None and text.endswith(COMMON)


@pytest.mark.parametrize("pin", ["123456", "111111"])
def test_common_patterns_allowed(pin: str) -> None:
    assert message(pin, policy(allow_common_patterns=True)) is None


def test_non_sequential_with_wrap_is_allowed() -> None:
    assert message("890123", policy()) is None


def test_extension_suffix_rejected_even_when_common_patterns_allowed() -> None:
    pol = policy(allow_common_patterns=True, min_pin_length=4)
    assert message("0042", pol, ("20042",)) is not None
    assert message("20042", pol, ("20042",)) is not None
    assert message("0043", pol, ("20042",)) is None


def test_history_rejection() -> None:
    assert message("482913", policy(), seen=lambda p: p == "482913") is not None


def test_message_variants() -> None:
    many = message("1", policy(pin_history_count=5))
    assert many == (
        "The PIN you entered is not valid. Your PIN must contain only numbers, and must be at least 6 digits "
        "long. It cannot be one of your previous 5 PINs." + COMMON
    )
    one = message("1", policy(pin_history_count=1, allow_common_patterns=True, min_pin_length=4))
    assert one == (
        "The PIN you entered isn't valid. Your PIN must contain only numbers, and must be at least 4 digits "
        "long. It can't be the same as your previous PIN."
    )


def test_generated_pins_satisfy_the_policy() -> None:
    for length in (4, 6, 10, 24):
        pol = policy(min_pin_length=length)
        pins = {pin_policy.generate_pin(pol, ["20001"]) for _ in range(30)}
        for pin in pins:
            assert len(pin) == length and message(pin, pol, ("20001",)) is None
        assert len(pins) > 20  # random


def test_generation_gives_up_when_impossible() -> None:
    with pytest.raises(ExchangeError, match="A default PIN can't be generated."):
        pin_policy.generate_pin(policy(min_pin_length=4), in_history=lambda p: True)


def test_lifetime_and_min_length_expiry() -> None:
    keys = OrgKeys(bytes(32))
    data = pin_policy.apply_new_pin(keys, None, "482913", NOW, expired=False)
    assert data.first_time and not data.locked_out and data.failures == 0
    assert not pin_policy.pin_expired(data, policy(), NOW + timedelta(days=59))
    assert pin_policy.pin_expired(data, policy(), NOW + timedelta(days=60))
    assert not pin_policy.pin_expired(data, policy(pin_lifetime_days=None), NOW + timedelta(days=900))
    assert pin_policy.pin_expired(data, policy(min_pin_length=7), NOW)
    data.expired = True
    assert pin_policy.pin_expired(data, policy(), NOW)


def test_history_keeps_the_newest_first() -> None:
    keys = OrgKeys(bytes(32))
    data = None
    for pin in ("482913", "190283", "573920"):
        data = pin_policy.apply_new_pin(keys, data, pin, NOW, expired=False)
    assert data is not None and len(data.history) == 3
    assert keys.verify_pin("573920", data.history[0]) and keys.verify_pin("482913", data.history[2])


def test_failure_counter_reset_and_lockout() -> None:
    keys = OrgKeys(bytes(32))
    pol = policy(max_logon_attempts=4, logon_failures_before_pin_reset=2)
    data = pin_policy.apply_new_pin(keys, None, "482913", NOW, expired=False)
    assert pin_policy.record_failure(data, pol) == (False, False)
    assert pin_policy.record_failure(data, pol) == (True, False)
    data.reset_done = True
    assert pin_policy.record_failure(data, pol) == (False, False)
    assert pin_policy.record_failure(data, pol) == (False, True)
    assert pin_policy.locked_out(data, pol)
    pin_policy.record_success(data)
    assert data.failures == 0 and not data.reset_done


def test_unlimited_reset_never_resets() -> None:
    data = pin_policy.apply_new_pin(OrgKeys(bytes(32)), None, "482913", NOW, expired=False)
    pol = policy(logon_failures_before_pin_reset=None, max_logon_attempts=None)
    for _ in range(50):
        assert pin_policy.record_failure(data, pol) == (False, False)


@pytest.mark.parametrize(
    "changes",
    [
        {"MinPINLength": 3},
        {"MinPINLength": 25},
        {"PINHistoryCount": 0},
        {"PINHistoryCount": 21},
        {"PINLifetime": 1000},
        {"MaxLogonAttempts": 0},
        {"MinPINLength": None},
        {"LogonFailuresBeforePINReset": 15},
        {"MaxLogonAttempts": 5},
        {"ResetPINText": "x" * 513},
        {"VoiceMailPreviewPartnerMaxDeliveryDelay": 299},
    ],
)
def test_policy_values_rejected(changes: dict[str, object]) -> None:
    current = {"MaxLogonAttempts": 15, "LogonFailuresBeforePINReset": 5}
    with pytest.raises(ExchangeError):
        pin_policy.validate_policy_values(current, changes)


def test_policy_values_accepted() -> None:
    current = {"MaxLogonAttempts": 15, "LogonFailuresBeforePINReset": 5}
    ok = {"MinPINLength": 4, "PINLifetime": None, "LogonFailuresBeforePINReset": None, "MaxLogonAttempts": 6}
    assert pin_policy.validate_policy_values(current, ok) == ok
