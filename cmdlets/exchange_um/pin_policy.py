"""PIN rules of a UM mailbox policy: validation, generation, history, lifetime and lockout counters.

Layer: data layer; pure functions over PolicyRecord and PinData (no I/O, no SQL). The store calls
these inside its transactions. Rules (issue #5, exchange-um-behaviour.md §2):
  - a PIN is 1-24 ASCII digits and at least MinPINLength long;
  - it is not one of the PINHistoryCount most recent PINs (the current one included);
  - AllowCommonPatterns $false also rejects all-repeated digits (11111) and runs of consecutive digits
    ascending or descending (1234, 65432; no wrap-around from 9 to 0);
  - whatever AllowCommonPatterns says, it may not be the trailing digits of one of the user's
    extensions (or the whole extension);
  - PinExpired is computed: admin/auto-reset flag, or older than PINLifetime, or shorter than the
    policy's current MinPINLength.
"""

from __future__ import annotations

import secrets
from collections.abc import Callable, Iterable, Mapping
from datetime import datetime
from typing import Any

from . import errors
from .clock import to_micros
from .pin_crypto import MAX_HISTORY, OrgKeys, PinData
from .records import PolicyRecord

MAX_PIN_LENGTH = 24
_GENERATION_ATTEMPTS = 1000

# (low, high) of each PIN-policy setting; None in an Unlimited-typed setting means Unlimited.
POLICY_RANGES: dict[str, tuple[int, int]] = {
    "MinPINLength": (4, 24),
    "PINLifetime": (1, 999),
    "PINHistoryCount": (1, 20),
    "MaxLogonAttempts": (1, 999),
    "LogonFailuresBeforePINReset": (0, 999),
    "MaxGreetingDuration": (1, 10),
}
UNLIMITED_ALLOWED = frozenset({"PINLifetime", "MaxLogonAttempts", "LogonFailuresBeforePINReset"})
TEXT_LIMITS = {
    "ResetPINText": 512,
    "UMEnabledText": 512,
    "VoiceMailText": 512,
    "FaxMessageText": 512,
    "ProtectedVoiceMailText": 512,
    "Name": 64,
}
MINIMUMS = {"VoiceMailPreviewPartnerMaxDeliveryDelay": 300, "VoiceMailPreviewPartnerMaxMessageDuration": 60}


def is_digits(pin: str) -> bool:
    """ASCII digits only (str.isdigit would accept other scripts' digits)."""
    return bool(pin) and all("0" <= c <= "9" for c in pin)


def is_common_pattern(pin: str) -> bool:
    """All one repeated digit, or a run of consecutive digits ascending or descending."""
    if len(set(pin)) == 1:
        return True
    steps = {int(b) - int(a) for a, b in zip(pin, pin[1:], strict=False)}
    return steps == {1} or steps == {-1}


def matches_extension(pin: str, extensions: Iterable[str]) -> bool:
    """The PIN equals the trailing digits of (or the whole of) one of the user's extensions."""
    return any(ext.endswith(pin) for ext in extensions if ext)


def check_pin(
    pin: str,
    policy: PolicyRecord,
    extensions: Iterable[str] = (),
    in_history: Callable[[str], bool] | None = None,
) -> None:
    """Raise the WeakPinException text of the policy when `pin` breaks a rule; return when it is fine."""
    weak = errors.weak_pin(policy.min_pin_length, policy.pin_history_count, policy.allow_common_patterns)
    if not is_digits(pin) or len(pin) > MAX_PIN_LENGTH or len(pin) < policy.min_pin_length:
        raise weak
    if not policy.allow_common_patterns and is_common_pattern(pin):
        raise weak
    if matches_extension(pin, extensions):
        raise weak
    if in_history is not None and in_history(pin):
        raise weak


def generate_pin(
    policy: PolicyRecord,
    extensions: Iterable[str] = (),
    in_history: Callable[[str], bool] | None = None,
) -> str:
    """A random PIN of MinPINLength digits (from `secrets`) that passes every rule of the policy."""
    exts = list(extensions)
    length = policy.min_pin_length
    for _ in range(_GENERATION_ATTEMPTS):
        pin = f"{secrets.randbelow(10**length):0{length}d}"
        try:
            check_pin(pin, policy, exts, in_history)
        except errors.ExchangeError:
            continue
        return pin
    raise errors.pin_generation_failed()


