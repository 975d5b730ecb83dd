"""Test-Path: determines whether all elements of a path exist."""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import datetime

from pwshlite.cmdlet import Cmdlet, Context, Example, Parameter, Switch, cmdlet

from . import _fs, _providers
from ._common import DotNetEnum, enum_name

_INVALID_PATH_CHARS = "\0"


class TestPathType(DotNetEnum):
    dotnet_name = "Microsoft.PowerShell.Commands.TestPathType"
    names = ("Any", "Container", "Leaf")


@cmdlet("Test-Path", default_set="Path", outputs=("System.Boolean",))
class TestPath(Cmdlet):
    """Determines whether all elements of a path exist ($true or $false for each path)."""

    __test__ = False  # not a pytest class

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
    PathType: TestPathType | None = Parameter(aliases=("Type",))
    IsValid: Switch = Parameter()
    OlderThan: datetime | None = Parameter()
    NewerThan: datetime | None = Parameter()

    examples = (
        Example("Test-Path -Path .", "Does the current folder exist?"),
        Example("Test-Path -Path ./users.csv -PathType Leaf", "Is there a file (not a folder) of that name?"),
    )

    def process(self, ctx: Context) -> Iterator[bool]:
        paths, literal = _fs.literal_or_path(self.Path, self.LiteralPath)
        for path in paths:
            yield self._valid(path) if self.IsValid else self._exists(ctx, path, literal)

    def _valid(self, path: str) -> bool:
        return bool(path) and not any(c in path for c in _INVALID_PATH_CHARS)

    def _exists(self, ctx: Context, path: str, literal: bool) -> bool:
        if not path:
            return False
        provider = _providers.split(path)
        if provider is not None:
            return (enum_name(self.PathType) or "Any") != "Container" and bool(
                _providers.find(ctx, *provider)
            )
        kind = enum_name(self.PathType) or "Any"
        for full in _fs.resolve(ctx, path, literal):
            if kind == "Container" and not os.path.isdir(full):
                continue
            if kind == "Leaf" and os.path.isdir(full):
                continue
            if not self._filters(full):
                continue
            return True
        return False

    def _filters(self, full: str) -> bool:
        name = os.path.basename(full)
        if self.Filter and not _fs.matches(name, self.Filter):
            return False
        if self.Include and not any(_fs.matches(name, p) for p in self.Include):
            return False
        if self.Exclude and any(_fs.matches(name, p) for p in self.Exclude):
            return False
        mtime = datetime.fromtimestamp(os.path.getmtime(full))
        if self.OlderThan is not None and not mtime < self.OlderThan:
            return False
        return not (self.NewerThan is not None and not mtime > self.NewerThan)
