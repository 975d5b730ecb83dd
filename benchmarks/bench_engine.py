"""Engine benchmarks (issue #3 speed bars): whole-process startup, a 100,000-iteration loop and
100,000 objects through Where-Object. Prints medians and the ratio to `python -c pass` measured in
the same run, so results from a loaded machine can still be compared with the targets.

Run: python benchmarks/bench_engine.py [--runs N]
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
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


# An installed pwshlite has compiled bytecode; development shells often set PYTHONDONTWRITEBYTECODE, which
# would make every run recompile every module. Bytecode goes to a private cache directory instead.
ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
ENV["PYTHONPYCACHEPREFIX"] = os.path.join(tempfile.gettempdir(), "pwshlite-bench-pycache")


CPU: dict[str, list[float]] = {}
RUN_DIR = tempfile.mkdtemp(prefix="pwshlite-bench-")


def _time(cmd: list[str]) -> float:
    """Wall time of one run; the child's CPU time (user + sys) is recorded in CPU, which is the fairer
    number on a machine shared with other work."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    # run outside the checkout: `python -m pwshlite` from the top folder would import the source tree,
    # where pwshlite.cmdlets (mapped from cmdlets/ at install time) does not exist
    subprocess.run(
        cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False, env=ENV, cwd=RUN_DIR
    )
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    CPU.setdefault(" ".join(cmd), []).append(cpu)
    return wall


def median(cmd: list[str], runs: int) -> float:
    return statistics.median(_time(cmd) for _ in range(runs))


def cpu_median(cmd: list[str]) -> float:
    return statistics.median(CPU[" ".join(cmd)])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    _time(PWSHLITE + CASES[0][1])  # warm the bytecode cache
    base = median([sys.executable, "-c", "pass"], args.runs)
    base_cpu = cpu_median([sys.executable, "-c", "pass"])
    print(f"{'python -c pass':<58} median {base * 1000:7.1f} ms (cpu {base_cpu * 1000:6.1f} ms)")
    for title, argv, target in CASES:
        runs = args.runs if target < 1 else max(3, args.runs // 2)
        value = median(PWSHLITE + argv, runs)
        cpu = cpu_median(PWSHLITE + argv)
        verdict = "ok" if min(value, cpu) <= target else "SLOW"
        print(
            f"{title:<58} median {value * 1000:7.1f} ms (cpu {cpu * 1000:7.1f} ms)  ratio {value / base:5.1f}x "
            f"python  target {target * 1000:.0f} ms  {verdict}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
