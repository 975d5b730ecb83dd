"""Import-Clixml: Imports a CLIXML file and creates corresponding objects in PowerShell.

Reads files written by Export-Clixml (or Windows PowerShell's CLIXML for the same types): property
bags come back as objects typed `Deserialized.<type>`, arrays as ArrayLists, hashtables as
hashtables, SecureStrings decrypted with the current user's key.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from pwshlite.cmdlet import Cmdlet, CmdletError, Context, Example, Parameter, cmdlet
from pwshlite.errors import ErrorCategory, ErrorRecord

from ._clixml import ClixmlReader
from ._common import full_path, open_failure
from ._csv import open_text
from .export_csv import path_conflict


@cmdlet("Import-Clixml", default_set="ByPath")
class ImportClixml(Cmdlet):
    """Import-Clixml: Imports a CLIXML file and creates corresponding objects in PowerShell."""

    Path: list[str] | None = Parameter(position=0, mandatory=True, pipeline=True, by_property_name=True,
                                       sets=("ByPath",))  # fmt: skip
    LiteralPath: list[str] | None = Parameter(mandatory=True, by_property_name=True, sets=("ByLiteralPath",),
                                              aliases=("PSPath",))  # fmt: skip
    First: int | None = Parameter()
    Skip: int = Parameter(default=0)

    examples = (
        Example(
            "Get-Mailbox | Export-Clixml mb.xml; Import-Clixml mb.xml | Select-Object Name",
            "Objects saved by Export-Clixml",
        ),
    )

    def begin(self, ctx: Context) -> None:
        if self.Path is not None and self.LiteralPath is not None:
            raise path_conflict()

    def process(self, ctx: Context) -> Iterator[Any]:
        for path in self.LiteralPath or self.Path or []:  # a piped PSPath wins
            full = full_path(ctx, path)
            try:
                with open_text(full, "utf8") as stream:
                    text = stream.read()
            except OSError as exc:
                raise open_failure(full, exc) from exc
            yield from self._objects(text, full)

    def _objects(self, text: str, full: str) -> Iterator[Any]:
        import xml.etree.ElementTree as ET

        try:
            items = list(ClixmlReader().objects(text))
        except (ET.ParseError, ValueError) as exc:
            raise CmdletError(ErrorRecord(str(exc), "System.Xml.XmlException", ErrorCategory.NotSpecified,
                                          "System.Xml.XmlException", target_object=full)) from exc  # fmt: skip
        items = items[self.Skip :]
        if self.First is not None:
            items = items[: self.First]
        yield from items
