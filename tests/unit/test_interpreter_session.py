"""Session API used by the CLI and the REPL: persistence, resources, run_file arguments, exit codes."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

from pwshlite.runtime.session import Session, SessionConfig


def make() -> tuple[Session, io.StringIO, io.StringIO]:
    out, err = io.StringIO(), io.StringIO()
    return Session(stdout=out, stderr=err, width=119, user="admin"), out, err


def test_state_persists_between_command_lines() -> None:
    session, out, _ = make()
    assert session.run_text("$x = 41; function Get-Next { $x + 1 }") == 0
    assert session.run_text("Get-Next") == 0
    assert out.getvalue() == "42\n"


class Service:
    created = 0

    def __init__(self, config: SessionConfig) -> None:
        Service.created += 1
        self.config = config


class NoConfigService:
    def __init__(self) -> None:
        self.value = 1


def test_resource_is_constructed_once_with_the_config() -> None:
    session, _, _ = make()
    first: Any = session.resource(Service)
    assert session.resource(Service) is first
    assert Service.created == 1
    assert first.config.user == "admin"
    assert session.resource(NoConfigService).value == 1


def test_run_file_binds_named_and_positional_arguments(tmp_path: Path) -> None:
    script = tmp_path / "s.ps1"
    script.write_text('param([string]$Name, [int]$Count = 1, [switch]$Loud)\n"$Name $($Count * 2) $Loud"\n')
    session, out, _ = make()
    assert session.run_file(str(script), ["-Count", "3", "Tony", "-Loud"]) == 0
    assert out.getvalue() == "Tony 6 True\n"


def test_run_file_exit_code_and_last_exit_code(tmp_path: Path) -> None:
    script = tmp_path / "e.ps1"
    script.write_text("'x'\nexit 9\n")
    session, _, _ = make()
    assert session.run_file(str(script), []) == 9
    assert session.last_exit_code == 9
    assert session.exit_requested


def test_run_text_exit_status_follows_last_statement() -> None:
    session, _, err = make()
    assert session.run_text("Get-Nope; 'ok'") == 0
    assert session.run_text("'ok'; Get-Nope") == 1
    assert "CommandNotFoundException" in err.getvalue()
    assert session.last_exit_code == 1


def test_parse_error_reports_and_returns_one() -> None:
    session, out, err = make()
    assert session.run_text("if (") == 1
    assert "ParserError" in err.getvalue()
    assert out.getvalue() == ""


def test_history_records_command_lines() -> None:
    session, _, _ = make()
    session.run_text("1")
    session.run_text("2")
    assert [h.command_line for h in session.history_entries] == ["1", "2"]


def test_host_listeners_see_output() -> None:
    session, _, _ = make()
    seen: list[tuple[str, str]] = []
    session.host_listeners.append(lambda kind, text: seen.append((kind, text)))
    session.run_text("'hello'; Write-Warning 'w'")
    assert ("output", "hello") in seen
    assert ("warning", "WARNING: w") in seen


def test_parse_errors_are_recorded_in_error() -> None:
    session, out, _ = make()
    session.run_text("if (")
    session.run_text("$Error[0].FullyQualifiedErrorId; $Error.Count")
    assert out.getvalue().splitlines()[-1] == "1"


def interactive(stdin_text: str, monkeypatch: Any) -> tuple[Session, io.StringIO]:
    monkeypatch.setattr("sys.stdin", io.StringIO(stdin_text))
    out = io.StringIO()
    return Session(stdout=out, stderr=io.StringIO(), interactive=True, non_interactive=False, width=119), out


CONFIRMING = (
    "function Remove-It { [CmdletBinding(SupportsShouldProcess, ConfirmImpact = 'High')] param($N) "
    'if ($PSCmdlet.ShouldProcess($N)) { "removed $N" } }; '
)


def test_confirm_prompt_yes_and_no(monkeypatch: Any) -> None:
    session, out = interactive("y\nn\n", monkeypatch)
    session.run_text(CONFIRMING + "Remove-It a; Remove-It b")
    text = out.getvalue()
    assert "\nConfirm\nAre you sure you want to perform this action?\n" in text
    assert 'Performing the operation "Remove-It" on target "a".' in text
    assert '[Y] Yes  [A] Yes to All  [N] No  [L] No to All  [S] Suspend  [?] Help (default is "Y"): ' in text
    assert "removed a" in text and "removed b" not in text


def test_mandatory_parameter_prompt(monkeypatch: Any) -> None:
    session, out = interactive("tony\n", monkeypatch)
    session.run_text('function Need-It { param([Parameter(Mandatory)]$Name) "hi $Name" }; Need-It')
    text = out.getvalue()
    assert (
        "cmdlet Need-It at command pipeline position 1\nSupply values for the following parameters:\nName: "
        in text
    )
    assert text.endswith("hi tony\n")


def _shared_console() -> tuple[Session, io.StringIO]:
    both = io.StringIO()  # stdout and stderr on one console, as a terminal shows them
    return Session(stdout=both, stderr=both, width=119, user="admin"), both


def test_error_prints_among_rows_buffered_for_auto_size() -> None:
    # formatting spec §10.10 [S]: an error emitted while a table group is buffered for auto-size is queued
    # with the rows and printed at its place between them, after the widths are known
    session, both = _shared_console()
    script = (
        "function f { process { [pscustomobject]@{ A = $_; B = 'x' * $_ }; if ($_ -eq 2) { Write-Error boom } } }\n"
        "1..3 | f"
    )
    assert session.run_text(script) == 1
    lines = [line.rstrip() for line in both.getvalue().splitlines()]
    start = lines.index("A B")
    assert lines[start : start + 4] == ["A B", "- -", "1 x", "2 xx"]
    assert lines[start + 4].startswith("f : boom")
    assert "3 xxx" in lines[start + 5 :]


def test_terminating_error_prints_after_the_flushed_table() -> None:
    # formatting spec §10.10 [I]: a terminating error flushes the buffered group with its end lines first
    session, both = _shared_console()
    script = (
        "function f { process { [pscustomobject]@{ A = $_ }; if ($_ -eq 2) { throw 'stop' } } }\n1..3 | f"
    )
    assert session.run_text(script) == 1
    text = both.getvalue()
    assert text.index("2") < text.index("stop")
    assert text.startswith("\nA\n-\n1\n2\n\n\nstop\n")
