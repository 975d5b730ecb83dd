"""Write-Progress's one-line terminal display (pwshlite.runtime.progress)."""

from __future__ import annotations

import io

from pwshlite.runtime.progress import ProgressLine, render


class _Tty(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_render_bar_and_percent() -> None:
    assert render("Copy", "Item 1", 50, 80) == "Copy: Item 1 [oooooooooo          ] 50%"
    assert render("Copy", "Item 1", -1, 80) == "Copy: Item 1"
    assert render("Copy", "Item 1", 50, 6) == "Copy: "


def test_terminal_line_is_drawn_and_cleared_when_completed() -> None:
    out = _Tty()
    line = ProgressLine(out, 80)
    line.update("Copy", "Item 1", 10)
    assert line.shown
    line.update("Copy", "", -1, completed=True)
    assert not line.shown
    assert out.getvalue() == "\rCopy: Item 1 [oo                  ] 10%\x1b[K\r\x1b[K"


def test_nothing_is_written_when_not_a_terminal() -> None:
    out = io.StringIO()
    line = ProgressLine(out, 80)
    line.update("Copy", "Item 1", 10)
    line.clear()
    assert out.getvalue() == "" and not line.shown
