"""Push-Location: adds the current location to the top of a location stack, then optionally moves."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from pwshlite.cmdlet import Cmdlet, Context, Example, Parameter, Switch, cmdlet

from ._location import LocationStacks, change, path_info


@cmdlet("Push-Location", default_set="Path", aliases=("pushd",))
class PushLocation(Cmdlet):
    """Adds the current location to the top of a location stack, then sets the location if a path is given."""

    Path: str | None = Parameter(position=0, pipeline=("Path",), by_property_name=("Path",), sets=("Path",))
    LiteralPath: str = Parameter(
        mandatory=("LiteralPath",),
        by_property_name=("LiteralPath",),
        sets=("LiteralPath",),
        aliases=("PSPath",),
    )
    PassThru: Switch = Parameter()
    StackName: str | None = Parameter(by_property_name=True)

    examples = (Example("Push-Location ~; Pop-Location", "Visit the home folder and come back"),)

    def process(self, ctx: Context) -> Iterator[Any]:
        stacks: LocationStacks = ctx.resource(LocationStacks)
        literal = bool(self.LiteralPath)
        path = self.LiteralPath if literal else self.Path
        here = ctx.cwd
        if path is not None:
            change(ctx, path, literal)
        stacks.stack(self.StackName).append(here)
        if self.PassThru:
            yield path_info(here)
