"""The typed AST: frozen, slotted dataclasses, each with a `span`. Output of the syntax stage.

Imports only pwshlite.errors. Names follow PowerShell's System.Management.Automation.Language AST
(PipelineAst, CommandAst, CommandParameterAst, ...) without the `Ast` suffix. Lark types never appear
here. Operators are stored lower-cased as written (`-eq`, `-ceq`, `-ieq`, `+`, `..`); the runtime
decides case sensitivity from the `c`/`i` prefix.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from decimal import Decimal
from typing import Any, TypeVar, dataclass_transform

from pwshlite.errors import Span


class _Node:
    """Base of every node: a field-wise repr; equality and hashing by identity; frozen.

    Nodes are frozen, slotted dataclasses without generated __repr__/__eq__. `_node` builds them without
    `dataclasses.dataclass`, whose code generation (one exec per class) cost ~12 ms of start-up for the
    ~55 classes; they still carry `__dataclass_fields__`/`__dataclass_params__`, so dataclasses.fields(),
    is_dataclass() and replace() work on them (docs/parser.md)."""

    __slots__ = ()

    def __repr__(self) -> str:
        names: Any = getattr(type(self), "__slots__", ())
        inner = ", ".join(f"{n}={getattr(self, n)!r}" for n in names if n != "span")
        return f"{type(self).__name__}({inner})"

    def __setattr__(self, name: str, value: Any) -> None:
        raise dataclasses.FrozenInstanceError(f"cannot assign to field '{name}'")

    def __delattr__(self, name: str) -> None:
        raise dataclasses.FrozenInstanceError(f"cannot delete field '{name}'")


_N = TypeVar("_N")
_PARAMS = dataclasses._DataclassParams(True, False, False, False, False, True)  # type: ignore[attr-defined]
_NO_DEFAULT: Any = dataclasses.MISSING


@dataclass_transform(frozen_default=True)
def _node(cls: type[_N]) -> type[_N]:
    """`@dataclass(frozen=True, slots=True, repr=False, eq=False)` for a node class, without code
    generation: the fields are the class's own annotations, in order; a class value is the default."""
    namespace = dict(cls.__dict__)
    names = tuple(namespace.get("__annotations__", {}))
    defaults = {n: namespace.pop(n) for n in names if n in namespace}
    namespace.pop("__dict__", None)
    namespace.pop("__weakref__", None)
    namespace["__slots__"] = names
    namespace["__match_args__"] = names
    new: Any = type(cls.__name__, cls.__bases__, namespace)
    new.__qualname__ = cls.__qualname__
    table = {}
    for name in names:
        f: Any = dataclasses.field(default=defaults.get(name, _NO_DEFAULT))
        f.name, f.type, f._field_type = name, namespace["__annotations__"][name], dataclasses._FIELD  # type: ignore[attr-defined]
        table[name] = f
    type.__setattr__(new, "__dataclass_fields__", table)
    type.__setattr__(new, "__dataclass_params__", _PARAMS)
    type.__setattr__(new, "__init__", _make_init(new, names, defaults))
    return new  # type: ignore[no-any-return]


def _make_init(cls: type, names: tuple[str, ...], defaults: dict[str, Any]) -> Callable[..., None]:
    setters = [cls.__dict__[n].__set__ for n in names]  # the slots' own descriptors bypass __setattr__
    count = len(names)

    def __init__(self: Any, *args: Any, **kwargs: Any) -> None:
        if len(args) > count:
            raise TypeError(f"{cls.__name__}() takes {count} positional arguments but {len(args)} were given")
        for i, value in enumerate(args):
            setters[i](self, value)
        for i in range(len(args), count):
            name = names[i]
            if name in kwargs:
                value = kwargs.pop(name)
            elif name in defaults:
                value = defaults[name]
            else:
                raise TypeError(f"{cls.__name__}() missing required argument: '{name}'")
            setters[i](self, value)
        if kwargs:
            raise TypeError(f"{cls.__name__}() got an unexpected keyword argument '{next(iter(kwargs))}'")

    __init__.__qualname__ = f"{cls.__qualname__}.__init__"
    return __init__


# ---------------------------------------------------------------------------------------------------------
# Types and attributes


