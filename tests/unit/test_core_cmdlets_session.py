"""Unit tests for Start-/Stop-Transcript (incl. secret redaction) and Get-History."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from pwshlite.cmdlets.core import convertto_securestring  # noqa: F401  (declares a secret positional parameter)
from pwshlite.cmdlets.core._transcript import redact
from pwshlite.cmdlets.core.get_history import GetHistory
from pwshlite.cmdlets.core.start_transcript import StartTranscript
from pwshlite.cmdlets.core.stop_transcript import StopTranscript

from pwshlite.cmdlet import Cmdlet, HistoryEntry, Parameter, cmdlet

from .core_fakes import FakeContext, run, run_error


@cmdlet("Set-FakeSecretThing")
class SetFakeSecretThing(Cmdlet):
    """A test cmdlet with a secret parameter."""

    Identity: str = Parameter(position=0)
    PIN: str = Parameter(secret=True)


def test_redact_named_and_positional_secrets() -> None:
    assert (
        redact("Set-FakeSecretThing tony -PIN 135790 -Confirm:$false")
        == "Set-FakeSecretThing tony -PIN ******** -Confirm:$false"
    )
    assert redact("Set-FakeSecretThing tony -pin:'13 57'") == "Set-FakeSecretThing tony -pin:********"
    assert (
        redact("$p = ConvertTo-SecureString 'P@ss' -AsPlainText -Force")
        == "$p = ConvertTo-SecureString ******** -AsPlainText -Force"
    )
    assert (
        redact('ConvertTo-SecureString -String "x`"y" -AsPlainText')
        == "ConvertTo-SecureString -String ******** -AsPlainText"
    )
    assert redact("Get-Date -Format yyyy") == "Get-Date -Format yyyy"


def test_transcript_header_output_and_footer(tmp_path: Path) -> None:
    ctx = FakeContext(cwd=str(tmp_path))
    (started,) = run(StartTranscript, ctx, Path="t.txt")
    path = tmp_path / "t.txt"
    assert started == f"Transcript started, output file is {path}"
    ctx.write_host("hello")
    for listener in ctx.listeners:
        listener("input", "PS /> Set-FakeSecretThing tony -PIN 24680")
    (stopped,) = run(StopTranscript, ctx)
    assert stopped == f"Transcript stopped, output file is {path}"
    data = path.read_bytes()
    assert data.startswith(
        b"\xef\xbb\xbf**********************\r\nWindows PowerShell transcript start\r\nStart time: 20260304050607\r\n"
    )
    text = data.decode("utf-8-sig")
    assert "hello\r\nPS /> Set-FakeSecretThing tony -PIN ********\r\n" in text
    assert "24680" not in text
    assert text.endswith(
        "**********************\r\nWindows PowerShell transcript end\r\nEnd time: 20260304050607\r\n**********************\r\n"
    )


def test_stop_transcript_when_not_transcribing() -> None:
    record = run_error(StopTranscript, FakeContext())
    assert (
        record.message == "An error occurred stopping transcription: The host is not currently transcribing."
    )
    assert (
        record.fully_qualified_error_id
        == "InvalidOperation,Microsoft.PowerShell.Commands.StopTranscriptCommand"
    )


def test_get_history_count_id_and_redaction() -> None:
    ctx = FakeContext()
    t = datetime(2026, 1, 1)
    ctx.history_lines = [
        HistoryEntry(i, line, "Completed", t, t)
        for i, line in enumerate(["a", "Set-FakeSecretThing x -PIN 1234", "c"], 1)
    ]
    assert [h.get("Id") for h in run(GetHistory, ctx)] == [1, 2, 3]
    assert [h.get("CommandLine") for h in run(GetHistory, ctx, Count=2)] == [
        "Set-FakeSecretThing x -PIN ********",
        "c",
    ]
    (one,) = run(GetHistory, ctx, Id=[3])
    assert (
        one.type_names[0] == "Microsoft.PowerShell.Commands.HistoryInfo"
        and str(one.get("ExecutionStatus")) == "Completed"
    )
    run(GetHistory, ctx, Id=[9])
    assert ctx.errors[0].message == "Cannot locate history for Id 9."


def test_redaction_knows_secret_parameters_of_modules_not_loaded_yet() -> None:
    import subprocess
    import sys

    code = (
        "from pwshlite.cmdlets.core._transcript import redact;"
        "print(redact('Set-UMMailboxPIN -Identity tony@contoso.com -PIN 135790 -PinExpired $true'))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "Set-UMMailboxPIN -Identity tony@contoso.com -PIN ******** -PinExpired $true"
