"""The cmdlet author API: declare a cmdlet in one file with @cmdlet, Parameter, Switch and Example.

Layer: above syntax/objects/errors, below binding/registry/format/runtime; never imports those.
The decorator compiles the class into a CmdletInfo (parameters, sets, pipeline binding, help) at
import time and rejects declarations PowerShell would reject. The runtime implements `Context`.

    @cmdlet("Get-UMMailboxPIN", outputs=("UMMailboxPin",))
    class GetUMMailboxPIN(Cmdlet):
        '''Get-UMMailboxPIN: PIN state of UM-enabled mailboxes.'''
        Identity: MailboxIdParameter | None = Parameter(position=0, pipeline=True)
        IgnoreErrors: Switch = Parameter()

        def process(self, ctx: Context) -> Iterator[object]: ...
"""

from __future__ import annotations

import re
import sys
import typing
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from decimal import Decimal
from typing import Any, ClassVar, Protocol

from pwshlite.errors import ErrorCategory, ErrorRecord, PwshError
from pwshlite.objects import Char, PSHashtable, PSObject, ScriptBlockValue, SecureString

ALL_SETS = "__AllParameterSets"

APPROVED_VERBS = frozenset(
    "Add Clear Close Copy Enter Exit Find Format Get Hide Join Lock Move New Open Optimize Pop Push Redo "
    "Remove Rename Reset Resize Search Select Set Show Skip Split Step Switch Undo Unlock Watch Connect "
    "Disconnect Read Receive Send Write Backup Checkpoint Compare Compress Convert ConvertFrom ConvertTo "
    "Dismount Edit Expand Export Group Import Initialize Limit Merge Mount Out Publish Restore Save Sync "
    "Unpublish Update Approve Assert Build Complete Confirm Deny Deploy Disable Enable Install Invoke "
    "Register Request Restart Resume Start Stop Submit Suspend Uninstall Unregister Wait Debug Measure Ping "
    "Repair Resolve Test Trace Block Grant Protect Revoke Unblock Unprotect Use Where ForEach Sort Tee".split()
)


class Switch:
    """System.Management.Automation.SwitchParameter: present/absent, `-S:$false` makes it absent."""

    __slots__ = ("is_present",)
    dotnet_name = "System.Management.Automation.SwitchParameter"

    def __init__(self, is_present: bool = False) -> None:
        self.is_present = is_present

    def __bool__(self) -> bool:
        return self.is_present

    def __repr__(self) -> str:
        return f"Switch({self.is_present})"


# .NET names of the Python types a parameter may be annotated with (used by help and error texts).
DOTNET_NAMES: dict[Any, str] = {
    str: "System.String",
    Char: "System.Char",
    int: "System.Int32",
    float: "System.Double",
    bool: "System.Boolean",
    Decimal: "System.Decimal",
    datetime: "System.DateTime",
    timedelta: "System.TimeSpan",
    object: "System.Object",
    Switch: "System.Management.Automation.SwitchParameter",
    PSObject: "System.Management.Automation.PSObject",
    PSHashtable: "System.Collections.Hashtable",
    SecureString: "System.Security.SecureString",
    ScriptBlockValue: "System.Management.Automation.ScriptBlock",
}


@dataclass(frozen=True, slots=True)
class Validate:
    """A validation attribute: kind is 'Set', 'Range', 'Length', 'Pattern', 'Count', 'NotNull',
    'NotNullOrEmpty'; args as PowerShell's attribute takes them (ValidateRange(1, 999))."""

    kind: str
    args: tuple[Any, ...] = ()
    ignore_case: bool = True


def ValidateSet(*values: str, ignore_case: bool = True) -> Validate:  # noqa: N802 (PowerShell's name)
    return Validate("Set", values, ignore_case)


def ValidateRange(low: Any, high: Any) -> Validate:  # noqa: N802
    return Validate("Range", (low, high))


def ValidateLength(low: int, high: int) -> Validate:  # noqa: N802
    return Validate("Length", (low, high))


def ValidatePattern(pattern: str) -> Validate:  # noqa: N802
    return Validate("Pattern", (pattern,))


def ValidateCount(low: int, high: int) -> Validate:  # noqa: N802
    return Validate("Count", (low, high))


ValidateNotNull = Validate("NotNull")
ValidateNotNullOrEmpty = Validate("NotNullOrEmpty")


