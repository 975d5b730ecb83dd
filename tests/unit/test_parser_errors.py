"""Parse errors: PowerShell 5.1 error id, span, incomplete flag and message for each construct."""

from __future__ import annotations

import pytest

from pwshlite.errors import ParseFailure
from pwshlite.syntax.messages import MESSAGES
from pwshlite.syntax.parser import is_incomplete, parse, parse_errors
from tests.unit.parser_cases import first_error

# (source, error id, span start, span end, incomplete)
ERRORS = [
    ("if ($x) {", "MissingEndCurlyBrace", 8, 9, True),
    ("function f {\n  Get-Foo\n", "MissingEndCurlyBrace", 11, 12, True),
    ("switch ($x) {", "MissingEndCurlyBrace", 12, 13, True),
    ("(1 + 2", "MissingEndParenthesisInExpression", 6, 6, True),
    ("(1\n+ 2)", "MissingEndParenthesisInExpression", 2, 2, False),
    ("if ($x", "MissingEndParenthesisAfterStatement", 6, 6, True),
    ("foreach ($i in $x", "MissingEndParenthesisAfterForeach", 17, 17, True),
    ("foreach ($i in", "MissingForeachExpression", 14, 14, True),
    ("$(", "MissingEndParenthesisInSubexpression", 2, 2, True),
    ("@(1, 2", "MissingEndParenthesisInSubexpression", 6, 6, True),
    ("$a[0", "MissingEndSquareBracket", 4, 4, True),
    ("$a.M(1", "MissingEndParenthesisInMethodCall", 6, 6, True),
    ("if", "MissingOpenParenthesisInIfStatement", 2, 2, True),
    ("if ($x)", "MissingStatementBlock", 6, 7, True),
    ("while ($true)", "MissingLoopStatement", 13, 13, True),
    ("foreach ($a in $b)", "MissingForeachStatement", 18, 18, True),
    ("for (;;)", "MissingLoopStatement", 8, 8, True),
    ("if ()", "IfStatementMissingCondition", 4, 4, False),
    ("param($a = )", "MissingExpressionAfterToken", 10, 10, False),
    ("[Parameter(Mandatory=)]$x", "MissingExpressionInNamedArgument", 21, 21, False),
    ("Get-Foo | 1", "ExpressionsMustBeFirstInPipeline", 10, 11, False),
    ("if ($x) { 1 } else", "MissingStatementBlockAfterElse", 18, 18, True),
    ("while", "MissingOpenParenthesisAfterKeyword", 5, 5, True),
    ("do { }", "MissingWhileOrUntilInDoWhile", 6, 6, True),
    ("try {}", "MissingCatchOrFinally", 6, 6, True),
    ("try", "MissingTryStatementBlock", 3, 3, True),
    ("function f", "MissingFunctionBody", 10, 10, True),
    ("function", "MissingNameAfterKeyword", 8, 8, True),
    ("Get-Foo |", "EmptyPipeElement", 9, 9, True),
    ("Get-Foo | | x", "EmptyPipeElement", 9, 9, False),
    ("$a = 1 +", "ExpectedValueExpression", 8, 8, True),
    ("$a -and", "ExpectedValueExpression", 7, 7, True),
    ("$a =", "ExpectedValueExpression", 4, 4, True),
    ("1 + )", "ExpectedValueExpression", 3, 3, False),
    ("$x = -", "MissingExpressionAfterOperator", 6, 6, True),
    ("$x = !", "MissingExpressionAfterOperator", 6, 6, True),
    ("Write-Output 1,", "MissingExpression", 15, 15, True),
    ("$a = 1,", "MissingExpressionAfterToken", 7, 7, True),
    ("$a.M(1,", "MissingExpressionAfterToken", 7, 7, True),
    ("()", "ExpectedExpression", 1, 1, False),
    ('"abc', "TerminatorExpectedAtEndOfString", 0, 4, True),
    ("'abc", "TerminatorExpectedAtEndOfString", 0, 4, True),
    ('@"\nabc', "TerminatorExpectedAtEndOfString", 0, 6, True),
    ('@"\nabc\n "@', "WhitespaceBeforeHereStringFooter", 8, 10, True),
    ('@"x\n"@', "UnexpectedCharactersAfterHereStringHeader", 2, 2, False),
    ("<# open", "MissingTerminatorMultiLineComment", 0, 7, True),
    ("${abc", "IncompleteDollarVariableReference", 0, 5, True),
    ("Get-Foo `", "IncompleteString", 8, 9, True),
    ("@{ a = 1", "IncompleteHashLiteral", 8, 8, True),
    ("@{ a", "MissingEqualsInHashLiteral", 4, 4, False),
    ("@{ a\n= 1 }", "MissingEqualsInHashLiteral", 4, 4, False),
    ("@{ a = }", "MissingStatementInHashLiteral", 6, 6, False),
    ("cd C:\\temp && dir", "InvalidEndOfLine", 11, 13, False),
    ("Get-Foo || x", "InvalidEndOfLine", 8, 10, False),
    ("Get-Foo < in.txt", "RedirectionNotSupported", 8, 9, False),
    ("Get-Foo 1>&2", "RedirectionNotSupported", 8, 12, False),
    ("Get-Foo & x", "AmpersandNotAllowed", 8, 9, False),
    ("Get-Foo -Name:", "ParameterRequiresArgument", 14, 14, False),
    ("Get-Foo -Name:\nGet-Bar", "ParameterRequiresArgument", 14, 14, False),
    ("Get-Foo 2>", "MissingFileSpecification", 10, 10, False),
    ("2>", "MissingFileSpecification", 2, 2, False),  # parsing-notes §incomplete input: `2>` alone
    ("2>  \n", "MissingFileSpecification", 2, 2, False),
    ("Write-Output 1 >", "MissingFileSpecification", 16, 16, False),
    ("Write-Output 1 2>&1 >>", "MissingFileSpecification", 22, 22, False),
    ("&", "MissingExpression", 0, 1, False),
    (".", "MissingExpression", 0, 1, False),
    ("}", "UnexpectedToken", 0, 1, False),
    (")", "UnexpectedToken", 0, 1, False),
    ("$a.b (1)", "UnexpectedToken", 5, 6, False),
    ("$x = 1 $y = 2", "UnexpectedToken", 7, 9, False),
    ("$a -foo $b", "UnexpectedToken", 3, 7, False),
    ("$x.", "MissingPropertyName", 3, 3, True),
    ("[int", "EndSquareBracketExpectedAtEndOfAttribute", 0, 4, True),
    ("$x = $", "InvalidVariableReference", 5, 6, False),
    ("[CmdletBinding()]", "UnexpectedAttribute", 0, 17, False),
    (
        "function T {\n param ( )\n dynamicparam { }\n Write-Host 'x'\n}",
        "MissingEndCurlyBrace",
        11,
        12,
        False,
    ),
    ("foreach ($f in $x) {\n 1\n} | Format-Table", "EmptyPipeElement", 26, 27, False),
    ("Get-A\n  | Get-B", "EmptyPipeElement", 8, 9, False),
    ("Sort-Object {$_ -split ' ')[0]}", "MissingEndCurlyBrace", 12, 13, False),
    ("(1 }", "MissingEndParenthesisInExpression", 2, 2, False),
    ("if ($x) { 1 )", "MissingEndCurlyBrace", 8, 9, False),
    ("[CmdletBinding()]\nGet-Foo", "UnexpectedAttribute", 0, 17, False),
    ("param($a", "MissingEndParenthesisInFunctionParameterList", 8, 8, True),
    ("function f ($a", "MissingEndParenthesisInFunctionParameterList", 14, 14, True),
    ("Get-X\nusing namespace Y", "UsingMustBeAtStartOfScript", 6, 11, False),
]


