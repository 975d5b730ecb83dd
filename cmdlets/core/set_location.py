"""Set-Location: sets the current working location to a specified folder."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from pwshlite.cmdlet import Cmdlet, Context, Example, Parameter, Switch, cmdlet

from ._location import change, path_info


@cmdlet("Set-Location", default_set="Path", aliases=("cd", "chdir", "sl"))
class SetLocation(Cmdlet):
    """Sets the current working location to a specified folder."""

    Path: str | None = Parameter(position=0, pipeline=("Path",), by_property_name=("Path",), sets=("Path",))
    LiteralPath: str = Parameter(
        mandatory=("LiteralPath",),
        by_property_name=("LiteralPath",),
        sets=("LiteralPath",),
        aliases=("PSPath",),
    )
    PassThru: Switch = Parameter()

    examples = (
        Example("Set-Location -Path ..", "Go up one folder"),
        Example("Set-Location ~ -PassThru", "Go to the home folder and show where you are"),
    )

    def process(self, ctx: Context) -> Iterator[Any]:
        literal = bool(self.LiteralPath)
        path = self.LiteralPath if literal else self.Path
        if path is None:
            return
        new = change(ctx, path, literal)
        if self.PassThru:
            yield path_info(new)
