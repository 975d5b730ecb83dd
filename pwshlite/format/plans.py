"""Shape plans: how the first object's view (or its properties) turns every object into an entry record.

Format layer. `make_plan` applies the shape selection of formatting spec §1.3 (registered view ->
DefaultDisplayPropertySet -> <= 4 properties table / >= 5 list) or the shape a Format-* command forced,
and resolves the columns/fields (§4.1, §4.2, §5.1, §6). A plan's `entry(obj)` evaluates the values and
renders them to text (§3); `accepts(obj)` is false for objects that do not match a registered view.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from fnmatch import fnmatchcase
from typing import Any

from pwshlite.format import cells
from pwshlite.format.custom import Association, ObjectBrowser, render_lines
from pwshlite.format.failures import FailureLog, FormatStringFailed
from pwshlite.format.model import (
    Column,
    CustomEntry,
    CustomShape,
    Entry,
    ListEntry,
    ListShape,
    Shape,
    TableRow,
    TableShape,
    WideEntry,
    WideShape,
)
from pwshlite.format.options import Field, FormatOptions
from pwshlite.format.views import (
    CustomView,
    GroupBy,
    ListView,
    TableView,
    View,
    ViewNotFound,
    WideView,
    find_view,
    view_matches,
)

Getter = Callable[[Any], Any]
MAX_TABLE_PROPERTIES = 10
_WIDE_PATTERNS = ("name", "id", "key", "*key", "*name", "*id")


def _property_getter(name: str) -> Getter:
    return lambda obj: cells.get_property(obj, name)


def _alignment(text: str | None) -> str | None:
    """A calculated property's Alignment value (any prefix of left/center/right)."""
    if not text:
        return None
    folded = text.casefold()
    for name in ("left", "center", "right"):
        if name.startswith(folded):
            return name
    return None


@dataclass(slots=True)
class ColumnPlan:
    label: str
    getter: Getter
    width: int = 0
    alignment: str = "left"
    format_string: str | None = None
    condition: Callable[[Any], bool] | None = None


class Plan:
    """Base plan: a shape record, an optional view (objects must match it) and its grouping."""

    shape: Shape
    view: View | None = None
    group_by: GroupBy | None = None

    def __init__(self, options: FormatOptions) -> None:
        self.limit = options.enumeration_limit
        self.failures = FailureLog(options.display_error, options.show_error)

    def accepts(self, obj: Any) -> bool:
        return self.view is None or view_matches(self.view, cells.type_names(obj))

    def entry(self, obj: Any) -> Entry:
        raise NotImplementedError

    def text(self, value: Any, format_string: str | None = None) -> str:
        return cells.format_value(value, self.limit, format_string)

    def cell(self, getter: Getter, obj: Any, format_string: str | None = None, text: str = "") -> str:
        """Evaluate a column for `obj`: an expression or format string that fails gives an empty cell,
        `#ERR`/`#FMTERR` with -DisplayError, and an error record with -ShowError (failures.py)."""
        try:
            value = getter(obj)
        except Exception as exc:  # noqa: BLE001 - any script/getter failure is shown, never raised
            return self.failures.expression(exc, obj, text)
        if not format_string:
            return cells.format_value(value, self.limit)
        try:
            return cells.strict_format_string(value, format_string)
        except FormatStringFailed:
            return self.failures.format_string(obj, format_string)


class TablePlan(Plan):
    def __init__(
        self, columns: list[ColumnPlan], options: FormatOptions, view: TableView | None = None
    ) -> None:
        super().__init__(options)
        self.columns = columns
        self.view = view
        self.group_by = view.group_by if view else None
        header = tuple(Column(c.label, c.width, c.alignment) for c in columns)
        self.shape = TableShape(
            header,
            auto_size=options.auto_size or bool(view and view.auto_size),
            hide_headers=options.hide_headers or bool(view and view.hide_headers),
            wrap=options.wrap or bool(view and view.wrap),
        )

    def entry(self, obj: Any) -> Entry:
        cell = self.cell
        return TableRow(tuple(cell(c.getter, obj, c.format_string, c.label) for c in self.columns))