@_node
class TypeName(_Node):
    """A type as written inside brackets: `int`, `string[]`, `System.Collections.Generic.List[string]`."""

    span: Span
    name: str  # full text inside the outer brackets, whitespace removed


@_node
class NamedAttributeArgument(_Node):
    span: Span
    name: str
    value: Expression | None  # None: written without `= value`, which means $true (`Mandatory`)


@_node
class Attribute(_Node):
    """`[Name(positional..., Named = value...)]`, e.g. `[Parameter(Mandatory=$true)]`."""

    span: Span
    type_name: TypeName
    positional: tuple[Expression, ...]
    named: tuple[NamedAttributeArgument, ...]


@_node
class TypeConstraint(_Node):
    """A bare `[T]` in an attribute position: `[string]$Identity` in a param block."""

    span: Span
    type_name: TypeName


AttributeBase = Attribute | TypeConstraint

# ---------------------------------------------------------------------------------------------------------
# Expressions


@_node
class Constant(_Node):
    """A number literal, or a number argument in command mode. `text` is the source text
    (`1kb`, `0x10`) which a command argument keeps for display (parsing-notes §1.4)."""

    span: Span
    value: int | float | Decimal
    text: str


@_node
class StringConstant(_Node):
    """A string with nothing to expand. kind: 'bare' (command-mode bareword), 'single', 'double',
    'here_single', 'here_double'."""

    span: Span
    value: str
    kind: str


@_node
class ExpandableString(_Node):
    """A double-quoted string, here-string or bareword with `$var` / `$(...)` parts.

    `parts` alternate literal text (str, escapes already applied) and expressions
    (Variable or SubExpression) in source order."""

    span: Span
    parts: tuple[str | Expression, ...]
    kind: str


@_node
class Variable(_Node):
    """`$name`, `${name}`, `$scope:name`, `$env:NAME`, or `@name` when splatted.

    `name` is the full name as written without `$`/`@` and braces (`env:PATH`, `script:count`, `_`)."""

    span: Span
    name: str
    splatted: bool = False
    braced: bool = False


@_node
class TypeExpression(_Node):
    """A type literal used as a value: `[int]`, `[System.IO.Path]` (before `::`)."""

    span: Span
    type_name: TypeName


@_node
class Convert(_Node):
    """A cast `[T]operand`; `[ordered]@{}` and `[pscustomobject]@{}` are casts of a hash literal."""

    span: Span
    type_name: TypeName
    operand: Expression


@_node
class AttributedExpression(_Node):
    """A non-type attribute applied to an expression (`[ValidateNotNull()]$x = ...`)."""

    span: Span
    attribute: Attribute
    operand: Expression


@_node
class BinaryExpression(_Node):
    span: Span
    op: str  # '+', '-', '*', '/', '%', '..', '-f', '-eq', '-ceq', '-and', '-band', '-replace', ...
    left: Expression
    right: Expression


@_node
class UnaryExpression(_Node):
    """op: '-', '+', '!', '-not', '-bnot', '-split', '-csplit', '-isplit', '-join', ',' (unary comma),
    '++' / '--' (prefix), 'post++' / 'post--' (postfix)."""

    span: Span
    op: str
    operand: Expression


@_node
class ArrayLiteral(_Node):
    """`a, b, c`: the comma operator."""

    span: Span
    elements: tuple[Expression, ...]


@_node
class ArrayExpression(_Node):
    """`@( statements )`: always an array."""

    span: Span
    body: StatementBlock


@_node
class SubExpression(_Node):
    """`$( statements )`, also inside expandable strings."""

    span: Span
    body: StatementBlock


@_node
class Paren(_Node):
    """`( pipeline )`: one pipeline or assignment, grouping."""

    span: Span
    pipeline: Statement


@_node
class HashEntry(_Node):
    span: Span
    key: Expression
    value: Statement


@_node
class Hashtable(_Node):
    """`@{ key = value; ... }`."""

    span: Span
    entries: tuple[HashEntry, ...]


@_node
class ScriptBlockExpression(_Node):
    """`{ ... }` as a value."""

    span: Span
    body: ScriptBlock


