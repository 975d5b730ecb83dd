"""Every core cmdlet's declared examples run through the real CLI (nushell-style examples as tests).

Examples titled "(interactive)" need a console and are only checked to fail with 5.1's NonInteractive
error; Write-Error's examples must write their error; every other example must run without errors.
"""

from __future__ import annotations

import importlib
import pkgutil
from pathlib import Path

import pwshlite.cmdlets.core as core
import pytest

from pwshlite.cmdlet import Example
from tests.conftest import base_env, run_cli

# The core cmdlets this test file covers (the engine's own cmdlets in the folder have their own tests).
CORE_CMDLETS = frozenset(
    """Write-Host Write-Error Write-Warning Write-Verbose Write-Debug Write-Information Write-Progress Out-Null
    Get-Variable Set-Variable New-Variable Remove-Variable Clear-Variable Get-Date New-TimeSpan Get-Random
    Start-Sleep Read-Host ConvertTo-SecureString ConvertFrom-SecureString Get-Credential New-Object Add-Member
    Get-Member Get-Content Set-Content Add-Content Clear-Content Test-Path Get-ChildItem Get-Item New-Item
    Remove-Item Copy-Item Move-Item Rename-Item Join-Path Split-Path Resolve-Path Get-Location Set-Location
    Push-Location Pop-Location Start-Transcript Stop-Transcript Get-History""".split()
)


def _examples() -> list[tuple[str, Example]]:
    found: list[tuple[str, Example]] = []
    for module in pkgutil.iter_modules(core.__path__):
        if module.name.startswith("_"):
            continue
        mod = importlib.import_module(f"pwshlite.cmdlets.core.{module.name}")
        for obj in vars(mod).values():
            info = getattr(obj, "info", None)
            if info is not None and obj.__module__ == mod.__name__ and info.name in CORE_CMDLETS:
                found.extend((info.name, example) for example in info.examples)
    return found


EXAMPLES = _examples()


def test_every_core_cmdlet_declares_examples() -> None:
    names = {name for name, _ in EXAMPLES}
    assert names == CORE_CMDLETS


@pytest.mark.parametrize("name,example", EXAMPLES, ids=[f"{n}:{i}" for i, (n, _) in enumerate(EXAMPLES)])
def test_core_example_runs(name: str, example: Example, tmp_path: Path) -> None:
    result = run_cli(
        ["-NoProfile", "-NonInteractive", "-Command", example.code], tmp_path, base_env(tmp_path)
    )
    assert "Traceback" not in result.stderr and "internal error" not in result.stderr, result.stderr
    if "(interactive)" in example.title:
        assert "NonInteractive mode" in result.stderr
    elif name == "Write-Error":
        assert result.stderr and result.status == 1
    else:
        assert result.stderr == "" and result.status == 0, result.stderr
