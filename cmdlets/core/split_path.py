"""Split-Path: returns the specified part of a path (parent, leaf, qualifier, extension...)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from pwshlite.cmdlet import Cmdlet, Context, Example, Parameter, Switch, cmdlet
from pwshlite.errors import ErrorCategory

from . import _fs
from ._common import write_error

_QUALIFIER = re.compile(r"^(?:[A-Za-z][A-Za-z0-9]*:|[^\\/:]+::)")


def parent(path: str) -> str:
    trimmed = path.rstrip("\\/") or path
    index = max(trimmed.rfind("\\"), trimmed.rfind("/"))
    if index < 0:
        return ""
    if index == 0 or (index == 2 and trimmed[1] == ":"):
        return trimmed[: index + 1] if index < len(trimmed) - 1 else ""
    return trimmed[:index]


def leaf(path: str) -> str:
    trimmed = path.rstrip("\\/")
    index = max(trimmed.rfind("\\"), trimmed.rfind("/"))
    return trimmed[index + 1 :]


def extension(path: str) -> str:
    name = leaf(path)
    dot = name.rfind(".")
    return name[dot:] if dot > 0 or (dot == 0 and len(name) > 1) else ""


@cmdlet("Split-Path", default_set="ParentSet", outputs=("System.String",))
class SplitPath(Cmdlet):
    """Returns the specified part of a path: the parent folder by default, or the leaf, qualifier or extension."""

    Path: list[str] = Parameter(
        position=0,
        mandatory=True,
        pipeline=True,
        by_property_name=True,
        sets=(
            "ParentSet",
            "LeafSet",
            "LeafBaseSet",
            "ExtensionSet",
            "QualifierSet",
            "NoQualifierSet",
            "IsAbsoluteSet",
        ),
    )
    LiteralPath: list[str] = Parameter(
        mandatory=True, by_property_name=True, sets=("LiteralPathSet",), aliases=("PSPath",)
    )
    Parent: Switch = Parameter(sets=("ParentSet",))
    Leaf: Switch = Parameter(sets=("LeafSet",))
    LeafBase: Switch = Parameter(sets=("LeafBaseSet",))
    Extension: Switch = Parameter(sets=("ExtensionSet",))
    Qualifier: Switch = Parameter(sets=("QualifierSet",))
    NoQualifier: Switch = Parameter(sets=("NoQualifierSet",))
    IsAbsolute: Switch = Parameter(sets=("IsAbsoluteSet",))
    Resolve: Switch = Parameter()

    examples = (
        Example("Split-Path -Path 'C:\\Reports\\um.csv' -Leaf", "The file name of a path"),
        Example("Split-Path -Path 'C:\\Reports\\um.csv'", "The parent folder of a path"),
        Example("Split-Path -Path 'C:\\Reports\\um.csv' -Qualifier", "The drive of a path"),
    )

    def process(self, ctx: Context) -> Iterator[Any]:
        paths = self.LiteralPath or self.Path
        for path in paths if isinstance(paths, list) else [paths]:
            if not self.Resolve:
                yield from self._split(ctx, path)
                continue
            found = _fs.resolve(ctx, path, bool(self.LiteralPath))
            if not found:
                ctx.write_error(_fs.not_found(ctx, path))
            for full in found:
                yield from self._split(ctx, full)

    def _split(self, ctx: Context, path: str) -> Iterator[Any]:
        if self.IsAbsolute:
            # rooted or drive-qualified (C:\x, env:, fs:/x); a home-relative ~/x is not (Split-Path.Tests.ps1)
            yield bool(path.startswith(("/", "\\")) or _QUALIFIER.match(path))
            return
        qualifier = _QUALIFIER.match(path)
        if self.Qualifier or self.NoQualifier:
            if qualifier is None:
                if self.NoQualifier:
                    yield path
                    return
                write_error(
                    ctx, f"Cannot parse path because path '{path}' does not have a qualifier specified.",
                    "ParsePathError", ErrorCategory.InvalidArgument, path,
                    "System.Management.Automation.PSArgumentException",
                )  # fmt: skip
                return
            yield qualifier.group(0) if self.Qualifier else path[qualifier.end() :]
            return
        if self.Leaf:
            yield leaf(path)
        elif self.LeafBase:
            name, ext = leaf(path), extension(path)
            yield name[: len(name) - len(ext)] if ext else name
        elif self.Extension:
            yield extension(path)
        else:
            yield parent(path)
