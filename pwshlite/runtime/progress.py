"""Write-Progress display: one line on the terminal's error stream, cleared when the activity completes.

Windows PowerShell 5.1's console host draws a progress block at the top of the window; pwshlite draws
a single line instead (`Activity: Status [ooooo     ] 42%`), and only when the stream is a terminal,
so redirected or batch output never contains progress text.
"""

from __future__ import annotations

from typing import TextIO

BAR_WIDTH = 20


def render(activity: str, status: str, percent: int, width: int) -> str:
    """The progress line's text, cut to `width` characters."""
    text = f"{activity}: {status}" if status else activity
    if 0 <= percent <= 100:
        filled = BAR_WIDTH * percent // 100
        text += f" [{'o' * filled}{' ' * (BAR_WIDTH - filled)}] {percent}%"
    return text[: max(width, 1)]


def _is_tty(stream: TextIO) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False


class ProgressLine:
    """The one progress line of a session; `shown` is True while text is on the screen."""

    def __init__(self, stream: TextIO, width: int) -> None:
        self.stream = stream
        self.width = width
        self.shown = False
        self._tty: bool | None = None

    def update(self, activity: str, status: str, percent: int = -1, completed: bool = False) -> None:
        if self._tty is None:
            self._tty = _is_tty(self.stream)
        if not self._tty:
            return
        if completed:
            self.clear()
            return
        self.stream.write("\r" + render(activity, status, percent, self.width) + "\x1b[K")
        self.stream.flush()
        self.shown = True

    def clear(self) -> None:
        """Erase the line (before other output, and when the activity completes)."""
        if self.shown:
            self.stream.write("\r\x1b[K")
            self.stream.flush()
            self.shown = False
