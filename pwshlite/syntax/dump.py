"""Compact S-expression rendering of the AST, for tests and `--debug` output.

Syntax stage. `sexpr(node)` prints each node as `(Kind fields...)`, leaving out spans and empty or
default fields, so tests can state an expected AST shape in one line. Iterative over an explicit stack
so deep trees cannot hit Python's recursion limit.
"""

from __future__ import annotations

from dataclasses import fields, is_dataclass
from typing import Any

_SHORT = {
    "Pipeline": "pipe",
    "Command": "cmd",
    "CommandExpression": "expr",
    "CommandParameter": "param",
    "StringConstant": "str",
    "Constant": "num",
    "Variable": "var",
    "BinaryExpression": "bin",
    "UnaryExpression": "un",
    "ExpandableString": "xstr",
    "Assignment": "assign",
    "StatementBlock": "block",
    "ScriptBlock": "sb",
    "ScriptBlockExpression": "sbx",
}


def _atom(value: Any) -> str:
    if isinstance(value, str):
        return repr(value)
    return str(value)


def sexpr(node: Any) -> str:
    """One-line shape of node (tuples print as `[...]`, None fields and empty tuples are left out)."""
    out: list[str] = []
    stack: list[Any] = [node]
    while stack:
        item = stack.pop()
        if type(item) is _Text:
            out.append(item.text)
            continue
        if is_dataclass(item) and not isinstance(item, type):
            name = type(item).__name__
            parts: list[Any] = [_Text(")")]
            for f in reversed(fields(item)):
                if f.name == "span":
                    continue
                v = getattr(item, f.name)
                if v is None or v == () or v is False or v == "" or (f.name == "kind" and v == "bare"):
                    continue
                if f.name == "unnamed" or f.name == "braced" and v is True:
                    parts.append(_Text(" {" + f.name + "}"))
                    continue
                parts.append(v)
                parts.append(_Text(" "))
            out.append("(" + _SHORT.get(name, name))
            stack.extend(parts)
        elif isinstance(item, tuple):
            stack.append(_Text("]"))
            for i in range(len(item) - 1, -1, -1):
                stack.append(item[i])
                if i:
                    stack.append(_Text(" "))
            out.append("[")
        else:
            out.append(_atom(item))
    return "".join(out)


class _Text:
    __slots__ = ("text",)

    def __init__(self, text: str) -> None:
        self.text = text


def shape(script: Any) -> str:
    """The statements of a parsed script's unnamed end block (the common test case)."""
    end = script.end
    stmts = end.body.statements if end is not None else ()
    return " ".join(sexpr(s) for s in stmts)
