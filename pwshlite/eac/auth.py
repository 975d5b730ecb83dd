"""Sign-in, session cookies, CSRF tokens and sign-in rate limiting of the web admin center.

Host layer (pwshlite.eac). Passwords are checked against the organization's scrypt hashes
(`UMStore.verify_password`, set by New-Mailbox/Set-Mailbox -Password); nothing here stores a password.
The session cookie is an itsdangerous-signed, timestamped payload {user, csrf}; it is HttpOnly,
SameSite=Strict, Path=/ and expires (server-side check of the signature's age, plus Max-Age).
"""

from __future__ import annotations

import hmac
import secrets
import threading
import time
from collections import deque
from dataclasses import dataclass

from itsdangerous import BadSignature, URLSafeTimedSerializer

COOKIE = "eac_session"
SESSION_SECONDS = 8 * 3600  # a working day; the signature's age is checked on every request
MAX_FAILURES = 5  # failed sign-ins per client address or user name in the window
FAILURE_WINDOW = 300.0


@dataclass(frozen=True, slots=True)
class WebSession:
    """What the signed cookie carries: the signed-in user (None before sign-in) and its CSRF token."""

    user: str | None
    csrf: str


class SessionCodec:
    """Signs and checks session cookies with a per-server secret (restarting the server signs everyone out)."""

    def __init__(self, secret: bytes | None = None, max_age: int = SESSION_SECONDS) -> None:
        self._serializer = URLSafeTimedSerializer(secret or secrets.token_bytes(32), salt="pwshlite-eac")
        self.max_age = max_age

    def encode(self, session: WebSession) -> str:
        return self._serializer.dumps({"u": session.user, "c": session.csrf})

    def decode(self, value: str | None) -> WebSession | None:
        """The session in a cookie, or None when it is missing, forged, malformed or expired."""
        if not value:
            return None
        try:
            data = self._serializer.loads(value, max_age=self.max_age)
        except BadSignature:
            return None
        if not isinstance(data, dict) or not isinstance(data.get("c"), str):
            return None
        user = data.get("u")
        return WebSession(user if isinstance(user, str) else None, data["c"])


def new_session(user: str | None) -> WebSession:
    """A fresh session (new CSRF token), e.g. at sign-in so a pre-sign-in token can't be reused."""
    return WebSession(user, secrets.token_urlsafe(32))


def csrf_ok(session: WebSession | None, token: object) -> bool:
    """Whether a form's CSRF token is the session's (constant-time)."""
    if session is None or not isinstance(token, str) or not token:
        return False
    return hmac.compare_digest(session.csrf.encode(), token.encode())


class RateLimiter:
    """Failed sign-ins per key (client address, user name) in a sliding window."""

    def __init__(self, limit: int = MAX_FAILURES, window: float = FAILURE_WINDOW) -> None:
        self.limit = limit
        self.window = window
        self._failures: dict[str, deque[float]] = {}
        self._lock = threading.Lock()

    def _recent(self, key: str, now: float) -> deque[float]:
        times = self._failures.setdefault(key, deque())
        while times and now - times[0] > self.window:
            times.popleft()
        return times

    def retry_after(self, *keys: str) -> int:
        """Seconds until another attempt is allowed for these keys (0: allowed now)."""
        now = time.monotonic()
        wait = 0.0
        with self._lock:
            for key in keys:
                times = self._recent(key, now)
                if len(times) >= self.limit:
                    wait = max(wait, self.window - (now - times[0]))
        return int(wait) + 1 if wait > 0 else 0

    def failed(self, *keys: str) -> None:
        now = time.monotonic()
        with self._lock:
            for key in keys:
                self._recent(key, now).append(now)

    def succeeded(self, *keys: str) -> None:
        with self._lock:
            for key in keys:
                self._failures.pop(key, None)


def authenticate(store_path: str | None, name: str, password: str) -> str | None:
    """The SamAccountName of the user `name` (alias, UPN, email or name) when `password` is theirs."""
    from pwshlite.cmdlets.exchange_um.errors import ExchangeError
    from pwshlite.cmdlets.exchange_um.store import open_store

    if not name or not password or len(password) > 1024:
        return None
    store = open_store(store_path)
    try:
        try:
            rec = store.resolve_recipient(name)
        except ExchangeError:
            store.verify_password_unknown(password)
            return None
        return rec.sam_account_name if store.verify_password(rec, password) else None
    finally:
        store.close()
