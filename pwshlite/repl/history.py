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
    """A FileHistory that skips secret lines, and writes a line only after it ran, so that a line for
    which a cmdlet with a secret parameter ran (`Set-UMMailboxPIN @p`) can still be kept out."""

    def __init__(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        super().__init__(str(path))
        self._pending: str | None = None

    def store_string(self, string: str) -> None:
        """Called by prompt_toolkit when a line is accepted (before it runs): hold it until `settle`."""
        self._pending = None if is_secret_line(string) else string

    def settle(self, sensitive: bool) -> None:
        """The accepted line has run: write it unless a sensitive cmdlet ran for it."""
        pending, self._pending = self._pending, None
        if pending is not None and not sensitive:
            super().store_string(pending)
