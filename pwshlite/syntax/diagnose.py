"""Maps a failed LALR step (failing token, state stack, value stack) to PowerShell 5.1's parse error.

Syntax stage. The choice follows where 5.1's recursive-descent parser would have stopped: the last
shifted token (an operator, `|`, `=`, a keyword, `-Name:`...) or the innermost unclosed bracket. The
incomplete flag is set when the error id is one 5.1 reports as incomplete input and the failing token
is the end of the input (parsing-notes §4).
"""

from __future__ import annotations

from typing import Any

from pwshlite.errors import ParseError, Source, Span
from pwshlite.syntax import ast
from pwshlite.syntax.messages import INCOMPLETE_IDS, message
from pwshlite.syntax.tokens import Tok

BINARY = frozenset({"PLUS", "MINUS", "OP_MUL", "OP_FORMAT", "DOTDOT", "OP_CMP", "OP_BITWISE", "OP_LOGICAL"})
UNARY = frozenset({"UMINUS", "UPLUS", "OP_UNARY", "PREINC", "PREDEC", "UCOMMA"})
OPENERS = {
    "LBRACE": "MissingEndCurlyBrace",
    "LPAREN": "MissingEndParenthesisInExpression",
    "DOLLAR_LPAREN": "MissingEndParenthesisInSubexpression",
    "AT_LPAREN": "MissingEndParenthesisInSubexpression",
    "AT_LBRACE": "IncompleteHashLiteral",
    "IDX_LBRACKET": "MissingEndSquareBracket",
    "CALL_LPAREN": "MissingEndParenthesisInMethodCall",
    "ATTR_OPEN": "EndSquareBracketExpectedAtEndOfAttribute",
    "CALL_LBRACE": "MissingEndCurlyBrace",
}
LOOP_KEYWORDS = {"WHILE": "while", "FOR": "for", "FOREACH": "foreach", "SWITCH": "switch"}


def _last_tok(values: list[Any]) -> tuple[int, Tok | None]:
    for i in range(len(values) - 1, -1, -1):
        if type(values[i]) is Tok:
            return i, values[i]
    return -1, None


_CLOSES = {"RPAREN": ("LPAREN", "CALL_LPAREN", "DOLLAR_LPAREN", "AT_LPAREN"),
           "RBRACE": ("LBRACE", "AT_LBRACE", "CALL_LBRACE"), "RBRACKET": ("IDX_LBRACKET", "ATTR_OPEN")}  # fmt: skip


def _unclosed(values: list[Any]) -> list[int]:
    """Indices of the bracket tokens on the value stack that no later token closes, bottom first.

    A finished `if (...)` keeps its `(` and `)` on the stack until its block is reduced, so an open
    bracket is one without a matching closer above it, not merely one still on the stack."""
    open_: list[int] = []
    for i, v in enumerate(values):
        if type(v) is not Tok:
            continue
        if v.type in OPENERS:
            open_.append(i)
        elif v.type in _CLOSES and open_ and values[open_[-1]].type in _CLOSES[v.type]:
            open_.pop()
    return open_


def _opener(values: list[Any]) -> tuple[int, Tok | None]:
    """The innermost bracket token that is still open."""
    found = _unclosed(values)
    if not found:
        return -1, None
    return found[-1], values[found[-1]]


