"""Format-Custom: Uses a customized view to format the output.

Emits format records: a type's custom view when it has one (DateTime, MatchInfo), otherwise a basic
class layout (`class Name`, `{`, `  Property = value`, `}`) of the object's properties.
"""

from __future__ import annotations

from typing import Any

from pwshlite.cmdlet import Context, Example, Parameter, Switch, ValidateRange, ValidateSet, cmdlet

from ._format_common import (
    CUSTOM_KEYS,
    EXPAND_VALUES,
    FormatCommandBase,
    to_fields,
)


@cmdlet("Format-Custom")
class FormatCustom(FormatCommandBase):
    """Format-Custom: Uses a customized view to format the output."""

    Property: list[Any] | None = Parameter(position=0, type_name="System.Object[]")
    Depth: int | None = Parameter(validate=ValidateRange(1, 2147483647))
    GroupBy: Any = Parameter()
    View: str | None = Parameter()
    ShowError: Switch = Parameter()
    DisplayError: Switch = Parameter()
    Force: Switch = Parameter()
    Expand: str | None = Parameter(validate=ValidateSet(*EXPAND_VALUES))
    InputObject: Any = Parameter(pipeline=True, type_name="System.Management.Automation.PSObject")

    examples = (Example("Get-Date | Format-Custom", "The custom view of a date"),)

    def begin(self, ctx: Context) -> None:
        self.start_formatting(
            ctx, "custom", to_fields(ctx, self.Property, CUSTOM_KEYS), custom_depth=self.Depth
        )
