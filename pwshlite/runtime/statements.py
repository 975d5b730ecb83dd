"""Statement execution: one `_run_<Node>` method per statement kind (mixin of the Interpreter).

Layer: runtime. Output goes to an `out` callable; loops honour (labelled) break/continue; a
statement-terminating error is reported at the statement boundary and execution continues, unless
a try/trap handles it or it is script-terminating (about_Try_Catch_Finally, about_Trap).
"""

# mypy: disable-error-code="misc"
# (mixin methods annotate `self: Interpreter`; mypy cannot check that erased self type, the rest it checks)
from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from pwshlite.errors import ErrorCategory, ErrorRecord, InvocationInfo, PwshError, Span
from pwshlite.runtime import valueops as V
from pwshlite.runtime.expressions import (
    AUTOMATION_NULL,
    EXPRESSION_TYPES,
    AutomationNull,
    collapse,
    enumerate_value,
)
from pwshlite.runtime.flow import (
    BreakSignal,
    ContinueSignal,
    ExitSignal,
    FlowSignal,
    ReturnSignal,
    ScriptHalt,
    StopUpstream,
    attach_position,
    internal_error,
    runtime_error,
)
from pwshlite.runtime.members_rt import ExceptionValue
from pwshlite.runtime.scriptblock import FunctionInfo, ScriptBlock
from pwshlite.syntax import ast

if TYPE_CHECKING:
    from pwshlite.runtime.interpreter import Interpreter

Emit = Callable[[Any], None]


def _label_of(interp: Interpreter, label: Any) -> str | None:
    if label is None:
        return None
    if isinstance(label, ast.StringConstant):
        return label.value
    return V.to_string(interp.eval(label))


def _mine(signal: BreakSignal | ContinueSignal, label: str | None) -> bool:
    return signal.label is None or (label is not None and signal.label.casefold() == label.casefold())


