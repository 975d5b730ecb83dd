"""Wide rendering: items laid out N per row (formatting spec §6).

Format layer. A WideLayout is built per group: N from -Column, from -AutoSize over the buffered
items, or 2; the column widths spread W - (N - 1) round-robin (§2.2); items are left-aligned,
padded (the last column too) and cut with `...` (§4.6).
"""

from __future__ import annotations

from collections.abc import Iterable

from pwshlite.format.cells import cell_len
from pwshlite.format.layout import assign_widths, first_line, fit

DEFAULT_COLUMNS = 2


def auto_columns(items: Iterable[str], width: int) -> int:
    """The largest n >= 1 with maxlen * n + (n - 1) < W (§6, -AutoSize)."""
    longest = max((cell_len(first_line(t)) for t in items), default=0)
    n = 1
    while longest * (n + 1) + n < width:
        n += 1
        if longest == 0 and n >= width:
            break
    return n


class WideLayout:
    def __init__(self, columns: int, width: int) -> None:
        self.columns = max(columns, 1)
        self.widths = assign_widths([0] * self.columns, width)
        self.row: list[str] = []

    def add(self, text: str) -> list[str]:
        """Add one item; returns the finished row line when the row is full."""
        self.row.append(text)
        if len(self.row) < self.columns:
            return []
        return self.flush()

    def flush(self) -> list[str]:
        """The pending partial row (padded with empty cells), if any."""
        if not self.row:
            return []
        parts = []
        for i, w in enumerate(self.widths):
            if w > 0:
                parts.append(fit(first_line(self.row[i]) if i < len(self.row) else "", w, "left"))
        self.row = []
        return [" ".join(parts)]