@pytest.mark.parametrize(
    ("src", "error_id", "start", "end", "incomplete"), ERRORS, ids=[e[0] for e in ERRORS]
)
def test_error(src: str, error_id: str, start: int, end: int, incomplete: bool) -> None:
    err = first_error(src)
    assert (err.error_id, err.span.start, err.span.end, err.incomplete) == (error_id, start, end, incomplete)
    prefix = MESSAGES[error_id].split("{0}")[0].replace("{{", "{").replace("}}", "}")
    assert err.message.startswith(prefix) and "{0}" not in err.message


MESSAGE_TEXTS = [
    ("if ($x) {", "Missing closing '}' in statement block or type definition."),
    ("Get-Foo |", "An empty pipe element is not allowed."),
    ("$a = 1 +", "You must provide a value expression following the '+' operator."),
    ("$a -and", "You must provide a value expression following the '-and' operator."),
    ("$x = -", "Missing expression after unary operator '-'."),
    ("$x = 1 $y = 2", "Unexpected token '$y' in expression or statement."),
    ('"abc', 'The string is missing the terminator: ".'),
    ('@"\nabc', 'The string is missing the terminator: "@.'),
    ("cd C:\\temp && dir", "The token '&&' is not a valid statement separator in this version."),
    ("Get-Foo < x", "The '<' operator is reserved for future use."),
    ("if", "Missing '(' after 'if' in if statement."),
    ("if ($x)", "Missing statement block after if ( condition )."),
    ("while", "Missing opening '(' after keyword 'while'."),
    ("Write-Output 1,", "Missing expression after ',' in pipeline element."),
    ("$a = 1,", "Missing expression after ','."),
    ("&", "Missing expression after '&' in pipeline element."),
    ("Get-Foo -Name:", "Parameter -Name: requires an argument."),
    ("@{ a }", "Missing '=' operator after key in hash literal."),
    ("<#", "The terminator '#>' is missing from the multiline comment."),
    ("${x", "${variable} reference starting is missing the closing '}'."),
]


