"""The store across processes: concurrent writers lose nothing, kill -9 keeps committed work, and no
PIN ever reaches the store, its WAL, the key file or the audit log in clear."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from .exchange_store_helpers import clean_env, last_pin, new_store

WORKER = textwrap.dedent(
    """
    import sys
    from pwshlite.cmdlets.exchange_um.store import open_store
    store = open_store(sys.argv[1])
    tag, count = sys.argv[2], int(sys.argv[3])
    policy = store.resolve_policy("Contoso DP Default Policy")
    tony = store.resolve_mailbox("tony")
    for i in range(count):
        with store.transaction():
            rec = store.new_mailbox(f"{tag} {i:05d}", alias=f"{tag}{i:05d}")
            store.enable_um(rec, policy, extensions=[f"{tag[-1]}{i:04d}"], send_mail=False)
            store.audit("New-Mailbox", {"Name": rec.name}, rec.identity, True)
        store.set_pin(tony, send_email=False)
        print(i, flush=True)
    """
)


@pytest.fixture
def env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> dict[str, str]:
    clean_env(monkeypatch, tmp_path)
    new_store(tmp_path).close()
    return {k: v for k, v in os.environ.items() if not k.startswith("PWSHLITE_")}


def _spawn(tmp_path: Path, env: dict[str, str], tag: str, count: int) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-c", WORKER, str(tmp_path / "org.db"), tag, str(count)],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def test_two_writers_lose_no_update(tmp_path: Path, env: dict[str, str]) -> None:
    procs = [_spawn(tmp_path, env, tag, 40) for tag in ("wa3", "wb4")]
    outputs = [p.communicate(timeout=120) for p in procs]
    for proc, (_, err) in zip(procs, outputs, strict=True):
        assert proc.returncode == 0, err
        assert "locked" not in err
    store = new_store(tmp_path)
    assert len(store.match_recipients("wa3*")) == 40 and len(store.match_recipients("wb4*")) == 40
    assert store.count_um_mailboxes() == 82
    assert len(list(store.iter_audit(cmdlets=["New-Mailbox"], limit=None))) == 80
    assert store.pin_state(store.resolve_mailbox("tony")).pin_expired  # blob still readable


def test_kill_9_keeps_every_committed_invocation(tmp_path: Path, env: dict[str, str]) -> None:
    proc = _spawn(tmp_path, env, "kx5", 100000)
    assert proc.stdout is not None
    done = -1
    deadline = time.monotonic() + 60
    while done < 25 and time.monotonic() < deadline:
        line = proc.stdout.readline()
        if line:
            done = int(line)
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=30)
    store = new_store(tmp_path)
    found = store.match_recipients("kx5*")
    assert len(found) >= done + 1  # everything reported as committed survived
    um_count = store.count_um_mailboxes() - 2
    assert um_count == len(found)  # no half-made invocation (mailbox without its UM side)
    assert all(s.error is None for s in store.iter_pin_states())


def test_no_pin_in_clear_anywhere(
    tmp_path: Path, env: dict[str, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    store = new_store(tmp_path)
    store.set_policy(store.resolve_policy("Contoso DP Default Policy"), {"MinPINLength": 10})
    tony, smith = store.resolve_mailbox("tony"), store.resolve_mailbox("tonysmith")
    pins = [last_pin(store, tony), last_pin(store, smith)]
    given = "4829137765"
    store.set_pin(tony, given)
    store.audit("Set-UMMailboxPIN", {"Identity": "tony", "Pin": given}, tony.identity, True)
    pins.append(given)
    store.set_pin(smith)
    pins.append(last_pin(store, smith))
    kim = store.resolve_mailbox("kimakers")
    _, generated = store.enable_um(kim, "Contoso DP Default Policy", extensions=["20077"])
    assert generated is not None and len(generated) == 10
    pins.append(generated)
    ext = store.resolve_um_mailbox("kimakers").extensions[0]
    for _ in range(5):
        store.tui_logon("Contoso DP", ext, "9999999999")
    pins.append(last_pin(store, kim))  # the automatic reset
    _assert_no_pins(tmp_path, pins, {"org.db", "org.db-wal", "org.db.key"})  # open: WAL present
    store.close()
    _assert_no_pins(tmp_path, pins, {"org.db", "org.db.key"})


def _assert_no_pins(directory: Path, pins: list[str], expected: set[str]) -> None:
    files = [p for p in directory.iterdir() if p.is_file()]
    assert {p.name for p in files} >= expected
    for path in files:
        data = path.read_bytes()
        for pin in pins:
            assert pin.encode() not in data, (path.name, "PIN in clear")
            assert pin.encode("utf-16-le") not in data, (path.name, "PIN in clear")


def test_maildrop_gets_the_pin_after_commit(
    tmp_path: Path, env: dict[str, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    drop = tmp_path / "drop"
    monkeypatch.setenv("PWSHLITE_MAILDROP", str(drop))
    store = new_store(tmp_path)
    tony = store.resolve_mailbox("tony")
    with pytest.raises(RuntimeError):
        with store.transaction():
            store.set_pin(tony, "4829137")
            raise RuntimeError("rolled back")
    assert not drop.exists() or list(drop.iterdir()) == []
    store.set_pin(tony, "5739201")
    files = list(drop.iterdir())
    assert len(files) == 1 and files[0].suffix == ".eml"
    text = files[0].read_text()
    assert (
        "Subject: Your Unified Messaging PIN" in text and "Your PIN for Unified Messaging is 5739201." in text
    )
    assert oct(files[0].stat().st_mode & 0o777) == "0o600"
    tracked = [t.event_id for t in store.iter_tracking(recipients=["tony@contoso.com"], subject="PIN")]
    assert tracked == ["RECEIVE", "SUBMIT", "DELIVER"]


def test_two_processes_create_the_same_store(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    clean_env(monkeypatch, tmp_path)
    env = {k: v for k, v in os.environ.items() if not k.startswith("PWSHLITE_")}
    code = (
        "import sys\nfrom pwshlite.cmdlets.exchange_um.store import open_store\n"
        "s = open_store(sys.argv[1])\nprint(s.count_recipients())\n"
    )
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", code, str(tmp_path / "fresh.db")],
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for _ in range(3)
    ]
    results = [p.communicate(timeout=60) for p in procs]
    assert [p.returncode for p in procs] == [0, 0, 0], results
    counts = {out.strip() for out, _ in results}
    assert counts == {"9"}  # seeded exactly once
