"""Compare-Object: Compares two sets of objects.

5.1's algorithm: difference objects stream in and are matched against a sliding window of
reference objects (-SyncWindow, default unlimited); matches are written as they are found (`==`,
only with -IncludeEqual), then the unmatched difference objects (`=>`) and the unmatched reference
objects (`<=`). Output: InputObject (or the -Property values) plus SideIndicator; -PassThru writes
the original objects with a SideIndicator note property.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from pwshlite.cmdlet import Cmdlet, Context, Example, Parameter, Switch, ValidateRange, cmdlet
from pwshlite.objects import PSObject

from ._common import compare_values, enumerate_value, type_names_of
from ._props import PropSpec, evaluate, key_values, parse_specs

_Entry = tuple[list[Any], Any]


@cmdlet("Compare-Object", aliases=("compare", "diff"))
class CompareObject(Cmdlet):
    """Compare-Object: Compares two sets of objects."""

    ReferenceObject: list[Any] = Parameter(position=0, mandatory=True,
                                           type_name="System.Management.Automation.PSObject[]")  # fmt: skip
    DifferenceObject: list[Any] = Parameter(position=1, mandatory=True, pipeline=True,
                                            type_name="System.Management.Automation.PSObject[]")  # fmt: skip
    SyncWindow: int = Parameter(default=2147483647, validate=ValidateRange(0, 2147483647))
    Property: list[Any] | None = Parameter()
    ExcludeDifferent: Switch = Parameter()
    IncludeEqual: Switch = Parameter()
    PassThru: Switch = Parameter()
    Culture: str | None = Parameter()
    CaseSensitive: Switch = Parameter()

    examples = (
        Example("Compare-Object 'a','b','c' 'b','c','d'", "Items only in one of two lists"),
        Example(
            "Compare-Object (Get-Mailbox) (Get-Mailbox -ResultSize 2) -Property Name", "Compare by a property"
        ),
    )

    def begin(self, ctx: Context) -> None:
        self._specs: list[PropSpec] = parse_specs(self.Property, "group") if self.Property else []
        self._reference = [self._entry(ctx, o) for o in enumerate_value(self.ReferenceObject)]
        self._next_ref = 0
        self._ref_window: list[_Entry] = []
        self._diff_window: list[_Entry] = []

    def _entry(self, ctx: Context, obj: Any) -> _Entry:
        return key_values(ctx, self._specs, obj), obj

    def _equal(self, a: _Entry, b: _Entry) -> bool:
        if len(a[0]) != len(b[0]):
            return False
        return all(
            compare_values(x, y, bool(self.CaseSensitive)) == 0 for x, y in zip(a[0], b[0], strict=True)
        )

    def _take(self, entry: _Entry, window: list[_Entry]) -> _Entry | None:
        for i, candidate in enumerate(window):
            if self._equal(entry, candidate):
                return window.pop(i)
        return None

    def process(self, ctx: Context) -> Iterator[Any]:
        for obj in enumerate_value(self.DifferenceObject):
            yield from self._step(ctx, self._entry(ctx, obj))

    def _step(self, ctx: Context, diff: _Entry | None) -> Iterator[Any]:
        ref: _Entry | None = None
        if self._next_ref < len(self._reference):
            ref = self._reference[self._next_ref]
            self._next_ref += 1
        if ref is not None and diff is not None and self._equal(ref, diff):
            yield from self._emit(ctx, ref, "==")
            return
        if diff is not None:
            match = self._take(diff, self._ref_window)
            if match is not None:
                yield from self._emit(ctx, match, "==")
            else:
                self._diff_window.append(diff)
        if ref is not None:
            match = self._take(ref, self._diff_window)
            if match is not None:
                yield from self._emit(ctx, ref, "==")
            else:
                self._ref_window.append(ref)
        yield from self._throw_out(ctx)

    def _throw_out(self, ctx: Context) -> Iterator[Any]:
        while len(self._diff_window) > self.SyncWindow:
            yield from self._emit(ctx, self._diff_window.pop(0), "=>")
        while len(self._ref_window) > self.SyncWindow:
            yield from self._emit(ctx, self._ref_window.pop(0), "<=")

    def end(self, ctx: Context) -> Iterator[Any]:
        while self._next_ref < len(self._reference):
            yield from self._step(ctx, None)
        for entry in self._diff_window:
            yield from self._emit(ctx, entry, "=>")
        for entry in self._ref_window:
            yield from self._emit(ctx, entry, "<=")

    def _emit(self, ctx: Context, entry: _Entry, side: str) -> Iterator[Any]:
        if side == "==" and not self.IncludeEqual:
            return
        if side != "==" and self.ExcludeDifferent:
            return
        obj = entry[1]
        if self.PassThru:  # 5.1 adds SideIndicator to the input object itself
            target = obj if isinstance(obj, PSObject) else PSObject((), type_names_of(obj), base=obj)
            target.remove("SideIndicator")
            target.set("SideIndicator", side)
            yield target
            return
        if not self._specs:
            props: list[tuple[str, Any]] = [("InputObject", obj)]
        elif any(spec.is_wildcard for spec in self._specs):
            props = [pair for spec in self._specs for pair in evaluate(ctx, spec, obj)]
        else:  # the key values already computed, named by the expression text as 5.1 does
            props = [(spec.display_name(), value) for spec, value in zip(self._specs, entry[0], strict=False)]
        yield PSObject([*props, ("SideIndicator", side)])
