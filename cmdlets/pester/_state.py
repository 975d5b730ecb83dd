"""Pester run state: the tree of test groups and results, the active run, and how blocks run.

Layer: cmdlets/pester internals. One PesterState per session (`ctx.resource(PesterState)`). A Run is
one Invoke-Pester call (or an implicit run when a file calls Describe directly, as Pester 4 allows).
Groups nest Root > Script > Describe > Context; results hang off the group that ran them.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
import time
from dataclasses import dataclass, field
from typing import Any

from pwshlite.cmdlet import CmdletError, Context
from pwshlite.errors import ErrorCategory, ErrorRecord, PwshError
from pwshlite.objects import PSHashtable

FIXED_TIME_ENV = "PWSHLITE_PESTER_FIXED_TIME"
ALL_SHOW = frozenset(
    "Default Passed Failed Pending Skipped Inconclusive Describe Context Summary Header".split()
)
FAILS_SHOW = ALL_SHOW - {"Passed"}


@dataclass(eq=False)
class TestResult:
    """One It (or a failure outside an It, as Pester 4 records it)."""

    name: str
    group: Group
    result: str = "Passed"  # Passed Failed Skipped Pending Inconclusive
    time: float = 0.0
    failure_message: str = ""
    stack_trace: str = ""
    error: ErrorRecord | None = None
    lines: list[str] = field(default_factory=list)  # console lines under `[-] name`
    parameters: PSHashtable | None = None
    suite_name: str | None = None  # ParameterizedSuiteName (It -TestCases)

    @property
    def path(self) -> list[str]:
        return self.group.path()


@dataclass(eq=False)
class Group:
    """A test group: Root, Script (a test file), Describe or Context."""

    kind: str
    name: str
    parent: Group | None = None
    tags: tuple[str, ...] = ()
    before_each: list[Any] = field(default_factory=list)
    after_each: list[Any] = field(default_factory=list)
    after_all: list[Any] = field(default_factory=list)
    actions: list[Any] = field(default_factory=list)  # Group | TestResult in run order
    time: float = 0.0
    test_drive: str | None = None
    hoisted: set[Any] = field(default_factory=set)  # setup blocks found before the fixture ran

    def path(self) -> list[str]:
        """Describe/Context names from the outermost down (what NUnit joins with dots)."""
        out: list[str] = []
        group: Group | None = self
        while group is not None:
            if group.kind in ("Describe", "Context"):
                out.append(group.name)
            group = group.parent
        return out[::-1]

    def results(self) -> list[TestResult]:
        out: list[TestResult] = []
        for action in self.actions:
            out.extend(action.results() if isinstance(action, Group) else [action])
        return out

    def count(self, result: str) -> int:
        return sum(1 for r in self.results() if r.result == result)


@dataclass(eq=False)
class Run:
    """One Invoke-Pester (or an implicit run started by a top-level Describe)."""

    root: Group = field(default_factory=lambda: Group("Root", "Pester"))
    show: frozenset[str] = ALL_SHOW
    test_name: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()
    exclude_tags: tuple[str, ...] = ()
    implicit: bool = False
    strict: bool = False  # -Strict: Skipped and Pending tests count as Failed
    started: float = field(default_factory=time.perf_counter)


class PesterState:
    """Per-session Pester state (a session resource)."""

    def __init__(self) -> None:
        self.run: Run | None = None
        self.stack: list[Group] = []
        self.current_test: TestResult | None = None
        self.mocks: dict[str, Any] = {}  # casefolded command name -> _mock.MockEntry

    @property
    def group(self) -> Group:
        assert self.stack, "no test group is active"
        return self.stack[-1]


def state_of(ctx: Context) -> PesterState:
    state: PesterState = ctx.resource(PesterState)
    return state


def fixed_time() -> bool:
    return os.environ.get(FIXED_TIME_ENV, "").strip() not in ("", "0")


def elapsed(start: float) -> float:
    return 0.0 if fixed_time() else time.perf_counter() - start


def human_time(seconds: float) -> str:
    """Get-HumanTime: whole milliseconds below a second, else seconds rounded to two places."""
    if seconds > 0.99:
        return f"{round(seconds, 2):g}s"
    return f"{int(seconds * 1000)}ms"


def fail(ctx: Context, message: str, error_id: str = "PesterAssertionFailed") -> CmdletError:
    """A Should/Assert-MockCalled failure: Pester's PesterAssertionFailed record, with the file, line
    and line text of the failing command in TargetObject (as Pester 4 passes them)."""
    record = ctx.error(message, error_id, ErrorCategory.InvalidResult, exception_type="System.Exception")
    record.fq_suffix = ""
    file, line, text = where(record)
    record.target_object = PSHashtable(
        [("Message", message), ("File", file), ("Line", line), ("LineText", text)]
    )
    return CmdletError(record)


def script_error(ctx: Context, message: str) -> CmdletError:
    """`throw "message"` from a Pester command (RuntimeException)."""
    record = ctx.error(message, message, ErrorCategory.OperationStopped,
                       exception_type="System.Management.Automation.RuntimeException")  # fmt: skip
    record.fq_suffix = ""
    return CmdletError(record)


def require_group(ctx: Context, state: PesterState, command: str) -> None:
    """Assert-DescribeInProgress: Pester's commands work only while tests run, inside a group."""
    if state.run is None:
        raise script_error(ctx, f"The {command} command may only be used from a Pester test script.")
    if not state.stack or state.group.kind not in ("Describe", "Context"):
        raise script_error(ctx, f"The {command} command may only be used inside a Describe block.")


