"""Get-Item: gets the item at the specified location (a file or folder object)."""

from __future__ import annotations

import os
from collections.abc import Iterator
from typing import Any

from pwshlite.cmdlet import Cmdlet, Context, Example, Parameter, Switch, cmdlet

from . import _fs


@cmdlet("Get-Item", default_set="Path", aliases=("gi",))
class GetItem(Cmdlet):
    """Gets the item at the specified location (not its contents)."""

    Path: list[str] = Parameter(
        position=0, mandatory=("Path",), pipeline=("Path",), by_property_name=("Path",), sets=("Path",)
    )
    LiteralPath: list[str] = Parameter(
        mandatory=("LiteralPath",),
        by_property_name=("LiteralPath",),
        sets=("LiteralPath",),
        aliases=("PSPath",),
    )
    Filter: str | None = Parameter()
    Include: list[str] | None = Parameter()
    Exclude: list[str] | None = Parameter()
    Force: Switch = Parameter()

    examples = (
        Example("Get-Item .", "The current folder as an object"),
        Example("Get-Item *.txt | Select-Object Name, Length", "The text files here"),
    )

    def process(self, ctx: Context) -> Iterator[Any]:
        paths, literal = _fs.literal_or_path(self.Path, self.LiteralPath)
        for path in paths:
            found = _fs.resolve(ctx, path, literal)
            if not found and (literal or not _fs.has_wildcard(path)):
                ctx.write_error(_fs.not_found(ctx, path))
                continue
            wildcard = not literal and _fs.has_wildcard(path)
            for full in found:
                if wildcard and _fs.is_hidden(full) and not self.Force:
                    continue
                if self._wanted(os.path.basename(full)):
                    yield _fs.item(full)

    def _wanted(self, name: str) -> bool:
        if self.Filter and not _fs.matches(name, self.Filter):
            return False
        if self.Include and not any(_fs.matches(name, p) for p in self.Include):
            return False
        return not (self.Exclude and any(_fs.matches(name, p) for p in self.Exclude))
