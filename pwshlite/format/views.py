"""The view registry: table/list/wide/custom views as data, keyed by .NET type name.

Format layer (imports nothing above `cmdlet`). A view plays the part of a format.ps1xml view: the
formatter looks up the first view matching one of an object's type names (walked in order, also with
a `Deserialized.` prefix removed, formatting spec §1.3) and renders with it. Modules register views
for their own types at import time:

    register_view(TableView(("Microsoft.Exchange.Data.Directory.Management.UMMailboxPin",),
                            (TableColumn("UserID", width=30), TableColumn("PinExpired", width=10))))
    register_default_properties("My.Type", ("Name", "Id"))

Views hold plain Python callables for script columns (`script=lambda obj: ...`), so this module
stays independent of the runtime. The built-in views (hashtable entries, GroupInfo, DateTime,
TimeSpan, ErrorRecord, FileInfo, CommandInfo, ...) are registered lazily on first lookup.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

ALIGNMENTS = ("left", "right", "center", "undefined")


@dataclass(frozen=True, slots=True)
class TableColumn:
    """One column: label, the value (property name or script), width (None = unspecified), alignment."""

    label: str
    property: str | None = None
    script: Callable[[Any], Any] | None = None
    width: int | None = None
    alignment: str = "undefined"  # undefined renders as left in a view-based table (§4.1)
    format_string: str | None = None


@dataclass(frozen=True, slots=True)
class GroupBy:
    """A view's grouping: the key (property or script) and either `Label: key` or custom header lines."""

    property: str | None = None
    script: Callable[[Any], Any] | None = None
    label: str | None = None
    header: Callable[[Any], list[str]] | None = None  # custom header lines from the group's first object


@dataclass(frozen=True, slots=True)
class TableView:
    type_names: tuple[str, ...]
    columns: tuple[TableColumn, ...]
    auto_size: bool = False
    hide_headers: bool = False
    group_by: GroupBy | None = None
    name: str | None = None
    wrap: bool = False

    shape = "table"


@dataclass(frozen=True, slots=True)
class ListItem:
    label: str
    property: str | None = None
    script: Callable[[Any], Any] | None = None
    format_string: str | None = None
    condition: Callable[[Any], bool] | None = None  # the item is shown only when this is true (§5.1)


@dataclass(frozen=True, slots=True)
class ListView:
    type_names: tuple[str, ...]
    items: tuple[ListItem, ...]
    group_by: GroupBy | None = None
    name: str | None = None

    shape = "list"


@dataclass(frozen=True, slots=True)
class WideView:
    type_names: tuple[str, ...]
    property: str | None = None
    script: Callable[[Any], Any] | None = None
    columns: int | None = None
    auto_size: bool = False
    group_by: GroupBy | None = None
    name: str | None = None

    shape = "wide"


@dataclass(frozen=True, slots=True)
class CustomView:
    """A custom (complex) view: `render(obj, width)` returns the object's lines. `out_of_band` views are
    written on their own, outside any frame (ErrorRecord, §1.4 step 1)."""

    type_names: tuple[str, ...]
    render: Callable[[Any, int], list[str]]
    out_of_band: bool = False
    group_by: GroupBy | None = None
    name: str | None = None

    shape = "custom"


View = TableView | ListView | WideView | CustomView

_views: list[View] = []
_by_type: dict[str, list[View]] = {}
_default_properties: dict[str, tuple[str, ...]] = {}
_found: dict[tuple[tuple[str, ...], str | None, str | None], View | None] = {}  # lookup cache
_builtins_loaded = False


def register_view(view: View) -> None:
    """Add a view. A view with the same type names, shape and name replaces the earlier one."""
    for i, old in enumerate(_views):
        if old.type_names == view.type_names and old.shape == view.shape and old.name == view.name:
            _views[i] = view
            break
    else:
        _views.append(view)
    _by_type.clear()
    _found.clear()
    for registered in _views:
        for name in registered.type_names:
            _by_type.setdefault(name.casefold(), []).append(registered)


