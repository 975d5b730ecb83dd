"""Join-Path: combines a path and a child path into a single path."""

from __future__ import annotations

import re
from collections.abc import Iterator

from pwshlite.cmdlet import Cmdlet, Context, Example, Parameter, Switch, cmdlet

from . import _fs


def separator_for(path: str) -> str:
    """Windows-style and drive-qualified paths (C:\\x, .\\x, Env:) join with `\\`; host paths with `/`."""
    if re.match(r"^\w+:(?!:)", path) or ("\\" in path and "/" not in path):  # C:\x, Env:, Variable:
        return "\\"
    return "/"


def join(path: str, child: str) -> str:
    sep = separator_for(path + child if path else child)
    if not path:
        return child
    if not child:
        return path if path.endswith(("\\", "/")) else path + sep
    return path.rstrip("\\/") + sep + child.lstrip("\\/")


@cmdlet("Join-Path", outputs=("System.String",))
class JoinPath(Cmdlet):
    """Combines a path and a child path into a single path."""

    Path: list[str] = Parameter(
        position=0, mandatory=True, pipeline=True, by_property_name=True, aliases=("PSPath",)
    )
    ChildPath: str = Parameter(position=1, mandatory=True, by_property_name=True)
    AdditionalChildPath: list[str] | None = Parameter(position=2, remaining=True)
    Resolve: Switch = Parameter()

    examples = (
        Example("Join-Path -Path C:\\Reports -ChildPath um.csv", "Combine a folder and a file name"),
        Example("Join-Path (Get-Location).Path 'users.csv'", "A file in the current folder"),
    )

    def process(self, ctx: Context) -> Iterator[str]:
        for path in self.Path if isinstance(self.Path, list) else [self.Path]:
            joined = join(path or "", self.ChildPath or "")
            for extra in self.AdditionalChildPath or []:
                joined = join(joined, extra)
            if not self.Resolve:
                yield joined
                continue
            found = _fs.expand(ctx, joined)
            if not found:
                ctx.write_error(_fs.not_found(ctx, joined))
            yield from found
