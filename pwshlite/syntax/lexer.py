"""The modal lexer: scans each token in the PowerShell mode that the live LALR state calls for.

Syntax stage; imports only pwshlite.syntax.scan (never lark at run time). The parser driver
(parser.py) owns the state stack and feeds it to `Scanner.tokens()`, which looks at the stack before
every token. `PwshLexer` is the same lexer behind Lark's custom-lexer interface
(`__future_interface__ = 2`), used when the grammar is compiled (build.py). See powershell.lark's header
and docs/parser.md for the design (parsing-notes §2.1).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from pwshlite.syntax.scan import (
    AFTER_NUMBER_EXPR,
    DASHES,
    FORCE_END,
    QUOTES,
    SQUOTES,
    LexError,
    is_token_end,
    scan_double,
    scan_generic,
    scan_here,
    scan_number,
    scan_single,
    scan_type,
    scan_variable,
    scan_word,
    skip_newlines,
    skip_space,
)
from pwshlite.syntax.tokens import (  # noqa: F401  (Tok and Table are re-exported)
    ARG_TERMS,
    BINARY_OPS,
    CONTINUATION_KEYWORDS,
    END_OF_ARGS,
    KEEP_NL,
    KEYWORDS,
    MODES,
    OP_TERMS,
    STRUCT,
    UNARY_WORDS,
    VALUE_END,
    Table,
    Tok,
)


class Trivia:
    """What a script file's lexer records besides tokens: `#Requires` lines and `using` lines."""

    __slots__ = ("requires", "using")

    def __init__(self) -> None:
        self.requires: list[str] = []
        self.using: list[str] = []


