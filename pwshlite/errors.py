"""Source spans, error records and the message catalogue shared by every stage.

Bottom layer: imports nothing from pwshlite. Parse-time and run-time errors both carry a Span so
they can be shown with PowerShell's `At line:L char:C` / `+ ~~~` position lines.
"""

from __future__ import annotations

import bisect
import enum
from dataclasses import dataclass, field
from typing import Any


class Source:
    """One piece of script text: its name (file path or None for the command line) and line index."""

    __slots__ = ("text", "path", "_line_starts")

    def __init__(self, text: str, path: str | None = None) -> None:
        self.text = text
        self.path = path
        self._line_starts: list[int] | None = None

    def _starts(self) -> list[int]:
        if self._line_starts is None:
            starts = [0]
            find = self.text.find
            pos = find("\n")
            while pos >= 0:
                starts.append(pos + 1)
                pos = find("\n", pos + 1)
            self._line_starts = starts
        return self._line_starts

    def line_col(self, offset: int) -> tuple[int, int]:
        """1-based (line, column) of a character offset."""
        starts = self._starts()
        index = bisect.bisect_right(starts, offset) - 1
        return index + 1, offset - starts[index] + 1

    def line_text(self, line: int) -> str:
        """Text of a 1-based line without its terminator (CR dropped)."""
        starts = self._starts()
        if line < 1 or line > len(starts):
            return ""
        begin = starts[line - 1]
        end = starts[line] - 1 if line < len(starts) else len(self.text)
        return self.text[begin:end].rstrip("\r")

    def __repr__(self) -> str:
        return f"Source({self.path!r}, {len(self.text)} chars)"


@dataclass(frozen=True, slots=True)
class Span:
    """A half-open character range [start, end) in a Source."""

    source: Source
    start: int
    end: int

    @property
    def file(self) -> str | None:
        return self.source.path

    @property
    def line(self) -> int:
        return self.source.line_col(self.start)[0]

    @property
    def column(self) -> int:
        return self.source.line_col(self.start)[1]

    @property
    def end_line(self) -> int:
        return self.source.line_col(self.end)[0]

    @property
    def end_column(self) -> int:
        return self.source.line_col(self.end)[1]

    @property
    def text(self) -> str:
        return self.source.text[self.start : self.end]

    def cover(self, other: Span) -> Span:
        """The span from the start of self to the end of other."""
        return Span(self.source, min(self.start, other.start), max(self.end, other.end))

    def __repr__(self) -> str:
        return f"Span({self.start}:{self.end})"


_EMPTY = Source("")
MISSING = Span(_EMPTY, 0, 0)
"""The explicit 'no position' span (errors with no source location)."""


class ErrorCategory(enum.Enum):
    """System.Management.Automation.ErrorCategory, same names and order."""

    NotSpecified = 0
    OpenError = 1
    CloseError = 2
    DeviceError = 3
    DeadlockDetected = 4
    InvalidArgument = 5
    InvalidData = 6
    InvalidOperation = 7
    InvalidResult = 8
    InvalidType = 9
    MetadataError = 10
    NotImplemented = 11
    NotInstalled = 12
    ObjectNotFound = 13
    OperationStopped = 14
    OperationTimeout = 15
    SyntaxError = 16
    ParserError = 17
    PermissionDenied = 18
    ResourceBusy = 19
    ResourceExists = 20
    ResourceUnavailable = 21
    ReadError = 22
    WriteError = 23
    FromStdErr = 24
    SecurityError = 25
    ProtocolError = 26
    ConnectionError = 27
    AuthenticationError = 28
    LimitsExceeded = 29
    QuotaExceeded = 30
    NotEnabled = 31


@dataclass(slots=True)
class InvocationInfo:
    """Where an error happened: the command (if any), how it was typed, and the extent to underline."""

    command_name: str | None = None  # real name of the command (Get-Item), None for script code
    invocation_name: str | None = None  # as typed (gi), '&' or '.' for invocations
    command_kind: str | None = None  # 'Cmdlet', 'Function', 'ExternalScript', 'ScriptBlock', None
    script_name: str | None = None  # full path of the script file, None for the command line
    extent: Span = MISSING
    script_block_text: str | None = None  # text shown as prefix when the command is a script block


@dataclass(slots=True)
class ErrorRecord:
    """System.Management.Automation.ErrorRecord: the object on the error stream and in $Error."""

    message: str  # Exception.Message
    error_id: str  # FullyQualifiedErrorId without the ',<command type>' suffix
    category: ErrorCategory = ErrorCategory.NotSpecified
    exception_type: str = "System.Management.Automation.RuntimeException"  # full .NET name
    target_object: Any = None
    target_name: str | None = None  # overrides str(target_object) in CategoryInfo
    target_type: str | None = None  # overrides the target's type short name in CategoryInfo
    activity: str | None = None  # CategoryInfo [Activity]: the command's real name
    fq_suffix: str | None = None  # ',Microsoft.PowerShell.Commands.GetItemCommand' part without comma
    invocation: InvocationInfo | None = None
    details_message: str | None = None  # ErrorDetails.Message
    inner: BaseException | None = None
    remote: bool = False  # came from the Exchange remote session (EMS layout, 10.7)
    category_text: str | None = None  # serialized category text of a remote record
    parse_errors: tuple[ParseError, ...] = ()
    extra: dict[str, Any] = field(default_factory=dict)
    reason: str | None = None  # overrides CategoryInfo Reason (Write-Error -CategoryReason)
    recommended_action: str | None = None  # ErrorDetails.RecommendedAction (Write-Error -RecommendedAction)

    @property
    def fully_qualified_error_id(self) -> str:
        return f"{self.error_id},{self.fq_suffix}" if self.fq_suffix else self.error_id

    @property
    def type_name(self) -> str:
        """The .NET type name the value layer reports for `-is` / GetType() (additive)."""
        return "System.Management.Automation.ErrorRecord"

    @property
    def exception_short_name(self) -> str:
        return self.exception_type.rsplit(".", 1)[-1]

    def __str__(self) -> str:
        return self.details_message or self.message


@dataclass(frozen=True, slots=True)
class ParseError:
    """One parse error: PowerShell's error id, its message, the span to underline, and whether the
    input merely ended too early (the interactive shell then asks for a continuation line)."""

    error_id: str
    message: str
    span: Span
    incomplete: bool = False


class PwshError(Exception):
    """Base of exceptions that carry an ErrorRecord through Python code."""

    def __init__(self, record: ErrorRecord) -> None:
        super().__init__(record.message)
        self.record = record


class ParseFailure(PwshError):
    """Raised by the parser when a script has parse errors; `errors` lists them in source order."""

    def __init__(self, errors: list[ParseError]) -> None:
        self.errors = errors
        first = errors[0]
        record = ErrorRecord(
            message=first.message,
            error_id=first.error_id,
            category=ErrorCategory.ParserError,
            exception_type="System.Management.Automation.ParseException",
            parse_errors=tuple(errors),
        )
        super().__init__(record)

    @property
    def incomplete(self) -> bool:
        """True when any error is an incomplete-input error (PSReadLine's rule, parsing-notes §4)."""
        return any(e.incomplete for e in self.errors)
