"""The interactive shell driven in a real pseudo-terminal (pexpect): prompts, continuation, completion,
pasting, Ctrl+C, history without secrets, parse errors."""

from __future__ import annotations

import os
import re
import shutil
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

pexpect = pytest.importorskip("pexpect")

from tests.conftest import base_env, copy_store  # noqa: E402

START = "\x1b[?2004h"
ACCEPTED = "\x1b[?2004l"
PASTE_START = "\x1b[200~"
PASTE_END = "\x1b[201~"
ANSI = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]|\x1b\][^\x07]*\x07|\r")


class Shell:
    """A running `pwshlite -NoLogo` in a pty, with helpers that ignore terminal escape sequences."""

    def __init__(self, cwd: Path, env: dict[str, str], args: tuple[str, ...] = ()) -> None:
        exe = shutil.which("pwshlite", path=os.path.dirname(sys.executable)) or "pwshlite"
        self.child = pexpect.spawn(
            exe, ["-NoLogo", *args], cwd=str(cwd), env=env, encoding="utf-8", dimensions=(50, 120), timeout=30
        )
        self.prompt = f"[PS] {cwd}>"
        self.expect_prompt()

    def expect_prompt(self) -> str:
        """Wait until the shell shows its next prompt; return what was printed since the last Enter.

        prompt_toolkit enables bracketed paste when a prompt starts and disables it when a line is
        accepted, which marks where command output begins and ends."""
        self.child.expect_exact(START)
        text = ANSI.sub("", self.child.before)
        self.child.expect_exact(self.prompt)
        return text

    def run(self, line: str) -> str:
        """Type a line, press Enter, return the text printed before the next prompt."""
        self.child.send(line + "\r")
        self.child.expect_exact(ACCEPTED)
        return self.expect_prompt()

    def close(self) -> None:
        if self.child.isalive():
            self.child.sendcontrol("d")
            self.child.expect(pexpect.EOF)


@pytest.fixture
def shell(tmp_path: Path, store_template: Path) -> Iterator[Shell]:
    copy_store(store_template, tmp_path)
    env = base_env(tmp_path)
    env.update(TERM="xterm", PROMPT_TOOLKIT_NO_CPR="1")
    sh = Shell(tmp_path, env)
    yield sh
    sh.close()


def test_runs_a_command_and_returns_to_the_prompt(shell: Shell) -> None:
    out = shell.run("Get-UMMailboxPIN -Identity tony@contoso.com")
    assert "UserID" in out and "tony@contoso.com" in out


def test_continuation_prompt_after_open_brace(shell: Shell) -> None:
    shell.child.send("if ($true) {\r")
    shell.child.expect_exact(">>")
    out = shell.run("'inside' }")
    assert "inside" in out


def test_pasted_block_with_here_string_runs_like_a_script(shell: Shell) -> None:
    block = (
        'function Show {\r\n$text = @"\r\nline one\r\n\r\nline $(1+1)\r\n"@\r\n$text.Split("`n").Count\r\n}'
    )
    shell.child.send(PASTE_START + block + PASTE_END)
    shell.child.expect_exact(".Count")
    out = shell.run("; Show")
    assert out.strip().splitlines()[-1] == "3", out


def test_tab_completes_cmdlet_parameter_and_identity(shell: Shell) -> None:
    shell.child.send("Get-UMMailboxPi\t")
    shell.child.expect_exact("Get-UMMailboxPin")
    shell.child.send(" -Ide\t")
    shell.child.expect_exact("-Identity")
    shell.child.send(" tonys\t")
    shell.child.expect_exact("tonysmith")
    out = shell.run("")
    assert "tonysmith" in out and "PinExpired" in out


def test_parse_error_is_shown_with_its_marker(shell: Shell) -> None:
    out = shell.run("cd C:\\temp && dir")
    assert (
        "+ cd C:\\temp && dir\n+            ~~\nThe token '&&' is not a valid statement separator in this version."
        in out
    )


def test_ctrl_c_stops_a_long_pipeline_and_runs_finally(shell: Shell) -> None:
    shell.child.send("try { while ($true) { $i++ } } finally { 'cleaned up' }\r")
    shell.child.expect_exact(ACCEPTED)
    time.sleep(1.5)
    shell.child.sendcontrol("c")
    out = shell.expect_prompt()
    assert "cleaned up" in out
    assert "alive" in shell.run("'alive'")


def test_history_file_has_no_secret_lines(shell: Shell, tmp_path: Path) -> None:
    shell.run("Get-UMMailboxPIN -Identity tony | Out-Null")
    shell.run("Set-UMMailboxPIN -Identity tony -Pin 97531864 -Confirm:$false")
    shell.run("$p = @{ Identity = 'tonysmith'; Pin = '86427531' }")
    shell.run("Set-UMMailboxPIN @p")
    shell.close()
    history = (tmp_path / "history.txt").read_text()
    assert "Get-UMMailboxPIN -Identity tony | Out-Null" in history
    assert "97531864" not in history
    assert "Set-UMMailboxPIN @p" not in history  # a cmdlet with a secret parameter ran for this line


