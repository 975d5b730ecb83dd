"""Get-Unique: Returns unique items from a sorted list.

Drops each object equal to the one before it (so the input is expected sorted). Comparison is
case-sensitive; -AsString compares the string forms, -OnType compares the type names.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from pwshlite.cmdlet import Cmdlet, Context, Example, Parameter, Switch, cmdlet

from ._common import to_string, type_name_of, values_equal

_NOTHING = object()


@cmdlet("Get-Unique", default_set="AsString", aliases=("gu",))
class GetUnique(Cmdlet):
    """Get-Unique: Returns unique items from a sorted list."""

    InputObject: Any = Parameter(pipeline=True, type_name="System.Management.Automation.PSObject")
    AsString: Switch = Parameter(sets=("AsString",))
    OnType: Switch = Parameter(sets=("UniqueByType",))

    examples = (Example("'a','a','b','a' | Get-Unique", "Adjacent duplicates removed: a, b, a"),)

    def begin(self, ctx: Context) -> None:
        self._last: Any = _NOTHING

    def process(self, ctx: Context) -> Iterator[Any]:
        obj = self.InputObject
        if self.OnType:
            key: Any = type_name_of(obj)
        elif self.AsString:
            key = to_string(obj)
        else:
            key = obj
        if self._last is _NOTHING or not self._same(self._last, key):
            yield obj
        self._last = key

    def _same(self, a: Any, b: Any) -> bool:
        if isinstance(a, str) and isinstance(b, str):
            return a == b
        return values_equal(a, b, case_sensitive=True)