class ListPlan(Plan):
    """Fixed items (a list view) or per-object fields (-Property, or the object's display properties)."""

    def __init__(
        self, options: FormatOptions, items: list[ColumnPlan] | None = None, view: ListView | None = None
    ):
        super().__init__(options)
        self.items = items
        self.fields = options.fields
        self.view = view
        self.group_by = view.group_by if view else None
        self.shape = ListShape()

    def entry(self, obj: Any) -> Entry:
        cell = self.cell
        if self.items is not None:
            return ListEntry(
                tuple(
                    (i.label, cell(i.getter, obj, i.format_string, i.label))
                    for i in self.items
                    if i.condition is None or i.condition(obj)
                )
            )
        if self.fields is not None:
            return ListEntry(
                tuple(
                    (c.label, cell(c.getter, obj, c.format_string, c.label))
                    for c in _list_fields(obj, self.fields)
                )
            )
        names = cells.display_property_names(obj)
        return ListEntry(tuple((n, self.text(cells.get_property(obj, n))) for n in names))


class WidePlan(Plan):
    def __init__(self, options: FormatOptions, column: ColumnPlan, view: WideView | None = None) -> None:
        super().__init__(options)
        self.column = column
        self.view = view
        self.group_by = view.group_by if view else None
        columns = options.wide_columns if options.wide_columns else (view.columns if view else None)
        self.shape = WideShape(columns, options.auto_size or bool(view and view.auto_size))

    def entry(self, obj: Any) -> Entry:
        return WideEntry(self.cell(self.column.getter, obj, self.column.format_string))


class CustomPlan(Plan):
    def __init__(self, options: FormatOptions, view: CustomView | None = None) -> None:
        super().__init__(options)
        self.view = view
        self.custom = view
        self.fields = options.fields
        self.depth = options.custom_depth
        self.group_by = view.group_by if view else None
        self.shape = CustomShape()

    def entry(self, obj: Any) -> Entry:
        if self.custom is not None:
            return CustomEntry(obj, self.custom.render)
        browser = ObjectBrowser(self.limit, self.depth, self.failures)
        lines = browser.browse(obj, None if self.fields is None else _associations(obj, self.fields))
        return CustomEntry(obj, lambda _obj, width: render_lines(lines, width))


def _associations(obj: Any, fields: tuple[Field, ...]) -> list[Association]:
    """Format-Custom -Property entries resolved against `obj`, with their Depth keys."""
    return [
        (label, getter, spec.depth)
        for spec in fields
        for label, getter in _expand_field(obj, spec, keep_missing=False)
    ]


# -- column resolution ---------------------------------------------------------------------------------------
def _first_value_alignment(obj: Any, getter: Getter) -> str:
    try:
        value = getter(obj)
    except Exception:  # an expression failing on the first object leaves the column left-aligned
        return "left"
    return "right" if cells.is_right_aligned(value) else "left"


def _columns_from_names(obj: Any, names: list[str]) -> list[ColumnPlan]:
    columns = []
    for name in names:
        getter = _property_getter(name)
        columns.append(ColumnPlan(name, getter, 0, _first_value_alignment(obj, getter)))
    return columns


def _expand_field(obj: Any, spec: Field, keep_missing: bool) -> list[tuple[str, Getter]]:
    """(label, getter) pairs of one -Property entry resolved against `obj` (§4.1.3, §5.1)."""
    expression = spec.expression
    if not isinstance(expression, str):
        return [(spec.label or spec.text or "", expression)]
    names = cells.resolve_names(obj, expression)
    if not names:
        wildcard = any(c in expression for c in "*?[")
        return (
            [(spec.label or expression, _property_getter(expression))]
            if keep_missing and not wildcard
            else []
        )
    return [(spec.label or name, _property_getter(name)) for name in names]


def _columns_from_fields(obj: Any, fields: tuple[Field, ...]) -> list[ColumnPlan]:
    columns = []
    for spec in fields:
        for label, getter in _expand_field(obj, spec, keep_missing=True):
            alignment = _alignment(spec.alignment) or _first_value_alignment(obj, getter)
            columns.append(ColumnPlan(label, getter, spec.width or 0, alignment, spec.format_string))
    return columns


