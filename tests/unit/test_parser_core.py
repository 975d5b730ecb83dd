"""Spec cases: command mode versus expression mode, the hard cases of parsing-notes §2.1."""

from __future__ import annotations

import pytest

from tests.unit.parser_cases import shape_of

CASES = [
    ("Get-Item -Path .\\users.csv", r"(pipe [(cmd (str 'Get-Item') [(param 'Path') (str '.\\users.csv')])])"),
    (
        "Enable-UMMailbox -Identity tony@contoso.com -Pin 123456 -PinExpired:$false",
        "(pipe [(cmd (str 'Enable-UMMailbox') [(param 'Identity') (str 'tony@contoso.com') (param 'Pin') "
        "(num 123456 '123456') (param 'PinExpired' (var 'false') True)])])",
    ),
    ("Write-Output 1+2", "(pipe [(cmd (str 'Write-Output') [(str '1+2')])])"),
    ("Write-Output -1", "(pipe [(cmd (str 'Write-Output') [(str '-1')])])"),
    (
        "Write-Output (1+2)",
        "(pipe [(cmd (str 'Write-Output') [(Paren (pipe [(expr (bin '+' (num 1 '1') (num 2 '2')))]))])])",
    ),
    ("Write-Output $a.Length", "(pipe [(cmd (str 'Write-Output') [(Member (var 'a') (str 'Length'))])])"),
    ("$x = 1 - 2", "(assign (var 'x') '=' (pipe [(expr (bin '-' (num 1 '1') (num 2 '2')))]))"),
    ("$x = $a-$b", "(assign (var 'x') '=' (pipe [(expr (bin '-' (var 'a') (var 'b')))]))"),
    ("Get-Foo-Bar", "(pipe [(cmd (str 'Get-Foo-Bar'))])"),
    ("$a.b(1)", "(pipe [(expr (InvokeMember (var 'a') (str 'b') [(num 1 '1')]))])"),
    (
        "Write-Output $a.b (1)",
        "(pipe [(cmd (str 'Write-Output') [(Member (var 'a') (str 'b')) (Paren (pipe [(expr (num 1 '1'))]))])])",
    ),
    (
        "$h = @{ a = 1\nb = 2 }",
        "(assign (var 'h') '=' (pipe [(expr (Hashtable [(HashEntry (str 'a') (pipe [(expr (num 1 '1'))])) "
        "(HashEntry (str 'b') (pipe [(expr (num 2 '2'))]))]))]))",
    ),
    (
        "if($x){1}else{2}",
        "(If [(IfClause (pipe [(expr (var 'x'))]) (block [(pipe [(expr (num 1 '1'))])]))] "
        "(block [(pipe [(expr (num 2 '2'))])]))",
    ),
    (
        "if ($x) { 1 }\nelse { 2 }",
        "(If [(IfClause (pipe [(expr (var 'x'))]) (block [(pipe [(expr (num 1 '1'))])]))] "
        "(block [(pipe [(expr (num 2 '2'))])]))",
    ),
    (
        "Get-Mailbox | ? {$_.X -eq 1} | % {$_.Name}",
        "(pipe [(cmd (str 'Get-Mailbox')) (cmd (str '?') [(sbx (sb (NamedBlock 'end' (block [(pipe [(expr "
        "(bin '-eq' (Member (var '_') (str 'X')) (num 1 '1')))])]) {unnamed})))]) (cmd (str '%') [(sbx (sb "
        "(NamedBlock 'end' (block [(pipe [(expr (Member (var '_') (str 'Name')))])]) {unnamed})))])])",
    ),
    (
        "Import-Csv .\\a.csv | ForEach-Object { Set-X -Identity $_.Alias }",
        r"(pipe [(cmd (str 'Import-Csv') [(str '.\\a.csv')]) (cmd (str 'ForEach-Object') [(sbx (sb (NamedBlock "
        "'end' (block [(pipe [(cmd (str 'Set-X') [(param 'Identity') (Member (var '_') (str 'Alias'))])])]) "
        "{unnamed})))])])",
    ),
    (
        '"$($u.Name) has $($u.Count) items"',
        "(pipe [(expr (xstr [(SubExpression (block [(pipe [(expr (Member (var 'u') (str 'Name')))])])) ' has ' "
        "(SubExpression (block [(pipe [(expr (Member (var 'u') (str 'Count')))])])) ' items'] 'double'))])",
    ),
    ("$env:COMPUTERNAME", "(pipe [(expr (var 'env:COMPUTERNAME'))])"),
    ('[int]$n = "5"', "(assign (Convert (TypeName 'int') (var 'n')) '=' (pipe [(expr (str '5' 'double'))]))"),
    (
        "[System.IO.Path]::Combine($a, 'b')",
        "(pipe [(expr (InvokeMember (TypeExpression (TypeName 'System.IO.Path')) (str 'Combine') "
        "[(var 'a') (str 'b' 'single')] True))])",
    ),
    ("& $sb 1 2", "(pipe [(cmd (var 'sb') [(num 1 '1') (num 2 '2')] '&')])"),
    (". .\\lib.ps1", r"(pipe [(cmd (str '.\\lib.ps1') '.')])"),
    (
        "Get-Foo 2>&1 | Out-Null",
        "(pipe [(cmd (str 'Get-Foo') [(MergingRedirection '2' '1')]) (cmd (str 'Out-Null'))])",
    ),
    (
        ":outer foreach ($i in 1..3) { break outer }",
        "(Foreach 'outer' (var 'i') (pipe [(expr (bin '..' (num 1 '1') (num 3 '3')))]) (block [(Break (str 'outer'))]))",
    ),
    (
        "function Get-X { [CmdletBinding()] param([Parameter(Mandatory=$true)][string]$Identity) process { } }",
        "(FunctionDefinition 'Get-X' (sb (ParamBlock [(Attribute (TypeName 'CmdletBinding'))] [(Parameter "
        "'Identity' [(Attribute (TypeName 'Parameter') [(NamedAttributeArgument 'Mandatory' (var 'true'))]) "
        "(TypeConstraint (TypeName 'string'))])]) (NamedBlock 'process' (block))))",
    ),
    (
        "Get-Foo -A 1 `\n  -B 2",
        "(pipe [(cmd (str 'Get-Foo') [(param 'A') (num 1 '1') (param 'B') (num 2 '2')])])",
    ),
    (
        "switch -Regex ($x) { '^a' { 'A' } default { 'D' } }",
        "(Switch ['regex'] (pipe [(expr (var 'x'))]) [(SwitchClause (str '^a' 'single') (block [(pipe [(expr "
        "(str 'A' 'single'))])]))] (block [(pipe [(expr (str 'D' 'single'))])]))",
    ),
]


