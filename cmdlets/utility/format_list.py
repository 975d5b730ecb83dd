"""Format-List: Formats the output as a list of properties in which each property appears on a new line.

Emits format records (formatting spec §5): -Property entries are resolved per object (names the
object lacks are dropped), `*` lists every property; without -Property the type's list view or the
object's display properties are shown.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from pwshlite.cmdlet import Cmdlet, Context, Example, Parameter, Switch, ValidateSet, cmdlet
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


@cmdlet("Format-List")
class FormatList(Cmdlet, FormatCommandBase):
    """Format-List: Formats the output as a list of properties in which each property appears on a new line."""

    Property: list[Any] | None = Parameter(position=0, type_name="System.Object[]")
    GroupBy: Any = Parameter()
    View: str | None = Parameter()
    ShowError: Switch = Parameter()
    DisplayError: Switch = Parameter()
    Force: Switch = Parameter()
    Expand: str | None = Parameter(validate=ValidateSet(*EXPAND_VALUES))
    InputObject: Any = Parameter(pipeline=True, type_name="System.Management.Automation.PSObject")

    examples = (
        Example("Get-UMMailbox tony@contoso.com | Format-List", "Every default property of one object"),
        Example("Get-UMMailboxPolicy | Format-List Name, *PIN*", "Selected properties, with wildcards"),
        Example("Get-Mailbox tony@contoso.com | Format-List *", "All properties"),
    )

    def begin(self, ctx: Context) -> None:
        self.start_formatting(session_options(
            ctx,
            shape="list",
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
