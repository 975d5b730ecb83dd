"""Shared base of the store mixins: the connection, transactions, JSON and time helpers.

Layer: data layer (SQLite only). UMStore (store.py) = RecipientsMixin + UMMixin + RbacMixin + StoreBase.
"""

from __future__ import annotations

import contextlib
import functools
import json
import sqlite3
import time
import uuid
from collections.abc import Callable, Iterator
from datetime import datetime
from typing import Any, Concatenate, ParamSpec, TypeVar

from . import errors
from .clock import as_utc, from_micros, to_micros, utc_now
from .pin_crypto import OrgKeys

_BEGIN_RETRIES = 400
GUID_NAMESPACE = uuid.UUID("6f1c1f4e-2b7a-5d0e-9a51-7c0e4b1d2a90")


P = ParamSpec("P")
R = TypeVar("R")
S = TypeVar("S", bound="StoreBase")


def atomic(method: Callable[Concatenate[S, P], R]) -> Callable[Concatenate[S, P], R]:
    """Run a store method in one transaction (the caller's, or its own): its checks and its writes
    see the same snapshot, so concurrent sessions can't slip a change in between."""

    @functools.wraps(method)
    def wrapper(self: S, /, *args: P.args, **kwargs: P.kwargs) -> R:
        with self.transaction():
            return method(self, *args, **kwargs)

    return wrapper


def dumps(value: Any) -> str:
    return json.dumps(value, separators=(",", ":"), default=_json_default)


def loads(text: str | None) -> Any:
    return json.loads(text) if text else {}


def _json_default(value: Any) -> Any:
    if isinstance(value, datetime):
        return as_utc(value).isoformat()
    if isinstance(value, (set, frozenset, tuple)):
        return list(value)
    return str(value)


class StoreBase:
    """Connection, transaction and clock plumbing shared by the mixins."""

    _conn: sqlite3.Connection
    _keys: OrgKeys
    _depth: int
    _after_commit: list[Callable[[], None]]
    path: str
    dc: str
    server: str
    domain: str
    org_name: str
    demo_guids: bool = False

    # --- transactions ----------------------------------------------------------------------------

    @contextlib.contextmanager
    def transaction(self) -> Iterator[None]:
        """One write transaction (BEGIN IMMEDIATE). Nested uses join the outer one. On an exception
        everything done inside is rolled back and the exception propagates."""
        if self._depth:
            self._depth += 1
            try:
                yield
            finally:
                self._depth -= 1
            return
        self._begin()
        self._depth = 1
        try:
            yield
        except BaseException:
            self._depth = 0
            self._after_commit.clear()
            if self._conn.in_transaction:
                self._conn.execute("ROLLBACK")
            raise
        self._depth = 0
        try:
            self._commit()
        finally:
            hooks, self._after_commit = self._after_commit, []
        for hook in hooks:
            hook()

    def after_commit(self, hook: Callable[[], None]) -> None:
        """Run `hook` once the current transaction commits (dropped on rollback); runs at once
        outside a transaction."""
        if self._depth:
            self._after_commit.append(hook)
        else:
            hook()

    def _begin(self) -> None:
        for attempt in range(_BEGIN_RETRIES):
            try:
                self._conn.execute("BEGIN IMMEDIATE")
                return
            except sqlite3.OperationalError as exc:
                if "locked" not in str(exc) and "busy" not in str(exc):
                    raise
                time.sleep(min(0.005 * (attempt + 1), 0.1))
        raise errors.StoreError(f"The organization store '{self.path}' stayed busy; try again.")

    def _commit(self) -> None:
        for attempt in range(_BEGIN_RETRIES):
            try:
                self._conn.execute("COMMIT")
                return
            except sqlite3.OperationalError as exc:
                if "locked" not in str(exc) and "busy" not in str(exc):
                    self._after_commit.clear()
                    self._conn.execute("ROLLBACK")
                    raise
                time.sleep(min(0.005 * (attempt + 1), 0.1))
        self._after_commit.clear()
        self._conn.execute("ROLLBACK")
        raise errors.StoreError(f"The organization store '{self.path}' stayed busy; nothing was changed.")

    @property
    def in_transaction(self) -> bool:
        return self._depth > 0

    # --- meta ------------------------------------------------------------------------------------

    def _meta(self, key: str) -> str | None:
        row = self._conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return None if row is None else str(row[0])

    def _set_meta(self, key: str, value: str) -> None:
        self._conn.execute("INSERT OR REPLACE INTO meta(key, value) VALUES(?, ?)", (key, value))

    def now(self, now: datetime | None = None) -> datetime:
        """`now` as aware UTC, or the clock's current time (PWSHLITE_NOW honoured)."""
        return as_utc(now) if now is not None else utc_now()

    def _us(self, now: datetime | None = None) -> int:
        return to_micros(self.now(now))

    @staticmethod
    def _dt(value: int) -> datetime:
        return from_micros(value)

    def _new_guid(self, kind: str, name: str) -> str:
        """uuid5 of (kind, name) while seeding the demo org (stable docs/tests), else uuid4."""
        if self.demo_guids:
            return str(uuid.uuid5(GUID_NAMESPACE, f"{kind}:{name.lower()}"))
        return str(uuid.uuid4())

    @contextlib.contextmanager
    def _write(self) -> Iterator[None]:
        """The caller's transaction, or a new one for a single call."""
        with self.transaction():
            yield

    def _one(self, sql: str, params: tuple[Any, ...] = ()) -> Any:
        return self._conn.execute(sql, params).fetchone()

    def _all(self, sql: str, params: tuple[Any, ...] = ()) -> list[Any]:
        return self._conn.execute(sql, params).fetchall()
