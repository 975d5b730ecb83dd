"""Location helpers: PathInfo objects, the session's location stacks, changing the current location.

Private helper for Get-/Set-/Push-/Pop-Location and Resolve-Path. The runtime keeps the current
location; cmdlets change it through `Context.set_location` (an additive part of the Context protocol).
"""

from __future__ import annotations

import os

from pwshlite.cmdlet import CmdletError, Context
from pwshlite.errors import ErrorCategory
from pwshlite.objects import PSObject

from . import _fs
from ._common import terminate

PATHINFO_TYPES = ("System.Management.Automation.PathInfo", "System.Object")


def path_info(path: str) -> PSObject:
    """A System.Management.Automation.PathInfo (shown as a one-column `Path` table)."""
    return PSObject(
        [
            ("Drive", os.sep),
            ("Provider", "Microsoft.PowerShell.Core\\FileSystem"),
            ("ProviderPath", path),
            ("Path", path),
        ],
        PATHINFO_TYPES,
    )


def _path_string(obj: PSObject) -> str:
    """PathInfo.ToString() is its Path ("$PWD", Join-Path $PWD x)."""
    return str(obj.get("Path") or "")


def _register_string_form() -> None:
    try:
        from pwshlite.values.convert import register_to_string
    except ImportError:
        return
    register_to_string("System.Management.Automation.PathInfo", _path_string)


_register_string_form()


class LocationStacks:
    """Session-wide named stacks of Push-Location (the default stack is named 'default')."""

    def __init__(self) -> None:
        self.stacks: dict[str, list[str]] = {}

    def stack(self, name: str | None) -> list[str]:
        return self.stacks.setdefault((name or "default").casefold(), [])


def change(ctx: Context, path: str, literal: bool) -> str:
    """Make `path` the current location; raises PowerShell's terminating error when it is not a folder."""
    found = _fs.resolve(ctx, path, literal)
    folders = [f for f in found if os.path.isdir(f)]
    if not folders:
        raise CmdletError(_fs.not_found(ctx, path))
    if len(folders) > 1:
        raise terminate(
            ctx, f"Cannot resolve path '{path}' to a single item.", "PathResolvedToMultiple",
            ErrorCategory.InvalidArgument, path, "System.Management.Automation.PSArgumentException",
        )  # fmt: skip
    setter = getattr(ctx, "set_location", None)
    if setter is None:
        raise terminate(
            ctx, "The current location cannot be changed by this host.", "NotSupported",
            ErrorCategory.NotImplemented, path, "System.NotSupportedException",
        )  # fmt: skip
    setter(folders[0])
    return folders[0]
