"""The typed AST: frozen, slotted dataclasses, each with a `span`. Output of the syntax stage.

Imports only pwshlite.errors. Names follow PowerShell's System.Management.Automation.Language AST
(PipelineAst, CommandAst, CommandParameterAst, ...) without the `Ast` suffix. Lark types never appear
here. Operators are stored lower-cased as written (`-eq`, `-ceq`, `-ieq`, `+`, `..`); the runtime
decides case sensitivity from the `c`/`i` prefix.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from pwshlite.errors import Span


class _Node:
    """Base of every node: a field-wise repr; equality and hashing by identity.

    Nodes are frozen, slotted dataclasses without generated __repr__/__eq__: generating those for ~55
    classes at import cost more start-up time than the whole parse of a one-line script (docs/parser.md)."""

    __slots__ = ()

    def __repr__(self) -> str:
        names: Any = getattr(type(self), "__slots__", ())
        inner = ", ".join(f"{n}={getattr(self, n)!r}" for n in names if n != "span")
        return f"{type(self).__name__}({inner})"


# ---------------------------------------------------------------------------------------------------------
# Types and attributes


@dataclass(frozen=True, slots=True, repr=False, eq=False)
class TypeName(_Node):
    """A type as written inside brackets: `int`, `string[]`, `System.Collections.Generic.List[string]`."""

    span: Span
    name: str  # full text inside the outer brackets, whitespace removed


@dataclass(frozen=True, slots=True, repr=False, eq=False)
class NamedAttributeArgument(_Node):
    span: Span
    name: str
    value: Expression | None  # None: written without `= value`, which means $true (`Mandatory`)


@dataclass(frozen=True, slots=True, repr=False, eq=False)
class Attribute(_Node):
    """`[Name(positional..., Named = value...)]`, e.g. `[Parameter(Mandatory=$true)]`."""

    span: Span
    type_name: TypeName
    positional: tuple[Expression, ...]
    named: tuple[NamedAttributeArgument, ...]


@dataclass(frozen=True, slots=True, repr=False, eq=False)
class TypeConstraint(_Node):
    """A bare `[T]` in an attribute position: `[string]$Identity` in a param block."""

    span: Span
    type_name: TypeName


AttributeBase = Attribute | TypeConstraint

# ---------------------------------------------------------------------------------------------------------
# Expressions


@dataclass(frozen=True, slots=True, repr=False, eq=False)
class Constant(_Node):
    """A number literal, or a number argument in command mode. `text` is the source text
    (`1kb`, `0x10`) which a command argument keeps for display (parsing-notes §1.4)."""

    span: Span
    value: int | float | Decimal
    text: str


@dataclass(frozen=True, slots=True, repr=False, eq=False)
class StringConstant(_Node):
    """A string with nothing to expand. kind: 'bare' (command-mode bareword), 'single', 'double',
    'here_single', 'here_double'."""

    span: Span
    value: str
    kind: str


@dataclass(frozen=True, slots=True, repr=False, eq=False)
class ExpandableString(_Node):
    """A double-quoted string, here-string or bareword with `$var` / `$(...)` parts.

    `parts` alternate literal text (str, escapes already applied) and expressions
    (Variable or SubExpression) in source order."""

    span: Span
    parts: tuple[str | Expression, ...]
    kind: str


@dataclass(frozen=True, slots=True, repr=False, eq=False)
class Variable(_Node):
    """`$name`, `${name}`, `$scope:name`, `$env:NAME`, or `@name` when splatted.

    `name` is the full name as written without `$`/`@` and braces (`env:PATH`, `script:count`, `_`)."""

    span: Span
    name: str
    splatted: bool = False
    braced: bool = False


@dataclass(frozen=True, slots=True, repr=False, eq=False)
class TypeExpression(_Node):
    """A type literal used as a value: `[int]`, `[System.IO.Path]` (before `::`)."""

    span: Span
    type_name: TypeName


@dataclass(frozen=True, slots=True, repr=False, eq=False)
class Convert(_Node):
    """A cast `[T]operand`; `[ordered]@{}` and `[pscustomobject]@{}` are casts of a hash literal."""

    span: Span
    type_name: TypeName
    operand: Expression


@dataclass(frozen=True, slots=True, repr=False, eq=False)
class AttributedExpression(_Node):
    """A non-type attribute applied to an expression (`[ValidateNotNull()]$x = ...`)."""

    span: Span
    attribute: Attribute
    operand: Expression


@dataclass(frozen=True, slots=True, repr=False, eq=False)
class BinaryExpression(_Node):
    span: Span
    op: str  # '+', '-', '*', '/', '%', '..', '-f', '-eq', '-ceq', '-and', '-band', '-replace', ...
    left: Expression
    right: Expression


@dataclass(frozen=True, slots=True, repr=False, eq=False)
class UnaryExpression(_Node):
    """op: '-', '+', '!', '-not', '-bnot', '-split', '-csplit', '-isplit', '-join', ',' (unary comma),
    '++' / '--' (prefix), 'post++' / 'post--' (postfix)."""

    span: Span
    op: str
    operand: Expression


@dataclass(frozen=True, slots=True, repr=False, eq=False)
class ArrayLiteral(_Node):
    """`a, b, c`: the comma operator."""

    span: Span
    elements: tuple[Expression, ...]


@dataclass(frozen=True, slots=True, repr=False, eq=False)
class ArrayExpression(_Node):
    """`@( statements )`: always an array."""

    span: Span
    body: StatementBlock


@dataclass(frozen=True, slots=True, repr=False, eq=False)
class SubExpression(_Node):
    """`$( statements )`, also inside expandable strings."""

    span: Span
    body: StatementBlock


@dataclass(frozen=True, slots=True, repr=False, eq=False)
class Paren(_Node):
    """`( pipeline )`: one pipeline or assignment, grouping."""

    span: Span
    pipeline: Statement


@dataclass(frozen=True, slots=True, repr=False, eq=False)
class HashEntry(_Node):
    span: Span
    key: Expression
    value: Statement


@dataclass(frozen=True, slots=True, repr=False, eq=False)
class Hashtable(_Node):
    """`@{ key = value; ... }`."""

    span: Span
    entries: tuple[HashEntry, ...]


@dataclass(frozen=True, slots=True, repr=False, eq=False)
class ScriptBlockExpression(_Node):
    """`{ ... }` as a value."""

    span: Span
    body: ScriptBlock


@dataclass(frozen=True, slots=True, repr=False, eq=False)
class Member(_Node):
    """`target.Name`, `target::Name` (static), `target.$name`, `target.'quoted'`.

    `member` is a StringConstant for a plain name, else the expression computing the name."""

    span: Span
    target: Expression
    member: Expression
    static: bool = False


@dataclass(frozen=True, slots=True, repr=False, eq=False)
class InvokeMember(_Node):
    """`target.Method(args)` / `[T]::Method(args)`."""

    span: Span
    target: Expression
    member: Expression
    arguments: tuple[Expression, ...]
    static: bool = False


@dataclass(frozen=True, slots=True, repr=False, eq=False)
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


@dataclass(frozen=True, slots=True, repr=False, eq=False)
class CommandParameter(_Node):
    """`-Name`, `-Name:value` (argument set, colon=True). A `-Name value` pair is two elements: the
    binder decides whether the value belongs to the parameter (it depends on the parameter's type)."""

    span: Span
    name: str  # without the dash, as typed
    argument: Expression | None = None
    colon: bool = False


@dataclass(frozen=True, slots=True, repr=False, eq=False)
class EndOfParameters(_Node):
    """The `--` marker: everything after it is an argument."""

    span: Span


@dataclass(frozen=True, slots=True, repr=False, eq=False)
class StopParsing(_Node):
    """`--%` and the verbatim rest of the line."""

    span: Span
    text: str


CommandElement = CommandParameter | EndOfParameters | StopParsing | Expression


@dataclass(frozen=True, slots=True, repr=False, eq=False)
class FileRedirection(_Node):
    """`>`, `>>`, `2>`, `*>`, ... ; stream is '1'..'6' or '*'."""

    span: Span
    stream: str
    append: bool
    target: Expression


@dataclass(frozen=True, slots=True, repr=False, eq=False)
class MergingRedirection(_Node):
    """`2>&1`, `*>&1`: from_stream is '2'..'6' or '*', to_stream is '1'."""

    span: Span
    from_stream: str
    to_stream: str


Redirection = FileRedirection | MergingRedirection


@dataclass(frozen=True, slots=True, repr=False, eq=False)
class Command(_Node):
    """A command invocation. `name` is the first element: a StringConstant('bare') for
    `Get-Mailbox`, or any expression after `&` / `.` (`& $sb`, `& 'C:\\x.exe'`).
    invocation is '&', '.', or '' (plain)."""

    span: Span
    name: Expression
    elements: tuple[CommandElement, ...]
    invocation: str = ""
    redirections: tuple[Redirection, ...] = ()


@dataclass(frozen=True, slots=True, repr=False, eq=False)
class CommandExpression(_Node):
    """An expression used as a pipeline element (`1..3 | ...`, `$x > out.txt`)."""

    span: Span
    expression: Expression
    redirections: tuple[Redirection, ...] = ()


PipelineElement = Command | CommandExpression


@dataclass(frozen=True, slots=True, repr=False, eq=False)
class Pipeline(_Node):
    span: Span
    elements: tuple[PipelineElement, ...]


# ---------------------------------------------------------------------------------------------------------
# Statements


@dataclass(frozen=True, slots=True, repr=False, eq=False)
class Assignment(_Node):
    """`target op value`; op is '=', '+=', '-=', '*=', '/=', '%='. The target is a Variable, Member,
    Index, Convert (`[int]$x = ...`) or ArrayLiteral (`$a, $b = ...`). value is a whole statement."""

    span: Span
    target: Expression
    op: str
    value: Statement


@dataclass(frozen=True, slots=True, repr=False, eq=False)
class StatementBlock(_Node):
    """`{ statements }` of a control statement, or the body of `$()` / `@()`."""

    span: Span
    statements: tuple[Statement, ...]
    traps: tuple[Trap, ...] = ()


@dataclass(frozen=True, slots=True, repr=False, eq=False)
class IfClause(_Node):
    span: Span
    condition: Statement
    body: StatementBlock


@dataclass(frozen=True, slots=True, repr=False, eq=False)
class If(_Node):
    span: Span
    clauses: tuple[IfClause, ...]  # the `if` and each `elseif`
    else_body: StatementBlock | None = None


@dataclass(frozen=True, slots=True, repr=False, eq=False)
class SwitchClause(_Node):
    span: Span
    condition: Expression  # a value, bareword or script block (parsed as a command argument)
    body: StatementBlock


@dataclass(frozen=True, slots=True, repr=False, eq=False)
class Switch(_Node):
    """`switch -Regex -CaseSensitive ($x) { ... }`; flags are lower-cased option names without dash
    ('regex', 'wildcard', 'exact', 'casesensitive', 'file'). With -File, `condition` is the path."""

    span: Span
    label: str | None
    flags: tuple[str, ...]
    condition: Statement
    clauses: tuple[SwitchClause, ...]
    default: StatementBlock | None = None


@dataclass(frozen=True, slots=True, repr=False, eq=False)
class Foreach(_Node):
    span: Span
    label: str | None
    variable: Variable
    iterable: Statement
    body: StatementBlock


@dataclass(frozen=True, slots=True, repr=False, eq=False)
class For(_Node):
    span: Span
    label: str | None
    init: Statement | None
    condition: Statement | None
    iterator: Statement | None
    body: StatementBlock


@dataclass(frozen=True, slots=True, repr=False, eq=False)
class While(_Node):
    span: Span
    label: str | None
    condition: Statement
    body: StatementBlock


@dataclass(frozen=True, slots=True, repr=False, eq=False)
class DoLoop(_Node):
    """`do { } while (...)` (until=False) or `do { } until (...)` (until=True)."""

    span: Span
    label: str | None
    body: StatementBlock
    condition: Statement
    until: bool


@dataclass(frozen=True, slots=True, repr=False, eq=False)
class Break(_Node):
    span: Span
    label: Expression | None = None  # StringConstant for a simple name


@dataclass(frozen=True, slots=True, repr=False, eq=False)
class Continue(_Node):
    span: Span
    label: Expression | None = None


@dataclass(frozen=True, slots=True, repr=False, eq=False)
class Return(_Node):
    span: Span
    pipeline: Statement | None = None


@dataclass(frozen=True, slots=True, repr=False, eq=False)
class Exit(_Node):
    span: Span
    pipeline: Statement | None = None


@dataclass(frozen=True, slots=True, repr=False, eq=False)
class Throw(_Node):
    span: Span
    pipeline: Statement | None = None


@dataclass(frozen=True, slots=True, repr=False, eq=False)
class CatchClause(_Node):
    span: Span
    types: tuple[TypeName, ...]  # empty: catch everything
    body: StatementBlock


@dataclass(frozen=True, slots=True, repr=False, eq=False)
class Try(_Node):
    span: Span
    body: StatementBlock
    catches: tuple[CatchClause, ...]
    finally_body: StatementBlock | None = None


@dataclass(frozen=True, slots=True, repr=False, eq=False)
class Trap(_Node):
    span: Span
    type_name: TypeName | None
    body: StatementBlock


@dataclass(frozen=True, slots=True, repr=False, eq=False)
class Parameter(_Node):
    """One parameter of a param block or of `function f($a, [int]$b = 2)`."""

    span: Span
    name: str
    attributes: tuple[AttributeBase, ...]
    default: Expression | None = None


@dataclass(frozen=True, slots=True, repr=False, eq=False)
class ParamBlock(_Node):
    span: Span
    attributes: tuple[Attribute, ...]  # [CmdletBinding(...)], [OutputType(...)]
    parameters: tuple[Parameter, ...]


@dataclass(frozen=True, slots=True, repr=False, eq=False)
class NamedBlock(_Node):
    """begin / process / end / dynamicparam, or the unnamed body (name 'end', unnamed=True)."""

    span: Span
    name: str
    body: StatementBlock
    unnamed: bool = False


@dataclass(frozen=True, slots=True, repr=False, eq=False)
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


@dataclass(frozen=True, slots=True, repr=False, eq=False)
class FunctionDefinition(_Node):
    """`function Name { }` / `filter Name { }` / `function Name($a) { }` (parameters lifted into a
    synthesized ParamBlock of `body` by the AST builder)."""

    span: Span
    name: str
    body: ScriptBlock
    is_filter: bool = False


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
