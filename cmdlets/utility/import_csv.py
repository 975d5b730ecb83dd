"""Import-Csv: Creates table-like custom objects from the items in a CSV file.

5.1 behaviour: a `#TYPE x` first line gives the objects the type names `x`, `CSV:x`; the first
record is the header unless -Header is given; empty header names become H1, H2... with a warning;
duplicate names end the command (AlreadyPresentPSMemberInfoInternalCollectionAdd). A BOM (UTF-8,
UTF-16 LE/BE, UTF-32) decides the encoding, else -Encoding, else UTF-8. Records are read lazily.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from pwshlite.cmdlet import (
    Cmdlet,
    Context,
    Example,
    Parameter,
    Switch,
    ValidateNotNullOrEmpty,
    ValidateSet,
    cmdlet,
)
from pwshlite.objects import Char

from ._common import open_failure, resolve_file
from ._csv import ENCODING_NAMES, CsvImporter, open_text, resolve_delimiter, validate_header
from .export_csv import path_conflict


@cmdlet("Import-Csv", default_set="Delimiter", aliases=("ipcsv",))
class ImportCsv(Cmdlet):
    """Import-Csv: Creates table-like custom objects from the items in a CSV file."""

    Path: list[str] | None = Parameter(position=0, pipeline=True, validate=ValidateNotNullOrEmpty)
    Delimiter: Char | None = Parameter(position=1, sets=("Delimiter",), type_name="System.Char")
    LiteralPath: list[str] | None = Parameter(
        by_property_name=True, aliases=("PSPath",), validate=ValidateNotNullOrEmpty
    )
    UseCulture: Switch = Parameter(sets=("UseCulture",), mandatory=True)
    Header: list[str] | None = Parameter(validate=ValidateNotNullOrEmpty)
    Encoding: str | None = Parameter(validate=ValidateSet(*ENCODING_NAMES))

    examples = (
        Example(
            "Get-Mailbox | Select-Object Name,Alias | Export-Csv users.csv; Import-Csv users.csv",
            "Read a CSV file into objects",
        ),
        Example(
            "'a;1' | Set-Content data.txt; Import-Csv data.txt -Delimiter ';' -Header Name,Count",
            "Headerless file with another delimiter",
        ),  # fmt: skip
    )

    def begin(self, ctx: Context) -> None:
        self._warned = False
        if self.Path is not None and self.LiteralPath is not None:
            raise path_conflict()

    def process(self, ctx: Context) -> Iterator[Any]:
        if (self.Path is None) == (self.LiteralPath is None):
            # also `Get-ChildItem x.csv | Import-Csv`: the piped FileInfo binds -LiteralPath by its PSPath
            # and -Path by coercion, which 5.1 refuses (PowerShell issue 4473, fixed only in 6.2)
            raise path_conflict()
        delimiter = resolve_delimiter(self.Delimiter, bool(self.UseCulture))
        header = list(self.Header) if self.Header else None
        if header:
            validate_header(header)
        for path in self.LiteralPath or self.Path or []:
            full = resolve_file(ctx, path, self.LiteralPath is not None)
            try:
                stream = open_text(full, self.Encoding)
            except OSError as exc:
                raise open_failure(full, exc) from exc
            importer = CsvImporter(ctx, delimiter, list(header) if header else None)
            importer.warned = self._warned
            with stream:
                yield from importer.objects(stream)
            self._warned = importer.warned
