"""Export-Csv: Converts objects into a series of comma-separated value (CSV) strings and saves them in a file.

5.1 behaviour: a `#TYPE` line unless -NoTypeInformation, every field quoted, columns fixed by the
first object, default encoding ASCII (non-ASCII characters become '?'), -Append checks the existing
header (CannotAppendCsvWithMismatchedPropertyNames unless -Force). Rows are written as they arrive.
pwshlite ends lines with LF (formatting spec, "Line endings").
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from typing import IO, Any

from pwshlite.cmdlet import (
    Cmdlet,
    CmdletError,
    Context,
    Example,
    Parameter,
    Switch,
    ValidateNotNullOrEmpty,
    ValidateSet,
    cmdlet,
)
from pwshlite.errors import ErrorCategory, ErrorRecord
from pwshlite.objects import Char

from ._common import no_clobber, open_failure, resolve_file
from ._csv import ENCODING_NAMES, ENCODINGS, CsvImporter, CsvWriter, bom_for, open_text, resolve_delimiter


def path_conflict() -> CmdletError:
    return CmdletError(ErrorRecord(
        "You must specify either the -Path or -LiteralPath parameters, but not both.",
        "CannotSpecifyPathAndLiteralPath", ErrorCategory.InvalidData, "System.InvalidOperationException",
    ))  # fmt: skip


@cmdlet("Export-Csv", default_set="Delimiter", supports_should_process=True, aliases=("epcsv",))
class ExportCsv(Cmdlet):
    """Export-Csv: Converts objects into a series of comma-separated value (CSV) strings and saves them in a file."""

    InputObject: Any = Parameter(mandatory=True, pipeline=True, by_property_name=True,
                                 type_name="System.Management.Automation.PSObject")  # fmt: skip
    Path: str | None = Parameter(position=0, validate=ValidateNotNullOrEmpty)
    LiteralPath: str | None = Parameter(aliases=("PSPath",), validate=ValidateNotNullOrEmpty)
    Force: Switch = Parameter()
    NoClobber: Switch = Parameter(aliases=("NoOverwrite",))
    Encoding: str | None = Parameter(validate=ValidateSet(*ENCODING_NAMES))
    Append: Switch = Parameter()
    Delimiter: Char | None = Parameter(position=1, sets=("Delimiter",), type_name="System.Char")
    UseCulture: Switch = Parameter(sets=("UseCulture",))
    NoTypeInformation: Switch = Parameter(aliases=("NTI",))

    examples = (
        Example("Get-Mailbox | Select-Object Name,Alias | Export-Csv -Path mailboxes.csv -NoTypeInformation",
                "Save selected properties to a CSV file"),
        Example("Get-Mailbox | Select-Object Name,Alias | Export-Csv mailboxes.csv -Append", "Add rows to an existing CSV file"),
    )  # fmt: skip

    def begin(self, ctx: Context) -> None:
        if (self.Path is None) == (self.LiteralPath is None):
            raise path_conflict()
        self._file: IO[str] | None = None
        self._writer = CsvWriter(
            resolve_delimiter(self.Delimiter, bool(self.UseCulture)), not self.NoTypeInformation
        )
        typed = self.Path or self.LiteralPath or ""
        if not ctx.should_process(typed):  # 5.1: ShouldProcess(Path) with the path as typed, then resolve it
            return
        self._full = resolve_file(ctx, typed, self.LiteralPath is not None)
        self._appending = False
        existing = self._existing_header(ctx) if self.Append else None
        self._open(existing)

    def _existing_header(self, ctx: Context) -> tuple[list[str], str] | None:
        """Header and encoding of a non-empty file being appended to."""
        if not os.path.isfile(self._full) or os.path.getsize(self._full) == 0:
            return None
        # 5.1 reads the existing file with StreamReader(-Encoding or UTF-8, BOM detection) and appends in
        # the encoding it found
        with open_text(self._full, self.Encoding) as stream:
            importer = CsvImporter(ctx, self._writer.delimiter, None)
            from ._csv import CsvReader

            importer.read_header(CsvReader(stream, self._writer.delimiter))
            codec = str(getattr(stream, "encoding", "utf-8"))
        return importer.header or [], codec

    def _open(self, existing: tuple[list[str], str] | None) -> None:
        path = self._full
        if self.NoClobber and not self.Append and os.path.exists(path):
            raise no_clobber(path, self.Path or self.LiteralPath)
        codec = ENCODINGS.get((self.Encoding or "ascii").casefold(), "ascii")
        if existing is not None:
            self._appending = True
            self._existing = existing[0]
            codec = {"utf-8-sig": "utf-8", "utf-16": "utf-16-le", "utf-32": "utf-32-le"}.get(
                existing[1], existing[1]
            )
        try:
            if self.Force and os.path.exists(path) and not os.access(path, os.W_OK):
                os.chmod(path, 0o644)
            raw = open(path, "ab" if self.Append else "wb")  # noqa: SIM115 (closed in end)
        except OSError as exc:
            raise open_failure(path, exc) from exc
        if raw.tell() == 0:
            raw.write(bom_for(codec))
        self._file = __import__("io").TextIOWrapper(raw, encoding=codec, errors="replace", newline="\n")

    def process(self, ctx: Context) -> Iterator[Any]:
        if self._file is None or self.InputObject is None:
            return iter(())
        first = self._writer.names is None
        if first and self._appending:
            self._reconcile()
        for line in self._writer.lines(self.InputObject, write_header=not self._appending):
            self._file.write(line + "\n")
        return iter(())

    def _reconcile(self) -> None:
        """-Append: every existing column must be a property of the first appended object."""
        from ._common import property_names

        mine = {n.casefold() for n in property_names(self.InputObject)}
        for column in self._existing:
            if column.casefold() not in mine and not self.Force:
                self.end(None)  # type: ignore[arg-type]
                raise CmdletError(ErrorRecord(
                    f"Cannot append CSV content to the following file: {self.Path or self.LiteralPath}. The appended "
                    f"object does not have a property that corresponds to the following column: {column}. To continue "
                    "with mismatched properties, add the -Force parameter, and then retry the command.",
                    "CannotAppendCsvWithMismatchedPropertyNames", ErrorCategory.InvalidData,
                    "System.InvalidOperationException", target_object=column,
                ))  # fmt: skip
        self._writer.names = list(self._existing)

    def end(self, ctx: Context) -> None:
        if getattr(self, "_file", None) is not None:
            assert self._file is not None
            self._file.close()
            self._file = None
