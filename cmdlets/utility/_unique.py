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
