"""Engine benchmarks (issue #3 speed bars): whole-process startup, a 100,000-iteration loop and
100,000 objects through Where-Object. Prints medians and the ratio to `python -c pass` measured in
the same run, so results from a loaded machine can still be compared with the targets.

Run: python benchmarks/bench_engine.py [--runs N]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time

PWSHLITE = [sys.executable, "-m", "pwshlite"]
CASES = [
    ("startup: -Command 'Write-Output 1'", ["-NoProfile", "-Command", "Write-Output 1"], 0.100),
    (
        "loop: 100,000 x $sum += $i",
        ["-NoProfile", "-Command", "$sum = 0; foreach ($i in 1..100000) { $sum += $i }; $sum"],
        2.0,
    ),
    (
        "pipeline: 100,000 objects | Where-Object { $_.X -gt 5 }",
        [
            "-NoProfile",
            "-Command",
            "(1..100000 | ForEach-Object { [pscustomobject]@{ X = $_ % 10 } } | Where-Object { $_.X -gt 5 }).Count",
        ],
        3.0,
    ),
]


def _time(cmd: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False, env=os.environ)
    return time.perf_counter() - start


def median(cmd: list[str], runs: int) -> float:
    return statistics.median(_time(cmd) for _ in range(runs))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    base = median([sys.executable, "-c", "pass"], args.runs)
    print(f"{'python -c pass':<62} median {base * 1000:8.1f} ms")
    for title, argv, target in CASES:
        runs = args.runs if target < 1 else max(3, args.runs // 2)
        value = median(PWSHLITE + argv, runs)
        verdict = "ok" if value <= target else "SLOW"
        print(
            f"{title:<62} median {value * 1000:8.1f} ms  ratio {value / base:6.1f}x python  "
            f"target {target * 1000:.0f} ms  {verdict}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
