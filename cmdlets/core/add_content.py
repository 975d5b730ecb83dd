"""Add-Content: appends content, such as words or data, to a file."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from pwshlite.cmdlet import Cmdlet, Context, Example, Parameter, Switch, cmdlet

from . import _fs, _writer
from ._common import as_list, enum_name
from ._content import ProviderEncoding


@cmdlet("Add-Content", default_set="Path", supports_should_process=True, aliases=("ac",))
class AddContent(Cmdlet):
    """Appends content, such as words or data, to a file (ANSI and CRLF unless -Encoding says otherwise, as 5.1 writes)."""

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

    examples = (
        Example("Add-Content -Path ./notes.txt -Value 'Hello, World'", "Add one line"),
        Example("Get-Date | Add-Content -Path ./dates.txt", "Add what the pipeline gives"),
    )

    def begin(self, ctx: Context) -> None:
        self._values: list[Any] = []

    def process(self, ctx: Context) -> None:
        self._values.extend(as_list(self.Value))

    def end(self, ctx: Context) -> Iterator[Any]:
        paths, literal = _fs.literal_or_path(self.Path, self.LiteralPath)
        encoding = enum_name(self.Encoding)
        for full in _writer.target_paths(ctx, paths, literal):
            if (
                _writer.write(ctx, full, self._values, encoding, append=True, no_newline=bool(self.NoNewline))
                and self.PassThru
            ):
                yield from self._values
