"""Pop-Location: changes the current location to the one most recently pushed onto the stack."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from pwshlite.cmdlet import Cmdlet, Context, Example, Parameter, Switch, cmdlet

from ._location import LocationStacks, change, path_info


@cmdlet("Pop-Location", aliases=("popd",))
class PopLocation(Cmdlet):
    """Changes the current location to the location most recently pushed onto the stack."""

    PassThru: Switch = Parameter()
    StackName: str | None = Parameter(by_property_name=True)

    examples = (
        Example("Push-Location ~; Pop-Location -PassThru", "Return to the saved location and show it"),
    )

    def process(self, ctx: Context) -> Iterator[Any]:
        stacks: LocationStacks = ctx.resource(LocationStacks)
        stack = stacks.stack(self.StackName)
        if not stack:
            return
        new = change(ctx, stack.pop(), True)
        if self.PassThru:
            yield path_info(new)
