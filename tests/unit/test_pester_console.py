"""Golden tests of Invoke-Pester's console report (Pester 4 layout) through the CLI.

Durations are fixed with PWSHLITE_PESTER_FIXED_TIME=1; the temporary folder is shown as <DIR>.
Expected text follows Pester 4's Functions/Output.ps1 (headers, `[+]`/`[-]`/`[!]`/`[?]` lines,
failure lines two spaces deeper, `Tests completed in` and the `Tests Passed:` summary).
"""

from __future__ import annotations

from pathlib import Path

from tests.conftest import base_env, run_cli

LAYOUT = """\
Describe 'Layout' {
    It 'passes' { 1 + 1 | Should -Be 2 }
    It 'has no Should and passes' { $x = 1 }
    It 'fails' {
        1 | Should -Be 2
    }
    It 'compares strings' { 'voicemail' | Should -BeExactly 'VoiceMail' }
    It 'throws' { throw 'the mailbox is gone' }
    It 'is skipped' -Skip { 1 | Should -Be 2 }
    It 'is pending' -Pending { }
    It 'doubles <n> to <twice>' -TestCases @{ n = 1; twice = 2 }, @{ n = 2; twice = 5 } {
        param($n, $twice)
        $n * 2 | Should -Be $twice
    }
    Context 'mocks' {
        It 'refuses an unknown command' { Mock Get-NoSuchCommand { 1 } }
    }
}
Describe 'Broken setup' {
    BeforeAll { throw 'no organization' }
    It 'never runs' { 1 | Should -Be 1 }
}
"""

EXPECTED = (
    """\
Executing all tests in '.'

Executing script <DIR>/A.Tests.ps1

  Describing Layout
    [+] passes 0ms
    [+] has no Should and passes 0ms
    [-] fails 0ms
      Expected 2, but got 1.
      5:         1 | Should -Be 2
      at <ScriptBlock>, <DIR>/A.Tests.ps1: line 5
    [-] compares strings 0ms
      Expected strings to be the same, but they were different.
      String lengths are both 9.
      Strings differ at index 0.
      Expected: 'VoiceMail'
      But was:  'voicemail'
      -----------^
      7:     It 'compares strings' { 'voicemail' | Should -BeExactly 'VoiceMail' }
      at <ScriptBlock>, <DIR>/A.Tests.ps1: line 7
    [-] throws 0ms
      RuntimeException: the mailbox is gone
      at <ScriptBlock>, <DIR>/A.Tests.ps1: line 8
    [!] is skipped, is skipped 0ms
    [?] is pending, is pending 0ms
    [+] doubles 1 to 2 0ms
    [-] doubles 2 to 5 0ms
      Expected 5, but got 4.
      13:         $n * 2 | Should -Be $twice
      at <ScriptBlock>, <DIR>/A.Tests.ps1: line 13

  Context mocks
      [-] refuses an unknown command 0ms
        RuntimeException: Could not find Command Get-NoSuchCommand
        at <ScriptBlock>, <DIR>/A.Tests.ps1: line 16

  Describing Broken setup
    [-] Error occurred in Describe block 0ms
      RuntimeException: no organization
      at <ScriptBlock>, <DIR>/A.Tests.ps1: line 20

Executing script <DIR>/B.Tests.ps1
  [-] Error occurred in test script '<DIR>/B.Tests.ps1' 0ms
    ParseException: At <DIR>/B.Tests.ps1:2 char:12
    +     It 'x' {
    +            ~
    Missing closing '}' in statement block or type definition.
    At <DIR>/B.Tests.ps1:1 char:23
    + Describe 'Unfinished' {
    +                       ~
    Missing closing '}' in statement block or type definition.
    at <ScriptBlock>, <DIR>/B.Tests.ps1: line 2
Tests completed in 0ms
Tests Passed: 3, Failed: 7, Skipped: 1, Pending: 1, Inconclusive: 0"""
    + " \n"
)  # the summary ends with a space


def _run(tmp_path: Path, script: str) -> tuple[str, str, int]:
    env = base_env(tmp_path)
    env["PWSHLITE_PESTER_FIXED_TIME"] = "1"
    result = run_cli(["-NoProfile", "-NonInteractive", "-Command", script], tmp_path, env)
    return result.stdout.replace(str(tmp_path), "<DIR>"), result.stderr, result.status


def _files(tmp_path: Path) -> None:
    (tmp_path / "A.Tests.ps1").write_text(LAYOUT, encoding="utf-8")
    (tmp_path / "B.Tests.ps1").write_text("Describe 'Unfinished' {\n    It 'x' {\n", encoding="utf-8")


def test_console_layout_and_exit_code(tmp_path: Path) -> None:
    _files(tmp_path)
    stdout, stderr, status = _run(tmp_path, "Invoke-Pester -Path . -EnableExit")
    assert stdout == EXPECTED
    assert stderr == ""
    assert status == 7  # -EnableExit: the number of failed tests, as Pester 4's $host.SetShouldExit


def test_without_enable_exit_the_command_succeeds(tmp_path: Path) -> None:
    _files(tmp_path)
    _, _, status = _run(tmp_path, "Invoke-Pester -Path ./A.Tests.ps1 -Show None")
    assert status == 0


def test_show_summary_only(tmp_path: Path) -> None:
    _files(tmp_path)
    stdout, _, _ = _run(tmp_path, "Invoke-Pester -Path ./A.Tests.ps1 -Show Summary")
    assert (
        stdout
        == "Tests completed in 0ms\nTests Passed: 3, Failed: 6, Skipped: 1, Pending: 1, Inconclusive: 0 \n"
    )