@dataclass(slots=True)
class _ParameterSpec:
    """What `Parameter(...)` returns in the class body; compiled into ParameterInfo."""

    position: int | None = None
    mandatory: bool | tuple[str, ...] = False
    pipeline: bool | tuple[str, ...] = False
    by_property_name: bool | tuple[str, ...] = False
    sets: tuple[str, ...] = ()
    aliases: tuple[str, ...] = ()
    validate: tuple[Validate, ...] = ()
    help: str = ""
    default: Any = None
    remaining: bool = False
    secret: bool = False
    dont_show: bool = False
    type_name: str | None = None


def Parameter(  # noqa: N802 (reads like the PowerShell attribute)
    *,
    position: int | None = None,
    mandatory: bool | tuple[str, ...] = False,
    pipeline: bool | tuple[str, ...] = False,
    by_property_name: bool | tuple[str, ...] = False,
    sets: tuple[str, ...] = (),
    aliases: tuple[str, ...] = (),
    validate: Validate | tuple[Validate, ...] = (),
    help: str = "",
    default: Any = None,
    remaining: bool = False,
    secret: bool = False,
    dont_show: bool = False,
    type_name: str | None = None,
) -> Any:
    """Declare a parameter. `mandatory`, `pipeline` and `by_property_name` take True (every set the
    parameter is in) or a tuple of the set names where they hold. `secret`: the value is redacted in the
    audit log, history and verbose output (PINs, passwords). `type_name` overrides the .NET type name
    shown in help and errors. `remaining`: ValueFromRemainingArguments."""
    if isinstance(validate, Validate):
        validate = (validate,)
    return _ParameterSpec(
        position, mandatory, pipeline, by_property_name, tuple(sets), tuple(aliases), tuple(validate),
        help, default, remaining, secret, dont_show, type_name,
    )  # fmt: skip


@dataclass(frozen=True, slots=True)
class SetMembership:
    """How a parameter takes part in one parameter set."""

    position: int | None
    mandatory: bool
    pipeline: bool
    by_property_name: bool


@dataclass(frozen=True, slots=True)
class ParameterInfo:
    name: str
    annotation: Any  # the Python type (str, int, list[str], Switch, a converter class, ...)
    element_type: Any  # element type for arrays (list[str] -> str), else None
    is_array: bool
    optional: bool  # annotation allowed None
    type_name: str  # .NET name for help and errors: System.String, System.String[], ...
    sets: dict[str, SetMembership]  # set name (or ALL_SETS) -> membership
    aliases: tuple[str, ...]
    validate: tuple[Validate, ...]
    help: str
    default: Any
    remaining: bool
    secret: bool
    dont_show: bool

    @property
    def is_switch(self) -> bool:
        return self.annotation is Switch

    def in_set(self, set_name: str) -> SetMembership | None:
        return self.sets.get(set_name) or self.sets.get(ALL_SETS)


@dataclass(frozen=True, slots=True)
class Example:
    code: str
    title: str = ""
    remarks: str = ""


@dataclass(slots=True)
class CmdletInfo:
    """Everything the registry, binder, help and completion need to know about a cmdlet."""

    name: str
    cls: type[Cmdlet]
    parameters: dict[str, ParameterInfo]  # casefolded name -> info
    parameter_order: list[str]  # declaration order (display names)
    set_names: list[str]  # named sets in declaration order (empty: only the implicit set)
    default_set: str | None
    supports_should_process: bool
    confirm_impact: str
    outputs: tuple[str, ...]
    synopsis: str
    description: str
    examples: tuple[Example, ...]
    aliases: tuple[str, ...]
    role: str | None
    module: str = ""
    dotnet_type: str = ""
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def verb(self) -> str:
        return self.name.split("-", 1)[0]

    @property
    def noun(self) -> str:
        return self.name.split("-", 1)[-1]

    def parameter(self, name: str) -> ParameterInfo | None:
        return self.parameters.get(name.casefold())


class CmdletError(PwshError):
    """Raise from a cmdlet body for a terminating error (ThrowTerminatingError)."""


class StopUpstream(Exception):  # noqa: N818 (PowerShell's StopUpstreamCommandsException)
    """Raise from a cmdlet's `process` once it needs no more input (Select-Object -First N after the
    N-th object): the runtime stops the commands before it in the pipeline, without an error, and
    still runs this command's and the downstream commands' `end`."""


