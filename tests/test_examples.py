"""Every script in examples/ runs in batch against a fresh demo organization and prints exactly the
output recorded in tests/examples/<name>.out (stdout, then `--- stderr ---` and stderr when not empty)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.conftest import ROOT, base_env, copy_store, run_cli

EXAMPLES = sorted(p for p in (ROOT / "examples").glob("*.ps1") if not p.name.endswith(".Tests.ps1"))
EXPECTED = Path(__file__).parent / "examples"

# Steps run before an example, so that its report has something to show.
SETUP = {
    "locked-out-report.ps1": "1..15 | ForEach-Object { Test-UMConnectivity -UMDialPlan 'Contoso DP' -Phone 20002 "
    "-PIN 000000 -TUILogon $true } | Out-Null",
}


def _transcript(stdout: str, stderr: str) -> str:
    return stdout + (f"--- stderr ---\n{stderr}" if stderr else "")


@pytest.mark.parametrize("script", EXAMPLES, ids=[p.stem for p in EXAMPLES])
def test_example(script: Path, tmp_path: Path, store_template: Path) -> None:
    copy_store(store_template, tmp_path)
    for extra in (ROOT / "examples").glob("*.csv"):
        shutil.copy(extra, tmp_path / extra.name)
    local = tmp_path / script.name
    shutil.copy(script, local)
    env = base_env(tmp_path)
    env["PWSHLITE_NOW"] = "2026-11-27T10:00:00"
    if script.name in SETUP:
        setup = run_cli(["-NoProfile", "-NonInteractive", "-Command", SETUP[script.name]], tmp_path, env)
        assert setup.status == 0, setup.stderr
    result = run_cli(["-NoProfile", "-NonInteractive", "-File", str(local)], tmp_path, env)
    assert "Traceback" not in result.stderr
    expected = (EXPECTED / f"{script.stem}.out").read_text(encoding="utf-8")
    assert _transcript(result.stdout, result.stderr) == expected
    assert result.status == 0
    if script.name == "locked-out-report.ps1":
        csv = (tmp_path / "locked-out-users.csv").read_text(encoding="ascii")
        assert csv == (
            '"User","PinExpired","LockedOut","FirstTimeUser"\n"tonysmith@contoso.com","True","True","True"\n'
        )
