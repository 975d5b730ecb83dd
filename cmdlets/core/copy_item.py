"""Copy-Item: copies files and folders to another location."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from typing import Any

from pwshlite.cmdlet import Cmdlet, Context, Example, Parameter, Switch, cmdlet
from pwshlite.errors import ErrorCategory

from . import _fs
from ._common import write_error


@cmdlet("Copy-Item", default_set="Path", supports_should_process=True, aliases=("copy", "cp", "cpi"))
class CopyItem(Cmdlet):
    """Copies an item from one location to another (folders with their contents when -Recurse is given)."""

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
    Container: Switch = Parameter()
    Recurse: Switch = Parameter()
    Force: Switch = Parameter()
    PassThru: Switch = Parameter()
    Filter: str | None = Parameter()
    Include: list[str] | None = Parameter()
    Exclude: list[str] | None = Parameter()

    examples = (
        Example(
            "Set-Content ./report.csv 'a,b'; New-Item ./archive -ItemType Directory | Out-Null; Copy-Item ./report.csv -Destination ./archive/",
            "Copy a file into a folder",
        ),
        Example(
            "New-Item ./logs/2024 -ItemType Directory -Force | Out-Null; Copy-Item ./logs -Destination ./logs-backup -Recurse",
            "Copy a folder tree",
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
                result = self._copy(ctx, full, dest)
                if result is not None and self.PassThru:
                    yield _fs.item(result)

    def _copy(self, ctx: Context, source: str, dest: str) -> str | None:
        target = os.path.join(dest, os.path.basename(source)) if os.path.isdir(dest) else dest
        is_dir = os.path.isdir(source)
        action = "Copy Directory" if is_dir else "Copy File"
        if not ctx.should_process(f"Item: {source} Destination: {target}", action):
            return None
        if (
            is_dir
            and self.Recurse
            and (target == source or target.startswith(source.rstrip(os.sep) + os.sep))
        ):
            write_error(
                ctx, f"Cannot copy item {source} onto itself." if target == source
                else "The destination folder is a subfolder of the source folder.",
                "CopyError", ErrorCategory.WriteError, source, "System.IO.IOException",
            )  # fmt: skip
            return None
        try:
            if not is_dir:
                shutil.copy2(source, target)
            elif self.Recurse:
                shutil.copytree(source, target, dirs_exist_ok=True)
            else:
                os.makedirs(target, exist_ok=True)  # 5.1 copies only the folder itself without -Recurse
        except OSError as exc:
            ctx.write_error(
                _fs.io_error(
                    ctx, exc, "CopyDirectoryInfoItemIOError" if is_dir else "CopyFileInfoItemIOError", target
                )
            )
            return None
        return target
