"""Exchange provisioning and PIN-report benchmarks through the real CLI (issue #5 speed bars).

1. provision: `Import-Csv users.csv | ForEach-Object { New-Mailbox ...; Enable-UMMailbox ... -Pin ... }`
   then `Get-UMMailboxPIN -ResultSize Unlimited | Measure-Object`, in one `pwshlite -File` run.
   Two forms an administrator writes:
   - `new`: New-Mailbox -Name -Alias -UserPrincipalName -Password (the User parameter set, whose
     -Password is mandatory; the store keeps an scrypt hash of it, store_auth.py);
   - `enable`: the AD accounts already exist (seeded through the store API, as when Exchange is
     deployed into an existing forest): Enable-Mailbox, then Enable-UMMailbox.
   Bar: 5,000 in <= 10 s (goal 10,000 in <= 5 s).
2. report: `Get-UMMailboxPIN -ResultSize Unlimited | Export-Csv` over 100,000 UM mailboxes seeded
   directly through the store API. Bar: <= 3 s and <= 100 MB peak RSS (goal 1 s, 60 MB).

Every figure is the median of --repeat runs of the installed `pwshlite` (use a private venv:
`python -m venv /tmp/benchvenv-ex && /tmp/benchvenv-ex/bin/pip install .`, then run this file with that
venv's python), with its ratio to `python -c pass` measured in the same run. Peak RSS is the child's
ru_maxrss.

Run: python benchmarks/bench_provision.py [--mailboxes 5000] [--report 100000] [--form new|enable|both]
"""

from __future__ import annotations

import argparse
import csv
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

PIN_SCRIPT = "Get-UMMailboxPIN -ResultSize Unlimited | Measure-Object | Select-Object -ExpandProperty Count\n"

NEW_SCRIPT = """$password = ConvertTo-SecureString -String 'P@ssw0rd1' -AsPlainText -Force
Import-Csv users.csv | ForEach-Object {
    $null = New-Mailbox -Name $_.Name -Alias $_.Alias -UserPrincipalName $_.UPN -Password $password
    $null = Enable-UMMailbox -Identity $_.Alias -UMMailboxPolicy 'Contoso DP Default Policy' -Extensions $_.Extension -Pin $_.Pin -PinExpired $true
}
"""

ENABLE_SCRIPT = """Import-Csv users.csv | ForEach-Object {
    $null = Enable-Mailbox -Identity $_.Alias
    $null = Enable-UMMailbox -Identity $_.Alias -UMMailboxPolicy 'Contoso DP Default Policy' -Extensions $_.Extension -Pin $_.Pin -PinExpired $true
}
"""

REPORT_SCRIPT = "Get-UMMailboxPIN -ResultSize Unlimited | Export-Csv -NoTypeInformation pins.csv\n"


def pwshlite() -> str:
    """The installed console script next to this interpreter (the private venv's)."""
    exe = Path(sys.executable).with_name("pwshlite")
    return str(exe) if exe.exists() else "pwshlite"


def env_for(directory: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("PWSHLITE_")}
    env.update(PWSHLITE_STORE=str(directory / "org.db"), NO_COLOR="1", HOME=str(directory))
    return env


def timed(args: list[str], cwd: Path, env: dict[str, str]) -> tuple[float, float, str]:
    """Wall seconds, the child's own peak RSS (MB, from wait4) and its stdout; fails loudly on errors.
    The child's CPU seconds (user + system) are kept in CPU[-1] (meaningful on a loaded machine)."""
    with tempfile.TemporaryFile("w+") as out, tempfile.TemporaryFile("w+") as err:
        start = time.perf_counter()
        child = subprocess.Popen(args, cwd=cwd, env=env, stdout=out, stderr=err, text=True)
        _, status, usage = os.wait4(child.pid, 0)
        wall = time.perf_counter() - start
        child.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        stdout, stderr = out.read(), err.read()
    if child.returncode != 0 or stderr.strip():
        raise SystemExit(f"{args} failed ({child.returncode}):\n{stderr[-2000:]}")
    CPU.append(usage.ru_utime + usage.ru_stime)
    return wall, usage.ru_maxrss / 1024, stdout


CPU: list[float] = []


def python_baseline(repeat: int) -> float:
    runs = [timed([sys.executable, "-c", "pass"], Path.cwd(), dict(os.environ))[0] for _ in range(repeat)]
    return statistics.median(runs)


def write_users(path: Path, count: int) -> None:
    with path.open("w", newline="", encoding="utf-8") as handle:
        out = csv.writer(handle)
        out.writerow(["Name", "Alias", "UPN", "Extension", "Pin"])
        for i in range(count):
            pin = f"{(i * 7919 + 135792) % 1000000:06d}"
            if len(set(pin)) < 3:  # keep clear of the common-pattern rule
                pin = "918273"
            out.writerow(
                [f"Bench User {i:05d}", f"bench{i:05d}", f"bench{i:05d}@contoso.com", f"{30000 + i}", pin]
            )


