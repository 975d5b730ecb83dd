"""Clear-Content: deletes the contents of a file but does not delete the file."""

from __future__ import annotations

import os

from pwshlite.cmdlet import Cmdlet, Context, Example, Parameter, Switch, cmdlet

from . import _fs


@cmdlet("Clear-Content", default_set="Path", supports_should_process=True, aliases=("clc",))
class ClearContent(Cmdlet):
    """Deletes the contents of an item, such as deleting the text from a file, but does not delete the item."""

    Path: list[str] = Parameter(position=0, mandatory=("Path",), by_property_name=("Path",), sets=("Path",))
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
        Example(
            "Set-Content ./log.txt 'old entry'; Clear-Content -Path ./log.txt; (Get-Item ./log.txt).Length",
            "Empty a log file, keeping the file",
        ),
    )

    def process(self, ctx: Context) -> None:
        paths, literal = _fs.literal_or_path(self.Path, self.LiteralPath)
        for path in paths:
            found = _fs.resolve(ctx, path, literal)
            if not found and (literal or not _fs.has_wildcard(path)):
                ctx.write_error(_fs.not_found(ctx, path))
                continue
            for full in found:
                if os.path.isdir(full) or not ctx.should_process(f"Item: {full}", "Clear Content"):
                    continue
                try:
                    with open(full, "wb"):
                        pass
                except OSError as exc:
                    ctx.write_error(_fs.io_error(ctx, exc, "ClearContentIOError", full))
