"""Out-Host: Sends output to the command line.

Formats like Out-Default at the host width less one (formatting spec §1.2) and writes every line to
the host; nothing goes to the pipeline. -Paging is accepted and ignored (no pager in pwshlite).
"""

from __future__ import annotations

from typing import Any

from pwshlite.cmdlet import Cmdlet, Context, Example, Parameter, Switch, cmdlet
from pwshlite.format.out import OutDefault

from ._format_common import host_width


def host_outputter(ctx: Context) -> OutDefault:
    """An OutDefault writing lines to the host and the column warning to the warning stream."""
    return OutDefault(
        lambda line: ctx.write_host(line), host_width(ctx), lambda name: ctx.get_variable(name),
        ctx.write_warning,
    )  # fmt: skip


@cmdlet("Out-Host", aliases=("oh",))
class OutHost(Cmdlet):
    """Out-Host: Sends output to the command line."""

    Paging: Switch = Parameter()
    InputObject: Any = Parameter(pipeline=True, type_name="System.Management.Automation.PSObject")

    examples = (Example("Get-UMMailboxPIN | Out-Host", "Display the objects instead of returning them"),)

    def begin(self, ctx: Context) -> None:
        self._out = host_outputter(ctx)

    def process(self, ctx: Context) -> None:
        self._out.write(self.InputObject)

    def end(self, ctx: Context) -> None:
        self._out.close()
