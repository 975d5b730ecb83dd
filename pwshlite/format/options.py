"""Options of a Format-* request: the fields (-Property / -GroupBy entries) and the switches.

Format layer. Shared by the formatter (generator.py, plans.py) and the Format-* cmdlets, which
build Field objects from -Property arguments (names, wildcards, script blocks as callables,
calculated-property hashtables, formatting spec §4.9).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from pwshlite.format import cells

Getter = Callable[[Any], Any]


@dataclass(frozen=True, slots=True)
class Field:
    """One -Property / -GroupBy entry: a property name (wildcards allowed) or a callable, with the
    calculated-property keys Label/Name, Width, Alignment and FormatString (§4.9)."""

    expression: str | Getter
    label: str | None = None
    width: int | None = None
    alignment: str | None = None
    format_string: str | None = None
    text: str | None = None  # a script block's text: the label of a script column without Label
    depth: int | None = None  # Format-Custom's Depth key: how deep this property is expanded


@dataclass(slots=True)
class FormatOptions:
    """What a Format-* command asked for; the defaults are Out-Default's choices."""

    shape: str | None = None  # None (choose, §1.3), 'table', 'list', 'wide', 'custom'
    fields: tuple[Field, ...] | None = None
    group_by: Field | None = None
    view_name: str | None = None
    auto_size: bool = False
    hide_headers: bool = False
    wrap: bool = False
    force: bool = False
    wide_columns: int | None = None
    enumeration_limit: int = cells.DEFAULT_ENUMERATION_LIMIT
    expand: str = "EnumOnly"  # -Expand: EnumOnly | CoreOnly | Both
    display_error: bool = False  # -DisplayError: a failing expression shows #ERR
    custom_depth: int | None = None  # Format-Custom -Depth (None: 5, ComplexSpecificParameters)
    show_error: bool = False  # -ShowError: a failing expression adds an error record after its entry
    extra: dict[str, Any] = field(default_factory=dict)
