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
from .store import UMStore


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
    """The session's organization store: the session service `ctx.resource(UMStore)`."""
    store: UMStore = ctx.resource(UMStore)
    return store


def session_store(holder: Any) -> UMStore:
    """The organization store of a Context or of the runtime Session (anything with `resource`):
    UMStore is the session service, constructed once per session as `UMStore(session.config)`."""
    store: UMStore = holder.resource(UMStore)
    return store


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
