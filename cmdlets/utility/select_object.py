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

from pwshlite.cmdlet import Cmdlet, CmdletError, Context, Example, Parameter, Switch, ValidateRange, cmdlet
from pwshlite.errors import ErrorCategory, ErrorRecord
from pwshlite.objects import OBJECT, PSCUSTOMOBJECT, PSObject

from ._common import (
    base_type_name,
    get_property,
    has_property,
    has_wildcard,
    is_collection,
    is_property_bag,
    stop_upstream,
    type_names_of,
    wildcard_regex,
)
from ._props import PropSpec, evaluate, matching_names, parse_specs
from ._unique import SelectUnique


@cmdlet("Select-Object", default_set="DefaultParameter", aliases=("select",))
class SelectObject(Cmdlet):
    """Select-Object: Selects objects or object properties."""

    InputObject: Any = Parameter(pipeline=True, type_name="System.Management.Automation.PSObject")
    Property: list[Any] | None = Parameter(position=0, sets=("DefaultParameter", "SkipLastParameter"))
    ExcludeProperty: list[str] | None = Parameter(sets=("DefaultParameter", "SkipLastParameter"))
    ExpandProperty: str | None = Parameter(sets=("DefaultParameter", "SkipLastParameter"))
    Unique: Switch = Parameter()
    Last: int | None = Parameter(sets=("DefaultParameter",), validate=ValidateRange(0, 2147483647))
    First: int | None = Parameter(sets=("DefaultParameter",), validate=ValidateRange(0, 2147483647))
    Skip: int = Parameter(default=0, sets=("DefaultParameter",), validate=ValidateRange(0, 2147483647))
    SkipLast: int = Parameter(default=0, sets=("SkipLastParameter",), validate=ValidateRange(0, 2147483647))
    Wait: Switch = Parameter(sets=("DefaultParameter", "IndexParameter"))
    Index: list[int] | None = Parameter(sets=("IndexParameter",), validate=ValidateRange(0, 2147483647))

    examples = (
        Example("Get-Mailbox | Select-Object Name, @{n='Db';e={$_.Database}}", "Pick and compute properties"),
        Example("1..100 | Select-Object -First 5", "The first objects only; upstream stops early"),
        Example("Get-Mailbox | Select-Object -ExpandProperty EmailAddresses", "The values of one property"),
    )

    def begin(self, ctx: Context) -> None:
        self._specs: list[PropSpec] = parse_specs(self.Property, "select") if self.Property else []
        for spec in self._specs:
            if spec.label is None and not isinstance(spec.expr, str) and not spec.expr.text:
                raise CmdletError(ErrorRecord(
                    "A property is an empty script block and does not provide a name.", "EmptyScriptBlockAndNoName",
                    ErrorCategory.InvalidArgument, "System.Management.Automation.PSArgumentException",
                ))  # fmt: skip
        self._exclude = [wildcard_regex(p) for p in (self.ExcludeProperty or [])] if self._specs else []
        self._unique = SelectUnique() if self.Unique else None
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
        if self._tail is not None:
            items = list(self._tail)
            if self.First is None and self.Skip:
                items = items[: max(0, len(items) - self.Skip)]
            for obj in items[-(self.Last or 0) :] if self.Last else []:
                yield from self._output(ctx, obj)
        if self._unique is not None:  # 5.1 writes the unique objects at the end
            yield from self._unique.written

    # -- what to write for one object (5.1 SelectObjectCommand.ProcessObject) --------------------------
    def _output(self, ctx: Context, obj: Any) -> Iterator[Any]:
        if not self._specs and not self.ExpandProperty:
            yield from self._filtered(obj, obj, [])
            return
        props = self._selected_properties(ctx, obj)
        if self.ExpandProperty:
            yield from self._expand(ctx, obj, props)
            return
        result = PSObject((), (PSCUSTOMOBJECT, OBJECT))
        for name, value in props:
            if result.has(name):
                self._already_exists(ctx, name, obj, "AlreadyExistingUserSpecifiedPropertyNoExpand")
            else:
                result.set(name, value)
        yield from self._filtered(result, obj, props)

    def _selected_properties(self, ctx: Context, obj: Any) -> list[tuple[str, Any]]:
        props: list[tuple[str, Any]] = []
        for spec in self._specs:
            pairs = [p for p in evaluate(ctx, spec, obj, eat_errors=True) if not self._excluded(p[0])]
            if not pairs and spec.is_wildcard:
                pairs = [(spec.label or spec.display_name(), None)]  # 5.1: the pattern itself, $null
            elif spec.label is not None and len(pairs) > 1:
                self._write(ctx, ctx.error("Cannot rename multiple results.", "RenamingMultipleResults",
                                          ErrorCategory.InvalidOperation, target=obj,
                                          exception_type="System.InvalidOperationException"))  # fmt: skip
                continue
            props.extend(p for p in pairs if not self._excluded(p[0]))
        return props

    def _excluded(self, name: str) -> bool:
        return bool(self._exclude) and any(rx.match(name) for rx in self._exclude)

    def _expand(self, ctx: Context, obj: Any, props: list[tuple[str, Any]]) -> Iterator[Any]:
        name = str(self.ExpandProperty)
        found = (
            matching_names(obj, name) if has_wildcard(name) else ([name] if has_property(obj, name) else [])
        )
        if len(found) != 1:
            message, error_id = (
                (f'Property "{name}" cannot be found.', "ExpandPropertyNotFound") if not found
                else ("Multiple properties cannot be expanded.", "MutlipleExpandProperties")  # 5.1's spelling
            )  # fmt: skip
            self._write(ctx, ctx.error(message, error_id, ErrorCategory.InvalidArgument, target=obj,
                                      exception_type="System.Management.Automation.PSArgumentException"))  # fmt: skip
            return
        value = get_property(obj, found[0])
        if not is_collection(value):
            yield from self._filtered(value, obj, props)  # 5.1 adds no properties to a single value
            return
        for item in value:
            if item is None:
                continue
            if not props or isinstance(item, PSObject):
                target = item
            else:
                target = PSObject((), type_names_of(item), base=item)
            for prop, prop_value in props:
                if target.has(prop) or (target.base is not None and has_property(target.base, prop)):
                    self._already_exists(ctx, prop, obj, "AlreadyExistingUserSpecifiedPropertyExpand")
                else:
                    target.set(prop, prop_value)
            yield from self._filtered(target, obj, props)

    @staticmethod
    def _write(ctx: Context, record: Any) -> None:
        """5.1 passes the PSObject-wrapped input as the target: CategoryInfo shows `(...:PSObject)`."""
        record.target_type = "PSObject"
        ctx.write_error(record)

    def _already_exists(self, ctx: Context, name: str, obj: Any, error_id: str) -> None:
        message = f'The property cannot be processed because the property "{name}" already exists.'
        self._write(ctx, ctx.error(message, error_id, ErrorCategory.InvalidOperation, target=obj,
                                  exception_type="System.Management.Automation.PSArgumentException"))  # fmt: skip

    def _filtered(self, obj: Any, source: Any, props: list[tuple[str, Any]]) -> Iterator[Any]:
        """FilteredWriteObject: mark property bags `Selected.<input type>`; -Unique holds them back."""
        if self._unique is None:
            yield _mark_selected(obj, source)
        elif self._unique.first_time(obj, props):
            _mark_selected(obj, source)


def _mark_selected(obj: Any, source: Any) -> Any:
    """SetPSCustomObject: a property bag gets `Selected.<the input's base type>` in front."""
    if is_property_bag(obj):
        name = f"Selected.{base_type_name(source)}"
        if not obj.type_names or obj.type_names[0] != name:
            obj.type_names.insert(0, name)
    return obj
