"""Formatting benchmark: 10,000 objects rendered as a table (goal <= 1 s), and streaming memory.

Measures, in-process (median of 5 runs):
  * property-based table: 10,000 PSCustomObjects with 4 properties through Out-String's renderer;
  * view-based table (fixed widths, mode c): 10,000 GroupInfo-like objects;
  * 100,000 rows streamed through OutDefault (the 1,000-row sizing window, then fixed widths) and the
    peak traced memory of that run, to show table output streams in bounded memory;
  * end to end through the CLI: building 10,000 objects, and the same plus `Format-Table | Out-String`.
Prints one line per measurement and exits 1 when the 10,000-row goal is missed.
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import time
import tracemalloc
from collections.abc import Callable

from pwshlite.format.out import OutDefault, render_to_lines
from pwshlite.objects import PSObject

GOAL_SECONDS = 1.0


def rows(count: int) -> list[PSObject]:
    return [
        PSObject({"Id": i, "Name": f"user{i:05d}", "Enabled": i % 3 == 0, "Size": i * 1.5})
        for i in range(count)
    ]


def groups(count: int) -> list[PSObject]:
    kind = ("Microsoft.PowerShell.Commands.GroupInfo", "System.Object")
    return [PSObject({"Count": 2, "Name": f"g{i}", "Group": [i, i + 1]}, kind) for i in range(count)]


def median_time(action: Callable[[], object], runs: int = 5) -> float:
    samples = []
    for _ in range(runs):
        started = time.perf_counter()
        action()
        samples.append(time.perf_counter() - started)
    return statistics.median(samples)


def streamed(count: int) -> int:
    written = 0

    def write(line: str) -> None:
        nonlocal written
        written += 1

    out = OutDefault(write, 119)
    for i in range(count):
        out.write(PSObject({"Id": i, "Name": f"user{i:05d}"}))
    out.close()
    return written


CLI_BUILD = '$rows = foreach ($i in 1..10000) { [pscustomobject]@{Id=$i; Name="user$i"; Enabled=$true} }'


def cli_seconds(script: str) -> float:
    """Wall time of `pwshlite -Command script` (median of 3), for the end-to-end view."""
    command = [sys.executable, "-m", "pwshlite", "-NoProfile", "-NonInteractive", "-Command", script]
    return median_time(lambda: subprocess.run(command, capture_output=True, check=False), runs=3)


def main() -> int:
    table_rows = rows(10_000)
    view_rows = groups(10_000)
    t_table = median_time(lambda: render_to_lines(table_rows, 119))
    t_view = median_time(lambda: render_to_lines(view_rows, 119))
    started = time.perf_counter()
    lines = streamed(100_000)
    t_stream = time.perf_counter() - started
    tracemalloc.start()  # a second run, traced, for the memory peak (tracing slows it down)
    streamed(100_000)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    print(f"10,000-row property table : {t_table * 1000:7.1f} ms (goal <= {GOAL_SECONDS * 1000:.0f} ms)")
    print(f"10,000-row view table     : {t_view * 1000:7.1f} ms")
    print(
        f"100,000 rows streamed     : {t_stream * 1000:7.1f} ms, {lines} lines, peak traced memory {peak / 1e6:.1f} MB"
    )
    built = cli_seconds(CLI_BUILD)
    shown = cli_seconds(CLI_BUILD + "; $rows | Format-Table | Out-String | Out-Null")
    print(
        f"CLI: 10,000 objects built {built * 1000:7.1f} ms; built + Format-Table | Out-String {shown * 1000:7.1f} ms"
    )
    print(f"     (formatting share through the CLI: {max(shown - built, 0) * 1000:.1f} ms)")
    return 0 if max(t_table, t_view) <= GOAL_SECONDS else 1


if __name__ == "__main__":
    sys.exit(main())
