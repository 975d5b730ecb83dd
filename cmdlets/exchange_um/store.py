"""The Exchange organization store: one SQLite file, opened once per session as a UMStore.

Layer: data layer (SQLite only; crypto in pin_crypto, rules in pin_policy, names in identity).
Never imports pwshlite.runtime or pwshlite.syntax.

Public API (the cmdlet layer codes against this; records are in records.py, errors in errors.py):

    store = open_store(path=None, key_file=None, seed=None, user=None)    # env/XDG resolution
    store = session.resource(UMStore)  # the session service: UMStore(session.config), any config
                                       # with store_path/user (the runtime's SessionConfig) works
    with store.transaction():          # one per cmdlet invocation (per pipeline input object)
        ...                            # BEGIN IMMEDIATE, commit on exit, rollback on exception

  Recipients (store_recipients.py): resolve_recipient(identity, mailbox_only=False) -> MailboxRecord,
    resolve_mailbox(identity), match_recipients(identity, ...) -> list, iter_recipients(...),
    new_mailbox(...), new_user(...), enable_mailbox(rec, ...), disable_mailbox(rec),
    set_recipient(rec, changes), remove_recipient(rec), acting_user, caller_identity.
  UM (store_um.py): resolve_dial_plan / iter_dial_plans / new_dial_plan / set_dial_plan /
    remove_dial_plan; resolve_policy / iter_policies / new_policy / set_policy / remove_policy;
    um_mailbox(rec) / iter_um_mailboxes / enable_um / disable_um / set_um_mailbox;
    pin_state(rec) / iter_pin_states(limit) / set_pin(rec, pin, ...) / tui_logon(dp, ext, pin).
  Passwords (store_auth.py): set_password(rec, plain) / verify_password(rec, plain) -> bool.
  Objects, RBAC, audit, mail (store_rbac.py, mail.py): new_object / resolve_object / iter_objects /
    set_object / remove_object; iter_role_groups / resolve_role_group / add_role_group_member /
    remove_role_group_member / iter_role_assignments / roles_of(rec); audit(...) / iter_audit(...);
    send_mail(...) / iter_messages() / read_message(msg) / iter_tracking(...); org_info().

Every method that changes state must run inside `store.transaction()`; methods called outside one
open their own (so single calls are still atomic). Reads need no transaction.
"""

from __future__ import annotations

import base64
import binascii
import contextlib
import os
import sqlite3
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from . import errors, store_schema
from .clock import to_micros, utc_now
from .mail import MailMixin
from .pin_crypto import KEY_LEN, OrgKeys, new_master_key
from .records import DC_FQDN, DOMAIN, NETBIOS, ORG_NAME, SERVER
from .store_auth import AuthMixin
from .store_base import StoreBase
from .store_rbac import RbacMixin
from .store_recipients import RecipientsMixin
from .store_um import UMMixin

_BUSY_TIMEOUT_S = 30.0


@dataclass(frozen=True, slots=True)
class StoreConfig:
    """Where the store and its key live, how a new store is seeded, who acts."""

    path: str
    key_file: str
    seed: str = "demo"  # "demo" or "none"
    user: str | None = None  # identity of the acting user (default: Administrator)

    @classmethod
    def of(cls, config: Any) -> StoreConfig:
        """A StoreConfig as is; any other config (the runtime's SessionConfig: `store_path`, `user`)
        resolved with resolve_config (PWSHLITE_STORE / --store / XDG, PWSHLITE_USER / --as)."""
        if isinstance(config, StoreConfig):
            return config
        path = getattr(config, "store_path", None) or getattr(config, "path", None)
        return resolve_config(path=path, user=getattr(config, "user", None))


def default_store_path() -> str:
    """$XDG_DATA_HOME/pwshlite/org.db, else ~/.local/share/pwshlite/org.db."""
    base = os.environ.get("XDG_DATA_HOME") or os.path.join(os.path.expanduser("~"), ".local", "share")
    return os.path.join(base, "pwshlite", "org.db")


