"""Sort-Object: Sorts objects by property values.

Keys are compared with PowerShell's rules (numbers numerically, strings culture-like and
case-insensitive unless -CaseSensitive, $null first); each -Property element may be a name, a script
block or a hashtable with Expression and Ascending/Descending. pwshlite's sort is stable (5.1's is
not; formatting spec 9.2). -Unique drops entries equal to the previous one after sorting.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import cmp_to_key
from typing import Any

from pwshlite.cmdlet import Cmdlet, Context, Example, Parameter, Switch, cmdlet

from ._common import compare_values, to_bool
from ._props import PropSpec, key_values, parse_specs


@cmdlet("Sort-Object", aliases=("sort",))
class SortObject(Cmdlet):
    """Sort-Object: Sorts objects by property values."""

    Descending: Switch = Parameter()
    Unique: Switch = Parameter()
    InputObject: Any = Parameter(pipeline=True, type_name="System.Management.Automation.PSObject")
    Property: list[Any] | None = Parameter(position=0)
    Culture: str | None = Parameter()
    CaseSensitive: Switch = Parameter()

    examples = (
        Example("Get-Mailbox | Sort-Object Name", "Sort by a property"),
        Example("$list | Sort-Object @{e='Count';Descending=$true}, Name", "Mixed directions"),
    )

    def begin(self, ctx: Context) -> None:
        self._specs: list[PropSpec] = parse_specs(self.Property, "sort") if self.Property else []
        self._rows: list[tuple[list[Any], Any]] = []

    def process(self, ctx: Context) -> None:
        obj = self.InputObject
        self._rows.append((key_values(ctx, self._specs, obj), obj))

    def _directions(self, count: int) -> list[bool]:
        """Per key: True when descending."""
        result: list[bool] = []
        for spec in self._specs or [PropSpec("")]:
            descending = bool(self.Descending)
            if "descending" in spec.entries:
                descending = to_bool(spec.entries["descending"])
            elif "ascending" in spec.entries:
                descending = not to_bool(spec.entries["ascending"])
            result.append(descending)
        return result + [bool(self.Descending)] * max(0, count - len(result))

    def end(self, ctx: Context) -> Iterator[Any]:
        if not self._rows:
            return
        width = max(len(keys) for keys, _ in self._rows)
        directions = self._directions(width)
        case = bool(self.CaseSensitive)

        def compare_rows(a: tuple[list[Any], Any], b: tuple[list[Any], Any]) -> int:
            for i, descending in enumerate(directions):
                x = a[0][i] if i < len(a[0]) else None
                y = b[0][i] if i < len(b[0]) else None
                result = compare_values(x, y, case)
                if result:
                    return -result if descending else result
            return 0

        self._rows.sort(key=cmp_to_key(compare_rows))
        previous: tuple[list[Any], Any] | None = None
        for row in self._rows:
            if self.Unique and previous is not None and compare_rows(previous, row) == 0:
                continue
            previous = row
            yield row[1]
