"""PIN and message cryptography for the Exchange store (the `cryptography` package only, no I/O).

Layer: data layer; imports nothing from the store. Keys: one 32-byte organization master key (kept
outside the SQLite file) -> HKDF-SHA256 sub-keys, derived once per session by OrgKeys:
  - "pin-blob"      AES-256-GCM key sealing each UM mailbox's PIN data (AAD = mailbox GUID),
  - "pin-verifier"  HMAC-SHA256 key for PIN verifiers (HMAC(key, salt16 || pin), fresh salt each),
  - "message-body"  AES-256-GCM key sealing message bodies at rest (AAD = message id),
  - "key-check"     HMAC key producing the key check value stored in the DB (detects a wrong key).
A keyed HMAC rather than a slow KDF is deliberate: the verifier key never touches the DB, so an
attacker with the DB alone cannot test PIN guesses at any speed; see docs/exchange-emulation.md.
"""

from __future__ import annotations

import hmac
import os
import struct
from dataclasses import dataclass, field
from hashlib import sha256

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

KEY_LEN = 32
SALT_LEN = 16
VERIFIER_LEN = SALT_LEN + 32
MAX_HISTORY = 20
_BLOB_VERSION = 1
_HKDF_SALT = b"pwshlite organization key v1"
_HEADER = struct.Struct(">BBHq")  # flags, pin length, consecutive failures, last-set (us since epoch)

FLAG_LOCKED = 1
FLAG_EXPIRED = 2
FLAG_FIRST_TIME = 4
FLAG_RESET_DONE = 8


class PinDataError(Exception):
    """PIN data or a message body cannot be opened: tampered, copied from another object, or wrong key.
    The message never contains key or PIN material."""


def new_master_key() -> bytes:
    """A fresh random organization master key."""
    return os.urandom(KEY_LEN)


def _derive(master: bytes, label: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=KEY_LEN, salt=_HKDF_SALT, info=label).derive(master)


@dataclass(slots=True)
class PinData:
    """The decrypted content of a PIN-data blob. Never holds the PIN itself.
    `history` holds verifiers of the most recent PINs, newest first, the current one included."""

    verifier: bytes = b""
    history: list[bytes] = field(default_factory=list)
    pin_length: int = 0
    last_set_us: int = 0
    failures: int = 0
    locked_out: bool = False
    expired: bool = False
    first_time: bool = True
    reset_done: bool = False  # the automatic PIN reset of the current failure run already happened

    def pack(self) -> bytes:
        flags = (
            (FLAG_LOCKED if self.locked_out else 0)
            | (FLAG_EXPIRED if self.expired else 0)
            | (FLAG_FIRST_TIME if self.first_time else 0)
            | (FLAG_RESET_DONE if self.reset_done else 0)
        )
        history = self.history[:MAX_HISTORY]
        head = _HEADER.pack(flags, self.pin_length, min(self.failures, 0xFFFF), self.last_set_us)
        return b"".join([bytes([_BLOB_VERSION]), head, self.verifier, bytes([len(history)]), *history])

    @classmethod
    def unpack(cls, raw: bytes) -> PinData:
        if not raw or raw[0] != _BLOB_VERSION:
            raise PinDataError("The PIN data has an unknown format.")
        try:
            flags, length, failures, last_set = _HEADER.unpack_from(raw, 1)
            pos = 1 + _HEADER.size
            verifier = raw[pos : pos + VERIFIER_LEN]
            count = raw[pos + VERIFIER_LEN]
            start = pos + VERIFIER_LEN + 1
            history = [raw[start + i * VERIFIER_LEN : start + (i + 1) * VERIFIER_LEN] for i in range(count)]
        except (struct.error, IndexError) as exc:
            raise PinDataError("The PIN data is truncated.") from exc
        if len(verifier) != VERIFIER_LEN or any(len(h) != VERIFIER_LEN for h in history):
            raise PinDataError("The PIN data is truncated.")
        return cls(
            verifier=verifier,
            history=history,
            pin_length=length,
            last_set_us=last_set,
            failures=failures,
            locked_out=bool(flags & FLAG_LOCKED),
            expired=bool(flags & FLAG_EXPIRED),
            first_time=bool(flags & FLAG_FIRST_TIME),
            reset_done=bool(flags & FLAG_RESET_DONE),
        )


