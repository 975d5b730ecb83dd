"""SQLite schema of the Exchange organization store and its forward migrations.

Layer: data layer, used only by store.py. PRAGMA user_version holds the schema version; MIGRATIONS[i]
brings a store from version i to i + 1 and runs inside the opening transaction. Times are INTEGER
microseconds since the Unix epoch (UTC); `props` columns are JSON objects of Exchange properties.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

_V1 = """
CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE accepted_domain(
  id INTEGER PRIMARY KEY, guid TEXT NOT NULL UNIQUE, name TEXT COLLATE NOCASE NOT NULL UNIQUE,
  domain TEXT COLLATE NOCASE NOT NULL, domain_type TEXT NOT NULL, is_default INTEGER NOT NULL,
  created INTEGER NOT NULL, changed INTEGER NOT NULL);
CREATE TABLE recipient(
  id INTEGER PRIMARY KEY, guid TEXT NOT NULL UNIQUE, name TEXT COLLATE NOCASE NOT NULL,
  alias TEXT COLLATE NOCASE, display_name TEXT COLLATE NOCASE NOT NULL, first_name TEXT, last_name TEXT,
  sam TEXT COLLATE NOCASE NOT NULL UNIQUE, upn TEXT COLLATE NOCASE, smtp TEXT COLLATE NOCASE,
  proxies TEXT NOT NULL DEFAULT '[]', dn TEXT COLLATE NOCASE NOT NULL UNIQUE,
  canonical TEXT COLLATE NOCASE NOT NULL, legacy_dn TEXT COLLATE NOCASE, ou TEXT NOT NULL,
  rtype TEXT NOT NULL, rtd TEXT NOT NULL, db TEXT, server TEXT, exchange_guid TEXT,
  um_enabled INTEGER NOT NULL DEFAULT 0, created INTEGER NOT NULL, changed INTEGER NOT NULL,
  props TEXT NOT NULL DEFAULT '{}');
CREATE INDEX recipient_name ON recipient(name);
CREATE INDEX recipient_alias ON recipient(alias);
CREATE INDEX recipient_display ON recipient(display_name);
CREATE INDEX recipient_upn ON recipient(upn);
CREATE INDEX recipient_canonical ON recipient(canonical);
CREATE INDEX recipient_legacy ON recipient(legacy_dn);
CREATE TABLE proxy(
  address TEXT COLLATE NOCASE PRIMARY KEY,
  recipient_id INTEGER NOT NULL REFERENCES recipient(id) ON DELETE CASCADE) WITHOUT ROWID;
CREATE INDEX proxy_recipient ON proxy(recipient_id);
CREATE TABLE dial_plan(
  id INTEGER PRIMARY KEY, guid TEXT NOT NULL UNIQUE, name TEXT COLLATE NOCASE NOT NULL UNIQUE,
  digits INTEGER NOT NULL, uri_type TEXT NOT NULL, country_code TEXT NOT NULL,
  created INTEGER NOT NULL, changed INTEGER NOT NULL, props TEXT NOT NULL DEFAULT '{}');
CREATE TABLE um_policy(
  id INTEGER PRIMARY KEY, guid TEXT NOT NULL UNIQUE, name TEXT COLLATE NOCASE NOT NULL UNIQUE,
  dial_plan_id INTEGER NOT NULL REFERENCES dial_plan(id), is_default INTEGER NOT NULL DEFAULT 0,
  min_pin_length INTEGER NOT NULL, pin_lifetime INTEGER, pin_history INTEGER NOT NULL,
  max_logon INTEGER, reset_failures INTEGER, allow_common INTEGER NOT NULL,
  reset_text TEXT, enabled_text TEXT,
  created INTEGER NOT NULL, changed INTEGER NOT NULL, props TEXT NOT NULL DEFAULT '{}');
CREATE INDEX um_policy_dial_plan ON um_policy(dial_plan_id);
CREATE TABLE um_mailbox(
  recipient_id INTEGER PRIMARY KEY REFERENCES recipient(id) ON DELETE CASCADE,
  enabled INTEGER NOT NULL, dial_plan_id INTEGER NOT NULL REFERENCES dial_plan(id),
  policy_id INTEGER NOT NULL REFERENCES um_policy(id), sip TEXT COLLATE NOCASE, pin_blob BLOB,
  enabled_at INTEGER NOT NULL, props TEXT NOT NULL DEFAULT '{}');
CREATE INDEX um_mailbox_policy ON um_mailbox(policy_id, enabled);
CREATE INDEX um_mailbox_dial_plan ON um_mailbox(dial_plan_id, enabled);
CREATE UNIQUE INDEX um_mailbox_sip ON um_mailbox(sip) WHERE sip IS NOT NULL AND enabled = 1;
CREATE TABLE um_extension(
  dial_plan_id INTEGER NOT NULL REFERENCES dial_plan(id), extension TEXT NOT NULL,
  recipient_id INTEGER NOT NULL REFERENCES recipient(id) ON DELETE CASCADE, position INTEGER NOT NULL,
  PRIMARY KEY(dial_plan_id, extension)) WITHOUT ROWID;