@_node
class Member(_Node):
    """`target.Name`, `target::Name` (static), `target.$name`, `target.'quoted'`.

    `member` is a StringConstant for a plain name, else the expression computing the name."""

    span: Span
    target: Expression
    member: Expression
    static: bool = False


@_node
class InvokeMember(_Node):
    """`target.Method(args)` / `[T]::Method(args)`."""

    span: Span
    target: Expression
    member: Expression
    arguments: tuple[Expression, ...]
    static: bool = False


@_node
class Index(_Node):
    """`target[index]`; `$a[1,2]` has an ArrayLiteral index, `$a[1..3]` a range."""

    span: Span
    target: Expression
    index: Expression


Expression = (
    Constant
    | StringConstant
    | ExpandableString
    | Variable
    | TypeExpression
    | Convert
    | AttributedExpression
    | BinaryExpression
    | UnaryExpression
    | ArrayLiteral
    | ArrayExpression
    | SubExpression
    | Paren
    | Hashtable
    | ScriptBlockExpression
    | Member
    | InvokeMember
    | Index
)

# ---------------------------------------------------------------------------------------------------------
# Commands and pipelines


@_node
class CommandParameter(_Node):
    """`-Name`, `-Name:value` (argument set, colon=True). A `-Name value` pair is two elements: the
    binder decides whether the value belongs to the parameter (it depends on the parameter's type)."""

    span: Span
    name: str  # without the dash, as typed
    argument: Expression | None = None
    colon: bool = False


@_node
class EndOfParameters(_Node):
    """The `--` marker: everything after it is an argument."""

    span: Span


@_node
class StopParsing(_Node):
    """`--%` and the verbatim rest of the line."""

    span: Span
    text: str


CommandElement = CommandParameter | EndOfParameters | StopParsing | Expression


@_node
class FileRedirection(_Node):
    """`>`, `>>`, `2>`, `*>`, ... ; stream is '1'..'6' or '*'."""

    span: Span
    stream: str
    append: bool
    target: Expression


@_node
class MergingRedirection(_Node):
    """`2>&1`, `*>&1`: from_stream is '2'..'6' or '*', to_stream is '1'."""

    span: Span
    from_stream: str
    to_stream: str


Redirection = FileRedirection | MergingRedirection


@_node
class Command(_Node):
    """A command invocation. `name` is the first element: a StringConstant('bare') for
    `Get-Mailbox`, or any expression after `&` / `.` (`& $sb`, `& 'C:\\x.exe'`).
    invocation is '&', '.', or '' (plain)."""

    span: Span
    name: Expression
    elements: tuple[CommandElement, ...]
    invocation: str = ""
    redirections: tuple[Redirection, ...] = ()


@_node
class CommandExpression(_Node):
    """An expression used as a pipeline element (`1..3 | ...`, `$x > out.txt`)."""

    span: Span
    expression: Expression
    redirections: tuple[Redirection, ...] = ()


PipelineElement = Command | CommandExpression


@_node
class Pipeline(_Node):
    span: Span
    elements: tuple[PipelineElement, ...]


# ---------------------------------------------------------------------------------------------------------
# Statements


@_node
class Assignment(_Node):
    """`target op value`; op is '=', '+=', '-=', '*=', '/=', '%='. The target is a Variable, Member,
    Index, Convert (`[int]$x = ...`) or ArrayLiteral (`$a, $b = ...`). value is a whole statement."""

    span: Span
    target: Expression
    op: str
    value: Statement


@_node
class StatementBlock(_Node):
    """`{ statements }` of a control statement, or the body of `$()` / `@()`."""

    span: Span
    statements: tuple[Statement, ...]
    traps: tuple[Trap, ...] = ()


@_node
class IfClause(_Node):
    span: Span
    condition: Statement
    body: StatementBlock


@_node
class If(_Node):
    span: Span
    clauses: tuple[IfClause, ...]  # the `if` and each `elseif`
    else_body: StatementBlock | None = None


@_node
class SwitchClause(_Node):
    span: Span
    condition: Expression  # a value, bareword or script block (parsed as a command argument)
    body: StatementBlock


@_node
class Switch(_Node):
    """`switch -Regex -CaseSensitive ($x) { ... }`; flags are lower-cased option names without dash
    ('regex', 'wildcard', 'exact', 'casesensitive', 'file'). With -File, `condition` is the path."""

    span: Span
    label: str | None
    flags: tuple[str, ...]
    condition: Statement
    clauses: tuple[SwitchClause, ...]
    default: StatementBlock | None = None


