"""Get-Content: gets the content of a file, one line per object (or the whole text with -Raw)."""

from __future__ import annotations

import os
from collections.abc import Iterator
from typing import Any

from pwshlite.cmdlet import Cmdlet, Context, Example, Parameter, Switch, cmdlet
from pwshlite.errors import ErrorCategory

from . import _content, _fs, _providers
from ._common import enum_name, terminate, write_error
from ._content import ProviderEncoding


@cmdlet("Get-Content", default_set="Path", aliases=("gc", "cat", "type"))
class GetContent(Cmdlet):
    """Gets the content of the item at the specified location (the lines of a text file)."""

    Path: list[str] = Parameter(position=0, mandatory=("Path",), by_property_name=("Path",), sets=("Path",))
    LiteralPath: list[str] = Parameter(
        mandatory=("LiteralPath",),
        by_property_name=("LiteralPath",),
        sets=("LiteralPath",),
        aliases=("PSPath",),
    )
    ReadCount: int = Parameter(by_property_name=True, default=1)
    TotalCount: int = Parameter(by_property_name=True, default=-1, aliases=("First", "Head"))
    Tail: int = Parameter(default=-1, aliases=("Last",))
    Encoding: ProviderEncoding | None = Parameter()
    Raw: Switch = Parameter()
    Delimiter: str | None = Parameter()
    Filter: str | None = Parameter()
    Include: list[str] | None = Parameter()
    Exclude: list[str] | None = Parameter()
    Force: Switch = Parameter()
    Wait: Switch = Parameter()

    examples = (
        Example(
            "Set-Content ./users.csv 'Name','tony','kim'; Get-Content -Path ./users.csv -TotalCount 2",
            "The first five lines of a file",
        ),
        Example(
            "Set-Content ./log.txt 1,2,3; Get-Content -Path ./log.txt -Tail 1", "The last line of a file"
        ),
        Example(
            "Set-Content ./template.txt 'Dear {0},'; Get-Content -Path ./template.txt -Raw",
            "The whole file as one string",
        ),
    )

    def begin(self, ctx: Context) -> None:
        if "TotalCount" in ctx.bound and "Tail" in ctx.bound:
            raise terminate(
                ctx, "The parameters TotalCount and Tail cannot be used together. Please specify only one parameter.",
                "TailAndHeadCannotCoexist", ErrorCategory.InvalidOperation, None, "System.InvalidOperationException",
            )  # fmt: skip

    def process(self, ctx: Context) -> Iterator[Any]:
        paths, literal = _fs.literal_or_path(self.Path, self.LiteralPath)
        for path in paths:
            provider = _providers.split(path)
            if provider is not None:
                yield from self._provider_content(ctx, path, provider)
                continue
            found = _fs.resolve(ctx, path, literal)
            if not found and (literal or not _fs.has_wildcard(path)):
                ctx.write_error(_fs.not_found(ctx, path))
                continue
            for full in found:
                if self._filtered_out(full):
                    continue
                yield from self._read(ctx, full)

    def _provider_content(self, ctx: Context, path: str, provider: tuple[str, str]) -> Iterator[Any]:
        drive, pattern = provider
        found = _providers.find(ctx, drive, pattern)
        if not found:
            ctx.write_error(_fs.not_found(ctx, path, _providers.display(drive, pattern)))
        for _name, value in found:
            yield value

    def _filtered_out(self, full: str) -> bool:
        name = os.path.basename(full)
        if self.Filter and not _fs.matches(name, self.Filter):
            return True
        if self.Include and not any(_fs.matches(name, p) for p in self.Include):
            return True
        return bool(self.Exclude and any(_fs.matches(name, p) for p in self.Exclude))

    def _read(self, ctx: Context, full: str) -> Iterator[Any]:
        if os.path.isdir(full):
            write_error(
                ctx, f"Access to the path '{full}' is denied.", "GetContentReaderUnauthorizedAccessError",
                ErrorCategory.PermissionDenied, full, "System.UnauthorizedAccessException",
            )  # fmt: skip
            return
        try:
            with open(full, "rb") as handle:
                data = handle.read()
        except OSError as exc:
            ctx.write_error(_fs.io_error(ctx, exc, "GetContentReaderIOError", full))
            return
        encoding = enum_name(self.Encoding)
        if encoding is not None and encoding.casefold() == "byte":
            yield from self._chunks(list(data))
            return
        text = _content.decode(data, encoding)
        if self.Raw:
            if text:
                yield text
            return
        items = (
            _content.split_delimited(text, self.Delimiter)
            if self.Delimiter is not None
            else _content.split_lines(text)
        )
        yield from self._chunks(items)

    def _chunks(self, items: list[Any]) -> Iterator[Any]:
        if self.TotalCount >= 0:
            items = items[: self.TotalCount]
        if self.Tail >= 0:
            items = items[len(items) - self.Tail :] if self.Tail else []
        size = self.ReadCount
        if size == 1 or not items:
            yield from items
        elif size <= 0:
            yield items
        else:
            for start in range(0, len(items), size):
                yield items[start : start + size]
