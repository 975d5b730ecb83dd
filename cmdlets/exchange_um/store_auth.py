"""Sign-in passwords of organization users: scrypt hashes set by New-Mailbox/Set-Mailbox -Password.

Layer: data layer (SQLite + hashlib), mixed into UMStore. Never imports pwshlite.runtime or
pwshlite.syntax. A password is never stored or logged in clear: the `credential` table (schema v2)
holds `scrypt$N$r$p$salt$hash` (base64), verified in constant time. The web admin center
(pwshlite.eac) signs users in with `verify_password`.
"""

from __future__ import annotations

import base64
import functools
import hashlib
import hmac
import os
import secrets
import sys
from typing import TYPE_CHECKING

from .store_base import StoreBase

if TYPE_CHECKING:
    from .records import MailboxRecord

# scrypt cost: N=2**14, r=8, p=1 (about 16 MiB and tens of milliseconds per check: slow for a guesser,
# quick enough for one sign-in). Passwords set by New-Mailbox/Set-Mailbox are hashed at the bulk cost
# (N=2**10, r=1: a fraction of a millisecond, so provisioning 10,000 users stays fast) over a keyed
# HMAC of the password ("pepper", key derived from the master key that lives outside the database),
# and re-hashed at the full cost at the user's first successful sign-in (docs/eac.md, Passwords).
_N, _R, _P = 1 << 14, 8, 1
_BULK_N, _BULK_R = 1 << 10, 1
PEPPERED = "scrypt-hmac"
_SALT_LEN = 16
_DK_LEN = 32
_MAXMEM = 64 * 1024 * 1024
ADMIN_PASSWORD_ENV = "PWSHLITE_ADMIN_PASSWORD"
ANNOUNCE = {"always": False}  # set by `pwshlite eac` before it creates a store


def hash_password(
    plain: str | bytes, *, salt: bytes | None = None, n: int = _N, r: int = _R, scheme: str = "scrypt"
) -> str:
    """The stored form of a password: `<scheme>$N$r$p$<salt b64>$<hash b64>`; `scheme` is `scrypt`
    (the password itself) or `scrypt-hmac` (its keyed HMAC, given as bytes)."""
    data = plain if isinstance(plain, bytes) else plain.encode("utf-8")
    salt = salt if salt is not None else secrets.token_bytes(_SALT_LEN)
    digest = hashlib.scrypt(data, salt=salt, n=n, r=r, p=_P, maxmem=_MAXMEM, dklen=_DK_LEN)
    b64 = base64.b64encode
    return f"{scheme}${n}${r}${_P}${b64(salt).decode()}${b64(digest).decode()}"


def check_password(stored: str, plain: str, pepper: bytes | None = None) -> bool:
    """Whether `plain` matches a stored hash (constant-time comparison; a malformed hash never matches).
    `pepper` is the keyed HMAC of `plain`, needed for `scrypt-hmac` hashes."""
    try:
        scheme, n, r, p, salt64, hash64 = stored.split("$")
        if scheme == "scrypt":
            data = plain.encode("utf-8")
        elif scheme == PEPPERED and pepper is not None:
            data = pepper
        else:
            return False
        salt, expected = base64.b64decode(salt64), base64.b64decode(hash64)
        digest = hashlib.scrypt(
            data, salt=salt, n=int(n), r=int(r), p=int(p), maxmem=_MAXMEM, dklen=len(expected)
        )
    except (ValueError, TypeError):
        return False
    return hmac.compare_digest(digest, expected)


def is_full_cost(stored: str) -> bool:
    """Whether a stored hash already uses the full sign-in cost."""
    parts = stored.split("$")
    return len(parts) == 6 and parts[1] == str(_N) and parts[2] == str(_R)


def generate_password() -> str:
    """A random sign-in password (about 96 bits), readable and easy to paste."""
    return secrets.token_urlsafe(12)


class AuthMixin(StoreBase):
    """Password hashes of recipients (credential table)."""

    def set_password(self, rec: MailboxRecord, plain: str, *, full_cost: bool = False) -> None:
        """Store `rec`'s sign-in password (replacing any earlier one): scrypt at the bulk cost over the
        keyed HMAC of `plain`, or at the full cost when `full_cost` (re-hash after a sign-in)."""
        n, r = (_N, _R) if full_cost else (_BULK_N, _BULK_R)
        stored = hash_password(self._keys.pepper(plain), n=n, r=r, scheme=PEPPERED)
        self._store_hash(rec, stored)

    def _store_hash(self, rec: MailboxRecord, stored: str) -> None:
        with self._write():
            self._conn.execute(
                "INSERT OR REPLACE INTO credential(recipient_id, hash, changed) VALUES(?, ?, ?)",
                (rec.id, stored, self._us()),
            )

    def verify_password(self, rec: MailboxRecord, plain: str) -> bool:
        """Whether `plain` is `rec`'s password (False when the user has none)."""
        row = self._one("SELECT hash FROM credential WHERE recipient_id = ?", (rec.id,))
        if row is None:
            check_password(_dummy_hash(), plain)  # same cost whether or not the user has a password
            return False
        stored = str(row[0])
        if not check_password(stored, plain, self._keys.pepper(plain)):
            if not is_full_cost(stored):
                check_password(_dummy_hash(), plain)  # a wrong guess costs the full price either way
            return False
        if not is_full_cost(stored):
            self.set_password(rec, plain, full_cost=True)  # upgrade the bulk-cost hash at first sign-in
        return True

    def verify_password_unknown(self, plain: str) -> bool:
        """An unknown user name: spend the same time as a real check, then refuse."""
        check_password(_dummy_hash(), plain)
        return False

    def has_password(self, rec: MailboxRecord) -> bool:
        return self._one("SELECT 1 FROM credential WHERE recipient_id = ?", (rec.id,)) is not None

    def _set_admin_password(self, admin: MailboxRecord) -> None:
        """A new store: the Administrator's password comes from PWSHLITE_ADMIN_PASSWORD, else it is
        generated and printed once on stderr (it is never stored in clear). Batch runs whose stderr is
        not a terminal don't print it (no password in CI logs), unless `pwshlite eac` creates the store
        (ANNOUNCE["always"]); Set-Mailbox Administrator -Password sets a known one later."""
        given = os.environ.get(ADMIN_PASSWORD_ENV)
        password = given or generate_password()
        self.set_password(admin, password)
        if not given and (ANNOUNCE["always"] or _stderr_is_terminal()):
            self.after_commit(lambda: _announce(self.path, password))


def _stderr_is_terminal() -> bool:
    try:
        return sys.stderr.isatty()
    except (AttributeError, ValueError):
        return False


def _announce(path: str, password: str) -> None:
    sys.stderr.write(f"pwshlite: new organization store {path}; Administrator password: {password}\n")
    sys.stderr.flush()


@functools.cache
def _dummy_hash() -> str:
    return hash_password("", salt=b"\0" * _SALT_LEN)
