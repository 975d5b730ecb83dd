"""Table rendering: column widths, header and underline, rows with padding, truncation or -Wrap.

Format layer (formatting spec §4.3-§4.7, with §2.1 and §2.2). A TableLayout is built once per group:
fixed widths come from the shape (mode c); auto-size widths (mode a/b) from the rows the outputter
buffered (`size_from`). Rendering then maps rows to lines with the widths fixed, so rows that arrive
after the sizing window stream with the same widths.
"""

from __future__ import annotations

from collections.abc import Iterable

from pwshlite.format.cells import cell_len
from pwshlite.format.layout import assign_widths, first_line, fit, generate_lines, pad
from pwshlite.format.model import Column, TableShape


class TableLayout:
    """Widths and line rendering of one table group."""

    def __init__(self, shape: TableShape, width: int) -> None:
        self.shape = shape
        self.columns: tuple[Column, ...] = shape.columns
        self.width = width
        self.widths: list[int] = []
        self.hidden: list[str] = []  # labels of columns that did not fit (auto-size warning, §4.4)

    @property
    def auto(self) -> bool:
        """Mode a (-AutoSize) or b (first column without width): widths come from the data (§4.3)."""
        return self.shape.auto_size or not self.columns or self.columns[0].width <= 0

    def size_fixed(self) -> None:
        """Mode c: the given widths, unspecified columns share what is left (§2.2)."""
        self.widths = assign_widths([c.width for c in self.columns], self.width)

    def size_from(self, rows: Iterable[tuple[str, ...]]) -> None:
        """Modes a/b: each column as wide as its label and its widest value string (§4.3)."""
        wanted = [cell_len(c.label) for c in self.columns]
        count = len(wanted)
        for cells in rows:
            for i in range(min(count, len(cells))):
                size = cell_len(cells[i])
                if size > wanted[i]:
                    wanted[i] = size
        self.widths = assign_widths(wanted, self.width)
        self.hidden = [
            c.label
            for c, w, want in zip(self.columns, self.widths, wanted, strict=True)
            if w == 0 and want > 0
        ]

    def warning(self) -> str | None:
        """The 'does not fit' warning text (§4.4), or None."""
        if not self.hidden:
            return None
        if len(self.hidden) == 1:
            return f'column "{self.hidden[0]}" does not fit into the display and was removed.'
        return f"{len(self.hidden)} columns do not fit into the display and were removed."

    def _visible(self) -> list[int]:
        return [i for i, w in enumerate(self.widths) if w > 0]

    def header_lines(self) -> list[str]:
        """Header labels word-wrapped to their columns, then the underline row (§4.5)."""
        if self.shape.hide_headers:
            return []
        visible = self._visible()
        pieces = [generate_lines(self.columns[i].label, self.widths[i]) for i in visible]
        lines = self._join_pieces(visible, pieces)
        underline = []
        for i in visible:
            label_len = cell_len(self.columns[i].label)
            dashes = min(label_len, self.widths[i]) if label_len else self.widths[i]
            underline.append(pad("-" * dashes, self.widths[i], self.columns[i].alignment, dashes))
        lines.append(" ".join(underline))
        return lines

    def _join_pieces(self, visible: list[int], pieces: list[list[str]]) -> list[str]:
        height = max((len(p) for p in pieces), default=0)
        lines = []
        for n in range(height):
            parts = []
            for i, lines_of_cell in zip(visible, pieces, strict=True):
                text = lines_of_cell[n] if n < len(lines_of_cell) else ""
                parts.append(pad(text, self.widths[i], self.columns[i].alignment))
            lines.append(" ".join(parts))
        return lines

    def row_lines(self, cells: tuple[str, ...]) -> list[str]:
        """One row: cut/padded cells (§4.6), or word-wrapped cells with -Wrap (§4.7)."""
        widths = self.widths
        columns = self.columns
        count = len(cells)
        if self.shape.wrap:
            visible = self._visible()
            pieces = [generate_lines(cells[i] if i < count else "", widths[i]) for i in visible]
            return self._join_pieces(visible, pieces)
        parts = []
        for i, w in enumerate(widths):
            if w > 0:
                text = cells[i] if i < count else ""
                parts.append(fit(first_line(text), w, columns[i].alignment))
        return [" ".join(parts)]
