"""Format-List: Formats the output as a list of properties in which each property appears on a new line.

Emits format records (formatting spec §5): -Property entries are resolved per object (names the
object lacks are dropped), `*` lists every property; without -Property the type's list view or the
object's display properties are shown.
"""

from __future__ import annotations

from typing import Any

from pwshlite.cmdlet import Context, Example, Parameter, cmdlet

from ._format_common import (
    LIST_KEYS,
    FormatCommandBase,
    to_fields,
)


@cmdlet("Format-List")
class FormatList(FormatCommandBase):
    """Format-List: Formats the output as a list of properties in which each property appears on a new line."""

    Property: list[Any] | None = Parameter(position=0, type_name="System.Object[]")

    examples = (
        Example("Get-UMMailbox tony@contoso.com | Format-List", "Every default property of one object"),
        Example("Get-UMMailboxPolicy | Format-List Name, *PIN*", "Selected properties, with wildcards"),
        Example("Get-Mailbox tony@contoso.com | Format-List *", "All properties"),
    )

    def begin(self, ctx: Context) -> None:
        self.start_formatting(ctx, "list", to_fields(ctx, self.Property, LIST_KEYS))