class Scanner:
    """Tokenizes text[pos:limit] for one parse; `stack` is the live LALR state stack."""

    def __init__(self, table: Table, text: str, pos: int, limit: int, stack: list[int],
                 trivia: Trivia | None = None) -> None:  # fmt: skip
        self.t = table
        self.text = text
        self.pos = pos
        self.limit = limit
        self.stack = stack
        self.trivia = trivia
        self.requires = trivia.requires if trivia is not None else None
        self.prev_type = ""
        self.prev_end = -1
        self.verbatim_params = False  # after `--`: `-Name` and `--` are plain arguments

    # -- parse-table queries ------------------------------------------------------------------------
    def accepts(self, term: str) -> bool:
        """Exact check: after the reductions term would trigger, is term shifted?"""
        actions, rules, stack = self.t.actions, self.t.rules, self.stack
        depth = len(stack)
        extra: list[int] = []
        state = stack[-1]
        for _ in range(100000):
            a = actions[state].get(term)
            if a is None:
                return False
            if a >= 0:
                return True
            origin, size = rules[~a][0], rules[~a][1]
            if size <= len(extra):
                del extra[len(extra) - size :]
            else:
                depth -= size - len(extra)
                extra.clear()
            base = extra[-1] if extra else stack[depth - 1]
            state = actions[base][origin]
            if state == self.t.end and term == "$END":
                return True
            extra.append(state)
        return False

    def settle(self) -> int:
        """The top state after the reductions its state makes whatever comes next."""
        t, stack = self.t, self.stack
        top = stack[-1]
        d = t.default[top]
        if d is None:
            return top
        depth = len(stack)
        extra: list[int] = []
        while d is not None:
            origin, size = t.rules[d][0], t.rules[d][1]
            if size <= len(extra):
                del extra[len(extra) - size :]
            else:
                depth -= size - len(extra)
                extra.clear()
            base = extra[-1] if extra else stack[depth - 1]
            top = t.actions[base][origin]
            extra.append(top)
            d = t.default[top]
        return top

    def current_mode(self) -> tuple[str, dict[str, int]]:
        t = self.t
        state = self.stack[-1]
        if t.default[state] is not None:
            state = self.settle()
        row = self.t.actions[state]
        mode = self.t.mode[state]
        if mode == "sim":
            if self.accepts("BAREWORD"):
                mode = "arg"
            else:
                mode = "cast" if "UMINUS" in row else "op"
        return mode, row

    # -- the token loop -----------------------------------------------------------------------------
    def tokens(self) -> Iterator[Tok]:
        text, limit = self.text, self.limit
        pos = self.pos
        scanners = {m: getattr(self, "scan_" + m) for m in MODES}
        while True:
            pos = skip_space(text, pos, limit, self.requires)
            if pos >= limit:
                break
            c = text[pos]
            if c == "\n" or c == "\r":
                start = pos
                pos = skip_newlines(text, pos, limit, self.requires)
                if self.accepts("NL"):
                    if pos < limit and self._continues(pos):
                        continue
                elif self.prev_type not in KEEP_NL:
                    continue
                tok = Tok("NL", "\n", start, start + 1)
            elif c == ";" and self._leading_semicolon():
                pos += 1
                continue
            else:
                mode, row = self.current_mode()
                if mode == "stmt" and (c == "u" or c == "U") and self._using_line(pos):
                    if len(self.stack) != 1 or self.trivia is None:
                        raise LexError("UsingMustBeAtStartOfScript", pos, pos + 5)
                    pos = self._skip_line(pos)
                    continue
                tok = scanners[mode](pos, c, row)
                pos = tok.end
            self.prev_type = tok.type
            self.prev_end = tok.end
            if tok.type in END_OF_ARGS:
                self.verbatim_params = tok.type == "DASHDASH"
            yield tok
        yield Tok("$END", "", limit, limit)

    def _using_line(self, pos: int) -> bool:
        """A `using namespace/module/assembly ...` line of a script file (recorded, not parsed)."""
        end = pos + 5
        return self.text[pos:end].lower() == "using" and end < self.limit and self.text[end] in " \t"

    def _skip_line(self, pos: int) -> int:
        end = self.text.find("\n", pos, self.limit)
        end = self.limit if end < 0 else end
        assert self.trivia is not None
        self.trivia.using.append(self.text[pos:end].strip())
        return end

    def _leading_semicolon(self) -> bool:
        """`;` where a statement list starts (`{ ; }`, `$( ;1)`): 5.1 skips it like a newline."""
        if self.accepts("SEMI"):
            return False
        return self.accepts("RBRACE") or self.accepts("RPAREN") or self.accepts("$END")

    def _continues(self, pos: int) -> bool:
        """After newlines: does else/elseif/catch/finally follow and does the state take it?"""
        e = scan_word(self.text, pos, self.limit)
        kw = CONTINUATION_KEYWORDS.get(self.text[pos:e].lower())
        return kw is not None and is_token_end(self.text, e, self.limit) and self.accepts(kw)

    def tok(self, type_: str, start: int, end: int) -> Tok:
        return Tok(type_, self.text[start:end], start, end)

    # -- statement start ----------------------------------------------------------------------------
    def scan_stmt(self, pos: int, c: str, row: dict[str, int]) -> Tok:
        text, limit = self.text, self.limit
        nxt = text[pos + 1] if pos + 1 < limit else ""
        if c.isdigit():
            e = scan_number(text, pos, limit)
            if e > 0 and (is_token_end(text, e, limit) or text[e] in AFTER_NUMBER_EXPR):
                return self.scan_expr(pos, c, row, True)
            return self.tok("CMDNAME", pos, scan_generic(text, pos, limit))
        if c == ".":
            if nxt.isdigit():
                return self.scan_expr(pos, c, row, True)
            if nxt == "" or nxt.isspace() or nxt == "$" or nxt in QUOTES:
                return self.tok("DOTSRC", pos, pos + 1)
            return self.tok("CMDNAME", pos, scan_generic(text, pos, limit))
        if c == "&":
            if nxt == "&":
                raise LexError("InvalidEndOfLine", pos, pos + 2, "&&")
            return self.tok("AMP", pos, pos + 1)
        if c == ":" and (nxt.isalnum() or nxt == "_") and "LABEL" in row:
            return self.tok("LABEL", pos, scan_word(text, pos + 1, limit))
        if c in DASHES:
            if nxt.isalpha():
                e = scan_word(text, pos + 1, limit)
                if "-" + text[pos + 1 : e].lower() not in UNARY_WORDS:
                    return self.tok("CMDNAME", pos, scan_generic(text, pos, limit))
            return self.scan_expr(pos, c, row, True)
        if c in "$@([{,!+" or c in QUOTES or c in ")};|":
            return self.scan_expr(pos, c, row, True)
        e = scan_generic(text, pos, limit)
        kw = KEYWORDS.get(text[pos:e].lower())
        if kw is not None and kw in row and self.accepts(kw):
            return self.tok(kw, pos, e)
        return self.tok("CMDNAME", pos, e)

    # -- command arguments ----------------------------------------------------------------------------
    def scan_arg(self, pos: int, c: str, row: dict[str, int]) -> Tok:
        text, limit = self.text, self.limit
        nxt = text[pos + 1] if pos + 1 < limit else ""
        if pos == self.prev_end and self.prev_type in VALUE_END:
            glued = self._glued(pos, c, nxt, row)
            if glued is not None:
                return glued
        if c in STRUCT and c != "]":
            return self.tok(STRUCT[c], pos, pos + 1)
        if c == ",":
            return self.tok("COMMA", pos, pos + 1)
        if c == "|" or c == "&":
            return self._pipe_or_amp(pos, c, nxt)
        if c in DASHES:
            return self._arg_dash(pos, nxt)
        if c == ">" or c == "<" or (nxt == ">" and c in "123456*"):
            return self._redirection(pos, c)
        if c == "$":
            kind, e = scan_variable(text, pos, limit)
            if kind == "subexpr":
                return self.tok("DOLLAR_LPAREN", pos, e)
            if kind != "invalid" and (
                is_token_end(text, e, limit) or text[e] in ".[" or text.startswith("::", e)
            ):
                return self.tok("VARIABLE", pos, e)
            return self.tok("BAREWORD", pos, scan_generic(text, pos, limit))
        if c == "@":
            at = self._at(pos, nxt, True)
            if at is not None:
                return at
        elif c in QUOTES:
            return self._string(pos, c)
        elif c.isdigit() or (c == "." and nxt.isdigit()):
            e = scan_number(text, pos, limit)
            if e > 0 and is_token_end(text, e, limit):
                return self.tok("NUMBER", pos, e)
        return self.tok("BAREWORD", pos, scan_generic(text, pos, limit))

    def _arg_dash(self, pos: int, nxt: str) -> Tok:
        text, limit = self.text, self.limit
        if self.verbatim_params:
            return self.tok("BAREWORD", pos, scan_generic(text, pos, limit))
        if nxt in DASHES:
            if text.startswith("%", pos + 2):
                e = pos + 3
                while e < limit and text[e] not in "\r\n|":
                    e += 1
                return self.tok("STOPPARSE", pos, e)
            if is_token_end(text, pos + 2, limit):
                return self.tok("DASHDASH", pos, pos + 2)
        elif nxt.isalpha() or nxt in "_?":
            i = pos + 1
            while i < limit:
                ch = text[i]
                if ch in FORCE_END or ch.isspace() or ch in ".[":
                    break
                if ch == ":":
                    return self.tok("PARAM_COLON", pos, i + 1)
                if ch in QUOTES:
                    return self.tok("BAREWORD", pos, scan_generic(text, pos, limit))
                i += 1
            return self.tok("PARAM", pos, i)
        return self.tok("BAREWORD", pos, scan_generic(text, pos, limit))

    def _glued(self, pos: int, c: str, nxt: str, row: dict[str, int]) -> Tok | None:
        if c == "." and (nxt.isalnum() or nxt in "_$(" or nxt in QUOTES) and "DOT" in row:
            return self.tok("DOT", pos, pos + 1)
        if c == ":" and nxt == ":" and "COLONCOLON" in row:
            return self.tok("COLONCOLON", pos, pos + 2)
        if c == "[" and "IDX_LBRACKET" in row:
            return self.tok("IDX_LBRACKET", pos, pos + 1)
        if c == "(" and self.prev_type == "MEMBERNAME" and "CALL_LPAREN" in row:
            return self.tok("CALL_LPAREN", pos, pos + 1)
        if c == "{" and self.prev_type == "MEMBERNAME" and "CALL_LBRACE" in row:
            return self.tok("CALL_LBRACE", pos, pos + 1)
        return None

    def _pipe_or_amp(self, pos: int, c: str, nxt: str) -> Tok:
        if nxt == c:
            raise LexError("InvalidEndOfLine", pos, pos + 2, c + c)
        if c == "&":
            raise LexError("AmpersandNotAllowed", pos, pos + 1)
        return self.tok("PIPE", pos, pos + 1)

    def _redirection(self, pos: int, c: str) -> Tok:
        text, limit = self.text, self.limit
        if c == "<":
            raise LexError("RedirectionNotSupported", pos, pos + 1, "<")
        i = pos if c == ">" else pos + 1
        if text.startswith(">>", i):
            return self.tok("REDIR", pos, i + 2)
        if text.startswith(">&", i):
            if text.startswith("1", i + 2) and c != ">" and c != "1":
                return self.tok("REDIR_MERGE", pos, i + 3)
            end = i + 3 if i + 2 < limit else i + 2
            raise LexError("RedirectionNotSupported", pos, end, text[pos:end])
        return self.tok("REDIR", pos, i + 1)

    def _at(self, pos: int, nxt: str, arg: bool) -> Tok | None:
        if nxt == "(":
            return self.tok("AT_LPAREN", pos, pos + 2)
        if nxt == "{":
            return self.tok("AT_LBRACE", pos, pos + 2)
        if nxt in QUOTES:
            return self.tok("STRING", pos, scan_here(self.text, pos, self.limit))
        e = scan_word(self.text, pos + 1, self.limit)
        if e > pos + 1:
            return self.tok("SPLAT", pos, e)
        return None

    def _string(self, pos: int, c: str) -> Tok:
        if c in SQUOTES:
            return self.tok("STRING", pos, scan_single(self.text, pos, self.limit))
        return self.tok("STRING", pos, scan_double(self.text, pos, self.limit))

    # -- expressions ----------------------------------------------------------------------------------
    def scan_op(self, pos: int, c: str, row: dict[str, int]) -> Tok:
        return self.scan_expr(pos, c, row, False)

    def scan_cast(self, pos: int, c: str, row: dict[str, int]) -> Tok:
        return self.scan_expr(pos, c, row, True)

    def scan_operand(self, pos: int, c: str, row: dict[str, int]) -> Tok:
        return self.scan_expr(pos, c, row, True)

    def scan_expr(self, pos: int, c: str, row: dict[str, int], operand: bool) -> Tok:
        text, limit = self.text, self.limit
        nxt = text[pos + 1] if pos + 1 < limit else ""
        if not operand and pos == self.prev_end and self.prev_type in VALUE_END:
            glued = self._glued(pos, c, nxt, row)
            if glued is not None:
                return glued
        if c in STRUCT:
            return self.tok(STRUCT[c], pos, pos + 1)
        if c == "," or c == "|" or c == "&":
            if c != ",":
                return self._pipe_or_amp(pos, c, nxt)
            if "ARGCOMMA" in row and self.accepts("ARGCOMMA"):
                return self.tok("ARGCOMMA", pos, pos + 1)
            if operand:
                return self.tok("COMMA" if "COMMA" in row else "UCOMMA", pos, pos + 1)
            return self.tok("COMMA", pos, pos + 1)
        if c == "$":
            kind, e = scan_variable(text, pos, limit)
            if kind == "subexpr":
                return self.tok("DOLLAR_LPAREN", pos, e)
            if kind == "invalid":
                raise LexError("InvalidVariableReference", pos, e)
            return self.tok("VARIABLE", pos, e)
        if c in QUOTES:
            return self._string(pos, c)
        if c == "@":
            return self._at(pos, nxt, False) or self.tok("BAD", pos, pos + 1)
        if c == "[":
            kind, e = scan_type(text, pos, limit)
            return self.tok("TYPE" if kind == "type" else "ATTR_OPEN", pos, e)
        if c.isdigit():
            if nxt == ">" and c in "123456":
                return self._redirection(pos, c)
            return self._number(pos)
        if c in DASHES:
            return self._dash(pos, nxt, row, operand)
        return self._expr_other(pos, c, nxt, row, operand)

    def _number(self, pos: int) -> Tok:
        e = scan_number(self.text, pos, self.limit)
        if e < 0:
            return self.tok("BAD", pos, scan_generic(self.text, pos, self.limit))
        if not (is_token_end(self.text, e, self.limit) or self.text[e] in AFTER_NUMBER_EXPR):
            return self.tok("BAD", pos, scan_generic(self.text, pos, self.limit))
        return self.tok("NUMBER", pos, e)

    def _dash(self, pos: int, nxt: str, row: dict[str, int], operand: bool) -> Tok:
        text, limit = self.text, self.limit
        if nxt == "=":
            return self.tok("ASSIGNOP", pos, pos + 2)
        if nxt in DASHES:
            return self.tok("PREDEC" if operand else "POSTDEC", pos, pos + 2)
        if nxt.isalpha():
            e = scan_word(text, pos + 1, limit)
            word = "-" + text[pos + 1 : e].lower()
            if operand and word in UNARY_WORDS:
                return self.tok("OP_UNARY", pos, e)
            op = BINARY_OPS.get(word)
            if op is not None and (not operand or op in row):
                return self.tok(op, pos, e)
            return self.tok("PARAM", pos, e)
        if operand:
            if nxt.isdigit() or (nxt == "." and text[pos + 2 : pos + 3].isdigit()):
                e = scan_number(text, pos + 1, limit)
                if e > 0 and (is_token_end(text, e, limit) or text[e] in AFTER_NUMBER_EXPR):
                    return self.tok("NUMBER", pos, e)
            return self.tok("UMINUS", pos, pos + 1)
        return self.tok("MINUS", pos, pos + 1)

    def _expr_other(self, pos: int, c: str, nxt: str, row: dict[str, int], operand: bool) -> Tok:
        text, limit = self.text, self.limit
        if c == "+":
            if nxt == "=":
                return self.tok("ASSIGNOP", pos, pos + 2)
            if nxt == "+":
                return self.tok("PREINC" if operand else "POSTINC", pos, pos + 2)
            return self.tok("UPLUS" if operand else "PLUS", pos, pos + 1)
        if c in "*/%":
            if nxt == "=":
                return self.tok("ASSIGNOP", pos, pos + 2)
            if c == "*" and nxt == ">":
                return self._redirection(pos, c)
            return self.tok("OP_MUL", pos, pos + 1)
        if c == "=":
            return self.tok("EQUALS", pos, pos + 1)
        if c == "!":
            return self.tok("OP_UNARY", pos, pos + 1)
        if c == "." and nxt == ".":
            return self.tok("DOTDOT", pos, pos + 2)
        if c == ".":
            if nxt.isdigit():
                return self._number(pos)
            return self.tok("DOT", pos, pos + 1)
        if c == ":" and nxt == ":":
            return self.tok("COLONCOLON", pos, pos + 2)
        if c == ">" or c == "<":
            return self._redirection(pos, c)
        if c.isalpha() or c == "_":
            e = scan_word(text, pos, limit)
            kw = KEYWORDS.get(text[pos:e].lower())
            if kw is not None and is_token_end(text, e, limit) and kw in row and self.accepts(kw):
                return self.tok(kw, pos, e)
            return self.tok("BAD", pos, scan_generic(text, pos, limit))
        return self.tok("BAD", pos, pos + 1)

    # -- simple-name modes ------------------------------------------------------------------------------
    def _simple_name(self, type_: str, pos: int, c: str, row: dict[str, int]) -> Tok:
        if c.isalpha() or c == "_":
            return self.tok(type_, pos, scan_word(self.text, pos, self.limit))
        return self.scan_expr(pos, c, row, True)

    def scan_member(self, pos: int, c: str, row: dict[str, int]) -> Tok:
        if c.isdigit():
            return self.tok("MEMBERNAME", pos, scan_word(self.text, pos, self.limit))
        return self._simple_name("MEMBERNAME", pos, c, row)

    def scan_hashkey(self, pos: int, c: str, row: dict[str, int]) -> Tok:
        return self._simple_name("HASHKEY", pos, c, row)

    def scan_attrarg(self, pos: int, c: str, row: dict[str, int]) -> Tok:
        return self._simple_name("ATTR_NAME", pos, c, row)


