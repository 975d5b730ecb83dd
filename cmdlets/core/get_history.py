"""Get-History: gets a list of the commands entered during the current session."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from pwshlite.cmdlet import Cmdlet, Context, Example, HistoryEntry, Parameter, ValidateRange, cmdlet
from pwshlite.errors import ErrorCategory
from pwshlite.objects import EnumValue, PSObject

from ._common import write_error
from ._transcript import redact

HISTORYINFO = ("Microsoft.PowerShell.Commands.HistoryInfo", "System.Object")
_STATES = {
    "NotStarted": 0,
    "Running": 1,
    "Stopping": 2,
    "Stopped": 3,
    "Completed": 4,
    "Failed": 5,
    "Disconnected": 6,
}


def history_info(entry: HistoryEntry) -> PSObject:
    """A HistoryInfo object; values of secret parameters are masked (see _transcript.redact)."""
    status = EnumValue(
        "System.Management.Automation.Runspaces.PipelineState", entry.status, _STATES.get(entry.status, 4)
    )
    return PSObject(
        [
            ("Id", entry.id),
            ("CommandLine", redact(entry.command_line)),
            ("ExecutionStatus", status),
            ("StartExecutionTime", entry.start),
            ("EndExecutionTime", entry.end),
        ],
        HISTORYINFO,
    )


@cmdlet(
    "Get-History", aliases=("h", "history", "ghy"), outputs=("Microsoft.PowerShell.Commands.HistoryInfo",)
)
class GetHistory(Cmdlet):
    """Gets a list of the commands entered during the current session (batch: the lines run so far)."""

    Id: list[int] | None = Parameter(position=0, pipeline=True)
    Count: int | None = Parameter(position=1, validate=ValidateRange(0, 32767))

    examples = (
        Example("Get-History", "The commands run so far"),
        Example("Get-History -Count 5", "The last five commands"),
    )

    def process(self, ctx: Context) -> Iterator[Any]:
        getter = getattr(ctx, "history", None)
        entries: list[HistoryEntry] = list(getter()) if getter is not None else []
        if self.Id:
            by_id = {e.id: e for e in entries}
            for wanted in self.Id:
                if wanted in by_id:
                    yield history_info(by_id[wanted])
                else:
                    write_error(
                        ctx, f"Cannot locate history for Id {wanted}.", "GetHistoryNoHistoryForId",
                        ErrorCategory.ObjectNotFound, wanted, "System.ArgumentException",
                    )  # fmt: skip
            return
        if self.Count is not None:
            entries = entries[-self.Count :] if self.Count else []
        for entry in entries:
            yield history_info(entry)
