"""Helpers shared by the Format-* and Out-* cmdlets: -Property/-GroupBy arguments to formatter fields.

Layer: cmdlet files; imports pwshlite.format (the engine), pwshlite.cmdlet, objects, errors. Script
blocks run through `ctx.invoke` so the engine only sees Python callables. Calculated-property keys are
matched case-insensitively by unambiguous prefix (formatting spec §4.9); bad keys raise PowerShell's
errors (FormatAndOut_MshParameter messages).
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from typing import Any

from pwshlite.cmdlet import Cmdlet, CmdletError, Context, Parameter, Switch, ValidateSet
from pwshlite.errors import ErrorCategory, ErrorRecord, PwshError
from pwshlite.format.cells import enumeration_limit, get_property
from pwshlite.format.failures import ExpressionFailed
from pwshlite.format.generator import FormatGenerator
from pwshlite.format.model import FormatRecord
from pwshlite.format.options import Field, FormatOptions
from pwshlite.format.out import terminal_width
from pwshlite.format.views import ViewNotFound, unknown_view_message
from pwshlite.objects import PSHashtable, PSObject, ScriptBlockValue

from ._common import base_type_name

TABLE_KEYS = ("Expression", "Label", "Name", "Width", "Alignment", "FormatString")
LIST_KEYS = ("Expression", "Label", "Name", "FormatString")
WIDE_KEYS = ("Expression", "FormatString")
GROUP_KEYS = ("Expression", "Label", "Name", "FormatString")
CUSTOM_KEYS = ("Expression", "Depth")
_ALIGNMENTS = ("left", "center", "right")
EXPAND_VALUES = ("CoreOnly", "EnumOnly", "Both")
HELP = {  # help text of the parameters every Format-* cmdlet has
    "GroupBy": "A property name, script block or @{Expression=...; Label=...; FormatString=...} whose value "
    "starts a new group each time it changes.",
    "View": "The name of a view of the objects' type (Get-ChildItem: children; hashtables: Dictionary). A "
    "name the type lacks stops the pipeline with FormatViewNotFound. Ignored when -Property is given.",
    "ShowError": "After each entry, writes an error record for every expression or format string that failed "
    "on it, into the formatted output (as 5.1 does).",
    "DisplayError": "Shows #ERR in place of a value whose expression failed and #FMTERR in place of one whose "
    "FormatString failed (otherwise the cell is empty).",
    "Force": "Formats objects that would otherwise print out of band (strings, numbers, error records) in the "
    "requested shape.",
    "Expand": "For a collection object: EnumOnly (default) formats its elements, CoreOnly the collection object "
    "itself, Both the collection object, a count line and then the elements.",
    "InputObject": "The objects to format (usually from the pipeline).",
}


def _error(message: str, error_id: str) -> CmdletError:
    return CmdletError(
        ErrorRecord(message, error_id, ErrorCategory.InvalidArgument, "System.NotSupportedException")
    )


def script_getter(ctx: Context, block: ScriptBlockValue) -> Callable[[Any], Any]:
    """A script block as a column getter: $_ is the object; several outputs make an array. A terminating
    error ends the block and raises ExpressionFailed: the formatter shows an empty cell (5.1 eats it),
    #ERR with -DisplayError, an error record with -ShowError."""

    def run(obj: Any) -> Any:
        try:
            result = ctx.invoke(block, dollar_underscore=obj, guarded=True)
        except PwshError as exc:
            raise ExpressionFailed(block.text, exc.record.exception_type, exc.record.message) from None
        if not result:
            return None
        return result[0] if len(result) == 1 else list(result)

    return run


