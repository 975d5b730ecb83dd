"""Export-Clixml: Creates an XML-based representation of an object or objects and stores it in a file.

Writes PowerShell's CLIXML (schema 1.1.0.1), one top-level element per pipeline object as it
arrives; -Depth (default 2) limits nesting (deeper objects are stored as their string form). 5.1's
default encoding is Unicode (UTF-16 LE with BOM); pwshlite ends lines with LF.
"""

from __future__ import annotations

import io
import os
from typing import Any

from pwshlite.cmdlet import Cmdlet, Context, Example, Parameter, Switch, ValidateRange, ValidateSet, cmdlet

from ._clixml import ClixmlWriter
from ._common import no_clobber, open_failure, resolve_file
from ._csv import ENCODING_NAMES, ENCODINGS, bom_for
from .export_csv import path_conflict


@cmdlet("Export-Clixml", default_set="ByPath", supports_should_process=True)
class ExportClixml(Cmdlet):
    """Export-Clixml: Creates an XML-based representation of an object or objects and stores it in a file."""

    Depth: int = Parameter(default=2, validate=ValidateRange(1, 2147483647))
    Path: str | None = Parameter(position=0, mandatory=True, sets=("ByPath",))
    LiteralPath: str | None = Parameter(mandatory=True, sets=("ByLiteralPath",), aliases=("PSPath",))
    InputObject: Any = Parameter(
        mandatory=True, pipeline=True, type_name="System.Management.Automation.PSObject"
    )
    Force: Switch = Parameter()
    NoClobber: Switch = Parameter(aliases=("NoOverwrite",))
    Encoding: str = Parameter(default="Unicode", validate=ValidateSet(*ENCODING_NAMES))

    examples = (
        Example("Get-Mailbox | Export-Clixml mailboxes.xml", "Save objects for a later session"),
        Example(
            "[pscustomobject]@{User='admin'; Password=(ConvertTo-SecureString 'p@ss' -AsPlainText -Force)} | Export-Clixml cred.xml",
            "A password stays encrypted for this user",
        ),
    )

    def begin(self, ctx: Context) -> None:
        if (self.Path is None) == (self.LiteralPath is None):
            raise path_conflict()
        self._writer: ClixmlWriter | None = None
        typed = self.Path or self.LiteralPath or ""
        if not ctx.should_process(typed):  # 5.1: ShouldProcess(Path) with the path as typed, then resolve it
            return
        full = resolve_file(ctx, typed, self.LiteralPath is not None)
        if self.NoClobber and os.path.exists(full):
            raise no_clobber(full, self.Path or self.LiteralPath)
        codec = ENCODINGS.get(self.Encoding.casefold(), "utf-16-le")
        try:
            if self.Force and os.path.exists(full) and not os.access(full, os.W_OK):
                os.chmod(full, 0o644)
            raw = open(full, "wb")  # noqa: SIM115 (closed in end)
        except OSError as exc:
            raise open_failure(full, exc) from exc
        raw.write(bom_for(codec))
        self._stream = io.TextIOWrapper(raw, encoding=codec, errors="replace", newline="\n")
        self._writer = ClixmlWriter(self._stream, self.Depth)

    def process(self, ctx: Context) -> None:
        if self._writer is not None:
            self._writer.write(self.InputObject)

    def end(self, ctx: Context) -> None:
        if self._writer is not None:
            self._writer.close()
            self._stream.close()
            self._writer = None


ExportClixml.info.extra["allow_null"] = {"InputObject"}  # [AllowNull]: $null is stored as <Nil />
