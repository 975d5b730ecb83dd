"""Every realistic admin script in tests/corpus and examples/ parses without errors."""

from __future__ import annotations

from pathlib import Path

import pytest

from pwshlite.syntax.parser import parse, parse_errors

ROOT = Path(__file__).resolve().parents[2]
SCRIPTS = sorted((ROOT / "tests" / "corpus").glob("*.ps1")) + sorted((ROOT / "examples").glob("*.ps1"))


@pytest.mark.parametrize("path", SCRIPTS, ids=[p.name for p in SCRIPTS])
def test_script_parses(path: Path) -> None:
    text = path.read_text(encoding="utf-8-sig")
    assert parse_errors(text, str(path)) == []


@pytest.mark.parametrize("path", SCRIPTS[:3], ids=[p.name for p in SCRIPTS[:3]])
def test_crlf_version_parses_with_same_lines(path: Path) -> None:
    text = path.read_text(encoding="utf-8-sig")
    crlf = "\ufeff" + text.replace("\n", "\r\n")
    a, b = parse(text), parse(crlf)
    lines_a = [s.span.line for s in a.end.body.statements] if a.end else []
    lines_b = [s.span.line for s in b.end.body.statements] if b.end else []
    assert lines_a == lines_b


def test_corpus_is_not_empty() -> None:
    assert len(SCRIPTS) >= 6


def _nodes(root: object) -> list[object]:
    from dataclasses import fields, is_dataclass

    out: list[object] = []
    stack = [root]
    while stack:
        node = stack.pop()
        if isinstance(node, tuple):
            stack.extend(node)
        elif is_dataclass(node) and not isinstance(node, type):
            out.append(node)
            stack.extend(getattr(node, f.name) for f in fields(node) if f.name != "span")
    return out


@pytest.mark.parametrize("path", SCRIPTS, ids=[p.name for p in SCRIPTS])
def test_every_node_has_a_span_inside_the_source(path: Path) -> None:
    text = path.read_text(encoding="utf-8-sig")
    sb = parse(text, str(path))
    nodes = _nodes(sb)
    assert len(nodes) > 10
    for node in nodes:
        span = node.span  # type: ignore[attr-defined]
        assert span.source.text is text and span.file == str(path)
        assert 0 <= span.start <= span.end <= len(text), (type(node).__name__, span)
        if type(node).__name__ not in ("StatementBlock", "NamedBlock", "ScriptBlock"):
            assert span.end > span.start, (type(node).__name__, span)


def test_ast_holds_only_ast_nodes_and_plain_values() -> None:
    from pwshlite.syntax import ast

    for path in SCRIPTS:
        for node in _nodes(parse(path.read_text(encoding="utf-8-sig"))):
            assert getattr(ast, type(node).__name__) is type(node)
            for value in vars_of(node):
                assert not isinstance(value, list), (type(node).__name__, value)
                assert type(value).__module__ != "pwshlite.syntax.tokens", (type(node).__name__, value)


def vars_of(node: object) -> list[object]:
    from dataclasses import fields

    return [getattr(node, f.name) for f in fields(node)]  # type: ignore[arg-type]
