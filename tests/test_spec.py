"""Runs every case of tests/spec/*.test.ps1 through the real CLI (one pytest id per case)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import base_env, copy_store, run_cli
from tests.spec_format import SpecCase, parse_spec_file

SPEC_DIR = Path(__file__).parent / "spec"
CASES = [case for path in sorted(SPEC_DIR.glob("*.test.ps1")) for case in parse_spec_file(path)]


@pytest.mark.parametrize("case", CASES, ids=[f"{c.file[:-9]}::{c.name}" for c in CASES])
def test_spec_case(case: SpecCase, tmp_path: Path, store_template: Path) -> None:
    copy_store(store_template, tmp_path)
    env = base_env(tmp_path)
    env.update({k: v.replace("{TMP}", str(tmp_path)) for k, v in case.env.items()})
    if case.mode == "file":
        script = tmp_path / "case.ps1"
        script.write_text(case.script + "\n", encoding="utf-8")
        args = ["-NoProfile", "-NonInteractive", "-File", str(script), *case.args]
    else:
        args = ["-NoProfile", "-NonInteractive", "-Command", case.script]
    result = run_cli(args, tmp_path, env, case.stdin)
    assert "Traceback (most recent call last)" not in result.stderr, result.stderr
    expand = lambda text: text.replace("{TMP}", str(tmp_path))  # noqa: E731
    if case.stdout is not None:
        assert result.stdout == expand(case.stdout), f"stderr was:\n{result.stderr}"
    if case.stderr is not None:
        assert result.stderr == expand(case.stderr)
    assert result.status == case.status, f"stdout:\n{result.stdout}\nstderr:\n{result.stderr}"
