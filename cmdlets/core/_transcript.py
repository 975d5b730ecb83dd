"""Transcripts (Start-/Stop-Transcript) and the redaction of secret parameter values.

Private helper. A transcript is a UTF-8 (BOM) file with CRLF lines: 5.1's header block, everything the
host writes while it runs, then the footer. Host text arrives through the Context's host listeners
(`add_host_listener(listener)`, listener(kind, text); kind "input" is a command line as the console showed
it, every other kind is host text, one line or more, its final line terminator optional). Values of parameters declared `secret=True` (PINs, passwords,
ConvertTo-SecureString's plain text) are replaced by `********` in command lines before they are written.
"""

from __future__ import annotations

import getpass
import importlib
import os
import pkgutil
import platform
import re
from collections.abc import Iterator
from datetime import datetime
from functools import lru_cache

from pwshlite.cmdlet import Cmdlet

MASK = "********"
_ANSI = re.compile(r"\x1b\[[0-9;]*m")
STARS = "**********************"


def _all_cmdlets(cls: type[Cmdlet] = Cmdlet) -> Iterator[type[Cmdlet]]:
    for sub in cls.__subclasses__():
        if hasattr(sub, "info"):
            yield sub
        yield from _all_cmdlets(sub)


@lru_cache(maxsize=8)
def _patterns(count: int) -> tuple[re.Pattern[str], re.Pattern[str] | None]:
    """(named-secret pattern, positional-secret pattern) for the `count` cmdlets loaded so far."""
    names: set[str] = set()
    positional: set[str] = set()
    for cls in _all_cmdlets():
        for p in cls.info.parameters.values():
            if p.secret:
                names.add(p.name)
                if any(m.position == 0 for m in p.sets.values()):
                    positional.add(cls.info.name)
    value = r"""(?:'(?:[^']|'')*'|"(?:[^"`]|`.)*"|[^\s;|)]+)"""
    alternatives = "|".join(sorted(re.escape(n) for n in names)) or "(?!)"
    named = re.compile(rf"(-(?:{alternatives})(?::\s*|\s+))({value})", re.I)
    if not positional:
        return named, None
    commands = "|".join(sorted(re.escape(c) for c in positional))
    return named, re.compile(rf"(\b(?:{commands})\s+)(?!-)({value})", re.I)


_LOADED = False


def _load_cmdlet_modules() -> None:
    """Import every cmdlet file of every module once: the registry loads them lazily, but a secret
    parameter must be known before its command first runs (the line is recorded as it is typed)."""
    global _LOADED
    if _LOADED:
        return
    _LOADED = True
    packages = {__package__ or "pwshlite.cmdlets.core"}
    try:
        from importlib.metadata import entry_points

        packages |= {ep.value for ep in entry_points(group="pwshlite.modules")}
    except Exception:  # noqa: BLE001 - metadata unavailable: the loaded modules still count
        pass
    for package in sorted(packages):
        try:
            root = importlib.import_module(package)
        except Exception:  # noqa: BLE001 - a broken module must not stop the transcript
            continue
        for info in pkgutil.iter_modules(getattr(root, "__path__", [])):
            if not info.name.startswith("_"):
                try:
                    importlib.import_module(f"{package}.{info.name}")
                except Exception:  # noqa: BLE001
                    continue


def redact(line: str) -> str:
    """`line` with the values of secret parameters masked."""
    _load_cmdlet_modules()
    named, positional = _patterns(len(list(_all_cmdlets())))
    line = named.sub(lambda m: m.group(1) + MASK, line)
    if positional is not None:
        line = positional.sub(lambda m: m.group(1) + MASK, line)
    return line


def header(start: datetime) -> str:
    """5.1's transcript header block."""
    user = f"{platform.node().split('.')[0].upper()}\\{getpass.getuser()}"
    lines = [
        STARS,
        "Windows PowerShell transcript start",
        f"Start time: {start:%Y%m%d%H%M%S}",
        f"Username: {user}",
        f"RunAs User: {user}",
        "Configuration Name: ",
        f"Machine: {platform.node().split('.')[0].upper()} ({platform.system()} {platform.release()})",
        "Host Application: pwshlite",
        f"Process ID: {os.getpid()}",
        "PSVersion: 5.1.19041.1",
        "PSEdition: Desktop",
        "PSCompatibleVersions: 1.0, 2.0, 3.0, 4.0, 5.0, 5.1.19041.1",
        "BuildVersion: 10.0.19041.1",
        "CLRVersion: 4.0.30319.42000",
        "WSManStackVersion: 3.0",
        "PSRemotingProtocolVersion: 2.3",
        "SerializationVersion: 1.1.0.1",
        STARS,
    ]
    return "\r\n".join(lines) + "\r\n"


def footer(end: datetime) -> str:
    return (
        "\r\n".join([STARS, "Windows PowerShell transcript end", f"End time: {end:%Y%m%d%H%M%S}", STARS])
        + "\r\n"
    )


class Transcript:
    """One open transcript file."""

    def __init__(self, path: str, append: bool, start: datetime) -> None:
        self.path = path
        fresh = not append or not os.path.exists(path) or os.path.getsize(path) == 0
        with open(path, "ab" if append else "wb") as handle:
            if fresh:
                handle.write(b"\xef\xbb\xbf")
            handle.write(header(start).encode("utf-8"))

    def write(self, kind: str, text: str) -> None:
        """Append one piece of host text (a line without its terminator gets one; colours are dropped)."""
        text = _ANSI.sub("", text)
        if kind == "input":
            text = redact(text)
        if not text.endswith("\n"):
            text += "\n"
        text = text.replace("\r\n", "\n").replace("\n", "\r\n")
        with open(self.path, "ab") as handle:
            handle.write(text.encode("utf-8"))

    def close(self, end: datetime) -> None:
        with open(self.path, "ab") as handle:
            handle.write(footer(end).encode("utf-8"))


class TranscriptState:
    """Session-wide transcripts (a stack, as 5.1 allows nesting) and the host listener feeding them."""

    def __init__(self) -> None:
        self.open: list[Transcript] = []
        self.listening = False

    def listener(self, kind: str, text: str) -> None:
        for transcript in list(self.open):
            transcript.write(kind, text)