def _match_key(key: Any, allowed: tuple[str, ...]) -> str:
    if not isinstance(key, str):
        raise _error(f"The {key} key type is not valid. The key must be a string.", "DictionaryKeyNonString")
    folded = key.casefold()
    matches = [name for name in allowed if name.casefold().startswith(folded)] if folded else []
    exact = [name for name in matches if name.casefold() == folded]
    if exact:
        return exact[0]
    if len(matches) == 1:
        return matches[0]
    if len(matches) > 1:
        raise _error(
            f"The {key} key is ambiguous; {matches[0]} and {matches[1]} conflict.", "DictionaryKeyAmbiguous"
        )
    raise _error(f"The {key} key is not valid.", "DictionaryKeyIllegal")


def _hashtable_field(ctx: Context, table: PSHashtable, allowed: tuple[str, ...]) -> Field:
    found: dict[str, tuple[str, Any]] = {}
    for key, value in table.items():
        name = "Label" if _match_key(key, allowed) in ("Label", "Name") else _match_key(key, allowed)
        if name in found:
            raise _error(
                f'The duplicated key "{key}" conflicts with "{found[name][0]}".', "DictionaryKeyDuplicate"
            )
        found[name] = (str(key), value)
    if "Expression" not in found:
        raise _error("A mandatory entry for Expression is missing.", "DictionaryKeyMandatoryEntry")
    expression = _expression(ctx, found["Expression"][1])
    label = found.get("Label", (None, None))[1]
    return Field(
        expression,
        label=None if label is None else str(label),
        width=_width(found["Width"]) if "Width" in found else None,
        alignment=_alignment(found["Alignment"]) if "Alignment" in found else None,
        format_string=_format_string(found["FormatString"]) if "FormatString" in found else None,
        depth=_width(found["Depth"]) if "Depth" in found else None,
        text=found["Expression"][1].text if isinstance(found["Expression"][1], ScriptBlockValue) else None,
    )


def _expression(ctx: Context, value: Any) -> str | Callable[[Any], Any]:
    if isinstance(value, ScriptBlockValue):
        return script_getter(ctx, value)
    if isinstance(value, str):
        return value
    type_name = type(value).__name__
    raise _error(
        f'The "Expression" key has a type, {type_name}, that is not valid; expected types are '
        "{System.String, System.Management.Automation.ScriptBlock}.",
        "DictionaryKeyUnknownType",
    )


def _width(entry: tuple[str, Any]) -> int:
    key, value = entry
    try:
        width = int(value)
    except (TypeError, ValueError):
        width = 0
    if width <= 0:
        raise _error(
            f'The value "{value}" for key "{key}" should be greater than 0.', "DictionaryKeyIllegalValue"
        )
    return width


def _alignment(entry: tuple[str, Any]) -> str:
    key, value = entry
    text = str(value).casefold()
    for name in _ALIGNMENTS:
        if text and name.startswith(text):
            return name
    raise _error(
        f'The value "{value}" for key "{key}" is not valid; valid values are left, center, right.',
        "DictionaryKeyIllegalValue",
    )


def _format_string(entry: tuple[str, Any]) -> str:
    key, value = entry
    if value is None or str(value) == "":
        raise _error(f'Cannot have an empty formatting string for key "{key}".', "DictionaryKeyIllegalValue")
    return str(value)


def to_field(ctx: Context, value: Any, allowed: tuple[str, ...]) -> Field:
    """One -Property / -GroupBy argument: a name (wildcards allowed), a script block or a hashtable."""
    if isinstance(value, PSObject) and value.base is not None:
        value = value.base
    if isinstance(value, PSHashtable):
        return _hashtable_field(ctx, value, allowed)
    if isinstance(value, ScriptBlockValue):
        return Field(script_getter(ctx, value), text=value.text)
    if value is None or str(value) == "":
        raise _error("An empty string value is not allowed.", "ExpressionEmptyString")
    return Field(str(value))


def to_fields(ctx: Context, values: Any, allowed: tuple[str, ...]) -> tuple[Field, ...] | None:
    if values is None:
        return None
    items = values if isinstance(values, list | tuple) else [values]
    return tuple(to_field(ctx, v, allowed) for v in items)


