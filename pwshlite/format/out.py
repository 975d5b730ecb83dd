"""Out-Default: the streaming outputter at the end of every pipeline, and the width rules.

Format layer; the public entry points of the formatting engine (formatting spec §1):

    out = OutDefault(write_line, terminal_width(sys.stdout), get_variable=session_lookup)
    for obj in pipeline_output: out.write(obj)
    out.close()

    render_to_lines(objects, width) -> list[str]     what Out-String / Out-File write (no terminators)
    buffer_width(stream) -> int                       B: terminal columns, else 120; COLUMNS overrides
    terminal_width(stream) -> int                     W = B - 1, the formatting width (§1.2)

Plain objects go through a FormatGenerator (shape selection, out-of-band objects); format records
from Format-* cmdlets are rendered as they are. `$null` writes nothing.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable, Iterable
from typing import Any, TextIO

from pwshlite.format.cells import enumeration_limit
from pwshlite.format.generator import FormatGenerator
from pwshlite.format.model import FormatRecord
from pwshlite.format.options import FormatOptions
from pwshlite.format.render import SIZING_WINDOW, LineOutput

DEFAULT_BUFFER_WIDTH = 120


def buffer_width(stream: TextIO | None = None) -> int:
    """B (§1.2, spec decision): $env:COLUMNS if set, else the terminal's columns, else 120."""
    columns = os.environ.get("COLUMNS", "").strip()
    if columns.isdigit() and int(columns) > 1:
        return int(columns)
    if stream is not None:
        try:
            if stream.isatty():
                return shutil.get_terminal_size((DEFAULT_BUFFER_WIDTH, 24)).columns or DEFAULT_BUFFER_WIDTH
        except (AttributeError, OSError, ValueError):
            pass
    return DEFAULT_BUFFER_WIDTH


def terminal_width(stream: TextIO | None = None) -> int:
    """W = B - 1: the width Out-Default / Out-String format at (119 when not a terminal)."""
    return buffer_width(stream) - 1


def options_from_variables(get_variable: Callable[[str], Any]) -> FormatOptions:
    """Out-Default's options: only $FormatEnumerationLimit comes from the session."""
    return FormatOptions(enumeration_limit=enumeration_limit(get_variable("FormatEnumerationLimit")))


class OutDefault:
    """Streaming Out-Default/Out-Host: call `write` per object, `close` at the end of the command line."""

    def __init__(
        self,
        write_line: Callable[[str], None],
        width: int,
        get_variable: Callable[[str], Any] = lambda n: None,
        write_warning: Callable[[str], None] | None = None,
        window: int = SIZING_WINDOW,
        host: bool = True,
    ) -> None:
        self._write_line = write_line
        self._host = host
        self._write_warning = write_warning
        self._get_variable = get_variable
        self._output = LineOutput(write_line, width, self._warn, window)
        self._generator: FormatGenerator | None = None

    def _warn(self, message: str) -> None:
        """The table 'does not fit' warning goes to the host warning stream; the console then shows an
        empty line before the header (§4.4). Out-String / Out-File text holds neither (host=False)."""
        if self._write_warning is not None:
            self._write_warning(message)
        elif self._host:
            self._write_line("WARNING: " + message)
        if self._host:
            self._write_line("")

    def write(self, obj: Any) -> None:
        """Format and write one pipeline object."""
        if obj is None:
            return
        if isinstance(obj, FormatRecord):
            self._end_generator()
            self._output.feed(obj)
            return
        if self._generator is None:
            self._generator = FormatGenerator(options_from_variables(self._get_variable))
        for record in self._generator.process(obj):
            self._output.feed(record)

    def defer(self, action: Callable[[], None]) -> bool:
        """Run `action` (host output such as an error) at its place among the rows being buffered for a
        table's auto-size; False (caller shows it now) when no table is being buffered (§10.10)."""
        return self._output.defer(action)

    def _end_generator(self) -> None:
        if self._generator is not None:
            for record in self._generator.end():
                self._output.feed(record)
            self._generator = None

    def close(self) -> None:
        """End of the command line: close the open document (its trailing blank lines)."""
        self._end_generator()
        self._output.close()


def render_to_lines(
    objects: Iterable[Any],
    width: int,
    get_variable: Callable[[str], Any] = lambda n: None,
    write_warning: Callable[[str], None] | None = None,
) -> list[str]:
    """The lines Out-String / Out-File produce for `objects` at `width` (no line terminators).
    A raw string with line breaks stays one element, as Out-String -Stream emits it."""
    lines: list[str] = []
    out = OutDefault(lines.append, width, get_variable, write_warning, host=False)
    for obj in objects:
        out.write(obj)
    out.close()
    return lines
