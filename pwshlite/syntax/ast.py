"""The typed AST: frozen, slotted dataclasses, each with a `span`. Output of the syntax stage.

Imports only pwshlite.errors. Names follow PowerShell's System.Management.Automation.Language AST
(PipelineAst, CommandAst, CommandParameterAst, ...) without the `Ast` suffix. Lark types never appear
here. Operators are stored lower-cased as written (`-eq`, `-ceq`, `-ieq`, `+`, `..`); the runtime
decides case sensitivity from the `c`/`i` prefix.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Union

from pwshlite.errors import Span

# ---------------------------------------------------------------------------------------------------------
# Types and attributes


@dataclass(frozen=True, slots=True)
class TypeName:
    """A type as written inside brackets: `int`, `string[]`, `System.Collections.Generic.List[string]`."""

    span: Span
    name: str  # full text inside the outer brackets, whitespace removed


@dataclass(frozen=True, slots=True)
class NamedAttributeArgument:
    span: Span
    name: str
    value: Expression | None  # None: written without `= value`, which means $true (`Mandatory`)


@dataclass(frozen=True, slots=True)
class Attribute:
    """`[Name(positional..., Named = value...)]`, e.g. `[Parameter(Mandatory=$true)]`."""

    span: Span
    type_name: TypeName
    positional: tuple[Expression, ...]
    named: tuple[NamedAttributeArgument, ...]


@dataclass(frozen=True, slots=True)
class TypeConstraint:
    """A bare `[T]` in an attribute position: `[string]$Identity` in a param block."""

    span: Span
    type_name: TypeName


AttributeBase = Union[Attribute, TypeConstraint]

# ---------------------------------------------------------------------------------------------------------
# Expressions


@dataclass(frozen=True, slots=True)
class Constant:
    """A number literal, or a number argument in command mode. `text` is the source text
    (`1kb`, `0x10`) which a command argument keeps for display (parsing-notes §1.4)."""

    span: Span
    value: int | float | Decimal
    text: str


@dataclass(frozen=True, slots=True)
class StringConstant:
    """A string with nothing to expand. kind: 'bare' (command-mode bareword), 'single', 'double',
    'here_single', 'here_double'."""

    span: Span
    value: str
    kind: str


@dataclass(frozen=True, slots=True)
class ExpandableString:
    """A double-quoted string, here-string or bareword with `$var` / `$(...)` parts.

    `parts` alternate literal text (str, escapes already applied) and expressions
    (Variable or SubExpression) in source order."""

    span: Span
    parts: tuple[str | Expression, ...]
    kind: str


@dataclass(frozen=True, slots=True)
class Variable:
    """`$name`, `${name}`, `$scope:name`, `$env:NAME`, or `@name` when splatted.

    `name` is the full name as written without `$`/`@` and braces (`env:PATH`, `script:count`, `_`)."""

    span: Span
    name: str
    splatted: bool = False
    braced: bool = False


@dataclass(frozen=True, slots=True)
class TypeExpression:
    """A type literal used as a value: `[int]`, `[System.IO.Path]` (before `::`)."""

    span: Span
    type_name: TypeName


@dataclass(frozen=True, slots=True)
class Convert:
    """A cast `[T]operand`; `[ordered]@{}` and `[pscustomobject]@{}` are casts of a hash literal."""

    span: Span
    type_name: TypeName
    operand: Expression


@dataclass(frozen=True, slots=True)
class AttributedExpression:
    """A non-type attribute applied to an expression (`[ValidateNotNull()]$x = ...`)."""

    span: Span
    attribute: Attribute
    operand: Expression


@dataclass(frozen=True, slots=True)
class BinaryExpression:
    span: Span
    op: str  # '+', '-', '*', '/', '%', '..', '-f', '-eq', '-ceq', '-and', '-band', '-replace', ...
    left: Expression
    right: Expression


@dataclass(frozen=True, slots=True)
class UnaryExpression:
    """op: '-', '+', '!', '-not', '-bnot', '-split', '-csplit', '-isplit', '-join', ',' (unary comma),
    '++' / '--' (prefix), 'post++' / 'post--' (postfix)."""

    span: Span
    op: str
    operand: Expression


@dataclass(frozen=True, slots=True)
class ArrayLiteral:
    """`a, b, c`: the comma operator."""

    span: Span
    elements: tuple[Expression, ...]


@dataclass(frozen=True, slots=True)
class ArrayExpression:
    """`@( statements )`: always an array."""

    span: Span
    body: StatementBlock


@dataclass(frozen=True, slots=True)
class SubExpression:
    """`$( statements )`, also inside expandable strings."""

    span: Span
    body: StatementBlock


@dataclass(frozen=True, slots=True)
class Paren:
    """`( pipeline )`: one pipeline or assignment, grouping."""

    span: Span
    pipeline: Statement


@dataclass(frozen=True, slots=True)
class HashEntry:
    span: Span
    key: Expression
    value: Statement


@dataclass(frozen=True, slots=True)
class Hashtable:
    """`@{ key = value; ... }`."""

    span: Span
    entries: tuple[HashEntry, ...]


@dataclass(frozen=True, slots=True)
class ScriptBlockExpression:
    """`{ ... }` as a value."""

    span: Span
    body: ScriptBlock


@dataclass(frozen=True, slots=True)
class Member:
    """`target.Name`, `target::Name` (static), `target.$name`, `target.'quoted'`.

    `member` is a StringConstant for a plain name, else the expression computing the name."""

    span: Span
    target: Expression
    member: Expression
    static: bool = False


@dataclass(frozen=True, slots=True)
class InvokeMember:
    """`target.Method(args)` / `[T]::Method(args)`."""

    span: Span
    target: Expression
    member: Expression
    arguments: tuple[Expression, ...]
    static: bool = False


@dataclass(frozen=True, slots=True)
class Index:
    """`target[index]`; `$a[1,2]` has an ArrayLiteral index, `$a[1..3]` a range."""

    span: Span
    target: Expression
    index: Expression


Expression = Union[
    Constant,
    StringConstant,
    ExpandableString,
    Variable,
    TypeExpression,
    Convert,
    AttributedExpression,
    BinaryExpression,
    UnaryExpression,
    ArrayLiteral,
    ArrayExpression,
    SubExpression,
    Paren,
    Hashtable,
    ScriptBlockExpression,
    Member,
    InvokeMember,
    Index,
]

# ---------------------------------------------------------------------------------------------------------
# Commands and pipelines


@dataclass(frozen=True, slots=True)
class CommandParameter:
    """`-Name`, `-Name:value` (argument set, colon=True). A `-Name value` pair is two elements: the
    binder decides whether the value belongs to the parameter (it depends on the parameter's type)."""

    span: Span
    name: str  # without the dash, as typed
    argument: Expression | None = None
    colon: bool = False


@dataclass(frozen=True, slots=True)
class EndOfParameters:
    """The `--` marker: everything after it is an argument."""

    span: Span


@dataclass(frozen=True, slots=True)
class StopParsing:
    """`--%` and the verbatim rest of the line."""

    span: Span
    text: str


CommandElement = Union[CommandParameter, EndOfParameters, StopParsing, Expression]


@dataclass(frozen=True, slots=True)
class FileRedirection:
    """`>`, `>>`, `2>`, `*>`, ... ; stream is '1'..'6' or '*'."""

    span: Span
    stream: str
    append: bool
    target: Expression


@dataclass(frozen=True, slots=True)
class MergingRedirection:
    """`2>&1`, `*>&1`: from_stream is '2'..'6' or '*', to_stream is '1'."""

    span: Span
    from_stream: str
    to_stream: str


Redirection = Union[FileRedirection, MergingRedirection]


@dataclass(frozen=True, slots=True)
class Command:
    """A command invocation. `name` is the first element: a StringConstant('bare') for
    `Get-Mailbox`, or any expression after `&` / `.` (`& $sb`, `& 'C:\\x.exe'`).
    invocation is '&', '.', or '' (plain)."""

    span: Span
    name: Expression
    elements: tuple[CommandElement, ...]
    invocation: str = ""
    redirections: tuple[Redirection, ...] = ()


@dataclass(frozen=True, slots=True)
class CommandExpression:
    """An expression used as a pipeline element (`1..3 | ...`, `$x > out.txt`)."""

    span: Span
    expression: Expression
    redirections: tuple[Redirection, ...] = ()


PipelineElement = Union[Command, CommandExpression]


@dataclass(frozen=True, slots=True)
class Pipeline:
    span: Span
    elements: tuple[PipelineElement, ...]


# ---------------------------------------------------------------------------------------------------------
# Statements


@dataclass(frozen=True, slots=True)
class Assignment:
    """`target op value`; op is '=', '+=', '-=', '*=', '/=', '%='. The target is a Variable, Member,
    Index, Convert (`[int]$x = ...`) or ArrayLiteral (`$a, $b = ...`). value is a whole statement."""

    span: Span
    target: Expression
    op: str
    value: Statement


@dataclass(frozen=True, slots=True)
class StatementBlock:
    """`{ statements }` of a control statement, or the body of `$()` / `@()`."""

    span: Span
    statements: tuple[Statement, ...]
    traps: tuple[Trap, ...] = ()


@dataclass(frozen=True, slots=True)
class IfClause:
    span: Span
    condition: Statement
    body: StatementBlock


@dataclass(frozen=True, slots=True)
class If:
    span: Span
    clauses: tuple[IfClause, ...]  # the `if` and each `elseif`
    else_body: StatementBlock | None = None


@dataclass(frozen=True, slots=True)
class SwitchClause:
    span: Span
    condition: Expression  # a value, bareword or script block (parsed as a command argument)
    body: StatementBlock


@dataclass(frozen=True, slots=True)
class Switch:
    """`switch -Regex -CaseSensitive ($x) { ... }`; flags are lower-cased option names without dash
    ('regex', 'wildcard', 'exact', 'casesensitive', 'file'). With -File, `condition` is the path."""

    span: Span
    label: str | None
    flags: tuple[str, ...]
    condition: Statement
    clauses: tuple[SwitchClause, ...]
    default: StatementBlock | None = None


@dataclass(frozen=True, slots=True)
class Foreach:
    span: Span
    label: str | None
    variable: Variable
    iterable: Statement
    body: StatementBlock


@dataclass(frozen=True, slots=True)
class For:
    span: Span
    label: str | None
    init: Statement | None
    condition: Statement | None
    iterator: Statement | None
    body: StatementBlock


@dataclass(frozen=True, slots=True)
class While:
    span: Span
    label: str | None
    condition: Statement
    body: StatementBlock


@dataclass(frozen=True, slots=True)
class DoLoop:
    """`do { } while (...)` (until=False) or `do { } until (...)` (until=True)."""

    span: Span
    label: str | None
    body: StatementBlock
    condition: Statement
    until: bool


@dataclass(frozen=True, slots=True)
class Break:
    span: Span
    label: Expression | None = None  # StringConstant for a simple name


@dataclass(frozen=True, slots=True)
class Continue:
    span: Span
    label: Expression | None = None


@dataclass(frozen=True, slots=True)
class Return:
    span: Span
    pipeline: Statement | None = None


@dataclass(frozen=True, slots=True)
class Exit:
    span: Span
    pipeline: Statement | None = None


@dataclass(frozen=True, slots=True)
class Throw:
    span: Span
    pipeline: Statement | None = None


@dataclass(frozen=True, slots=True)
class CatchClause:
    span: Span
    types: tuple[TypeName, ...]  # empty: catch everything
    body: StatementBlock


@dataclass(frozen=True, slots=True)
class Try:
    span: Span
    body: StatementBlock
    catches: tuple[CatchClause, ...]
    finally_body: StatementBlock | None = None


@dataclass(frozen=True, slots=True)
class Trap:
    span: Span
    type_name: TypeName | None
    body: StatementBlock


@dataclass(frozen=True, slots=True)
class Parameter:
    """One parameter of a param block or of `function f($a, [int]$b = 2)`."""

    span: Span
    name: str
    attributes: tuple[AttributeBase, ...]
    default: Expression | None = None


@dataclass(frozen=True, slots=True)
class ParamBlock:
    span: Span
    attributes: tuple[Attribute, ...]  # [CmdletBinding(...)], [OutputType(...)]
    parameters: tuple[Parameter, ...]


@dataclass(frozen=True, slots=True)
class NamedBlock:
    """begin / process / end / dynamicparam, or the unnamed body (name 'end', unnamed=True)."""

    span: Span
    name: str
    body: StatementBlock
    unnamed: bool = False


@dataclass(frozen=True, slots=True)
class ScriptBlock:
    """A script file, a `{ }` script block, or a function body."""

    span: Span
    param_block: ParamBlock | None
    begin: NamedBlock | None
    process: NamedBlock | None
    end: NamedBlock | None
    dynamicparam: NamedBlock | None = None
    requires: tuple[str, ...] = ()  # text of `#Requires` lines (script files only)
    using: tuple[str, ...] = ()  # text of `using` statements


@dataclass(frozen=True, slots=True)
class FunctionDefinition:
    """`function Name { }` / `filter Name { }` / `function Name($a) { }` (parameters lifted into a
    synthesized ParamBlock of `body` by the AST builder)."""

    span: Span
    name: str
    body: ScriptBlock
    is_filter: bool = False


Statement = Union[
    Pipeline,
    Assignment,
    If,
    Switch,
    Foreach,
    For,
    While,
    DoLoop,
    Break,
    Continue,
    Return,
    Exit,
    Throw,
    Try,
    Trap,
    FunctionDefinition,
    StatementBlock,
]

Node = Union[
    Statement,
    Expression,
    CommandParameter,
    EndOfParameters,
    StopParsing,
    FileRedirection,
    MergingRedirection,
    Command,
    CommandExpression,
    ScriptBlock,
    NamedBlock,
    ParamBlock,
    Parameter,
    CatchClause,
    IfClause,
    SwitchClause,
    HashEntry,
    Attribute,
    TypeConstraint,
    NamedAttributeArgument,
    TypeName,
]