def register_default_properties(type_name: str, names: tuple[str, ...]) -> None:
    """The type's DefaultDisplayPropertySet (types.ps1xml PSStandardMembers)."""
    _default_properties[type_name.casefold()] = tuple(names)


def _ensure_builtins() -> None:
    global _builtins_loaded
    if not _builtins_loaded:
        _builtins_loaded = True
        from pwshlite.format import builtin_views

        builtin_views.register_all()


def _lookup_names(type_names: list[str]) -> list[str]:
    names: list[str] = []
    for name in type_names:
        names.append(name.casefold())
        if name.startswith("Deserialized."):
            names.append(name[len("Deserialized.") :].casefold())
    return names


def find_view(type_names: list[str], shape: str | None = None, name: str | None = None) -> View | None:
    """The first registered view for the first matching type name; `shape` ('table', 'list', 'wide',
    'custom') restricts the kind, `name` selects a named view (Format-Table -View)."""
    _ensure_builtins()
    key = (tuple(type_names), shape, name)
    if key in _found:
        return _found[key]
    view = _search(type_names, shape, name)
    if len(_found) < 4096:
        _found[key] = view
    return view


def _search(type_names: list[str], shape: str | None, name: str | None) -> View | None:
    for type_name in _lookup_names(type_names):
        for view in _by_type.get(type_name, ()):
            if shape is not None and view.shape != shape:
                continue
            if name is not None and (view.name or "").casefold() != name.casefold():
                continue
            return view
    return None


class ViewNotFound(LookupError):
    """Format-* -View named a view the object's type does not have in the requested shape."""

    def __init__(self, view_name: str, shape: str, obj: Any) -> None:
        super().__init__(view_name)
        self.view_name = view_name
        self.shape = shape
        self.obj = obj  # the object whose type lacks the view


_SHAPE_LABELS = {"table": "Table", "list": "List", "wide": "Wide", "custom": "Custom"}
_SHAPE_CMDLETS = {
    "table": "Format-Table",
    "list": "Format-List",
    "wide": "Format-Wide",
    "custom": "Format-Custom",
}


def unknown_view_message(view_name: str, shape: str, base_type: str) -> str:
    """5.1's FormatViewNotFound text: the views of that shape registered for the object's base .NET type,
    else the other Format-* cmdlets that have a view of that name, else that the type has none."""
    _ensure_builtins()
    valid: list[str] = []
    others: list[str] = []
    wanted = base_type.casefold()
    for view in _views:
        if wanted not in (n.casefold() for n in view.type_names):
            continue
        if view.shape == shape:
            valid.append(view.name or view.type_names[0])
        elif (view.name or "").casefold() == view_name.casefold():
            others.append(_SHAPE_CMDLETS[view.shape])
    label = _SHAPE_LABELS[shape]
    if valid:
        return (
            f"The view name {view_name} cannot be found. Specify one of the following {label} views and "
            f"try again: {', '.join(valid)}."
        )
    if others:
        return (
            f" The view name {view_name} cannot be found in the {label} formatting. Try using one of these "
            f"other format cmdlets: {', '.join(others)}"
        )
    return f"The view name {view_name} cannot be found. There are no existing {label} views for {base_type} objects."


def view_matches(view: View, type_names: list[str]) -> bool:
    """Whether an object with these type names belongs to the view (else: out-of-band, §1.4 step 3)."""
    wanted = {n.casefold() for n in view.type_names}
    return any(n in wanted for n in _lookup_names(type_names))


def default_properties(type_names: list[str]) -> tuple[str, ...] | None:
    """The DefaultDisplayPropertySet of the first type name that has one, else None."""
    _ensure_builtins()
    for type_name in _lookup_names(type_names):
        names = _default_properties.get(type_name)
        if names is not None:
            return names
    return None