@pytest.mark.parametrize(("src", "expected"), CASES, ids=[c[0][:40] for c in CASES])
def test_shape(src: str, expected: str) -> None:
    assert shape_of(src) == expected


# LALR merges states that share an item core; the lexer must still tell an argument that ends with `)`,
# a string, a variable or a hash literal from an operand that does (parsing-notes §3.3).
MERGED_STATE_CASES = [
    ("Write-Output (1) -eq 2", "(pipe [(cmd (str 'Write-Output') [(Paren (pipe [(expr (num 1 '1'))])) (param 'eq') (num 2 '2')])])"),
    ("$x = (1) -eq 2", "(assign (var 'x') '=' (pipe [(expr (bin '-eq' (Paren (pipe [(expr (num 1 '1'))])) (num 2 '2')))]))"),
    ('Write-Output "a" -x', "(pipe [(cmd (str 'Write-Output') [(str 'a' 'double') (param 'x')])])"),
    ('"a" -eq "b"', "(pipe [(expr (bin '-eq' (str 'a' 'double') (str 'b' 'double')))])"),
    ("Write-Output $a -x", "(pipe [(cmd (str 'Write-Output') [(var 'a') (param 'x')])])"),
    ("$a -x", None),
    ("Write-Output @{a=1} -x", "(pipe [(cmd (str 'Write-Output') [(Hashtable [(HashEntry (str 'a') (pipe [(expr (num 1 '1'))]))]) (param 'x')])])"),
    ("Write-Output $(1) -x", "(pipe [(cmd (str 'Write-Output') [(SubExpression (block [(pipe [(expr (num 1 '1'))])])) (param 'x')])])"),
    ("if ($a) { 1 }\nelse { 2 }", "(If [(IfClause (pipe [(expr (var 'a'))]) (block [(pipe [(expr (num 1 '1'))])]))] (block [(pipe [(expr (num 2 '2'))])]))"),
    ("while ($a) { 1 }\nelse { 2 }", "(While (pipe [(expr (var 'a'))]) (block [(pipe [(expr (num 1 '1'))])])) (pipe [(cmd (str 'else') [(sbx (sb (NamedBlock 'end' (block [(pipe [(expr (num 2 '2'))])]) {unnamed})))])])"),
    ("switch ($a) { 1 { 2 } }\nelse", "(Switch (pipe [(expr (var 'a'))]) [(SwitchClause (num 1 '1') (block [(pipe [(expr (num 2 '2'))])]))]) (pipe [(cmd (str 'else'))])"),
]  # fmt: skip


@pytest.mark.parametrize(("src", "expected"), MERGED_STATE_CASES, ids=[c[0] for c in MERGED_STATE_CASES])
def test_merged_states(src: str, expected: str | None) -> None:
    if expected is None:
        from tests.unit.parser_cases import first_error

        assert first_error(src).error_id == "UnexpectedToken"
    else:
        assert shape_of(src) == expected
