"""Runs every benchmarks/bench_*.py against the installed pwshlite and prints their reports.

Usage: python3 -m pip install . && python3 benchmarks/run_all.py [name-filter]
Each benchmark measures its own baseline (`python -c pass`) in the same run and prints medians.
"""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path


def main() -> int:
    here = Path(__file__).resolve().parent
    wanted = sys.argv[1] if len(sys.argv) > 1 else ""
    status = 0
    for script in sorted(here.glob("bench_*.py")):
        if wanted and wanted not in script.name:
            continue
        print(f"== {script.name}", flush=True)
        started = time.perf_counter()
        proc = subprocess.run([sys.executable, str(script)], cwd=here.parent / "benchmarks", check=False)
        print(f"   ({time.perf_counter() - started:.1f} s)\n", flush=True)
        status = status or proc.returncode
    return status


if __name__ == "__main__":
    sys.exit(main())
