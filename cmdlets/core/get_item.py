"""Get-Item: gets the item at the specified location (a file or folder object)."""

from __future__ import annotations

import os
from collections.abc import Iterator
from typing import Any

from pwshlite.cmdlet import Cmdlet, Context, Example, Parameter, Switch, cmdlet

from . import _fs, _providers


@cmdlet("Get-Item", default_set="Path", aliases=("gi",))
class GetItem(Cmdlet):
    """Gets the item at the specified location (not its contents)."""

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
    Force: Switch = Parameter()

    examples = (
        Example("Get-Item .", "The current folder as an object"),
        Example("Get-Item *.txt | Select-Object Name, Length", "The text files here"),
    )

    def process(self, ctx: Context) -> Iterator[Any]:
        paths, literal = _fs.literal_or_path(self.Path, self.LiteralPath)
        for path in paths:
            provider = _providers.split(path)
            if provider is not None:
                yield from _provider_items(ctx, path, provider)
                continue
            found = _fs.resolve(ctx, path, literal)
            if not found and (literal or not _fs.has_wildcard(path)):
                ctx.write_error(_fs.not_found(ctx, path))
                continue
            wildcard = not literal and _fs.has_wildcard(path)
            for full in found:
                if wildcard and _fs.is_hidden(full) and not self.Force:
                    continue
                if self._wanted(os.path.basename(full)):
                    yield _fs.item(full)

    def _wanted(self, name: str) -> bool:
        if self.Filter and not _fs.matches(name, self.Filter):
            return False
        if self.Include and not any(_fs.matches(name, p) for p in self.Include):
            return False
        return not (self.Exclude and any(_fs.matches(name, p) for p in self.Exclude))


def _provider_items(ctx: Context, path: str, provider: tuple[str, str]) -> Iterator[Any]:
    """Env:/Variable: items as DictionaryEntry objects; a missing name is PathNotFound."""
    drive, pattern = provider
    found = _providers.find(ctx, drive, pattern)
    if not found and not _fs.has_wildcard(pattern):
        ctx.write_error(_fs.not_found(ctx, path, _providers.display(drive, pattern)))
    for name, value in found:
        yield _providers.entry(name, value, drive)
