"""Out-String: Sends objects to the host as a series of strings.

Formats exactly as Out-Default would, at -Width (default: the host width less one, formatting spec
§1.2), and returns one string with a line terminator after every line, or with -Stream one string per
line as the lines are produced (§1.6, §8). pwshlite terminates lines with LF (spec decision).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from pwshlite.cmdlet import Cmdlet, Context, Example, Parameter, Switch, ValidateRange, cmdlet
from pwshlite.format.out import OutDefault

from ._format_common import host_width

NEWLINE = "\n"


@cmdlet("Out-String")
class OutString(Cmdlet):
    """Out-String: Sends objects to the host as a series of strings."""

    Stream: Switch = Parameter()
    Width: int | None = Parameter(validate=ValidateRange(2, 2147483647))
    InputObject: Any = Parameter(pipeline=True, type_name="System.Management.Automation.PSObject")

    examples = (
        Example("$text = Get-UMMailboxPIN | Out-String", "The table as one string"),
        Example(
            "Get-UMDialPlan | Format-List | Out-String -Stream | Select-String Extension",
            "Search formatted lines",
        ),
        Example("Get-Mailbox | Out-String -Width 200", "Format at a given width"),
    )

    def begin(self, ctx: Context) -> None:
        self._lines: list[str] = []
        width = self.Width if self.Width is not None else host_width(ctx)
        self._out = OutDefault(
            self._lines.append, width, lambda name: ctx.get_variable(name), ctx.write_warning, host=False
        )

    def _drain(self) -> list[str]:
        lines, self._lines[:] = list(self._lines), []
        return lines

    def process(self, ctx: Context) -> Iterator[str]:
        self._out.write(self.InputObject)
        if self.Stream:
            yield from self._drain()

    def end(self, ctx: Context) -> Iterator[str]:
        self._out.close()
        if self.Stream:
            yield from self._drain()
        else:
            yield "".join(line + NEWLINE for line in self._drain())
