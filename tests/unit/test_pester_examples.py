"""Every Pester cmdlet's declared examples run through the real CLI without errors (examples as tests)."""

from __future__ import annotations

import importlib
import pkgutil
from pathlib import Path

import pwshlite.cmdlets.pester as pester
import pytest

from pwshlite.cmdlet import Example
from tests.conftest import base_env, run_cli


def _examples() -> list[tuple[str, Example]]:
    found: list[tuple[str, Example]] = []
    for module in pkgutil.iter_modules(pester.__path__):
        if module.name.startswith("_"):
            continue
        mod = importlib.import_module(f"pwshlite.cmdlets.pester.{module.name}")
        for obj in vars(mod).values():
            info = getattr(obj, "info", None)
            if info is not None and obj.__module__ == mod.__name__:
                found.extend((info.name, example) for example in info.examples)
    return found


EXAMPLES = _examples()


def test_pester_commands_are_registered() -> None:
    from pwshlite.registry import Registry

    registry = Registry()
    for name in ("Describe", "Context", "It", "Should", "Mock", "BeforeAll", "AfterAll", "BeforeEach",
                 "AfterEach", "Assert-MockCalled", "Assert-VerifiableMock", "Invoke-Pester"):  # fmt: skip
        info = registry.get(name)
        assert info is not None and info.name == name


@pytest.mark.parametrize(("name", "example"), EXAMPLES, ids=[f"{n}: {e.code[:40]}" for n, e in EXAMPLES])
def test_example_runs(name: str, example: Example, tmp_path: Path) -> None:
    (tmp_path / "tests").mkdir()
    (tmp_path / "tests" / "one.Tests.ps1").write_text("Describe 'd' { It 'i' { 1 | Should -Be 1 } }\n")
    env = base_env(tmp_path)
    env["PWSHLITE_PESTER_FIXED_TIME"] = "1"
    result = run_cli(["-NoProfile", "-NonInteractive", "-Command", example.code], tmp_path, env)
    assert result.stderr == "", result.stderr
    assert result.status == 0
    assert "[-]" not in result.stdout
