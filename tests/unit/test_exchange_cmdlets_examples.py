"""Every Exchange cmdlet's declared examples run through the real CLI against a fresh demo organization."""

from __future__ import annotations

import importlib
import pkgutil
from pathlib import Path

import pwshlite.cmdlets.exchange_um as exchange_um
import pytest

from pwshlite.cmdlet import Example
from tests.conftest import base_env, copy_store, run_cli

_VERBS = ("get", "set", "new", "remove", "enable", "disable", "add", "search", "test", "export", "import")


def _examples() -> list[tuple[str, Example]]:
    found: list[tuple[str, Example]] = []
    for module in pkgutil.iter_modules(exchange_um.__path__):
        if module.name.startswith("_") or module.name.split("_")[0] not in _VERBS:
            continue
        mod = importlib.import_module(f"pwshlite.cmdlets.exchange_um.{module.name}")
        for obj in vars(mod).values():
            info = getattr(obj, "info", None)
            if info is not None and obj.__module__ == mod.__name__:
                found.extend((info.name, example) for example in info.examples)
    return found


EXAMPLES = _examples()


def test_every_exchange_cmdlet_declares_examples() -> None:
    assert len({name for name, _ in EXAMPLES}) == 74


@pytest.mark.parametrize("name,example", EXAMPLES, ids=[f"{n}:{i}" for i, (n, _) in enumerate(EXAMPLES)])
def test_exchange_example_runs(name: str, example: Example, tmp_path: Path, store_template: Path) -> None:
    copy_store(store_template, tmp_path)
    result = run_cli(
        ["-NoProfile", "-NonInteractive", "-Command", example.code], tmp_path, base_env(tmp_path)
    )
    assert "Traceback" not in result.stderr and "internal error" not in result.stderr, result.stderr
    assert result.stderr == "" and result.status == 0, result.stderr
