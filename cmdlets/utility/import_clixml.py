"""Import-Clixml: Imports a CLIXML file and creates corresponding objects in PowerShell.

Reads files written by Export-Clixml (or Windows PowerShell's CLIXML for the same types): property
bags come back as objects typed `Deserialized.<type>`, arrays as ArrayLists, hashtables as
hashtables, SecureStrings decrypted with the current user's key.

Paging (5.1's SupportsPaging, per file): -IncludeTotalCount first writes 5.1's dummy total (0 with
Accuracy 0.0, shown as "Unknown total count": the cmdlet streams and never knows the total); -Skip and
-First (UInt64) count the objects of the file, and once either is given a top-level collection is
flattened into its elements (a hashtable into DictionaryEntry objects), as ImportXmlHelper does.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from pwshlite.cmdlet import Cmdlet, CmdletError, Context, Example, Parameter, Switch, cmdlet
from pwshlite.errors import ErrorCategory, ErrorRecord
from pwshlite.objects import PSHashtable, PSObject

from ..core._members import Member, add
from ._clixml import ClixmlReader
from ._common import UInt64, open_failure, resolve_file
from ._csv import open_text
from .export_csv import path_conflict


@cmdlet("Import-Clixml", default_set="ByPath")
class ImportClixml(Cmdlet):
    """Import-Clixml: Imports a CLIXML file and creates corresponding objects in PowerShell."""

    Path: list[str] | None = Parameter(position=0, mandatory=True, pipeline=True, by_property_name=True,
                                       sets=("ByPath",))  # fmt: skip
    LiteralPath: list[str] | None = Parameter(mandatory=True, by_property_name=True, sets=("ByLiteralPath",),
                                              aliases=("PSPath",))  # fmt: skip
    IncludeTotalCount: Switch = Parameter(
        help="Writes the total count first; Import-Clixml cannot know it and writes 'Unknown total count'."
    )
    Skip: UInt64 = Parameter(default=UInt64(0), help="Ignores this many objects of each file.")
    First: UInt64 | None = Parameter(help="Gets only this many objects of each file.")

    examples = (
        Example(
            "Get-Mailbox | Export-Clixml mb.xml; Import-Clixml mb.xml | Select-Object Name",
            "Objects saved by Export-Clixml",
        ),
        Example(
            "Get-Mailbox | Export-Clixml mb.xml; Import-Clixml mb.xml -IncludeTotalCount -Skip 1 -First 2",
            "Paging: 'Unknown total count', then the second and third saved objects",
        ),
    )

    def begin(self, ctx: Context) -> None:
        if self.Path is not None and self.LiteralPath is not None:
            raise path_conflict()

    def process(self, ctx: Context) -> Iterator[Any]:
        for path in self.LiteralPath or self.Path or []:  # a piped PSPath wins
            full = resolve_file(ctx, path, self.LiteralPath is not None)
            try:
                with open_text(full, "utf8") as stream:
                    text = stream.read()
            except OSError as exc:
                raise open_failure(full, exc) from exc
            yield from self._objects(text, full)

    def _objects(self, text: str, full: str) -> Iterator[Any]:
        import xml.etree.ElementTree as ET

        if self.IncludeTotalCount:
            yield total_count(0, 0.0)
        first_line, _, rest = text.partition("\n")
        if first_line.rstrip("\r") == "#< CLIXML":  # the directive a CLIXML stream may start with is skipped
            text = rest
        try:
            items = list(ClixmlReader().objects(text))
        except (ET.ParseError, ValueError) as exc:
            # thrown out of ProcessRecord in 5.1: an XmlException record without a target object
            raise CmdletError(ErrorRecord(_xml_message(text, exc), "System.Xml.XmlException",
                                          ErrorCategory.NotSpecified, "System.Xml.XmlException")) from exc  # fmt: skip
        if self.Skip == 0 and self.First is None:
            yield from items  # no paging: each top-level object as it was saved
            return
        yield from _page(items, self.Skip, UInt64.MAX if self.First is None else self.First)


def _xml_message(text: str, exc: Exception) -> str:
    """XmlReader's text for the common cases (an empty file, text that is not XML), else the parser's."""
    stripped = text.lstrip()
    if not stripped:
        return "Root element is missing."
    if not stripped.startswith("<"):
        before = text[: len(text) - len(stripped)]
        line = before.count("\n") + 1
        position = len(before) - (before.rfind("\n") + 1) + 1
        return f"Data at the root level is invalid. Line {line}, position {position}."
    return str(exc)


def _page(items: list[Any], skip: int, first: int) -> Iterator[Any]:
    """ImportXmlHelper's paging: collections count (and come out) element by element."""
    skipped = count = 0
    for item in items:
        for element in _flatten(item):
            if count >= first:
                return
            if skipped >= skip:
                count += 1
                yield element
            skipped += 1


def _flatten(item: Any) -> Iterator[Any]:
    if isinstance(item, list):
        yield from item
    elif isinstance(item, PSHashtable):
        from pwshlite.values.members_collections import dictionary_entry

        for key, value in item.items():
            yield dictionary_entry(key, value)
    else:
        yield item


_TOTAL_COUNT_TEXT = {
    "accurate": "Total count: {0}",
    "unknown": "Unknown total count",
    "estimated": "Estimated total count: {0}",
}


def total_count(total: int, accuracy: float) -> PSObject:
    """PagingParameters.NewTotalCount: the UInt64 total with an Accuracy note (clamped to 0.0..1.0) and a
    ToString that reads "Total count: N" (accuracy 1), "Unknown total count" (0) or "Estimated total count: N"."""
    accuracy = max(0.0, min(1.0, accuracy))
    result = PSObject(
        [("Accuracy", accuracy)], ("System.UInt64", "System.ValueType", "System.Object"), UInt64(total)
    )
    kind = "accurate" if accuracy >= 1.0 else "unknown" if accuracy <= 0.0 else "estimated"
    text = _TOTAL_COUNT_TEXT[kind].format(total)
    add(
        result,
        Member(
            "ToString", "ScriptMethod", code=lambda _obj, _args: text, definition="System.Object ToString();"
        ),
    )
    return result