def resolve_config(
    path: str | None = None, key_file: str | None = None, seed: str | None = None, user: str | None = None
) -> StoreConfig:
    """PWSHLITE_STORE, else `path` (--store), else the XDG data dir; PWSHLITE_KEY_FILE, else
    `key_file`, else `<store>.key`; PWSHLITE_SEED (demo|none); PWSHLITE_USER, else `user`."""
    store_path = os.environ.get("PWSHLITE_STORE") or path or default_store_path()
    key = os.environ.get("PWSHLITE_KEY_FILE") or key_file or store_path + ".key"
    seed_mode = (os.environ.get("PWSHLITE_SEED") or seed or "demo").strip().lower()
    if seed_mode not in ("demo", "none"):
        raise errors.StoreError(f"PWSHLITE_SEED must be 'demo' or 'none', not '{seed_mode}'.")
    return StoreConfig(store_path, key, seed_mode, os.environ.get("PWSHLITE_USER") or user)


def open_store(
    path: str | None = None, key_file: str | None = None, seed: str | None = None, user: str | None = None
) -> UMStore:
    """Open (creating and seeding when absent) the organization store of this session."""
    return UMStore(resolve_config(path, key_file, seed, user))


# --- master key file --------------------------------------------------------------------------------


def _read_key(key_file: str) -> bytes | None:
    try:
        raw = Path(key_file).read_bytes()
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise errors.StoreKeyError(
            f"The organization key file '{key_file}' can't be read: {exc.strerror}."
        ) from None
    text = raw.strip()
    if len(raw) == KEY_LEN and len(text) != 44:
        return raw
    try:
        key = base64.b64decode(text, validate=True)
    except (binascii.Error, ValueError):
        key = b""
    if len(key) != KEY_LEN:
        raise errors.StoreKeyError(f"The organization key file '{key_file}' is not a pwshlite key.")
    return key


def _set_wal(conn: sqlite3.Connection) -> None:
    """Switch to WAL. SQLite can refuse the switch at once with SQLITE_BUSY while another process is
    creating or converting the same new file (the busy handler is not consulted for it), so retry
    until the busy timeout (seen with three processes creating one store at the same moment)."""
    deadline = time.monotonic() + _BUSY_TIMEOUT_S
    delay = 0.005
    while True:
        try:
            conn.execute("PRAGMA journal_mode = WAL")
            return
        except sqlite3.OperationalError as exc:
            if ("locked" not in str(exc) and "busy" not in str(exc)) or time.monotonic() > deadline:
                raise
            time.sleep(delay)
            delay = min(delay * 2, 0.2)


def _create_key(key_file: str) -> bytes:
    """Write a new random key with mode 0600, atomically: it is written to a private temporary file
    and linked into place, so another process never reads a key file that is still empty. If another
    process created the key first, read theirs."""
    key = new_master_key()
    folder = Path(key_file).parent
    folder.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=".pwshlite-key-", dir=folder)  # mode 0600
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(base64.b64encode(key) + b"\n")
            handle.flush()
            os.fsync(handle.fileno())
        os.link(tmp, key_file)
    except FileExistsError:
        existing = _read_key(key_file)
        if existing is None:
            raise errors.StoreKeyError(
                f"The organization key file '{key_file}' vanished while opening."
            ) from None
        return existing
    finally:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
    return key


