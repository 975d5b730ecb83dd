"""Parse errors rendered exactly as Windows PowerShell 5.1 shows them (formatting.md §10.8)."""

from __future__ import annotations

import pytest

from pwshlite.errors import ParseFailure
from pwshlite.syntax.parser import parse

error_view = pytest.importorskip("pwshlite.format.error_view")

TAIL = "    + CategoryInfo          : ParserError: (:) [], ParentContainsErrorRecordException\n"


def render(src: str, path: str | None = None) -> str:
    with pytest.raises(ParseFailure) as info:
        parse(src, path)
    return str(error_view.render_parse_failure(info.value))


def test_and_and_renders_like_5_1() -> None:
    assert render("cd C:\\temp && dir") == (
        "At line:1 char:12\n"
        "+ cd C:\\temp && dir\n"
        "+            ~~\n"
        "The token '&&' is not a valid statement separator in this version.\n"
        + TAIL
        + "    + FullyQualifiedErrorId : InvalidEndOfLine\n"
        " \n"
    )


def test_missing_end_curly_brace() -> None:
    assert render("if ($x) {\n  Get-Foo\n") == (
        "At line:1 char:9\n"
        "+ if ($x) {\n"
        "+         ~\n"
        "Missing closing '}' in statement block or type definition.\n"
        + TAIL
        + "    + FullyQualifiedErrorId : MissingEndCurlyBrace\n"
        " \n"
    )


def test_empty_pipe_element() -> None:
    assert render("Get-Mailbox |") == (
        "At line:1 char:14\n"
        "+ Get-Mailbox |\n"
        "+              ~\n"
        "An empty pipe element is not allowed.\n" + TAIL + "    + FullyQualifiedErrorId : EmptyPipeElement\n"
        " \n"
    )


def test_unexpected_token_in_script_file() -> None:
    assert render("Get-Foo\n$x = 1 $y = 2\n", "C:\\scripts\\a.ps1") == (
        "At C:\\scripts\\a.ps1:2 char:8\n"
        "+ $x = 1 $y = 2\n"
        "+        ~~\n"
        "Unexpected token '$y' in expression or statement.\n"
        + TAIL
        + "    + FullyQualifiedErrorId : UnexpectedToken\n"
        " \n"
    )


def test_unterminated_string() -> None:
    assert render('Write-Host "abc') == (
        "At line:1 char:12\n"
        '+ Write-Host "abc\n'
        "+            ~~~~\n"
        'The string is missing the terminator: ".\n'
        + TAIL
        + "    + FullyQualifiedErrorId : TerminatorExpectedAtEndOfString\n"
        " \n"
    )


def test_missing_value_after_operator() -> None:
    assert render("$total = $a +") == (
        "At line:1 char:14\n"
        "+ $total = $a +\n"
        "+              ~\n"
        "You must provide a value expression following the '+' operator.\n"
        + TAIL
        + "    + FullyQualifiedErrorId : ExpectedValueExpression\n"
        " \n"
    )


def test_two_errors_follow_each_other() -> None:
    assert render("function f {\n  if ($x) {\n") == (
        "At line:2 char:11\n"
        "+   if ($x) {\n"
        "+           ~\n"
        "Missing closing '}' in statement block or type definition.\n"
        "At line:1 char:12\n"
        "+ function f {\n"
        "+            ~\n"
        "Missing closing '}' in statement block or type definition.\n"
        + TAIL
        + "    + FullyQualifiedErrorId : MissingEndCurlyBrace\n"
        " \n"
    )


def test_here_string_header_error_as_5_1_prints_it() -> None:
    # Output observed from Windows PowerShell 5.1 when a cmd.exe line was pasted into the console.
    src = (
        '@"%SystemRoot%\\System32\\WindowsPowerShell\\v1.0\\powershell.exe" -NoProfile -InputFormat None '
        '-ExecutionPolicy Bypass -Command "iex ((New-Object System.Net.WebClient).DownloadString('
        '\'https://chocolatey.org/install.ps1\'))" && SET "PATH=%PATH%;%ALLUSERSPROFILE%\\chocolatey\\bin"'
    )
    assert render(src) == (
        "At line:1 char:3\n"
        '+ @"%SystemRoot%\\System32\\WindowsPowerShell\\v1.0\\powershell.exe" -NoPro ...\n'
        "+   ~\n"
        "No characters are allowed after a here-string header but before the end of the line.\n"
        + TAIL
        + "    + FullyQualifiedErrorId : UnexpectedCharactersAfterHereStringHeader\n"
        " \n"
    )


def _head(text: str) -> str:
    """The position lines and message (the category line differs between -File and the console)."""
    return "".join(text.splitlines(keepends=True)[:4])


def test_pipe_at_start_of_line_as_5_1_prints_it() -> None:
    # Observed from 5.1 running a script file whose pipeline continued with a leading `|`.
    src = 'Get-ChildItem $targetDir \n    | ForEach-Object {\n        Write-Output "$($_.Name)"\n    }\n'
    assert _head(render(src, "C:\\Users\\spenc\\Downloads\\blah.ps1")) == (
        "At C:\\Users\\spenc\\Downloads\\blah.ps1:2 char:5\n"
        "+     | ForEach-Object {\n"
        "+     ~\n"
        "An empty pipe element is not allowed.\n"
    )


def test_pipe_after_a_statement_block_as_5_1_prints_it() -> None:
    # Observed from 5.1: a foreach statement cannot be piped.
    src = "foreach ($f in $files) {\n  $t = Get-Content $f.FullName -Raw\n} | Format-Table -AutoSize\n"
    assert _head(render(src)) == (
        "At line:3 char:3\n+ } | Format-Table -AutoSize\n+   ~\nAn empty pipe element is not allowed.\n"
    )
