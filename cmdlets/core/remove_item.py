"""Remove-Item: deletes files and folders."""

from __future__ import annotations

import os
import shutil

from pwshlite.cmdlet import Cmdlet, Context, Example, Parameter, Switch, cmdlet

from . import _fs, _providers


@cmdlet(
    "Remove-Item",
    default_set="Path",
    supports_should_process=True,
    aliases=("ri", "rm", "rmdir", "del", "erase", "rd"),
)
class RemoveItem(Cmdlet):
    """Deletes the specified items (files and folders)."""

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
    Recurse: Switch = Parameter()
    Force: Switch = Parameter()

    examples = (
        Example("Set-Content ./old.txt x; Remove-Item ./old.txt", "Delete a file"),
        Example(
            "New-Item ./reports/2024 -ItemType Directory -Force | Out-Null; Remove-Item ./reports -Recurse -WhatIf",
            "Show what deleting a folder tree would do",
        ),
    )

    def process(self, ctx: Context) -> None:
        paths, literal = _fs.literal_or_path(self.Path, self.LiteralPath)
        for path in paths:
            provider = _providers.split(path)
            if provider is not None:
                self._remove_provider_items(ctx, path, provider)
                continue
            found = _fs.resolve(ctx, path, literal)
            if not found and (literal or not _fs.has_wildcard(path)):
                ctx.write_error(_fs.not_found(ctx, path))
                continue
            for full in found:
                if self._wanted(full):
                    self._remove(ctx, full)

    def _remove_provider_items(self, ctx: Context, path: str, provider: tuple[str, str]) -> None:
        drive, pattern = provider
        found = _providers.find(ctx, drive, pattern)
        if not found and not _fs.has_wildcard(pattern):
            ctx.write_error(_fs.not_found(ctx, path, _providers.display(drive, pattern)))
        for name, _value in found:
            if ctx.should_process(f"Item: {name}", "Remove Item"):
                _providers.remove(ctx, drive, name)

    def _wanted(self, full: str) -> bool:
        name = os.path.basename(full)
        if self.Filter and not _fs.matches(name, self.Filter):
            return False
        if self.Include and not any(_fs.matches(name, p) for p in self.Include):
            return False
        return not (self.Exclude and any(_fs.matches(name, p) for p in self.Exclude))

    def _remove(self, ctx: Context, full: str) -> None:
        is_dir = os.path.isdir(full) and not os.path.islink(full)
        if not ctx.should_process(full, "Remove Directory" if is_dir else "Remove File"):
            return
        if is_dir and os.listdir(full) and not self.Recurse:
            query = (
                f"The item at {full} has children and the Recurse parameter was not specified. If you continue, "
                "all children will be removed with the item. Are you sure you want to continue?"
            )
            if not ctx.should_continue(query, "Confirm"):
                return
        try:
            if is_dir:
                shutil.rmtree(full)
            else:
                os.remove(full)
        except OSError as exc:
            ctx.write_error(_fs.io_error(ctx, exc, "RemoveFileSystemItemIOError", full))
