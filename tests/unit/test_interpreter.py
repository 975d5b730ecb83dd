"""Interpreter basics through an in-process Session: values, control flow, functions, errors."""

from __future__ import annotations

import io

import pytest

from pwshlite.runtime.session import Session


def run(text: str) -> tuple[str, str, int]:
    out, err = io.StringIO(), io.StringIO()
    session = Session(stdout=out, stderr=err, width=119)
    code = session.run_text(text)
    return out.getvalue(), err.getvalue(), code


def lines(text: str) -> list[str]:
    out, err, _ = run(text)
    assert err == "", err
    return out.splitlines()


@pytest.mark.parametrize(
    ("script", "expected"),
    [
        ("1 + 2", ["3"]),
        ('"1" + 1', ["11"]),
        ('$x = 5; "x=$x"', ["x=5"]),
        ("foreach ($i in 1..3) { $i * 2 }", ["2", "4", "6"]),
        ("$s = 0; foreach ($i in 1..100) { $s += $i }; $s", ["5050"]),
        ("for ($i = 0; $i -lt 3; $i++) { $i }", ["0", "1", "2"]),
        ("$i = 0; while ($i -lt 2) { $i; $i++ }", ["0", "1"]),
        ("$i = 0; do { $i++ } until ($i -ge 3); $i", ["3"]),
        ("if ($false) { 'a' } elseif (1) { 'b' } else { 'c' }", ["b"]),
        (':o foreach ($a in 1..2) { foreach ($b in 1..3) { if ($b -eq 2) { break o }; "$a$b" } }', ["11"]),
        ("switch (1,2) { 1 { 'one' } 2 { 'two'; break } default { 'd' } }", ["one", "two"]),
        ("switch -Wildcard ('abc') { 'a*' { 'A' } '*c' { 'C' } }", ["A", "C"]),
        ("function f($a, $b = 2) { $a * $b }; f 3; f -b 4 -a 2", ["6", "8"]),
        ("filter dbl { $_ * 2 }; 1..3 | dbl", ["2", "4", "6"]),
        ("function f { $args.Count }; f 1 2 3", ["3"]),
        ('$p = @{a=1; b=2}; function g($a, $b) { "$a $b" }; g @p', ["1 2"]),
        ("function g($a, $b) { \"$a $b\" }; $p = 'x','y'; g @p", ["x y"]),
        ("try { throw 'boom' } catch { \"c:$_\" } finally { 'f' }", ["c:boom", "f"]),
        (
            "try { 1/0 } catch [System.Management.Automation.RuntimeException] { 'div' } catch { 'other' } finally { }",
            ["div"],
        ),
        ("& { 'in sb' }", ["in sb"]),
        ("$x = 1; & { $x = 2 }; $x; . { $x = 3 }; $x", ["1", "3"]),
        ("$global:g = 1; function s { $script:g = 5 }; s; $g", ["5"]),
        ("function rr { 1; return 2; 3 }; rr", ["1", "2"]),
        ("1..5 | Where-Object { $_ -gt 3 }", ["4", "5"]),
        ("1..3 | ForEach-Object -Begin { 'b' } -Process { $_ } -End { 'e' }", ["b", "1", "2", "3", "e"]),
        ("$a = @(); $a.Count", ["0"]),
        ("$a = @(1); $a.Count", ["1"]),
        ("'abc' -match 'b(c)'; $Matches[1]", ["True", "c"]),
        ("trap { 'trapped'; continue }; throw 'x'; 'after'", ["trapped", "after"]),
    ],
)
def test_scripts(script: str, expected: list[str]) -> None:
    assert lines(script) == expected


def test_unknown_command_message_and_exit() -> None:
    out, err, code = run("Get-Foo")
    assert err.startswith("Get-Foo : The term 'Get-Foo' is not recognized")
    assert "+ FullyQualifiedErrorId : CommandNotFoundException" in err
    assert code == 1


def test_statement_terminating_error_continues() -> None:
    out, err, code = run("Get-Foo; 'after'")
    assert out == "after\n"
    assert code == 0


def test_throw_stops_script() -> None:
    out, err, code = run("throw 'boom'; 'never'")
    assert out == ""
    assert err.startswith("boom\nAt line:1 char:1")
    assert code == 1


def test_exit_code() -> None:
    assert run("exit 7")[2] == 7


def test_call_depth_overflow() -> None:
    out, err, code = run("function f { f }; f")
    assert "The script failed due to call depth overflow." in err
    assert code == 1


def test_error_variable_and_silently_continue() -> None:
    out = lines(
        "function t { [CmdletBinding()] param() Write-Error 'bad' }; t -ErrorAction SilentlyContinue -ErrorVariable ev; $ev.Count"
    )
    assert out == ["1"]


def test_error_action_stop_is_catchable() -> None:
    assert lines("try { Write-Error 'e1' -ErrorAction Stop } catch { 'caught ' + $_ } finally { }") == [
        "caught e1"
    ]


def test_advanced_function_validation() -> None:
    out, err, code = run("function s { param([ValidateSet('A','B')]$L) $L }; s -L C")
    assert "Cannot validate argument on parameter 'L'." in err
    assert "ParameterArgumentValidationError,s" in err
