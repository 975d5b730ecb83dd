"""PIN cryptography: verifiers, PIN-data blobs bound to their mailbox, message sealing, key checks."""

from __future__ import annotations

import pytest
from pwshlite.cmdlets.exchange_um.pin_crypto import (
    VERIFIER_LEN,
    OrgKeys,
    PinData,
    PinDataError,
    new_master_key,
)

GUID_A = "6d755e42-0f13-5c8a-90fd-e099920420d4"
GUID_B = "80b92265-55af-5deb-b837-92b189450710"


@pytest.fixture
def keys() -> OrgKeys:
    return OrgKeys(bytes(range(32)))


def test_verifier_is_salted_and_checks_the_pin(keys: OrgKeys) -> None:
    one, two = keys.pin_verifier("482913"), keys.pin_verifier("482913")
    assert len(one) == VERIFIER_LEN and one != two  # fresh salt each time
    assert keys.verify_pin("482913", one) and keys.verify_pin("482913", two)
    assert not keys.verify_pin("482914", one)
    assert b"482913" not in one


def test_verifier_depends_on_the_key(keys: OrgKeys) -> None:
    other = OrgKeys(new_master_key())
    verifier = keys.pin_verifier("482913")
    assert not other.verify_pin("482913", verifier)


def test_history_checks_only_the_most_recent(keys: OrgKeys) -> None:
    history = [keys.pin_verifier(p) for p in ("111222", "333444", "555666")]
    assert keys.in_history("333444", history, 2)
    assert not keys.in_history("555666", history, 2)
    assert keys.in_history("555666", history, 3)


def test_pin_data_round_trip(keys: OrgKeys) -> None:
    data = PinData(
        verifier=keys.pin_verifier("482913"),
        history=[keys.pin_verifier("482913"), keys.pin_verifier("190283")],
        pin_length=6,
        last_set_us=1_700_000_000_000_000,
        failures=7,
        locked_out=True,
        expired=False,
        first_time=True,
        reset_done=True,
    )
    blob = keys.seal_pin_data(data, GUID_A)
    assert b"482913" not in blob
    assert keys.open_pin_data(blob, GUID_A) == data


def test_blob_copied_to_another_mailbox_fails(keys: OrgKeys) -> None:
    blob = keys.seal_pin_data(PinData(verifier=keys.pin_verifier("482913"), pin_length=6), GUID_A)
    with pytest.raises(PinDataError, match="integrity"):
        keys.open_pin_data(blob, GUID_B)


def test_tampered_blob_is_reported(keys: OrgKeys) -> None:
    blob = bytearray(keys.seal_pin_data(PinData(verifier=keys.pin_verifier("482913"), pin_length=6), GUID_A))
    blob[20] ^= 1
    with pytest.raises(PinDataError):
        keys.open_pin_data(bytes(blob), GUID_A)
    with pytest.raises(PinDataError, match="truncated"):
        keys.open_pin_data(b"short", GUID_A)


def test_wrong_key_cannot_open(keys: OrgKeys) -> None:
    blob = keys.seal_pin_data(PinData(verifier=keys.pin_verifier("482913"), pin_length=6), GUID_A)
    with pytest.raises(PinDataError):
        OrgKeys(new_master_key()).open_pin_data(blob, GUID_A)


def test_message_sealing(keys: OrgKeys) -> None:
    sealed = keys.seal_message(b"Your PIN for Unified Messaging is 482913.", "<m1@ex01>")
    assert b"482913" not in sealed
    assert keys.open_message(sealed, "<m1@ex01>").endswith(b"482913.")
    with pytest.raises(PinDataError):
        keys.open_message(sealed, "<m2@ex01>")


def test_key_check_value_distinguishes_keys(keys: OrgKeys) -> None:
    assert keys.key_check_value() == OrgKeys(bytes(range(32))).key_check_value()
    assert keys.key_check_value() != OrgKeys(new_master_key()).key_check_value()
    with pytest.raises(ValueError):
        OrgKeys(b"too short")


def test_unpack_rejects_unknown_format() -> None:
    with pytest.raises(PinDataError):
        PinData.unpack(b"\x09rest")
