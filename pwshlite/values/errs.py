"""PowerShell error records raised by the values layer (messages from the 5.1 resource files).

Layer: values (imports only pwshlite.objects, pwshlite.errors and the standard library).

Message sources (PowerShell repository, src/System.Management.Automation/resources/):
ExtendedTypeSystem.resx (InvalidCastException, InvalidCastExceptionWithInnerException, InvalidCastFromNull,
MethodNotFound, MethodArgumentCountException, MethodInvocationException), ParserStrings.resx
(InvalidRegularExpression, OperatorRequiresNumber...), and the .NET Framework exception texts.
"""

from __future__ import annotations

from typing import Any

from pwshlite.errors import ErrorCategory, ErrorRecord, PwshError

__all__ = [
    "ErrorCategory",
    "ErrorRecord",
    "PwshError",
    "error",
    "cast_error",
    "cast_error_plain",
    "null_cast_error",
    "method_not_found",
    "overload_not_found",
    "method_exception",
    "runtime_error",
]

RUNTIME = "System.Management.Automation.RuntimeException"
CAST = "System.Management.Automation.PSInvalidCastException"
METHOD = "System.Management.Automation.MethodException"
METHOD_INVOCATION = "System.Management.Automation.MethodInvocationException"


def error(
    message: str,
    error_id: str,
    category: ErrorCategory = ErrorCategory.NotSpecified,
    exception_type: str = RUNTIME,
    target: Any = None,
    **extra: Any,
) -> PwshError:
    """A PwshError carrying an ErrorRecord with the given PowerShell message and id."""
    record = ErrorRecord(
        message=message,
        error_id=error_id,
        category=category,
        exception_type=exception_type,
        target_object=target,
        extra=dict(extra),
    )
    return PwshError(record)


def cast_error(value_text: str, type_name: str, inner: str, error_id: str) -> PwshError:
    """`Cannot convert value "v" to type "T". Error: "inner"` (InvalidCastExceptionWithInnerException).
    A cast in script code surfaces as a RuntimeException with category InvalidArgument."""
    message = f'Cannot convert value "{value_text}" to type "{type_name}". Error: "{inner}"'
    return error(
        message, error_id, ErrorCategory.InvalidArgument, RUNTIME, inner_exception=CAST, inner_message=inner
    )


def cast_error_plain(value_text: str, from_type: str, type_name: str) -> PwshError:
    """`Cannot convert the "v" value of type "F" to type "T".` (ConvertToFinalInvalidCastException)."""
    message = f'Cannot convert the "{value_text}" value of type "{from_type}" to type "{type_name}".'
    return error(
        message,
        "ConvertToFinalInvalidCastException",
        ErrorCategory.InvalidArgument,
        RUNTIME,
        inner_exception=CAST,
    )


def null_cast_error(type_name: str) -> PwshError:
    """`Cannot convert null to type "T".` (ExtendedTypeSystem.InvalidCastFromNull)."""
    return error(
        f'Cannot convert null to type "{type_name}".',
        "nullToObjectInvalidCast",
        ErrorCategory.InvalidArgument,
        RUNTIME,
        inner_exception=CAST,
    )


def method_not_found(type_name: str, method: str) -> PwshError:
    """`Method invocation failed because [T] does not contain a method named 'M'.` (MethodNotFound)."""
    return error(
        f"Method invocation failed because [{type_name}] does not contain a method named '{method}'.",
        "MethodNotFound",
        ErrorCategory.InvalidOperation,
        RUNTIME,
    )


def overload_not_found(method: str, count: int) -> PwshError:
    """`Cannot find an overload for "M" and the argument count: "N".` (MethodCountCouldNotFindBest)."""
    return error(
        f'Cannot find an overload for "{method}" and the argument count: "{count}".',
        "MethodCountCouldNotFindBest",
        ErrorCategory.NotSpecified,
        METHOD,
    )


def method_exception(method: str, count: int, inner: str, error_id: str) -> PwshError:
    """`Exception calling "M" with "N" argument(s): "inner"` (MethodInvocationException); the id is the
    .NET exception's short name, e.g. ArgumentOutOfRangeException."""
    return error(
        f'Exception calling "{method}" with "{count}" argument(s): "{inner}"',
        error_id,
        ErrorCategory.NotSpecified,
        METHOD_INVOCATION,
    )


def runtime_error(message: str, error_id: str = "RuntimeException", **kw: Any) -> PwshError:
    return error(message, error_id, kw.pop("category", ErrorCategory.NotSpecified), RUNTIME, **kw)
