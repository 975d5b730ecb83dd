"""The wheel installs only the `pwshlite` import root, with cmdlets mapped to pwshlite.cmdlets."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    proc = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(out), str(ROOT)],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    wheels = list(out.glob("pwshlite-*.whl"))
    assert len(wheels) == 1
    return wheels[0]


def test_wheel_top_level_is_only_pwshlite(wheel: Path) -> None:
    with zipfile.ZipFile(wheel) as zf:
        names = zf.namelist()
        roots = {n.split("/", 1)[0] for n in names if not n.split("/", 1)[0].endswith(".dist-info")}
        top_level = [n for n in names if n.endswith("top_level.txt")]
        assert roots == {"pwshlite"}
        if top_level:
            assert zf.read(top_level[0]).decode().split() == ["pwshlite"]


def test_wheel_maps_cmdlets_and_ships_grammar(wheel: Path) -> None:
    with zipfile.ZipFile(wheel) as zf:
        names = set(zf.namelist())
    assert "pwshlite/cmdlets/__init__.py" in names
    assert "pwshlite/cmdlets/exchange_um/__init__.py" in names
    assert not any(n.startswith("cmdlets/") for n in names)
    assert any(n.startswith("pwshlite/syntax/") and n.endswith(".lark") for n in names)


def test_entry_points_name_the_modules(wheel: Path) -> None:
    with zipfile.ZipFile(wheel) as zf:
        entry = next(n for n in zf.namelist() if n.endswith("entry_points.txt"))
        text = zf.read(entry).decode()
    assert "pwshlite = pwshlite.cli:main" in text
    assert "ExchangeUM = pwshlite.cmdlets.exchange_um" in text
