"""Web admin center building blocks: scrypt passwords in the store (schema v2, New-Mailbox/Set-Mailbox
-Password, the Administrator's one-time password), session cookies, CSRF, rate limiting, `pwshlite eac`."""

from __future__ import annotations

import io
import sqlite3
from pathlib import Path

import pytest

from tests.unit.eac_helpers import ADMIN_PASSWORD, engine, make_template

pytest.importorskip("itsdangerous")


@pytest.fixture
def store(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    return str(make_template(tmp_path, monkeypatch))


def test_hash_is_scrypt_salted_and_verifies() -> None:
    from pwshlite.cmdlets.exchange_um.store_auth import check_password, hash_password

    first, second = hash_password("Secret-1"), hash_password("Secret-1")
    assert first.startswith("scrypt$16384$8$1$") and first != second and "Secret-1" not in first
    assert check_password(first, "Secret-1") and not check_password(first, "secret-1")
    assert not check_password("md5$abc", "x") and not check_password("garbage", "x")


def test_administrator_password_from_environment_and_never_in_clear(store: str) -> None:
    from pwshlite.cmdlets.exchange_um.store import open_store

    org = open_store(store)
    admin = org.resolve_recipient("Administrator")
    assert org.verify_password(admin, ADMIN_PASSWORD) and not org.verify_password(admin, "nope")
    assert not org.verify_password(org.resolve_recipient("tony"), "")
    org.close()
    assert ADMIN_PASSWORD.encode() not in Path(store).read_bytes()


def test_new_store_announces_generated_password_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from pwshlite.cmdlets.exchange_um import store_auth
    from pwshlite.cmdlets.exchange_um.store import open_store

    monkeypatch.delenv("PWSHLITE_ADMIN_PASSWORD", raising=False)
    monkeypatch.delenv("PWSHLITE_STORE", raising=False)
    monkeypatch.setitem(store_auth.ANNOUNCE, "always", True)
    path = tmp_path / "org.db"
    open_store(str(path)).close()
    line = capsys.readouterr().err.strip()
    assert line.startswith(f"pwshlite: new organization store {path}; Administrator password: ")
    password = line.rsplit(": ", 1)[1]
    org = open_store(str(path))
    assert capsys.readouterr().err == ""  # printed once, at creation only
    assert org.verify_password(org.resolve_recipient("Administrator"), password)
    org.close()


def test_batch_store_creation_does_not_print_the_password(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from pwshlite.cmdlets.exchange_um.store import open_store

    monkeypatch.delenv("PWSHLITE_ADMIN_PASSWORD", raising=False)
    monkeypatch.delenv("PWSHLITE_STORE", raising=False)
    open_store(str(tmp_path / "org.db")).close()
    assert "password" not in capsys.readouterr().err


def test_v1_store_migrates_forward_keeping_its_data(store: str) -> None:
    from pwshlite.cmdlets.exchange_um.store import open_store

    conn = sqlite3.connect(store)
    conn.execute("DROP TABLE credential")
    conn.execute("DROP INDEX recipient_exchange_guid")
    conn.execute("PRAGMA user_version = 1")
    conn.commit()
    conn.close()
    org = open_store(store)
    assert org.resolve_mailbox("tony").alias == "tony"
    assert not org.verify_password(org.resolve_recipient("Administrator"), ADMIN_PASSWORD)  # no hash yet
    org.set_password(org.resolve_recipient("Administrator"), "After-Migration-1")
    assert org.verify_password(org.resolve_recipient("Administrator"), "After-Migration-1")
    org.close()


def test_new_mailbox_and_set_mailbox_password_through_the_engine(store: str) -> None:
    from pwshlite.eac.auth import authenticate

    engine(
        store,
        "New-Mailbox -Name 'Web User' -UserPrincipalName webuser@contoso.com -Password "
        "(ConvertTo-SecureString $p -AsPlainText -Force) | Out-Null",
        p="First-Pass-1",
    )
    assert authenticate(store, "webuser@contoso.com", "First-Pass-1") is not None
    engine(
        store,
        "Set-Mailbox webuser@contoso.com -Password (ConvertTo-SecureString $p -AsPlainText -Force)",
        p="Next-2",
    )
    assert authenticate(store, "webuser@contoso.com", "First-Pass-1") is None
    assert authenticate(store, "Web User", "Next-2") is not None
    shown = engine(store, "Get-Mailbox webuser@contoso.com | Format-List * | Out-String")
    assert "Next-2" not in str(shown) and "First-Pass-1" not in str(shown)


def test_session_cookie_is_signed_and_expires() -> None:
    from pwshlite.eac.auth import SessionCodec, new_session

    codec = SessionCodec(b"k" * 32)
    session = new_session("Administrator")
    cookie = codec.encode(session)
    assert codec.decode(cookie) == session
    assert codec.decode(cookie[:-2] + "xx") is None and codec.decode("") is None
    assert SessionCodec(b"other" * 8).decode(cookie) is None
    expired = SessionCodec(b"k" * 32, max_age=-1)
    assert expired.decode(cookie) is None


def test_csrf_and_rate_limiter() -> None:
    from pwshlite.eac.auth import RateLimiter, csrf_ok, new_session

    session = new_session(None)
    assert csrf_ok(session, session.csrf) and not csrf_ok(session, "x") and not csrf_ok(None, session.csrf)
    limiter = RateLimiter(limit=2, window=60)
    limiter.failed("ip:a")
    assert limiter.retry_after("ip:a") == 0
    limiter.failed("ip:a")
    assert 0 < limiter.retry_after("ip:a", "user:b") <= 61 and limiter.retry_after("user:b") == 0
    limiter.succeeded("ip:a")
    assert limiter.retry_after("ip:a") == 0


def test_serve_options_and_loopback_warning(monkeypatch: pytest.MonkeyPatch) -> None:
    from pwshlite.eac import serve

    opts = serve.parse_args([])
    assert (opts.host, opts.port, opts.store) == ("127.0.0.1", serve.DEFAULT_PORT, None)
    assert serve.is_loopback("127.0.0.1") and serve.is_loopback("::1") and serve.is_loopback("localhost")
    assert not serve.is_loopback("0.0.0.0")
    err = io.StringIO()
    monkeypatch.setattr("sys.stderr", err)
    serve.warn_if_exposed("127.0.0.1")
    assert err.getvalue() == ""
    serve.warn_if_exposed("0.0.0.0")
    assert "WARNING" in err.getvalue() and "not on loopback" in err.getvalue()


def test_cli_hands_eac_to_the_server(capsys: pytest.CaptureFixture[str]) -> None:
    from pwshlite.cli import main

    with pytest.raises(SystemExit) as exit_info:
        main(["eac", "--help"])
    assert exit_info.value.code == 0
    assert "--store" in capsys.readouterr().out


def test_bulk_hash_is_peppered_and_upgraded_at_first_sign_in(tmp_path: Path) -> None:
    from pwshlite.cmdlets.exchange_um.store import open_store
    from pwshlite.cmdlets.exchange_um.store_auth import check_password, is_full_cost

    org = open_store(str(tmp_path / "org.db"))
    tony = org.resolve_recipient("tony")
    org.set_password(tony, "Bulk-Pass-1")
    stored = org._one("SELECT hash FROM credential WHERE recipient_id = ?", (tony.id,))[0]
    assert stored.startswith("scrypt-hmac$1024$1$") and not is_full_cost(stored)
    assert not check_password(stored, "Bulk-Pass-1")  # useless without the key-file pepper
    assert not org.verify_password(tony, "bulk-pass-1")
    assert org.verify_password(tony, "Bulk-Pass-1")
    upgraded = org._one("SELECT hash FROM credential WHERE recipient_id = ?", (tony.id,))[0]
    assert upgraded.startswith("scrypt-hmac$16384$8$") and is_full_cost(upgraded)
    assert org.verify_password(tony, "Bulk-Pass-1")
