"""Spec cases: commands, arguments, parameters, barewords, redirection, invocation (parsing-notes §1.2-1.5)."""

from __future__ import annotations

import pytest

from tests.unit.parser_cases import shape_of

CASES = [
    ("Get-ChildItem *.txt", "(pipe [(cmd (str 'Get-ChildItem') [(str '*.txt')])])"),
    (
        "Get-Foo a=b [abc] a#b C:\\x\\y.csv tony@contoso.com",
        "(pipe [(cmd (str 'Get-Foo') [(str 'a=b') (str '[abc]') (str 'a#b') (str 'C:\\\\x\\\\y.csv') (str 'tony@contoso.com')])])",
    ),
    ("Write-Output a>b.txt", "(pipe [(cmd (str 'Write-Output') [(str 'a>b.txt')])])"),
    (
        "Write-Output a >b.txt",
        "(pipe [(cmd (str 'Write-Output') [(str 'a')] [(FileRedirection '1' (str 'b.txt'))])])",
    ),
    (
        "Get-Foo > out.txt 2>> err.txt *> all.txt",
        "(pipe [(cmd (str 'Get-Foo') [(FileRedirection '1' (str 'out.txt')) (FileRedirection '2' True (str 'err.txt')) (FileRedirection '*' (str 'all.txt'))])])",
    ),
    (
        "Get-Foo 2>$null 3>&1 *>&1",
        "(pipe [(cmd (str 'Get-Foo') [(FileRedirection '2' (var 'null')) (MergingRedirection '3' '1') (MergingRedirection '*' '1')])])",
    ),
    ("$x > out.txt", "(pipe [(expr (var 'x') [(FileRedirection '1' (str 'out.txt'))])])"),
    (
        "Set-UMMailboxPIN @p -Confirm:$false",
        "(pipe [(cmd (str 'Set-UMMailboxPIN') [(var 'p' True) (param 'Confirm' (var 'false') True)])])",
    ),
    (
        "Write-Output -- -Name --x",
        "(pipe [(cmd (str 'Write-Output') [(EndOfParameters) (str '-Name') (str '--x')])])",
    ),
    (
        'cmd /c --% dir /s "x" ; still verbatim',
        "(pipe [(cmd (str 'cmd') [(str '/c') (StopParsing 'dir /s \"x\" ; still verbatim')])])",
    ),
    (
        "& 'C:\\Program Files\\x.exe' /q",
        "(pipe [(cmd (str 'C:\\\\Program Files\\\\x.exe' 'single') [(str '/q')] '&')])",
    ),
    (
        "& (Get-Command x) -y",
        "(pipe [(cmd (Paren (pipe [(cmd (str 'Get-Command') [(str 'x')])])) [(param 'y')] '&')])",
    ),
    ("& $sb 1 2", "(pipe [(cmd (var 'sb') [(num 1 '1') (num 2 '2')] '&')])"),
    (". .\\lib.ps1", "(pipe [(cmd (str '.\\\\lib.ps1') '.')])"),
    (". $profile", "(pipe [(cmd (var 'profile') '.')])"),
    (".\\run.ps1 -x", "(pipe [(cmd (str '.\\\\run.ps1') [(param 'x')])])"),
    (
        "Select-Object Name, Size",
        "(pipe [(cmd (str 'Select-Object') [(ArrayLiteral [(str 'Name') (str 'Size')])])])",
    ),
    (
        "Select-Object Name,\n  Size",
        "(pipe [(cmd (str 'Select-Object') [(ArrayLiteral [(str 'Name') (str 'Size')])])])",
    ),
    ("Get-Foo -Name: value", "(pipe [(cmd (str 'Get-Foo') [(param 'Name' (str 'value') True)])])"),
    (
        "Get-Foo -Name:$true -Flag",
        "(pipe [(cmd (str 'Get-Foo') [(param 'Name' (var 'true') True) (param 'Flag')])])",
    ),
    ('Write-Output "a"b', "(pipe [(cmd (str 'Write-Output') [(str 'a' 'double') (str 'b')])])"),
    ("Write-Output file$i.txt", "(pipe [(cmd (str 'Write-Output') [(xstr ['file' (var 'i') '.txt'])])])"),
    ("Write-Output $a-$b", "(pipe [(cmd (str 'Write-Output') [(xstr [(var 'a') '-' (var 'b')])])])"),
    (
        "Write-Output $a[0] $a [0]",
        "(pipe [(cmd (str 'Write-Output') [(Index (var 'a') (num 0 '0')) (var 'a') (str '[0]')])])",
    ),
    (
        "Write-Output @(1,2) @{a=1} $(1)",
        "(pipe [(cmd (str 'Write-Output') [(ArrayExpression (block [(pipe [(expr (ArrayLiteral [(num 1 '1') (num 2 '2')]))])])) (Hashtable [(HashEntry (str 'a') (pipe [(expr (num 1 '1'))]))]) (SubExpression (block [(pipe [(expr (num 1 '1'))])]))])])",
    ),
    ("Write-Output ${my var}", "(pipe [(cmd (str 'Write-Output') [(var 'my var' {braced})])])"),
    (
        "Write-Output if else foreach",
        "(pipe [(cmd (str 'Write-Output') [(str 'if') (str 'else') (str 'foreach')])])",
    ),
    ("Write-Output 1 + 2", "(pipe [(cmd (str 'Write-Output') [(num 1 '1') (str '+') (num 2 '2')])])"),
    (
        "Write-Output 1kb 0x10 7z 10.0.0.1",
        "(pipe [(cmd (str 'Write-Output') [(num 1024 '1kb') (num 16 '0x10') (str '7z') (str '10.0.0.1')])])",
    ),
    ('Write-Output a"b c"d', "(pipe [(cmd (str 'Write-Output') [(str 'ab cd')])])"),
    ("Write-Output `(x`)", "(pipe [(cmd (str 'Write-Output') [(str '(x)')])])"),
    ("Get-Foo(1)", "(pipe [(cmd (str 'Get-Foo') [(Paren (pipe [(expr (num 1 '1'))]))])])"),
    ("Where-Object Name -eq x", "(pipe [(cmd (str 'Where-Object') [(str 'Name') (param 'eq') (str 'x')])])"),
    (
        "Get-Mailbox | ? {$_.X -eq 1} | % {$_.Name}",
        "(pipe [(cmd (str 'Get-Mailbox')) (cmd (str '?') [(sbx (sb (NamedBlock 'end' (block [(pipe [(expr (bin '-eq' (Member (var '_') (str 'X')) (num 1 '1')))])]) {unnamed})))]) (cmd (str '%') [(sbx (sb (NamedBlock 'end' (block [(pipe [(expr (Member (var '_') (str 'Name')))])]) {unnamed})))])])",
    ),
    (
        "Get-Mailbox |\n  Select-Object Name",
        "(pipe [(cmd (str 'Get-Mailbox')) (cmd (str 'Select-Object') [(str 'Name')])])",
    ),
    ("Get-Item –Path x", "(pipe [(cmd (str 'Get-Item') [(param 'Path') (str 'x')])])"),
    ("type .\\a.txt", "(pipe [(cmd (str 'type') [(str '.\\\\a.txt')])])"),
    (
        "1..3 | foreach { $_ }",
        "(pipe [(expr (bin '..' (num 1 '1') (num 3 '3'))) (cmd (str 'foreach') [(sbx (sb (NamedBlock 'end' (block [(pipe [(expr (var '_'))])]) {unnamed})))])])",
    ),
    (
        "Write-Output -1 -Name -x:1",
        "(pipe [(cmd (str 'Write-Output') [(str '-1') (param 'Name') (param 'x' (num 1 '1') True)])])",
    ),
    (
        "Get-Foo -A 1 `\n  -B 2",
        "(pipe [(cmd (str 'Get-Foo') [(param 'A') (num 1 '1') (param 'B') (num 2 '2')])])",
    ),
    (
        "Get-Foo -Path:C:\\x -Ea 0",
        "(pipe [(cmd (str 'Get-Foo') [(param 'Path' (str 'C:\\\\x') True) (param 'Ea') (num 0 '0')])])",
    ),
]


@pytest.mark.parametrize(("src", "expected"), CASES, ids=[c[0][:50] for c in CASES])
def test_shape(src: str, expected: str) -> None:
    assert shape_of(src) == expected
