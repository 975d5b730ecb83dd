"""Format-Custom: Uses a customized view to format the output.

Emits format records: a type's custom view when it has one (DateTime, MatchInfo), otherwise a basic
class layout (`class Name`, `{`, `  Property = value`, `}`) of the object's properties.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from pwshlite.cmdlet import Cmdlet, Context, Example, Parameter, Switch, ValidateRange, ValidateSet, cmdlet
from pwshlite.format.model import FormatRecord

from ._format_common import (
    EXPAND_VALUES,
    GROUP_KEYS,
    LIST_KEYS,
    FormatCommandBase,
    check_expand,
    session_options,
    to_field,
    to_fields,
)


@cmdlet("Format-Custom")
class FormatCustom(Cmdlet, FormatCommandBase):
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
        self.start_formatting(session_options(
            ctx,
            shape="custom",
            fields=to_fields(ctx, self.Property, LIST_KEYS),
            group_by=None if self.GroupBy is None else to_field(ctx, self.GroupBy, GROUP_KEYS),
            view_name=self.View,
            force=bool(self.Force),
            display_error=bool(self.DisplayError),
            expand=check_expand(self.Expand),
        ))  # fmt: skip

    def process(self, ctx: Context) -> Iterator[FormatRecord]:
        return self.format_one(self.InputObject)

    def end(self, ctx: Context) -> Iterator[FormatRecord]:
        return self.finish_formatting()
