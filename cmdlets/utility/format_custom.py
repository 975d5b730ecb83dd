"""Format-Custom: Uses a customized view to format the output.

Emits format records: a type's custom view when it has one (DateTime, MatchInfo), otherwise a basic
class layout (`class Name`, `{`, `  Property = value`, `}`) of the object's properties.
"""

from __future__ import annotations

from typing import Any

from pwshlite.cmdlet import Context, Example, Parameter, ValidateRange, cmdlet

from ._format_common import (
    CUSTOM_KEYS,
    FormatCommandBase,
    to_fields,
)


@cmdlet("Format-Custom")
class FormatCustom(FormatCommandBase):
    """Format-Custom: Uses a customized view to format the output.

    A type with a custom view (DateTime, MatchInfo, ErrorRecord) prints through it. Any other object
    prints as a tree: `class <type>`, `{`, one `Name = value` line per property, `}`; nested objects
    get their own class block and collections list their elements between `[` and `]`, down to
    -Depth levels. -Property takes names, wildcards, script blocks and @{Expression=...; Depth=n}."""

    Property: list[Any] | None = Parameter(position=0, type_name="System.Object[]")
    Depth: int | None = Parameter(
        validate=ValidateRange(1, 2147483647),
        help="How many levels of nested objects are expanded into class blocks (default 5); deeper values "
        "print as table cells print them. A calculated property's Depth key sets it for that property.",
    )

    examples = (
        Example("Get-Date | Format-Custom", "The custom view of a date"),
        Example("Get-UMMailbox tony@contoso.com | Format-Custom -Depth 1", "A UM mailbox as a class tree"),
        Example("Get-UMMailboxPolicy | Format-Custom Name, @{e='UMDialPlan'; Depth=1}", "Chosen properties"),
    )

    def begin(self, ctx: Context) -> None:
        self.start_formatting(
            ctx, "custom", to_fields(ctx, self.Property, CUSTOM_KEYS), custom_depth=self.Depth
        )
