"""Pester 4's setup hoisting: BeforeAll/BeforeEach/AfterEach/AfterAll of a Describe or Context are
found in its fixture before the fixture runs, so they apply wherever they are written.

Layer: cmdlets/pester internals. Reads the fixture's syntax tree through attribute access only (no
import of pwshlite.syntax); a setup block is rebuilt as a script block of the fixture's own class,
so errors in it keep their file and line. Calls that are not literal (`BeforeEach $block`) still
register when they run.
"""

from __future__ import annotations

from typing import Any

SETUP = {
    "beforeall": "BeforeAll",
    "beforeeach": "BeforeEach",
    "aftereach": "AfterEach",
    "afterall": "AfterAll",
}


def block_key(block: Any) -> tuple[int, int, str | None] | None:
    span = getattr(block, "span", None)
    if span is None:
        return None
    return (span.start, span.end, getattr(span, "file", None))


def _setup_call(statement: Any) -> tuple[str, Any] | None:
    elements = getattr(statement, "elements", None)
    if not elements or len(elements) != 1:
        return None
    command = elements[0]
    name: Any = getattr(command, "name", None)
    if type(name).__name__ != "StringConstant" or str(name.value).casefold() not in SETUP:
        return None
    blocks = [e for e in getattr(command, "elements", ()) if type(e).__name__ == "ScriptBlockExpression"]
    if len(blocks) != 1 or len(command.elements) != 1:
        return None
    return SETUP[str(name.value).casefold()], blocks[0]


def setup_blocks(fixture: Any) -> list[tuple[str, Any]]:
    """(kind, script block) of the literal setup calls at the top level of a fixture, in order."""
    end = getattr(getattr(fixture, "ast", None), "end", None)
    if end is None:
        return []
    make = type(fixture)
    found: list[tuple[str, Any]] = []
    for statement in end.body.statements:
        call = _setup_call(statement)
        if call is not None:
            kind, node = call
            found.append((kind, make(node.body, node.span)))
    return found