def where(record: ErrorRecord) -> tuple[str, int, str]:
    """(file, line, line text) of the statement that raised the error."""
    inv = record.invocation
    if inv is None:
        return "", 0, ""
    span = inv.extent
    try:
        line = int(span.line)
        text = span.source.line_text(line) if span.source.text else ""
    except (AttributeError, TypeError, ValueError):
        return inv.script_name or "", 0, ""
    return span.file or inv.script_name or "", line, text.rstrip("\r\n")


def record_failure(result: TestResult, err: PwshError) -> None:
    """ConvertTo-PesterResult + ConvertTo-FailureLines: the message, the line and the stack line."""
    record = err.record
    result.result = "Failed"
    result.error = record
    file, line, text = where(record)
    shown_file = file or "<No file>"
    message = str(record)
    result.failure_message = message
    result.stack_trace = f"at <ScriptBlock>, {shown_file}: line {line}\n{line}: {text}"
    lines = [part for part in message.replace("\r\n", "\n").split("\n") if part]
    if record.error_id != "PesterAssertionFailed":
        first = lines[0] if lines else ""
        lines = [f"{record.exception_short_name}: {first}", *lines[1:]]
    else:
        lines.append(f"{line}: {text}")
    lines.append(f"at <ScriptBlock>, {shown_file}: line {line}")
    result.lines = lines


def is_flow_signal(exc: BaseException) -> bool:
    """break/continue/return/exit travel as runtime exceptions this module cannot import."""
    return type(exc).__name__.endswith("Signal") or type(exc).__name__ == "StopUpstream"


def ends_block_only(exc: BaseException) -> bool:
    """`break`/`continue` in a fixture or test end that block only: Pester 4 runs them inside
    `do { } until ($true)`."""
    return type(exc).__name__ in ("BreakSignal", "ContinueSignal")


def internal_error(exc: Exception) -> PwshError:
    return PwshError(ErrorRecord(str(exc) or type(exc).__name__, type(exc).__name__))


class TestDrive:
    """`TestDrive:` and `$TestDrive`: a temporary folder created by the outermost group and removed
    when it ends; a nested group removes only what was created while it ran (Pester 4)."""

    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx
        existing = ctx.drive_roots.get("testdrive")
        self.owned = existing is None
        self.path = tempfile.mkdtemp(prefix="pester-testdrive-") if existing is None else existing
        self.before = set() if self.owned else set(os.listdir(self.path))
        ctx.drive_roots["testdrive"] = self.path

    def close(self) -> None:
        if self.owned:
            self.ctx.drive_roots.pop("testdrive", None)
            shutil.rmtree(self.path, ignore_errors=True)
            return
        for name in set(os.listdir(self.path)) - self.before:
            full = os.path.join(self.path, name)
            if os.path.isdir(full):
                shutil.rmtree(full, ignore_errors=True)
            else:
                with contextlib.suppress(OSError):
                    os.remove(full)
