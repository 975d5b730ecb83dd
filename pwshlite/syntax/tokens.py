"""Tokens and token classes of the modal lexer: Tok, keyword and operator tables, per-state Table.

Syntax stage; imports nothing outside the standard library. `Table` wraps the prebuilt LALR table
(pwshlite/syntax/_parser_table.py) with the per-state facts the lexer caches: the reduction a state
makes whatever comes next, and the scanning mode the state calls for (see docs/parser.md).
"""

from __future__ import annotations

from typing import Any


class Tok:
    """A token: terminal name, source text and [start, end) offsets."""

    __slots__ = ("type", "value", "start", "end")

    def __init__(self, type_: str, value: str, start: int, end: int) -> None:
        self.type = type_
        self.value = value
        self.start = start
        self.end = end

    def __repr__(self) -> str:
        return f"Tok({self.type}, {self.value!r}, {self.start})"

    # Lark's Token position names, so Lark's own LALR driver can consume these tokens (PwshLexer).
    @property
    def start_pos(self) -> int:
        return self.start

    @property
    def end_pos(self) -> int:
        return self.end

    line = column = end_line = end_column = None


KEYWORDS = {
    "if": "IF", "elseif": "ELSEIF", "else": "ELSE", "switch": "SWITCH", "foreach": "FOREACH",
    "in": "IN", "for": "FOR", "while": "WHILE", "do": "DO", "until": "UNTIL", "function": "FUNCTION",
    "filter": "FILTER", "return": "RETURN", "throw": "THROW", "exit": "EXIT", "break": "BREAK",
    "continue": "CONTINUE", "trap": "TRAP", "try": "TRY", "catch": "CATCH", "finally": "FINALLY",
    "param": "PARAM_KW", "begin": "BEGIN", "process": "PROCESS", "end": "END",
    "dynamicparam": "DYNAMICPARAM", "enum": "ENUM",
}  # fmt: skip
CONTINUATION_KEYWORDS = {"else": "ELSE", "elseif": "ELSEIF", "catch": "CATCH", "finally": "FINALLY"}

_CMP = (
    "eq ne gt ge lt le like notlike match notmatch contains notcontains in notin replace split join"
).split()
BINARY_OPS: dict[str, str] = {"-f": "OP_FORMAT"}
for _w in _CMP:
    for _p in ("", "c", "i"):
        BINARY_OPS["-" + _p + _w] = "OP_CMP"
for _w in ("is", "isnot", "as", "shl", "shr"):
    BINARY_OPS["-" + _w] = "OP_CMP"
for _w in ("and", "or", "xor"):
    BINARY_OPS["-" + _w] = "OP_LOGICAL"
for _w in ("band", "bor", "bxor"):
    BINARY_OPS["-" + _w] = "OP_BITWISE"
UNARY_WORDS = frozenset({"-not", "-bnot", "-split", "-csplit", "-isplit", "-join"})

ARG_TERMS = frozenset({"BAREWORD", "PARAM", "PARAM_COLON", "SPLAT", "DASHDASH", "STOPPARSE"})
OP_TERMS = frozenset(
    {"PLUS", "MINUS", "OP_MUL", "OP_FORMAT", "DOTDOT", "OP_CMP", "OP_BITWISE", "OP_LOGICAL", "ASSIGNOP"}
)
# Tokens after which a glued `.`, `::`, `[` is member access / indexing.
VALUE_END = frozenset({"VARIABLE", "RPAREN", "RBRACKET", "STRING", "MEMBERNAME", "TYPE", "RBRACE", "NUMBER"})
# After these, a newline is kept even where it cannot be shifted, so 5.1's error is reported.
KEEP_NL = frozenset({"PARAM_COLON", "AMP", "DOTSRC", "REDIR", "HASHKEY"})
MODES = ("stmt", "arg", "op", "cast", "operand", "member", "hashkey", "attrarg")
END_OF_ARGS = frozenset(
    {"DASHDASH", "PIPE", "NL", "SEMI", "LPAREN", "LBRACE", "DOLLAR_LPAREN", "AT_LPAREN", "RPAREN", "RBRACE"}
)
STRUCT = {"(": "LPAREN", ")": "RPAREN", "{": "LBRACE", "}": "RBRACE", ";": "SEMI", "]": "RBRACKET"}


class Table:
    """The prebuilt LALR table plus per-state facts the lexer caches (default reduction, mode)."""

    def __init__(self, actions: Any, rules: Any, start: int, end: int) -> None:
        self.actions = actions
        self.rules = rules
        self.start = start
        self.end = end
        self.default = [self._default_rule(row) for row in actions]
        self.mode = [self._classify(row) for row in actions]

    @staticmethod
    def _default_rule(row: dict[str, int]) -> int | None:
        vals = set(row.values()) if row else set()
        if len(vals) == 1:
            (v,) = vals
            if v < 0:
                return ~v
        return None

    @staticmethod
    def _classify(row: dict[str, int]) -> str:
        if "CMDNAME" in row:
            return "stmt"
        if "HASHKEY" in row:
            return "hashkey"
        if "ATTR_NAME" in row:
            return "attrarg"
        if "MEMBERNAME" in row:
            return "member"
        args = ARG_TERMS.intersection(row)
        ops = not OP_TERMS.isdisjoint(row)
        if args:
            if any(row[t] >= 0 for t in args) or not ops:
                return "arg"
            return "sim"
        if ops:
            return "cast" if "UMINUS" in row else "op"
        return "operand"
