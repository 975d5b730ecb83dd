"""Control-flow signals and terminating-error helpers of the runtime.

Layer: runtime. `break`/`continue`/`return`/`exit` travel as Python exceptions (they cross function
and script-block boundaries as PowerShell's do). Terminating errors are PwshError; `ScriptHalt` marks
the script-terminating kind (`throw`, `-ErrorAction Stop`) that does not stop at a statement boundary.
"""

from __future__ import annotations

from typing import Any

from pwshlite.cmdlet import StopUpstream as _StopUpstream
from pwshlite.errors import ErrorCategory, ErrorRecord, InvocationInfo, PwshError, Span


class FlowSignal(Exception):
    """Base of break/continue/return/exit."""


class BreakSignal(FlowSignal):
    def __init__(self, label: str | None = None) -> None:
        super().__init__(label)
        self.label = label


class ContinueSignal(FlowSignal):
    def __init__(self, label: str | None = None) -> None:
        super().__init__(label)
        self.label = label


class ReturnSignal(FlowSignal):
    """`return`: the value has already been written to the output; this only unwinds."""


class ExitSignal(FlowSignal):
    def __init__(self, code: int) -> None:
        super().__init__(code)
        self.code = code


class ScriptHalt(PwshError):
    """A script-terminating error: `throw`, `-ErrorAction Stop`, `$ErrorActionPreference = 'Stop'`."""


# Select-Object -First's early end of the upstream commands (StopUpstreamCommandsException); the class
# lives in pwshlite.cmdlet so cmdlet files can raise it.
StopUpstream = _StopUpstream


RUNTIME_EXCEPTION = "System.Management.Automation.RuntimeException"


def runtime_error(
    message: str,
    error_id: str,
    span: Span | None = None,
    *,
    category: ErrorCategory = ErrorCategory.NotSpecified,
    exception_type: str = RUNTIME_EXCEPTION,
    target: Any = None,
) -> PwshError:
    """A statement-terminating error raised by script code (no command in its InvocationInfo)."""
    record = ErrorRecord(
        message=message,
        error_id=error_id,
        category=category,
        exception_type=exception_type,
        target_object=target,
    )
    if span is not None:
        record.invocation = InvocationInfo(extent=span, script_name=span.file)
    return PwshError(record)


def attach_position(error: PwshError, span: Span) -> PwshError:
    """Give a record raised without a position (values layer) the span of the failing expression."""
    record = error.record
    if record.invocation is None:
        record.invocation = InvocationInfo(extent=span, script_name=span.file)
    return error


CALL_DEPTH_MESSAGE = "The script failed due to call depth overflow."


def call_depth_error(span: Span | None) -> ScriptHalt:
    record = ErrorRecord(
        message=CALL_DEPTH_MESSAGE,
        error_id="CallDepthOverflow",
        category=ErrorCategory.InvalidOperation,
        exception_type="System.Management.Automation.ScriptCallDepthException",
        target_object=0,
        target_name="0",
        target_type="Int32",
        reason="ParentContainsErrorRecordException",
    )
    if span is not None:
        record.invocation = InvocationInfo(extent=span, script_name=span.file)
    return ScriptHalt(record)


def internal_error(exc: Exception, span: Span | None) -> PwshError:
    """A Python exception from engine or value code, reported as PowerShell reports a .NET exception."""
    message = str(exc) or type(exc).__name__
    return runtime_error(message, type(exc).__name__, span, exception_type="System.Exception")
