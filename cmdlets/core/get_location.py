"""Get-Location: gets information about the current working location."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from pwshlite.cmdlet import Cmdlet, Context, Example, Parameter, Switch, cmdlet

from ._location import LocationStacks, path_info


@cmdlet(
    "Get-Location",
    default_set="Location",
    aliases=("gl", "pwd"),
    outputs=("System.Management.Automation.PathInfo",),
)
class GetLocation(Cmdlet):
    """Gets information about the current working location (or a location stack)."""

    PSProvider: list[str] | None = Parameter(sets=("Location",))
    PSDrive: list[str] | None = Parameter(sets=("Location",))
    Stack: Switch = Parameter(sets=("Stack",))
    StackName: list[str] | None = Parameter(by_property_name=True, sets=("Stack",))

    examples = (
        Example("Get-Location", "The current location"),
        Example("Push-Location ..; Get-Location -Stack", "The locations saved by Push-Location"),
    )

    def process(self, ctx: Context) -> Iterator[Any]:
        if not self.Stack and not self.StackName:
            yield path_info(ctx.cwd)
            return
        stacks: LocationStacks = ctx.resource(LocationStacks)
        names: list[str | None] = list(self.StackName) if self.StackName else [None]
        for name in names:
            for path in reversed(stacks.stack(name)):
                yield path_info(path)
