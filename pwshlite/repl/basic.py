"""A plain line-reading host used when the prompt_toolkit shell (issue #6) is not available.

Host layer. Reads lines with input(), asks pwshlite's own parser whether the buffer is incomplete
(continuation prompt `>> `), and runs each complete buffer in the same session.
"""

from __future__ import annotations

import os
from typing import Any


def _prompt() -> str:
    return f"[PS] {os.getcwd()}>"


def run_basic_repl(session: Any, no_logo: bool = False) -> int:
    """Run until `exit` or end of input; returns the session's exit code."""
    from pwshlite.syntax.parser import is_incomplete

    if not no_logo:
        print("pwshlite - Exchange Management Shell emulator. Type Get-Help for help, exit to leave.")
    while True:
        try:
            buffer = input(_prompt() + " ")
            while is_incomplete(buffer):
                buffer += "\n" + input(">> ")
        except EOFError:
            print()
            return int(getattr(session, "last_exit_code", 0))
        except KeyboardInterrupt:
            print()
            continue
        if not buffer.strip():
            continue
        code = session.run_text(buffer)
        if getattr(session, "exit_requested", False):
            return int(code)
