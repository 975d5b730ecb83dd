"""Format-Table: Formats the output as a table.

Emits format records (formatting spec §1.1): the outputter that receives them (Out-Default, Out-String,
Out-File) sizes the columns at its own width. Columns come from -Property (names, wildcards, script
blocks, calculated properties with Label/Width/Alignment/FormatString), else the type's table view,
else the object's display properties (at most 10).
"""

from __future__ import annotations

from typing import Any

from pwshlite.cmdlet import Context, Example, Parameter, Switch, cmdlet

from ._format_common import (
    TABLE_KEYS,
    FormatCommandBase,
    to_fields,
)


@cmdlet("Format-Table")
class FormatTable(FormatCommandBase):
    """Format-Table: Formats the output as a table."""

    Property: list[Any] | None = Parameter(position=0, type_name="System.Object[]")
    AutoSize: Switch = Parameter()
    HideTableHeaders: Switch = Parameter()
    Wrap: Switch = Parameter()

    examples = (
        Example(
            "Get-UMMailboxPIN | Format-Table UserID, LockedOut -AutoSize",
            "Two columns sized to their content",
        ),
        Example(
            "Get-ChildItem | Format-Table Name, @{Label='KB'; Expression={$_.Length / 1KB}; FormatString='N1'}",
            "A calculated column",
        ),
        Example(
            "Get-UMMailboxPIN | Sort-Object LockedOut | Format-Table UserID, PinExpired -GroupBy LockedOut",
            "One table per group",
        ),
    )

    def begin(self, ctx: Context) -> None:
        self.start_formatting(
            ctx,
            "table",
            to_fields(ctx, self.Property, TABLE_KEYS),
            auto_size=bool(self.AutoSize),
            hide_headers=bool(self.HideTableHeaders),
            wrap=bool(self.Wrap),
        )
