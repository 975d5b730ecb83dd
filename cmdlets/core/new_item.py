"""New-Item: creates a new file or folder, optionally with content."""

from __future__ import annotations

import os
from collections.abc import Iterator
from typing import Any

from pwshlite.cmdlet import Cmdlet, Context, Example, Parameter, Switch, cmdlet
from pwshlite.errors import ErrorCategory

from . import _fs
from ._common import to_string, write_error
from ._content import encode_text


@cmdlet("New-Item", default_set="pathSet", supports_should_process=True, aliases=("ni",))
class NewItem(Cmdlet):
    """Creates a new item (a file or a folder) and sets its value."""

    Path: list[str] | None = Parameter(
        position=0, mandatory=("pathSet",), by_property_name=True, sets=("pathSet", "nameSet")
    )
    Name: str | None = Parameter(mandatory=("nameSet",), by_property_name=True, sets=("nameSet",))
    ItemType: str | None = Parameter(by_property_name=True, aliases=("Type",))
    Value: Any = Parameter(pipeline=True, by_property_name=True, aliases=("Target",))
    Force: Switch = Parameter()

    examples = (
        Example(
            "New-Item -Path ./testfile1.txt -ItemType File -Value 'This is a text string.'", "Create a file"
        ),
        Example("New-Item -Path ./logfiles -ItemType Directory", "Create a folder"),
    )

    def process(self, ctx: Context) -> Iterator[Any]:
        paths = [str(p) for p in (self.Path if isinstance(self.Path, list) else [self.Path or "."])]
        for path in paths:
            full = _fs.full_path(ctx, os.path.join(path, self.Name) if self.Name else path)
            result = self._create(ctx, full)
            if result is not None:
                yield result

    def _create(self, ctx: Context, full: str) -> Any:
        kind = (self.ItemType or "File").casefold()
        if kind not in ("file", "directory", "folder"):
            write_error(
                ctx,
                "The type is not a known type for the file system. Only \"file\" and \"directory\" can be specified.",
                "Argument", ErrorCategory.InvalidArgument, full, "System.Management.Automation.PSArgumentException",
            )  # fmt: skip
            return None
        is_dir = kind != "file"
        action = "Create Directory" if is_dir else "Create File"
        if not ctx.should_process(f"Destination: {full}", f"{action}"):
            return None
        try:
            if is_dir:
                return self._directory(ctx, full)
            return self._file(ctx, full)
        except OSError as exc:
            ctx.write_error(_fs.io_error(ctx, exc, "NewItemIOError", full))
            return None

    def _directory(self, ctx: Context, full: str) -> Any:
        if os.path.isdir(full) and not self.Force:
            write_error(
                ctx, f"An item with the specified name {full} already exists.", "DirectoryExist",
                ErrorCategory.ResourceExists, full, "System.IO.IOException",
            )  # fmt: skip
            return None
        os.makedirs(full, exist_ok=True)
        return _fs.item(full)

    def _file(self, ctx: Context, full: str) -> Any:
        if os.path.exists(full) and not self.Force:
            write_error(
                ctx, f"The file '{full}' already exists.", "NewItemIOError",
                ErrorCategory.WriteError, full, "System.IO.IOException",
            )  # fmt: skip
            return None
        if self.Force:
            os.makedirs(os.path.dirname(full), exist_ok=True)
        text = "" if self.Value is None else to_string(self.Value)
        with open(full, "wb") as handle:
            handle.write(encode_text(text, "UTF8NoBOM"))  # 5.1 writes -Value with a StreamWriter
        return _fs.item(full)
