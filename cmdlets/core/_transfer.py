"""The parameters and item loop shared by Copy-Item and Move-Item.

Private helper: an undecorated Cmdlet base class (pwshlite.cmdlet._parameter_specs picks up its
`Parameter()` declarations); subclasses implement `transfer(ctx, source, destination)`.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from pwshlite.cmdlet import Cmdlet, Context, Parameter, Switch

from . import _fs


class ItemTransfer(Cmdlet):
    """Resolves -Path/-LiteralPath and hands each item to `transfer`; -PassThru writes the new item."""

    Path: list[str] = Parameter(
        position=0, mandatory=("Path",), pipeline=("Path",), by_property_name=("Path",), sets=("Path",)
    )
    LiteralPath: list[str] = Parameter(
        mandatory=("LiteralPath",),
        by_property_name=("LiteralPath",),
        sets=("LiteralPath",),
        aliases=("PSPath",),
    )
    Destination: str | None = Parameter(position=1, by_property_name=True)
    Force: Switch = Parameter()
    PassThru: Switch = Parameter()
    Filter: str | None = Parameter()
    Include: list[str] | None = Parameter()
    Exclude: list[str] | None = Parameter()

    def transfer(self, ctx: Context, source: str, dest: str) -> str | None:
        """Copy or move one item; the new item's path, or None when nothing was done."""
        raise NotImplementedError

    def process(self, ctx: Context) -> Iterator[Any]:
        paths, literal = _fs.literal_or_path(self.Path, self.LiteralPath)
        dest = _fs.full_path(ctx, self.Destination or ".")
        for path in paths:
            found = _fs.resolve(ctx, path, literal)
            if not found and (literal or not _fs.has_wildcard(path)):
                ctx.write_error(_fs.not_found(ctx, path))
                continue
            for full in found:
                result = self.transfer(ctx, full, dest)
                if result is not None and self.PassThru:
                    yield _fs.item(result)
