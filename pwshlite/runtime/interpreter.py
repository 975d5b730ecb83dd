"""The tree-walking interpreter: dispatch tables, error reporting, common parameters and invocation
services shared by statements, expressions, commands and cmdlet contexts.

Layer: runtime (imports binding, registry, values, syntax, cmdlet). Dispatch is `match node:` with one
`_run_<Node>` (statements.py) / `_eval_<Node>` (expressions.py) method per AST kind.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from pwshlite.binding.coerce import CoercionFailed, ScriptType, coerce_scalar
from pwshlite.cmdlet import CmdletError, CmdletInfo, ParameterInfo
from pwshlite.errors import ErrorCategory, ErrorRecord, InvocationInfo, PwshError, Span
from pwshlite.objects import PSHashtable, PSObject
from pwshlite.registry import Registry
from pwshlite.runtime import valueops as V
from pwshlite.runtime.commands import CommandsMixin
from pwshlite.runtime.expressions import ExpressionsMixin
from pwshlite.runtime.flow import ReturnSignal, ScriptHalt, call_depth_error, runtime_error
from pwshlite.runtime.functions import MAX_CALL_DEPTH
from pwshlite.runtime.scope import Scope, ScopeStack
from pwshlite.runtime.statements import StatementsMixin
from pwshlite.runtime.streams import CommandFrame, Streams, preference_name
from pwshlite.syntax import ast

if TYPE_CHECKING:
    from pwshlite.runtime.functions import FunctionMeta
    from pwshlite.runtime.scriptblock import ScriptBlock
    from pwshlite.runtime.session import Session


class Interpreter(StatementsMixin, ExpressionsMixin, CommandsMixin):
    """Runs AST for one Session."""

    def __init__(self, session: Session, registry: Registry, streams: Streams) -> None:
        self.session = session
        self.registry = registry
        self.streams = streams
        self.scopes = ScopeStack()
        self.status: bool = True
        self.pipeline_failed: bool = False
        self.try_depth: int = 0
        self.catch_depth: int = 0
        self.depth: int = 0
        self.debug = session.debug
        self.frame_stack: list[CommandFrame] = []
        self._script_cache: dict[str, tuple[float, ScriptBlock]] = {}

    def _run_expression(self, node: Any, out: Callable[[Any], None]) -> None:
        from pwshlite.runtime.expressions import AutomationNull, enumerate_value

        value = self.eval(node)
        if not isinstance(value, AutomationNull):
            for item in enumerate_value(value):
                out(item)

    # -- session services --------------------------------------------------------------------------------
    @property
    def cwd(self) -> str:
        return self.session.cwd

    def resolve_path(self, path: str) -> str:
        return self.session.resolve_path(path)

    def current_location(self) -> PSObject:
        """$PWD: a PathInfo whose string form is the current location."""
        cwd = self.session.cwd
        return PSObject(
            [
                ("Drive", os.sep),
                ("Provider", "Microsoft.PowerShell.Core\\FileSystem"),
                ("ProviderPath", cwd),
                ("Path", cwd),
            ],
            type_names=("System.Management.Automation.PathInfo", "System.Object"),
        )

    def ofs(self) -> str:
        found, value = self.scopes.lookup("OFS")
        return " " if not found or value is None else V.to_string(value)

    def preference(self, name: str, default: str = "Continue") -> str:
        return preference_name(self.scopes.get(name), default)

    def error_action_is_stop(self) -> bool:
        return self.preference("ErrorActionPreference") == "Stop"

    # -- errors ------------------------------------------------------------------------------------------
    def remember_error(self, record: ErrorRecord) -> None:
        """Add a record to $Error (newest first) unless it is already the newest entry."""
        errors = self.scopes.global_scope.vars.get("error")
        if isinstance(errors, list) and (not errors or errors[0] is not record):
            errors.insert(0, record)
            del errors[256:]

    strict_used = False  # set once any scope ran Set-StrictMode: until then strict mode is off at no cost

    @property
    def strict_version(self) -> int:
        """Set-StrictMode's version in effect: the nearest scope that set one (0: off)."""
        if not self.strict_used:
            return 0
        scope: Scope | None = self.scopes.current
        while scope is not None:
            if scope.strict is not None:
                return scope.strict
            scope = scope.parent
        return 0

    def report_error(self, record: ErrorRecord) -> None:
        """A terminating error that ended a statement: shown regardless of preferences."""
        self.remember_error(record)
        self.pipeline_failed = True
        self.status = False
        for frame in self.frame_stack:
            if frame.error_variable is not None:
                frame.error_variable.append(record)
        self.streams.error(record)

    def write_error(self, record: ErrorRecord, frame: CommandFrame | None) -> None:
        """A non-terminating error (WriteError): preference, $Error, -ErrorVariable, the error stream."""
        action = frame.error_action if frame is not None and frame.error_action else None
        action = action or self.preference("ErrorActionPreference")
        self.pipeline_failed = True
        self.status = False
        if action == "Ignore":
            return  # no trace at all: not in $Error, not in -ErrorVariable (MshCommandRuntime)
        for f in self.frame_stack:
            if f.error_variable is not None:
                f.error_variable.append(record)
        if frame is not None and frame not in self.frame_stack and frame.error_variable is not None:
            frame.error_variable.append(record)
        if action == "Stop":  # -ErrorVariable already holds it (AppendErrorToVariables comes first)
            raise ScriptHalt(record)
        self.remember_error(record)
        if action == "SilentlyContinue":
            return
        self.streams.error(record)

    # -- common parameters -------------------------------------------------------------------------------
    def apply_common(self, frame: CommandFrame, common: dict[str, Any]) -> None:
        for name, value in common.items():
            key = name.casefold()
            if key == "erroraction":
                frame.error_action = preference_name(value)
            elif key == "warningaction":
                frame.warning_action = preference_name(value)
            elif key == "informationaction":
                frame.information_action = preference_name(value)
            elif key in ("verbose", "debug", "whatif", "confirm"):
                setattr(frame, key, bool(value))
            elif key in ("errorvariable", "warningvariable", "informationvariable", "outvariable"):
                setattr(frame, key.replace("variable", "_variable"), self._collector(V.to_string(value)))
            elif key == "pipelinevariable":
                frame.pipeline_variable = V.to_string(value).casefold()
                frame.pipeline_scope = self.scopes.current

    def _collector(self, spec: str) -> list[Any]:
        append = spec.startswith("+")
        name = spec[1:] if append else spec
        existing = self.scopes.get(name) if append else None
        target: list[Any]
        if isinstance(existing, list):
            target = existing
        else:
            target = [] if existing is None else [existing]
        self.scopes.set(name, target)
        return target

    def preference_variables(self, frame: CommandFrame, scope: Scope) -> None:
        """An advanced function's common parameters become local preference variables."""
        vars_ = scope.vars
        if frame.error_action:
            vars_["erroractionpreference"] = frame.error_action
        if frame.warning_action:
            vars_["warningpreference"] = frame.warning_action
        if frame.information_action:
            vars_["informationpreference"] = frame.information_action
        if frame.verbose is not None:
            vars_["verbosepreference"] = "Continue" if frame.verbose else "SilentlyContinue"
        if frame.debug is not None:
            vars_["debugpreference"] = "Continue" if frame.debug else "SilentlyContinue"
        if frame.whatif is not None:
            vars_["whatifpreference"] = frame.whatif
        if frame.confirm is not None:
            vars_["confirmpreference"] = "Low" if frame.confirm else "None"

    # -- binder hooks ------------------------------------------------------------------------------------
    def mandatory_prompt(
        self, expects_input: bool
    ) -> Callable[[str, list[ParameterInfo]], dict[str, Any]] | None:
        if self.session.non_interactive or not self.session.interactive:
            return None
        return self.session.prompt_mandatory

    def property_lookup(self, obj: Any, name: str) -> tuple[bool, Any]:
        if isinstance(obj, PSObject):
            if obj.has(name):
                return True, obj.get(name)
            if obj.base is None:
                return False, None
            obj = obj.base
        if obj is None or isinstance(obj, str | int | float | bool | list):
            return False, None
        try:
            value = V.get_member(obj, name)
        except PwshError:
            return False, None
        return value is not None, value

    def run_validator(self, block: Any, value: Any) -> bool:
        from pwshlite.runtime.expressions import collapse

        return bool(V.to_bool(collapse(self.invoke_block(block, [], dollar_under=value))))

    def convert_param(self, value: Any, stype: ScriptType) -> Any:
        try:
            if stype.is_array:
                items = value if isinstance(value, list) else [value]
                element = stype.element
                return [
                    coerce_scalar(v, element, element.dotnet_name if element else "System.Object")
                    for v in items
                ]
            return coerce_scalar(value, stype, stype.dotnet_name)
        except CoercionFailed as exc:
            raise PwshError(
                ErrorRecord(exc.message, "RuntimeException", ErrorCategory.InvalidArgument)
            ) from None

    def meta_of(self, block: ScriptBlock, name: str) -> FunctionMeta:
        from pwshlite.runtime.functions import compile_meta

        if block.meta is None or block.meta.info.name != name:
            block.meta = compile_meta(self, block, name)
        return block.meta

    def check_policy(
        self,
        info: CmdletInfo,
        bound: frozenset[str],
        invocation: InvocationInfo,
        args: list[Any] | None = None,
    ) -> None:
        """The module's RBAC hook (docs/engine.md): when `rbac_check(session, info, bound)` is False, the
        first parameter `denied_parameter` names fails as NamedParameterNotFound (EMS proxy functions of a
        restricted user lack it); without one the command fails with PermissionDenied."""
        if any(p.secret for n in bound if (p := info.parameters.get(n.casefold())) is not None):
            self.session.sensitive_ran = True  # the REPL keeps this line out of the history file
        policy = self.registry.policy_for(info)
        if policy is None or policy(self.session, info, bound):
            return
        denied_hook = self.registry.hook_for(info, "denied_parameter")
        denied = denied_hook(self.session, info, bound) if denied_hook is not None else None
        if denied:
            from pwshlite.binding.messages import CommandRef, named_not_found

            span = invocation.extent
            for arg in args or ():
                name = getattr(arg, "name", None)
                if name and denied.casefold().startswith(name.casefold()):
                    span = arg.span
                    break
            raise named_not_found(CommandRef(info.name, info.dotnet_type, "Cmdlet"), denied, span)
        record = ErrorRecord(
            message=f'The user "{self.session.user}" isn\'t allowed to run "{info.name}" with the parameters '
            "specified.",
            error_id="AccessDenied",
            category=ErrorCategory.PermissionDenied,
            exception_type="System.UnauthorizedAccessException",
            invocation=invocation,
            activity=info.name,
            fq_suffix=info.dotnet_type,
        )
        raise CmdletError(record)

    def command_visible(self, info: CmdletInfo) -> bool:
        """The module's `command_visible(session, name)` hook (Exchange RBAC hides whole cmdlets)."""
        hook = self.registry.hook_for(info, "command_visible")
        return True if hook is None else bool(hook(self.session, info.name))

    def my_invocation(
        self, inv: InvocationInfo, name: str, kind: str, bound: Any, path: str | None = None
    ) -> InvocationValue:
        """$MyInvocation of a function or script (its members are computed when read)."""
        return InvocationValue(inv, name, kind, bound, path)

    # -- invocation of script blocks ---------------------------------------------------------------------
    def invoke_block(
        self,
        block: ScriptBlock,
        args: list[Any],
        *,
        dollar_under: Any = None,
        input: Any = None,
        new_scope: bool = True,
        sink: Callable[[Any], None] | None = None,
    ) -> list[Any]:
        """Run a script block (Invoke(), ctx.invoke, ForEach-Object/Where-Object) and collect its output,
        or hand each object to `sink` as it is written (then the list returned is empty).

        When the block ends with an exception (throw, break, Ctrl+C), the output it wrote before is
        attached as `partial_output`, so a cmdlet can still pass it on as PowerShell would have."""
        out: list[Any] = []
        try:
            self._invoke_block(
                block, args, dollar_under, input, new_scope, out.append if sink is None else sink
            )
            return out
        except BaseException as exc:
            if out:
                exc.partial_output = out  # type: ignore[attr-defined]
            raise

    def _invoke_block(
        self,
        block: ScriptBlock,
        args: list[Any],
        dollar_under: Any,
        input: Any,
        new_scope: bool,
        emit: Callable[[Any], None],
    ) -> None:
        body = block.ast
        simple = (
            body.param_block is None and body.begin is None and body.process is None and body.end is not None
        )
        if simple and not args and input is None:
            self._invoke_simple(block, body.end, dollar_under, new_scope, emit)  # type: ignore[arg-type]
            return
        from pwshlite.binding.binder import Argument
        from pwshlite.runtime.functions import FunctionProcessor
        from pwshlite.runtime.pipeline import run_processors

        inv = InvocationInfo(None, "&", "ScriptBlock", block.span.file, block.span, block.text)
        proc = FunctionProcessor(self, "", block, [Argument(value=a) for a in args], inv, kind="ScriptBlock",
                                 dot_source=not new_scope)  # fmt: skip
        if input is not None:
            from pwshlite.runtime.pipeline import Processor

            class _Feed(Processor):
                def first(self_inner) -> None:
                    for item in input if isinstance(input, list) else [input]:
                        self_inner.emit(item)

            run_processors([_Feed(self), proc], emit)
        else:
            proc.preset_underscore = (dollar_under,)
            run_processors([proc], emit)

    def _invoke_simple(
        self,
        block: ScriptBlock,
        named: ast.NamedBlock,
        dollar_under: Any,
        new_scope: bool,
        out: Callable[[Any], None],
    ) -> None:
        self.depth += 1
        try:
            if self.depth > MAX_CALL_DEPTH:
                raise call_depth_error(block.span)
            scopes = self.scopes
            if new_scope:
                scope = Scope(scopes.current)
                scope.vars["_"] = dollar_under
                scope.vars["args"] = []
                saved = scopes.current
                scopes.current = scope
                try:
                    self.run_block(named.body.statements, named.body.traps, out)
                except ReturnSignal:
                    pass
                finally:
                    scopes.current = saved
                return
            vars_ = scopes.current.vars
            had, old = ("_" in vars_), vars_.get("_")
            vars_["_"] = dollar_under
            try:
                self.run_block(named.body.statements, named.body.traps, out)
            except ReturnSignal:
                pass
            finally:
                if had:
                    vars_["_"] = old
                else:
                    vars_.pop("_", None)
        finally:
            self.depth -= 1

    # -- scripts and files -------------------------------------------------------------------------------
    def load_script(self, path: str) -> ScriptBlock:
        from pwshlite.runtime.scriptblock import ScriptBlock

        mtime = os.path.getmtime(path)
        cached = self._script_cache.get(path)
        if cached is not None and cached[0] == mtime:
            return cached[1]
        text = self.session.read_script(path)
        tree = self.session.parse(text, path)
        block = ScriptBlock(tree, tree.span)
        self._script_cache[path] = (mtime, block)
        return block

    def file_writer(self, target: Any, append: bool, span: Span) -> Any:
        return self.session.file_writer(self.resolve_path(V.to_string(target)), append)


