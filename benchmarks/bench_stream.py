"""Streaming benchmark: N objects through `Select-Object Id,Name | Export-Csv` via the real CLI.

Issue #4 quality bar: 100,000 objects in bounded memory (peak RSS <= 150 MB, goal 60 MB). Prints the
median wall time of the runs and the peak RSS of the pwshlite process (from wait4's rusage), plus
the same numbers for `python -c pass` as a baseline, and checks the CSV that was written.

    python benchmarks/bench_stream.py [--count 100000] [--runs 3]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

SCRIPT = (
    "1..{count} | ForEach-Object {{ [pscustomobject]@{{Id=$_; Name=\"user$_\"; Dept='Sales'; Note='x'}} }} | "
    "Select-Object Id,Name | Export-Csv -Path out.csv -NoTypeInformation"
)


def run(argv: list[str], cwd: str) -> tuple[float, float, int]:
    """(seconds, peak RSS in MB, exit status) of one child process."""
    start = time.perf_counter()
    proc = subprocess.Popen(argv, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(proc.pid, 0)
    elapsed = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode and proc.stderr is not None:
        sys.stderr.write(proc.stderr.read().decode("utf-8", "replace"))
    return elapsed, usage.ru_maxrss / 1024, proc.returncode


def check_output(path: Path, count: int) -> None:
    with path.open("rb") as handle:
        header = handle.readline()
        lines = 1 + sum(1 for _ in handle)
    assert header == b'"Id","Name"\n', header
    assert lines == count + 1, f"{lines - 1} rows written, expected {count}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        base = [run([sys.executable, "-c", "pass"], tmp) for _ in range(args.runs)]
        cli = [sys.executable, "-m", "pwshlite", "-NoProfile", "-NonInteractive", "-Command",
               SCRIPT.format(count=args.count)]  # fmt: skip
        results = [run(cli, tmp) for _ in range(args.runs)]
        if any(status for _, _, status in results):
            print("pwshlite failed", file=sys.stderr)
            return 1
        check_output(Path(tmp) / "out.csv", args.count)
    seconds = statistics.median(r[0] for r in results)
    peak = max(r[1] for r in results)
    print(f"objects:            {args.count}")
    print("pipeline:           ForEach-Object -> Select-Object Id,Name -> Export-Csv")
    print(f"median time:        {seconds:.2f} s  ({args.count / seconds:,.0f} objects/s)")
    print(f"peak RSS:           {peak:.1f} MB  (bar 150 MB, goal 60 MB)")
    print(f"python -c pass:     {statistics.median(r[0] for r in base) * 1000:.0f} ms, "
          f"{max(r[1] for r in base):.1f} MB")  # fmt: skip
    return 0 if peak <= 150 else 2


if __name__ == "__main__":
    sys.exit(main())
