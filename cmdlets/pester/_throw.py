"""Should -Throw: run the script block and compare the error it threw (Pester 4's PesterThrow.ps1).

Layer: cmdlets/pester internals. -ExpectedMessage is a -like wildcard pattern, -ErrorId must occur in
the FullyQualifiedErrorId, -ExceptionType matches the exception type or any of its base types.
"""

from __future__ import annotations

import fnmatch
from typing import Any

from pwshlite.cmdlet import Context
from pwshlite.errors import ErrorRecord, PwshError
from pwshlite.values.stringform import to_string
from pwshlite.values.types import type_chain

from ._format import format_because, format_nicely
from ._state import internal_error, is_flow_signal, where


def _join_and(items: list[str]) -> str:
    if len(items) < 2:
        return ", ".join(items)
    return ", ".join(items[:-1]) + " and " + items[-1]


def _like(text: str, pattern: str) -> bool:
    return fnmatch.fnmatchcase(text.casefold(), pattern.casefold().replace("[", "[[]"))


def _run(ctx: Context, block: Any) -> ErrorRecord | None:
    if block is None:
        return None
    try:
        ctx.invoke_guarded(block, new_scope=True)
    except PwshError as err:
        return err.record
    except Exception as exc:  # noqa: BLE001
        if is_flow_signal(exc):
            raise
        return internal_error(exc).record
    return None


def _type_matches(record: ErrorRecord, expected: Any) -> bool:
    wanted = str(getattr(expected, "full_name", None) or to_string(expected)).strip("[]").casefold()
    names = [record.exception_type]
    inner = record.extra.get("inner_exception") if record.extra else None
    if isinstance(inner, str):
        names.append(inner)
    chain = [c.casefold() for name in names for c in (type_chain(name) or [name])]
    return any(c == wanted or c.endswith("." + wanted) for c in chain)


def check_throw(ctx: Context, block: Any, message: Any, error_id: str | None, exception_type: Any, negate: bool,
                because: str | None) -> tuple[str | None, ErrorRecord | None]:  # fmt: skip
    """(failure message or None, the error record that was thrown)."""
    record = _run(ctx, block)
    if negate:
        if record is None:
            return None, None
        file, line, text = where(record)
        column = record.invocation.extent.column if record.invocation is not None else 0
        return (
            f"Expected no exception to be thrown,{format_because(because)} but an exception "
            f'"{record.message}" was thrown from {file}:{line} char:{column}.\n    + {text.strip()}',
            record,
        )
    filters: list[str] = []
    buts: list[str] = []
    if exception_type is not None:
        filters.append(
            f"of type [{str(getattr(exception_type, 'full_name', None) or to_string(exception_type)).strip('[]')}]"
        )
        if record is not None and not _type_matches(record, exception_type):
            buts.append(f"the exception type was [{record.exception_type}]")
    if message is not None:
        expected = to_string(message)
        filters.append(f"with message {format_nicely(expected)}")
        if record is not None and not _like(str(record), expected):
            buts.append(f"the message was {format_nicely(str(record))}")
    if error_id:
        filters.append(f"with FullyQualifiedErrorId {format_nicely(error_id)}")
        if record is not None and not _like(record.fully_qualified_error_id, f"*{error_id}*"):
            buts.append(f"the FullyQualifiedErrorId was {format_nicely(record.fully_qualified_error_id)}")
    if record is None:
        buts.append("no exception was thrown")
    if not buts:
        return None, record
    filter_text = _join_and(filters)
    filter_text = " " + filter_text if filter_text else ""
    return (
        f"Expected an exception,{filter_text} to be thrown,{format_because(because)} but {_join_and(buts)}.".strip(),
        record,
    )