class Diagnosis:
    """Builds the ParseError for one failure."""

    def __init__(self, source: Source, tok: Tok, values: list[Any], prev_end: int) -> None:
        self.source = source
        self.tok = tok
        self.values = values
        self.at_end = tok.type == "$END"
        self.prev_end = prev_end

    def error(self, error_id: str, start: int, end: int, *args: str, site: bool | None = None) -> ParseError:
        """site: whether 5.1 reports this through ReportIncompleteInput (None: look the id up)."""
        incomplete = self.at_end and (error_id in INCOMPLETE_IDS if site is None else site)
        return ParseError(error_id, message(error_id, *args), Span(self.source, start, end), incomplete)

    def after(self, t: Any) -> tuple[int, int]:
        end = t.end if type(t) is Tok else t.span.end
        return end, end

    def here(self) -> tuple[int, int]:
        """The failing token's span (end of input: just after the last token)."""
        if self.at_end:
            return self.prev_end, self.prev_end
        return self.tok.start, self.tok.end

    def diagnose(self) -> ParseError:
        values, tok = self.values, self.tok
        last = values[-1] if values else None
        attr = self._trailing_attribute()
        if attr is not None:
            return attr
        if self._after_named_blocks():
            _, opener = _opener(values)
            if opener is not None and opener.type == "LBRACE":
                return self.error("MissingEndCurlyBrace", opener.start, opener.end)
        lt = last.type if type(last) is Tok else ""
        if tok.type == "BAD" and not lt:
            return self.unexpected()
        if tok.type == "REDIR" and not self.source.text[tok.end :].split("\n", 1)[0].strip():
            return self.error("MissingFileSpecification", tok.end, tok.end)  # `2>` alone on its line
        found = self._after_token(last, lt) if type(last) is Tok else None
        if found is not None:
            return found
        if tok.type == "PIPE":  # `} | Format-Table`, a line starting with `|` (PowerShell 7 style)
            return self.error("EmptyPipeElement", tok.start, tok.end)
        found = self._keyword_context()
        if found is not None:
            return found
        return self._bracket_context()

    def _after_named_blocks(self) -> bool:
        """Statements after `begin {}`/`process {}`...: 5.1 closes the body and misses its `}`."""
        last = self.values[-1] if self.values else None
        if type(last) is list and last and type(last[-1]) is ast.NamedBlock:
            return True
        return type(last) is ast.NamedBlock

    def _trailing_attribute(self) -> ParseError | None:
        """`[CmdletBinding()]` not followed by `param(` or an expression: UnexpectedAttribute."""
        values = self.values
        last = values[-1] if values else None
        if type(last) is ast.Attribute:
            return self.error("UnexpectedAttribute", last.span.start, last.span.end, last.type_name.name)
        if type(last) is Tok and last.type == "RBRACKET":
            for i in range(len(values) - 2, max(-1, len(values) - 5), -1):
                v = values[i]
                if type(v) is Tok and v.type == "ATTR_OPEN":
                    name = "".join(v.value[1:-1].split())
                    return self.error("UnexpectedAttribute", v.start, last.end, name)
        return None

    def unexpected(self) -> ParseError:
        tok = self.tok
        if self.at_end:
            return self.error("UnexpectedToken", tok.start, tok.end, "")
        text = tok.value if tok.type != "NL" else "\n"
        return self.error("UnexpectedToken", tok.start, tok.end, text)

    def _after_token(self, last: Tok, lt: str) -> ParseError | None:
        after = self.after(last)
        if lt == "PIPE":
            return self.error("EmptyPipeElement", *after)
        if lt in BINARY:
            return self.error("ExpectedValueExpression", *after, last.value)
        if lt in UNARY:
            return self.error("MissingExpressionAfterOperator", *after, last.value)
        if lt == "COMMA" and len(self.values) >= 2 and type(self.values[-2]) is list:
            return self.error("MissingExpression", *after, ",", site=True)  # command-argument list
        if lt in ("COMMA", "ARGCOMMA"):
            return self.error("MissingExpressionAfterToken", *after, ",")
        if lt in ("EQUALS", "ASSIGNOP"):
            return self._after_equals(last, after)
        if lt == "PARAM_COLON":
            return self.error("ParameterRequiresArgument", *after, last.value)
        if lt in ("AMP", "DOTSRC"):
            return self.error("MissingExpression", last.start, last.end, last.value)
        if lt == "REDIR":
            return self.error("MissingFileSpecification", *after)
        if lt in ("DOT", "COLONCOLON"):
            return self.error("MissingPropertyName", *after)
        if lt == "HASHKEY":
            return self.error("MissingEqualsInHashLiteral", *after)
        return self._keyword_token(last, lt)

    def _after_equals(self, last: Tok, after: tuple[int, int]) -> ParseError:
        i, opener = _opener(self.values)
        if opener is not None and opener.type == "AT_LBRACE" and i == len(self.values) - 3:
            return self.error("MissingStatementInHashLiteral", *after)
        if opener is not None and opener.type == "ATTR_OPEN":
            return self.error("MissingExpressionInNamedArgument", *after)
        before = self.values[i - 1] if opener is not None and i > 0 else None
        if opener is not None and opener.type == "LPAREN" and type(before) is Tok:
            if before.type in ("PARAM_KW", "BAREWORD"):  # param(...) / function f(...) default value
                return self.error("MissingExpressionAfterToken", *after, "=")
        return self.error("ExpectedValueExpression", *after, last.value)

    def _keyword_token(self, last: Tok, lt: str) -> ParseError | None:
        after = self.after(last)
        if lt in ("IF", "ELSEIF"):
            return self.error("MissingOpenParenthesisInIfStatement", *after, last.value)
        if lt == "ELSE":
            return self.error("MissingStatementBlockAfterElse", *after)
        if lt in ("WHILE", "FOR", "UNTIL", "FOREACH"):
            return self.error("MissingOpenParenthesisAfterKeyword", *after, last.value.lower())
        if lt == "IN":
            return self.error("MissingForeachExpression", *after)
        if lt == "DO":
            return self.error("MissingLoopStatement", *after, "do")
        if lt == "TRY":
            return self.error("MissingTryStatementBlock", *after)
        if lt == "CATCH":
            return self.error("MissingCatchHandlerBlock", *after)
        if lt == "FINALLY":
            return self.error("MissingFinallyStatementBlock", *after)
        if lt == "TRAP":
            return self.error("MissingTrapStatement", *after)
        if lt in ("FUNCTION", "FILTER", "ENUM"):
            return self.error("MissingNameAfterKeyword", *after, last.value.lower())
        if lt in ("BEGIN", "PROCESS", "END", "DYNAMICPARAM"):
            return self.error("MissingNamedStatementBlock", *after, last.value.lower())
        if lt == "SWITCH":
            return self.error("PipelineValueRequired", *after)
        if lt == "LPAREN" and self.tok.type == "RPAREN":
            before = self.values[-2] if len(self.values) >= 2 else None
            if type(before) is Tok and before.type in ("IF", "ELSEIF"):
                return self.error("IfStatementMissingCondition", *after, before.value)
            return self.error("ExpectedExpression", *after)
        if lt == "RPAREN":
            return self._after_rparen(last)
        return None

    def _after_rparen(self, rparen: Tok) -> ParseError | None:
        """`if (...)` / `while (...)` / `foreach (...)` / `for (...)` with no statement block."""
        values = self.values
        head = values[-4] if len(values) >= 4 else None
        if type(head) is Tok and head.type in ("IF", "ELSEIF"):
            return self.error("MissingStatementBlock", rparen.start, rparen.end, head.value.lower())
        if type(head) is Tok and head.type == "WHILE" and not self._is_do_while("WHILE"):
            return self.error("MissingLoopStatement", *self.after(rparen), "while")
        if len(values) >= 6 and type(values[-6]) is Tok and values[-6].type == "FOREACH":
            return self.error("MissingForeachStatement", *self.after(rparen))
        if len(values) >= 8 and type(values[-8]) is Tok and values[-8].type == "FOR":
            return self.error("MissingLoopStatement", *self.after(rparen), "for")
        return None

    def _is_do_while(self, lt: str) -> bool:
        return len(self.values) >= 3 and type(self.values[-3]) is Tok and self.values[-3].type == "DO"

    def _keyword_context(self) -> ParseError | None:
        """Errors decided by the statement being built: try without catch, function without body."""
        values = self.values
        if len(values) >= 2 and type(values[-2]) is Tok and values[-2].type == "TRY":
            return self.error("MissingCatchOrFinally", *self.after(values[-1]))
        if len(values) >= 2 and type(values[-2]) is Tok and values[-2].type in ("FUNCTION", "FILTER"):
            return self.error("MissingFunctionBody", *self.after(values[-1]))
        if len(values) >= 2 and type(values[-2]) is Tok and values[-2].type == "DO":
            return self.error("MissingWhileOrUntilInDoWhile", *self.after(values[-1]))
        return None

    def _paren_error(self, i: int, at: int) -> ParseError:
        """A `(` left open: after if/while/foreach/switch 5.1 names the statement."""
        before = self.values[i - 1] if i > 0 else None
        if type(before) is not Tok:
            return self.error("MissingEndParenthesisInExpression", at, at)
        kw = before.type
        if kw in ("IF", "ELSEIF", "WHILE", "UNTIL"):
            start, end = self.here() if not self.at_end and self.tok.type != "NL" else (at, at)
            return self.error("MissingEndParenthesisAfterStatement", start, end, before.value.lower())
        if kw == "PARAM_KW" or (
            kw == "BAREWORD"
            and i > 1
            and type(self.values[i - 2]) is Tok
            and self.values[i - 2].type in ("FUNCTION", "FILTER")
        ):
            return self.error("MissingEndParenthesisInFunctionParameterList", at, at)
        if kw == "FOREACH":
            return self.error("MissingEndParenthesisAfterForeach", at, at)
        if kw == "SWITCH" or (
            i > 1 and type(self.values[i - 2]) is Tok and self.values[i - 2].type == "SWITCH"
        ):
            return self.error("MissingEndParenthesisInSwitchStatement", at, at)
        return self.error("MissingEndParenthesisInExpression", at, at)

    def _bracket_context(self) -> ParseError:
        i, opener = _opener(self.values)
        tok = self.tok
        if opener is None:
            return self.unexpected()
        last = self.values[-1]
        if opener.type == "LPAREN" and (self.at_end or (type(last) is Tok and last.type == "NL")):
            at = last.start if type(last) is Tok and last.type == "NL" else self.prev_end
            return self._paren_error(i, at)
        if opener.type == "AT_LBRACE" and i == len(self.values) - 2:
            key = self.values[-1]
            if type(key) is not list:
                return self.error("MissingEqualsInHashLiteral", *self.after(key))
        closer = {"LBRACE": "RBRACE", "AT_LBRACE": "RBRACE", "IDX_LBRACKET": "RBRACKET"}.get(
            opener.type, "RPAREN"
        )
        stray = tok.type in ("RPAREN", "RBRACE", "RBRACKET") and tok.type != closer
        if self.at_end or stray:  # 5.1 reports the open bracket first, then the stray closer
            if opener.type == "LPAREN":
                return self._paren_error(i, self.prev_end)
            if opener.type == "AT_LBRACE":
                return self.error("IncompleteHashLiteral", self.prev_end, self.prev_end)
            if opener.type in ("LBRACE", "ATTR_OPEN", "CALL_LBRACE"):
                return self.error(OPENERS[opener.type], opener.start, opener.end)
            return self.error(OPENERS[opener.type], self.prev_end, self.prev_end)
        if tok.type == "NL" and closer == "RPAREN" or tok.type in ("RBRACE",) and closer != "RBRACE":
            return self.error(OPENERS[opener.type], tok.start, tok.start)
        return self.unexpected()

    def unclosed_at_end(self) -> list[ParseError]:
        """At the end of the input, 5.1 also reports every bracket still open, innermost first."""
        out: list[ParseError] = []
        for i in reversed(_unclosed(self.values)):
            v = self.values[i]
            if v.type == "LPAREN":
                out.append(self._paren_error(i, self.prev_end))
            elif v.type == "AT_LBRACE":
                out.append(self.error("IncompleteHashLiteral", self.prev_end, self.prev_end))
            elif v.type in ("LBRACE", "ATTR_OPEN", "CALL_LBRACE"):
                out.append(self.error(OPENERS[v.type], v.start, v.end))
            else:
                out.append(self.error(OPENERS[v.type], self.prev_end, self.prev_end))
        return out


def diagnose(source: Source, tok: Tok, values: list[Any], prev_end: int) -> list[ParseError]:
    """The errors 5.1 reports for this failure: the first one and, at the end of the input, one more
    for every bracket still open (`function f {` + `if ($x) {` gives two MissingEndCurlyBrace)."""
    d = Diagnosis(source, tok, values, prev_end)
    errors = [d.diagnose()]
    if d.at_end:
        seen = {(errors[0].error_id, errors[0].span.start, errors[0].span.end)}
        if errors[0].error_id == "MissingEqualsInHashLiteral":
            span = errors[0].span
            errors.append(d.error("IncompleteHashLiteral", span.start, span.end))
            seen.add(("IncompleteHashLiteral", -1, -1))
        for err in d.unclosed_at_end():
            key = (err.error_id, err.span.start, err.span.end)
            if key not in seen and not (
                err.error_id == "IncompleteHashLiteral" and ("IncompleteHashLiteral", -1, -1) in seen
            ):
                seen.add(key)
                errors.append(err)
    return errors
