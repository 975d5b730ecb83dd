"""Expression evaluation: one `_eval_<Node>` method per expression kind (mixin of the Interpreter).

Layer: runtime. Value semantics (operators, conversions, members) come from pwshlite.values through
runtime.valueops; this module decides evaluation order, short-circuiting, assignment targets,
variable lookup and the automatic variables that are computed rather than stored ($?, $true, ...).
"""

# mypy: disable-error-code="misc"
# (mixin methods annotate `self: Interpreter`; mypy cannot check that erased self type, the rest it checks)
from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from pwshlite.errors import ErrorCategory, PwshError, Span
from pwshlite.objects import PSHashtable
from pwshlite.runtime import members_rt
from pwshlite.runtime import valueops as V
from pwshlite.runtime.flow import attach_position, runtime_error
from pwshlite.runtime.scope import AUTOMATION_NULL, AutomationNull, VariableError
from pwshlite.syntax import ast

if TYPE_CHECKING:
    from pwshlite.runtime.interpreter import Interpreter

_CONSTANTS = {"true": True, "false": False, "null": None}


def enumerate_value(value: Any) -> Iterator[Any]:
    """How a value enters a pipeline or foreach: lists are unrolled one level; $null is one $null;
    hashtables and strings are single objects."""
    if isinstance(value, list):
        return iter(value)
    if isinstance(value, tuple | range):
        return iter(value)
    if hasattr(value, "__next__"):
        return value  # type: ignore[no-any-return]
    return iter((value,))


def collapse(items: list[Any]) -> Any:
    """A pipeline's output as a value: nothing -> $null, one object -> itself, more -> an array."""
    if not items:
        return None
    if len(items) == 1:
        return items[0]
    return items


EXPRESSION_TYPES = (
    ast.Constant, ast.StringConstant, ast.ExpandableString, ast.Variable, ast.TypeExpression, ast.Convert,
    ast.AttributedExpression, ast.BinaryExpression, ast.UnaryExpression, ast.ArrayLiteral, ast.ArrayExpression,
    ast.SubExpression, ast.Paren, ast.Hashtable, ast.ScriptBlockExpression, ast.Member, ast.InvokeMember, ast.Index,
)  # fmt: skip


