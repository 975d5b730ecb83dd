"""The run of one Exchange task: store transaction, error conversion, admin audit entry.

Layer: cmdlet code. Every state-changing Exchange cmdlet wraps the work for one pipeline input object
in `with task(self, ctx, TASK) as t:`; the block runs inside one store transaction (a failure leaves
nothing half-made), an ExchangeError becomes a non-terminating error in the EMS remote layout, and
an admin audit entry (parameters redacted) records success or failure. Read-only cmdlets use
`reading(self, ctx, TASK)`, which converts errors without auditing.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from pwshlite.cmdlet import Context

from ._common import audit_parameters, record_from
from .errors import ExchangeError
from .store import StoreConfig, UMStore, open_store


@dataclass(slots=True)
class TaskRun:
    """State of one task run: the store, what was modified (for the audit log), whether it ran."""

    store: UMStore
    modified: str = ""
    ran: bool = False  # set when ShouldProcess allowed the change (audit only real runs)
    failed: bool = False
    error: str | None = None
    changed_properties: list[str] = field(default_factory=list)


def store_of(ctx: Context) -> UMStore:
    """The session's organization store: `ctx.resource(UMStore)`; when the session's config is not a
    StoreConfig (the runtime's SessionConfig has store_path/user), the OrgStore adapter opens it."""
    return session_store(ctx)


_KIND_FOR: dict[type, type] = {}


def session_store(holder: Any) -> UMStore:
    """`holder.resource(UMStore)` (a Context or the runtime Session), else `holder.resource(OrgStore)`
    when the holder's config isn't a StoreConfig; which one works is remembered per holder type."""
    kind = _KIND_FOR.get(type(holder))
    if kind is not None:
        store: UMStore = holder.resource(kind)
        return store
    try:
        store = holder.resource(UMStore)
        kind = UMStore
    except AttributeError:
        store = holder.resource(OrgStore)
        kind = OrgStore
    _KIND_FOR[type(holder)] = kind
    return store


class OrgStore:
    """Session service adapter: `OrgStore(session_config)` opens the organization store from any config
    with `store_path`/`path` and `user` (PWSHLITE_STORE / --store / XDG; PWSHLITE_USER / --as)."""

    def __new__(cls, config: Any) -> UMStore:  # type: ignore[misc]
        if isinstance(config, StoreConfig):
            return UMStore(config)
        path = getattr(config, "store_path", None) or getattr(config, "path", None)
        return open_store(path=path, user=getattr(config, "user", None))


@contextlib.contextmanager
def task(cmd: Any, ctx: Context, task_class: str, audit: bool = True) -> Iterator[TaskRun]:
    """One transaction for one input object; ExchangeError -> non-terminating remote error."""
    store = store_of(ctx)
    run = TaskRun(store)
    try:
        with store.transaction():
            yield run
            if audit and run.ran:
                _audit(cmd, ctx, run, True)
    except ExchangeError as err:
        run.failed = True
        run.error = err.message
        if audit:
            with contextlib.suppress(ExchangeError):
                _audit(cmd, ctx, run, False)
        ctx.write_error(record_from(ctx, err, task_class))


@contextlib.contextmanager
def reading(ctx: Context, task_class: str) -> Iterator[UMStore]:
    """A read-only task: ExchangeError -> non-terminating remote error (no transaction, no audit)."""
    try:
        yield store_of(ctx)
    except ExchangeError as err:
        ctx.write_error(record_from(ctx, err, task_class))


def _audit(cmd: Any, ctx: Context, run: TaskRun, succeeded: bool) -> None:
    params = audit_parameters(cmd, ctx)
    target = run.modified or str(params.get("Identity") or params.get("Name") or "")
    run.store.audit(
        cmd.info.name,
        params,
        target,
        succeeded,
        None if succeeded else run.error,
        modified_properties=run.changed_properties or [p for p in params if p != "Identity"],
    )
