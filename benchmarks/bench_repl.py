"""Interactive shell speed: time from `pwshlite` to a usable prompt (target <= 300 ms) and from Enter to
the next prompt for `Get-UMMailboxPIN -Identity tony@contoso.com` (target <= 50 ms median).

Runs the installed `pwshlite` in a pseudo-terminal (needs pexpect: pip install pexpect). Prints medians
and, as the baseline measured in the same run, the time of `python -c pass`.
"""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

START = "\x1b[?2004h"
ACCEPTED = "\x1b[?2004l"


def python_baseline(runs: int = 10) -> float:
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        subprocess.run([sys.executable, "-c", "pass"], check=True)
        times.append(time.perf_counter() - t)
    return statistics.median(times)


def main() -> int:
    try:
        import pexpect
    except ImportError:
        print("bench_repl: pexpect is not installed (pip install pexpect); skipped")
        return 0
    exe = shutil.which("pwshlite")
    if exe is None:
        print("bench_repl: pwshlite is not installed; skipped")
        return 0
    tmp = tempfile.mkdtemp()
    env = dict(os.environ, PWSHLITE_STORE=os.path.join(tmp, "org.db"), PWSHLITE_HISTORY=os.path.join(tmp, "h"),
               NO_COLOR="1", TERM="xterm", PROMPT_TOOLKIT_NO_CPR="1")  # fmt: skip
    subprocess.run([exe, "-NoProfile", "-Command", "$null"], env=env, check=True)  # create the store once
    prompt = f"[PS] {tmp}>"
    startups, enters = [], []
    for _ in range(7):
        t = time.perf_counter()
        child = pexpect.spawn(
            exe, ["-NoLogo"], cwd=tmp, env=env, encoding="utf-8", dimensions=(50, 120), timeout=30
        )
        child.delaybeforesend = None  # pexpect sleeps 50 ms before every send by default
        child.expect_exact(prompt)
        startups.append(time.perf_counter() - t)
        for _ in range(10):
            child.send("Get-UMMailboxPIN -Identity tony@contoso.com")
            child.expect_exact("tony@contoso.com")
            t = time.perf_counter()
            child.send("\r")
            child.expect_exact(ACCEPTED)
            child.expect_exact(START)
            child.expect_exact(prompt)
            enters.append(time.perf_counter() - t)
        child.sendcontrol("d")
        child.expect(pexpect.EOF)
    base = python_baseline()
    start_ms, enter_ms = statistics.median(startups) * 1000, statistics.median(enters) * 1000
    print(f"python -c pass (baseline):          {base * 1000:7.1f} ms")
    print(
        f"pwshlite to prompt (median of 7):   {start_ms:7.1f} ms  ({start_ms / (base * 1000):.1f}x baseline; target 300 ms)"
    )
    print(f"Enter to next prompt (median of 70):{enter_ms:7.1f} ms  (target 50 ms)")
    shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
