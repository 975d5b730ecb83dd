"""ErrorRecord and exception members ($_.Exception, $_.CategoryInfo, $_.InvocationInfo, ...).

Layer: values (imports pwshlite.objects, pwshlite.errors and the value layer's string forms). The
runtime reads members through `record_member` / `exception_member`; the formatter and the property
cmdlets see the same properties through pwshlite.values.members (`Format-List * -Force` on an error
record lists them in 5.1's order). ErrorCategoryInfo prints as `Category: (Target:Type) [Activity],
Reason` and InvocationInfo as its type name, as their .NET ToString() do.
"""

from __future__ import annotations

from typing import Any

from pwshlite.errors import ErrorRecord, PwshError
from pwshlite.objects import PSHashtable, PSObject

from .stringform import register_to_string, to_string
from .typenames import type_name_of

CATEGORY_INFO = "System.Management.Automation.ErrorCategoryInfo"
INVOCATION_INFO = "System.Management.Automation.InvocationInfo"
# ErrorRecord's properties as `Format-List * -Force` lists them (PSMessageDetails is types.ps1xml's)
RECORD_PROPERTIES = (
    "PSMessageDetails",
    "Exception",
    "TargetObject",
    "CategoryInfo",
    "FullyQualifiedErrorId",
    "ErrorDetails",
    "InvocationInfo",
    "ScriptStackTrace",
    "PipelineIterationInfo",
)
EXCEPTION_PROPERTIES = (
    "ErrorRecord",
    "WasThrownFromThrowStatement",
    "Message",
    "Data",
    "InnerException",
    "TargetSite",
    "StackTrace",
    "HelpLink",
    "Source",
    "HResult",
)


class ExceptionValue:
    """A .NET exception as PowerShell shows it (`$_.Exception`): Message, InnerException, GetType()."""

    __slots__ = ("message", "type_name", "record", "inner")

    def __init__(
        self, message: str, type_name: str, record: ErrorRecord | None = None, inner: Any = None
    ) -> None:
        self.message = message
        self.type_name = type_name
        self.record = record
        self.inner = inner

    def __str__(self) -> str:
        return f"{self.type_name}: {self.message}"


def exception_of(record: ErrorRecord) -> ExceptionValue:
    inner = record.inner
    inner_value = None
    if isinstance(inner, PwshError):
        inner_value = exception_of(inner.record)
    elif isinstance(inner, ExceptionValue):
        inner_value = inner
    elif record.extra and isinstance(record.extra.get("inner_exception"), str):
        inner_type = record.extra["inner_exception"]
        inner_value = ExceptionValue(record.extra.get("inner_message", record.message), inner_type)
    return ExceptionValue(record.message, record.exception_type, record, inner_value)


def _category_info(record: ErrorRecord) -> PSObject:
    target = record.target_object
    target_name = (
        record.target_name
        if record.target_name is not None
        else to_string(target)
        if target is not None
        else ""
    )
    obj = PSObject(
        [
            ("Category", record.category.name),
            ("Activity", record.activity or ""),
            ("Reason", record.reason or record.exception_short_name),
            ("TargetName", target_name),
            (
                "TargetType",
                record.target_type or ("" if target is None else type_name_of(target).rsplit(".", 1)[-1]),
            ),
        ],
        type_names=(CATEGORY_INFO, "System.Object"),
    )
    return obj


def _invocation_info(record: ErrorRecord) -> PSObject:
    inv = record.invocation
    span = inv.extent if inv else None
    line = span.source.line_text(span.line) if span is not None and span.source.text else ""
    return PSObject(
        [
            ("MyCommand", inv.command_name if inv else None),
            ("ScriptName", (inv.script_name or "") if inv else ""),
            ("ScriptLineNumber", span.line if span is not None and span.source.text else 0),
            ("OffsetInLine", span.column if span is not None and span.source.text else 0),
            ("Line", line),
            ("InvocationName", (inv.invocation_name or "") if inv else ""),
        ],
        type_names=(INVOCATION_INFO, "System.Object"),
    )


def record_member(record: ErrorRecord, key: str) -> tuple[bool, Any]:
    table: dict[str, Any] = {
        "exception": lambda: exception_of(record),
        "categoryinfo": lambda: _category_info(record),
        "fullyqualifiederrorid": lambda: record.fully_qualified_error_id,
        "targetobject": lambda: record.target_object,
        "invocationinfo": lambda: _invocation_info(record),
        "errordetails": lambda: record.details_message,
        "scriptstacktrace": lambda: "at <ScriptBlock>, <No file>: line 1",
        "pstypenames": lambda: ["System.Management.Automation.ErrorRecord", "System.Object"],
        "psmessagedetails": lambda: None,
        "pipelineiterationinfo": lambda: [],
    }
    getter = table.get(key)
    return (True, getter()) if getter else (False, None)


def exception_member(exc: ExceptionValue, key: str) -> tuple[bool, Any]:
    if key == "message":
        return True, exc.message
    if key == "innerexception":
        return True, exc.inner
    if key == "errorrecord":
        return True, exc.record
    if key in ("stacktrace", "source", "helplink", "targetsite"):
        return True, None
    if key == "data":
        return True, PSHashtable()  # an empty IDictionary (ListDictionaryInternal)
    if key == "wasthrownfromthrowstatement":
        return True, bool(exc.record and exc.record.category.name == "OperationStopped")
    if key == "hresult":
        return True, -2146233087
    return False, None


def ellipsize(text: str) -> str:
    """ErrorCategoryInfo's cut of a piece over 40 characters: first 15, `...`, last 15."""
    return text[:15] + "..." + text[-15:] if len(text) > 40 else text


def _category_string(obj: PSObject) -> str:
    def piece(name: str) -> str:
        return ellipsize(to_string(obj.get(name)))

    return (
        f"{to_string(obj.get('Category'))}: ({piece('TargetName')}:{piece('TargetType')}) "
        f"[{piece('Activity')}], {piece('Reason')}"
    )


register_to_string(CATEGORY_INFO, _category_string)
register_to_string(INVOCATION_INFO, lambda _obj: INVOCATION_INFO)
