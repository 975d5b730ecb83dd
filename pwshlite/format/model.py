"""The format object stream: start/group/entry/end records that Format-* cmdlets write to the pipeline.

Format layer. As in PowerShell, `Format-Table` does not print: it emits these records, and whichever
outputter receives them (Out-Default, Out-String, Out-File) renders them at its own width
(formatting spec §1.1). Entry records already hold the cell/field TEXT (script blocks and calculated
properties were evaluated by the Format-* command); widths are decided by the renderer. Custom
entries keep the object and the view's render function because their text depends on the width.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, ClassVar

_NS = "Microsoft.PowerShell.Commands.Internal.Format."


class FormatRecord:
    """Base of every record; `type_names` is what Get-Member and -is see (PowerShell's class names)."""

    __slots__ = ()
    dotnet_name: ClassVar[str] = _NS + "FormatEntryData"

    @property
    def type_names(self) -> list[str]:
        return [self.dotnet_name, "System.Object"]

    @property
    def type_name(self) -> str:
        return self.dotnet_name


@dataclass(frozen=True, slots=True)
class Column:
    """A table column header: label, wanted width (0 = unspecified) and alignment."""

    label: str
    width: int = 0
    alignment: str = "left"  # left | right | center


@dataclass(frozen=True, slots=True)
class TableShape:
    columns: tuple[Column, ...]
    auto_size: bool = False  # -AutoSize or a view marked AutoSize (§4.3 a)
    hide_headers: bool = False
    wrap: bool = False

    kind: ClassVar[str] = "table"


@dataclass(frozen=True, slots=True)
class ListShape:
    kind: ClassVar[str] = "list"


@dataclass(frozen=True, slots=True)
class WideShape:
    columns: int | None = None
    auto_size: bool = False

    kind: ClassVar[str] = "wide"


@dataclass(frozen=True, slots=True)
class CustomShape:
    kind: ClassVar[str] = "custom"


Shape = TableShape | ListShape | WideShape | CustomShape
Render = Callable[[Any, int], list[str]]


@dataclass(frozen=True, slots=True)
class FormatStart(FormatRecord):
    shape: Shape
    dotnet_name: ClassVar[str] = _NS + "FormatStartData"


@dataclass(frozen=True, slots=True)
class GroupStart(FormatRecord):
    header: tuple[str, ...] | None = None  # group header lines when grouping (-GroupBy, view GroupBy)
    dotnet_name: ClassVar[str] = _NS + "GroupStartData"


@dataclass(frozen=True, slots=True)
class TableRow(FormatRecord):
    cells: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class ListEntry(FormatRecord):
    fields: tuple[tuple[str, str], ...]


@dataclass(frozen=True, slots=True)
class WideEntry(FormatRecord):
    text: str


@dataclass(frozen=True, slots=True)
class CustomEntry(FormatRecord):
    obj: Any
    render: Render


@dataclass(frozen=True, slots=True)
class GroupEnd(FormatRecord):
    dotnet_name: ClassVar[str] = _NS + "GroupEndData"


@dataclass(frozen=True, slots=True)
class FormatEnd(FormatRecord):
    dotnet_name: ClassVar[str] = _NS + "FormatEndData"


@dataclass(frozen=True, slots=True)
class RawText(FormatRecord):
    """Out-of-band text: a scalar's string form, written as one line (it may hold line breaks)."""

    text: str


@dataclass(frozen=True, slots=True)
class OutOfBandList(FormatRecord):
    """Out-of-band list of an object that does not match the active view (§1.4 step 3)."""

    fields: tuple[tuple[str, str], ...]


@dataclass(frozen=True, slots=True)
class HostAction(FormatRecord):
    """Host output queued among buffered rows (an error shown while a table is sized, §10.10): `run`
    is called when the output reaches this point."""

    run: Callable[[], None]


@dataclass(frozen=True, slots=True)
class OutOfBandCustom(FormatRecord):
    """An object with an out-of-band custom view (ErrorRecord, ScriptBlock; §1.4 step 1)."""

    obj: Any
    render: Render


Entry = TableRow | ListEntry | WideEntry | CustomEntry
OutOfBand = RawText | OutOfBandList | OutOfBandCustom
