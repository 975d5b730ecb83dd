"""Select-Object: Selects objects or object properties.

5.1 behaviour (formatting spec 9.1): -Property builds a new PSCustomObject per input, typed
`Selected.<input base type>`; -ExpandProperty emits the value (a collection is enumerated);
-First/-Last/-Skip/-SkipLast/-Index pick objects, and -First stops the upstream commands once it has
what it needs (unless -Wait); -Unique compares the output case-sensitively; -ExcludeProperty only
applies together with -Property (as in 5.1). Objects stream: at most -Last (+ -Skip) are held.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterator
from typing import Any

from pwshlite.cmdlet import Cmdlet, Context, Example, Parameter, Switch, cmdlet
from pwshlite.errors import ErrorCategory
from pwshlite.objects import OBJECT, PSCUSTOMOBJECT, PSObject

from ._common import (
    base_type_name,
    enumerate_value,
    has_property,
    is_property_bag,
    stop_upstream,
    wildcard_regex,
)
from ._props import PropSpec, evaluate, matching_names, parse_specs
from ._unique import UniqueFilter


@cmdlet("Select-Object", default_set="DefaultParameter", aliases=("select",))
class SelectObject(Cmdlet):
    """Select-Object: Selects objects or object properties."""

    InputObject: Any = Parameter(pipeline=True, type_name="System.Management.Automation.PSObject")
    Property: list[Any] | None = Parameter(position=0, sets=("DefaultParameter", "SkipLastParameter"))
    ExcludeProperty: list[str] | None = Parameter(sets=("DefaultParameter", "SkipLastParameter"))
    ExpandProperty: str | None = Parameter(sets=("DefaultParameter", "SkipLastParameter"))
    Unique: Switch = Parameter()
    Last: int | None = Parameter(sets=("DefaultParameter",))
    First: int | None = Parameter(sets=("DefaultParameter",))
    Skip: int = Parameter(default=0, sets=("DefaultParameter",))
    SkipLast: int = Parameter(default=0, sets=("SkipLastParameter",))
    Wait: Switch = Parameter(sets=("DefaultParameter", "IndexParameter"))
    Index: list[int] | None = Parameter(sets=("IndexParameter",))

    examples = (
        Example("Get-Mailbox | Select-Object Name, @{n='Db';e={$_.Database}}", "Pick and compute properties"),
        Example("1..100 | Select-Object -First 5", "The first objects only; upstream stops early"),
        Example("Get-Mailbox | Select-Object -ExpandProperty EmailAddresses", "The values of one property"),
    )

    def begin(self, ctx: Context) -> None:
        self._specs: list[PropSpec] = parse_specs(self.Property, "select") if self.Property else []
        self._exclude = [wildcard_regex(p) for p in (self.ExcludeProperty or [])] if self._specs else []
        self._unique = UniqueFilter() if self.Unique else None
        self._seen = 0
        self._emitted_first = 0
        self._skip_left = self.Skip if self.Last is None else 0
        keep = (self.Last or 0) + (self.Skip if self.First is None else 0) if self.Last is not None else 0
        self._tail: deque[Any] | None = deque(maxlen=keep) if self.Last is not None else None
        self._delay: deque[Any] | None = deque() if self.SkipLast else None
        self._indexes = sorted(set(self.Index)) if self.Index is not None else None

    # -- choosing which objects ------------------------------------------------------------------------
    def process(self, ctx: Context) -> Iterator[Any]:
        obj = self.InputObject
        position = self._seen
        self._seen += 1
        if self._indexes is not None:
            if position in self._indexes:
                yield from self._output(ctx, obj)
            if position >= self._indexes[-1] and not self.Wait:
                stop_upstream()
            return
        if self._delay is not None:
            self._delay.append(obj)
            if len(self._delay) > self.SkipLast:
                yield from self._output(ctx, self._delay.popleft())
            return
        if self._skip_left > 0:
            self._skip_left -= 1
            return
        if self.First is not None and self._emitted_first < self.First:
            self._emitted_first += 1
            yield from self._output(ctx, obj)
            if self._emitted_first >= self.First and self.Last is None and not self.Wait:
                stop_upstream()
            return
        if self._tail is not None:
            if self._tail.maxlen:
                self._tail.append(obj)
            return
        if self.First is None:
            yield from self._output(ctx, obj)

    def end(self, ctx: Context) -> Iterator[Any]:
        if self._tail is None:
            return
        items = list(self._tail)
        if self.First is None and self.Skip:
            items = items[: max(0, len(items) - self.Skip)]
        for obj in items[-(self.Last or 0) :] if self.Last else []:
            yield from self._output(ctx, obj)

    # -- what to write for one object -------------------------------------------------------------------
    def _output(self, ctx: Context, obj: Any) -> Iterator[Any]:
        if not self._specs and not self.ExpandProperty:
            yield from self._filtered(_mark_selected(obj, obj))
            return
        props = self._selected_properties(ctx, obj) if self._specs else []
        if not self.ExpandProperty:
            result = PSObject(props, (f"Selected.{base_type_name(obj)}", PSCUSTOMOBJECT, OBJECT))
            yield from self._filtered(result)
            return
        yield from self._expand(ctx, obj, props)

    def _selected_properties(self, ctx: Context, obj: Any) -> list[tuple[str, Any]]:
        props: list[tuple[str, Any]] = []
        names: set[str] = set()
        for spec in self._specs:
            for name, value in evaluate(ctx, spec, obj):
                if self._exclude and any(rx.match(name) for rx in self._exclude):
                    continue
                if name.casefold() in names:
                    if not spec.is_wildcard:
                        self._already_exists(ctx, name, "AlreadyExistingUserSpecifiedPropertyNoExpand")
                    continue
                names.add(name.casefold())
                props.append((name, value))
        return props

    def _expand(self, ctx: Context, obj: Any, props: list[tuple[str, Any]]) -> Iterator[Any]:
        name = str(self.ExpandProperty)
        found = (
            matching_names(obj, name)
            if any(c in name for c in "*?[")
            else ([name] if has_property(obj, name) else [])
        )
        if not found:
            record = ctx.error(f'Property "{name}" cannot be found.', "ExpandPropertyNotFound",
                               ErrorCategory.InvalidArgument, target=obj,
                               exception_type="System.Management.Automation.PSArgumentException")  # fmt: skip
            ctx.write_error(record)
            return
        from ._common import get_property

        for item in enumerate_value(get_property(obj, found[0])):
            if props:
                item = self._decorate(ctx, item, props)
            yield from self._filtered(item)

    def _decorate(self, ctx: Context, item: Any, props: list[tuple[str, Any]]) -> Any:
        """-Property with -ExpandProperty: the selected properties are added to each expanded value."""
        if isinstance(item, PSObject):
            target = item.copy()
        else:
            target = PSObject((), (), base=item)
        for name, value in props:
            if target.has(name) or (target.base is not None and has_property(target.base, name)):
                self._already_exists(ctx, name, "AlreadyExistingUserSpecifiedPropertyExpand")
                continue
            target.set(name, value)
        if target.base is not None and not target.type_names:
            from ._common import type_names_of

            target.type_names = type_names_of(target.base)
        return target

    def _already_exists(self, ctx: Context, name: str, error_id: str) -> None:
        message = f'The property cannot be processed because the property "{name}" already exists.'
        ctx.write_error(ctx.error(message, error_id, ErrorCategory.InvalidOperation, target=name,
                                  exception_type="System.Management.Automation.PSArgumentException"))  # fmt: skip

    def _filtered(self, obj: Any) -> Iterator[Any]:
        if self._unique is None or self._unique.first_time(obj):
            yield obj


def _mark_selected(obj: Any, source: Any) -> Any:
    """A PSCustomObject passing through gets `Selected.System.Management.Automation.PSCustomObject`."""
    if is_property_bag(obj):
        name = f"Selected.{PSCUSTOMOBJECT}"
        if not obj.type_names or obj.type_names[0] != name:
            obj.type_names.insert(0, name)
    return obj
