"""The runtime's implementation of pwshlite.cmdlet.Context (one per running cmdlet) and $PSCmdlet.

Layer: runtime. Streams honour the command's common parameters, then the preference variables;
ShouldProcess implements -WhatIf / -Confirm / $ConfirmPreference (formatting spec §12).
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator
from contextlib import AbstractContextManager, contextmanager, nullcontext
from datetime import datetime
from typing import TYPE_CHECKING, Any

from pwshlite.cmdlet import CmdletError, CommandEntry, HistoryEntry, VariableEntry
from pwshlite.errors import ErrorCategory, ErrorRecord, InvocationInfo, PwshError
from pwshlite.objects import ScriptBlockValue
from pwshlite.runtime import valueops as V
from pwshlite.runtime.pipeline import frame_output
from pwshlite.runtime.scope import AUTOMATION_NULL, VariableError
from pwshlite.runtime.scriptblock import ScriptBlock
from pwshlite.runtime.streams import CommandFrame

if TYPE_CHECKING:
    from pwshlite.runtime.interpreter import Interpreter
    from pwshlite.runtime.pipeline import CmdletProcessor

_IMPACT = {"none": 0, "low": 1, "medium": 2, "high": 3}
NON_INTERACTIVE = (
    "Windows PowerShell is in NonInteractive mode. Read and Prompt functionality is not available."
)


class ShouldProcessState:
    """Yes-to-all / no-to-all answers for one command invocation."""

    __slots__ = ("yes_all", "no_all")

    def __init__(self) -> None:
        self.yes_all = False
        self.no_all = False


def should_process(
    interp: Interpreter,
    frame: CommandFrame,
    state: ShouldProcessState,
    command: str,
    impact: str,
    target: str,
    action: str | None,
    invocation: InvocationInfo | None,
    fq_suffix: str | None = None,
) -> bool:
    description = f'Performing the operation "{action or command}" on target "{target}".'
    return should_process_text(interp, frame, state, impact, description, invocation, command, fq_suffix)


def should_process_text(
    interp: Interpreter,
    frame: CommandFrame,
    state: ShouldProcessState,
    impact: str,
    description: str,
    invocation: InvocationInfo | None,
    command: str,
    fq_suffix: str | None,
    remote: bool = False,
) -> bool:
    """-WhatIf / -Confirm / $ConfirmPreference for one action described by `description`."""
    whatif = frame.whatif if frame.whatif is not None else V.to_bool(interp.scopes.get("WhatIfPreference"))
    if whatif:
        interp.streams.host(f"What if: {description}", True)
        return False
    if frame.confirm is False:
        return True
    pref = str(interp.scopes.get("ConfirmPreference") or "High").casefold()
    wants = frame.confirm is True or (
        pref != "none" and _IMPACT.get(impact.casefold(), 2) >= _IMPACT.get(pref, 3)
    )
    if not wants or state.yes_all:
        return True
    if state.no_all:
        return False
    return _confirm(interp, state, description, command, invocation, fq_suffix, remote)


def _confirm(
    interp: Interpreter,
    state: ShouldProcessState,
    description: str,
    command: str,
    inv: InvocationInfo | None,
    fq_suffix: str | None,
    remote: bool = False,
) -> bool:
    session = interp.session
    if session.non_interactive or not session.interactive:
        record = ErrorRecord(
            message=NON_INTERACTIVE, error_id="System.Management.Automation.PSInvalidOperationException",
            category=ErrorCategory.NotSpecified,
            exception_type="System.Management.Automation.PSInvalidOperationException", invocation=inv,
            activity=command, fq_suffix=fq_suffix,
        )  # fmt: skip
        raise CmdletError(record)
    host = interp.streams.host
    host("", True)
    host("Confirm", True)
    host("Are you sure you want to perform this action?", True)
    host(description, True)
    suspend = "" if remote else "[S] Suspend  "
    choices = f'[Y] Yes  [A] Yes to All  [N] No  [L] No to All  {suspend}[?] Help (default is "Y"): '
    while True:
        answer = session.read_line(choices).strip().casefold()
        if answer in ("", "y"):
            return True
        if answer == "a":
            state.yes_all = True
            return True
        if answer == "n":
            return False
        if answer == "l":
            state.no_all = True
            return False
        if answer == "?":
            for line in _HELP if not remote else _HELP[:-1]:
                host(line, True)


_HELP = (
    "Y - Continue with only the next step of the operation.",
    "A - Continue with all the steps of the operation.",
    "N - Skip this operation and proceed with the next operation.",
    "L - Skip this operation and all subsequent operations.",
    'S - Pause the current pipeline and return to the command prompt. Type "exit" to resume the pipeline.',
)


class CmdletContext:
    """Context for one cmdlet invocation (see pwshlite.cmdlet.Context)."""

    def __init__(self, interp: Interpreter, proc: CmdletProcessor) -> None:
        self._interp = interp
        self._proc = proc
        self._sp = ShouldProcessState()

    # -- identity ----------------------------------------------------------------------------------------
    @property
    def command_name(self) -> str:
        return self._proc.info.name

    @property
    def bound(self) -> frozenset[str]:
        assert self._proc.bound is not None
        return frozenset(self._proc.bound.values) | self._proc.pipeline_names

    @property
    def parameter_set(self) -> str:
        assert self._proc.bound is not None
        return self._proc.bound.parameter_set

    @property
    def interactive(self) -> bool:
        return self._interp.session.interactive and not self._interp.session.non_interactive

    # -- streams -----------------------------------------------------------------------------------------
    def error(
        self,
        message: str,
        error_id: str,
        category: ErrorCategory = ErrorCategory.NotSpecified,
        target: Any = None,
        exception_type: str = "System.Exception",
    ) -> ErrorRecord:
        info = self._proc.info
        return ErrorRecord(
            message=message, error_id=error_id, category=category, exception_type=exception_type,
            target_object=target, activity=info.name, fq_suffix=info.dotnet_type, invocation=self._proc.invocation,
        )  # fmt: skip

    def write_object(self, obj: Any) -> None:
        proc = self._proc
        frame = proc.frame
        if frame.out_variable is not None or frame.pipeline_variable is not None:
            frame_output(frame, obj)
        proc.emit(obj)

    def write_error(self, record: ErrorRecord) -> None:
        if record.invocation is None:
            record.invocation = self._proc.invocation
        if record.activity is None:
            record.activity = self._proc.info.name
        if self._proc.info.name == "Write-Error":
            self._as_caller(record)
        self._interp.write_error(record, self._proc.frame)

    def _as_caller(self, record: ErrorRecord) -> None:
        """Write-Error reports for its caller: the function or script that ran it (spec §10.2)."""
        for frame in reversed(self._interp.frame_stack):
            if frame.kind in ("Function", "ExternalScript", "Filter") and frame.invocation is not None:
                record.invocation = frame.invocation
                if frame.kind == "ExternalScript":
                    record.fq_suffix = os.path.basename(frame.invocation.command_name or frame.name)
                else:
                    record.fq_suffix = frame.name
                return
            if frame.kind == "ScriptBlock":
                break
        top = self._interp.session.top_invocation
        record.invocation = top
        if top is not None and top.command_kind == "ExternalScript":
            record.fq_suffix = os.path.basename(top.script_name or "")

    def _pref(self, attr: str, variable: str, default: str) -> str:
        frame = self._proc.frame
        value = getattr(frame, attr)
        if value is not None:
            return str(value)
        return self._interp.preference(variable, default)

    def write_warning(self, text: str) -> None:
        action = self._pref("warning_action", "WarningPreference", "Continue")
        self._collect("warning_variable", text)
        self._informational(action, "warning", text)

    def write_verbose(self, text: str) -> None:
        frame = self._proc.frame
        if frame.verbose is not None:
            action = "Continue" if frame.verbose else "SilentlyContinue"
        else:
            action = self._interp.preference("VerbosePreference", "SilentlyContinue")
        self._informational(action, "verbose", text)

    def write_debug(self, text: str) -> None:
        frame = self._proc.frame
        if frame.debug is not None:
            action = "Continue" if frame.debug else "SilentlyContinue"
        else:
            action = self._interp.preference("DebugPreference", "SilentlyContinue")
        self._informational(action, "debug", text)

    def write_information(self, data: Any, tags: Iterable[str] = ()) -> None:
        action = self._pref("information_action", "InformationPreference", "SilentlyContinue")
        self._collect("information_variable", data)
        self._informational(action, "information", data)

    def _collect(self, attr: str, value: Any) -> None:
        for frame in (*self._interp.frame_stack, self._proc.frame):
            target = getattr(frame, attr)
            if target is not None and value not in target:
                target.append(value)

    def _informational(self, action: str, stream: str, value: Any) -> None:
        if action in ("SilentlyContinue", "Ignore"):
            return
        getattr(self._interp.streams, stream)(value)
        if action == "Stop":
            record = self.error(
                f'The running command stopped because the preference variable "{stream.capitalize()}Preference" or '
                f"common parameter is set to Stop: {V.to_string(value)}",
                "ActionPreferenceStop", ErrorCategory.OperationStopped,
                exception_type="System.Management.Automation.ActionPreferenceStopException",
            )  # fmt: skip
            from pwshlite.runtime.flow import ScriptHalt

            raise ScriptHalt(record)

    def write_host(
        self, text: str, newline: bool = True, fg: str | None = None, bg: str | None = None
    ) -> None:
        self._interp.session.write_host(text, newline, fg, bg)

    def write_progress(self, activity: str, status: str, percent: int = -1, completed: bool = False) -> None:
        self._interp.session.write_progress(activity, status, percent, completed)

    # -- ShouldProcess -----------------------------------------------------------------------------------
    def should_process(self, target: str, action: str | None = None) -> bool:
        info = self._proc.info
        return should_process(
            self._interp, self._proc.frame, self._sp, info.name, info.confirm_impact, target, action,
            self._proc.invocation, info.dotnet_type,
        )  # fmt: skip

    def should_process_message(self, message: str) -> bool:
        """ShouldProcess(verboseDescription): the command's own sentence (Exchange tasks; no Suspend)."""
        info = self._proc.info
        return should_process_text(
            self._interp, self._proc.frame, self._sp, info.confirm_impact, message, self._proc.invocation,
            info.name, info.dotnet_type, remote=True,
        )  # fmt: skip

    def should_continue(self, query: str, caption: str) -> bool:
        session = self._interp.session
        if session.non_interactive or not session.interactive:
            raise CmdletError(self.error(NON_INTERACTIVE, "System.Management.Automation.PSInvalidOperationException",
                                         exception_type="System.Management.Automation.PSInvalidOperationException"))  # fmt: skip
        host = self._interp.streams.host
        host("", True)
        host(caption, True)
        host(query, True)
        answer = session.read_line('[Y] Yes  [N] No  [?] Help (default is "Y"): ').strip().casefold()
        return answer in ("", "y")

    # -- script blocks, variables, services --------------------------------------------------------------
    def invoke(
        self, block: ScriptBlockValue, *args: Any, input: Any = None, dollar_underscore: Any = None,
        new_scope: bool = True, guarded: bool = False, sink: Callable[[Any], None] | None = None,
    ) -> list[Any]:  # fmt: skip
        if not isinstance(block, ScriptBlock):
            raise PwshError(ErrorRecord("The argument is not a script block.", "NotAScriptBlock"))
        interp = self._interp
        with self._as_in_try() if guarded else nullcontext():
            return interp.invoke_block(
                block, list(args), dollar_under=dollar_underscore, input=input, new_scope=new_scope, sink=sink
            )

    @contextmanager
    def _as_in_try(self) -> Iterator[None]:
        """Run as if inside `try { }`: a terminating error raises PwshError; errors inside are the
        caller's business, not its `$?`."""
        interp = self._interp
        failed = interp.pipeline_failed
        interp.try_depth += 1
        try:
            yield
        finally:
            interp.try_depth -= 1
            interp.pipeline_failed = failed

    def get_variable(self, name: str, default: Any = None) -> Any:
        found, value = self._interp.scopes.lookup(name)
        if name.casefold() == "?":
            return self._interp.status
        return value if found else default

    def set_variable(self, name: str, value: Any) -> None:
        try:
            self._interp.scopes.set(name, value)
        except VariableError as exc:
            raise CmdletError(self.error(exc.message, exc.error_id, exc.category, name)) from None

    def resource(self, kind: type[Any]) -> Any:
        return self._interp.session.resource(kind)

    @property
    def cwd(self) -> str:
        return self._interp.session.cwd

    def resolve_path(self, path: str) -> str:
        return self._interp.session.resolve_path(path)

    def now(self) -> datetime:
        from pwshlite.values.clock import now

        return now()

    def read_line(self, prompt: str, secret: bool = False) -> str:
        session = self._interp.session
        if session.non_interactive or not session.interactive:
            raise CmdletError(self.error(NON_INTERACTIVE, "System.Management.Automation.PSInvalidOperationException",
                                         exception_type="System.Management.Automation.PSInvalidOperationException"))  # fmt: skip
        return session.read_line(prompt, secret)

    # -- additive Context methods (locations, variables, history, host listeners) ------------------------
    def set_location(self, path: str) -> None:
        self._interp.session.set_location(path)

    def list_variables(self, scope: str | None = None) -> list[VariableEntry]:
        scopes = self._interp.scopes
        start = scopes.scope_by_name(scope) if scope else scopes.current
        out = []
        entries = start.vars.items() if scope else ((k, v[1]) for k, v in scopes.visible(start).items())
        for key, value in entries:
            owner = start if scope else scopes.visible(start)[key][0]
            opts = owner.options.get(key, set())
            options = (
                ", ".join(o.capitalize() if o != "readonly" else "ReadOnly" for o in sorted(opts)) or "None"
            )
            name = self._interp.session.display_name(key)
            value = None if value is AUTOMATION_NULL else value
            out.append(VariableEntry(name, value, owner.descriptions.get(key, ""), options))
        return sorted(out, key=lambda e: e.name.casefold())

    def define_variable(self, entry: VariableEntry, scope: str | None = None) -> None:
        target = self._interp.scopes.scope_by_name(scope)
        key = entry.name.casefold()
        opts = target.options.get(key, set())
        if "constant" in opts or ("readonly" in opts and "readonly" not in entry.options.casefold()):
            pass
        target.vars[key] = entry.value
        self._interp.session.remember_name(entry.name)
        options = {
            o.strip().casefold() for o in entry.options.split(",") if o.strip() and o.strip() != "None"
        }
        if options:
            target.options[key] = options
        else:
            target.options.pop(key, None)
        if entry.description:
            target.descriptions[key] = entry.description

    def remove_variable(self, name: str, scope: str | None = None) -> None:
        scopes = self._interp.scopes
        target = scopes.scope_by_name(scope) if scope else scopes.find_scope_of(name)
        if target is not None:
            try:
                scopes.remove(name, target)
            except VariableError as exc:
                raise CmdletError(self.error(exc.message, exc.error_id, exc.category, name)) from None

    def history(self) -> list[HistoryEntry]:
        return list(self._interp.session.history_entries)

    def remove_history(self, ids: set[int]) -> None:
        """Clear-History: drop the entries with these ids (the others keep their ids, as in PowerShell)."""
        session = self._interp.session
        session.history_entries = [e for e in session.history_entries if e.id not in ids]

    def add_host_listener(self, listener: Callable[[str, str], None]) -> None:
        self._interp.session.host_listeners.append(listener)

    def remove_host_listener(self, listener: Callable[[str, str], None]) -> None:
        if listener in self._interp.session.host_listeners:
            self._interp.session.host_listeners.remove(listener)

    def new_script_block(self, text: str) -> ScriptBlockValue:
        from pwshlite.runtime.scriptblock import ScriptBlock

        tree = self._interp.session.parse(text, None)
        return ScriptBlock(tree, tree.span)

    def list_commands(self) -> list[CommandEntry]:
        return list_commands(self._interp)

    def set_strict_mode(self, version: int) -> None:
        self._interp.scopes.current.strict = version  # this scope and the ones it creates
        self._interp.strict_used = True

    def set_alias(self, name: str, value: str, scope: str | None = None) -> None:
        self._interp.scopes.scope_by_name(scope).aliases[name.casefold()] = value

    # -- additive, for test runners (cmdlets/pester) ------------------------------------------------------
    def child_scope(self) -> AbstractContextManager[Any]:
        """A new child scope of the current one for the duration of a `with` block."""
        return self._interp.scopes.child()

    def invoke_guarded(
        self,
        block: ScriptBlockValue,
        *args: Any,
        named: dict[str, Any] | None = None,
        new_scope: bool = False,
    ) -> list[Any]:
        """Run a script block as if inside `try { }`: the first terminating error ends it and propagates
        as PwshError. new_scope=False dot-sources it into the current scope; `named` binds by name."""
        from pwshlite.binding.binder import Argument
        from pwshlite.runtime.functions import FunctionProcessor
        from pwshlite.runtime.pipeline import run_processors
        from pwshlite.runtime.scriptblock import ScriptBlock

        if not isinstance(block, ScriptBlock):
            raise PwshError(ErrorRecord("The argument is not a script block.", "NotAScriptBlock"))
        interp = self._interp
        argv = [Argument(value=a) for a in args]
        argv += [Argument(v, k, True) for k, v in (named or {}).items()]
        inv = InvocationInfo(None, "&", "ScriptBlock", block.span.file, block.span, block.text)
        proc = FunctionProcessor(interp, "", block, argv, inv, kind="ScriptBlock", dot_source=not new_scope)
        out: list[Any] = []
        with self._as_in_try():
            run_processors([proc], out.append)
        return out

    @property
    def command_overrides(self) -> dict[str, Any]:
        """Casefolded command name -> CmdletInfo that command lookup uses instead (Pester's Mock)."""
        return self._interp.session.command_overrides

    @property
    def drive_roots(self) -> dict[str, str]:
        """Casefolded PSDrive name -> host folder honoured by resolve_path (Pester's TestDrive)."""
        return self._interp.session.drive_roots

    def swap_resources(self, table: dict[type, Any]) -> dict[type, Any]:
        """Replace the session's service table; returns the previous one (a fresh store per test file)."""
        return self._interp.session.swap_resources(table)


