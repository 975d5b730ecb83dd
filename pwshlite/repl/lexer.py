"""Syntax highlighting while typing: Pygments' PowerShellLexer through prompt_toolkit (no own highlighter)."""

from __future__ import annotations

from prompt_toolkit.lexers import Lexer, PygmentsLexer


def make_lexer(color: bool) -> Lexer | None:
    """The highlighting lexer, or None in plain mode (NO_COLOR / -NoColor)."""
    if not color:
        return None
    try:
        from pygments.lexers.shell import PowerShellLexer
    except ImportError:  # a broken install: plain input rather than no shell
        return None

    return PygmentsLexer(PowerShellLexer)