def seed_users(directory: Path, count: int) -> None:
    """AD accounts without mailboxes (what Enable-Mailbox works on), created through the store API."""
    os.environ.pop("PWSHLITE_STORE", None)
    from pwshlite.cmdlets.exchange_um.store import open_store

    store = open_store(str(directory / "org.db"))
    with store.transaction():
        for i in range(count):
            store.new_user(f"Bench User {i:05d}", sam_account_name=f"bench{i:05d}")
    store.close()


def provision(form: str, count: int, repeat: int, base: float) -> None:
    walls: list[float] = []
    cpus: list[float] = []
    rss = 0.0
    for _ in range(repeat):
        with tempfile.TemporaryDirectory(prefix="bench-prov-") as tmp:
            directory = Path(tmp)
            write_users(directory / "users.csv", count)
            if form == "enable":
                seed_users(directory, count)
            (directory / "prov.ps1").write_text((NEW_SCRIPT if form == "new" else ENABLE_SCRIPT) + PIN_SCRIPT)
            args = [pwshlite(), "-NoProfile", "-NonInteractive", "-File", "prov.ps1"]
            wall, rss, out = timed(args, directory, env_for(directory))
            if out.split()[-1] != str(count + 2):  # + tony and tonysmith of the demo organization
                raise SystemExit(f"expected {count + 2} UM mailboxes, got {out!r}")
            walls.append(wall)
            cpus.append(CPU[-1])
    wall, cpu = statistics.median(walls), statistics.median(cpus)
    label = f"provision {count:,} ({form}) + Get-UMMailboxPIN | Measure-Object"
    print(
        f"{label:<62} {wall:7.2f} s ({cpu:5.2f} s cpu) {wall / count * 1000:6.2f} ms/user x{wall / base:6.0f} {rss:4.0f} MB"
    )


def seed_report(directory: Path, count: int) -> None:
    """`count` UM mailboxes in a 7-digit dial plan, 2,000 per transaction, no mail."""
    os.environ.pop("PWSHLITE_STORE", None)
    from pwshlite.cmdlets.exchange_um.store import open_store

    store = open_store(str(directory / "org.db"))
    store.new_dial_plan("Report DP", 7, "1")
    policy = store.resolve_policy("Report DP Default Policy")
    for chunk in range(0, count, 2000):
        with store.transaction():
            for i in range(chunk, min(count, chunk + 2000)):
                rec = store.new_mailbox(f"Report User {i:06d}", alias=f"report{i:06d}")
                store.enable_um(rec, policy, extensions=[f"{1000000 + i}"], send_mail=False)
    store.close()


def report(count: int, repeat: int, base: float) -> None:
    with tempfile.TemporaryDirectory(prefix="bench-report-") as tmp:
        directory = Path(tmp)
        start = time.perf_counter()
        seed_report(directory, count)
        print(
            f"{'(setup: ' + format(count, ',') + ' UM mailboxes through the store API)':<62} {time.perf_counter() - start:7.2f} s"
        )
        args = [pwshlite(), "-NoProfile", "-NonInteractive", "-File", "report.ps1"]
        (directory / "report.ps1").write_text(REPORT_SCRIPT)
        runs = []
        for _ in range(repeat):
            runs.append(timed(args, directory, env_for(directory)))
        cpu = statistics.median(CPU[-repeat:])
        lines = sum(1 for _ in (directory / "pins.csv").open(encoding="utf-8"))
        if lines != count + 3:  # header + the demo's two UM mailboxes
            raise SystemExit(f"pins.csv has {lines} lines, expected {count + 3}")
    wall = statistics.median(r[0] for r in runs)
    rss = max(r[1] for r in runs)
    label = f"Get-UMMailboxPIN -ResultSize Unlimited | Export-Csv ({count:,})"
    print(
        f"{label:<62} {wall:7.2f} s ({cpu:6.2f} s cpu) {wall / count * 1e6:6.1f} us/row  x{wall / base:6.0f} {rss:4.0f} MB"
    )


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--mailboxes", type=int, default=5000)
    parser.add_argument("--report", type=int, default=100000)
    parser.add_argument("--form", choices=("new", "enable", "both"), default="both")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    base = python_baseline(max(5, args.repeat))
    print(
        f"{'python -c pass':<62} {base:7.3f} s  (ratios below are to this; load average {os.getloadavg()[0]:.1f})"
    )
    print(f"{'pwshlite':<62} {pwshlite()}")
    if args.mailboxes:
        for form in ("new", "enable") if args.form == "both" else (args.form,):
            provision(form, args.mailboxes, args.repeat, base)
    if args.report:
        report(args.report, args.repeat, base)


if __name__ == "__main__":
    main()
