"""Shared setup of the web admin center tests: a demo store with known passwords and a signed-in client."""

from __future__ import annotations

import re
import shutil
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("starlette")
pytest.importorskip("httpx")

from starlette.testclient import TestClient  # noqa: E402

ADMIN_PASSWORD = "Admin-Pass-1"
VIEWER = "pilarpinilla"  # View-Only Organization Management
VIEWER_PASSWORD = "Viewer-Pass-1"
UM_ADMIN = "kimakers"  # UM Management
UM_ADMIN_PASSWORD = "UmAdmin-Pass-1"


def make_template(root: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A fresh demo organization with passwords for Administrator, a viewer and a UM administrator."""
    from pwshlite.cmdlets.exchange_um.store import open_store

    for name in ("PWSHLITE_STORE", "PWSHLITE_KEY_FILE", "PWSHLITE_USER", "PWSHLITE_SEED", "PWSHLITE_NOW"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("PWSHLITE_ADMIN_PASSWORD", ADMIN_PASSWORD)
    path = root / "org.db"
    store = open_store(str(path))
    store.set_password(store.resolve_recipient(VIEWER), VIEWER_PASSWORD)
    store.set_password(store.resolve_recipient(UM_ADMIN), UM_ADMIN_PASSWORD)
    store._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    store.close()
    return path


def copy_template(template: Path, dest: Path) -> str:
    for suffix in ("", ".key"):
        shutil.copy2(str(template) + suffix, str(dest / "org.db") + suffix)
    return str(dest / "org.db")


def csrf_of(html: str) -> str:
    found = re.search(r'name="csrf" value="([^"]+)"', html)
    assert found, "page has no CSRF field"
    return found.group(1)


def client_for(store_path: str) -> TestClient:
    from pwshlite.eac.app import create_app

    return TestClient(create_app(store_path), follow_redirects=False)


def sign_in(client: TestClient, user: str, password: str) -> Any:
    page = client.get("/signin")
    return client.post("/signin", data={"csrf": csrf_of(page.text), "username": user, "password": password})


def signed_in(store_path: str, user: str = "Administrator", password: str = ADMIN_PASSWORD) -> TestClient:
    client = client_for(store_path)
    response = sign_in(client, user, password)
    assert response.status_code == 303, response.text
    return client


def engine(store_path: str, script: str, user: str = "Administrator", **variables: Any) -> list[Any]:
    """Run a script in a separate engine session on the same store (the shell's view)."""
    import io

    from pwshlite.runtime.session import Session

    session = Session(stdout=io.StringIO(), stderr=io.StringIO(), store_path=store_path, user=user)
    output, errors = session.invoke(script, variables)
    assert not errors, [e.message for e in errors]
    return output
