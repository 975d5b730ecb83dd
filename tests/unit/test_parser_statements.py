"""Spec cases: statements, control flow, functions, param blocks and attributes."""

from __future__ import annotations

import pytest

from tests.unit.parser_cases import shape_of

CASES = [
    (
        "$a, $b = $b, $a",
        "(assign (ArrayLiteral [(var 'a') (var 'b')]) '=' (pipe [(expr (ArrayLiteral [(var 'b') (var 'a')]))]))",
    ),
    ("$x += 5", "(assign (var 'x') '+=' (pipe [(expr (num 5 '5'))]))"),
    ("$a = $b = 1", "(assign (var 'a') '=' (assign (var 'b') '=' (pipe [(expr (num 1 '1'))])))"),
    (
        "$x = if ($a) { 1 } elseif ($b) { 2 } else { 3 }",
        "(assign (var 'x') '=' (If [(IfClause (pipe [(expr (var 'a'))]) (block [(pipe [(expr (num 1 '1'))])])) (IfClause (pipe [(expr (var 'b'))]) (block [(pipe [(expr (num 2 '2'))])]))] (block [(pipe [(expr (num 3 '3'))])])))",
    ),
    (
        "if ($x) { 1 }\n# comment between\nelseif ($y) { 2 }\n\nelse { 3 }",
        "(If [(IfClause (pipe [(expr (var 'x'))]) (block [(pipe [(expr (num 1 '1'))])])) (IfClause (pipe [(expr (var 'y'))]) (block [(pipe [(expr (num 2 '2'))])]))] (block [(pipe [(expr (num 3 '3'))])]))",
    ),
    (
        "if ($x) { 1 }; else { 2 }",
        "(If [(IfClause (pipe [(expr (var 'x'))]) (block [(pipe [(expr (num 1 '1'))])]))]) (pipe [(cmd (str 'else') [(sbx (sb (NamedBlock 'end' (block [(pipe [(expr (num 2 '2'))])]) {unnamed})))])])",
    ),
    (
        "do { $i++ } while ($i -lt 10)",
        "(DoLoop (block [(pipe [(expr (un 'post++' (var 'i')))])]) (pipe [(expr (bin '-lt' (var 'i') (num 10 '10')))]))",
    ),
    (
        "do { $i++ }\nuntil ($i -ge 10)",
        "(DoLoop (block [(pipe [(expr (un 'post++' (var 'i')))])]) (pipe [(expr (bin '-ge' (var 'i') (num 10 '10')))]) True)",
    ),
    (
        "for ($i = 0; $i -lt 10; $i++) { $i }",
        "(For (assign (var 'i') '=' (pipe [(expr (num 0 '0'))])) (pipe [(expr (bin '-lt' (var 'i') (num 10 '10')))]) (pipe [(expr (un 'post++' (var 'i')))]) (block [(pipe [(expr (var 'i'))])]))",
    ),
    ("for (;;) { break }", "(For (block [(Break)]))"),
    ("while ($true) { continue }", "(While (pipe [(expr (var 'true'))]) (block [(Continue)]))"),
    (
        ":outer while ($true) { break outer }",
        "(While 'outer' (pipe [(expr (var 'true'))]) (block [(Break (str 'outer'))]))",
    ),
    (
        "foreach ($u in Get-Mailbox) { $u }",
        "(Foreach (var 'u') (pipe [(cmd (str 'Get-Mailbox'))]) (block [(pipe [(expr (var 'u'))])]))",
    ),
    (
        "$x = foreach ($i in 1..3) { $i * 2 }",
        "(assign (var 'x') '=' (Foreach (var 'i') (pipe [(expr (bin '..' (num 1 '1') (num 3 '3')))]) (block [(pipe [(expr (bin '*' (var 'i') (num 2 '2')))])])))",
    ),
    (
        "try { Get-X } catch [System.IO.IOException], [System.Exception] { $_ } finally { 'done' }",
        "(Try (block [(pipe [(cmd (str 'Get-X'))])]) [(CatchClause [(TypeName 'System.IO.IOException') (TypeName 'System.Exception')] (block [(pipe [(expr (var '_'))])]))] (block [(pipe [(expr (str 'done' 'single'))])]))",
    ),
    (
        "try { 1 }\ncatch { 2 }\nfinally { 3 }",
        "(Try (block [(pipe [(expr (num 1 '1'))])]) [(CatchClause (block [(pipe [(expr (num 2 '2'))])]))] (block [(pipe [(expr (num 3 '3'))])]))",
    ),
    (
        "try { 1 } finally { 3 }",
        "(Try (block [(pipe [(expr (num 1 '1'))])]) (block [(pipe [(expr (num 3 '3'))])]))",
    ),
    ("return", "(Return)"),
    ("return $x", "(Return (pipe [(expr (var 'x'))]))"),
    ("exit 1", "(Exit (pipe [(expr (num 1 '1'))]))"),
    ('throw "bad"', "(Throw (pipe [(expr (str 'bad' 'double'))]))"),
    ("break; continue", "(Break) (Continue)"),
    (
        "filter f { $_ }",
        "(FunctionDefinition 'f' (sb (NamedBlock 'end' (block [(pipe [(expr (var '_'))])]) {unnamed})) True)",
    ),
    (
        "function f($a, [int]$b = 2) { $a + $b }",
        "(FunctionDefinition 'f' (sb (ParamBlock [(Parameter 'a') (Parameter 'b' [(TypeConstraint (TypeName 'int'))] (num 2 '2'))]) (NamedBlock 'end' (block [(pipe [(expr (bin '+' (var 'a') (var 'b')))])]) {unnamed})))",
    ),
    (
        "function global:Get-X { 1 }",
        "(FunctionDefinition 'global:Get-X' (sb (NamedBlock 'end' (block [(pipe [(expr (num 1 '1'))])]) {unnamed})))",
    ),
    (
        "function process { 1 }",
        "(FunctionDefinition 'process' (sb (NamedBlock 'end' (block [(pipe [(expr (num 1 '1'))])]) {unnamed})))",
    ),
    (
        "function f {\n  [CmdletBinding()]\n  param(\n    [Parameter(Mandatory=$true, ValueFromPipeline)]\n    [ValidateSet('a','b')]\n    [string[]]$Identity,\n\n    [int]$Count = 5\n  )\n  begin { $n = 0 }\n  process { $n++ }\n  end { $n }\n}",
        "(FunctionDefinition 'f' (sb (ParamBlock [(Attribute (TypeName 'CmdletBinding'))] [(Parameter 'Identity' [(Attribute (TypeName 'Parameter') [(NamedAttributeArgument 'Mandatory' (var 'true')) (NamedAttributeArgument 'ValueFromPipeline')]) (Attribute (TypeName 'ValidateSet') [(str 'a' 'single') (str 'b' 'single')]) (TypeConstraint (TypeName 'string[]'))]) (Parameter 'Count' [(TypeConstraint (TypeName 'int'))] (num 5 '5'))]) (NamedBlock 'begin' (block [(assign (var 'n') '=' (pipe [(expr (num 0 '0'))]))])) (NamedBlock 'process' (block [(pipe [(expr (un 'post++' (var 'n')))])])) (NamedBlock 'end' (block [(pipe [(expr (var 'n'))])]))))",
    ),
    (
        "switch ($x) {\n  1 { 'one' }\n  { $_ -gt 5 } { 'big' }\n  abc { 'abc' }\n  -1 { 'neg' }\n  default { 'other' }\n}",
        "(Switch (pipe [(expr (var 'x'))]) [(SwitchClause (num 1 '1') (block [(pipe [(expr (str 'one' 'single'))])])) (SwitchClause (sbx (sb (NamedBlock 'end' (block [(pipe [(expr (bin '-gt' (var '_') (num 5 '5')))])]) {unnamed}))) (block [(pipe [(expr (str 'big' 'single'))])])) (SwitchClause (str 'abc') (block [(pipe [(expr (str 'abc' 'single'))])])) (SwitchClause (str '-1') (block [(pipe [(expr (str 'neg' 'single'))])]))] (block [(pipe [(expr (str 'other' 'single'))])]))",
    ),
    (
        "switch -Wildcard -CaseSensitive ($name) { 'a*' { 1 }; 'b*' { 2 } }",
        "(Switch ['wildcard' 'casesensitive'] (pipe [(expr (var 'name'))]) [(SwitchClause (str 'a*' 'single') (block [(pipe [(expr (num 1 '1'))])])) (SwitchClause (str 'b*' 'single') (block [(pipe [(expr (num 2 '2'))])]))])",
    ),
    (
        "switch -File .\\log.txt { 'x' { 1 } }",
        "(Switch ['file'] (pipe [(expr (str '.\\\\log.txt'))]) [(SwitchClause (str 'x' 'single') (block [(pipe [(expr (num 1 '1'))])]))])",
    ),
    (
        "if ($a) {1} Get-Foo",
        "(If [(IfClause (pipe [(expr (var 'a'))]) (block [(pipe [(expr (num 1 '1'))])]))]) (pipe [(cmd (str 'Get-Foo'))])",
    ),
    (
        "function a {} function b {}",
        "(FunctionDefinition 'a' (sb (NamedBlock 'end' (block) {unnamed}))) (FunctionDefinition 'b' (sb (NamedBlock 'end' (block) {unnamed})))",
    ),
    (
        "[ValidateNotNull()]$x = 1",
        "(assign (AttributedExpression (Attribute (TypeName 'ValidateNotNull')) (var 'x')) '=' (pipe [(expr (num 1 '1'))]))",
    ),
    ("Get-Foo; Get-Bar", "(pipe [(cmd (str 'Get-Foo'))]) (pipe [(cmd (str 'Get-Bar'))])"),
    ("$x = Get-Date", "(assign (var 'x') '=' (pipe [(cmd (str 'Get-Date'))]))"),
    ("$x = $y | Sort-Object", "(assign (var 'x') '=' (pipe [(expr (var 'y')) (cmd (str 'Sort-Object'))]))"),
]