def list_commands(interp: Interpreter) -> list[CommandEntry]:
    """Aliases (session, then built-in), functions visible from the current scope, then cmdlets."""
    from pwshlite.registry import DEFAULT_ALIASES

    entries: list[CommandEntry] = []
    seen: set[str] = set()
    for scope in interp.scopes.current.chain():
        for key, target in scope.aliases.items():
            if key not in seen:
                seen.add(key)
                entries.append(CommandEntry(key, "Alias", "", None, target))
    for key, target in DEFAULT_ALIASES.items():
        if key not in seen:
            seen.add(key)
            entries.append(CommandEntry(key, "Alias", "", None, target))
    for scope in interp.scopes.current.chain():
        for key, fn in scope.functions.items():
            if key in seen:
                continue
            seen.add(key)
            meta = interp.meta_of(fn.block, fn.name)
            kind = "Filter" if fn.is_filter else "Function"
            entries.append(CommandEntry(fn.name, kind, "", meta.info, fn.definition))
    for info in interp.registry.all():
        if not interp.command_visible(info):
            continue
        entries.append(CommandEntry(info.name, "Cmdlet", interp.registry.module_of(info), info, ""))
    return entries


class PSCmdletValue:
    """$PSCmdlet of an advanced function: ShouldProcess, ParameterSetName, Write*, ThrowTerminatingError."""

    def __init__(self, interp: Interpreter, proc: Any) -> None:
        self.interp = interp
        self.proc = proc
        self.state = ShouldProcessState()

    def ps_get_member(self, key: str) -> tuple[bool, Any]:
        if key == "parametersetname":
            bound = self.proc.bound
            return True, bound.parameter_set if bound is not None else "__AllParameterSets"
        if key == "myinvocation":
            return True, self.proc.scope.vars.get("myinvocation") if self.proc.scope else None
        return False, None

    def ps_invoke_method(self, interp: Interpreter, key: str, args: list[Any]) -> tuple[bool, Any]:
        proc = self.proc
        info = proc.meta.info if proc.meta is not None else None
        if key == "shouldprocess":
            target = V.to_string(args[0]) if args else ""
            action = V.to_string(args[1]) if len(args) > 1 else None
            impact = info.confirm_impact if info is not None else "Medium"
            return True, should_process(interp, proc.frame, self.state, proc.name, impact, target, action,
                                        proc.invocation, proc.name)  # fmt: skip
        if key == "shouldcontinue":
            return True, not (interp.session.non_interactive or not interp.session.interactive)
        if key == "writeerror" and args:
            record = (
                args[0]
                if isinstance(args[0], ErrorRecord)
                else ErrorRecord(V.to_string(args[0]), "WriteError")
            )
            interp.write_error(record, proc.frame)
            return True, None
        if key == "throwterminatingerror" and args:
            record = (
                args[0] if isinstance(args[0], ErrorRecord) else ErrorRecord(V.to_string(args[0]), "Error")
            )
            raise PwshError(record)
        if key in ("writeverbose", "writewarning", "writedebug"):
            stream = key[5:]
            pref = {
                "verbose": "VerbosePreference",
                "warning": "WarningPreference",
                "debug": "DebugPreference",
            }[stream]
            default = "Continue" if stream == "warning" else "SilentlyContinue"
            if interp.preference(pref, default) not in ("SilentlyContinue", "Ignore"):
                getattr(interp.streams, stream)(V.to_string(args[0]) if args else "")
            return True, None
        if key == "writeobject" and args:
            proc.emit(args[0])
            return True, None
        return False, None