@pytest.mark.parametrize(("src", "text"), MESSAGE_TEXTS, ids=[m[0] for m in MESSAGE_TEXTS])
def test_message_text(src: str, text: str) -> None:
    assert first_error(src).message == text


def test_errors_carry_line_and_column_on_crlf_input() -> None:
    err = first_error("Get-Foo\r\n$x = 1 +\r\n\r\n")
    assert (err.span.line, err.span.column) == (2, 9)


def test_error_in_string_subexpression_points_into_the_string() -> None:
    err = first_error('"a $(1 +) b"')
    assert err.error_id == "ExpectedValueExpression"
    assert err.span.start == 8


def test_hash_literal_missing_equals_at_end_is_also_incomplete() -> None:
    ids = [(e.error_id, e.incomplete) for e in parse_errors("@{ a")]
    assert ids == [("MissingEqualsInHashLiteral", False), ("IncompleteHashLiteral", True)]
    assert is_incomplete("@{ a")


def test_else_without_if_is_a_command_named_else() -> None:
    # Windows PowerShell 5.1 reads a bare `else` as a command name; `;` ends the if statement.
    sb = parse("if ($x) { 1 }; else { 2 }")
    assert [type(s).__name__ for s in sb.end.body.statements] == ["If", "Pipeline"]
    assert sb.end.body.statements[1].elements[0].name.value == "else"


@pytest.mark.parametrize(
    "src",
    ["if ($x) {", "Get-Foo |", "$a = 1 +", "(", "@(", "$(", "@{ a = 1", '"abc', "'abc", '@"\nx', "<#", "${a",
     "Write-Output 1,", "Get-Foo `", "function f", "try {}", "switch ($x) {", "foreach ($i in", "$a =",
     "do { }", "if ($x) { 1 } else"],
)  # fmt: skip
def test_incomplete_input(src: str) -> None:
    assert is_incomplete(src)


@pytest.mark.parametrize(
    "src",
    ["Get-Foo -Name:", "&", ".", "Get-Foo 2>", "}", ")", "$a.b (1)", "if ($x) { 1 }", "Get-Foo", "",
     "cd C:\\temp && dir", "$x = 1 $y = 2 {"],
)  # fmt: skip
def test_not_incomplete(src: str) -> None:
    assert not is_incomplete(src)


def test_parse_failure_lists_errors() -> None:
    with pytest.raises(ParseFailure) as info:
        parse("Get-Foo |", "C:\\x.ps1")
    assert info.value.errors[0].span.file == "C:\\x.ps1"
    assert info.value.incomplete


@pytest.mark.parametrize("src", ['"Failed for $user: oops"', '"$user:"'])
def test_drive_prefix_without_name_is_an_error(src: str) -> None:
    err = first_error(src)
    assert err.error_id == "InvalidVariableReferenceWithDrive"
    assert err.message.startswith("Variable reference is not valid. ':' was not followed")


def test_drive_qualified_variable_in_string() -> None:
    from pwshlite.syntax.dump import shape

    assert shape(parse('"http://$server:8080/"')) == (
        "(pipe [(expr (xstr ['http://' (var 'server:8080') '/'] 'double'))])"
    )


def test_every_open_brace_is_reported_at_end_of_input() -> None:
    errors = parse_errors("function f {\n  if ($x) {\n")
    assert [(e.error_id, e.span.start, e.incomplete) for e in errors] == [
        ("MissingEndCurlyBrace", 23, True),
        ("MissingEndCurlyBrace", 11, True),
    ]


def test_inner_error_then_open_block() -> None:
    errors = parse_errors("if ($x) { $a = 1 +")
    assert [e.error_id for e in errors] == ["ExpectedValueExpression", "MissingEndCurlyBrace"]


def test_closed_condition_parenthesis_is_not_reported() -> None:
    assert [e.error_id for e in parse_errors("while ($x) {")] == ["MissingEndCurlyBrace"]


def test_unterminated_string_inside_a_block_also_reports_the_block() -> None:
    errors = parse_errors('function f {\n  Write-Host "abc\n}\n')
    assert [(e.error_id, e.span.start) for e in errors] == [
        ("TerminatorExpectedAtEndOfString", 26),
        ("MissingEndCurlyBrace", 11),
    ]


def test_byte_order_mark_does_not_count_as_a_column() -> None:
    err = first_error("\ufeff$x = 1 +")
    assert (err.span.line, err.span.column) == (1, 9)
