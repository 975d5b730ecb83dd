"""Width algorithms shared by every shape: word wrapping, the column width manager, cell fitting.

Format layer; pure functions over strings (formatting spec §2.1 GenerateLines, §2.2 column width
manager, §4.6 padding and truncation). Widths are display cells (cells.cell_len).
"""

from __future__ import annotations

from pwshlite.format.cells import cell_len, char_len, head, tail

ELLIPSIS = "..."
_BREAKING = " \t\u00ad"
_NON_BREAKING = "\u00a0\u2011"


def _words(line: str) -> list[str]:
    """Cut a physical line into words; a breaking delimiter stays at the word's end (§2.1 step 3)."""
    words: list[str] = []
    start = 0
    for i, ch in enumerate(line):
        if ch in _BREAKING:
            words.append(line[start : i + 1])
            start = i + 1
        elif ch in _NON_BREAKING:
            words.append(line[start:i])
            start = i + 1
    if start < len(line):
        words.append(line[start:])
    return words


def wrap_physical(line: str, width: int) -> list[str]:
    """GenerateLines for one physical line: greedy fill, long words cut character by character."""
    if width <= 0 or cell_len(line) <= width:
        return [line]
    lines: list[str] = []
    current = ""
    used = 0
    for word in _words(line):
        if word.endswith("\u00ad"):
            word = word[:-1] + ("-" if used + cell_len(word) == width else "")
        size = cell_len(word)
        if used + size <= width:
            current += word
            used += size
        elif size <= width:
            lines.append(current)
            current, used = word, size
        else:
            for ch in word:
                size = char_len(ch)
                if size > width:  # a wide character in a one-cell column cannot be shown at all
                    continue
                if used + size > width:
                    lines.append(current)
                    current, used = "", 0
                current += ch
                used += size
    lines.append(current)
    return lines


def generate_lines(text: str, width: int) -> list[str]:
    """§2.1: drop CR, split at LF, wrap every physical line to `width` (at least one line each)."""
    out: list[str] = []
    for physical in text.replace("\r", "").split("\n"):
        out.extend(wrap_physical(physical, width))
    return out


def assign_widths(wanted: list[int], total: int, separator: int = 1) -> list[int]:
    """§2.2 column width manager: 0 = unspecified. Returns widths, 0 for a hidden column."""
    widths = list(wanted)
    count = len(widths)
    if count == 0:
        return widths
    separators = separator * (count - 1)
    unspecified = [i for i, w in enumerate(widths) if w <= 0]
    if not unspecified:
        if sum(widths) + separators <= total:
            return widths
        return _trim(widths, total, separator)
    for i in unspecified:
        widths[i] = 1
    spare = total - sum(widths) - separators
    if spare < 0:
        return _trim(widths, total, separator)
    share, extra = divmod(spare, len(unspecified))
    for n, i in enumerate(unspecified):
        widths[i] += share + (1 if n < extra else 0)
    return widths


def _trim(widths: list[int], total: int, separator: int) -> list[int]:
    """§2.2 step 4: shrink the last visible column, hide it when it would drop below 1."""
    visible = len(widths)
    while visible > 0:
        used = sum(widths[:visible]) + separator * (visible - 1)
        excess = used - total
        if excess <= 0:
            break
        last = visible - 1
        if widths[last] - excess >= 1:
            widths[last] -= excess
            break
        widths[last] = 0
        visible -= 1
    return widths[:visible] + [0] * (len(widths) - visible)


def pad(text: str, width: int, alignment: str, length: int | None = None) -> str:
    """Pad a text that fits to `width` cells: left pads after, right before, center splits."""
    size = cell_len(text) if length is None else length
    room = width - size
    if room <= 0:
        return text
    if alignment == "right":
        return " " * room + text
    if alignment == "center":
        left = room // 2
        return " " * left + text + " " * (room - left)
    return text + " " * room


def fit(text: str, width: int, alignment: str) -> str:
    """§4.6 steps 2-3: pad a short text; cut a long one with `...` (no ellipsis when width <= 3)."""
    size = cell_len(text)
    if size <= width:
        return pad(text, width, alignment, size)
    if width <= 3:
        return tail(text, width) if alignment == "right" else head(text, width)
    if alignment == "right":
        kept = ELLIPSIS + tail(text, width - 3)
    else:
        kept = head(text, width - 3) + ELLIPSIS
    return pad(kept, width, alignment)


def first_line(text: str) -> str:
    """§4.6 step 1: a value with line breaks shows its part before the first one, then `...`."""
    if "\n" not in text and "\r" not in text:
        return text
    cut = min(i for i in (text.find("\r"), text.find("\n")) if i >= 0)
    return text[:cut] + ELLIPSIS
