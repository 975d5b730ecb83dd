"""Should -Throw: run the script block and compare the error it threw (Pester 4's PesterThrow.ps1).

Layer: cmdlets/pester internals. -ExpectedMessage and -ErrorId must occur in the message and the
FullyQualifiedErrorId (case-insensitive substring, Pester 4's Get-DoValuesMatch); -ExceptionType
matches the exception type or any of its base types. Failure messages end with the position of the
error (`from <file>:<line> char:<col>` and the marked line).
"""

from __future__ import annotations

from typing import Any

from pwshlite.cmdlet import Context
from pwshlite.errors import ErrorRecord, PwshError
from pwshlite.values.stringform import to_string
from pwshlite.values.types import type_chain

from ._format import format_because, format_nicely
from ._state import internal_error, is_flow_signal, where


def _join_and(items: list[str], threshold: int = 2) -> str:
    if len(items) < threshold:
        return ", ".join(items)
    return ", ".join(items[:-1]) + " and " + items[-1]


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


def _contains(text: str, expected: str) -> bool:
    """Get-DoValuesMatch: a case-insensitive substring test."""
    return expected.casefold() in text.casefold()


def _position(record: ErrorRecord) -> str:
    """Get-ExceptionLineInfo: the PositionMessage with `At` turned into `from`, lines indented."""
    file, line, text = where(record)
    span = record.invocation.extent if record.invocation is not None else None
    if not line or span is None:
        return ""
    column = span.column
    width = max(1, min(span.end - span.start, len(text) - column + 1))
    head = f"from {file}:{line} char:{column}" if file else f"from line:{line} char:{column}"
    return "\n    ".join([head, f"+ {text}", "+ " + " " * (column - 1) + "~" * width])


def _type_text(exception_type: Any) -> str:
    return (
        "[" + str(getattr(exception_type, "full_name", None) or to_string(exception_type)).strip("[]") + "]"
    )


def check_throw(ctx: Context, block: Any, message: Any, error_id: str | None, exception_type: Any, negate: bool,
                because: str | None) -> tuple[str | None, ErrorRecord | None]:  # fmt: skip
    """(failure message or None, the error record that was thrown)."""
    record = _run(ctx, block)
    if negate:
        if record is None:
            return None, None
        shown = f'"{record.message}"'
        return (
            f"Expected no exception to be thrown,{format_because(because)} but an exception {shown} was thrown {_position(record)}.",
            record,
        )
    filters: list[str] = []
    buts: list[str] = []
    if exception_type is not None:
        filters.append(f"with type {_type_text(exception_type)}")
        if record is not None and not _type_matches(record, exception_type):
            buts.append(f"the exception type was [{record.exception_type}]")
    expected = to_string(message) if message is not None else ""
    if expected.strip():
        filters.append(f"with message {format_nicely(expected)}")
        if record is not None and not _contains(str(record), expected):
            buts.append(f"the message was {format_nicely(str(record))}")
    if error_id and error_id.strip():
        filters.append(f"with FullyQualifiedErrorId {format_nicely(error_id)}")
        if record is not None and not _contains(record.fully_qualified_error_id, error_id):
            buts.append(f"the FullyQualifiedErrorId was {format_nicely(record.fully_qualified_error_id)}")
    if record is None:
        buts.append("no exception was thrown")
    if not buts:
        return None, record
    filter_text = _join_and(filters, threshold=3)
    filter_text = " " + filter_text if filter_text else ""
    line_info = _position(record) if record is not None else ""
    text = f"Expected an exception,{filter_text} to be thrown,{format_because(because)} but {_join_and(buts)}. {line_info}"
    return text.strip(), record
