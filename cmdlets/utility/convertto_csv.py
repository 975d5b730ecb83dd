"""ConvertTo-Csv: Converts objects into a series of comma-separated value (CSV) strings.

Same text as Export-Csv (formatting spec Appendix B), one string per line, emitted as each object
arrives: `#TYPE` line unless -NoTypeInformation, the first object's property names, then the rows.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from pwshlite.cmdlet import Cmdlet, Context, Example, Parameter, Switch, cmdlet
from pwshlite.objects import Char

from ._csv import CsvWriter, resolve_delimiter


@cmdlet("ConvertTo-Csv", default_set="Delimiter", outputs=("System.String",))
class ConvertToCsv(Cmdlet):
    """ConvertTo-Csv: Converts objects into a series of comma-separated value (CSV) strings."""

    InputObject: Any = Parameter(position=0, mandatory=True, pipeline=True, by_property_name=True,
                                 type_name="System.Management.Automation.PSObject")  # fmt: skip
    Delimiter: Char | None = Parameter(position=1, sets=("Delimiter",), type_name="System.Char")
    UseCulture: Switch = Parameter(sets=("UseCulture",))
    NoTypeInformation: Switch = Parameter(aliases=("NTI",))

    examples = (
        Example(
            "[pscustomobject]@{Name='a';Count=1} | ConvertTo-Csv -NoTypeInformation", "Objects as CSV text"
        ),
    )

    def begin(self, ctx: Context) -> None:
        self._writer = CsvWriter(
            resolve_delimiter(self.Delimiter, bool(self.UseCulture)), not self.NoTypeInformation
        )

    def process(self, ctx: Context) -> Iterator[Any]:
        if self.InputObject is None:
            return
        yield from self._writer.lines(self.InputObject)
