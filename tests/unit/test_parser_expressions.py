"""Spec cases: expressions, operator precedence (parsing-notes §3), numbers, types, members and literals."""

from __future__ import annotations

import pytest

from tests.unit.parser_cases import shape_of

CASES = [
    ("1 + 2 * 3", "(pipe [(expr (bin '+' (num 1 '1') (bin '*' (num 2 '2') (num 3 '3'))))])"),
    (
        "(1 + 2) * 3",
        "(pipe [(expr (bin '*' (Paren (pipe [(expr (bin '+' (num 1 '1') (num 2 '2')))])) (num 3 '3')))])",
    ),
    (
        '"{0} {1}" -f $a, $b',
        "(pipe [(expr (bin '-f' (str '{0} {1}' 'double') (ArrayLiteral [(var 'a') (var 'b')])))])",
    ),
    ('"{0}" -f $a + $b', "(pipe [(expr (bin '+' (bin '-f' (str '{0}' 'double') (var 'a')) (var 'b')))])"),
    ("-join 'a','b'", "(pipe [(expr (ArrayLiteral [(un '-join' (str 'a' 'single')) (str 'b' 'single')]))])"),
    (
        '-split "a b", "c d"',
        "(pipe [(expr (ArrayLiteral [(un '-split' (str 'a b' 'double')) (str 'c d' 'double')]))])",
    ),
    (
        "$x -replace 'a','b'",
        "(pipe [(expr (bin '-replace' (var 'x') (ArrayLiteral [(str 'a' 'single') (str 'b' 'single')])))])",
    ),
    (
        "1,2 -contains 2",
        "(pipe [(expr (bin '-contains' (ArrayLiteral [(num 1 '1') (num 2 '2')]) (num 2 '2')))])",
    ),
    ("1..3 + 4", "(pipe [(expr (bin '+' (bin '..' (num 1 '1') (num 3 '3')) (num 4 '4')))])"),
    (",1 + 2", "(pipe [(expr (bin '+' (un ',' (num 1 '1')) (num 2 '2')))])"),
    ("-not $a -eq $b", "(pipe [(expr (bin '-eq' (un '-not' (var 'a')) (var 'b')))])"),
    ("!$a -and $b", "(pipe [(expr (bin '-and' (un '!' (var 'a')) (var 'b')))])"),
    ("$a -or $b -and $c", "(pipe [(expr (bin '-and' (bin '-or' (var 'a') (var 'b')) (var 'c')))])"),
    ("$a -band $b -eq 1", "(pipe [(expr (bin '-band' (var 'a') (bin '-eq' (var 'b') (num 1 '1'))))])"),
    ("[int]$a + $b", "(pipe [(expr (bin '+' (Convert (TypeName 'int') (var 'a')) (var 'b')))])"),
    ("[int] -1", "(pipe [(expr (Convert (TypeName 'int') (num -1 '-1')))])"),
    ("[int] - 1", "(pipe [(expr (Convert (TypeName 'int') (un '-' (num 1 '1'))))])"),
    ("[int],1", "(pipe [(expr (ArrayLiteral [(TypeExpression (TypeName 'int')) (num 1 '1')]))])"),
    (
        "$x = 5 -as [string]",
        "(assign (var 'x') '=' (pipe [(expr (bin '-as' (num 5 '5') (TypeExpression (TypeName 'string'))))]))",
    ),
    (
        "$x -is [int] -and $x -isnot [string]",
        "(pipe [(expr (bin '-and' (bin '-is' (var 'x') (TypeExpression (TypeName 'int'))) (bin '-isnot' (var 'x') (TypeExpression (TypeName 'string')))))])",
    ),
    (
        "$a -ceq $b -or $a -ilike 'x*' -or $a -cnotmatch 'y'",
        "(pipe [(expr (bin '-or' (bin '-or' (bin '-ceq' (var 'a') (var 'b')) (bin '-ilike' (var 'a') (str 'x*' 'single'))) (bin '-cnotmatch' (var 'a') (str 'y' 'single'))))])",
    ),
    (
        "$a -in 1,2 -and $b -notin 3",
        "(pipe [(expr (bin '-and' (bin '-in' (var 'a') (ArrayLiteral [(num 1 '1') (num 2 '2')])) (bin '-notin' (var 'b') (num 3 '3'))))])",
    ),
    ("$x -shl 2", "(pipe [(expr (bin '-shl' (var 'x') (num 2 '2')))])"),
    (
        "0xFF + 1kb + 2.5 + 1e3 + 10d + 5l + .5 + 1.",
        "(pipe [(expr (bin '+' (bin '+' (bin '+' (bin '+' (bin '+' (bin '+' (bin '+' (num 255 '0xFF') (num 1024 '1kb')) (num 2.5 '2.5')) (num 1000.0 '1e3')) (num 10 '10d')) (num 5 '5l')) (num 0.5 '.5')) (num 1.0 '1.')))])",
    ),
    ("0xFFFFFFFF", "(pipe [(expr (num -1 '0xFFFFFFFF'))])"),
    ("1gb - 1mb", "(pipe [(expr (bin '-' (num 1073741824 '1gb') (num 1048576 '1mb')))])"),
    (
        "$i++; $i--; ++$i; --$i",
        "(pipe [(expr (un 'post++' (var 'i')))]) (pipe [(expr (un 'post--' (var 'i')))]) (pipe [(expr (un '++' (var 'i')))]) (pipe [(expr (un '--' (var 'i')))])",
    ),
    (
        "$x -= 1; $x *= 2; $x /= 2; $x %= 3",
        "(assign (var 'x') '-=' (pipe [(expr (num 1 '1'))])) (assign (var 'x') '*=' (pipe [(expr (num 2 '2'))])) (assign (var 'x') '/=' (pipe [(expr (num 2 '2'))])) (assign (var 'x') '%=' (pipe [(expr (num 3 '3'))]))",
    ),
    (
        "$a[0]; $a[-1]; $a[1..3]; $a[1, 2]",
        "(pipe [(expr (Index (var 'a') (num 0 '0')))]) (pipe [(expr (Index (var 'a') (num -1 '-1')))]) (pipe [(expr (Index (var 'a') (bin '..' (num 1 '1') (num 3 '3'))))]) (pipe [(expr (Index (var 'a') (ArrayLiteral [(num 1 '1') (num 2 '2')])))])",
    ),
    ("$h['key'].Name", "(pipe [(expr (Member (Index (var 'h') (str 'key' 'single')) (str 'Name')))])"),
    (
        "[string[]]$x = @()",
        "(assign (Convert (TypeName 'string[]') (var 'x')) '=' (pipe [(expr (ArrayExpression (block)))]))",
    ),
    (
        "[System.Collections.Generic.List[string]]$l = New-Object 'System.Collections.Generic.List[string]'",
        "(assign (Convert (TypeName 'System.Collections.Generic.List[string]') (var 'l')) '=' (pipe [(cmd (str 'New-Object') [(str 'System.Collections.Generic.List[string]' 'single')])]))",
    ),
    (
        "[pscustomobject]@{ Name = 'x'; Size = 2 }",
        "(pipe [(expr (Convert (TypeName 'pscustomobject') (Hashtable [(HashEntry (str 'Name') (pipe [(expr (str 'x' 'single'))])) (HashEntry (str 'Size') (pipe [(expr (num 2 '2'))]))])))])",
    ),
    ("[ordered]@{}", "(pipe [(expr (Convert (TypeName 'ordered') (Hashtable)))])"),
    ("$x.'quoted name'", "(pipe [(expr (Member (var 'x') (str 'quoted name' 'single')))])"),
    ("$x.$prop", "(pipe [(expr (Member (var 'x') (var 'prop')))])"),
    (
        "$x.($name + 'a')",
        "(pipe [(expr (Member (var 'x') (Paren (pipe [(expr (bin '+' (var 'name') (str 'a' 'single')))]))))])",
    ),
    ("[int]::MaxValue", "(pipe [(expr (Member (TypeExpression (TypeName 'int')) (str 'MaxValue') True))])"),
    (
        "[Math]::Round($x / 1GB, 2)",
        "(pipe [(expr (InvokeMember (TypeExpression (TypeName 'Math')) (str 'Round') [(bin '/' (var 'x') (num 1073741824 '1GB')) (num 2 '2')] True))])",
    ),
    (
        "[A][B]::M",
        "(pipe [(expr (Convert (TypeName 'A') (Member (TypeExpression (TypeName 'B')) (str 'M') True)))])",
    ),
    ("(Get-Date).Year", "(pipe [(expr (Member (Paren (pipe [(cmd (str 'Get-Date'))])) (str 'Year')))])"),
    (
        "(Get-Date).AddDays(-1).ToString('d')",
        "(pipe [(expr (InvokeMember (InvokeMember (Paren (pipe [(cmd (str 'Get-Date'))])) (str 'AddDays') [(num -1 '-1')]) (str 'ToString') [(str 'd' 'single')]))])",
    ),
    (
        "$a = $b.c.d[0].e($f)[1]",
        "(assign (var 'a') '=' (pipe [(expr (Index (InvokeMember (Index (Member (Member (var 'b') (str 'c')) (str 'd')) (num 0 '0')) (str 'e') [(var 'f')]) (num 1 '1')))]))",
    ),
    ("$x.\n  Name", "(pipe [(expr (Member (var 'x') (str 'Name')))])"),
    ("$a.M(\n  1,\n  2\n)", "(pipe [(expr (InvokeMember (var 'a') (str 'M') [(num 1 '1') (num 2 '2')]))])"),
    (
        "@{ a = 1; 'b c' = 2; 3 = 'x'; $k = 4; (1+1) = 5 }",
        "(pipe [(expr (Hashtable [(HashEntry (str 'a') (pipe [(expr (num 1 '1'))])) (HashEntry (str 'b c' 'single') (pipe [(expr (num 2 '2'))])) (HashEntry (num 3 '3') (pipe [(expr (str 'x' 'single'))])) (HashEntry (var 'k') (pipe [(expr (num 4 '4'))])) (HashEntry (Paren (pipe [(expr (bin '+' (num 1 '1') (num 1 '1')))])) (pipe [(expr (num 5 '5'))]))]))])",
    ),
    (
        "@{\n  n = 'Size'\n  e = { $_.Size / 1MB }\n  c = if ($x) { 1 } else { 2 }\n}",
        "(pipe [(expr (Hashtable [(HashEntry (str 'n') (pipe [(expr (str 'Size' 'single'))])) (HashEntry (str 'e') (pipe [(expr (sbx (sb (NamedBlock 'end' (block [(pipe [(expr (bin '/' (Member (var '_') (str 'Size')) (num 1048576 '1MB')))])]) {unnamed}))))])) (HashEntry (str 'c') (If [(IfClause (pipe [(expr (var 'x'))]) (block [(pipe [(expr (num 1 '1'))])]))] (block [(pipe [(expr (num 2 '2'))])])))]))])",
    ),
    ("@()", "(pipe [(expr (ArrayExpression (block)))])"),
    (
        "@(1; 2)",
        "(pipe [(expr (ArrayExpression (block [(pipe [(expr (num 1 '1'))]) (pipe [(expr (num 2 '2'))])])))])",
    ),
    (
        "$(Get-Date; 1)",
        "(pipe [(expr (SubExpression (block [(pipe [(cmd (str 'Get-Date'))]) (pipe [(expr (num 1 '1'))])])))])",
    ),
    (
        "{ param($a) $a }",
        "(pipe [(expr (sbx (sb (ParamBlock [(Parameter 'a')]) (NamedBlock 'end' (block [(pipe [(expr (var 'a'))])]) {unnamed}))))])",
    ),
    (
        "$sb = { begin { 1 } process { 2 } end { 3 } }",
        "(assign (var 'sb') '=' (pipe [(expr (sbx (sb (NamedBlock 'begin' (block [(pipe [(expr (num 1 '1'))])])) (NamedBlock 'process' (block [(pipe [(expr (num 2 '2'))])])) (NamedBlock 'end' (block [(pipe [(expr (num 3 '3'))])])))))]))",
    ),
    ("$x = $null -eq $y", "(assign (var 'x') '=' (pipe [(expr (bin '-eq' (var 'null') (var 'y')))]))"),
    ("$total = $a +\n  $b", "(assign (var 'total') '=' (pipe [(expr (bin '+' (var 'a') (var 'b')))]))"),
    ("$x = (1\n)", "(assign (var 'x') '=' (pipe [(expr (Paren (pipe [(expr (num 1 '1'))])))]))"),
    ("${my var} = 1", "(assign (var 'my var' {braced}) '=' (pipe [(expr (num 1 '1'))]))"),
    (
        "$$; $?; $^; $_; $env:PATH; $script:count; $using:x; $global:y",
        "(pipe [(expr (var '$'))]) (pipe [(expr (var '?'))]) (pipe [(expr (var '^'))]) (pipe [(expr (var '_'))]) (pipe [(expr (var 'env:PATH'))]) (pipe [(expr (var 'script:count'))]) (pipe [(expr (var 'using:x'))]) (pipe [(expr (var 'global:y'))])",
    ),
    ("$a.b::c", "(pipe [(expr (Member (Member (var 'a') (str 'b')) (str 'c') True))])"),
    ("-1 + -2", "(pipe [(expr (bin '+' (num -1 '-1') (num -2 '-2')))])"),
    ("- $x", "(pipe [(expr (un '-' (var 'x')))])"),
    ("-(1)", "(pipe [(expr (un '-' (Paren (pipe [(expr (num 1 '1'))]))))])"),
]


@pytest.mark.parametrize(("src", "expected"), CASES, ids=[c[0][:50] for c in CASES])
def test_shape(src: str, expected: str) -> None:
    assert shape_of(src) == expected


def test_method_call_with_script_block_argument() -> None:
    assert shape_of("$x.Where{ $_ }") == shape_of("$x.Where({ $_ })")
    assert shape_of("Write-Output $x.ForEach{ 1 }").startswith(
        "(pipe [(cmd (str 'Write-Output') [(InvokeMember"
    )
