"""Parse-error catalogue: PowerShell 5.1 error ids, their message templates, and which are incomplete.

Syntax stage; no imports from pwshlite. Messages are Windows PowerShell 5.1's ParserStrings texts
(facts, reproduced for compatibility). `INCOMPLETE_IDS` lists the ids that 5.1 reports through
ReportIncompleteInput: such an error at the end of the input means "incomplete" (parsing-notes §4).
"""

from __future__ import annotations

MESSAGES: dict[str, str] = {
    "UnexpectedToken": "Unexpected token '{0}' in expression or statement.",
    "MissingEndCurlyBrace": "Missing closing '}}' in statement block or type definition.",
    "MissingEndParenthesisInExpression": "Missing closing ')' in expression.",
    "MissingEndParenthesisInSubexpression": "Missing closing ')' in subexpression.",
    "MissingEndParenthesisInMethodCall": "Missing ')' in method call.",
    "MissingEndSquareBracket": "Missing ']' after array index expression.",
    "MissingEndParenthesisInFunctionParameterList": "Missing ')' in function parameter list.",
    "MissingEndParenthesisAfterStatement": "Missing closing ')' after expression in '{0}' statement.",
    "MissingEndParenthesisInSwitchStatement": "Missing ')' after expression in switch statement.",
    "MissingEndParenthesisAfterForeach": "Missing closing ')' after expression part of foreach loop.",
    "MissingStatementBlock": "Missing statement block after {0} ( condition ).",
    "MissingStatementBlockAfterElse": "Missing statement block after 'else' keyword.",
    "MissingNamedStatementBlock": "Missing statement block after '{0}'.",
    "MissingOpenParenthesisInIfStatement": "Missing '(' after '{0}' in if statement.",
    "MissingOpenParenthesisAfterKeyword": "Missing opening '(' after keyword '{0}'.",
    "IfStatementMissingCondition": "Missing condition in if statement after '{0} ('.",
    "MissingExpressionAfterKeyword": "Missing expression after '{0}' in loop.",
    "MissingLoopStatement": "Missing statement body in {0} loop.",
    "MissingWhileOrUntilInDoWhile": "Missing while or until keyword in do loop.",
    "MissingVariableNameAfterForeach": "Missing variable name after foreach.",
    "MissingInInForeach": "Missing 'in' after variable in foreach loop.",
    "MissingForeachExpression": "Missing expression in foreach loop.",
    "MissingForeachStatement": "Missing statement body in foreach loop.",
    "MissingCurlyBraceInSwitchStatement": "Missing '{{' in switch statement.",
    "PipelineValueRequired": (
        "A switch statement must have one of the following:  '-file file_name' or '( expression )'."
    ),
    "MissingSwitchStatementClause": "Missing statement block in switch statement clause.",
    "MissingSwitchValueExpression": "Missing expression after '(' in switch statement.",
    "MissingTryStatementBlock": "The Try statement is missing its statement block.",
    "MissingCatchOrFinally": "The Try statement is missing its Catch or Finally block.",
    "MissingCatchHandlerBlock": "The Catch block is missing its statement block.",
    "MissingFinallyStatementBlock": "The Finally block is missing its statement block.",
    "MissingTrapStatement": "The 'trap' statement was incomplete. A trap statement requires a body.",
    "MissingNameAfterKeyword": "Missing name after {0} keyword.",
    "MissingFunctionBody": "Missing function body in function declaration.",
    "ExpectedExpression": "An expression was expected after '('.",
    "ExpectedValueExpression": "You must provide a value expression following the '{0}' operator.",
    "MissingExpressionAfterOperator": "Missing expression after unary operator '{0}'.",
    "MissingExpressionAfterToken": "Missing expression after '{0}'.",
    "MissingExpression": "Missing expression after '{0}' in pipeline element.",
    "MissingArgument": "Missing argument in parameter list.",
    "MissingPropertyName": "Missing property name after reference operator.",
    "MissingArrayIndexExpression": "Array index expression is missing or not valid.",
    "TerminatorExpectedAtEndOfString": "The string is missing the terminator: {0}.",
    "WhitespaceBeforeHereStringFooter": "White space is not allowed before the string terminator.",
    "UnexpectedCharactersAfterHereStringHeader": (
        "No characters are allowed after a here-string header but before the end of the line."
    ),
    "MissingTerminatorMultiLineComment": "The terminator '#>' is missing from the multiline comment.",
    "IncompleteString": "Incomplete string token.",
    "IncompleteDollarVariableReference": "${{variable}} reference starting is missing the closing '}}'.",
    "IncompleteDollarSubexpressionReference": "$(subexpression) is missing the closing ')'.",
    "EmptyVariableReference": (
        "An empty ${{}} variable reference was found. A name is required inside the braces."
    ),
    "InvalidVariableReference": (
        "Variable reference is not valid. '$' was not followed by a valid variable name character. "
        "Consider using ${{}} to delimit the name."
    ),
    "InvalidVariableReferenceWithDrive": (
        "Variable reference is not valid. ':' was not followed by a valid variable name character. "
        "Consider using ${{}} to delimit the name."
    ),
    "MissingKeyInHashLiteral": "Missing key before '=' in hash literal.",
    "MissingEqualsInHashLiteral": "Missing '=' operator after key in hash literal.",
    "MissingStatementInHashLiteral": "Missing statement after '=' in hash literal.",
    "IncompleteHashLiteral": "The hash literal was incomplete.",
    "MissingEqualsInNamedArgument": 'The "=" operator is missing after a named argument.',
    "MissingExpressionInNamedArgument": "Missing statement after '=' in named argument.",
    "EmptyPipeElement": "An empty pipe element is not allowed.",
    "ExpressionsMustBeFirstInPipeline": "Expressions are only allowed as the first element of a pipeline.",
    "InvalidEndOfLine": "The token '{0}' is not a valid statement separator in this version.",
    "AmpersandNotAllowed": (
        "The ampersand (&) character is not allowed. The & operator is reserved for future use; wrap "
        'an ampersand in double quotation marks ("&") to pass it as part of a string.'
    ),
    "RedirectionNotSupported": "The '{0}' operator is reserved for future use.",
    "ParameterRequiresArgument": "Parameter {0} requires an argument.",
    "MissingFileSpecification": "Missing file specification after redirection operator.",
    "MissingTypename": "Missing type name after '['.",
    "EndSquareBracketExpectedAtEndOfAttribute": "Missing ] at end of attribute or type literal.",
    "BadNumericConstant": "The numeric constant {0} is not valid.",
    "MissingStatementTerminator": "Missing a newline or semicolon.",
    "UsingMustBeAtStartOfScript": "A 'using' statement must appear before any other statements in a script.",
    "UnexpectedAttribute": "Unexpected attribute '{0}'.",
    "ScriptTooComplicated": "Processing was stopped because the script is too complex.",
}

