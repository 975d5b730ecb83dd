"""Decides whether Enter runs the buffer or opens a continuation line, using pwshlite's own parser."""

from __future__ import annotations


def needs_continuation(text: str) -> bool:
    """True when the parser reports incomplete input (open block, string, here-string, trailing pipe or
    backtick): PSReadLine's rule of re-parsing the whole buffer on Enter (parsing-notes §4)."""
    if not text.strip():
        return False
    from pwshlite.syntax.parser import is_incomplete

    return is_incomplete(text)
