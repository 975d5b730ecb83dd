"""Failed expressions and format strings of Format-*: the #ERR/#FMTERR cells and the -ShowError records.

Format layer. A -Property script block that ends with a terminating error, a property getter that
throws, or a FormatString .NET cannot apply leaves its cell empty (5.1). `-DisplayError` shows `#ERR`
(expression) or `#FMTERR` (format string) instead; `-ShowError` adds, after the entry, an out-of-band
ErrorRecord per failure: ErrorDetails `Failed to evaluate expression "<text>".` (id
mshExpressionError) or `Failed to interpret format string "<fmt>".` (id formattingError), category
InvalidArgument, the input object as target (FormatAndOut_format_xxx resources, FormatErrorManager).
"""

from __future__ import annotations

from typing import Any

from pwshlite.errors import ErrorCategory, ErrorRecord

ERROR_TEXT = "#ERR"
FORMAT_ERROR_TEXT = "#FMTERR"
_FORMAT_EXCEPTION = "System.FormatException"


class ExpressionFailed(Exception):
    """Raised by a -Property getter whose script block ended with a terminating error."""

    def __init__(self, expression: str, exception_type: str, message: str = "") -> None:
        super().__init__(message)
        self.expression = expression
        self.exception_type = exception_type


class FormatStringFailed(Exception):
    """A FormatString that .NET's formatter rejects."""


class FailureLog:
    """Collects the failures of one entry when -ShowError asked for them."""

    def __init__(self, display: bool, show: bool) -> None:
        self.display = display
        self.show = show
        self.records: list[ErrorRecord] = []

    def expression(self, exc: BaseException, obj: Any, text: str) -> str:
        """Log a failed expression; the cell text that stands in for its value."""
        if self.show:
            expression = exc.expression if isinstance(exc, ExpressionFailed) else text
            exception_type = (
                exc.exception_type
                if isinstance(exc, ExpressionFailed)
                else "System.Management.Automation.RuntimeException"
            )
            details = f'Failed to evaluate expression "{expression}".'
            record = _record(details, "mshExpressionError", obj, exception_type)
            record.message = str(exc) or details
            self.records.append(record)
        return ERROR_TEXT if self.display else ""

    def format_string(self, obj: Any, format_string: str) -> str:
        """Log a FormatString that failed; the cell text that stands in for the value."""
        if self.show:
            self.records.append(
                _record(
                    f'Failed to interpret format string "{format_string}".',
                    "formattingError",
                    obj,
                    _FORMAT_EXCEPTION,
                )
            )
        return FORMAT_ERROR_TEXT if self.display else ""

    def drain(self) -> list[ErrorRecord]:
        records, self.records = self.records, []
        return records


def _record(details: str, error_id: str, obj: Any, exception_type: str) -> ErrorRecord:
    return ErrorRecord(
        details,
        error_id,
        ErrorCategory.InvalidArgument,
        exception_type,
        target_object=obj,
        target_type="PSObject",  # the formatter's source object is always a PSObject in 5.1
        details_message=details,
    )