@_node
class Foreach(_Node):
    span: Span
    label: str | None
    variable: Variable
    iterable: Statement
    body: StatementBlock


@_node
class For(_Node):
    span: Span
    label: str | None
    init: Statement | None
    condition: Statement | None
    iterator: Statement | None
    body: StatementBlock


@_node
class While(_Node):
    span: Span
    label: str | None
    condition: Statement
    body: StatementBlock


@_node
class DoLoop(_Node):
    """`do { } while (...)` (until=False) or `do { } until (...)` (until=True)."""

    span: Span
    label: str | None
    body: StatementBlock
    condition: Statement
    until: bool


@_node
class Break(_Node):
    span: Span
    label: Expression | None = None  # StringConstant for a simple name


@_node
class Continue(_Node):
    span: Span
    label: Expression | None = None


@_node
class Return(_Node):
    span: Span
    pipeline: Statement | None = None


@_node
class Exit(_Node):
    span: Span
    pipeline: Statement | None = None


@_node
class Throw(_Node):
    span: Span
    pipeline: Statement | None = None


@_node
class CatchClause(_Node):
    span: Span
    types: tuple[TypeName, ...]  # empty: catch everything
    body: StatementBlock


@_node
class Try(_Node):
    span: Span
    body: StatementBlock
    catches: tuple[CatchClause, ...]
    finally_body: StatementBlock | None = None


@_node
class Trap(_Node):
    span: Span
    type_name: TypeName | None
    body: StatementBlock


@_node
class Parameter(_Node):
    """One parameter of a param block or of `function f($a, [int]$b = 2)`."""

    span: Span
    name: str
    attributes: tuple[AttributeBase, ...]
    default: Expression | None = None


@_node
class ParamBlock(_Node):
    span: Span
    attributes: tuple[Attribute, ...]  # [CmdletBinding(...)], [OutputType(...)]
    parameters: tuple[Parameter, ...]


@_node
class NamedBlock(_Node):
    """begin / process / end / dynamicparam, or the unnamed body (name 'end', unnamed=True)."""

    span: Span
    name: str
    body: StatementBlock
    unnamed: bool = False


@_node
class ScriptBlock(_Node):
    """A script file, a `{ }` script block, or a function body."""

    span: Span
    param_block: ParamBlock | None
    begin: NamedBlock | None
    process: NamedBlock | None
    end: NamedBlock | None
    dynamicparam: NamedBlock | None = None
    requires: tuple[str, ...] = ()  # text of `#Requires` lines (script files only)
    using: tuple[str, ...] = ()  # text of `using` statements


@_node
class FunctionDefinition(_Node):
    """`function Name { }` / `filter Name { }` / `function Name($a) { }` (parameters lifted into a
    synthesized ParamBlock of `body` by the AST builder)."""

    span: Span
    name: str
    body: ScriptBlock
    is_filter: bool = False


@_node
class EnumMember(_Node):
    """One `Name` or `Name = value` line of an enum body."""

    span: Span
    name: str
    value: Expression | None = None


@_node
class EnumDefinition(_Node):
    """`enum Name { A; B = 5 }`: members get the previous value + 1 (the first 0) unless given one."""

    span: Span
    name: str
    members: tuple[EnumMember, ...]


Statement = (
    Pipeline
    | Assignment
    | If
    | Switch
    | Foreach
    | For
    | While
    | DoLoop
    | Break
    | Continue
    | Return
    | Exit
    | Throw
    | Try
    | Trap
    | FunctionDefinition
    | EnumDefinition
    | StatementBlock
)

Node = (
    Statement
    | Expression
    | CommandParameter
    | EndOfParameters
    | StopParsing
    | FileRedirection
    | MergingRedirection
    | Command
    | CommandExpression
    | ScriptBlock
    | NamedBlock
    | ParamBlock
    | Parameter
    | CatchClause
    | IfClause
    | SwitchClause
    | HashEntry
    | Attribute
    | TypeConstraint
    | NamedAttributeArgument
    | TypeName
)
