"""Rename-Item: renames a file or folder (in its own folder)."""

from __future__ import annotations

import os
from collections.abc import Iterator
from typing import Any

from pwshlite.cmdlet import Cmdlet, Context, Example, Parameter, Switch, cmdlet
from pwshlite.errors import ErrorCategory

from . import _fs
from ._common import write_error


@cmdlet("Rename-Item", default_set="ByPath", supports_should_process=True, aliases=("rni", "ren"))
class RenameItem(Cmdlet):
    """Renames an item in a PowerShell provider namespace (a file or folder)."""

    Path: str = Parameter(
        position=0,
        mandatory=("ByPath",),
        pipeline=("ByPath",),
        by_property_name=("ByPath",),
        sets=("ByPath",),
    )
    LiteralPath: str = Parameter(
        mandatory=("ByLiteralPath",),
        by_property_name=("ByLiteralPath",),
        sets=("ByLiteralPath",),
        aliases=("PSPath",),
    )
    NewName: str = Parameter(position=1, mandatory=True, by_property_name=True)
    Force: Switch = Parameter()
    PassThru: Switch = Parameter()

    examples = (
        Example(
            "Set-Content ./daily_file.txt x; Rename-Item -Path ./daily_file.txt -NewName monday_file.txt",
            "Rename a file",
        ),
    )

    def process(self, ctx: Context) -> Iterator[Any]:
        literal = bool(self.LiteralPath)
        path = self.LiteralPath if literal else self.Path
        found = _fs.resolve(ctx, path, literal)
        if not found:
            ctx.write_error(_fs.not_found(ctx, path))
            return
        source = found[0]
        new_name = _fs.to_host(self.NewName)
        if os.sep in new_name and os.path.dirname(_fs.full_path(ctx, new_name)) != os.path.dirname(source):
            write_error(
                ctx, "Cannot rename the specified target, because it represents a path or device name.",
                "RenameItemArgumentError", ErrorCategory.InvalidArgument, path, "System.Management.Automation.PSArgumentException",
            )  # fmt: skip
            return
        target = os.path.join(os.path.dirname(source), os.path.basename(new_name))
        action = "Rename Directory" if os.path.isdir(source) else "Rename File"
        if not ctx.should_process(f"Item: {source} Destination: {target}", action):
            return
        if os.path.exists(target):
            write_error(
                ctx, "Cannot create a file when that file already exists.", "RenameItemIOError",
                ErrorCategory.WriteError, source, "System.IO.IOException",
            )  # fmt: skip
            return
        try:
            os.rename(source, target)
        except OSError as exc:
            ctx.write_error(_fs.io_error(ctx, exc, "RenameItemIOError", source))
            return
        if self.PassThru:
            yield _fs.item(target)