class Context(Protocol):
    """What a running cmdlet can do. Implemented by the runtime (one per command invocation)."""

    @property
    def command_name(self) -> str: ...
    @property
    def bound(self) -> frozenset[str]: ...  # parameter names bound for this call (display names)
    @property
    def parameter_set(self) -> str: ...

    def write_error(self, record: ErrorRecord) -> None: ...
    def error(
        self,
        message: str,
        error_id: str,
        category: ErrorCategory = ErrorCategory.NotSpecified,
        target: Any = None,
        exception_type: str = "System.Exception",
    ) -> ErrorRecord: ...  # builds a record with this command's invocation info
    def write_warning(self, text: str) -> None: ...
    def write_verbose(self, text: str) -> None: ...
    def write_debug(self, text: str) -> None: ...
    def write_information(self, data: Any, tags: Iterable[str] = ()) -> None: ...
    def write_host(
        self, text: str, newline: bool = True, fg: str | None = None, bg: str | None = None
    ) -> None: ...
    def write_progress(
        self, activity: str, status: str, percent: int = -1, completed: bool = False
    ) -> None: ...
    def should_process(self, target: str, action: str | None = None) -> bool: ...
    # additive (Exchange cmdlets): ShouldProcess(verboseDescription) - the task's own sentence is printed
    # as `What if: <message>` and under the Confirm caption; remote EMS commands offer no [S] Suspend.
    def should_process_message(self, message: str) -> bool: ...
    def should_continue(self, query: str, caption: str) -> bool: ...
    def invoke(
        self,
        block: ScriptBlockValue,
        *args: Any,
        input: Any = None,
        dollar_underscore: Any = None,
        new_scope: bool = True,
        guarded: bool = False,
        sink: Callable[[Any], None] | None = None,
    ) -> list[Any]: ...  # new_scope=False: run in the caller's scope (ForEach-Object); guarded=True: as
    # inside try{} (the first terminating error ends the block and raises PwshError: calculated properties);
    # sink: each output object goes there as it is written (streaming; the list returned is then empty)
    def write_object(self, obj: Any) -> None: ...  # send one object down the pipeline now (WriteObject)
    def get_variable(self, name: str, default: Any = None) -> Any: ...
    def set_variable(self, name: str, value: Any) -> None: ...
    def resource(self, kind: type[Any]) -> Any: ...  # session-wide services (the Exchange store, ...)
    @property
    def cwd(self) -> str: ...
    def resolve_path(self, path: str) -> str: ...
    def now(self) -> datetime: ...  # honours PWSHLITE_NOW
    @property
    def interactive(self) -> bool: ...
    def read_line(self, prompt: str, secret: bool = False) -> str: ...

    # -- additive, for the core cmdlets (locations, variables, history, transcript) --------------------
    def set_location(self, path: str) -> None: ...  # make `path` (absolute, an existing directory) the cwd
    def list_variables(self, scope: str | None = None) -> list[VariableEntry]: ...  # visible from scope
    def define_variable(self, entry: VariableEntry, scope: str | None = None) -> None: ...  # add/replace
    def remove_variable(self, name: str, scope: str | None = None) -> None: ...
    def history(self) -> list[HistoryEntry]: ...  # command lines run so far in this session
    def remove_history(self, ids: set[int]) -> None: ...  # Clear-History
    def add_host_listener(self, listener: Callable[[str, str], None]) -> None: ...  # (kind, text)
    def remove_host_listener(self, listener: Callable[[str, str], None]) -> None: ...

    # -- additive, for the engine's own core cmdlets (Invoke-Expression, Get-Command, Set-StrictMode) -----
    def new_script_block(self, text: str) -> ScriptBlockValue: ...  # [scriptblock]::Create; ParseFailure
    def list_commands(self) -> list[CommandEntry]: ...  # aliases, functions, cmdlets visible now
    def set_strict_mode(self, version: int) -> None: ...  # 0 = off
    def set_alias(self, name: str, value: str, scope: str | None = None) -> None: ...  # Set-Alias/New-Alias

    # -- additive, for test runners (cmdlets/pester) -------------------------------------------------------
    def child_scope(self) -> typing.ContextManager[Any]: ...  # push a child scope for a `with` block
    def invoke_guarded(
        self,
        block: ScriptBlockValue,
        *args: Any,
        named: dict[str, Any] | None = None,
        new_scope: bool = False,
    ) -> list[Any]: ...  # as inside try{}: terminating errors raise PwshError
    @property
    def command_overrides(self) -> dict[str, Any]: ...  # casefolded name -> CmdletInfo used instead (Mock)
    @property
    def drive_roots(self) -> dict[str, str]: ...  # casefolded PSDrive name -> host folder (TestDrive)
    def swap_resources(self, table: dict[type, Any]) -> dict[type, Any]: ...  # fresh services per test file