# Ids that 5.1 raises through ReportIncompleteInput (incomplete when detected at the end of input).
INCOMPLETE_IDS = frozenset(
    {
        "MissingEndCurlyBrace",
        "MissingEndParenthesisInExpression",
        "MissingEndParenthesisInSubexpression",
        "MissingEndParenthesisInMethodCall",
        "MissingEndSquareBracket",
        "MissingEndParenthesisInFunctionParameterList",
        "MissingEndParenthesisAfterStatement",
        "MissingEndParenthesisInSwitchStatement",
        "MissingEndParenthesisAfterForeach",
        "MissingStatementBlock",
        "MissingStatementBlockAfterElse",
        "MissingNamedStatementBlock",
        "MissingOpenParenthesisInIfStatement",
        "MissingOpenParenthesisAfterKeyword",
        "IfStatementMissingCondition",
        "MissingExpressionAfterKeyword",
        "MissingLoopStatement",
        "MissingWhileOrUntilInDoWhile",
        "MissingVariableNameAfterForeach",
        "MissingInInForeach",
        "MissingForeachExpression",
        "MissingForeachStatement",
        "MissingCurlyBraceInSwitchStatement",
        "PipelineValueRequired",
        "MissingSwitchStatementClause",
        "MissingTryStatementBlock",
        "MissingCatchOrFinally",
        "MissingCatchHandlerBlock",
        "MissingFinallyStatementBlock",
        "MissingTrapStatement",
        "MissingNameAfterKeyword",
        "MissingFunctionBody",
        "ExpectedExpression",
        "ExpectedValueExpression",
        "MissingExpressionAfterOperator",
        "MissingExpressionAfterToken",
        "MissingStatementInHashLiteral",
        "IncompleteHashLiteral",
        "EmptyPipeElement",
        "TerminatorExpectedAtEndOfString",
        "WhitespaceBeforeHereStringFooter",
        "MissingTerminatorMultiLineComment",
        "IncompleteString",
        "IncompleteDollarVariableReference",
        "IncompleteDollarSubexpressionReference",
        "EndSquareBracketExpectedAtEndOfAttribute",
        "MissingArrayIndexExpression",
        "MissingPropertyName",
    }
)


def message(error_id: str, *args: str) -> str:
    """The 5.1 message text of an error id with its arguments filled in."""
    template = MESSAGES.get(error_id, "Unexpected token '{0}' in expression or statement.")
    try:
        return template.format(*args)
    except (IndexError, KeyError):
        return template
