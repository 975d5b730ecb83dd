"""Move-Item: moves files and folders to another location."""

from __future__ import annotations

import os
import shutil

from pwshlite.cmdlet import Context, Example, cmdlet
from pwshlite.errors import ErrorCategory

from . import _fs
from ._common import write_error
from ._transfer import ItemTransfer


@cmdlet("Move-Item", default_set="Path", supports_should_process=True, aliases=("mi", "mv", "move"))
class MoveItem(ItemTransfer):
    """Moves an item, including its properties, contents and child items, from one location to another."""

    examples = (
        Example(
            "Set-Content ./old.txt x; New-Item ./archive -ItemType Directory | Out-Null; Move-Item -Path ./old.txt -Destination ./archive/old.txt",
            "Move and rename a file",
        ),
    )

    def transfer(self, ctx: Context, source: str, dest: str) -> str | None:
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
