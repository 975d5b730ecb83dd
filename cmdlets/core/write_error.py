"""Write-Error: writes an object to the error stream (a non-terminating error)."""

from __future__ import annotations

from typing import Any

from pwshlite.cmdlet import Cmdlet, Context, Example, Parameter, cmdlet
from pwshlite.errors import ErrorCategory, ErrorRecord, PwshError
from pwshlite.objects import PSObject

from ._common import DotNetEnum, enum_name, to_string

WRITE_ERROR_EXCEPTION = "Microsoft.PowerShell.Commands.WriteErrorException"


class ErrorCategoryParam(DotNetEnum):
    dotnet_name = "System.Management.Automation.ErrorCategory"
    names = tuple(c.name for c in ErrorCategory)


def exception_parts(exception: Any) -> tuple[str, str, BaseException | None]:
    """(message, .NET type name, Python exception) of an -Exception argument."""
    if isinstance(exception, PwshError):
        return exception.record.message, exception.record.exception_type, exception
    if isinstance(exception, BaseException):
        name = getattr(exception, "dotnet_type", None) or "System.Exception"
        return str(exception), str(name), exception
    if isinstance(exception, PSObject):
        message = exception.get("Message")
        return to_string(message if message is not None else exception), exception.type_name, None
    return to_string(exception), "System.Exception", None


@cmdlet("Write-Error", default_set="NoException")
class WriteError(Cmdlet):
    """Writes an object to the error stream as a non-terminating error."""

    Message: str = Parameter(
        position=0,
        mandatory=("NoException",),
        pipeline=("NoException",),
        sets=("NoException", "WithException", "ErrorRecord"),
        aliases=("Msg",),
    )
    Exception: Any = Parameter(mandatory=True, sets=("WithException",), type_name="System.Exception")
    ErrorRecord: Any = Parameter(
        mandatory=True, sets=("ErrorRecord",), type_name="System.Management.Automation.ErrorRecord"
    )
    Category: ErrorCategoryParam | None = Parameter(sets=("NoException", "WithException"))
    ErrorId: str | None = Parameter(sets=("NoException", "WithException"))
    TargetObject: Any = Parameter(sets=("NoException", "WithException"))
    RecommendedAction: str | None = Parameter()
    CategoryActivity: str | None = Parameter(aliases=("Activity",))
    CategoryReason: str | None = Parameter(aliases=("Reason",))
    CategoryTargetName: str | None = Parameter(aliases=("TargetName",))
    CategoryTargetType: str | None = Parameter(aliases=("TargetType",))

    examples = (
        Example("Write-Error 'Access denied.'", "Write a non-terminating error"),
        Example(
            "Write-Error -Message 'Error: Too many input values.' -Category InvalidArgument",
            "Write an error with a category",
        ),
        Example(
            "$e = New-Object System.UnauthorizedAccessException 'Access denied.'; Write-Error -Exception $e -Message 'File permissions error'",
            "Wrap an exception",
        ),
    )

    def process(self, ctx: Context) -> None:
        record = self._record(ctx)
        self._apply_overrides(record)
        ctx.write_error(record)

    def _record(self, ctx: Context) -> ErrorRecord:
        if ctx.parameter_set == "ErrorRecord" or "ErrorRecord" in ctx.bound:
            given = self.ErrorRecord
            if isinstance(given, ErrorRecord):
                return given
            return self._new(ctx, to_string(given), WRITE_ERROR_EXCEPTION, None)
        if ctx.parameter_set == "WithException" or "Exception" in ctx.bound:
            message, ex_type, inner = exception_parts(self.Exception)
            record = self._new(ctx, self.Message if self.Message else message, ex_type, inner)
            return record
        return self._new(ctx, self.Message or "", WRITE_ERROR_EXCEPTION, None)

    def _new(self, ctx: Context, message: str, ex_type: str, inner: BaseException | None) -> ErrorRecord:
        category = (
            ErrorCategory[enum_name(self.Category) or "NotSpecified"]
            if self.Category is not None
            else ErrorCategory.NotSpecified
        )
        error_id = self.ErrorId or ex_type
        record = ctx.error(message, error_id, category, self.TargetObject, ex_type)
        record.fq_suffix = None  # Write-Error's id has no command suffix (`...WriteErrorException`)
        record.activity = "Write-Error"
        record.inner = inner
        return record

    def _apply_overrides(self, record: ErrorRecord) -> None:
        if self.CategoryActivity:
            record.activity = self.CategoryActivity
        if self.CategoryReason:
            record.reason = self.CategoryReason
        if self.CategoryTargetName:
            record.target_name = self.CategoryTargetName
        if self.CategoryTargetType:
            record.target_type = self.CategoryTargetType
        if self.RecommendedAction:
            record.recommended_action = self.RecommendedAction
