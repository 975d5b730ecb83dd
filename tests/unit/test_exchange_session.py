"""The organization store as a session service: `Session.resource(UMStore)` constructs
`UMStore(session.config)` from the runtime's SessionConfig (store_path, user)."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from pwshlite.cmdlets.exchange_um._task import session_store
from pwshlite.cmdlets.exchange_um.store import StoreConfig, UMStore

from pwshlite.runtime.session import Session, SessionConfig


@pytest.fixture(autouse=True)
def _no_env(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("PWSHLITE_STORE", "PWSHLITE_KEY_FILE", "PWSHLITE_USER", "PWSHLITE_SEED"):
        monkeypatch.delenv(name, raising=False)


def _session(path: Path, user: str | None = None) -> tuple[Session, io.StringIO]:
    out = io.StringIO()
    return Session(stdout=out, stderr=io.StringIO(), width=119, store_path=str(path), user=user), out


def test_store_config_of_session_config(tmp_path: Path) -> None:
    config = SessionConfig(str(tmp_path / "a.db"), "kimakers", False, True, 80, False)
    resolved = StoreConfig.of(config)
    assert resolved == StoreConfig(
        str(tmp_path / "a.db"), str(tmp_path / "a.db") + ".key", "demo", "kimakers"
    )
    assert StoreConfig.of(resolved) is resolved


def test_session_resource_opens_the_sessions_store_once(tmp_path: Path) -> None:
    session, out = _session(tmp_path / "org.db")
    store = session.resource(UMStore)
    assert isinstance(store, UMStore) and store.path == str(tmp_path / "org.db")
    assert session_store(session) is store
    assert session.run_text("(Get-UMMailbox tony).DisplayName") == 0
    assert out.getvalue() == "Tony\n"
    assert session.resource(UMStore) is store  # the cmdlets used the same service
    assert [v for v in session._resources.values() if isinstance(v, UMStore)] == [store]


def test_cmdlets_see_changes_made_through_the_service(tmp_path: Path) -> None:
    session, out = _session(tmp_path / "org.db")
    store = session.resource(UMStore)
    store.new_mailbox("Wiring Test", alias="wiring")
    assert session.run_text("(Get-Mailbox wiring).PrimarySmtpAddress") == 0
    assert out.getvalue() == "wiring@contoso.com\n"


def test_session_user_is_the_acting_user(tmp_path: Path) -> None:
    session, out = _session(tmp_path / "org.db", user="pilarpinilla")
    assert session.resource(UMStore).config.user == "pilarpinilla"
    # View-Only Organization Management: Set-UMMailboxPIN doesn't exist for this user.
    session.run_text("$c = Get-Command Set-UMMailboxPIN -ErrorAction SilentlyContinue")
    assert session.run_text("$null -eq $c; [bool](Get-Command Get-UMMailboxPIN)") == 0
    assert out.getvalue() == "True\nTrue\n"


def test_repl_banner_and_completion_use_the_service(tmp_path: Path) -> None:
    from pwshlite.repl.app import banner
    from pwshlite.repl.introspect import SessionIntrospection

    session, _ = _session(tmp_path / "org.db")
    text = banner(session)
    assert "First Organization (contoso.com)" in text and str(tmp_path / "org.db") in text
    names = list(SessionIntrospection(session).identity_candidates("Identity", "ton"))
    assert "tony" in names and "tonysmith" in names
    assert session.resource(UMStore) is session_store(session)
