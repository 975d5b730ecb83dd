"""Invoke-History: runs commands from the session history."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from pwshlite.cmdlet import Cmdlet, CmdletError, Context, Example, HistoryEntry, Parameter, cmdlet
from pwshlite.errors import ErrorCategory

from ._common import invoke_streaming


def _find(entries: list[HistoryEntry], wanted: str | None) -> HistoryEntry | None:
    """By id (a number) or by the most recent command line starting with the text; None: the last one."""
    if not entries:
        return None
    if wanted is None:
        return entries[-1]
    if wanted.lstrip("-").isdigit():
        number = int(wanted)
        return next((e for e in entries if e.id == number), None)
    low = wanted.casefold()
    return next((e for e in reversed(entries) if e.command_line.casefold().startswith(low)), None)


@cmdlet("Invoke-History", aliases=("r", "ihy"), supports_should_process=True,
        dotnet_type="Microsoft.PowerShell.Commands.InvokeHistoryCommand")  # fmt: skip
class InvokeHistory(Cmdlet):
    """Invoke-History: runs commands from the session history.

    The command line is echoed to the host, then run in the current scope. Without -Id the most recent
    command runs; -Id takes an entry id or the start of a command line."""

    Id: str | None = Parameter(position=0, pipeline=True, by_property_name=True)

    examples = (
        Example("Get-History -Count 1 | Invoke-History", "Run the most recent command again (interactive sessions)"),
        Example("Get-History | Where-Object CommandLine -like 'Get-UMMailboxPIN*' | Invoke-History",
                "Run again every earlier Get-UMMailboxPIN command"),
    )  # fmt: skip

    def process(self, ctx: Context) -> Iterator[Any]:
        getter = getattr(ctx, "history", None)
        entries: list[HistoryEntry] = list(getter()) if getter is not None else []
        if entries and entries[-1].command_line.casefold().lstrip().startswith(
            ("invoke-history", "r ", "ihy")
        ):
            entries = entries[:-1]  # the line running Invoke-History itself is not a candidate
        entry = _find(entries, self.Id)
        if entry is None:
            message = (
                f"Cannot locate history for Id {self.Id}." if self.Id and self.Id.lstrip("-").isdigit()
                else f"Cannot locate history for commandline {self.Id}." if self.Id
                else "Cannot locate the most recent history."
            )  # fmt: skip
            raise CmdletError(ctx.error(message, "InvokeHistoryNoHistoryForId" if self.Id else "InvokeHistoryNoLastHistoryEntryFound",
                                        ErrorCategory.ObjectNotFound, self.Id, "System.ArgumentException"))  # fmt: skip
        if not ctx.should_process(entry.command_line, "Invoke-History"):
            return
        ctx.write_host(entry.command_line)
        yield from invoke_streaming(ctx, ctx.new_script_block(entry.command_line), new_scope=False)  # type: ignore[attr-defined]
