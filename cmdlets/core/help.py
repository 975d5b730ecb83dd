"""help: Displays help about a command one screen at a time (PowerShell's `help` function)."""

from __future__ import annotations

import os
import shutil
import sys
from collections.abc import Iterator
from typing import Any

from pwshlite.cmdlet import Cmdlet, Context, Example, Parameter, Switch, cmdlet

MORE = "-- More --"


def _screens(lines: list[str], height: int) -> Iterator[list[str]]:
    """Cut the text into pages of `height - 1` lines (one line is left for the `-- More --` prompt)."""
    size = max(height - 1, 1)
    for start in range(0, len(lines), size):
        yield lines[start : start + size]


@cmdlet("help", keyword=True, dotnet_type="help")
class Help(Cmdlet):
    """help: Displays help about a command one screen at a time.

    `help X` is `Get-Help X` piped through a pager, as in PowerShell 5.1: in an interactive shell on a
    terminal the text stops after each screen at `-- More --` (Enter shows the next screen, `q` quits);
    otherwise, and in batch runs, it is written whole. Accepts Get-Help's parameters."""

    Name: str | None = Parameter(position=0, pipeline=True, by_property_name=True)
    Full: Switch = Parameter(sets=("AllUsersView",))
    Detailed: Switch = Parameter(mandatory=True, sets=("DetailedView",))
    Examples: Switch = Parameter(mandatory=True, sets=("Examples",))
    Parameter: str | None = Parameter(mandatory=True, sets=("Parameters",))  # last: shadows the factory

    examples = (
        Example("help Get-UMMailboxPIN", "Help for a cmdlet, a screen at a time"),
        Example("help Set-UMMailboxPIN -Examples", "Only the examples"),
    )

    def process(self, ctx: Context) -> Iterator[Any]:
        options: dict[str, Any] = {"Name": self.Name} if self.Name else {}
        for flag in ("Full", "Detailed", "Examples"):
            if getattr(self, flag):
                options[flag] = True
        if self.Parameter:
            options["Parameter"] = self.Parameter
        block = ctx.new_script_block("param($o) Get-Help @o")
        output = ctx.invoke(block, _table(options))
        if not (ctx.interactive and sys.stdout.isatty()):
            yield from output
            return
        text = "".join(str(item) for item in output)
        height = shutil.get_terminal_size((120, int(os.environ.get("LINES", "24")))).lines
        pages = list(_screens(text.rstrip("\n").split("\n"), height))
        for number, page in enumerate(pages, 1):
            for line in page:
                ctx.write_host(line)
            if number < len(pages) and ctx.read_line(MORE, False).strip().casefold().startswith("q"):
                return


def _table(options: dict[str, Any]) -> Any:
    from pwshlite.objects import PSHashtable

    return PSHashtable(options.items())
