"""Resolve-Path: resolves the wildcard characters in a path and shows the full paths it names."""

from __future__ import annotations

import os
from collections.abc import Iterator
from typing import Any

from pwshlite.cmdlet import Cmdlet, Context, Example, Parameter, Switch, cmdlet

from . import _fs
from ._location import path_info


@cmdlet(
    "Resolve-Path", default_set="Path", aliases=("rvpa",), outputs=("System.Management.Automation.PathInfo",)
)
class ResolvePath(Cmdlet):
    """Resolves the wildcard characters in a path, and displays the path contents."""

    Path: list[str] = Parameter(
        position=0, mandatory=("Path",), pipeline=("Path",), by_property_name=("Path",), sets=("Path",)
    )
    LiteralPath: list[str] = Parameter(
        mandatory=("LiteralPath",),
        by_property_name=("LiteralPath",),
        sets=("LiteralPath",),
        aliases=("PSPath",),
    )
    Relative: Switch = Parameter()

    examples = (
        Example("Resolve-Path ~", "The full path of the home folder"),
        Example(
            "Set-Content ./a.csv x; Resolve-Path *.csv -Relative", "Relative paths of the CSV files here"
        ),
    )

    def process(self, ctx: Context) -> Iterator[Any]:
        paths, literal = _fs.literal_or_path(self.Path, self.LiteralPath)
        for path in paths:
            found = _fs.resolve(ctx, path, literal)
            if not found:
                ctx.write_error(_fs.not_found(ctx, path))
                continue
            for full in found:
                yield self._relative(ctx, full) if self.Relative else path_info(full)

    @staticmethod
    def _relative(ctx: Context, full: str) -> str:
        rel = os.path.relpath(full, ctx.cwd)
        return rel if rel.startswith("..") else os.path.join(".", rel)
