"""Format-Wide: Formats objects as a wide table that displays only one property of each object.

Emits format records (formatting spec §6): two items per row by default, -Column N, or -AutoSize to
fit as many as the widest item allows.
"""

from __future__ import annotations

from typing import Any

from pwshlite.cmdlet import Context, Example, Parameter, Switch, ValidateRange, cmdlet

from ._format_common import (
    WIDE_KEYS,
    FormatCommandBase,
    to_field,
)


@cmdlet("Format-Wide")
class FormatWide(FormatCommandBase):
    """Format-Wide: Formats objects as a wide table that displays only one property of each object."""

    Property: Any = Parameter(position=0)
    AutoSize: Switch = Parameter()
    Column: int | None = Parameter(validate=ValidateRange(1, 2147483647))

    examples = (
        Example("Get-UMDialPlan | Format-Wide Name -Column 3", "Names in three columns"),
        Example("Get-ChildItem | Format-Wide -AutoSize", "As many columns as fit"),
    )

    def begin(self, ctx: Context) -> None:
        if self.AutoSize and self.Column is not None:
            raise_conflict(ctx)
        fields = None if self.Property is None else (to_field(ctx, self.Property, WIDE_KEYS),)
        self.start_formatting(ctx, "wide", fields, auto_size=bool(self.AutoSize), wide_columns=self.Column)


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
