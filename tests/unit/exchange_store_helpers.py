"""Helpers for the Exchange store tests: a fresh store in a temp dir and PINs read from the mail."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from pwshlite.cmdlets.exchange_um.records import MailboxRecord
from pwshlite.cmdlets.exchange_um.store import UMStore, open_store

ENV = (
    "PWSHLITE_STORE",
    "PWSHLITE_KEY_FILE",
    "PWSHLITE_SEED",
    "PWSHLITE_USER",
    "PWSHLITE_MAILDROP",
    "PWSHLITE_NOW",
)


def clean_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    for name in ENV:
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))


def new_store(tmp_path: Path, name: str = "org.db", **kw: str) -> UMStore:
    return open_store(str(tmp_path / name), **kw)


def last_pin(store: UMStore, rec: MailboxRecord) -> str:
    """The PIN in the newest message to the mailbox (welcome or reset)."""
    messages = list(store.iter_messages(rec))
    assert messages, "no message was sent"
    match = re.search(r"Your PIN for Unified Messaging is (\d+)\.", store.read_message(messages[-1]))
    assert match, "the newest message carries no PIN"
    return match.group(1)
