"""Move-Item: moves files and folders to another location."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from typing import Any

from pwshlite.cmdlet import Cmdlet, Context, Example, Parameter, Switch, cmdlet
from pwshlite.errors import ErrorCategory

from . import _fs
from ._common import write_error


@cmdlet("Move-Item", default_set="Path", supports_should_process=True, aliases=("mi", "mv", "move"))
class MoveItem(Cmdlet):
    """Moves an item, including its properties, contents and child items, from one location to another."""

    Path: list[str] = Parameter(
        position=0, mandatory=("Path",), pipeline=("Path",), by_property_name=("Path",), sets=("Path",)
    )
    LiteralPath: list[str] = Parameter(
        mandatory=("LiteralPath",),
        by_property_name=("LiteralPath",),
        sets=("LiteralPath",),
        aliases=("PSPath",),
    )
    Destination: str | None = Parameter(position=1, by_property_name=True)
    Force: Switch = Parameter()
    PassThru: Switch = Parameter()
    Filter: str | None = Parameter()
    Include: list[str] | None = Parameter()
    Exclude: list[str] | None = Parameter()

    examples = (
        Example(
            "Set-Content ./old.txt x; New-Item ./archive -ItemType Directory | Out-Null; Move-Item -Path ./old.txt -Destination ./archive/old.txt",
            "Move and rename a file",
        ),
    )

    def process(self, ctx: Context) -> Iterator[Any]:
        paths, literal = _fs.literal_or_path(self.Path, self.LiteralPath)
        dest = _fs.full_path(ctx, self.Destination or ".")
        for path in paths:
            found = _fs.resolve(ctx, path, literal)
            if not found and (literal or not _fs.has_wildcard(path)):
                ctx.write_error(_fs.not_found(ctx, path))
                continue
            for full in found:
                result = self._move(ctx, full, dest)
                if result is not None and self.PassThru:
                    yield _fs.item(result)

    def _move(self, ctx: Context, source: str, dest: str) -> str | None:
        target = os.path.join(dest, os.path.basename(source)) if os.path.isdir(dest) else dest
        is_dir = os.path.isdir(source)
        if not ctx.should_process(
            f"Item: {source} Destination: {target}", "Move Directory" if is_dir else "Move File"
        ):
            return None
        if os.path.exists(target) and not (self.Force and not is_dir):
            write_error(
                ctx, "Cannot create a file when that file already exists.",
                "MoveDirectoryItemIOError" if is_dir else "MoveFileInfoItemIOError",
                ErrorCategory.WriteError, source, "System.IO.IOException",
            )  # fmt: skip
            return None
        try:
            shutil.move(source, target)
        except OSError as exc:
            ctx.write_error(_fs.io_error(ctx, exc, "MoveFileInfoItemIOError", target))
            return None
        return target