class PwshLexer:
    """Lark custom-lexer adapter (interface 2: `lex(lexer_state, parser_state)` sees the live state).

    Lark only needs it to compile the grammar (build.py). Parsing through Lark's own LALR driver would
    need the table in pwshlite's plain form: `table_from_lark` converts it once.
    """

    __future_interface__ = 2

    def __init__(self, lexer_conf: Any = None) -> None:
        self.lexer_conf = lexer_conf
        self._table: Table | None = None

    def lex(self, lexer_state: Any, parser_state: Any) -> Iterator[Tok]:
        if self._table is None:
            self._table = table_from_lark(parser_state.parse_conf)
        text = str(lexer_state.text.text if hasattr(lexer_state.text, "text") else lexer_state.text)
        scanner = Scanner(self._table, text, 0, len(text), parser_state.state_stack)
        for tok in scanner.tokens():
            if tok.type != "$END":
                yield tok


def table_from_lark(parse_conf: Any) -> Table:
    """pwshlite's Table from a live Lark ParseConf (shift = state, reduce = ~rule index)."""
    rules: list[Any] = []
    index: dict[Any, int] = {}
    states = parse_conf.states
    rows: list[dict[str, int]] = [{} for _ in range(max(states) + 1)]
    for state, acts in states.items():
        for sym, (action, arg) in acts.items():
            if action.name == "Shift":
                rows[state][str(sym)] = arg
            else:
                if arg not in index:
                    index[arg] = len(rules)
                    rules.append((str(arg.origin.name), len(arg.expansion), ""))
                rows[state][str(sym)] = ~index[arg]
    return Table(rows, rules, parse_conf.start_state, parse_conf.end_state)
