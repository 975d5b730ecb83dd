"""Shared fixtures: run the real CLI in a subprocess with a fresh organization store per test."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@dataclass
class Result:
    stdout: str
    stderr: str
    status: int


def base_env(tmp: Path) -> dict[str, str]:
    """A deterministic environment: no colour, no terminal width, UTC, a store inside tmp."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("PWSHLITE_") and k != "COLUMNS"}
    env.update(
        NO_COLOR="1",
        TZ="UTC",
        PWSHLITE_STORE=str(tmp / "org.db"),
        PWSHLITE_HISTORY=str(tmp / "history.txt"),
        HOME=str(tmp),
        XDG_DATA_HOME=str(tmp / "xdg"),
    )
    return env


@pytest.fixture(scope="session", autouse=True)
def _isolated_user_data(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """In-process sessions never touch the developer's home, organization store or history (`~` in a
    test script resolves to a scratch folder)."""
    tmp = tmp_path_factory.mktemp("userdata")
    keys = ("PWSHLITE_STORE", "PWSHLITE_HISTORY", "XDG_DATA_HOME", "HOME")
    saved = {k: os.environ.get(k) for k in keys}
    (tmp / "home").mkdir()
    os.environ.update(PWSHLITE_STORE=str(tmp / "org.db"), PWSHLITE_HISTORY=str(tmp / "history.txt"),
                      XDG_DATA_HOME=str(tmp / "xdg"), HOME=str(tmp / "home"))  # fmt: skip
    yield
    for key, value in saved.items():
        if value is None:
            os.environ.pop(key, None)
        else:
            os.environ[key] = value


@pytest.fixture(scope="session")
def store_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A demo organization store created once per test run, copied into each test's directory."""
    tmp = tmp_path_factory.mktemp("template")
    subprocess.run(
        [sys.executable, "-m", "pwshlite", "-NoProfile", "-NonInteractive", "-Command", "$null"],
        env=base_env(tmp),
        cwd=tmp,
        capture_output=True,
        timeout=120,
        check=False,
    )
    return tmp


def copy_store(template: Path, dest: Path) -> None:
    for name in ("org.db", "org.db.key"):
        if (template / name).exists():
            shutil.copy2(template / name, dest / name)


def run_cli(
    args: list[str], cwd: Path, env: dict[str, str] | None = None, stdin: str = "", timeout: float = 120
) -> Result:
    """Run `python -m pwshlite ARGS` and capture everything."""
    proc = subprocess.run(
        [sys.executable, "-m", "pwshlite", *args],
        input=stdin,
        env=env or base_env(cwd),
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=timeout,
        encoding="utf-8",
        errors="replace",
    )
    return Result(proc.stdout, proc.stderr, proc.returncode)


@pytest.fixture
def pwsh(tmp_path: Path, store_template: Path) -> Iterator[object]:
    """`pwsh(script, **env)` runs a -Command script in a fresh copy of the demo store."""
    copy_store(store_template, tmp_path)

    def run(script: str, env: dict[str, str] | None = None, stdin: str = "") -> Result:
        full = base_env(tmp_path)
        full.update(env or {})
        return run_cli(["-NoProfile", "-NonInteractive", "-Command", script], tmp_path, full, stdin)

    yield run
