"""Script functions, filters, script blocks and script files: param() compiled into binder metadata,
and the processor that runs begin/process/end in a new (or, dot-sourced, the current) scope.

Layer: runtime. A param block becomes a CmdletInfo (ParameterInfo per parameter with ScriptType
annotations, [Parameter()] sets, [Alias()], validation attributes) so one binder serves cmdlets and
functions. Simple functions (no [CmdletBinding()] and no [Parameter()]) bind loosely: unknown names
and extra arguments go to $args. Parameters get positions in declaration order unless one declares
a Position (about_Functions_Advanced_Parameters).
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from pwshlite.binding.binder import Argument, Binder, BoundCall
from pwshlite.binding.coerce import ScriptType
from pwshlite.binding.messages import CommandRef
from pwshlite.cmdlet import (
    ALL_SETS,
    Cmdlet,
    CmdletInfo,
    Example,
    ParameterInfo,
    SetMembership,
    Switch,
    Validate,
)
from pwshlite.errors import InvocationInfo
from pwshlite.objects import PSHashtable
from pwshlite.runtime.flow import ExitSignal, ReturnSignal, call_depth_error
from pwshlite.runtime.pipeline import Processor, frame_output
from pwshlite.runtime.scope import Scope
from pwshlite.runtime.scriptblock import ScriptBlock
from pwshlite.runtime.streams import CommandFrame
from pwshlite.syntax import ast

if TYPE_CHECKING:
    from pwshlite.runtime.interpreter import Interpreter

MAX_CALL_DEPTH = 100


@dataclass
class FunctionMeta:
    info: CmdletInfo
    advanced: bool
    defaults: dict[str, Any] = field(default_factory=dict)  # parameter name -> default expression
    types: dict[str, ScriptType] = field(default_factory=dict)
    allow: dict[str, set[str]] = field(default_factory=dict)  # allownull / allowemptystring -> names
    remaining: set[str] = field(default_factory=set)


def _attr_name(attr: Any) -> str:
    return (
        str(attr.type_name.name)
        .casefold()
        .removeprefix("system.management.automation.")
        .removesuffix("attribute")
    )


def _named(interp: Interpreter, attr: ast.Attribute) -> dict[str, Any]:
    return {n.name.casefold(): (True if n.value is None else interp.eval(n.value)) for n in attr.named}


def compile_meta(interp: Interpreter, block: ScriptBlock, name: str) -> FunctionMeta:
    pb = block.ast.param_block
    binding: dict[str, Any] = {}
    advanced = False
    for attr in pb.attributes if pb else ():
        if _attr_name(attr) == "cmdletbinding":
            advanced = True
            binding = _named(interp, attr)
    params = list(pb.parameters) if pb else []
    if any(
        _attr_name(a) == "parameter" for p in params for a in p.attributes if isinstance(a, ast.Attribute)
    ):
        advanced = True
    explicit = any(_explicit_position(interp, p) for p in params)
    positional = not explicit and binding.get("positionalbinding", True) is not False
    infos: list[ParameterInfo] = []
    meta = FunctionMeta(info=None, advanced=advanced)  # type: ignore[arg-type]
    next_position = 0
    for p in params:
        pinfo, stype = _compile_parameter(interp, p, next_position if positional else None, meta)
        if positional and not pinfo.is_switch:
            next_position += 1
        infos.append(pinfo)
        if stype is not None:
            meta.types[pinfo.name] = stype
        if p.default is not None:
            meta.defaults[pinfo.name] = p.default
    meta.info = _info(name, infos, binding, block)
    meta.info.extra["allow_null"] = meta.allow.get("allownull", set())
    meta.info.extra["allow_empty_string"] = meta.allow.get("allowemptystring", set())
    return meta


def _explicit_position(interp: Interpreter, p: ast.Parameter) -> bool:
    for attr in p.attributes:
        if (
            isinstance(attr, ast.Attribute)
            and _attr_name(attr) == "parameter"
            and "position" in _named(interp, attr)
        ):
            return True
    return False


def _compile_parameter(
    interp: Interpreter, p: ast.Parameter, implicit: int | None, meta: FunctionMeta
) -> tuple[ParameterInfo, ScriptType | None]:
    name = p.name.lstrip("$")
    stype: ScriptType | None = None
    sets: dict[str, SetMembership] = {}
    aliases: list[str] = []
    validate: list[Validate] = []
    for attr in p.attributes:
        if isinstance(attr, ast.TypeConstraint):
            stype = ScriptType(attr.type_name.name)
            continue
        kind = _attr_name(attr)
        args = [interp.eval(a) for a in attr.positional]
        if kind == "parameter":
            named = _named(interp, attr)
            position = named.get("position")
            membership = SetMembership(
                int(position) if position is not None else implicit,
                bool(named.get("mandatory", False)),
                bool(named.get("valuefrompipeline", False)),
                bool(named.get("valuefrompipelinebypropertyname", False)),
            )
            sets[str(named.get("parametersetname", ALL_SETS))] = membership
            if named.get("valuefromremainingarguments"):
                meta.remaining.add(name)
        elif kind == "alias":
            aliases.extend(str(a) for v in args for a in (v if isinstance(v, list) else [v]))
        elif kind.startswith("validate"):
            validate.append(_validator(kind, args, attr, interp))
        elif kind in ("allownull", "allowemptystring", "allowemptycollection"):
            meta.allow.setdefault(kind, set()).add(name)
    if not sets:
        sets[ALL_SETS] = SetMembership(implicit, False, False, False)
    is_switch = stype is not None and stype.dotnet_name == Switch.dotnet_name
    annotation: Any = Switch if is_switch else (stype if stype is not None else object)
    is_array = bool(stype is not None and stype.is_array)
    type_name = stype.dotnet_name if stype is not None else "System.Object"
    if is_switch:
        sets = {k: SetMembership(None, v.mandatory, v.pipeline, v.by_property_name) for k, v in sets.items()}
    remaining = name in meta.remaining
    info = ParameterInfo(
        name, annotation, stype.element if stype is not None else None, is_array, True, type_name, sets,
        tuple(aliases), tuple(validate), "", Switch(False) if is_switch else None, remaining, False, False,
    )  # fmt: skip
    return info, stype


def _validator(kind: str, args: list[Any], attr: ast.Attribute, interp: Interpreter) -> Validate:
    flat = [a for v in args for a in (v if isinstance(v, list) else [v])]
    if kind == "validateset":
        named = _named(interp, attr)
        return Validate("Set", tuple(str(a) for a in flat), named.get("ignorecase") is not False)
    if kind == "validaterange":
        return Validate("Range", tuple(flat[:2]))
    if kind == "validatelength":
        return Validate("Length", tuple(flat[:2]))
    if kind == "validatecount":
        return Validate("Count", tuple(flat[:2]))
    if kind == "validatepattern":
        return Validate("Pattern", (str(flat[0]),))
    if kind == "validatenotnull":
        return Validate("NotNull")
    if kind == "validatenotnullorempty":
        return Validate("NotNullOrEmpty")
    if kind == "validatescript":
        return Validate("Script", (flat[0],))
    return Validate("None")


def _info(name: str, params: list[ParameterInfo], binding: dict[str, Any], block: ScriptBlock) -> CmdletInfo:
    set_names: list[str] = []
    for p in params:
        for s in p.sets:
            if s != ALL_SETS and s not in set_names:
                set_names.append(s)
    default = binding.get("defaultparametersetname")
    help_ = comment_help(block.span.text)
    info = CmdletInfo(
        name=name, cls=Cmdlet, parameters={p.name.casefold(): p for p in params},
        parameter_order=[p.name for p in params], set_names=set_names,
        default_set=str(default) if default else None,
        supports_should_process=bool(binding.get("supportsshouldprocess", False)),
        confirm_impact=str(binding.get("confirmimpact", "Medium")), outputs=(),
        synopsis=help_.get("synopsis", ""), description=help_.get("description", ""),
        examples=tuple(Example(code) for code in help_.get("examples", [])), aliases=(), role=None, module="",
        dotnet_type=name,
    )  # fmt: skip
    return info


_HELP_KEYWORD = re.compile(r"^\s*\.([A-Za-z]+)\s*(.*)$")


def comment_help(text: str) -> dict[str, Any]:
    """Comment-based help (about_Comment_Based_Help): the first `<# .SYNOPSIS ... #>` block of a function
    or script body gives synopsis, description and examples."""
    start = text.find("<#")
    end = text.find("#>", start + 2)
    if start < 0 or end < 0:
        return {}
    sections: dict[str, list[list[str]]] = {}
    current: list[str] | None = None
    for line in text[start + 2 : end].splitlines():
        m = _HELP_KEYWORD.match(line)
        if m and m.group(1).upper() in ("SYNOPSIS", "DESCRIPTION", "EXAMPLE", "PARAMETER", "NOTES", "OUTPUTS",
                                        "INPUTS", "LINK"):  # fmt: skip
            current = []
            sections.setdefault(m.group(1).casefold(), []).append(current)
            continue
        if current is not None:
            current.append(line.strip())
    result: dict[str, Any] = {}
    for key in ("synopsis", "description"):
        if key in sections:
            result[key] = "\n".join(sections[key][0]).strip()
    result["examples"] = [next((ln for ln in ex if ln), "") for ex in sections.get("example", [])]
    return result


class FunctionProcessor(Processor):
    """Runs a function, filter, script block or script file as a pipeline element."""

    def __init__(
        self,
        interp: Interpreter,
        name: str,
        block: ScriptBlock,
        args: list[Argument],
        invocation: InvocationInfo,
        *,
        kind: str = "Function",
        dot_source: bool = False,
        script_path: str | None = None,
        redirections: tuple[Any, ...] = (),
    ) -> None:
        super().__init__(interp, redirections)
        self.name = name
        self.block = block
        self.args = args
        self.invocation = invocation
        self.kind = kind
        self.dot_source = dot_source
        self.script_path = script_path
        self.frame = CommandFrame(name, kind, invocation)
        self.scope: Scope | None = None
        self.meta: FunctionMeta | None = None
        self.binder: Binder | None = None
        self.bound: BoundCall | None = None
        self.collected: list[Any] = []
        self.preset_underscore: tuple[Any] | None = None
        self.top_level = False
        self.exited = False
        self._entered = False
        body = block.ast
        self.begin_block = body.begin
        self.process_block = body.process
        self.end_block = body.end
        if block.is_filter and self.process_block is None:
            self.process_block, self.end_block = self.end_block, None

    def begin(self) -> None:
        interp = self.interp
        meta = self.meta = interp.meta_of(self.block, self.name)
        ref = CommandRef(self.name, self.name, self.kind, self.script_path)
        self.binder = Binder(
            meta.info, ref, self.invocation.extent, function=True, loose=not meta.advanced,
            expects_input=self.expects_input, prompt=interp.mandatory_prompt(self.expects_input),
            property_lookup=interp.property_lookup, script_validator=interp.run_validator,
        )  # fmt: skip
        self.bound = self.binder.bind(self.args)
        interp.depth += 1
        self._entered = True
        if interp.depth > MAX_CALL_DEPTH:
            raise call_depth_error(self.invocation.extent)
        current = interp.scopes.current
        self.scope = current if self.dot_source else Scope(current, is_script=self.kind == "ExternalScript")
        interp.apply_common(self.frame, self.bound.common)
        with interp.scopes.using(self.scope):
            self._set_variables(meta, self.bound)
        self._run(self.begin_block)

    def _set_variables(self, meta: FunctionMeta, bound: BoundCall) -> None:
        """Automatic variables first (default values may use $PSScriptRoot, $MyInvocation), then the
        parameters in declaration order (a default may use an earlier parameter)."""
        interp = self.interp
        scope = self.scope
        assert scope is not None
        self._automatic_variables(meta, bound, scope)
        for pinfo in meta.info.parameters.values():
            name = pinfo.name
            stype = meta.types.get(name)
            if name in bound.values:
                value = bound.values[name]
            elif name in meta.defaults:
                value = interp.value_of_statement(meta.defaults[name])
                if stype is not None and value is not None:
                    value = interp.convert_param(value, stype)
            else:
                value = Switch(False) if pinfo.is_switch else _typed_null(stype)
            scope.vars[name.casefold()] = value
            if stype is not None and not pinfo.is_switch and stype.dotnet_name != "System.Object":
                scope.constraints[name.casefold()] = _converter(interp, stype)

    def _automatic_variables(self, meta: FunctionMeta, bound: BoundCall, scope: Scope) -> None:
        interp = self.interp
        vars_ = scope.vars
        vars_["args"] = list(bound.extra)
        vars_["psboundparameters"] = PSHashtable(bound.values.items())
        vars_["input"] = []
        if self.preset_underscore is not None:
            vars_["_"] = self.preset_underscore[0]
        vars_["myinvocation"] = interp.my_invocation(
            self.invocation, self.name, self.kind, bound, self.script_path
        )
        if self.kind == "ExternalScript" and self.script_path:
            vars_["psscriptroot"] = os.path.dirname(self.script_path)
            vars_["pscommandpath"] = self.script_path
        if meta.advanced:
            from pwshlite.runtime.context import PSCmdletValue

            vars_["pscmdlet"] = PSCmdletValue(interp, self)
        interp.preference_variables(self.frame, scope)

    def first(self) -> None:
        if self.process_block is not None:
            self._process_with(None, bind=False)

    def process(self, item: Any) -> None:
        if self.process_block is None:
            self.collected.append(item)
            if self.meta is not None and self.meta.advanced:
                self._bind_pipeline(item)  # without a process block the end block sees the last object
            return
        self._process_with(item, bind=True)

    def _bind_pipeline(self, item: Any) -> bool:
        from pwshlite.binding.messages import ParameterBindingError

        assert self.scope is not None and self.binder is not None and self.bound is not None
        try:
            values = self.binder.bind_input(self.bound, item)
        except ParameterBindingError as err:
            self.interp.write_error(err.record, self.frame)
            return False
        for name, value in values.items():
            self.scope.vars[name.casefold()] = value
        return True

    def _process_with(self, item: Any, bind: bool) -> None:
        assert self.scope is not None
        vars_ = self.scope.vars
        if bind and self.meta is not None and self.meta.advanced and not self._bind_pipeline(item):
            return
        vars_["_"] = item
        vars_["input"] = [item] if bind else []
        self._run(self.process_block)

    def end(self) -> None:
        assert self.scope is not None
        if self.end_block is not None:
            self.scope.vars["input"] = self.collected
            if self.preset_underscore is None:
                self.scope.vars["_"] = None
            self._run(self.end_block)

    def _run(self, block: ast.NamedBlock | None) -> None:
        if block is None or self.exited:
            return
        interp = self.interp
        emit = self.emit
        frame = self.frame
        if frame.out_variable is not None or frame.pipeline_variable is not None:

            def emit(item: Any, _e: Any = self.emit) -> None:
                frame_output(frame, item)
                _e(item)

        assert self.scope is not None
        interp.frame_stack.append(frame)
        scopes = interp.scopes
        saved = scopes.current
        scopes.current = self.scope
        try:
            interp.run_block(block.body.statements, block.body.traps, emit)
        except ReturnSignal:
            pass
        except ExitSignal as sig:
            if self.kind != "ExternalScript" or self.top_level:
                raise
            self.exited = True  # `exit` in a called script ends that script only (about_Scripts)
            interp.scopes.global_scope.vars["lastexitcode"] = sig.code
            interp.pipeline_failed = interp.pipeline_failed or sig.code != 0
        finally:
            scopes.current = saved
            interp.frame_stack.pop()

    def close(self) -> None:
        if self._entered:
            self.interp.depth -= 1
            self._entered = False
        super().close()


def _converter(interp: Interpreter, stype: ScriptType) -> Any:
    """The type constraint a typed parameter keeps inside the function (`[int]$n` stays an int)."""

    def convert(value: Any) -> Any:
        return interp.convert_param(value, stype)

    return convert


def _typed_null(stype: ScriptType | None) -> Any:
    if stype is None:
        return None
    name = stype.dotnet_name
    if name in ("System.Int32", "System.Int64", "System.Double", "System.Decimal", "System.Byte"):
        return 0
    if name == "System.String":
        return ""
    if name == "System.Boolean":
        return False
    return None