class UMStore(RecipientsMixin, UMMixin, MailMixin, RbacMixin, AuthMixin, StoreBase):
    """The organization of one session: open_store(), or as the session service
    `session.resource(UMStore)`, which constructs `UMStore(session.config)`."""

    def __init__(self, config: StoreConfig | Any) -> None:
        config = StoreConfig.of(config)
        self.config = config
        self.path = config.path
        self.dc = DC_FQDN
        self.server = SERVER
        self.domain = DOMAIN
        self.netbios = NETBIOS
        self.org_name = ORG_NAME
        self._depth = 0
        self._after_commit = []
        existed = os.path.exists(config.path) and os.path.getsize(config.path) > 0
        self._conn = self._connect(config.path)
        try:
            self._open(existed)
        except BaseException:
            self._conn.close()
            raise
        self._acting = None
        self._acting_identity = config.user or "Administrator"

    # --- opening -------------------------------------------------------------------------------

    @staticmethod
    def _connect(path: str) -> sqlite3.Connection:
        Path(path).parent.mkdir(parents=True, exist_ok=True)
        try:
            conn = sqlite3.connect(
                path, timeout=_BUSY_TIMEOUT_S, isolation_level=None, check_same_thread=False
            )
            conn.execute(f"PRAGMA busy_timeout = {int(_BUSY_TIMEOUT_S * 1000)}")
            _set_wal(conn)
            conn.execute("PRAGMA synchronous = NORMAL")
            # Checkpoints (which fsync) every ~32 MB of WAL instead of 4 MB: a third off bulk provisioning.
            conn.execute("PRAGMA wal_autocheckpoint = 8000")
            conn.execute("PRAGMA journal_size_limit = 67108864")
            conn.execute("PRAGMA foreign_keys = ON")
        except sqlite3.DatabaseError as exc:
            raise errors.StoreError(f"The organization store '{path}' can't be opened: {exc}.") from None
        return conn

    def _open(self, existed: bool) -> None:
        """Check the key against the store. An up-to-date store is checked without taking the write
        lock (concurrent sessions start without waiting); creation and migration run in one
        write transaction."""
        key = _read_key(self.config.key_file)
        if existed and self._check_current(key):
            return
        if not existed and key is None:
            key = _create_key(self.config.key_file)
        with self.transaction():
            version = self._version()
            check = self._meta("key_check") if version else None
            if check is None:
                self._initialise(key)
                return
            self._keys = self._verified_keys(key, check)
            store_schema.migrate(self._conn)

    def _version(self) -> int:
        version = int(self._conn.execute("PRAGMA user_version").fetchone()[0])
        if version > store_schema.schema_version():
            raise errors.StoreError(
                f"The organization store '{self.path}' has schema version {version}; this pwshlite "
                f"supports up to {store_schema.schema_version()}."
            )
        return version

    def _check_current(self, key: bytes | None) -> bool:
        """True when the store is initialised, current and `key` is its key (read-only check)."""
        version = self._version()
        if version != store_schema.schema_version():
            return False
        check = self._meta("key_check")
        if check is None:
            return False
        self._keys = self._verified_keys(key, check)
        return True

    def _verified_keys(self, key: bytes | None, check: str) -> OrgKeys:
        if key is None:
            raise errors.StoreKeyError(
                f"The organization key file '{self.config.key_file}' was not found. The store "
                f"'{self.path}' holds encrypted PIN data and can't be opened without its key; set "
                "PWSHLITE_KEY_FILE to the key file. Nothing was changed."
            )
        keys = OrgKeys(key)
        if keys.key_check_value() != check:
            raise errors.StoreKeyError(
                f"The organization key in '{self.config.key_file}' doesn't belong to the store "
                f"'{self.path}'. Nothing was changed."
            )
        return keys

    def _initialise(self, key: bytes | None) -> None:
        """A new (or never-finished) store: schema, key check value, seed."""
        if key is None:
            key = _create_key(self.config.key_file)
        self._keys = OrgKeys(key)
        store_schema.migrate(self._conn)
        self._set_meta("key_check", self._keys.key_check_value())
        self._set_meta("created", str(to_micros(utc_now())))
        from .seed import seed_organization

        seed_organization(self, demo=self.config.seed == "demo")
        self._set_admin_password(self.resolve_recipient("Administrator"))

    def close(self) -> None:
        """Close the connection (committed work is already durable)."""
        self._conn.close()

    def __enter__(self) -> UMStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def org_info(self) -> dict[str, str]:
        """Organization facts for Get-OrganizationConfig/Get-ExchangeServer: name, domain, DC, server."""
        return {
            "Name": self.org_name,
            "Domain": self.domain,
            "NetBIOS": self.netbios,
            "DomainController": self.dc,
            "Server": self.server,
            "Created": self._meta("created") or "0",
        }
