"""Out-File: Sends output to a file.

Writes the lines Out-String would produce (formatting spec §1.6, §8) as they are rendered, at -Width
(default: the host width less one). 5.1 defaults: Unicode (UTF-16LE with BOM) encoding; -Append,
-NoClobber, -Force (overwrite read-only files), -NoNewline. pwshlite ends lines with LF.
"""

from __future__ import annotations

import io
import os
from typing import IO, Any

from pwshlite.cmdlet import Cmdlet, CmdletError, Context, Example, Parameter, Switch, ValidateSet, cmdlet
from pwshlite.errors import ErrorCategory, ErrorRecord
from pwshlite.format.out import OutDefault

from ._common import no_clobber, open_failure, resolve_file
from ._csv import ENCODINGS, bom_for
from ._format_common import host_width

ENCODING_NAMES = (
    "unknown",
    "string",
    "unicode",
    "bigendianunicode",
    "utf8",
    "utf7",
    "utf32",
    "ascii",
    "default",
    "oem",
)


@cmdlet("Out-File", default_set="ByPath", supports_should_process=True)
class OutFile(Cmdlet):
    """Out-File: Sends output to a file."""

    FilePath: str | None = Parameter(
        position=0, mandatory=("ByPath",), sets=("ByPath",)
    )  # 5.1: no Path alias
    LiteralPath: str | None = Parameter(
        mandatory=("ByLiteralPath",), sets=("ByLiteralPath",), aliases=("PSPath",)
    )
    Encoding: str | None = Parameter(position=1, validate=ValidateSet(*ENCODING_NAMES))
    Append: Switch = Parameter()
    Force: Switch = Parameter()
    NoClobber: Switch = Parameter(aliases=("NoOverwrite",))
    Width: int | None = Parameter()
    NoNewline: Switch = Parameter()
    InputObject: Any = Parameter(pipeline=True, type_name="System.Management.Automation.PSObject")

    examples = (
        Example("Get-UMMailboxPIN | Out-File -FilePath .\\pins.txt", "Save the formatted table to a file"),
        Example(
            "Get-UMDialPlan | Format-List | Out-File plans.txt -Append -Encoding utf8", "Append as UTF-8"
        ),
    )

    def begin(self, ctx: Context) -> None:
        self._file: IO[str] | None = None
        self._out: OutDefault | None = None
        typed = self.FilePath if self.FilePath is not None else self.LiteralPath or ""
        if not ctx.should_process(typed, "Output to File"):  # 5.1: ShouldProcess(FilePath, OutFile_Action)
            return
        path = resolve_file(ctx, typed, self.FilePath is None)
        self._file = self._open(path)
        width = self.Width if self.Width is not None else host_width(ctx)
        if width < 2:
            raise CmdletError(ErrorRecord(
                f"The value {width} for the Width parameter is not valid.", "InvalidWidth",
                ErrorCategory.InvalidArgument, "System.ArgumentException",
            ))  # fmt: skip
        self._out = OutDefault(
            self._write, width, lambda name: ctx.get_variable(name), ctx.write_warning, host=False
        )

    def _open(self, path: str) -> IO[str]:
        if os.path.isdir(path):
            raise open_failure(path, IsADirectoryError(path))
        if not os.path.isdir(os.path.dirname(path) or "."):
            raise open_failure(path, OSError(path))  # .NET: DirectoryNotFoundException
        if self.NoClobber and not self.Append and os.path.exists(path):
            raise no_clobber(path, self.FilePath if self.FilePath is not None else self.LiteralPath)
        codec = ENCODINGS.get((self.Encoding or "unicode").casefold(), "utf-16-le")
        try:
            if self.Force and os.path.exists(path) and not os.access(path, os.W_OK):
                os.chmod(path, 0o644)
            raw = open(path, "ab" if self.Append else "wb")  # noqa: SIM115 (closed in end)
        except OSError as exc:
            raise open_failure(path, exc) from exc
        if raw.tell() == 0:
            raw.write(bom_for(codec))
        return io.TextIOWrapper(raw, encoding=codec, errors="replace", newline="\n")

    def _write(self, line: str) -> None:
        assert self._file is not None
        self._file.write(line if self.NoNewline else line + "\n")

    def process(self, ctx: Context) -> None:
        if self._out is not None:
            self._out.write(self.InputObject)

    def end(self, ctx: Context) -> None:
        if self._out is not None:
            self._out.close()
        if self._file is not None:
            self._file.close()
            self._file = None
