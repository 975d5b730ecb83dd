"""The formatter: turns a stream of objects into format records (formatting spec §1.3, §1.4, §4-§7).

Format layer; runtime-independent: script blocks and calculated properties arrive as plain Python
callables (the Format-* cmdlets wrap `ctx.invoke`). One FormatGenerator serves one document: the
first object that is not out-of-band picks the shape and view, later objects reuse it or go
out-of-band. Out-Default uses it with no options; Format-Table/List/Wide/Custom force a shape.

    gen = FormatGenerator(FormatOptions(shape="table", fields=(Field("Name"), Field("Id"))))
    records = [*gen.process(obj1), *gen.process(obj2), *gen.end()]
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

from pwshlite.format import cells
from pwshlite.format.model import (
    FormatEnd,
    FormatRecord,
    FormatStart,
    GroupEnd,
    GroupStart,
    OutOfBandCustom,
    OutOfBandList,
    RawText,
)
from pwshlite.format.options import Field, FormatOptions
from pwshlite.format.plans import Plan, make_plan
from pwshlite.format.views import CustomView, GroupBy, find_view
from pwshlite.objects import PSObject

Getter = Callable[[Any], Any]
MAX_NESTING = 32
# FormatAndOut_format_xxx resources written around -Expand Both's collection object
IENUM_HEADER = "The following object supports IEnumerable:"
IENUM_NONE = "The IEnumerable contains no objects."
IENUM_ONE = "The IEnumerable contains the following object:"
IENUM_MANY = "The IEnumerable contains the following {0} objects:"


class FormatGenerator:
    """Objects in, format records out, for one document."""

    def __init__(self, options: FormatOptions | None = None) -> None:
        self.options = options or FormatOptions()
        self.plan: Plan | None = None
        self._group_key: str | None = None
        self._group: tuple[Getter, Field | GroupBy] | None = None

    @property
    def started(self) -> bool:
        return self.plan is not None

    def process(self, obj: Any, depth: int = 0) -> Iterator[FormatRecord]:
        """Records for one pipeline object (a collection is formatted element by element, §1.1.5;
        -Expand CoreOnly formats the collection object itself, Both the object and then its elements)."""
        if obj is None:
            return
        if cells.is_collection(obj) and self.options.expand != "CoreOnly":
            if depth >= MAX_NESTING:  # a collection that contains itself
                yield RawText(cells.type_names(obj)[0] if cells.type_names(obj) else "System.Object[]")
                return
            items = list(cells.iterate(obj)) if self.options.expand == "Both" else cells.iterate(obj)
            if self.options.expand == "Both":
                yield from self._core_out_of_band(obj, len(items))  # type: ignore[arg-type]
            for item in items:
                yield from self.process(item, depth + 1)
            return
        yield from self._process_one(obj)

    def _process_one(self, obj: Any) -> Iterator[FormatRecord]:
        if not self.options.force:
            oob = self._out_of_band(obj)
            if oob is not None:
                yield oob
                return
        if self.plan is None:
            yield from self._start(obj)
        elif not self.plan.accepts(obj):
            yield OutOfBandList(_display_fields(obj, self.options.enumeration_limit))
            return
        else:
            yield from self._maybe_new_group(obj)
        assert self.plan is not None
        yield self.plan.entry(obj)
        for record in self.plan.failures.drain():  # -ShowError: after the entry, out of band
            yield self._error_record(record)

    def _error_record(self, record: Any) -> FormatRecord:
        view = find_view(cells.type_names(record), "custom")
        if isinstance(view, CustomView):
            return OutOfBandCustom(record, view.render)
        return RawText(cells.to_string(record))

    def _core_out_of_band(self, obj: Any, count: int) -> Iterator[FormatRecord]:
        """-Expand Both: a header, the collection's own properties as an out-of-band list, the count."""
        yield RawText(IENUM_HEADER)
        yield OutOfBandList(_display_fields(obj, self.options.enumeration_limit))
        if count == 0:
            yield RawText(IENUM_NONE)
        elif count == 1:
            yield RawText(IENUM_ONE)
        else:
            yield RawText(IENUM_MANY.format(count))

    def end(self) -> Iterator[FormatRecord]:
        """Close the document (end of group, end of document) if one was started."""
        if self.plan is not None:
            yield GroupEnd()
            yield FormatEnd()
            self.plan = None
            self._group_key = None

    # -- internals -----------------------------------------------------------------------------------------
    def _out_of_band(self, obj: Any) -> FormatRecord | None:
        names = cells.type_names(obj)
        view = find_view(names, "custom")
        if isinstance(view, CustomView) and view.out_of_band:
            return OutOfBandCustom(obj, view.render)
        if cells.is_scalar(obj):
            return RawText(cells.to_string(obj))
        if not _has_properties(obj) and find_view(names) is None:
            return RawText(cells.to_string(obj))
        return None

    def _start(self, obj: Any) -> Iterator[FormatRecord]:
        self.plan = make_plan(obj, self.options)
        self._group = self._grouping()
        yield FormatStart(self.plan.shape)
        yield self._group_start(obj)

    def _grouping(self) -> tuple[Getter, Field | GroupBy] | None:
        spec = self.options.group_by
        if spec is not None:
            return _field_getter(spec), spec
        assert self.plan is not None
        view_group = self.plan.group_by
        if view_group is None:
            return None
        if view_group.script is not None:
            return view_group.script, view_group
        name = view_group.property or ""
        return (lambda o: cells.get_property(o, name)), view_group

    def _group_start(self, obj: Any) -> GroupStart:
        if self._group is None:
            return GroupStart()
        getter, spec = self._group
        text = self._group_text(getter, spec, obj)
        self._group_key = text.casefold()
        if isinstance(spec, GroupBy) and spec.header is not None:
            return GroupStart(tuple(spec.header(obj)))
        return GroupStart((f"   {_group_label(spec, obj)}: {text}",))

    def _group_text(self, getter: Getter, spec: Field | GroupBy, obj: Any) -> str:
        try:
            value = getter(obj)
        except Exception:  # noqa: BLE001 - a failing group expression groups under an empty key
            value = None
        return cells.format_value(value, self.options.enumeration_limit, getattr(spec, "format_string", None))

    def _maybe_new_group(self, obj: Any) -> Iterator[FormatRecord]:
        if self._group is None:
            return
        getter, spec = self._group
        text = self._group_text(getter, spec, obj)
        if text.casefold() != self._group_key:
            yield GroupEnd()
            yield self._group_start(obj)


def _has_properties(obj: Any) -> bool:
    if isinstance(obj, PSObject) and len(obj) > 4:
        return True
    return any(n.casefold() not in cells.REMOTING_PROPERTIES for n in cells.property_names(obj))


def _group_label(spec: Field | GroupBy, obj: Any) -> str:
    if spec.label:
        return spec.label
    if isinstance(spec, Field):
        if isinstance(spec.expression, str):
            resolved = cells.resolve_names(obj, spec.expression)
            return resolved[0] if resolved else spec.expression
        return spec.text or ""
    return spec.property or ""


def _field_getter(spec: Field) -> Getter:
    expression = spec.expression
    if isinstance(expression, str):
        return lambda o: cells.get_property(o, expression)
    return expression


def _display_fields(obj: Any, limit: int) -> tuple[tuple[str, str], ...]:
    return tuple(
        (name, cells.format_value(cells.get_property(obj, name), limit))
        for name in cells.display_property_names(obj)
    )