def test_describe_outside_invoke_pester(tmp_path: Path) -> None:
    (tmp_path / "direct.Tests.ps1").write_text(
        "Describe 'direct' {\n  It 'works' { 1 | Should -Be 1 }\n"
        "  Context 'inner' { It 'fails' { $true | Should -BeFalse -Because 'it is a demo' } }\n}\n",
        encoding="utf-8",
    )
    env = base_env(tmp_path)
    env["PWSHLITE_PESTER_FIXED_TIME"] = "1"
    result = run_cli(["-NoProfile", "-NonInteractive", "-File", "direct.Tests.ps1"], tmp_path, env)
    assert result.stdout.replace(str(tmp_path), "<DIR>") == (
        "\nDescribing direct\n"
        "  [+] works 0ms\n"
        "\n  Context inner\n"
        "    [-] fails 0ms\n"
        "      Expected $false, because it is a demo, but got $true.\n"
        "      3:   Context 'inner' { It 'fails' { $true | Should -BeFalse -Because 'it is a demo' } }\n"
        "      at <ScriptBlock>, <DIR>/direct.Tests.ps1: line 3\n"
    )


def test_passthru_filters_and_counts(tmp_path: Path) -> None:
    (tmp_path / "t.Tests.ps1").write_text(
        "Describe 'fast one' -Tag Fast { It 'a' { 1 | Should -Be 1 } }\n"
        "Describe 'slow one' -Tag Slow { It 'b' { 1 | Should -Be 2 } }\n",
        encoding="utf-8",
    )
    script = (
        "$r = Invoke-Pester ./t.Tests.ps1 -PassThru -Show None -ExcludeTag Slow\n"
        "'{0} {1} {2}' -f $r.TotalCount, $r.PassedCount, $r.FailedCount\n"
        "$r = Invoke-Pester ./t.Tests.ps1 -PassThru -Show None -TestName 'slow*'\n"
        "'{0} {1} {2} {3}' -f $r.TotalCount, $r.FailedCount, $r.TestResult[0].Describe, $r.TestResult[0].Result\n"
        "$r = Invoke-Pester ./t.Tests.ps1 -PassThru -Show None -Tag fast\n"
        "$r.TestResult.Name\n"
    )
    stdout, stderr, _ = _run(tmp_path, script)
    assert stderr == ""
    assert stdout == "1 1 0\n1 1 slow one Failed\na\n"


def test_script_hashtable_parameters_and_missing_path(tmp_path: Path) -> None:
    (tmp_path / "param.Tests.ps1").write_text(
        "param($Who = 'nobody')\nDescribe 'params' { It 'gets its parameter' { $Who | Should -Be 'tony' } }\n",
        encoding="utf-8",
    )
    script = (
        "$r = Invoke-Pester -Script @{ Path = './param.Tests.ps1'; Parameters = @{ Who = 'tony' } }, "
        "./missing.Tests.ps1 -PassThru -Show None\n'{0} passed' -f $r.PassedCount"
    )
    stdout, stderr, status = _run(tmp_path, script)
    assert stdout == "1 passed\n"
    flat = " ".join(stderr.replace(str(tmp_path), "<DIR>").split())  # the error view wraps long lines
    assert "Cannot find path '<DIR>/missing.Tests.ps1' because it does not exist." in flat
    assert "PathNotFound" in stderr


def test_set_it_result(tmp_path: Path) -> None:
    (tmp_path / "r.Tests.ps1").write_text(
        "Describe 'results' {\n"
        "    It 'inconclusive' { Set-ItResult -Inconclusive -Because 'the dial plan is not ready' }\n"
        "    It 'pending' { Set-ItResult -Pending }\n"
        "    It 'skipped' { Set-ItResult -Skipped -Because 'no gateway'; throw 'not reached' }\n"
        "}\n",
        encoding="utf-8",
    )
    stdout, stderr, _ = _run(
        tmp_path, "Invoke-Pester ./r.Tests.ps1 -Show Describe,Pending,Skipped,Inconclusive,Summary"
    )
    assert stderr == ""
    assert stdout == (
        "\nExecuting script <DIR>/r.Tests.ps1\n"
        "\n  Describing results\n"
        "    [?] inconclusive, is inconclusive, because the dial plan is not ready 0ms\n"
        "    [?] pending, is pending 0ms\n"
        "    [!] skipped, is skipped, because no gateway 0ms\n"
        "Tests completed in 0ms\n"
        "Tests Passed: 0, Failed: 0, Skipped: 1, Pending: 1, Inconclusive: 1 \n"
    )


def test_strict_turns_skipped_and_pending_into_failures(tmp_path: Path) -> None:
    (tmp_path / "s.Tests.ps1").write_text(
        "Describe 'strict' { It 'skipped' -Skip { }; It 'pending' -Pending { }; It 'passes' { } }\n",
        encoding="utf-8",
    )
    stdout, _, status = _run(tmp_path, "Invoke-Pester ./s.Tests.ps1 -Strict -Show Failed,Summary -EnableExit")
    assert stdout == (
        "    [-] skipped 0ms\n"
        "      The test failed because the test was executed in Strict mode and the result 'Skipped' was translated"
        " to Failed.\n"
        "    [-] pending 0ms\n"
        "      The test failed because the test was executed in Strict mode and the result 'Pending' was translated"
        " to Failed.\n"
        "Tests completed in 0ms\n"
        "Tests Passed: 1, Failed: 2, Skipped: 0, Pending: 0, Inconclusive: 0 \n"
    )
    assert status == 2
