"""The one way the web admin center reaches the organization: pwshlite cmdlets run through the engine.

Host layer (pwshlite.eac). Each signed-in user gets a runtime Session with `user=` set, so RBAC
(commands outside the user's roles don't exist), parameter validation, the audit log (Caller = that
user) and the store's transactions are exactly the shell's. Pages pass fixed script text plus values as
variables (`Session.invoke`); user input is never pasted into script text. Requests are served one at a
time (the app's handlers are async and run cmdlets synchronously), so a Session is never used by two
threads at once.
"""

from __future__ import annotations

import io
import threading
from dataclasses import dataclass, field
from typing import Any

from pwshlite.errors import ErrorRecord, ParseFailure


@dataclass
class Result:
    """What one script run produced: output objects and error records."""

    output: list[Any] = field(default_factory=list)
    errors: list[ErrorRecord] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.errors

    @property
    def messages(self) -> list[str]:
        """The errors' messages, as Exchange words them (shown in the page)."""
        return [record.message for record in self.errors]

    @property
    def first(self) -> Any:
        return self.output[0] if self.output else None


class Runner:
    """Per-user engine sessions on one organization store."""

    def __init__(self, store_path: str | None) -> None:
        self.store_path = store_path
        self._sessions: dict[str, Any] = {}
        self._lock = threading.Lock()

    def session(self, user: str) -> Any:
        """The engine session of `user` (created on first use; kept while the server runs)."""
        from pwshlite.runtime.session import Session

        key = user.casefold()
        with self._lock:
            found = self._sessions.get(key)
            if found is None:
                found = Session(
                    stdout=io.StringIO(), stderr=io.StringIO(), non_interactive=True,
                    width=200, store_path=self.store_path, user=user,
                )  # fmt: skip
                self._sessions[key] = found
        return found

    def run(self, user: str, script: str, **variables: Any) -> Result:
        """Run fixed `script` text as `user` with `variables` set (referenced as $name in the script)."""
        session = self.session(user)
        try:
            output, errors = session.invoke(script, variables)
        except ParseFailure as failure:  # a bug in a page's script text, never user input
            raise RuntimeError(f"EAC script does not parse: {failure}") from None
        finally:
            session.stdout.seek(0)
            session.stdout.truncate()
            session.stderr.seek(0)
            session.stderr.truncate()
        return Result(output, errors)

    def can_run(self, user: str, command: str) -> bool:
        """Whether `command` exists for `user` (RBAC hides cmdlets outside the user's roles)."""
        result = self.run(user, "Get-Command -Name $eacName -ErrorAction SilentlyContinue", eacName=command)
        return bool(result.output)

    def forget(self, user: str) -> None:
        """Drop a user's session (sign-out)."""
        with self._lock:
            self._sessions.pop(user.casefold(), None)


def text(value: Any) -> str:
    """A property value as the shell prints it in a list (lists joined with ', ', $null empty)."""
    from pwshlite.runtime.valueops import to_string

    if value is None:
        return ""
    if isinstance(value, bool):
        return "True" if value else "False"
    if isinstance(value, (list, tuple)):
        return ", ".join(text(v) for v in value)
    return to_string(value)


def prop(obj: Any, name: str) -> Any:
    """A property of an output object (PSObject), or None."""
    getter = getattr(obj, "get", None)
    return getter(name) if callable(getter) else getattr(obj, name, None)
