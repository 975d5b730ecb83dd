"""Set-Content: writes new content or replaces the content in a file."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from pwshlite.cmdlet import Cmdlet, Context, Example, Parameter, Switch, cmdlet

from . import _fs, _writer
from ._common import as_list, enum_name
from ._content import ProviderEncoding


@cmdlet("Set-Content", default_set="Path", supports_should_process=True, aliases=("sc",))
class SetContent(Cmdlet):
    """Writes new content or replaces the content in a file (ANSI and CRLF unless -Encoding says otherwise, as 5.1 writes)."""

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
        Example("Set-Content -Path ./notes.txt -Value 'Hello, World'", "Set one line"),
        Example("Get-Date | Set-Content -Path ./dates.txt", "Set what the pipeline gives"),
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
                _writer.write(
                    ctx, full, self._values, encoding, append=False, no_newline=bool(self.NoNewline)
                )
                and self.PassThru
            ):
                yield from self._values