class StatementsMixin:
    """Statements; `self` is the Interpreter."""

    def exec_statement(self: Interpreter, node: Any, out: Emit) -> None:
        """Run one statement: one `_run_<Node>` per kind (cases ordered by how often they occur)."""
        match node:
            case ast.Pipeline():
                self._run_Pipeline(node, out)
            case ast.Assignment():
                self._run_Assignment(node, out)
            case ast.If():
                self._run_If(node, out)
            case ast.Foreach():
                self._run_Foreach(node, out)
            case ast.Return():
                self._run_Return(node, out)
            case ast.FunctionDefinition():
                self._run_FunctionDefinition(node, out)
            case ast.Try():
                self._run_Try(node, out)
            case ast.Throw():
                self._run_Throw(node, out)
            case ast.Switch():
                self._run_Switch(node, out)
            case ast.For():
                self._run_For(node, out)
            case ast.While():
                self._run_While(node, out)
            case ast.DoLoop():
                self._run_DoLoop(node, out)
            case ast.Break():
                self._run_Break(node, out)
            case ast.Continue():
                self._run_Continue(node, out)
            case ast.Exit():
                self._run_Exit(node, out)
            case ast.Trap():
                self._run_Trap(node, out)
            case ast.StatementBlock():
                self._run_StatementBlock(node, out)
            case ast.EnumDefinition():
                self.define_enum(node)
            case _:
                self._run_expression(node, out)

    def run_block(self: Interpreter, statements: tuple[Any, ...], traps: tuple[Any, ...], out: Emit) -> None:
        """Run a statement list; statement-terminating errors are reported here unless handled."""
        run = self.exec_statement
        for stmt in statements:
            try:
                run(stmt, out)
            except PwshError as err:
                self._statement_failed(err, traps, out)
            except (
                FlowSignal,
                StopUpstream,
                KeyboardInterrupt,
                RecursionError,
                MemoryError,
                BrokenPipeError,
            ):
                raise
            except Exception as exc:  # noqa: BLE001 - an engine or value-layer bug ends the statement only
                if self.debug:
                    raise
                self._statement_failed(internal_error(exc, stmt.span), traps, out)

    def _statement_failed(self: Interpreter, err: PwshError, traps: tuple[Any, ...], out: Emit) -> None:
        if traps and self._trap(traps, err, out):
            return
        if isinstance(err, ScriptHalt) or self.try_depth > 0 or self.error_action_is_stop():
            raise err
        self.report_error(err.record)

    def _trap(self: Interpreter, traps: tuple[Any, ...], err: PwshError, out: Emit) -> bool:
        """Run the matching trap; True when execution continues with the next statement."""
        trap = next(
            (t for t in traps if t.type_name is None or self.catch_matches(t.type_name, err.record)), None
        )
        if trap is None:
            return False
        saved = self.scopes.current.vars.get("_")
        self.scopes.current.vars["_"] = err.record
        try:
            self.run_block(trap.body.statements, trap.body.traps, out)
        except ContinueSignal:
            return True
        except BreakSignal:
            raise err from None
        finally:
            self.scopes.current.vars["_"] = saved
        self.report_error(err.record)
        return True

    def value_of_statement(self: Interpreter, node: Any, keep_empty: bool = False) -> Any:
        """A statement used as a value (assignment right side, parentheses, hash entry). keep_empty: a
        statement that wrote nothing gives AUTOMATION_NULL instead of $null (assignment right side)."""
        if type(node) is ast.Pipeline and len(node.elements) == 1:
            first = node.elements[0]
            if type(first) is ast.CommandExpression and not first.redirections:
                return self.eval(first.expression)
        if isinstance(node, EXPRESSION_TYPES):
            return self.eval(node)
        items: list[Any] = []
        self.exec_statement(node, items.append)
        if keep_empty and not items:
            return AUTOMATION_NULL
        return collapse(items)

    # -- simple statements -------------------------------------------------------------------------------
    def _run_Pipeline(self: Interpreter, node: ast.Pipeline, out: Emit) -> None:
        outer = self.pipeline_failed
        self.pipeline_failed = False
        try:
            self.run_pipeline(node, out)
        finally:
            failed = self.pipeline_failed
            self.status = not failed
            self.pipeline_failed = outer or failed

    def _run_Assignment(self: Interpreter, node: ast.Assignment, out: Emit) -> None:
        outer = self.pipeline_failed
        self.pipeline_failed = False
        try:
            value = self.value_of_statement(node.value, keep_empty=True)
        finally:
            failed = self.pipeline_failed  # `$x = Get-Item nope -ErrorAction Ignore; $?` is $false
            self.pipeline_failed = outer or failed
        op = node.op
        if value is AUTOMATION_NULL and (op != "=" or type(node.target) is not ast.Variable):
            value = None
        if op != "=":
            current = self.eval(node.target)
            try:
                value = V.binary(op[0], current, value)
            except PwshError as err:
                raise attach_position(err, node.span) from None
        self.assign(node.target, value, node.span)
        self.status = not failed

    def _run_StatementBlock(self: Interpreter, node: ast.StatementBlock, out: Emit) -> None:
        self.run_block(node.statements, node.traps, out)

    def _run_FunctionDefinition(self: Interpreter, node: ast.FunctionDefinition, out: Emit) -> None:
        modifier, _, base = node.name.rpartition(":")
        block = ScriptBlock(node.body, node.body.span, node.is_filter)
        fn = FunctionInfo(base, block, node.is_filter, node.span)
        self.scopes.define_function(base, fn, modifier.casefold() or None)

    def define_enum(self: Interpreter, node: ast.EnumDefinition) -> None:
        """Make `[Name]` a type: members numbered from 0, each `= value` resetting the count. As
        PowerShell defines a script's types before it runs, scripts call this for every top-level
        enum first (`hoist_enums`); running the statement again defines the same type again."""
        from pwshlite.values.enums import register_enum

        members: dict[str, int] = {}
        number = 0
        for member in node.members:
            if member.name.casefold() in (m.casefold() for m in members):
                raise runtime_error(
                    f"The member '{member.name}' is already defined.", "MemberAlreadyDefined", member.span
                )
            if member.value is not None:
                number = V.convert_to(self.eval(member.value), "System.Int32")
            members[member.name] = number
            number += 1
        register_enum(node.name, members)

    def hoist_enums(self: Interpreter, statements: tuple[Any, ...]) -> None:
        """Define the enums of a statement list before it runs (types exist when a script starts)."""
        for stmt in statements:
            if isinstance(stmt, ast.EnumDefinition):
                try:
                    self.define_enum(stmt)
                except PwshError:
                    pass  # reported when the statement itself runs

    def _run_Trap(self: Interpreter, node: ast.Trap, out: Emit) -> None:
        return None  # traps are collected by their block (StatementBlock.traps)

    def _run_If(self: Interpreter, node: ast.If, out: Emit) -> None:
        for clause in node.clauses:
            if V.to_bool(self.value_of_statement(clause.condition)):
                self.run_block(clause.body.statements, clause.body.traps, out)
                return
        if node.else_body is not None:
            self.run_block(node.else_body.statements, node.else_body.traps, out)

    def _run_Break(self: Interpreter, node: ast.Break, out: Emit) -> None:
        raise BreakSignal(_label_of(self, node.label))

    def _run_Continue(self: Interpreter, node: ast.Continue, out: Emit) -> None:
        raise ContinueSignal(_label_of(self, node.label))

    def _run_Return(self: Interpreter, node: ast.Return, out: Emit) -> None:
        if node.pipeline is not None:
            self.exec_statement(node.pipeline, out)
        raise ReturnSignal()

    def _run_Exit(self: Interpreter, node: ast.Exit, out: Emit) -> None:
        code = 0
        if node.pipeline is not None:
            value = self.value_of_statement(node.pipeline)
            try:
                code = int(V.convert_to(value, "System.Int32")) if value is not None else 0
            except PwshError:
                code = 0
        raise ExitSignal(code)

    def _run_Throw(self: Interpreter, node: ast.Throw, out: Emit) -> None:
        value = self.value_of_statement(node.pipeline) if node.pipeline is not None else None
        raise ScriptHalt(self.throw_record(value, node.span))

    def throw_record(self: Interpreter, value: Any, span: Span) -> ErrorRecord:
        inv = InvocationInfo(extent=span, script_name=span.file)
        if isinstance(value, ErrorRecord):
            if value.invocation is None:
                value.invocation = inv
            return value
        if isinstance(value, ExceptionValue):
            if value.record is not None:
                return value.record
            return ErrorRecord(
                value.message, value.message, ErrorCategory.OperationStopped, value.type_name, invocation=inv
            )
        if value is None:
            current = self.scopes.get("_")
            if isinstance(current, ErrorRecord) and self.catch_depth > 0:
                return current
            message = "ScriptHalted"
        else:
            message = V.to_string(value)
        return ErrorRecord(
            message=message, error_id=message, category=ErrorCategory.OperationStopped,
            target_object=value, invocation=inv,
        )  # fmt: skip

    # -- loops -------------------------------------------------------------------------------------------
    def _loop_body(self: Interpreter, body: ast.StatementBlock, label: str | None, out: Emit) -> bool:
        """Run one iteration; False when the loop must end (break)."""
        try:
            self.run_block(body.statements, body.traps, out)
        except BreakSignal as sig:
            if _mine(sig, label):
                return False
            raise
        except ContinueSignal as sig:
            if not _mine(sig, label):
                raise
        return True

    def _run_Foreach(self: Interpreter, node: ast.Foreach, out: Emit) -> None:
        values = self.value_of_statement(node.iterable)
        if values is None or isinstance(values, AutomationNull):
            return
        name = node.variable.name
        simple = ":" not in name
        key = name.casefold()
        body = node.body
        label = node.label
        for item in enumerate_value(values):
            scope = self.scopes.current
            if simple and not scope.constraints:
                scope.vars[key] = item
            else:
                self.assign(node.variable, item, node.variable.span)
            if not self._loop_body(body, label, out):
                break

    def _run_For(self: Interpreter, node: ast.For, out: Emit) -> None:
        if node.init is not None:
            self.exec_statement(node.init, out)
        while node.condition is None or V.to_bool(self.value_of_statement(node.condition)):
            if not self._loop_body(node.body, node.label, out):
                break
            if node.iterator is not None:
                self.exec_statement(node.iterator, out)

    def _run_While(self: Interpreter, node: ast.While, out: Emit) -> None:
        while V.to_bool(self.value_of_statement(node.condition)):
            if not self._loop_body(node.body, node.label, out):
                break

    def _run_DoLoop(self: Interpreter, node: ast.DoLoop, out: Emit) -> None:
        while True:
            if not self._loop_body(node.body, node.label, out):
                break
            test = V.to_bool(self.value_of_statement(node.condition))
            if test == node.until:
                break

    # -- switch ------------------------------------------------------------------------------------------
    def _run_Switch(self: Interpreter, node: ast.Switch, out: Emit) -> None:
        flags = set(node.flags)
        if "file" in flags:
            path = self.resolve_path(V.to_string(self.value_of_statement(node.condition)))
            with open(path, encoding="utf-8-sig") as handle:
                values: Any = [line.rstrip("\r\n") for line in handle]
        else:
            values = self.value_of_statement(node.condition)
        items = [None] if values is None else list(enumerate_value(values))
        scope = self.scopes.current
        saved = scope.vars.get("_")
        try:
            for item in items:
                scope.vars["_"] = item
                try:
                    self._switch_one(node, flags, item, out)
                except ContinueSignal as sig:
                    if not _mine(sig, node.label):
                        raise
                    continue
        except BreakSignal as sig:
            if not _mine(sig, node.label):
                raise
        finally:
            scope.vars["_"] = saved

    def _switch_one(self: Interpreter, node: ast.Switch, flags: set[str], item: Any, out: Emit) -> None:
        matched = False
        for clause in node.clauses:
            if self._switch_match(clause.condition, flags, item):
                matched = True
                self.run_block(clause.body.statements, clause.body.traps, out)
        if not matched and node.default is not None:
            self.run_block(node.default.statements, node.default.traps, out)

    def _switch_match(self: Interpreter, cond: Any, flags: set[str], item: Any) -> bool:
        if isinstance(cond, ast.ScriptBlockExpression):
            block = ScriptBlock(cond.body, cond.span)
            return V.to_bool(collapse(self.invoke_block(block, [], dollar_under=item, new_scope=False)))
        pattern = self.eval(cond)
        case = "casesensitive" in flags
        if "regex" in flags:
            hit, matches = V.match("-cmatch" if case else "-match", V.to_string(item), V.to_string(pattern))
            if matches is not None:
                self.scopes.current.vars["matches"] = matches
            return bool(hit)
        if "wildcard" in flags:
            return bool(V.binary("-clike" if case else "-like", V.to_string(item), V.to_string(pattern)))
        if isinstance(item, str) or isinstance(pattern, str):
            a, b = V.to_string(item), V.to_string(pattern)
            return a == b if case else a.casefold() == b.casefold()
        return bool(V.binary("-eq", item, pattern))

    # -- try / catch / finally ---------------------------------------------------------------------------
    def _run_Try(self: Interpreter, node: ast.Try, out: Emit) -> None:
        try:
            self.try_depth += 1
            try:
                self.run_block(node.body.statements, node.body.traps, out)
            finally:
                self.try_depth -= 1
        except PwshError as err:
            clause = self._catch_for(node, err.record)
            if clause is None:
                raise
            self._run_catch(clause, err.record, out)
        finally:
            if node.finally_body is not None:
                self.run_block(node.finally_body.statements, node.finally_body.traps, out)

    def _catch_for(self: Interpreter, node: ast.Try, record: ErrorRecord) -> ast.CatchClause | None:
        self.remember_error(record)
        for clause in node.catches:
            if not clause.types or any(self.catch_matches(t, record) for t in clause.types):
                return clause
        return None

    def _run_catch(self: Interpreter, clause: ast.CatchClause, record: ErrorRecord, out: Emit) -> None:
        scope = self.scopes.current
        saved = scope.vars.get("_")
        scope.vars["_"] = record
        self.catch_depth += 1
        try:
            self.run_block(clause.body.statements, clause.body.traps, out)
        finally:
            self.catch_depth -= 1
            scope.vars["_"] = saved

    def catch_matches(self: Interpreter, type_name: ast.TypeName, record: ErrorRecord) -> bool:
        from pwshlite.values.types import type_chain

        wanted = V.resolve_type(type_name.name)
        full = str(getattr(wanted, "full_name", type_name.name)).casefold()
        chain = [c.casefold() for c in type_chain(record.exception_type)]
        inner = record.extra.get("inner_exception") if record.extra else None
        if isinstance(inner, str):
            chain.extend(c.casefold() for c in type_chain(inner))
        if record.exception_type.casefold() not in chain:
            chain.insert(0, record.exception_type.casefold())
        if full in chain:
            return True
        short = type_name.name.casefold()
        return any(c.endswith("." + short) for c in chain)
