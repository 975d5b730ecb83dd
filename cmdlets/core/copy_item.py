"""Copy-Item: copies files and folders to another location."""

from __future__ import annotations

import os
import shutil

from pwshlite.cmdlet import Context, Example, Parameter, Switch, cmdlet
from pwshlite.errors import ErrorCategory

from . import _fs
from ._common import write_error
from ._transfer import ItemTransfer


@cmdlet("Copy-Item", default_set="Path", supports_should_process=True, aliases=("copy", "cp", "cpi"))
class CopyItem(ItemTransfer):
    """Copies an item from one location to another (folders with their contents when -Recurse is given)."""

    Container: Switch = Parameter()
    Recurse: Switch = Parameter()

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

    def transfer(self, ctx: Context, source: str, dest: str) -> str | None:
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
