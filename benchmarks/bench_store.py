"""Exchange store benchmarks (issue #5 speed bars, store layer only): provisioning mailboxes with
UM and generated PINs one invocation at a time, and streaming PIN states of many UM mailboxes.
Prints wall and CPU time (CPU time stays meaningful on a loaded machine) and peak RSS.

Run: python benchmarks/bench_store.py [--mailboxes N] [--stream M]
"""

from __future__ import annotations

import argparse
import os
import resource
import tempfile
import time

from pwshlite.cmdlets.exchange_um.store import open_store


def _clock() -> tuple[float, float]:
    return time.perf_counter(), time.process_time()


def _report(label: str, start: tuple[float, float], count: int) -> None:
    wall, cpu = time.perf_counter() - start[0], time.process_time() - start[1]
    per = f"{wall / count * 1000:.3f} ms each" if count else ""
    print(f"{label:<58} {wall:7.2f} s wall {cpu:7.2f} s cpu  {per}", flush=True)


def provision(directory: str, count: int) -> None:
    """New-Mailbox then Enable-UMMailbox (generated PIN, welcome mail) then an audit row, each cmdlet
    invocation in its own transaction, as the cmdlet layer runs them."""
    store = open_store(os.path.join(directory, "provision.db"))
    start = _clock()
    for i in range(count):
        with store.transaction():
            rec = store.new_mailbox(f"Bench User {i:06d}", alias=f"bench{i:06d}")
            store.audit("New-Mailbox", {"Name": rec.name}, rec.identity, True)
        with store.transaction():
            rec = store.resolve_mailbox(rec.alias or rec.name)
            policy = store.resolve_policy("Contoso DP Default Policy")
            store.enable_um(rec, policy, extensions=[f"{30000 + i:05d}"])
            store.audit("Enable-UMMailbox", {"Identity": rec.alias}, rec.identity, True)
    _report(f"provision {count:,} (New-Mailbox + Enable-UMMailbox + mail)", start, count)
    store.close()


def stream(directory: str, count: int) -> None:
    """Bulk-create `count` UM mailboxes, then stream every PIN state."""
    store = open_store(os.path.join(directory, "stream.db"))
    store.new_dial_plan("Bench DP", 7, "1")
    policy = store.resolve_policy("Bench DP Default Policy")
    start = _clock()
    for chunk in range(0, count, 1000):
        with store.transaction():
            for i in range(chunk, min(count, chunk + 1000)):
                rec = store.new_mailbox(f"Stream User {i:07d}", alias=f"stream{i:07d}")
                store.enable_um(rec, policy, extensions=[f"{i:07d}"], send_mail=False)
    _report(f"setup {count:,} UM mailboxes (1,000 per transaction)", start, count)
    rss_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    start = _clock()
    seen = sum(1 for _ in store.iter_pin_states())
    _report(f"iter_pin_states over {seen:,} UM mailboxes", start, 0)
    rss_after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(f"{'peak RSS before / after streaming':<58} {rss_before / 1024:7.0f} MB {rss_after / 1024:7.0f} MB")
    store.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--mailboxes", type=int, default=5000)
    parser.add_argument("--stream", type=int, default=20000)
    args = parser.parse_args()
    for name in (
        "PWSHLITE_STORE",
        "PWSHLITE_KEY_FILE",
        "PWSHLITE_SEED",
        "PWSHLITE_MAILDROP",
        "PWSHLITE_USER",
    ):
        os.environ.pop(name, None)
    with tempfile.TemporaryDirectory() as directory:
        provision(directory, args.mailboxes)
        stream(directory, args.stream)


if __name__ == "__main__":
    main()
