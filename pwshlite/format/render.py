"""The line writer: format records in, text lines out, with 5.1's frame of blank lines.

Format layer (formatting spec §1.5 frame, §4.3 sizing, §10.10 ordering). Tables and -AutoSize wide
groups are buffered up to a window of rows (pwshlite decision: 1,000 rows, no timer); the widths are
computed from the buffer, then the buffer and every later row stream with those widths. Out-of-band
records that arrive while a group is buffered keep their place among the rows.
"""

from __future__ import annotations

from collections.abc import Callable

from pwshlite.format.layout import generate_lines
from pwshlite.format.listing import list_lines
from pwshlite.format.model import (
    CustomEntry,
    FormatEnd,
    FormatRecord,
    FormatStart,
    GroupEnd,
    GroupStart,
    HostAction,
    ListEntry,
    OutOfBandCustom,
    OutOfBandList,
    RawText,
    Shape,
    TableRow,
    TableShape,
    WideEntry,
    WideShape,
)
from pwshlite.format.table import TableLayout
from pwshlite.format.wide import DEFAULT_COLUMNS, WideLayout, auto_columns

SIZING_WINDOW = 1000


class LineOutput:
    """Renders a record stream to `write_line` at width W; `warn` receives the table warning text."""

    def __init__(
        self,
        write_line: Callable[[str], None],
        width: int,
        warn: Callable[[str], None] | None = None,
        window: int = SIZING_WINDOW,
    ) -> None:
        self.write = write_line
        self.width = max(width, 1)
        self.warn = warn
        self.window = window
        self.shape: Shape | None = None
        self.in_group = False
        self.table: TableLayout | None = None
        self.wide: WideLayout | None = None
        self.pending: list[FormatRecord] | None = None  # buffered group content while sizing
        self.pending_entries = 0

    # -- record dispatch -----------------------------------------------------------------------------------------
    def feed(self, record: FormatRecord) -> None:
        if isinstance(record, FormatStart):
            self._start_document(record.shape)
        elif isinstance(record, GroupStart):
            self._start_group(record)
        elif isinstance(record, GroupEnd):
            self._end_group()
        elif isinstance(record, FormatEnd):
            self._end_document()
        elif self.pending is not None:
            self.pending.append(record)
            if isinstance(record, TableRow | WideEntry):
                self.pending_entries += 1
                if self.pending_entries >= self.window:
                    self._flush_pending()
        else:
            self._render(record)

    def defer(self, action: Callable[[], None]) -> bool:
        """Queue host output (an error) among the rows buffered for auto-size, so it prints at its place
        between them once the widths are known (§10.10). False when nothing is buffered."""
        if self.pending is None:
            return False
        self.pending.append(HostAction(action))
        return True

    def close(self) -> None:
        """End of output: flush a buffered group and close an unfinished document (§10.10)."""
        if self.in_group:
            self._end_group()
        if self.shape is not None:
            self._end_document()

    # -- frame ---------------------------------------------------------------------------------------------------
    def _start_document(self, shape: Shape) -> None:
        if self.shape is not None:
            self.close()
        self.shape = shape
        self.write("")

    def _start_group(self, record: GroupStart) -> None:
        if self.in_group:
            self._end_group()
        self.in_group = True
        if record.header is not None:
            self.write("")
            for header in record.header:
                for line in generate_lines(header, self.width):
                    self.write(line)
            self.write("")
        shape = self.shape
        if isinstance(shape, TableShape):
            self.table = TableLayout(shape, self.width)
            if self.table.auto:
                self._begin_buffer()
            else:
                self.table.size_fixed()
                self._write_lines(self.table.header_lines())
        elif isinstance(shape, WideShape):
            self.write("")
            if shape.auto_size and not shape.columns:
                self.wide = None
                self._begin_buffer()
            else:
                self.wide = WideLayout(shape.columns or DEFAULT_COLUMNS, self.width)
        elif shape is not None and shape.kind == "list":
            self.write("")

    def _end_group(self) -> None:
        if self.pending is not None:
            self._flush_pending()
        if self.wide is not None:
            self._write_lines(self.wide.flush())
        self.table = None
        self.wide = None
        self.in_group = False
        self.write("")

    def _end_document(self) -> None:
        if self.in_group:
            self._end_group()
        self.shape = None
        self.write("")

    # -- sizing window -------------------------------------------------------------------------------------------
    def _begin_buffer(self) -> None:
        self.pending = []
        self.pending_entries = 0

    def _flush_pending(self) -> None:
        pending = self.pending or []
        self.pending = None
        self.pending_entries = 0
        if self.table is not None:
            self.table.size_from(r.cells for r in pending if isinstance(r, TableRow))
            message = self.table.warning() if self.table.shape.auto_size else None
            if message and self.warn is not None:
                self.warn(message)
            self._write_lines(self.table.header_lines())
        elif isinstance(self.shape, WideShape):
            texts = [r.text for r in pending if isinstance(r, WideEntry)]
            self.wide = WideLayout(auto_columns(texts, self.width), self.width)
        for record in pending:
            self._render(record)

    # -- entries -------------------------------------------------------------------------------------------------
    def _write_lines(self, lines: list[str]) -> None:
        for line in lines:
            self.write(line)

    def _render(self, record: FormatRecord) -> None:
        if isinstance(record, TableRow):
            if self.table is not None:
                self._write_lines(self.table.row_lines(record.cells))
            else:
                self.write(" ".join(record.cells))
        elif isinstance(record, ListEntry):
            self._write_lines(list_lines(record.fields, self.width))
            self.write("")
        elif isinstance(record, WideEntry):
            if self.wide is None:
                self.wide = WideLayout(DEFAULT_COLUMNS, self.width)
            self._write_lines(self.wide.add(record.text))
        elif isinstance(record, CustomEntry):
            for line in _custom_lines(record, self.width):
                self._write_lines(generate_lines(line, self.width))
        else:
            self._render_out_of_band(record)

    def _render_out_of_band(self, record: FormatRecord) -> None:
        if isinstance(record, RawText):
            self.write(record.text)
        elif isinstance(record, OutOfBandList):
            self.write("")
            self._write_lines(list_lines(record.fields, self.width))
            self.write("")
        elif isinstance(record, OutOfBandCustom):
            self._write_lines(_custom_lines(record, self.width))
        elif isinstance(record, HostAction):
            record.run()


def _custom_lines(record: CustomEntry | OutOfBandCustom, width: int) -> list[str]:
    """A custom view's lines; a view that fails shows the object's string form instead."""
    try:
        return list(record.render(record.obj, width))
    except Exception:  # noqa: BLE001 - output must never stop on a broken view
        from pwshlite.format.cells import to_string

        return [to_string(record.obj)]