@dataclass(slots=True)
class CommandEntry:
    """One command as Get-Command sees it (System.Management.Automation.CommandInfo)."""

    name: str
    command_type: str  # 'Alias', 'Function', 'Filter', 'Cmdlet'
    module: str = ""
    info: CmdletInfo | None = None  # parameter metadata (functions: compiled from param())
    definition: str = ""  # alias target / function body text


@dataclass(slots=True)
class VariableEntry:
    """A session variable as Get-Variable/New-Variable see it (System.Management.Automation.PSVariable).

    `scope` in the Context methods is None (local for define/remove; every visible scope for list),
    'Global', 'Script', 'Local', 'Private' or a number of scopes up ('0' = local)."""

    name: str
    value: Any = None
    description: str = ""
    options: str = "None"  # ScopedItemOptions text: None, ReadOnly, Constant, Private, AllScope (comma list)


@dataclass(slots=True)
class HistoryEntry:
    """One Get-History entry (Microsoft.PowerShell.Commands.HistoryInfo)."""

    id: int
    command_line: str
    status: str = "Completed"  # PipelineState: Completed, Failed, Stopped
    start: datetime | None = None
    end: datetime | None = None


class Cmdlet:
    """Base class of cmdlets. The binder sets one attribute per parameter before `begin`; unbound
    parameters hold their declared default (a Switch parameter holds Switch(False))."""

    info: ClassVar[CmdletInfo]

    def begin(self, ctx: Context) -> Iterable[Any] | None:
        return None

    def process(self, ctx: Context) -> Iterable[Any] | None:
        return None

    def end(self, ctx: Context) -> Iterable[Any] | None:
        return None


def _dotnet_name(tp: Any) -> str:
    if tp in DOTNET_NAMES:
        return DOTNET_NAMES[tp]
    name = getattr(tp, "dotnet_name", None)
    return name if isinstance(name, str) else "System.Object"


def _analyse_annotation(tp: Any) -> tuple[Any, Any, bool, bool]:
    """-> (annotation without None, element type, is_array, optional)."""
    optional = False
    origin = typing.get_origin(tp)
    if origin in (typing.Union, getattr(__import__("types"), "UnionType", None)):
        args = [a for a in typing.get_args(tp) if a is not type(None)]
        optional = len(args) < len(typing.get_args(tp))
        tp = args[0] if len(args) == 1 else object
        origin = typing.get_origin(tp)
    if origin in (list, tuple):
        element_args = typing.get_args(tp)
        element = element_args[0] if element_args else object
        return tp, element, True, optional
    if tp is Any:
        tp = object
    return tp, None, False, optional


def _membership(spec: _ParameterSpec, set_name: str) -> SetMembership:
    def flag(v: bool | tuple[str, ...]) -> bool:
        return v if isinstance(v, bool) else set_name in v

    return SetMembership(
        spec.position, flag(spec.mandatory), flag(spec.pipeline), flag(spec.by_property_name)
    )


def _compile_parameter(name: str, spec: _ParameterSpec, hint: Any) -> ParameterInfo:
    annotation, element, is_array, optional = _analyse_annotation(hint)
    if spec.type_name:
        type_name = spec.type_name
    elif is_array:
        type_name = _dotnet_name(element) + "[]"
    else:
        type_name = _dotnet_name(annotation)
    set_names = spec.sets or (ALL_SETS,)
    sets = {s: _membership(spec, s) for s in set_names}
    default = spec.default
    if annotation is Switch and default is None:
        default = Switch(False)
    return ParameterInfo(
        name, annotation, element, is_array, optional, type_name, sets, spec.aliases, spec.validate,
        spec.help, default, spec.remaining, spec.secret, spec.dont_show,
    )  # fmt: skip


