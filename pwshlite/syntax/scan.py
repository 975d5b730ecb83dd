"""Character-level scanners of the PowerShell 5.1 tokenizer (strings, variables, numbers, barewords).

Syntax stage, used by lexer.py and strings.py; imports nothing outside pwshlite.syntax. Each function
takes the text, a start offset and a limit and returns an end offset; errors raise LexError with the
PowerShell error id (parsing-notes §1).
"""

from __future__ import annotations

import re

# Characters that end a bareword / generic token (ForceStartNewToken, parsing-notes §1.2).
FORCE_END = frozenset(" \t\r\n\x00&(),;{|}\f\v\u00a0\u0085\u2028\u2029")
DASHES = frozenset("-\u2013\u2014\u2015")
SQUOTES = frozenset("'\u2018\u2019\u201a\u201b")
DQUOTES = frozenset('"\u201c\u201d\u201e')
QUOTES = SQUOTES | DQUOTES
SPACES = frozenset(" \t\f\v\u00a0\ufeff")
NEWLINES = frozenset("\r\n")
# Characters that may follow a number in expression mode (ScanNumberHelper).
AFTER_NUMBER_EXPR = frozenset("!#%*+-./<=>]") | DASHES

_NUMBER = re.compile(
    r"(?:0[xX][0-9a-fA-F]+|(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?:[eE][+\-]?[0-9]+)?)"
    r"(?:[dDlL](?![a-zA-Z0-9]))?(?:[kKmMgGtTpP][bB])?"
)
_WORD = re.compile(r"[\w]+")
_VARNAME = re.compile(r"[\w?]+")


class LexError(Exception):
    """A tokenizer error: PowerShell error id, message arguments, span and incomplete-input flag."""

    def __init__(self, error_id: str, start: int, end: int, *args: str, incomplete: bool = False) -> None:
        super().__init__(error_id)
        self.error_id = error_id
        self.args_ = args
        self.start = start
        self.end = end
        self.incomplete = incomplete


def is_token_end(text: str, pos: int, limit: int) -> bool:
    if pos >= limit:
        return True
    c = text[pos]
    return c in FORCE_END or c.isspace()


def skip_space(text: str, pos: int, limit: int, requires: list[str] | None) -> int:
    """Skip spaces, comments and backtick line continuations; stop at a newline or a token."""
    while pos < limit:
        c = text[pos]
        if c in SPACES or (c.isspace() and c not in NEWLINES):
            pos += 1
        elif c == "#":
            nl = _line_end(text, pos, limit)
            if requires is not None and text[pos : pos + 9].lower() == "#requires":
                requires.append(text[pos:nl].rstrip())
            pos = nl
        elif c == "<" and pos + 1 < limit and text[pos + 1] == "#":
            close = text.find("#>", pos + 2, limit)
            if close < 0:
                raise LexError("MissingTerminatorMultiLineComment", pos, limit, incomplete=True)
            pos = close + 2
        elif c == "`":
            if pos + 1 >= limit:
                raise LexError("IncompleteString", pos, pos + 1, incomplete=True)
            nxt = text[pos + 1]
            if nxt == "\n":
                pos += 2
            elif nxt == "\r":
                pos += 3 if text.startswith("\r\n", pos + 1) else 2
            else:
                return pos
        else:
            return pos
    return pos


def _line_end(text: str, pos: int, limit: int) -> int:
    nl = text.find("\n", pos, limit)
    if nl < 0:
        return limit
    return nl - 1 if nl > pos and text[nl - 1] == "\r" else nl


def skip_newlines(text: str, pos: int, limit: int, requires: list[str] | None) -> int:
    """From a newline, skip every following newline, blank line and comment-only line."""
    while pos < limit and text[pos] in NEWLINES:
        pos = skip_space(text, pos + 1, limit, requires)
    return pos


def scan_single(text: str, pos: int, limit: int) -> int:
    """End offset of a single-quoted string starting at pos (`''` is one quote)."""
    i = pos + 1
    while i < limit:
        if text[i] in SQUOTES:
            if i + 1 < limit and text[i + 1] in SQUOTES:
                i += 2
                continue
            return i + 1
        i += 1
    raise LexError("TerminatorExpectedAtEndOfString", pos, limit, "'", incomplete=True)


def scan_double(text: str, pos: int, limit: int) -> int:
    """End offset of a double-quoted string starting at pos (backticks, `""`, `$(...)` counted)."""
    i = pos + 1
    while i < limit:
        c = text[i]
        if c == "`":
            i += 2
        elif c in DQUOTES:
            if i + 1 < limit and text[i + 1] in DQUOTES:
                i += 2
                continue
            return i + 1
        elif c == "$" and i + 1 < limit and text[i + 1] == "(":
            i = match_paren(text, i + 2, limit)
            if i < 0:
                break
        else:
            i += 1
    raise LexError("TerminatorExpectedAtEndOfString", pos, limit, '"', incomplete=True)


def match_paren(text: str, pos: int, limit: int) -> int:
    """Offset after the `)` closing a `$(` whose body starts at pos (counts parentheses only)."""
    depth = 1
    i = pos
    while i < limit:
        c = text[i]
        if c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
            if depth == 0:
                return i + 1
        i += 1
    return -1


