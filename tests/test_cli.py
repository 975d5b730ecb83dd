"""The command line itself: options, prefixes, encodings, --check, exit codes."""

from __future__ import annotations

from pathlib import Path

import pytest

from pwshlite import __version__
from pwshlite.cli import Options, UsageError, parse_args, read_script
from tests.conftest import base_env, run_cli


def test_version(tmp_path: Path) -> None:
    result = run_cli(["--version"], tmp_path)
    assert result.stdout == f"pwshlite {__version__} (PowerShell 5.1 compatible)\n"
    assert result.status == 0


@pytest.mark.parametrize("flag", ["--help", "-Help", "-?", "-h"])
def test_help(flag: str, tmp_path: Path) -> None:
    result = run_cli([flag], tmp_path)
    assert result.stdout.startswith("pwshlite ")
    assert "--check FILE..." in result.stdout


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        (["-Command", "Write-Output", "1"], Options(command="Write-Output 1")),
        (["-c", "x"], Options(command="x")),
        (["-COMMAND", "x"], Options(command="x")),
        (["--command", "x"], Options(command="x")),
        (["-nop", "-noni", "-c", "x"], Options(command="x", non_interactive=True)),
        (["-NoColor", "-c", "x"], Options(command="x", no_color=True)),
        (
            ["-NoLogo", "-File", "a.ps1", "1", "-x"],
            Options(file="a.ps1", script_args=["1", "-x"], no_logo=True),
        ),
        (["-f", "a.ps1"], Options(file="a.ps1")),
        (["a.ps1", "b"], Options(file="a.ps1", script_args=["b"])),
        (["--check", "a.ps1", "b.ps1"], Options(check=["a.ps1", "b.ps1"])),
        (["--store", "x.db", "--as", "jane", "-c", "1"], Options(command="1", store="x.db", user="jane")),
    ],
)
def test_parse_args(argv: list[str], expected: Options) -> None:
    assert parse_args(argv) == expected


def test_unknown_option_is_usage_error(tmp_path: Path) -> None:
    with pytest.raises(UsageError):
        parse_args(["-Bogus"])
    result = run_cli(["-Bogus"], tmp_path)
    assert result.status == 64
    assert "-Bogus" in result.stderr
    assert "Traceback" not in result.stderr


def test_missing_file(tmp_path: Path) -> None:
    result = run_cli(["-File", "nope.ps1"], tmp_path)
    assert result.status == 64
    assert result.stderr == (
        "The argument 'nope.ps1' to the -File parameter does not exist. Provide the path to an existing "
        "'.ps1' file as an argument to the -File parameter.\n"
    )


@pytest.mark.parametrize(
    ("data", "text"),
    [
        (b"Write-Output 1\r\n", "Write-Output 1\r\n"),
        (b"\xef\xbb\xbfWrite-Output '\xc3\xa9'\n", "Write-Output '\u00e9'\n"),
        ("\ufeffWrite-Output 1\r\n".encode("utf-16-le"), "Write-Output 1\r\n"),
        ("\ufeffWrite-Output 1\n".encode("utf-16-be"), "Write-Output 1\n"),
        (b"Write-Output '\xe9'\n", "Write-Output '\u00e9'\n"),
    ],
)
def test_read_script_encodings(data: bytes, text: str, tmp_path: Path) -> None:
    path = tmp_path / "s.ps1"
    path.write_bytes(data)
    assert read_script(str(path)) == text


def test_check_reports_parse_errors(tmp_path: Path) -> None:
    good = tmp_path / "good.ps1"
    good.write_text("Get-UMMailboxPIN -Identity tony@contoso.com\n", encoding="utf-8")
    bad = tmp_path / "bad.ps1"
    bad.write_bytes("cd C:\\temp && dir\r\n".encode("utf-16-le").join([b"\xff\xfe", b""]))
    assert run_cli(["--check", str(good)], tmp_path).status == 0
    result = run_cli(["--check", str(good), str(bad)], tmp_path, base_env(tmp_path))
    assert result.status == 1
    assert result.stdout == ""
    assert result.stderr == (
        f"At {bad}:1 char:12\n"
        "+ cd C:\\temp && dir\n"
        "+            ~~\n"
        "The token '&&' is not a valid statement separator in this version.\n"
        "    + CategoryInfo          : ParserError: (:) [], ParentContainsErrorRecordException\n"
        "    + FullyQualifiedErrorId : InvalidEndOfLine\n"
        " \n"
    )


def test_check_missing_file(tmp_path: Path) -> None:
    result = run_cli(["--check", "nope.ps1"], tmp_path)
    assert result.status == 1
    assert "nope.ps1" in result.stderr
