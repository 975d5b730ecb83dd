"""Spec cases: strings, here-strings, escapes, variable expansion and sub-expressions (parsing-notes §1.7)."""

from __future__ import annotations

import pytest

from tests.unit.parser_cases import shape_of

CASES = [
    ("'it''s'", "(pipe [(expr (str \"it's\" 'single'))])"),
    ("'a `n $x'", "(pipe [(expr (str 'a `n $x' 'single'))])"),
    ('"a ""q"" `"b`" `n`t`0"', "(pipe [(expr (str 'a \"q\" \"b\" \\n\\t\\x00' 'double'))])"),
    ('"cost: $ 5"', "(pipe [(expr (str 'cost: $ 5' 'double'))])"),
    ('"$u.Name"', "(pipe [(expr (xstr [(var 'u') '.Name'] 'double'))])"),
    ('"$a[0]"', "(pipe [(expr (xstr [(var 'a') '[0]'] 'double'))])"),
    (
        '"${user}: $env:USERNAME and $($u.Name)"',
        "(pipe [(expr (xstr [(var 'user' {braced}) ': ' (var 'env:USERNAME') ' and ' (SubExpression (block [(pipe [(expr (Member (var 'u') (str 'Name')))])]))] 'double'))])",
    ),
    (
        '"$($a / ($b + 1))%"',
        "(pipe [(expr (xstr [(SubExpression (block [(pipe [(expr (bin '/' (var 'a') (Paren (pipe [(expr (bin '+' (var 'b') (num 1 '1')))]))))])])) '%'] 'double'))])",
    ),
    (
        '"$("a")"',
        "(pipe [(expr (xstr [(SubExpression (block [(pipe [(expr (str 'a' 'double'))])]))] 'double'))])",
    ),
    ('"`$notvar ``"', "(pipe [(expr (str '$notvar `' 'double'))])"),
    ('"$script:x-$global:y"', "(pipe [(expr (xstr [(var 'script:x') '-' (var 'global:y')] 'double'))])"),
    (
        '$s = @"\nHello $name\n  $($u.Name)\n"@',
        "(assign (var 's') '=' (pipe [(expr (xstr ['Hello ' (var 'name') '\\n  ' (SubExpression (block [(pipe [(expr (Member (var 'u') (str 'Name')))])]))] 'here_double'))]))",
    ),
    (
        "$s = @'\nliteral $x\n\"quotes\" 'here'\n'@",
        "(assign (var 's') '=' (pipe [(expr (str 'literal $x\\n\"quotes\" \\'here\\'' 'here_single'))]))",
    ),
    ('$e = @"\n"@', "(assign (var 'e') '=' (pipe [(expr (str 'here_double'))]))"),
    (
        '$s = @"\na "quoted" word\n"@',
        "(assign (var 's') '=' (pipe [(expr (str 'a \"quoted\" word' 'here_double'))]))",
    ),
    ("“smart” + ‘quotes’", "(pipe [(expr (bin '+' (str 'smart' 'double') (str 'quotes' 'single')))])"),
    ('"multi\nline"', "(pipe [(expr (str 'multi\\nline' 'double'))])"),
]


@pytest.mark.parametrize(("src", "expected"), CASES, ids=[c[0][:50] for c in CASES])
def test_shape(src: str, expected: str) -> None:
    assert shape_of(src) == expected
