"""Format-Custom without a view: the object browser that prints `class Name { Property = value }` trees.

Format layer. Follows 5.1's ComplexViewObjectBrowser: an object prints as `class <short type name>`,
`{`, one `Name = value` line per property two cells further in, `}`; a property whose value is a
collection prints `Name = ` and the elements between `[` and `]` (then a line holding only the
indentation); an object value prints `Name = ` and that object's own class block, until the depth
limit (-Depth, default 5; a calculated property's Depth key for its own subtree) turns values into
leaves shown as table cells show them. At most $FormatEnumerationLimit elements, then `...`. Each
entry ends with an empty line (5.1's ComplexWriter flushes its empty buffer after every object).
Lines are built when the entry is made and wrapped at the outputter's width when rendered.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from pwshlite.format import cells
from pwshlite.format.failures import FailureLog
from pwshlite.format.layout import generate_lines

DEFAULT_DEPTH = 5
INDENT = 2
Getter = Callable[[Any], Any]
Association = tuple[str, Getter, int | None]  # label, value getter, the Depth key of its field


class ObjectBrowser:
    """Builds the (indentation, text) lines of one Format-Custom entry."""

    def __init__(self, limit: int, max_depth: int | None, failures: FailureLog) -> None:
        self.limit = limit
        self.max_depth = DEFAULT_DEPTH if max_depth is None else max_depth
        self.failures = failures
        self.lines: list[tuple[int, str]] = []
        self._buffer = ""

    def browse(self, obj: Any, associations: list[Association] | None) -> list[tuple[int, str]]:
        if cells.is_scalar(obj):
            self._leaf(obj, 0)
        elif cells.is_collection(obj):
            self._enumeration(obj, 0, self.max_depth, 0)
        else:
            self._object(obj, 0, self.max_depth, associations, 0)
        self._newline(0)  # ComplexWriter.WriteObject flushes its (empty) buffer: a blank line per entry
        return self.lines

    # -- the writer: text accumulates until a new line writes it at the frame's indentation -------------
    def _write(self, text: str) -> None:
        self._buffer += text

    def _newline(self, indent: int) -> None:
        self.lines.append((indent, self._buffer))
        self._buffer = ""

    # -- the traversal ------------------------------------------------------------------------------------
    def _object(
        self, obj: Any, level: int, depth: int, associations: list[Association] | None, indent: int
    ) -> None:
        self._write(f"class {_display_name(obj)}")
        self._newline(indent)
        self._write("{")
        self._newline(indent)
        for label, getter, own_depth in associations if associations is not None else _properties(obj):
            self._association(obj, label, getter, level, own_depth or depth, indent + INDENT)
        self._write("}")
        self._newline(indent)

    def _association(self, obj: Any, label: str, getter: Getter, level: int, depth: int, indent: int) -> None:
        self._write(f"{label} = ")
        try:
            value = getter(obj)
        except Exception as exc:  # noqa: BLE001 - a failing expression shows as an empty or #ERR leaf
            value = self.failures.expression(exc, obj, label)
        if value is not None and cells.is_collection(value):
            self._newline(indent)
            self._enumeration(value, level + 1, depth, indent + INDENT)
        elif _is_leaf(value, level, depth):
            self._leaf(value, indent)
        else:
            self._newline(indent)
            self._object(value, level + 1, depth, None, indent + INDENT)

    def _enumeration(self, values: Any, level: int, depth: int, indent: int) -> None:
        self._write("[")
        self._newline(indent)
        self._elements(cells.iterate(values), level, depth, indent + INDENT)
        self._write("]")
        self._newline(indent)
        self._newline(indent)

    def _elements(self, values: Iterable[Any], level: int, depth: int, indent: int) -> None:
        shown = 0
        for item in values:
            if self.limit >= 0:
                if shown == self.limit:
                    self._leaf("...", indent)
                    break
                shown += 1
            if _is_leaf(item, level, depth):
                self._leaf(item, indent)
            elif cells.is_collection(item):
                self._newline(indent)
                self._enumeration(item, level + 1, depth, indent + INDENT)
            else:
                self._object(item, level + 1, depth, None, indent)

    def _leaf(self, value: Any, indent: int) -> None:
        self._write(cells.format_value(value, self.limit))
        self._newline(indent)


def _is_leaf(value: Any, level: int, depth: int) -> bool:
    return value is None or level >= depth or cells.is_scalar(value)


def _display_name(obj: Any) -> str:
    names = cells.type_names(obj)
    return names[0].rsplit(".", 1)[-1] if names else "PSObject"


def _properties(obj: Any) -> list[Association]:
    return [(name, _getter(name), None) for name in cells.display_property_names(obj)]


def _getter(name: str) -> Getter:
    return lambda obj: cells.get_property(obj, name)


def render_lines(lines: list[tuple[int, str]], width: int) -> list[str]:
    """The browser's lines wrapped at the outputter's width, each piece padded to its indentation."""
    out: list[str] = []
    for indent, text in lines:
        room = width - indent
        pieces = generate_lines(text, room) if room > 0 else [text]
        out.extend(" " * indent + piece for piece in pieces)
    return out