CREATE INDEX um_extension_recipient ON um_extension(recipient_id);
CREATE TABLE object(
  id INTEGER PRIMARY KEY, kind TEXT NOT NULL, guid TEXT NOT NULL UNIQUE,
  name TEXT COLLATE NOCASE NOT NULL, parent_id INTEGER NOT NULL DEFAULT 0,
  created INTEGER NOT NULL, changed INTEGER NOT NULL, props TEXT NOT NULL DEFAULT '{}',
  UNIQUE(kind, parent_id, name));
CREATE TABLE role_group(
  id INTEGER PRIMARY KEY, guid TEXT NOT NULL UNIQUE, name TEXT COLLATE NOCASE NOT NULL UNIQUE,
  description TEXT NOT NULL, managed_by TEXT NOT NULL DEFAULT '[]',
  created INTEGER NOT NULL, changed INTEGER NOT NULL);
CREATE TABLE role_group_role(
  group_id INTEGER NOT NULL REFERENCES role_group(id) ON DELETE CASCADE, role TEXT NOT NULL,
  PRIMARY KEY(group_id, role)) WITHOUT ROWID;
CREATE TABLE role_group_member(
  group_id INTEGER NOT NULL REFERENCES role_group(id) ON DELETE CASCADE,
  recipient_id INTEGER NOT NULL REFERENCES recipient(id) ON DELETE CASCADE,
  PRIMARY KEY(group_id, recipient_id)) WITHOUT ROWID;
CREATE INDEX role_group_member_recipient ON role_group_member(recipient_id);
CREATE TABLE role_assignment(
  id INTEGER PRIMARY KEY, guid TEXT NOT NULL UNIQUE, name TEXT COLLATE NOCASE NOT NULL UNIQUE,
  role TEXT NOT NULL, group_id INTEGER REFERENCES role_group(id) ON DELETE CASCADE,
  recipient_id INTEGER REFERENCES recipient(id) ON DELETE CASCADE, delegation TEXT NOT NULL,
  enabled INTEGER NOT NULL DEFAULT 1, created INTEGER NOT NULL, changed INTEGER NOT NULL);
CREATE TABLE audit_log(
  id INTEGER PRIMARY KEY, run_date INTEGER NOT NULL, caller TEXT NOT NULL, cmdlet TEXT NOT NULL,
  object_modified TEXT NOT NULL, parameters TEXT NOT NULL, modified TEXT NOT NULL,
  succeeded INTEGER NOT NULL, error TEXT);
CREATE INDEX audit_log_date ON audit_log(run_date);
CREATE TABLE message(
  id INTEGER PRIMARY KEY, message_id TEXT NOT NULL UNIQUE, kind TEXT NOT NULL, sender TEXT NOT NULL,
  recipients TEXT NOT NULL, subject TEXT NOT NULL, body BLOB NOT NULL, sent INTEGER NOT NULL,
  recipient_id INTEGER REFERENCES recipient(id) ON DELETE SET NULL);
CREATE TABLE tracking_log(
  id INTEGER PRIMARY KEY, ts INTEGER NOT NULL, event_id TEXT NOT NULL, source TEXT NOT NULL,
  sender TEXT NOT NULL, recipients TEXT NOT NULL, subject TEXT NOT NULL, message_id TEXT NOT NULL,
  internal_id INTEGER NOT NULL, total_bytes INTEGER NOT NULL, extra TEXT NOT NULL DEFAULT '{}');
CREATE INDEX tracking_log_ts ON tracking_log(ts);
"""


def _to_v1(conn: sqlite3.Connection) -> None:
    for statement in _V1.split(";"):
        if statement.strip():
            conn.execute(statement)


def _to_v2(conn: sqlite3.Connection) -> None:
    """Sign-in passwords (scrypt hashes, store_auth.py) for the web admin center, and an index for
    GUID identities (`guid = ? OR exchange_guid = ?` scanned every recipient without it)."""
    conn.execute(
        "CREATE TABLE credential(recipient_id INTEGER PRIMARY KEY REFERENCES recipient(id) ON DELETE CASCADE, "
        "hash TEXT NOT NULL, changed INTEGER NOT NULL)"
    )
    conn.execute("CREATE INDEX recipient_exchange_guid ON recipient(exchange_guid)")


MIGRATIONS: list[Callable[[sqlite3.Connection], None]] = [_to_v1, _to_v2]
SCHEMA_VERSION = len(MIGRATIONS)


def schema_version() -> int:
    """The version this code writes (the number of migrations)."""
    return len(MIGRATIONS)


def migrate(conn: sqlite3.Connection) -> int:
    """Bring the schema to SCHEMA_VERSION inside the caller's transaction; returns the old version.
    A store from a newer pwshlite (higher version) is refused by the caller."""
    version = int(conn.execute("PRAGMA user_version").fetchone()[0])
    target = schema_version()
    for step in range(version, target):
        MIGRATIONS[step](conn)
    if version < target:
        conn.execute(f"PRAGMA user_version = {target}")
    return version