def apply_new_pin(keys: OrgKeys, data: PinData | None, pin: str, now: datetime, expired: bool) -> PinData:
    """PIN data after the PIN was set by an administrator or the system: new verifier pushed onto the
    history, failures cleared, lock cleared, first-time-user set. Returns a new PinData."""
    verifier = keys.pin_verifier(pin)
    history = [verifier, *(data.history if data else [])][:MAX_HISTORY]
    return PinData(
        verifier=verifier,
        history=history,
        pin_length=len(pin),
        last_set_us=to_micros(now),
        failures=0,
        locked_out=False,
        expired=expired,
        first_time=True,
        reset_done=False,
    )


_DAY_US = 86_400_000_000


def lifetime_expired(data: PinData, policy: PolicyRecord, now: datetime) -> bool:
    """The PIN is older than PINLifetime days (never with an Unlimited lifetime)."""
    if policy.pin_lifetime_days is None or not data.last_set_us:
        return False
    return to_micros(now) - data.last_set_us >= policy.pin_lifetime_days * _DAY_US


def pin_expired(data: PinData, policy: PolicyRecord, now: datetime) -> bool:
    """Get-UMMailboxPIN's PinExpired: flagged, past its lifetime, or shorter than MinPINLength."""
    return data.expired or data.pin_length < policy.min_pin_length or lifetime_expired(data, policy, now)


def locked_out(data: PinData, policy: PolicyRecord) -> bool:
    """Locked by an administrator or by reaching MaxLogonAttempts consecutive failures."""
    limit = policy.max_logon_attempts
    return data.locked_out or (limit is not None and data.failures >= limit)


def record_failure(data: PinData, policy: PolicyRecord) -> tuple[bool, bool]:
    """Count one failed logon in `data` (mutated). Returns (reset_now, locked_now): reset_now when
    the count just reached LogonFailuresBeforePINReset (once per failure run), locked_now when it
    reached MaxLogonAttempts."""
    data.failures += 1
    reset_at = policy.logon_failures_before_pin_reset
    reset_now = bool(reset_at) and not data.reset_done and data.failures >= int(reset_at or 0)
    limit = policy.max_logon_attempts
    locked_now = limit is not None and data.failures >= limit and not data.locked_out
    if locked_now:
        data.locked_out = True
        reset_now = False
    return reset_now, locked_now


def record_success(data: PinData) -> None:
    """A successful logon clears the failure run."""
    data.failures = 0
    data.reset_done = False


# --- policy settings -------------------------------------------------------------------------------


def _check_range(name: str, value: Any) -> None:
    low, high = POLICY_RANGES[name]
    if value is None:
        if name not in UNLIMITED_ALLOWED:
            raise errors.invalid_value(f"The value Unlimited is not valid for {name}.", name)
        return
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        raise errors.invalid_value(
            f"The value must be between {low} and {high}, inclusive. Value: {value}.", name
        )


def validate_policy_values(current: Mapping[str, Any], changes: Mapping[str, Any]) -> dict[str, Any]:
    """Check Set-UMMailboxPolicy values (ranges, text lengths, minimums, and
    LogonFailuresBeforePINReset < MaxLogonAttempts on the combined result). Returns the changes."""
    for name, value in changes.items():
        if name in POLICY_RANGES:
            _check_range(name, value)
        elif name in TEXT_LIMITS and value is not None and len(str(value)) > TEXT_LIMITS[name]:
            limit = TEXT_LIMITS[name]
            raise errors.invalid_value(
                f"The length of the property is too long. The maximum length is {limit} and the length of the "
                f"value provided is {len(str(value))}.",
                name,
            )
        elif name in MINIMUMS and value is not None and int(value) < MINIMUMS[name]:
            raise errors.invalid_value(f"The value must be at least {MINIMUMS[name]}. Value: {value}.", name)
    merged = {**current, **changes}
    reset = merged.get("LogonFailuresBeforePINReset")
    maximum = merged.get("MaxLogonAttempts")
    if reset is not None and maximum is not None and reset >= maximum:
        raise errors.logon_reset_not_lower(reset, maximum)
    return dict(changes)
