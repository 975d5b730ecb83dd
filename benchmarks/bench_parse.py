"""Parser benchmark: throughput on a generated 10,000-line Exchange script and `pwshlite --check` latency.

Usage: python benchmarks/bench_parse.py [--runs N]

The package is measured as installed (bytecode compiled): pwshlite/ is copied to a temporary directory,
compiled with compileall and imported from there by fresh child processes (PYTHONDONTWRITEBYTECODE is
set in this environment, so the source tree itself would be recompiled on every run). Figures:
  * parse throughput: lines/s of `parse()` alone inside a child process (median of N runs) and of the
    whole child process (start-up, import, table load, parse);
  * `pwshlite --check` of a one-line file: median whole-process wall time, when `pwshlite` is on PATH.
"""

from __future__ import annotations

import argparse
import compileall
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

from gen_script import generate  # noqa: E402

CHILD = """
import sys, time
t0 = time.perf_counter()
from pwshlite.syntax.parser import parse
text = open(sys.argv[1], encoding="utf-8").read()
t1 = time.perf_counter()
c1 = time.process_time()
parse(text, sys.argv[1])
c2 = time.process_time()
t2 = time.perf_counter()
print(t2 - t1, t2 - t0, c2 - c1)
"""


def install_copy(dest: Path) -> Path:
    site = dest / "site"
    shutil.copytree(ROOT / "pwshlite", site / "pwshlite", ignore=shutil.ignore_patterns("__pycache__"))
    compileall.compile_dir(str(site), quiet=1, workers=1)
    return site


def run_child(site: Path, script: Path) -> tuple[float, float, float, float]:
    env = dict(os.environ, PYTHONPATH=str(site))
    start = time.perf_counter()
    out = subprocess.run([sys.executable, "-c", CHILD, str(script)], env=env, check=True,
                         capture_output=True, text=True).stdout  # fmt: skip
    wall = time.perf_counter() - start
    parse_s, in_proc, cpu = (float(x) for x in out.split())
    return parse_s, in_proc, wall, cpu


def find_pwshlite() -> str | None:
    found = shutil.which("pwshlite")
    if found:
        return found
    candidate = Path(sys.executable).with_name("pwshlite")
    return str(candidate) if candidate.exists() else None


def check_latency(cmd: list[str], tmp: Path, runs: int, env: dict[str, str] | None = None) -> float | None:
    one = tmp / "one.ps1"
    one.write_text("Get-UMMailboxPIN -Identity tony@contoso.com\n", encoding="utf-8")
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        proc = subprocess.run([*cmd, "--check", str(one)], capture_output=True, env=env)
        times.append(time.perf_counter() - start)
        if proc.returncode != 0:
            return None
    return statistics.median(times)


def python_pass(runs: int) -> float:
    """Median wall time of `python -c pass` in this run (the baseline the ratios refer to)."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run([sys.executable, "-c", "pass"], check=False)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=7)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as d:
        tmp = Path(d)
        site = install_copy(tmp)
        script = tmp / "big.ps1"
        text = generate(10_000)
        script.write_text(text, encoding="utf-8")
        lines = text.count("\n")
        results = [run_child(site, script) for _ in range(args.runs)]
        parse_med = statistics.median(r[0] for r in results)
        wall_med = statistics.median(r[2] for r in results)
        cpu_med = statistics.median(r[3] for r in results)
        print(f"script: {lines} lines, {len(text.encode('utf-8'))} bytes; {args.runs} runs, medians")
        print(
            f"parse throughput (parse() only): {lines / parse_med:,.0f} lines/s ({parse_med * 1000:.0f} ms)"
        )
        print(
            f"parse throughput (parse() CPU time): {lines / cpu_med:,.0f} lines/s ({cpu_med * 1000:.0f} ms)"
        )
        print(f"parse throughput (whole process): {lines / wall_med:,.0f} lines/s ({wall_med * 1000:.0f} ms)")
        print(
            f"load average: {os.getloadavg()[0]:.2f} on {os.cpu_count()} CPUs (wall figures suffer under load)"
        )
        exe = find_pwshlite()
        latency = check_latency([exe], tmp, args.runs) if exe else None
        if latency is None:
            print("pwshlite --check (one-line file): skipped (no working `pwshlite` on PATH)")
            return 0
        env = dict(os.environ, PYTHONPATH=str(site))
        compiled = check_latency([sys.executable, "-m", "pwshlite"], tmp, args.runs, env)
        base = python_pass(args.runs)
        print(f"python -c pass: median {base * 1000:.0f} ms")
        if compiled is not None:
            print(
                f"pwshlite --check (one-line file, installed copy): median {compiled * 1000:.0f} ms whole process"
                f"  ratio {compiled / base:.1f}x python  target 80 ms"
            )
        print(
            f"pwshlite --check (one-line file, `pwshlite` on PATH as installed here): median {latency * 1000:.0f} ms"
            f"  ratio {latency / base:.1f}x python  target 80 ms"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