def scan_here(text: str, pos: int, limit: int) -> int:
    """End offset of a here-string whose `@` is at pos."""
    quote = text[pos + 1]
    i = pos + 2
    while i < limit and text[i] in " \t":
        i += 1
    if i < limit and text[i] not in NEWLINES:
        raise LexError("UnexpectedCharactersAfterHereStringHeader", i, i)
    footer_q = SQUOTES if quote in SQUOTES else DQUOTES
    spaced = -1
    line = text.find("\n", i, limit)
    while 0 <= line < limit:
        j = line + 1
        if j + 1 < limit and text[j] in footer_q and text[j + 1] == "@":
            return j + 2
        k = j
        while k < limit and text[k] in " \t":
            k += 1
        if k > j and k + 1 < limit and text[k] in footer_q and text[k + 1] == "@" and spaced < 0:
            spaced = k
        line = text.find("\n", j, limit)
    if spaced >= 0:
        raise LexError("WhitespaceBeforeHereStringFooter", spaced, spaced + 2, incomplete=True)
    closer = "'@" if quote in SQUOTES else '"@'
    raise LexError("TerminatorExpectedAtEndOfString", pos, limit, closer, incomplete=True)


def scan_variable(text: str, pos: int, limit: int) -> tuple[str, int]:
    """Kind ('var', 'braced', 'subexpr', 'invalid') and end offset of a `$...` at pos."""
    i = pos + 1
    if i >= limit:
        return "invalid", i
    c = text[i]
    if c == "(":
        return "subexpr", i + 1
    if c == "{":
        j = i + 1
        while j < limit:
            d = text[j]
            if d == "`":
                j += 2
                continue
            if d == "}":
                if j == i + 1:
                    raise LexError("EmptyVariableReference", pos, j + 1)
                return "braced", j + 1
            j += 1
        raise LexError("IncompleteDollarVariableReference", pos, limit, incomplete=True)
    if c in "$?^":
        return "var", i + 1
    m = _VARNAME.match(text, i, limit)
    if m is None:
        return "invalid", i
    j = m.end()
    # scope / drive prefix: `$env:NAME`, `$script:x` (but `$a::b` is static member access)
    if j < limit and text[j] == ":" and not text.startswith("::", j):
        m = _VARNAME.match(text, j + 1, limit)
        if m is None:
            # `"$user: text"` / `"$user:"`: 5.1 rejects a scope/drive prefix without a name
            raise LexError("InvalidVariableReferenceWithDrive", pos, j + 1)
        j = m.end()
    return "var", j


def variable_name(raw: str) -> tuple[str, bool]:
    """Name (without `$`/`@`, braces and escapes) and braced flag of a variable token's text."""
    if raw.startswith("${") or raw.startswith("@{"):
        inner = raw[2:-1]
        if "`" in inner:
            inner = re.sub(r"`(.)", r"\1", inner)
        return inner, True
    return raw[1:], False


def scan_number(text: str, pos: int, limit: int) -> int:
    """End offset of a number literal at pos, or -1; gives back `.` before `..` (`1..3`)."""
    m = _NUMBER.match(text, pos, limit)
    if m is None:
        return -1
    end = m.end()
    if text[end - 1] == "." and end < limit and text[end] == ".":
        end -= 1
    return end


def scan_word(text: str, pos: int, limit: int) -> int:
    m = _WORD.match(text, pos, limit)
    return m.end() if m else pos


def scan_generic(text: str, pos: int, limit: int) -> int:
    """End offset of a bareword (generic token) starting at pos: runs until a ForceStartNewToken."""
    i = pos
    while i < limit:
        c = text[i]
        if c in FORCE_END or c.isspace():
            break
        if c == "`":
            if i + 1 < limit and text[i + 1] in NEWLINES:
                break
            i += 2
        elif c in SQUOTES:
            i = scan_single(text, i, limit)
        elif c in DQUOTES:
            i = scan_double(text, i, limit)
        elif c == "$" and i + 1 < limit and text[i + 1] == "(":
            j = match_paren(text, i + 2, limit)
            if j < 0:
                raise LexError("IncompleteDollarSubexpressionReference", i, limit, incomplete=True)
            i = j
        elif c == "$" and i + 1 < limit and text[i + 1] == "{":
            i = scan_variable(text, i, limit)[1]
        else:
            i += 1
    return min(i, limit) if i > pos else pos + 1


_TYPE_CHARS = re.compile(r"[\w.+#\\`]*")


def scan_type(text: str, pos: int, limit: int) -> tuple[str, int]:
    """('type', end) for `[T]`, ('attr', end) for `[Name(` at pos (generic and array types nest)."""
    i = pos + 1
    while i < limit and text[i] in " \t":
        i += 1
    m = _TYPE_CHARS.match(text, i, limit)
    if m is None or m.end() == i:
        raise LexError("MissingTypename", pos, pos + 1)
    i = m.end()
    depth = 0
    while i < limit:
        c = text[i]
        if c == "[":
            depth += 1
        elif c == "]":
            if depth == 0:
                return "type", i + 1
            depth -= 1
        elif c == "(" and depth == 0:
            return "attr", i + 1
        elif not (c.isalnum() or c in "_.+#\\`" or (depth and c in ", \t")):
            break
        i += 1
    raise LexError("EndSquareBracketExpectedAtEndOfAttribute", pos, i, incomplete=i >= limit)