def check_expand(value: str | None) -> str:
    """-Expand: CoreOnly, EnumOnly (default) or Both."""
    if value is None:
        return "EnumOnly"
    for name in EXPAND_VALUES:
        if name.casefold() == value.casefold():
            return name
    raise _error("The EnumerableExpansion value is not valid.", "IllegalEnumerableExpansionValue")


def host_width(ctx: Context) -> int:
    """W = B - 1 for Out-Host/Out-String/Out-File: B from $Host.UI.RawUI.BufferSize.Width when the
    session provides it, else the terminal rule of the formatter (formatting spec §1.2)."""
    value: Any = ctx.get_variable("Host")
    for name in ("UI", "RawUI", "BufferSize", "Width"):
        value = get_property(value, name) if value is not None else None
    if isinstance(value, int) and not isinstance(value, bool) and value > 1:
        return value - 1
    return terminal_width(sys.stdout)


def session_options(ctx: Context, **kwargs: Any) -> FormatOptions:
    """FormatOptions with $FormatEnumerationLimit read from the session."""
    limit = enumeration_limit(ctx.get_variable("FormatEnumerationLimit"))
    return FormatOptions(enumeration_limit=limit, **kwargs)


class FormatCommandBase(Cmdlet):
    """The shared parameters and body of Format-Table/List/Wide/Custom: objects in, format records out.
    -GroupBy, -View, -ShowError, -DisplayError, -Force, -Expand and -InputObject come after each
    cmdlet's own parameters (`parameters_last`), as in 5.1's syntax."""

    parameters_last = True  # these follow each cmdlet's own parameters, as in 5.1's syntax

    GroupBy: Any = Parameter(help=HELP["GroupBy"])
    View: str | None = Parameter(help=HELP["View"])
    ShowError: Switch = Parameter(help=HELP["ShowError"])
    DisplayError: Switch = Parameter(help=HELP["DisplayError"])
    Force: Switch = Parameter(help=HELP["Force"])
    Expand: str | None = Parameter(validate=ValidateSet(*EXPAND_VALUES), help=HELP["Expand"])
    InputObject: Any = Parameter(
        pipeline=True, type_name="System.Management.Automation.PSObject", help=HELP["InputObject"]
    )

    def start_formatting(
        self, ctx: Context, shape: str, fields: tuple[Field, ...] | None, **extra: Any
    ) -> None:
        """Build the generator from the shared parameters plus the cmdlet's own options."""
        self.generator = FormatGenerator(session_options(
            ctx,
            shape=shape,
            fields=fields,
            group_by=None if self.GroupBy is None else to_field(ctx, self.GroupBy, GROUP_KEYS),
            view_name=self.View,
            force=bool(self.Force),
            display_error=bool(self.DisplayError),
            show_error=bool(self.ShowError),
            expand=check_expand(self.Expand),
            **extra,
        ))  # fmt: skip

    def process(self, ctx: Context) -> Iterator[FormatRecord]:
        obj = self.InputObject
        if obj is None or isinstance(obj, FormatRecord):
            if isinstance(obj, FormatRecord):
                yield obj
            return
        try:
            yield from self.generator.process(obj)
        except ViewNotFound as exc:
            raise CmdletError(_view_error(exc)) from None

    def end(self, ctx: Context) -> Iterator[FormatRecord]:
        yield from self.generator.end()


def _view_error(exc: ViewNotFound) -> ErrorRecord:
    """FormatViewNotFound (ObjectNotFound, a PipelineStoppedException), as 5.1's ProcessUnknownViewName."""
    message = unknown_view_message(exc.view_name, exc.shape, base_type_name(exc.obj))
    return ErrorRecord(
        "The pipeline has been stopped.",
        "FormatViewNotFound",
        ErrorCategory.ObjectNotFound,
        "System.Management.Automation.PipelineStoppedException",
        target_object=exc.view_name,
        details_message=message,
    )
