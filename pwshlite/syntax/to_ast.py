"""AST builder: the LALR reduction callbacks that turn tokens into pwshlite.syntax.ast nodes.

Syntax stage. Each public method is named after a rule alias of powershell.lark and receives the
rule's children (tokens, nodes or Python lists) in order; spans come from token offsets (no Lark
position propagation). Imports no Lark type.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import Any

from pwshlite.errors import Source, Span
from pwshlite.syntax import ast
from pwshlite.syntax.scan import DASHES, LexError, variable_name
from pwshlite.syntax.strings import bare_text, expand, here_bounds, number_value, single_value, string_kind
from pwshlite.syntax.tokens import Tok

Args = list[Any]


def _start(x: Any) -> int:
    return x.start if type(x) is Tok else x.span.start


def _end(x: Any) -> int:
    return x.end if type(x) is Tok else x.span.end


def _op(tok: Tok) -> str:
    v = tok.value
    if v[0] in DASHES:
        v = "-" + v[1:]
    return v.lower()


class Body:
    """A script-block body before its braces are known: param block plus statements or named blocks."""

    __slots__ = ("param_block", "stmts", "named")

    def __init__(self, param_block: ast.ParamBlock | None, stmts: list[Any] | None, named: list[Any] | None):
        self.param_block = param_block
        self.stmts = stmts
        self.named = named


class PVar:
    """A parameter being declared: its attributes/type constraints and the variable token."""

    __slots__ = ("attrs", "tok", "start")

    def __init__(self, attrs: list[Any], tok: Tok, start: int) -> None:
        self.attrs = attrs
        self.tok = tok
        self.start = start


class Builder:
    """Reduction callbacks for one parse of one Source."""

    def __init__(self, source: Source, sub_parse: Callable[[int, int], Any]) -> None:
        self.source = source
        self.text = source.text
        self.sub_parse = sub_parse

    def sp(self, a: Any, b: Any) -> Span:
        return Span(self.source, _start(a), _end(b))

    def span(self, start: int, end: int) -> Span:
        return Span(self.source, start, end)

    # -- generic list/selection callbacks ------------------------------------------------------------
    def first(self, a: Args) -> Any:
        return a[0]

    def second(self, a: Args) -> Any:
        return a[1]

    def none(self, a: Args) -> None:
        return None

    def list_empty(self, a: Args) -> list[Any]:
        return []

    def list_first(self, a: Args) -> list[Any]:
        return [a[0]]

    def list_append(self, a: Args) -> list[Any]:
        a[0].append(a[1])
        return a[0]  # type: ignore[no-any-return]

    def list_append_sep(self, a: Args) -> list[Any]:
        a[0].append(a[2])
        return a[0]  # type: ignore[no-any-return]

    def list_keep(self, a: Args) -> list[Any]:
        return a[0]  # type: ignore[no-any-return]

    # -- bodies, blocks, params ------------------------------------------------------------------------
    def start(self, a: Args) -> Body:
        return a[0]  # type: ignore[no-any-return]

    def body_stmts(self, a: Args) -> Body:
        return Body(None, a[0], None)

    def body_param_stmts(self, a: Args) -> Body:
        return Body(a[0], a[1], None)

    def body_named(self, a: Args) -> Body:
        return Body(None, None, a[0])

    def body_param_named(self, a: Args) -> Body:
        return Body(a[0], None, a[1])

    def script_block(self, body: Body, span: Span) -> ast.ScriptBlock:
        blocks: dict[str, ast.NamedBlock] = {}
        if body.named is not None:
            for nb in body.named:
                blocks.setdefault(nb.name, nb)
        else:
            stmts = body.stmts or []
            inner = self._stmt_span(stmts, span)
            blocks["end"] = ast.NamedBlock(inner, "end", self.statement_block(stmts, inner), unnamed=True)
        return ast.ScriptBlock(
            span, body.param_block, blocks.get("begin"), blocks.get("process"), blocks.get("end"),
            blocks.get("dynamicparam"),
        )  # fmt: skip

    def _stmt_span(self, stmts: list[Any], outer: Span) -> Span:
        if not stmts:
            return outer
        return self.span(stmts[0].span.start, stmts[-1].span.end)

    def statement_block(self, stmts: list[Any], span: Span) -> ast.StatementBlock:
        traps = tuple(s for s in stmts if type(s) is ast.Trap)
        if traps:
            stmts = [s for s in stmts if type(s) is not ast.Trap]
        return ast.StatementBlock(span, tuple(stmts), traps)

    def named_block(self, a: Args) -> ast.NamedBlock:
        kw: Tok = a[0]
        return ast.NamedBlock(self.sp(kw, a[1]), kw.value.lower(), a[1])

    def block(self, a: Args) -> ast.StatementBlock:
        return self.statement_block(a[1], self.sp(a[0], a[2]))

    def param_block(self, a: Args) -> ast.ParamBlock:
        return ast.ParamBlock(self.sp(a[0], a[3]), (), tuple(self._parameters(a[2])))

    def param_block_attr(self, a: Args) -> ast.ParamBlock:
        pb: ast.ParamBlock = a[1]
        return replace(pb, span=self.sp(a[0], pb), attributes=(a[0], *pb.attributes))

    def _parameters(self, decls: list[Any]) -> list[ast.Parameter]:
        return decls

    def param_var(self, a: Args) -> PVar:
        return PVar([], a[0], a[0].start)

    def param_var_prefixed(self, a: Args) -> PVar:
        pv: PVar = a[1]
        first = a[0]
        attr = (
            ast.TypeConstraint(self.sp(first, first), self.type_name(first)) if type(first) is Tok else first
        )
        pv.attrs.insert(0, attr)
        pv.start = _start(first)
        return pv

    def param_decl(self, a: Args) -> ast.Parameter:
        pv: PVar = a[0]
        name, _ = variable_name(pv.tok.value)
        return ast.Parameter(self.span(pv.start, pv.tok.end), name, tuple(pv.attrs))

    def param_decl_default(self, a: Args) -> ast.Parameter:
        pv: PVar = a[0]
        name, _ = variable_name(pv.tok.value)
        return ast.Parameter(self.span(pv.start, _end(a[2])), name, tuple(pv.attrs), a[2])

    def type_name(self, tok: Tok) -> ast.TypeName:
        raw = tok.value
        inner = raw[1:-1] if raw.endswith("]") else raw[1:-1]
        return ast.TypeName(self.span(tok.start, tok.end), "".join(inner.split()))

    def attribute(self, a: Args) -> ast.Attribute:
        head: Tok = a[0]
        name = "".join(head.value[1:-1].split())
        tn = ast.TypeName(self.span(head.start, head.end - 1), name)
        positional = tuple(x for x in a[1] if type(x) is not ast.NamedAttributeArgument)
        named = tuple(x for x in a[1] if type(x) is ast.NamedAttributeArgument)
        return ast.Attribute(self.sp(head, a[3]), tn, positional, named)

    def attr_positional(self, a: Args) -> Any:
        return a[0]

    def attr_named_flag(self, a: Args) -> ast.NamedAttributeArgument:
        return ast.NamedAttributeArgument(self.sp(a[0], a[0]), a[0].value, None)

    def attr_named(self, a: Args) -> ast.NamedAttributeArgument:
        return ast.NamedAttributeArgument(self.sp(a[0], a[2]), a[0].value, a[2])

    # -- statements ----------------------------------------------------------------------------------
    def labeled(self, a: Args) -> Any:
        label = a[0].value[1:]
        return replace(a[1], label=label, span=self.sp(a[0], a[1]))

    def _flow(self, cls: Any, a: Args) -> Any:
        if len(a) == 1:
            return cls(self.sp(a[0], a[0]))
        return cls(self.sp(a[0], a[1]), a[1])

    def return_stmt(self, a: Args) -> ast.Return:
        return self._flow(ast.Return, a)  # type: ignore[no-any-return]

    def throw_stmt(self, a: Args) -> ast.Throw:
        return self._flow(ast.Throw, a)  # type: ignore[no-any-return]

    def exit_stmt(self, a: Args) -> ast.Exit:
        return self._flow(ast.Exit, a)  # type: ignore[no-any-return]

    def break_stmt(self, a: Args) -> ast.Break:
        return self._flow(ast.Break, a)  # type: ignore[no-any-return]

    def continue_stmt(self, a: Args) -> ast.Continue:
        return self._flow(ast.Continue, a)  # type: ignore[no-any-return]

    def assignment(self, a: Args) -> ast.Assignment:
        return ast.Assignment(self.sp(a[0], a[2]), a[0], a[1].value, a[2])

    def if_first(self, a: Args) -> list[ast.IfClause]:
        return [ast.IfClause(self.sp(a[0], a[4]), a[2], a[4])]

    def if_more(self, a: Args) -> list[ast.IfClause]:
        a[0].append(ast.IfClause(self.sp(a[1], a[5]), a[3], a[5]))
        return a[0]  # type: ignore[no-any-return]

    def if_stmt(self, a: Args) -> ast.If:
        clauses = a[0]
        return ast.If(self.sp(clauses[0], clauses[-1]), tuple(clauses))

    def if_else(self, a: Args) -> ast.If:
        clauses = a[0]
        return ast.If(self.sp(clauses[0], a[2]), tuple(clauses), a[2])

    def while_stmt(self, a: Args) -> ast.While:
        return ast.While(self.sp(a[0], a[4]), None, a[2], a[4])

    def do_stmt(self, a: Args) -> ast.DoLoop:
        return ast.DoLoop(self.sp(a[0], a[5]), None, a[1], a[4], a[2].type == "UNTIL")

    def for_stmt(self, a: Args) -> ast.For:
        return ast.For(self.sp(a[0], a[8]), None, a[2], a[4], a[6], a[8])

    def foreach_stmt(self, a: Args) -> ast.Foreach:
        return ast.Foreach(self.sp(a[0], a[6]), None, self.variable([a[2]]), a[4], a[6])

    def switch_stmt(self, a: Args) -> ast.Switch:
        flags = tuple(p.value[1:].lower() for p in a[1])
        cond = a[2]
        if not isinstance(cond, (ast.Pipeline, ast.Assignment)):
            cond = ast.Pipeline(cond.span, (ast.CommandExpression(cond.span, cond),))
        clauses = []
        default = None
        for cl in a[4]:
            c = cl.condition
            if type(c) is ast.StringConstant and c.kind == "bare" and c.value.lower() == "default":
                default = cl.body
            else:
                clauses.append(cl)
        return ast.Switch(self.sp(a[0], a[5]), None, flags, cond, tuple(clauses), default)

    def switch_clause(self, a: Args) -> ast.SwitchClause:
        return ast.SwitchClause(self.sp(a[0], a[1]), a[0], a[1])

    def try_stmt(self, a: Args) -> ast.Try:
        catches = a[2] if type(a[2]) is list else []
        fin = a[-1] if type(a[-2]) is Tok and a[-2].type == "FINALLY" else None
        last = a[-1][-1] if type(a[-1]) is list else a[-1]
        return ast.Try(self.sp(a[0], last), a[1], tuple(catches), fin)

    def catch_clause(self, a: Args) -> ast.CatchClause:
        types = tuple(self.type_name(t) for t in a[1]) if len(a) == 3 else ()
        return ast.CatchClause(self.sp(a[0], a[-1]), types, a[-1])

    def trap_stmt(self, a: Args) -> ast.Trap:
        tn = self.type_name(a[1]) if len(a) == 3 else None
        return ast.Trap(self.sp(a[0], a[-1]), tn, a[-1])

    def function_def(self, a: Args) -> ast.FunctionDefinition:
        kw: Tok = a[0]
        name = bare_text(a[1].value)
        body: Body = a[-2]
        if len(a) == 8:
            params = ast.ParamBlock(self.sp(a[2], a[4]), (), tuple(a[3]))
            body = Body(params, body.stmts, body.named)
        sb = self.script_block(body, self.sp(a[-3], a[-1]))
        return ast.FunctionDefinition(self.sp(kw, a[-1]), name, sb, kw.type == "FILTER")

    # -- pipelines and commands -----------------------------------------------------------------------
    def pipeline(self, a: Args) -> ast.Pipeline:
        return ast.Pipeline(a[0].span, (a[0],))

    def pipeline_append(self, a: Args) -> ast.Pipeline:
        p: ast.Pipeline = a[0]
        if type(a[2]) is ast.CommandExpression:  # 5.1 PipelineRule reports this while parsing
            raise LexError("ExpressionsMustBeFirstInPipeline", a[2].span.start, a[2].span.end)
        return ast.Pipeline(self.sp(p, a[2]), (*p.elements, a[2]))

    def expr_elem(self, a: Args) -> ast.CommandExpression:
        if len(a) == 1:
            return ast.CommandExpression(a[0].span, a[0])
        return ast.CommandExpression(self.sp(a[0], a[1][-1]), a[0], tuple(a[1]))

    def _command(self, name: Any, first: Any, tail: list[Any], invocation: str) -> ast.Command:
        elements = tuple(x for x in tail if type(x) not in (ast.FileRedirection, ast.MergingRedirection))
        redirs = tuple(x for x in tail if type(x) in (ast.FileRedirection, ast.MergingRedirection))
        last = tail[-1] if tail else name
        return ast.Command(self.sp(first, last), name, elements, invocation, redirs)

    def command(self, a: Args) -> ast.Command:
        tok: Tok = a[0]
        name = ast.StringConstant(self.sp(tok, tok), bare_text(tok.value), "bare")
        return self._command(name, tok, a[1] if len(a) > 1 else [], "")

    def command_invoke(self, a: Args) -> ast.Command:
        return self._command(a[1], a[0], a[2] if len(a) > 2 else [], a[0].value)

    def cmd_param(self, a: Args) -> ast.CommandParameter:
        return ast.CommandParameter(self.sp(a[0], a[0]), a[0].value[1:])

    def cmd_param_colon(self, a: Args) -> ast.CommandParameter:
        arg = self._arg_value(a[1])
        return ast.CommandParameter(self.sp(a[0], arg), a[0].value[1:-1], arg, True)

    def _arg_value(self, items: list[Any]) -> Any:
        if len(items) == 1:
            return items[0]
        return ast.ArrayLiteral(self.sp(items[0], items[-1]), tuple(items))

    def cmd_args(self, a: Args) -> Any:
        return self._arg_value(a[0])

    def cmd_dashdash(self, a: Args) -> ast.EndOfParameters:
        return ast.EndOfParameters(self.sp(a[0], a[0]))

    def cmd_stopparse(self, a: Args) -> ast.StopParsing:
        return ast.StopParsing(self.sp(a[0], a[0]), a[0].value[3:].lstrip(" \t"))

    def cmd_splat(self, a: Args) -> ast.Variable:
        return ast.Variable(self.sp(a[0], a[0]), a[0].value[1:], splatted=True)

    def file_redir(self, a: Args) -> ast.FileRedirection:
        op = a[0].value
        stream = "1" if op[0] == ">" else op[0]
        return ast.FileRedirection(self.sp(a[0], a[1]), stream, op.endswith(">>"), a[1])

    def merge_redir(self, a: Args) -> ast.MergingRedirection:
        op = a[0].value
        return ast.MergingRedirection(self.sp(a[0], a[0]), op[0], "1")

    def bareword(self, a: Args) -> Any:
        tok: Tok = a[0]
        raw = tok.value
        if "$" not in raw and "`" not in raw and "'" not in raw and '"' not in raw:
            return ast.StringConstant(self.sp(tok, tok), raw, "bare")
        return self._expandable(tok, tok.start, tok.end, "bare", "bare")

    # -- expressions -----------------------------------------------------------------------------------
    def binop(self, a: Args) -> ast.BinaryExpression:
        return ast.BinaryExpression(self.sp(a[0], a[2]), _op(a[1]), a[0], a[2])

    def array_lit(self, a: Args) -> ast.ArrayLiteral:
        left = a[0]
        if type(left) is ast.ArrayLiteral:
            return ast.ArrayLiteral(self.sp(left, a[2]), (*left.elements, a[2]))
        return ast.ArrayLiteral(self.sp(left, a[2]), (left, a[2]))

    def unary_op(self, a: Args) -> Any:
        tok: Tok = a[0]
        return ast.UnaryExpression(self.sp(tok, a[1]), _op(tok), a[1])

    def postfix_op(self, a: Args) -> ast.UnaryExpression:
        return ast.UnaryExpression(self.sp(a[0], a[1]), "post" + a[1].value, a[0])

    def convert(self, a: Args) -> ast.Convert:
        return ast.Convert(self.sp(a[0], a[1]), self.type_name(a[0]), a[1])

    def attributed(self, a: Args) -> ast.AttributedExpression:
        return ast.AttributedExpression(self.sp(a[0], a[1]), a[0], a[1])

    def type_literal(self, a: Args) -> ast.TypeExpression:
        return ast.TypeExpression(self.sp(a[0], a[0]), self.type_name(a[0]))

    def member(self, a: Args) -> ast.Member:
        return ast.Member(self.sp(a[0], a[2]), a[0], a[2], a[1].type == "COLONCOLON")

    def invoke(self, a: Args) -> ast.InvokeMember:
        return ast.InvokeMember(self.sp(a[0], a[5]), a[0], a[2], tuple(a[4]), a[1].type == "COLONCOLON")

    def invoke_block(self, a: Args) -> ast.InvokeMember:
        """`$x.Where{ ... }`: a method call with one script-block argument."""
        sb_span = self.sp(a[3], a[5])
        block = ast.ScriptBlockExpression(sb_span, self.script_block(a[4], sb_span))
        return ast.InvokeMember(self.sp(a[0], a[5]), a[0], a[2], (block,), False)

    def index(self, a: Args) -> ast.Index:
        return ast.Index(self.sp(a[0], a[3]), a[0], a[2])

    def member_name(self, a: Args) -> ast.StringConstant:
        return ast.StringConstant(self.sp(a[0], a[0]), a[0].value, "bare")

    def enum_def(self, a: Args) -> ast.EnumDefinition:
        return ast.EnumDefinition(self.sp(a[0], a[-1]), bare_text(a[1].value), tuple(a[3]))

    def enum_member(self, a: Args) -> ast.EnumMember:
        tok: Tok = a[0]
        value = a[2] if len(a) == 3 else None
        return ast.EnumMember(self.sp(tok, a[-1]), tok.value, value)

    def hashkey(self, a: Args) -> ast.StringConstant:
        return ast.StringConstant(self.sp(a[0], a[0]), a[0].value, "bare")

    def number(self, a: Args) -> ast.Constant:
        tok: Tok = a[0]
        return ast.Constant(self.sp(tok, tok), number_value(tok.value), tok.value)

    def variable(self, a: Args) -> ast.Variable:
        tok: Tok = a[0]
        name, braced = variable_name(tok.value)
        return ast.Variable(self.sp(tok, tok), name, braced=braced)

    def string(self, a: Args) -> Any:
        tok: Tok = a[0]
        raw = tok.value
        kind = string_kind(raw)
        if kind == "single":
            return ast.StringConstant(self.sp(tok, tok), single_value(raw), kind)
        if kind == "here_single":
            b, e = here_bounds(self.text, tok.start, tok.end)
            return ast.StringConstant(self.sp(tok, tok), self.text[b:e], kind)
        if kind == "double":
            return self._expandable(tok, tok.start + 1, tok.end - 1, "double", kind)
        b, e = here_bounds(self.text, tok.start, tok.end)
        return self._expandable(tok, b, e, "here", kind)

    def _expandable(self, tok: Tok, begin: int, stop: int, mode: str, kind: str) -> Any:
        span = self.sp(tok, tok)
        parts = expand(self.text, begin, stop, mode, self._sub_body)
        if all(type(p) is str for p in parts):
            return ast.StringConstant(span, "".join(parts), kind)
        out: list[Any] = []
        for p in parts:
            if type(p) is str:
                out.append(p)
            elif p[0] == "var":
                out.append(ast.Variable(self.span(p[1], p[2]), p[3], braced=p[4]))
            else:
                sub_span = self.span(p[1], p[2])
                out.append(ast.SubExpression(sub_span, self._as_block(p[3], sub_span)))
        return ast.ExpandableString(span, tuple(out), kind)

    def _sub_body(self, begin: int, end: int) -> Any:
        return self.sub_parse(begin, end)

    def _as_block(self, sb: ast.ScriptBlock, span: Span) -> ast.StatementBlock:
        if sb.end is not None and sb.begin is None and sb.process is None:
            body = sb.end.body
            return ast.StatementBlock(span, body.statements, body.traps)
        return ast.StatementBlock(span, ())

    def subexpr(self, a: Args) -> ast.SubExpression:
        span = self.sp(a[0], a[2])
        return ast.SubExpression(span, self.statement_block(a[1], span))

    def arrayexpr(self, a: Args) -> ast.ArrayExpression:
        span = self.sp(a[0], a[2])
        return ast.ArrayExpression(span, self.statement_block(a[1], span))

    def hashlit(self, a: Args) -> ast.Hashtable:
        return ast.Hashtable(self.sp(a[0], a[2]), tuple(a[1]))

    def hash_entry(self, a: Args) -> ast.HashEntry:
        return ast.HashEntry(self.sp(a[0], a[2]), a[0], a[2])

    def scriptblock(self, a: Args) -> ast.ScriptBlockExpression:
        span = self.sp(a[0], a[2])
        return ast.ScriptBlockExpression(span, self.script_block(a[1], span))

    def paren(self, a: Args) -> ast.Paren:
        return ast.Paren(self.sp(a[0], a[-1]), a[1])
