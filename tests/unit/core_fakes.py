"""A fake Context for unit-testing the core cmdlets without the runtime: records every stream."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable
from datetime import datetime
from typing import Any, cast

from pwshlite.cmdlet import Cmdlet, CmdletError, Context, HistoryEntry, VariableEntry, iter_output
from pwshlite.errors import ErrorCategory, ErrorRecord, InvocationInfo


class FakeContext:
    """Implements pwshlite.cmdlet.Context for tests; streams are plain lists to assert on."""

    def __init__(
        self, cwd: str | None = None, command_name: str = "Test-Command", interactive: bool = False
    ) -> None:
        self._cwd = cwd or os.getcwd()
        self.command_name = command_name
        self.bound: frozenset[str] = frozenset()
        self.parameter_set = "__AllParameterSets"
        self.errors: list[ErrorRecord] = []
        self.warnings: list[str] = []
        self.verbose: list[str] = []
        self.debug: list[str] = []
        self.information: list[tuple[Any, tuple[str, ...]]] = []
        self.host: list[tuple[str, bool, str | None, str | None]] = []
        self.progress: list[tuple[str, str, int, bool]] = []
        self.whatif = False
        self.whatif_lines: list[str] = []
        self.scopes: dict[str, dict[str, VariableEntry]] = {"global": {}, "local": {}}
        self.resources: dict[type, Any] = {}
        self.fixed_now = datetime(2026, 3, 4, 5, 6, 7, 890000)
        self.interactive = interactive
        self.input_lines: list[str] = []
        self.prompts: list[tuple[str, bool]] = []
        self.history_lines: list[HistoryEntry] = []
        self.listeners: list[Callable[[str, str], None]] = []

    # -- streams ---------------------------------------------------------------------------------------
    def write_error(self, record: ErrorRecord) -> None:
        self.errors.append(record)

    def error(
        self,
        message: str,
        error_id: str,
        category: ErrorCategory = ErrorCategory.NotSpecified,
        target: Any = None,
        exception_type: str = "System.Exception",
    ) -> ErrorRecord:
        return ErrorRecord(
            message=message,
            error_id=error_id,
            category=category,
            exception_type=exception_type,
            target_object=target,
            activity=self.command_name,
            invocation=InvocationInfo(command_name=self.command_name, invocation_name=self.command_name),
        )

    def write_warning(self, text: str) -> None:
        self.warnings.append(text)

    def write_verbose(self, text: str) -> None:
        self.verbose.append(text)

    def write_debug(self, text: str) -> None:
        self.debug.append(text)

    def write_information(self, data: Any, tags: Iterable[str] = ()) -> None:
        self.information.append((data, tuple(tags)))

    def write_host(
        self, text: str, newline: bool = True, fg: str | None = None, bg: str | None = None
    ) -> None:
        self.host.append((text, newline, fg, bg))
        for listener in list(self.listeners):
            listener("output", text + ("\n" if newline else ""))

    def write_progress(self, activity: str, status: str, percent: int = -1, completed: bool = False) -> None:
        self.progress.append((activity, status, percent, completed))

    def should_process(self, target: str, action: str | None = None) -> bool:
        if self.whatif:
            self.whatif_lines.append(
                f'What if: Performing the operation "{action or self.command_name}" on target "{target}".'
            )
            return False
        return True

    def should_continue(self, query: str, caption: str) -> bool:
        return True

    def invoke(
        self, block: Any, *args: Any, input: Any = None, dollar_underscore: Any = None, **_: Any
    ) -> list[Any]:
        fn = getattr(block, "fn", None)
        if fn is None:
            raise NotImplementedError("FakeContext.invoke needs a FakeBlock")
        result = fn(dollar_underscore, *args)
        return result if isinstance(result, list) else [result]

    # -- variables -------------------------------------------------------------------------------------
    def _scope(self, scope: str | None) -> dict[str, VariableEntry]:
        key = (scope or "local").casefold()
        if key in ("script", "0", "private"):
            key = "local"
        if key in ("1", "2"):
            key = "global"
        return self.scopes.setdefault(key, {})

    def get_variable(self, name: str, default: Any = None) -> Any:
        entry = self._find(name)
        return default if entry is None else entry.value

    def set_variable(self, name: str, value: Any) -> None:
        entry = self._find(name)
        if entry is None:
            self._scope(None)[name.casefold()] = VariableEntry(name, value)
        else:
            entry.value = value

    def _find(self, name: str) -> VariableEntry | None:
        for scope in ("local", "global"):
            entry = self.scopes[scope].get(name.casefold())
            if entry is not None:
                return entry
        return None

    def list_variables(self, scope: str | None = None) -> list[VariableEntry]:
        if scope is not None:
            return list(self._scope(scope).values())
        seen: dict[str, VariableEntry] = {}
        for s in ("local", "global"):
            for key, entry in self.scopes[s].items():
                seen.setdefault(key, entry)
        return list(seen.values())

    def define_variable(self, entry: VariableEntry, scope: str | None = None) -> None:
        self._scope(scope)[entry.name.casefold()] = entry

    def remove_variable(self, name: str, scope: str | None = None) -> None:
        if scope is None:
            for s in ("local", "global"):
                if self.scopes[s].pop(name.casefold(), None) is not None:
                    return
        else:
            self._scope(scope).pop(name.casefold(), None)

    # -- session services ------------------------------------------------------------------------------
    def resource(self, kind: type[Any]) -> Any:
        if kind not in self.resources:
            self.resources[kind] = kind()
        return self.resources[kind]

    @property
    def cwd(self) -> str:
        return self._cwd

    def set_location(self, path: str) -> None:
        self._cwd = path

    def resolve_path(self, path: str) -> str:
        return os.path.normpath(os.path.join(self._cwd, os.path.expanduser(path)))

    def now(self) -> datetime:
        return self.fixed_now

    def read_line(self, prompt: str, secret: bool = False) -> str:
        self.prompts.append((prompt, secret))
        return self.input_lines.pop(0)

    def history(self) -> list[HistoryEntry]:
        return list(self.history_lines)

    def add_host_listener(self, listener: Callable[[str, str], None]) -> None:
        self.listeners.append(listener)

    def remove_host_listener(self, listener: Callable[[str, str], None]) -> None:
        if listener in self.listeners:
            self.listeners.remove(listener)


class FakeBlock:
    """A ScriptBlockValue whose body is a Python function of ($_, *args)."""

    def __init__(self, fn: Callable[..., Any], text: str = "{ ... }") -> None:
        self.fn = fn
        self.text = text


def run(
    cls: type[Cmdlet], ctx: FakeContext | None = None, pipeline: Iterable[Any] | None = None, **params: Any
) -> list[Any]:
    """Run a cmdlet like the runtime would: set parameters, begin, process (once per input), end.

    For pipeline input, `pipeline` gives the objects; each is bound to the cmdlet's by-value pipeline
    parameter before `process`."""
    ctx = ctx or FakeContext()
    context = cast(Context, ctx)
    ctx.command_name = cls.info.name
    ctx.bound = frozenset(params)
    obj = cls()
    for name, value in params.items():
        info = cls.info.parameter(name)
        if info is None:
            raise TypeError(f"{cls.info.name} has no parameter {name}")
        setattr(obj, info.name, value)
    out: list[Any] = []
    out.extend(iter_output(obj.begin(context)))
    if pipeline is None:
        out.extend(iter_output(obj.process(context)))
    else:
        target = next(p for p in cls.info.parameters.values() if any(m.pipeline for m in p.sets.values()))
        for item in pipeline:
            setattr(obj, target.name, item)
            ctx.bound = frozenset(params) | {target.name}
            out.extend(iter_output(obj.process(context)))
    out.extend(iter_output(obj.end(context)))
    return out


def run_error(cls: type[Cmdlet], ctx: FakeContext | None = None, **params: Any) -> ErrorRecord:
    """Run a cmdlet that must raise a terminating error; returns its record."""
    try:
        run(cls, ctx, **params)
    except CmdletError as exc:
        return exc.record
    raise AssertionError("no terminating error")
