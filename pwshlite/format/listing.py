"""List rendering: `Label : Value` lines with aligned labels and wrapped values (formatting spec §5.2).

Format layer; pure functions over the (label, text) fields of one list entry.
"""

from __future__ import annotations

from pwshlite.format.cells import cell_len, head
from pwshlite.format.layout import generate_lines, pad


def list_lines(fields: tuple[tuple[str, str], ...], width: int) -> list[str]:
    """The lines of one object: labels padded to the longest (capped at W - 4), values wrapped to the
    room after ` : `, continuation lines indented under the value (§5.2 steps 1-4)."""
    if not fields:
        return []
    label_width = max(cell_len(label) for label, _ in fields)
    label_width = max(min(label_width, width - 4), 0)
    indent = " " * (label_width + 3)
    room = max(width - (label_width + 3), 1)
    lines: list[str] = []
    for label, text in fields:
        shown = label if cell_len(label) <= label_width else head(label, label_width)
        prefix = pad(shown, label_width, "left") + " : "
        pieces = generate_lines(text, room) if text else [""]
        lines.append(prefix + pieces[0])
        lines.extend(indent + piece for piece in pieces[1:])
    return lines
