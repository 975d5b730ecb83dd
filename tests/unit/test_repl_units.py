"""Interactive-shell pieces that need no terminal: secret history filter and the completer."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import pytest
from prompt_toolkit.completion import CompleteEvent
from prompt_toolkit.document import Document

from pwshlite.cmdlet import Cmdlet, CmdletInfo, Parameter, Switch, ValidateSet, cmdlet
from pwshlite.objects import PSObject
from pwshlite.repl.completer import PwshCompleter
from pwshlite.repl.history import SecretFilteringHistory, is_secret_line


@pytest.mark.parametrize(
    "line",
    [
        "Set-UMMailboxPIN -Identity tony -Pin 123456",
        "Set-UMMailboxPIN tony -PIN:123456",
        "New-Mailbox -Name x -Password $p",
        "$s = ConvertTo-SecureString 'x' -AsPlainText -Force",
        "Connect-Thing -Credential $c",
        "$apikey = 'abc'",
        "$Token = 1",
        "Get-Secret",
    ],
)
def test_secret_lines(line: str) -> None:
    assert is_secret_line(line)


@pytest.mark.parametrize(
    "line", ["Get-UMMailboxPIN -Identity tony", "Set-UMMailboxPIN tony -PinExpired $true"]
)
def test_ordinary_lines(line: str) -> None:
    assert not is_secret_line(line)


def test_history_file_never_gets_secret_lines(tmp_path: Path) -> None:
    path = tmp_path / "h" / "history.txt"
    history = SecretFilteringHistory(path)
    history.store_string("Get-UMMailboxPIN -Identity tony")
    history.settle(sensitive=False)
    history.store_string("Set-UMMailboxPIN -Identity tony -Pin 918273")
    history.settle(sensitive=False)
    history.store_string("Enable-UMMailbox tony")
    history.settle(sensitive=True)
    text = path.read_text()
    assert "Get-UMMailboxPIN -Identity tony" in text
    assert "918273" not in text
    assert "Enable-UMMailbox" not in text


@cmdlet("Set-Widget", supports_should_process=True)
class SetWidget(Cmdlet):
    """Set-Widget: test cmdlet."""

    Identity: str = Parameter(position=0)
    Reset: Switch = Parameter(sets=("Reset",))
    Colour: str = Parameter(sets=("Paint",))
    Level: str = Parameter(validate=ValidateSet("Low", "Medium", "High"))
    Enabled: bool = Parameter()
    Force: Switch = Parameter()


class FakeIntrospection:
    def command_names(self) -> Iterable[str]:
        return ["Get-UMMailbox", "Get-UMMailboxPIN", "Get-Mailbox", "Set-Widget", "gci"]

    def command_info(self, name: str) -> CmdletInfo | None:
        return SetWidget.info if name.casefold() == "set-widget" else None

    def variable_names(self) -> Iterable[str]:
        return ["Error", "ErrorActionPreference", "p"]

    def variable_value(self, name: str) -> Any:
        return PSObject({"PinExpired": False, "LockedOut": True}) if name == "p" else None

    def identity_candidates(self, parameter: str, prefix: str) -> Iterable[str]:
        return [n for n in ("tony", "tonysmith", "Tony Smith") if n.startswith(prefix)]

    def member_names(self, value: Any) -> Iterable[str]:
        return value.names()


class FakeSession:
    def introspection(self) -> FakeIntrospection:
        return FakeIntrospection()


def _complete(text: str) -> list[str]:
    completer = PwshCompleter(FakeSession())
    got: Iterator[Any] = completer.get_completions(Document(text), CompleteEvent(completion_requested=True))
    return [c.text for c in got]


def test_command_names_prefix_and_wildcard() -> None:
    assert _complete("Get-UMM") == ["Get-UMMailbox", "Get-UMMailboxPIN"]
    assert _complete("get-*pin") == ["Get-UMMailboxPIN"]


def test_parameters_skip_bound_ones() -> None:
    assert _complete("Set-Widget -Identity x -") == [
        "-Colour", "-Confirm", "-Debug", "-Enabled", "-ErrorAction", "-ErrorVariable", "-Force", "-InformationAction",
        "-InformationVariable", "-Level", "-OutBuffer", "-OutVariable", "-PipelineVariable", "-Reset", "-Verbose",
        "-WarningAction", "-WarningVariable", "-WhatIf",
    ]  # fmt: skip
    assert _complete("Get-Mailbox | Set-Widget -Le") == ["-Level"]


def test_values() -> None:
    assert _complete("Set-Widget -Level m") == ["Medium"]
    assert _complete("Set-Widget -Enabled $") == ["$false", "$true"]
    assert _complete("Set-Widget -Enabled ") == ["$false", "$true"]
    assert _complete("Set-Widget -Identity tony") == ["tony", "tonysmith"]
    assert _complete("Set-Widget -Identity T") == ["'Tony Smith'"]


def test_variables_and_members() -> None:
    assert _complete("$Err") == ["$Error", "$ErrorActionPreference"]
    assert _complete("$p.Loc") == ["$p.LockedOut"]


def test_highlighting_uses_pygments_powershell_lexer() -> None:
    from prompt_toolkit.lexers import PygmentsLexer

    from pwshlite.repl.lexer import make_lexer

    lexer = make_lexer(True)
    assert isinstance(lexer, PygmentsLexer)
    assert lexer.pygments_lexer.name == "PowerShell"
    assert make_lexer(False) is None


def test_parameters_of_other_sets_are_left_out() -> None:
    assert "-Colour" not in _complete("Set-Widget -Reset -")
    assert "-Reset" not in _complete("Set-Widget -Colour red -")
    assert "-Level" in _complete("Set-Widget -Colour red -")
