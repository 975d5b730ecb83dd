"""Persistent command history for the interactive shell, keeping secret-bearing lines out of the file.

Host layer (prompt_toolkit). Like PSReadLine's default AddToHistoryHandler, a line that mentions a PIN,
password, credential, plain-text secure string, token, API key or secret is kept in memory for Up/Down
but never written to disk (issue #6; docs/repl.md).
"""

from __future__ import annotations

import os
import re
from pathlib import Path

from prompt_toolkit.history import FileHistory

SECRET_LINE = re.compile(
    r"-pin\b|-password|-credential|convertto-securestring|asplaintext|token|apikey|secret", re.IGNORECASE
)


def is_secret_line(line: str) -> bool:
    """True when the line must not be saved to the history file."""
    return SECRET_LINE.search(line) is not None


def history_path() -> Path:
    """PWSHLITE_HISTORY, else history.txt in the per-user data directory."""
    explicit = os.environ.get("PWSHLITE_HISTORY")
    if explicit:
        return Path(explicit)
    base = os.environ.get("XDG_DATA_HOME") or os.path.join(os.path.expanduser("~"), ".local", "share")
    return Path(base) / "pwshlite" / "history.txt"


class SecretFilteringHistory(FileHistory):
    """A FileHistory that skips secret lines and lines flagged sensitive by the session."""

    def __init__(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        super().__init__(str(path))
        self._suppressed: set[str] = set()

    def suppress(self, line: str) -> None:
        """Keep `line` out of the file (a cmdlet with secret parameters ran for it)."""
        self._suppressed.add(line)

    def store_string(self, string: str) -> None:
        if is_secret_line(string) or string in self._suppressed:
            return
        super().store_string(string)