@pytest.mark.parametrize(("src", "expected"), CASES, ids=[c[0][:50] for c in CASES])
def test_shape(src: str, expected: str) -> None:
    assert shape_of(src) == expected


@pytest.mark.parametrize(
    ("src", "expected"),
    [
        ("; Get-Foo", "(pipe [(cmd (str 'Get-Foo'))])"),
        (
            "{ ; 1 }",
            "(pipe [(expr (sbx (sb (NamedBlock 'end' (block [(pipe [(expr (num 1 '1'))])]) {unnamed}))))])",
        ),
        ("if ($x) { ; }", "(If [(IfClause (pipe [(expr (var 'x'))]) (block))])"),
        ("Get-Foo;;\n;", "(pipe [(cmd (str 'Get-Foo'))])"),
    ],
)
def test_semicolons_where_a_statement_list_starts(src: str, expected: str) -> None:
    # 5.1's StatementListRule skips newlines and semicolons before the first statement.
    assert shape_of(src) == expected


def test_requires_and_using_lines_are_recorded() -> None:
    from pwshlite.syntax.parser import parse

    sb = parse("#Requires -Version 3\nusing namespace System.Text\nusing module X\nparam($a)\nGet-Foo")
    assert sb.requires == ("#Requires -Version 3",)
    assert sb.using == ("using namespace System.Text", "using module X")
    assert sb.param_block is not None and sb.param_block.parameters[0].name == "a"


def test_using_after_a_statement_is_an_error() -> None:
    from tests.unit.parser_cases import first_error

    assert first_error("Get-X\nusing namespace Y").error_id == "UsingMustBeAtStartOfScript"
