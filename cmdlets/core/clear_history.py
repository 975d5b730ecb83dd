"""Clear-History: deletes entries from the session history."""

from __future__ import annotations

import fnmatch
from collections.abc import Iterable

from pwshlite.cmdlet import Cmdlet, Context, Example, HistoryEntry, Parameter, Switch, ValidateRange, cmdlet


@cmdlet("Clear-History", aliases=("clhy",), supports_should_process=True, default_set="IDParameter",
        dotnet_type="Microsoft.PowerShell.Commands.ClearHistoryCommand")  # fmt: skip
class ClearHistory(Cmdlet):
    """Clear-History: deletes entries from the session history.

    Without parameters every entry is deleted. -Id and -CommandLine (wildcards) choose entries, -Count
    limits how many (the oldest first, or the newest with -Newest)."""

    Id: list[int] | None = Parameter(position=0, sets=("IDParameter",), validate=ValidateRange(1, 2147483647))
    CommandLine: list[str] | None = Parameter(sets=("CommandLineParameter",))
    Count: int | None = Parameter(position=1, validate=ValidateRange(1, 32767))
    Newest: Switch = Parameter()

    examples = (
        Example("Clear-History", "Delete the whole session history"),
        Example("Clear-History -CommandLine *PIN*", "Delete the entries that mention PIN"),
    )

    def _chosen(self, entries: list[HistoryEntry]) -> Iterable[HistoryEntry]:
        if self.Id:
            wanted = set(self.Id)
            entries = [e for e in entries if e.id in wanted]
        elif self.CommandLine:
            patterns = [p.casefold() for p in self.CommandLine]
            entries = [
                e for e in entries if any(fnmatch.fnmatchcase(e.command_line.casefold(), p) for p in patterns)
            ]
        if self.Count is not None:
            entries = entries[-self.Count :] if self.Newest else entries[: self.Count]
        return entries

    def end(self, ctx: Context) -> None:
        getter = getattr(ctx, "history", None)
        entries: list[HistoryEntry] = list(getter()) if getter is not None else []
        chosen = [e for e in self._chosen(entries) if ctx.should_process(e.command_line, "Clear-History")]
        if chosen:
            ctx.remove_history({e.id for e in chosen})
