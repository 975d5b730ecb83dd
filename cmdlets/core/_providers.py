"""The Environment (`Env:`) and Variable (`Variable:`) provider paths the item cmdlets accept.

Private helper. `Env:\\PATH`, `env:PATH`, `Variable:\\x` name one item; `Env:` / `Env:\\` the whole drive;
wildcards select by name. Items are System.Collections.DictionaryEntry objects (Name, Key, Value), as
Get-ChildItem Env: returns them in 5.1; Get-Content gives the value.
"""

from __future__ import annotations

import os
import re
from typing import Any

from pwshlite.cmdlet import Context, VariableEntry
from pwshlite.objects import PSObject

from ._fs import has_wildcard, matches

_DRIVE_PATH = re.compile(
    r"^(?:Microsoft\.PowerShell\.Core\\)?(env|environment|variable)::?[\\/]?(.*)$", re.I | re.S
)
ENTRY_TYPES = ("System.Collections.DictionaryEntry", "System.ValueType", "System.Object")


def split(path: str) -> tuple[str, str] | None:
    """('env' | 'variable', item pattern) for a provider path, None for a file-system path."""
    match = _DRIVE_PATH.match(path)
    if match is None:
        return None
    drive = "env" if match.group(1).casefold().startswith("env") else "variable"
    return drive, match.group(2)


def entry(name: str, value: Any, drive: str) -> PSObject:
    provider = "Environment" if drive == "env" else "Variable"
    return PSObject(
        [
            ("PSPath", f"Microsoft.PowerShell.Core\\{provider}::{name}"),
            ("PSDrive", "Env" if drive == "env" else "Variable"),
            ("PSIsContainer", False),
            ("Name", name),
            ("Key", name),
            ("Value", value),
        ],
        ENTRY_TYPES,
    )


def _all(ctx: Context, drive: str) -> list[tuple[str, Any]]:
    if drive == "env":
        return sorted(os.environ.items(), key=lambda kv: kv[0].casefold())
    lister = getattr(ctx, "list_variables", None)
    entries: list[VariableEntry] = list(lister(None)) if lister is not None else []
    return sorted(((e.name, e.value) for e in entries), key=lambda kv: kv[0].casefold())


def find(ctx: Context, drive: str, pattern: str) -> list[tuple[str, Any]]:
    """(name, value) of the items a name or wildcard selects (an empty pattern: every item)."""
    if not pattern or pattern == "*":
        return _all(ctx, drive)
    if has_wildcard(pattern):
        return [(n, v) for n, v in _all(ctx, drive) if matches(n, pattern)]
    if drive == "env":
        for name, value in os.environ.items():
            if name.casefold() == pattern.casefold():
                return [(name, value)]
        return []
    missing = object()
    value = ctx.get_variable(pattern, missing)
    return [] if value is missing else [(pattern, value)]


def remove(ctx: Context, drive: str, name: str) -> None:
    if drive == "env":
        for key in [k for k in os.environ if k.casefold() == name.casefold()]:
            del os.environ[key]
        return
    remover = getattr(ctx, "remove_variable", None)
    if remover is not None:
        remover(name, None)


def display(drive: str, pattern: str) -> str:
    """The path as PowerShell shows it in messages (`Env:\\NAME`)."""
    return f"{'Env' if drive == 'env' else 'Variable'}:\\{pattern}"
