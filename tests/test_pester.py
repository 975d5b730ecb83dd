"""pwshlite runs its own Pester tests: every tests/pester/*.Tests.ps1 through the CLI, one pytest id each."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.conftest import ROOT, base_env, run_cli

FILES = sorted((ROOT / "tests" / "pester").glob("*.Tests.ps1"))
SUMMARY = re.compile(r"^Tests Passed: (\d+), Failed: 0, Skipped: 0, Pending: 0, Inconclusive: 0 $", re.M)


@pytest.mark.parametrize("test_file", FILES, ids=[f.name for f in FILES])
def test_pester_file(test_file: Path, tmp_path: Path) -> None:
    env = base_env(tmp_path)
    env["PWSHLITE_PESTER_FIXED_TIME"] = "1"
    script = f"Invoke-Pester -Path '{test_file}' -EnableExit"
    result = run_cli(["-NoProfile", "-NonInteractive", "-Command", script], tmp_path, env, timeout=300)
    assert "[-]" not in result.stdout, result.stdout
    assert result.stderr == ""
    assert result.status == 0, result.stdout
    found = SUMMARY.search(result.stdout)
    assert found is not None, result.stdout
    assert int(found.group(1)) > 0
    assert "Tests completed in 0ms" in result.stdout