class OrgKeys:
    """The session's sub-keys, derived once from the master key. All sealing goes through here."""

    __slots__ = ("_pin", "_msg", "_mac", "_check", "_pepper")

    def __init__(self, master: bytes) -> None:
        if len(master) != KEY_LEN:
            raise ValueError("The organization key must be 32 bytes.")
        self._pin = AESGCM(_derive(master, b"pin-blob"))
        self._msg = AESGCM(_derive(master, b"message-body"))
        self._mac = _derive(master, b"pin-verifier")
        self._check = _derive(master, b"key-check")
        self._pepper = _derive(master, b"password-pepper")

    def pepper(self, password: str) -> bytes:
        """HMAC-SHA256 of a sign-in password under a key derived from the master key: what gets hashed
        with scrypt, so a copy of the database alone gives a guesser nothing to test guesses against."""
        return hmac.new(self._pepper, password.encode("utf-8", "surrogatepass"), sha256).digest()

    def key_check_value(self) -> str:
        """A value stored in the DB at creation; a different key gives a different value."""
        return hmac.new(self._check, b"pwshlite key check v1", sha256).hexdigest()[:32]

    # --- PIN verifiers ---------------------------------------------------------------------------

    def pin_verifier(self, pin: str, salt: bytes | None = None) -> bytes:
        """salt16 || HMAC-SHA256(verifier key, salt16 || pin)."""
        salt = salt if salt is not None else os.urandom(SALT_LEN)
        return salt + hmac.new(self._mac, salt + pin.encode("utf-8", "surrogatepass"), sha256).digest()

    def verify_pin(self, pin: str, verifier: bytes) -> bool:
        """Constant-time check of a PIN against one verifier."""
        if len(verifier) != VERIFIER_LEN:
            return False
        return hmac.compare_digest(self.pin_verifier(pin, verifier[:SALT_LEN]), verifier)

    def in_history(self, pin: str, history: list[bytes], count: int) -> bool:
        """True when the PIN matches one of the `count` most recent verifiers."""
        return any(self.verify_pin(pin, v) for v in history[: max(count, 0)])

    # --- sealing ---------------------------------------------------------------------------------

    def seal_pin_data(self, data: PinData, mailbox_guid: str) -> bytes:
        """nonce || AES-GCM(data) bound to the mailbox GUID."""
        nonce = os.urandom(12)
        return nonce + self._pin.encrypt(nonce, data.pack(), _aad(b"pin", mailbox_guid))

    def open_pin_data(self, blob: bytes, mailbox_guid: str) -> PinData:
        """Decrypt and parse a PIN-data blob; PinDataError when it was tampered with or moved."""
        if len(blob) < 12 + 16:
            raise PinDataError("The PIN data is truncated.")
        try:
            raw = self._pin.decrypt(blob[:12], blob[12:], _aad(b"pin", mailbox_guid))
        except InvalidTag as exc:
            raise PinDataError(
                "The PIN data failed its integrity check (tampered, moved or wrong key)."
            ) from exc
        return PinData.unpack(raw)

    def seal_message(self, body: bytes, message_id: str) -> bytes:
        nonce = os.urandom(12)
        return nonce + self._msg.encrypt(nonce, body, _aad(b"msg", message_id))

    def open_message(self, blob: bytes, message_id: str) -> bytes:
        if len(blob) < 12 + 16:
            raise PinDataError("The message body is truncated.")
        try:
            return self._msg.decrypt(blob[:12], blob[12:], _aad(b"msg", message_id))
        except InvalidTag as exc:
            raise PinDataError(
                "The message body failed its integrity check (tampered or wrong key)."
            ) from exc


def _aad(kind: bytes, ident: str) -> bytes:
    return b"pwshlite-" + kind + b"-v1|" + ident.lower().encode("ascii")
