"""Duplicate detection for Select-Object -Unique and Sort-Object/Get-Unique helpers.

PowerShell compares with ObjectCommandComparer (LanguagePrimitives.Compare, here case-sensitive);
to stay linear on long pipelines the values are reduced to hashable keys with the same equality:
numbers by value (1 equals 1.0), strings exactly, PSCustomObjects by their `@{...}` string form.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from decimal import Decimal
from typing import Any

from pwshlite.objects import PSObject

from ._common import to_string


def identity_key(value: Any, case_sensitive: bool = True) -> Any:
    """A hashable key equal for values PowerShell's comparer treats as equal."""
    if isinstance(value, PSObject) and value.base is not None:
        value = value.base
    if value is None:
        return ("null",)
    if isinstance(value, bool):
        return ("bool", value)
    if isinstance(value, int | float | Decimal):
        return ("num", value)
    if isinstance(value, str):
        return ("str", str(value) if case_sensitive else str(value).casefold())
    if isinstance(value, datetime | timedelta):
        return ("time", value)
    text = to_string(value)
    return ("obj", text if case_sensitive else text.casefold())


class UniqueFilter:
    """Remembers what was written; first_time(x) is True once per distinct value."""

    def __init__(self, case_sensitive: bool = True) -> None:
        self._seen: set[Any] = set()
        self._case_sensitive = case_sensitive

    def first_time(self, value: Any) -> bool:
        key = identity_key(value, self._case_sensitive)
        if key in self._seen:
            return False
        self._seen.add(key)
        return True


class SelectUnique:
    """Select-Object -Unique (5.1 UniquePSObjectHelper): an object is a duplicate when its base object
    compares equal (case-sensitively) and so do the values of the properties Select-Object added. A
    PSCustomObject's base compares by its empty string form, so plain PSCustomObjects passing through
    are all duplicates of the first one, as in 5.1."""

    def __init__(self) -> None:
        self._seen: set[Any] = set()
        self.written: list[Any] = []

    def first_time(self, obj: Any, props: list[tuple[str, Any]]) -> bool:
        base: Any = ("bag",) if isinstance(obj, PSObject) and obj.base is None else identity_key(obj)
        key = (base, tuple((name.casefold(), identity_key(value)) for name, value in props))
        if key in self._seen:
            return False
        self._seen.add(key)
        self.written.append(obj)
        return True
