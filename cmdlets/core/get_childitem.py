"""Get-ChildItem: gets the files and folders in one or more locations."""

from __future__ import annotations

import os
from collections.abc import Iterator
from typing import Any, cast

from pwshlite.cmdlet import Cmdlet, Context, Example, Parameter, Switch, cmdlet

from . import _fs, _providers
from .get_item import _provider_items


@cmdlet("Get-ChildItem", default_set="Items", aliases=("gci", "ls", "dir"))
class GetChildItem(Cmdlet):
    """Gets the items and child items in one or more specified locations (the file system)."""

    Path: list[str] | None = Parameter(
        position=0, pipeline=("Items",), by_property_name=("Items",), sets=("Items",)
    )
    LiteralPath: list[str] | None = Parameter(
        mandatory=("LiteralItems",),
        by_property_name=("LiteralItems",),
        sets=("LiteralItems",),
        aliases=("PSPath",),
    )
    Filter: str | None = Parameter(position=1)
    Include: list[str] | None = Parameter()
    Exclude: list[str] | None = Parameter()
    Recurse: Switch = Parameter(aliases=("s",))
    Depth: int | None = Parameter()
    Force: Switch = Parameter()
    Name: Switch = Parameter()
    File: Switch = Parameter()
    Directory: Switch = Parameter(aliases=("ad", "d"))
    Hidden: Switch = Parameter(aliases=("ah", "h"))
    Attributes: _fs.AttributesFilter | None = Parameter()

    examples = (
        Example("Get-ChildItem", "List the current folder"),
        Example("Get-ChildItem -Path . -Filter *.csv -Recurse", "Find files by name in a folder tree"),
        Example("Get-ChildItem -File -Name", "Names of the files only"),
    )

    def process(self, ctx: Context) -> Iterator[Any]:
        paths, literal = _fs.literal_or_path(self.Path, self.LiteralPath)
        for path in paths or ["."]:
            yield from self._one(ctx, path, literal)

    def _one(self, ctx: Context, path: str, literal: bool) -> Iterator[Any]:
        provider = _providers.split(path)
        if provider is not None:
            for item in _provider_items(ctx, path, provider):
                yield item.get("Name") if self.Name else item
            return
        found = _fs.resolve(ctx, path, literal)
        wildcard = not literal and _fs.has_wildcard(path)
        if not found and not wildcard:
            ctx.write_error(_fs.not_found(ctx, path))
            return
        recurse = bool(self.Recurse) or self.Depth is not None
        include_applies = wildcard or recurse  # 5.1: -Include needs -Recurse or a wildcard path (docs)
        asks_hidden = any((False, "hidden") in terms for terms in cast(Any, self.Attributes or []))
        force = bool(self.Force) or bool(self.Hidden) or asks_hidden
        for full in found:
            if not os.path.isdir(full):
                if self._wanted(full, include_applies=True):
                    yield self._emit(full, os.path.basename(full))
                continue
            # a container (also one matched by a wildcard) is listed by its children
            for child, relative in _fs.children(full, recurse, force, self.Depth):
                if self._wanted(child, include_applies):
                    yield self._emit(child, relative)

    def _wanted(self, full: str, include_applies: bool) -> bool:
        name = os.path.basename(full)
        is_dir = os.path.isdir(full)
        if (self.File and is_dir) or (self.Directory and not is_dir):
            return False
        if self.Hidden and not _fs.is_hidden(full):
            return False
        if self.Attributes is not None and not _fs.attributes_match(full, cast(Any, self.Attributes)):
            return False
        if self.Filter and not _fs.matches(name, self.Filter):
            return False
        if self.Include and not (include_applies and any(_fs.matches(name, p) for p in self.Include)):
            return False
        return not (self.Exclude and any(_fs.matches(name, p) for p in self.Exclude))

    def _emit(self, full: str, relative: str) -> Any:
        return relative if self.Name else _fs.item(full)
