"""The non-output streams (error, warning, verbose, debug, information, host), preferences and the
per-command frame that holds common-parameter settings (-ErrorAction, -ErrorVariable, ...).

Layer: runtime. The default sinks write to the session's host: error records through the lead's
error view on stderr, `WARNING: ` / `VERBOSE: ` / `DEBUG: ` lines on stdout wrapped like the console
host (formatting spec §11.1). Redirections (`2>&1`, `3>$null`, `*>`) replace sinks for the duration
of one pipeline element.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from pwshlite.errors import ErrorRecord, InvocationInfo
from pwshlite.objects import EnumValue

PREFERENCE_NAMES = ("SilentlyContinue", "Stop", "Continue", "Inquire", "Ignore", "Suspend")


def preference_name(value: Any, default: str = "Continue") -> str:
    """Normalise a preference variable's value (enum, string, number) to its name."""
    if isinstance(value, EnumValue):
        return value.name
    if isinstance(value, bool):
        return default
    if isinstance(value, int) and 0 <= value < len(PREFERENCE_NAMES):
        return PREFERENCE_NAMES[value]
    if isinstance(value, str):
        for name in PREFERENCE_NAMES:
            if name.casefold() == value.strip().casefold():
                return name
    return default


class InformationalRecord:
    """WarningRecord / VerboseRecord / DebugRecord / InformationRecord when merged into output."""

    __slots__ = ("kind", "message")

    TYPE_NAMES = {
        "warning": "System.Management.Automation.WarningRecord",
        "verbose": "System.Management.Automation.VerboseRecord",
        "debug": "System.Management.Automation.DebugRecord",
        "information": "System.Management.Automation.InformationRecord",
    }

    def __init__(self, kind: str, message: Any) -> None:
        self.kind = kind
        self.message = message

    @property
    def type_name(self) -> str:
        return self.TYPE_NAMES[self.kind]

    def __str__(self) -> str:
        return str(self.message)

    def ps_get_member(self, key: str) -> tuple[bool, Any]:
        if key in ("message", "messagedata"):
            return True, self.message
        return False, None


def wrap_host_text(text: str, width: int) -> list[str]:
    """The console host's wrapper for warning/verbose/debug lines (formatting spec §11.1)."""
    lines: list[str] = []
    for physical in text.replace("\t", " ").split("\n"):
        lines.extend(_wrap_physical(physical, width))
    return lines


def _tokens(text: str, width: int) -> Iterator[str]:
    i = 0
    while i < len(text):
        j = i
        space = text[i] == " "
        while j < len(text) and (text[j] == " ") == space:
            j += 1
        token = text[i:j]
        while len(token) > width and not space:
            yield token[:width]
            token = token[width:]
        yield token
        i = j


def _wrap_physical(text: str, width: int) -> list[str]:
    if width <= 0 or len(text) <= width:
        return [text]
    lines: list[str] = []
    current = ""
    for token in _tokens(text, width):
        if len(current) + len(token) <= width:
            current += token
            continue
        if token.startswith(" "):
            room = width - len(current)
            lines.append(current + token[:room])
            current = token[room:]
            while len(current) > width:
                lines.append(current[:width])
                current = current[width:]
        else:
            lines.append(current)
            current = token
    lines.append(current)
    return lines


@dataclass
class Streams:
    """Where each non-output stream goes right now (callables replaced by redirections)."""

    error: Callable[[ErrorRecord], None]
    warning: Callable[[Any], None]
    verbose: Callable[[Any], None]
    debug: Callable[[Any], None]
    information: Callable[[Any], None]
    host: Callable[[str, bool], None]  # (text, newline)

    STREAM_NUMBERS = {"2": "error", "3": "warning", "4": "verbose", "5": "debug", "6": "information"}

    @contextmanager
    def replaced(self, changes: dict[str, Callable[..., None]]) -> Iterator[None]:
        saved = {name: getattr(self, name) for name in changes}
        for name, sink in changes.items():
            setattr(self, name, sink)
        try:
            yield
        finally:
            for name, sink in saved.items():
                setattr(self, name, sink)


@dataclass
class CommandFrame:
    """Common-parameter state of one running command (cmdlet or advanced function)."""

    name: str
    kind: str = "Cmdlet"  # 'Cmdlet', 'Function', 'ExternalScript', 'ScriptBlock'
    invocation: InvocationInfo | None = None
    error_action: str | None = None
    warning_action: str | None = None
    information_action: str | None = None
    verbose: bool | None = None
    debug: bool | None = None
    whatif: bool | None = None
    confirm: bool | None = None
    error_variable: list[Any] | None = None
    warning_variable: list[Any] | None = None
    information_variable: list[Any] | None = None
    out_variable: list[Any] | None = None
    pipeline_variable: str | None = None  # casefolded name, set in `pipeline_scope` for each output object
    pipeline_scope: Any = None
    outputs: list[Any] = field(default_factory=list)
