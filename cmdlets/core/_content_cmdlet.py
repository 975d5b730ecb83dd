"""The parameters and body shared by Add-Content and Set-Content (they differ only in appending).

Private helper: an undecorated Cmdlet base class; `@cmdlet` on a subclass picks up its `Parameter()`
declarations (pwshlite.cmdlet._parameter_specs).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any, ClassVar

from pwshlite.cmdlet import Cmdlet, Context, Parameter, Switch

from . import _fs, _writer
from ._common import as_list, enum_name
from ._content import ProviderEncoding


class ContentWriter(Cmdlet):
    """Writes the pipeline's values to files: Set-Content replaces the content, Add-Content appends."""

    append: ClassVar[bool] = False

    Path: list[str] = Parameter(position=0, mandatory=("Path",), by_property_name=("Path",), sets=("Path",))
    LiteralPath: list[str] = Parameter(
        mandatory=("LiteralPath",),
        by_property_name=("LiteralPath",),
        sets=("LiteralPath",),
        aliases=("PSPath",),
    )
    Value: list[Any] = Parameter(position=1, mandatory=True, pipeline=True, by_property_name=True)
    Encoding: ProviderEncoding | None = Parameter()
    NoNewline: Switch = Parameter()
    PassThru: Switch = Parameter()
    Force: Switch = Parameter()
    Filter: str | None = Parameter()
    Include: list[str] | None = Parameter()
    Exclude: list[str] | None = Parameter()

    def begin(self, ctx: Context) -> None:
        self._values: list[Any] = []

    def process(self, ctx: Context) -> None:
        self._values.extend(as_list(self.Value))

    def end(self, ctx: Context) -> Iterator[Any]:
        paths, literal = _fs.literal_or_path(self.Path, self.LiteralPath)
        encoding = enum_name(self.Encoding)
        no_newline = bool(self.NoNewline)
        for full in _writer.target_paths(ctx, paths, literal):
            if _writer.write(ctx, full, self._values, encoding, append=self.append, no_newline=no_newline):
                if self.PassThru:
                    yield from self._values