def _list_fields(obj: Any, fields: tuple[Field, ...]) -> list[ColumnPlan]:
    return [
        ColumnPlan(label, getter, format_string=spec.format_string)
        for spec in fields
        for label, getter in _expand_field(obj, spec, keep_missing=False)
    ]


def _view_getter(prop: str | None, script: Getter | None) -> Getter:
    if script is not None:
        return script
    return _property_getter(prop or "")


def _table_from_view(view: TableView, options: FormatOptions) -> TablePlan:
    columns = [
        ColumnPlan(
            c.label,
            _view_getter(c.property, c.script),
            c.width or 0,
            "left" if c.alignment == "undefined" else c.alignment,
            c.format_string,
        )
        for c in view.columns
    ]
    return TablePlan(columns, options, view)


def _list_from_view(view: ListView, options: FormatOptions) -> ListPlan:
    items = [
        ColumnPlan(
            i.label, _view_getter(i.property, i.script), format_string=i.format_string, condition=i.condition
        )
        for i in view.items
    ]
    return ListPlan(options, items, view)


def _wide_property(obj: Any) -> str | None:
    """The display property of Format-Wide (§6): name/id/key patterns, else the first shown property."""
    names = [n for n in cells.property_names(obj) if n.casefold() not in cells.REMOTING_PROPERTIES]
    for pattern in _WIDE_PATTERNS:
        for name in names:
            if fnmatchcase(name.casefold(), pattern):
                return name
    shown = cells.display_property_names(obj)
    if shown:
        return shown[0]
    return names[0] if names else None


def _plan_for_view(view: View, options: FormatOptions) -> Plan:
    if isinstance(view, TableView):
        return _table_from_view(view, options)
    if isinstance(view, ListView):
        return _list_from_view(view, options)
    if isinstance(view, WideView):
        return WidePlan(options, ColumnPlan("", _view_getter(view.property, view.script)), view)
    return CustomPlan(options, view)


def _wide_plan(obj: Any, options: FormatOptions) -> Plan:
    if options.fields:
        spec = options.fields[0]
        pairs = _expand_field(obj, spec, keep_missing=True)
        getter = pairs[0][1] if pairs else _property_getter("")
        return WidePlan(options, ColumnPlan("", getter, format_string=spec.format_string))
    view = _named_view(obj, "wide", options)
    if view is not None:
        return _plan_for_view(view, options)
    name = _wide_property(obj)
    getter = _property_getter(name) if name else (lambda o: o)
    return WidePlan(options, ColumnPlan("", getter))


def _named_view(obj: Any, shape: str, options: FormatOptions) -> View | None:
    """The -View view of that shape (ViewNotFound when the type has none of that name), else the
    type's first view of that shape, else None."""
    view = find_view(cells.type_names(obj), shape, options.view_name)
    if view is None and options.view_name:
        raise ViewNotFound(options.view_name, shape, obj)
    return view


def make_plan(obj: Any, options: FormatOptions) -> Plan:
    """The plan for a document whose first in-band object is `obj`."""
    names = cells.type_names(obj)
    shape = options.shape
    if shape == "table":
        if options.fields:
            return TablePlan(_columns_from_fields(obj, options.fields), options)
        view = _named_view(obj, "table", options)
        if view is not None:
            return _plan_for_view(view, options)
        shown = cells.display_property_names(obj)[:MAX_TABLE_PROPERTIES]
        return TablePlan(_columns_from_names(obj, shown), options)
    if shape == "list":
        view = None if options.fields else _named_view(obj, "list", options)
        return _plan_for_view(view, options) if view is not None else ListPlan(options)
    if shape == "wide":
        return _wide_plan(obj, options)
    if shape == "custom":
        view = None if options.fields else _named_view(obj, "custom", options)
        return CustomPlan(options, view if isinstance(view, CustomView) else None)
    view = find_view(names, None, options.view_name)
    if view is not None:
        return _plan_for_view(view, options)
    shown = cells.display_property_names(obj)
    if len(shown) <= 4:
        return TablePlan(_columns_from_names(obj, shown[:MAX_TABLE_PROPERTIES]), options)
    return ListPlan(options)
