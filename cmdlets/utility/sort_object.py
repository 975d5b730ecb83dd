"""Sort-Object: Sorts objects by property values.

Keys are compared with PowerShell's rules (numbers numerically, strings culture-like and
case-insensitive unless -CaseSensitive, $null first); each -Property element may be a name, a script
block or a hashtable with Expression and Ascending/Descending. pwshlite's sort is stable (5.1's is
not; formatting spec 9.2). -Unique drops entries equal to the previous one after sorting.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from functools import cmp_to_key
from typing import Any

from pwshlite.cmdlet import Cmdlet, Context, Example, Parameter, Switch, cmdlet

from ._common import compare_values, is_number, to_bool
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
        Example(
            "Get-Mailbox | Group-Object Database | Sort-Object @{e='Count';Descending=$true}, Name",
            "Mixed directions",
        ),
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
        rows = self._rows
        # Stable sorts from the last key to the first give the multi-key order (Python's sort keeps
        # equal elements in order, also with reverse=True).
        for column in range(width - 1, -1, -1):
            rows.sort(key=_column_key([r[0] for r in rows], column, case), reverse=directions[column])

        def compare_rows(a: _Row, b: _Row) -> int:
            for i in range(width):
                x = a[0][i] if i < len(a[0]) else None
                y = b[0][i] if i < len(b[0]) else None
                result = compare_values(x, y, case)
                if result:
                    return result
            return 0

        previous: _Row | None = None
        for row in rows:
            if self.Unique and previous is not None and compare_rows(previous, row) == 0:
                continue
            previous = row
            yield row[1]


_Row = tuple[list[Any], Any]


def _column_key(keys: list[list[Any]], column: int, case: bool) -> Callable[[_Row], Any]:
    """A sort key for one column: direct keys when every value is a number (or every value a string),
    PowerShell's pairwise comparison otherwise. $null sorts first."""
    values = [k[column] if column < len(k) else None for k in keys]
    present = [v for v in values if v is not None]
    if all(is_number(v) for v in present):
        return lambda row: _cell(row, column) is not None and (1, _cell(row, column)) or (0, 0)
    if all(type(v) is str for v in present):
        from pwshlite.values.compare import string_sort_key

        def string_key(row: _Row) -> Any:
            text = _cell(row, column)
            if text is None:
                return (0, "")
            # values.compare's culture-like key, flattened into one string so the sort compares fast
            parts = string_sort_key(text, case)
            flat = "".join(chr(0x30 + cls) + folded for cls, folded in parts[0])
            return (1, flat, parts[1:])

        return string_key

    def compare(a: _Row, b: _Row) -> int:
        return compare_values(_cell(a, column), _cell(b, column), case)

    return cmp_to_key(compare)


def _cell(row: _Row, column: int) -> Any:
    keys = row[0]
    return keys[column] if column < len(keys) else None
