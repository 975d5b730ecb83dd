"""Web admin center benchmark (issue #8 speed bars): the Recipients page with 100,000 mailboxes in
<= 200 ms server time, the UM Mailbox page in <= 50 ms. Server time is the app's own Server-Timing
header (request in, HTML out, cmdlets included), measured warm (median of several requests).

Run: python benchmarks/bench_eac.py [--mailboxes N] [--store PATH] [--repeat R]
A store built once is reused when --store names an existing file.
"""

from __future__ import annotations

import argparse
import os
import re
import statistics
import sys
import tempfile
import time

PASSWORD = "Bench-Admin-Pass-1"


def build_store(path: str, count: int) -> None:
    """The demo organization plus `count` mailboxes (1,000 per transaction; every 100th UM-enabled)."""
    from pwshlite.cmdlets.exchange_um.store import open_store

    started = time.perf_counter()
    store = open_store(path)
    policy = store.resolve_policy("Contoso DP Default Policy")
    for chunk in range(0, count, 1000):
        with store.transaction():
            for i in range(chunk, min(count, chunk + 1000)):
                rec = store.new_mailbox(f"Bench User {i:06d}", alias=f"bench{i:06d}")
                if i % 100 == 0:
                    store.enable_um(rec, policy, extensions=[f"{30000 + i // 100:05d}"], send_mail=False)
    store.close()
    print(f"built {count:,} mailboxes in {time.perf_counter() - started:.1f} s", flush=True)


def server_ms(response: object) -> float:
    timing = response.headers["server-timing"]  # type: ignore[attr-defined]
    found = re.search(r"dur=([0-9.]+)", timing)
    assert found, timing
    return float(found.group(1))


def measure(client: object, url: str, repeat: int) -> tuple[float, float]:
    """(median, max) server milliseconds of `repeat` warm requests (after one warm-up request)."""
    first = client.get(url)  # type: ignore[attr-defined]
    assert first.status_code == 200, (url, first.status_code, first.text[:500])
    times = []
    for _ in range(repeat):
        response = client.get(url)  # type: ignore[attr-defined]
        assert response.status_code == 200
        times.append(server_ms(response))
    return statistics.median(times), max(times)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--mailboxes", type=int, default=100_000)
    parser.add_argument("--store", default=None)
    parser.add_argument("--repeat", type=int, default=15)
    opts = parser.parse_args()
    for name in ("PWSHLITE_STORE", "PWSHLITE_KEY_FILE", "PWSHLITE_USER"):
        os.environ.pop(name, None)
    os.environ["PWSHLITE_ADMIN_PASSWORD"] = PASSWORD
    path = opts.store or os.path.join(tempfile.mkdtemp(prefix="bench-eac-"), "org.db")
    if not os.path.exists(path):
        build_store(path, opts.mailboxes)
    from starlette.testclient import TestClient

    from pwshlite.eac.app import create_app

    client = TestClient(create_app(path), follow_redirects=False)
    page = client.get("/signin")
    csrf = re.search(r'name="csrf" value="([^"]+)"', page.text).group(1)  # type: ignore[union-attr]
    signed = client.post("/signin", data={"csrf": csrf, "username": "Administrator", "password": PASSWORD})
    assert signed.status_code == 303, signed.text
    tony = re.search(r'href="/mailbox/([0-9a-f-]+)">Tony<', client.get("/recipients?q=tony").text).group(1)  # type: ignore[union-attr]
    rows = [
        ("Recipients page 1 (100k mailboxes)", "/recipients", 200.0),
        ("Recipients search 'bench0999'", "/recipients?q=bench0999", 200.0),
        ("Recipients page 20", "/recipients?page=20", None),
        ("UM Mailbox page", f"/mailbox/{tony}/um", 50.0),
    ]
    failed = False
    for label, url, bar in rows:
        median, worst = measure(client, url, opts.repeat)
        verdict = "" if bar is None else ("ok" if median <= bar else "OVER")
        failed |= verdict == "OVER"
        limit = f"(bar {bar:.0f} ms)" if bar else ""
        print(f"{label:<40} median {median:7.1f} ms  max {worst:7.1f} ms  {limit} {verdict}", flush=True)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