def _check_sets(name: str, params: list[ParameterInfo]) -> list[str]:
    """PowerShell's metadata rules: unique positions and one by-value pipeline parameter per type per set."""
    set_names: list[str] = []
    for p in params:
        for s in p.sets:
            if s != ALL_SETS and s not in set_names:
                set_names.append(s)
    for s in set_names or [ALL_SETS]:
        positions: dict[int, str] = {}
        by_value: dict[str, str] = {}
        for p in params:
            m = p.in_set(s)
            if m is None:
                continue
            if m.position is not None:
                if m.position in positions:
                    raise TypeError(
                        f"{name}: parameters {positions[m.position]} and {p.name} share position {m.position} in set {s}"
                    )
                positions[m.position] = p.name
            if m.pipeline:
                if p.type_name in by_value:
                    raise TypeError(
                        f"{name}: {by_value[p.type_name]} and {p.name} both take {p.type_name} from the pipeline in set {s}"
                    )
                by_value[p.type_name] = p.name
    return set_names


def _hints(owner: type) -> dict[str, Any]:
    """Type hints of one class, resolved in its own module (plus this module, for ClassVar and friends)."""
    module = sys.modules.get(owner.__module__)
    namespace = {**vars(sys.modules[__name__]), **(vars(module) if module else {})}
    own = vars(owner).get("__annotations__", {})
    return {name: eval(ann, namespace) if isinstance(ann, str) else ann for name, ann in own.items()}  # noqa: S307


def _parameter_specs(cls: type) -> list[tuple[type, str, _ParameterSpec]]:
    """The `Parameter()` declarations of a cmdlet class: first those of undecorated base classes (shared
    parameter lists such as Add-Content's and Set-Content's), then the class's own, each name once.
    A base class that sets `parameters_last = True` has its parameters listed after the class's own
    (Format-Table/List/Wide/Custom end with the same -GroupBy ... -InputObject list)."""
    found: dict[str, tuple[type, str, _ParameterSpec]] = {}
    trailing: dict[str, tuple[type, str, _ParameterSpec]] = {}
    for owner in reversed(cls.__mro__):
        if owner is not cls and "info" in vars(owner):
            continue  # an already-compiled cmdlet: its attributes hold defaults, not declarations
        target = trailing if owner is not cls and vars(owner).get("parameters_last") else found
        for attr, value in vars(owner).items():
            if isinstance(value, _ParameterSpec):
                found.pop(attr, None)
                trailing.pop(attr, None)
                target[attr] = (owner, attr, value)
    return list(found.values()) + list(trailing.values())


def cmdlet(
    name: str,
    *,
    default_set: str | None = None,
    supports_should_process: bool = False,
    confirm_impact: str = "Medium",
    outputs: tuple[str, ...] = (),
    aliases: tuple[str, ...] = (),
    role: str | None = None,
    dotnet_type: str = "",
    keyword: bool = False,
) -> Callable[[type[Cmdlet]], type[Cmdlet]]:
    """Compile a Cmdlet subclass into its CmdletInfo. The class docstring's first line is the synopsis
    (a leading `Name:` is dropped), the rest the description; `examples` is a class attribute.
    `keyword=True`: a DSL command without a verb (Pester's Describe, It, Should are functions in
    PowerShell), exempt from the verb-noun rule."""
    verb = name.split("-", 1)[0]
    if not keyword and ("-" not in name or verb not in APPROVED_VERBS):
        raise TypeError(f"{name}: '{verb}' is not an approved verb")

    def decorate(cls: type[Cmdlet]) -> type[Cmdlet]:
        params: list[ParameterInfo] = []
        for owner, attr, spec in _parameter_specs(cls):
            params.append(_compile_parameter(attr, spec, _hints(owner).get(attr, object)))
            setattr(cls, attr, params[-1].default)
        set_names = _check_sets(name, params)
        doc = (cls.__doc__ or "").strip()
        first, _, rest = doc.partition("\n")
        synopsis = re.sub(rf"^{re.escape(name)}:\s*", "", first.strip())
        info = CmdletInfo(
            name=name,
            cls=cls,
            parameters={p.name.casefold(): p for p in params},
            parameter_order=[p.name for p in params],
            set_names=set_names,
            default_set=default_set,
            supports_should_process=supports_should_process,
            confirm_impact=confirm_impact,
            outputs=outputs,
            synopsis=synopsis,
            description=rest.strip(),
            examples=tuple(getattr(cls, "examples", ())),
            aliases=aliases,
            role=role,
            module=cls.__module__.rsplit(".", 1)[0],
            dotnet_type=dotnet_type or f"Microsoft.PowerShell.Commands.{name.replace('-', '')}Command",
        )
        cls.info = info
        return cls

    return decorate


def iter_output(result: Iterable[Any] | None) -> Iterator[Any]:
    """Normalise what begin/process/end return (None or an iterable) into an iterator."""
    if result is not None:
        yield from result