class ExpressionsMixin:
    """Evaluation of ast expressions; `self` is the Interpreter."""

    def eval(self: Interpreter, node: Any) -> Any:
        """Evaluate an expression: one `_eval_<Node>` per kind, found by the node's exact class; any other
        node is a statement used as a value."""
        method = _EVAL.get(type(node))
        if method is None:
            return self.value_of_statement(node)
        return method(self, node)

    def _eval_Constant(self: Interpreter, node: ast.Constant) -> Any:
        return node.value

    def _eval_StringConstant(self: Interpreter, node: ast.StringConstant) -> Any:
        return node.value

    def _eval_ExpandableString(self: Interpreter, node: ast.ExpandableString) -> Any:
        ofs = self.ofs()
        out: list[str] = []
        for part in node.parts:
            if isinstance(part, str):
                out.append(part)
            else:
                out.append(V.to_string(self.eval(part), ofs))
        return "".join(out)

    def _eval_Variable(self: Interpreter, node: ast.Variable) -> Any:
        name = node.name
        key = name.casefold()
        constant = _CONSTANTS.get(key, AUTOMATION_NULL)
        if constant is not AUTOMATION_NULL:
            return constant
        if key == "?":
            return self.status
        if key == "psitem":
            key = name = "_"
        scopes = self.scopes
        cur = scopes.current
        if key in cur.vars:
            value = cur.vars[key]
            return None if value is AUTOMATION_NULL else value
        found, value = scopes.lookup(name)
        if found:
            return value
        if key == "pwd":
            return self.current_location()
        if self.strict_version >= 1 and ":" not in name:
            raise runtime_error(
                f"The variable '${name}' cannot be retrieved because it has not been set.",
                "VariableIsUndefined",
                node.span,
                category=ErrorCategory.InvalidOperation,
                target=name,
            )
        return None

    def _eval_TypeExpression(self: Interpreter, node: ast.TypeExpression) -> Any:
        return self.resolve_type(node.type_name)

    def resolve_type(self: Interpreter, type_name: ast.TypeName) -> Any:
        found = V.resolve_type(type_name.name)
        if found is None:
            raise runtime_error(
                f"Unable to find type [{type_name.name}].",
                "TypeNotFound",
                type_name.span,
                category=ErrorCategory.InvalidOperation,
                target=type_name.name,
            )
        return found

    def _eval_Convert(self: Interpreter, node: ast.Convert) -> Any:
        name = node.type_name.name.casefold()
        if name == "void":
            self.eval(node.operand)
            return AUTOMATION_NULL
        if name == "ordered" and isinstance(node.operand, ast.Hashtable):
            table = self._eval_Hashtable(node.operand)
            table.ordered = True
            return table
        if name in ("pscustomobject", "psobject") and isinstance(node.operand, ast.Hashtable):
            return V.pscustomobject_from(self._eval_Hashtable(node.operand).items())
        value = self.eval(node.operand)
        if name in ("scriptblock",):
            return value
        try:
            return V.convert_to(value, self.resolve_type(node.type_name))
        except PwshError as err:
            raise attach_position(err, node.span) from None

    def _eval_AttributedExpression(self: Interpreter, node: ast.AttributedExpression) -> Any:
        return self.eval(node.operand)

    def _eval_BinaryExpression(self: Interpreter, node: ast.BinaryExpression) -> Any:
        op = node.op
        if op in ("-and", "-or"):
            left = V.to_bool(self.eval(node.left))
            if op == "-and":
                return left and V.to_bool(self.eval(node.right))
            return left or V.to_bool(self.eval(node.right))
        left = self.eval(node.left)
        right = self.eval(node.right)
        try:
            if op.endswith("match"):
                result, matches = V.match(op, left, right)
                if matches is not None:
                    self.scopes.current.vars["matches"] = matches
                return result
            return V.binary(op, left, right)
        except PwshError as err:
            raise attach_position(err, node.span) from None
        except (ArithmeticError, TypeError, ValueError) as exc:
            raise runtime_error(str(exc), "RuntimeException", node.span) from None

    def _eval_UnaryExpression(self: Interpreter, node: ast.UnaryExpression) -> Any:
        op = node.op
        if op == ",":
            return [self.eval(node.operand)]
        if op in ("++", "--", "post++", "post--"):
            return self._increment(node)
        value = self.eval(node.operand)
        try:
            return V.unary(op, value)
        except PwshError as err:
            raise attach_position(err, node.span) from None

    def _increment(self: Interpreter, node: ast.UnaryExpression) -> Any:
        old = self.eval(node.operand)
        delta = 1 if "++" in node.op else -1
        new = V.binary("+", old if old is not None else 0, delta)
        self.assign(node.operand, new, node.span)
        return old if node.op.startswith("post") else new

    def eval_input(self: Interpreter, node: Any) -> Any:
        """A pipeline's expression element: a variable holding AutomationNull sends nothing (not $null)."""
        value = self.eval(node)
        if value is None and type(node) is ast.Variable and node.name.casefold() not in _CONSTANTS:
            found, raw = self.scopes.lookup_raw(node.name)
            if found and raw is AUTOMATION_NULL:
                return AUTOMATION_NULL
        return value

    def _eval_ArrayLiteral(self: Interpreter, node: ast.ArrayLiteral) -> Any:
        return [self.eval(e) for e in node.elements]

    def _eval_ArrayExpression(self: Interpreter, node: ast.ArrayExpression) -> Any:
        items: list[Any] = []
        self.run_block(node.body.statements, node.body.traps, items.append)
        return items

    def _eval_SubExpression(self: Interpreter, node: ast.SubExpression) -> Any:
        items: list[Any] = []
        self.run_block(node.body.statements, node.body.traps, items.append)
        return collapse(items)

    def _eval_Paren(self: Interpreter, node: ast.Paren) -> Any:
        inner = node.pipeline
        if isinstance(inner, ast.Assignment):
            self.exec_statement(inner, _discard)
            return self.eval(inner.target)
        return self.value_of_statement(inner)

    def _eval_Hashtable(self: Interpreter, node: ast.Hashtable) -> PSHashtable:
        table = PSHashtable()
        for entry in node.entries:
            key = self.eval(entry.key)
            if key in table:
                raise runtime_error(
                    f"Duplicate keys '{V.to_string(key)}' are not allowed in hash literals.",
                    "DuplicateKeyInHashLiteral",
                    entry.key.span,
                    category=ErrorCategory.ParserError,
                )
            table[key] = self.value_of_statement(entry.value)
        return table

    def _eval_ScriptBlockExpression(self: Interpreter, node: ast.ScriptBlockExpression) -> Any:
        from pwshlite.runtime.scriptblock import ScriptBlock

        return ScriptBlock(node.body, node.span)

    def _member_name(self: Interpreter, member: Any) -> str:
        if isinstance(member, ast.StringConstant):
            return member.value
        return V.to_string(self.eval(member))

    def _eval_Member(self: Interpreter, node: ast.Member) -> Any:
        target = self.eval(node.target)
        name = self._member_name(node.member)
        try:
            if node.static:
                return V.get_static(target, name)
            value = members_rt.get_member(self, target, name)
        except PwshError as err:
            raise attach_position(err, node.span) from None
        if self.strict_version >= 2 and not members_rt.has_property(target, name, value):
            raise runtime_error(
                f"The property '{name}' cannot be found on this object. Verify that the property exists.",
                "PropertyNotFoundStrict",
                node.span,
                exception_type="System.Management.Automation.PropertyNotFoundException",
            )
        return value

    def _eval_InvokeMember(self: Interpreter, node: ast.InvokeMember) -> Any:
        target = self.eval(node.target)
        name = self._member_name(node.member)
        args = [self.eval(a) for a in node.arguments]
        try:
            if node.static:
                if name.casefold() == "create" and _is_scriptblock_type(target) and len(args) == 1:
                    from pwshlite.runtime.scriptblock import ScriptBlock  # [scriptblock]::Create(text)

                    tree = self.session.parse(V.to_string(args[0]), None)
                    return ScriptBlock(tree, tree.span)
                result = V.invoke_static(target, name, args)
            else:
                result = members_rt.invoke_method(self, target, name, args, node.span)
        except PwshError as err:
            raise attach_position(err, node.span) from None
        except (ArithmeticError, TypeError, ValueError, OverflowError) as exc:
            raise runtime_error(
                f'Exception calling "{name}" with "{len(args)}" argument(s): "{exc}"',
                "DotNetMethodException", node.span,
            ) from None  # fmt: skip
        return result

    def _eval_Index(self: Interpreter, node: ast.Index) -> Any:
        target = self.eval(node.target)
        index = self.eval(node.index)
        try:
            return members_rt.index(target, index, node.span)
        except PwshError as err:
            raise attach_position(err, node.span) from None

    # -- assignment --------------------------------------------------------------------------------------
    def assign(self: Interpreter, target: Any, value: Any, span: Span) -> None:
        """Store `value` into an assignable expression."""
        if isinstance(target, ast.Variable):
            self._assign_variable(target.name, value, span)
        elif isinstance(target, ast.Convert):
            self._assign_typed(target, value, span)
        elif isinstance(target, ast.Member):
            obj = self.eval(target.target)
            members_rt.set_member(self, obj, self._member_name(target.member), value, span)
        elif isinstance(target, ast.Index):
            obj = self.eval(target.target)
            members_rt.set_index(obj, self.eval(target.index), value, span)
        elif isinstance(target, ast.ArrayLiteral):
            self._assign_many(target, value, span)
        elif isinstance(target, ast.AttributedExpression):
            self.assign(target.operand, value, span)
        else:
            raise runtime_error(
                "The assignment expression is not valid. The input to an assignment operator must be an object that "
                "is able to accept assignments, such as a variable or a property.",
                "InvalidLeftHandSide", span, category=ErrorCategory.ParserError,
            )  # fmt: skip

    def _assign_variable(self: Interpreter, name: str, value: Any, span: Span) -> None:
        key = name.casefold()
        names = self.session._names
        if key not in names:  # Get-Variable shows the spelling of the first assignment
            base = name.rpartition(":")[2]
            names.setdefault(base.casefold(), base)
            names[key] = base
        scope = self.scopes.current
        if ":" not in name and not scope.constraints and not scope.options:
            scope.vars[key] = value  # AutomationNull is kept: `$x = <nothing>; $x | f` sends nothing
            return
        try:
            self.scopes.set(name, value)
        except VariableError as exc:
            raise runtime_error(exc.message, exc.error_id, span, category=exc.category, target=name) from None
        except PwshError as err:
            raise attach_position(err, span) from None

    def _assign_typed(self: Interpreter, target: ast.Convert, value: Any, span: Span) -> None:
        type_value = self.resolve_type(target.type_name)
        operand = target.operand
        while isinstance(operand, ast.Convert | ast.AttributedExpression):
            operand = operand.operand
        if not isinstance(operand, ast.Variable):
            self.assign(operand, V.convert_to(value, type_value), span)
            return
        self.scopes.constrain(operand.name, lambda v, t=type_value: V.convert_to(v, t))
        try:
            self.scopes.set(operand.name, value)
        except PwshError as err:
            raise attach_position(err, span) from None

    def _assign_many(self: Interpreter, target: ast.ArrayLiteral, value: Any, span: Span) -> None:
        items = list(value) if isinstance(value, list) else [value]
        targets = target.elements
        for i, t in enumerate(targets):
            if i == len(targets) - 1:
                rest = items[i:]
                self.assign(t, collapse(rest) if len(rest) != 1 else rest[0], span)
            else:
                self.assign(t, items[i] if i < len(items) else None, span)


_EVAL: dict[type, Any] = {
    kind: getattr(ExpressionsMixin, "_eval_" + kind.__name__)
    for kind in (
        ast.Variable, ast.Constant, ast.BinaryExpression, ast.StringConstant, ast.Member, ast.ExpandableString,
        ast.InvokeMember, ast.Index, ast.UnaryExpression, ast.Paren, ast.ArrayLiteral, ast.SubExpression,
        ast.ArrayExpression, ast.Hashtable, ast.ScriptBlockExpression, ast.Convert, ast.TypeExpression,
        ast.AttributedExpression,
    )
}  # fmt: skip


def _is_scriptblock_type(value: Any) -> bool:
    return str(getattr(value, "full_name", "")) == "System.Management.Automation.ScriptBlock"


def _discard(_: Any) -> None:
    return None


__all__ = ["ExpressionsMixin", "AUTOMATION_NULL", "AutomationNull", "collapse", "enumerate_value"]
