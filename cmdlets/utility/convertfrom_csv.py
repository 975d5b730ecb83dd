"""ConvertFrom-Csv: Converts object properties in comma-separated value (CSV) format into CSV versions of the original objects.

Each input string is parsed as CSV text; the header (and `#TYPE` name) found in the first string
carries over to the following ones, as in 5.1, so `Get-Content x.csv | ConvertFrom-Csv` works.
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from typing import Any

from pwshlite.cmdlet import Cmdlet, Context, Example, Parameter, Switch, ValidateNotNullOrEmpty, cmdlet
from pwshlite.objects import Char

from ._common import enumerate_value, to_string
from ._csv import CsvImporter, resolve_delimiter, validate_header


@cmdlet("ConvertFrom-Csv", default_set="Delimiter")
class ConvertFromCsv(Cmdlet):
    """ConvertFrom-Csv: Converts object properties in comma-separated value (CSV) format into CSV versions of the original objects."""

    InputObject: list[Any] = Parameter(position=0, mandatory=True, pipeline=True, by_property_name=True,
                                       type_name="System.Management.Automation.PSObject[]")  # fmt: skip
    Delimiter: Char | None = Parameter(position=1, sets=("Delimiter",), type_name="System.Char")
    UseCulture: Switch = Parameter(sets=("UseCulture",), mandatory=True)
    Header: list[str] | None = Parameter(validate=ValidateNotNullOrEmpty)

    examples = (
        Example("'Name,Count', 'a,1' | ConvertFrom-Csv", "Parse CSV lines into objects"),
        Example("'a;1' | ConvertFrom-Csv -Delimiter ';' -Header Name,Count", "Supply the column names"),
    )

    def begin(self, ctx: Context) -> None:
        header = list(self.Header) if self.Header else None
        if header:
            validate_header(header)
        self._importer = CsvImporter(ctx, resolve_delimiter(self.Delimiter, bool(self.UseCulture)), header)

    def process(self, ctx: Context) -> Iterator[Any]:
        for item in enumerate_value(self.InputObject):
            if item is None:
                continue
            text = item if isinstance(item, str) else to_string(item)
            yield from self._importer.objects(io.StringIO(text))
