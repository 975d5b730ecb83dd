"""Tee-Object: Saves command output in a file or variable and also sends it down the pipeline.

Objects pass through unchanged. -FilePath writes them formatted as Out-File does (5.1: UTF-16 LE
with a BOM; -Append adds to the file); -Variable stores all of them in a variable at the end.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import IO, Any

from pwshlite.cmdlet import Cmdlet, Context, Example, Parameter, Switch, cmdlet

from ._common import open_failure, resolve_file


@cmdlet("Tee-Object", default_set="File", aliases=("tee",))
class TeeObject(Cmdlet):
    """Tee-Object: Saves command output in a file or variable and also sends it down the pipeline."""

    InputObject: Any = Parameter(pipeline=True, type_name="System.Management.Automation.PSObject")
    FilePath: str | None = Parameter(position=0, mandatory=True, sets=("File",))  # 5.1: no Path alias
    LiteralPath: str | None = Parameter(mandatory=True, sets=("LiteralFile",), aliases=("PSPath",))
    Append: Switch = Parameter(sets=("File",))
    Variable: str | None = Parameter(mandatory=True, sets=("Variable",))

    examples = (
        Example("Get-Mailbox | Tee-Object -FilePath mailboxes.txt | Measure-Object", "Keep a copy and go on"),
        Example("1..3 | Tee-Object -Variable numbers", "Output and a variable"),
    )

    def begin(self, ctx: Context) -> None:
        self._items: list[Any] = []
        self._file: IO[str] | None = None
        self._out: Any = None
        path = self.FilePath or self.LiteralPath
        if path is None:
            return
        from pwshlite.format.out import OutDefault

        from ._format_common import host_width

        full = resolve_file(ctx, path, self.LiteralPath is not None)
        append = bool(self.Append)
        try:
            raw = open(full, "ab" if append else "wb")  # noqa: SIM115 (closed in end)
        except OSError as exc:
            raise open_failure(full, exc) from exc
        if raw.tell() == 0:
            raw.write(b"\xff\xfe")
        self._file = __import__("io").TextIOWrapper(raw, encoding="utf-16-le", newline="\n")
        file = self._file

        def write_line(line: str) -> None:
            file.write(line + "\n")

        self._out = OutDefault(write_line, host_width(ctx), ctx.get_variable, ctx.write_warning, host=False)

    def process(self, ctx: Context) -> Iterator[Any]:
        obj = self.InputObject
        if self._out is not None:
            self._out.write(obj)
        if self.Variable is not None:
            self._items.append(obj)
        yield obj

    def end(self, ctx: Context) -> None:
        if self._out is not None:
            self._out.close()
        if self._file is not None:
            self._file.close()
        if self.Variable is not None:  # Set-Variable's rule for piped values: none -> $null, one -> itself
            items = self._items
            ctx.set_variable(
                self.Variable, None if not items else items[0] if len(items) == 1 else list(items)
            )
