"""Format-Wide: Formats objects as a wide table that displays only one property of each object.

Emits format records (formatting spec §6): two items per row by default, -Column N, or -AutoSize to
fit as many as the widest item allows.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from pwshlite.cmdlet import Cmdlet, Context, Example, Parameter, Switch, ValidateRange, ValidateSet, cmdlet
from pwshlite.format.model import FormatRecord

from ._format_common import (
    EXPAND_VALUES,
    GROUP_KEYS,
    WIDE_KEYS,
    FormatCommandBase,
    check_expand,
    session_options,
    to_field,
)


@cmdlet("Format-Wide")
class FormatWide(Cmdlet, FormatCommandBase):
    """Format-Wide: Formats objects as a wide table that displays only one property of each object."""

    Property: Any = Parameter(position=0)
    AutoSize: Switch = Parameter()
    Column: int | None = Parameter(validate=ValidateRange(1, 2147483647))
    GroupBy: Any = Parameter()
    View: str | None = Parameter()
    ShowError: Switch = Parameter()
    DisplayError: Switch = Parameter()
    Force: Switch = Parameter()
    Expand: str | None = Parameter(validate=ValidateSet(*EXPAND_VALUES))
    InputObject: Any = Parameter(pipeline=True, type_name="System.Management.Automation.PSObject")

    examples = (
        Example("Get-UMDialPlan | Format-Wide Name -Column 3", "Names in three columns"),
        Example("Get-ChildItem | Format-Wide -AutoSize", "As many columns as fit"),
    )

    def begin(self, ctx: Context) -> None:
        if self.AutoSize and self.Column is not None:
            raise_conflict(ctx)
        fields = None if self.Property is None else (to_field(ctx, self.Property, WIDE_KEYS),)
        self.start_formatting(session_options(
            ctx,
            shape="wide",
            fields=fields,
            group_by=None if self.GroupBy is None else to_field(ctx, self.GroupBy, GROUP_KEYS),
            view_name=self.View,
            auto_size=bool(self.AutoSize),
            wide_columns=self.Column,
            force=bool(self.Force),
            display_error=bool(self.DisplayError),
            expand=check_expand(self.Expand),
        ))  # fmt: skip

    def process(self, ctx: Context) -> Iterator[FormatRecord]:
        return self.format_one(self.InputObject)

    def end(self, ctx: Context) -> Iterator[FormatRecord]:
        return self.finish_formatting()


def raise_conflict(ctx: Context) -> None:
    """-AutoSize and -Column together (5.1: FormatCannotSpecifyAutosizeAndColumns)."""
    from pwshlite.cmdlet import CmdletError
    from pwshlite.errors import ErrorCategory

    record = ctx.error(
        "Cannot specify both the -AutoSize and -Column parameters.",
        "FormatCannotSpecifyAutosizeAndColumns",
        ErrorCategory.InvalidArgument,
        exception_type="System.Management.Automation.PSArgumentException",
    )
    raise CmdletError(record)