class InvocationValue:
    """$MyInvocation-lite: MyCommand, BoundParameters, ScriptName, ScriptLineNumber, OffsetInLine, Line,
    InvocationName, PSScriptRoot, PSCommandPath."""

    __slots__ = ("inv", "name", "kind", "bound", "path")
    type_name = "System.Management.Automation.InvocationInfo"

    def __init__(self, inv: InvocationInfo, name: str, kind: str, bound: Any, path: str | None) -> None:
        self.inv = inv
        self.name = name
        self.kind = kind
        self.bound = bound
        self.path = path

    def ps_get_member(self, key: str) -> tuple[bool, Any]:
        span = self.inv.extent
        has_text = bool(span.source.text)
        if key == "mycommand":
            return True, PSObject(
                [("Name", self.name), ("CommandType", self.kind), ("Path", self.path),
                 ("Definition", self.path or self.name)],
                type_names=("System.Management.Automation.CommandInfo", "System.Object"),
            )  # fmt: skip
        values: dict[str, Any] = {
            "boundparameters": lambda: PSHashtable(getattr(self.bound, "values", {}).items()),
            "scriptname": lambda: span.file or "",
            "scriptlinenumber": lambda: span.line if has_text else 0,
            "offsetinline": lambda: span.column if has_text else 0,
            "line": lambda: span.source.line_text(span.line) if has_text else "",
            "invocationname": lambda: self.inv.invocation_name or self.name,
            "psscriptroot": lambda: os.path.dirname(self.path) if self.path else "",
            "pscommandpath": lambda: self.path or "",
        }
        getter = values.get(key)
        return (True, getter()) if getter is not None else (False, None)

    def __str__(self) -> str:
        return "System.Management.Automation.InvocationInfo"


def statement_error(message: str, error_id: str, span: Span) -> PwshError:
    return runtime_error(message, error_id, span)