def test_no_exit_keeps_the_session_after_command(tmp_path: Path, store_template: Path) -> None:
    copy_store(store_template, tmp_path)
    env = base_env(tmp_path)
    env.update(TERM="xterm", PROMPT_TOOLKIT_NO_CPR="1")
    sh = Shell(tmp_path, env, ("-NoExit", "-Command", "$x = 41"))
    try:
        assert sh.run("$x + 1").strip() == "42"
        sh.child.send("exit 3\r")
        sh.child.expect(pexpect.EOF)
        sh.child.close()
        assert sh.child.exitstatus == 3
    finally:
        sh.close()


def test_custom_prompt_function(shell: Shell) -> None:
    shell.child.send("function prompt { 'EMS> ' }\r")
    shell.child.expect_exact(ACCEPTED)
    shell.child.expect_exact("EMS>")
    shell.child.send("'after'\r")
    shell.child.expect_exact("after")
    shell.prompt = "EMS>"
    shell.expect_prompt()


def test_get_invoke_and_clear_history(shell: Shell) -> None:
    shell.run("'first'")
    shell.run("'second'")
    assert "'second'" in shell.run("Get-History | Format-Table Id, CommandLine -HideTableHeaders")
    out = shell.run("Invoke-History 1")
    assert out.strip().splitlines() == ["'first'", "first"]
    shell.run("Clear-History")
    # the Clear-History line itself is added after it ran, as in PowerShell
    assert shell.run("(Get-History).CommandLine").strip() == "Clear-History"


def test_transcript_records_typed_lines_without_pins(shell: Shell, tmp_path: Path) -> None:
    shell.run("Start-Transcript -Path ./t.txt | Out-Null")
    shell.run("Set-UMMailboxPIN -Identity tony -Pin 97531864 -Confirm:$false | Out-Null")
    shell.run("'marker-line'")
    shell.run("Stop-Transcript | Out-Null")
    text = (tmp_path / "t.txt").read_text(encoding="utf-8-sig")
    assert "'marker-line'" in text and "marker-line" in text
    assert "Set-UMMailboxPIN -Identity tony" in text
    assert "97531864" not in text


def test_read_host_as_secure_string_is_masked_and_kept_out_of_history(shell: Shell, tmp_path: Path) -> None:
    shell.child.send("$s = Read-Host -Prompt 'New PIN' -AsSecureString\r")
    shell.child.expect_exact("New PIN:")
    shell.child.send("24681357\r")
    out = shell.expect_prompt()
    assert "24681357" not in out
    assert shell.run("$s").strip() == "System.Security.SecureString"
    shell.child.send("$n = Read-Host 'Name'\r")
    shell.child.expect_exact("Name:")
    shell.child.send("tony\r")
    shell.expect_prompt()
    assert shell.run("$n").strip() == "tony"
    shell.close()
    assert "24681357" not in (tmp_path / "history.txt").read_text()


def test_help_pages_long_text(shell: Shell) -> None:
    shell.child.send("help Set-UMMailboxPIN -Full\r")
    shell.child.expect_exact(ACCEPTED)
    shell.child.expect_exact("-- More --")
    first_screen = ANSI.sub("", shell.child.before)
    assert "Set-UMMailboxPIN" in first_screen
    shell.child.send("q\r")
    shell.expect_prompt()
    assert "ok" in shell.run("'ok'")


def test_errors_are_red_on_a_colour_terminal(tmp_path: Path, store_template: Path) -> None:
    copy_store(store_template, tmp_path)
    env = base_env(tmp_path)
    env.pop("NO_COLOR", None)
    env["TERM"] = "xterm"
    exe = shutil.which("pwshlite", path=os.path.dirname(sys.executable)) or "pwshlite"
    child = pexpect.spawn(exe, ["-NoProfile", "-Command", "Write-Warning 'careful'; Get-Foo"], cwd=str(tmp_path),
                          env=env, encoding="utf-8", timeout=30)  # fmt: skip
    child.expect_exact("\x1b[93;40mWARNING: careful\x1b[0m")
    child.expect_exact("\x1b[91;40mGet-Foo : The term 'Get-Foo' is not recognized")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 1


def test_no_color_option_keeps_errors_plain(tmp_path: Path, store_template: Path) -> None:
    copy_store(store_template, tmp_path)
    env = base_env(tmp_path)
    env.pop("NO_COLOR", None)
    env["TERM"] = "xterm"
    exe = shutil.which("pwshlite", path=os.path.dirname(sys.executable)) or "pwshlite"
    child = pexpect.spawn(exe, ["-NoColor", "-Command", "Get-Foo"], cwd=str(tmp_path), env=env, encoding="utf-8",
                          timeout=30)  # fmt: skip
    child.expect(pexpect.EOF)
    assert "Get-Foo : The term 'Get-Foo'" in child.before
    assert "\x1b[" not in child.before
