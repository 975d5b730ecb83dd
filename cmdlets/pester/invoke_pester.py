"""Invoke-Pester: runs *.Tests.ps1 files (each against a fresh organization) and reports the results."""

from __future__ import annotations

from typing import Any

from pwshlite.cmdlet import Cmdlet, CmdletError, Context, Example, Parameter, Switch, ValidateSet, cmdlet
from pwshlite.errors import ErrorCategory
from pwshlite.objects import PSHashtable, PSObject
from pwshlite.values.stringform import to_string

from . import _console, _mock
from ._files import fresh_store, run_file, test_files
from ._nunit import nunit_report
from ._state import ALL_SHOW, FAILS_SHOW, PesterState, Run, TestResult, elapsed, state_of

_SHOW = ("None", "Default", "Passed", "Failed", "Pending", "Skipped", "Inconclusive", "Describe", "Context",
         "Summary", "Header", "All", "Fails")  # fmt: skip


@cmdlet("Invoke-Pester", dotnet_type="Pester.InvokePester")
class InvokePester(Cmdlet):
    """Invoke-Pester: Runs Pester tests (Pester 4): files or folders of *.Tests.ps1.

    Each test file runs against its own temporary copy of the organization (demo data, or empty
    with PWSHLITE_SEED=none). PWSHLITE_PESTER_FIXED_TIME=1 prints every duration as 0ms."""

    Script: list[Any] = Parameter(position=0, aliases=("Path", "relative_path"), default=None)
    TestName: list[str] | None = Parameter(position=1, aliases=("Name",))
    EnableExit: Switch = Parameter(position=2)
    Tag: list[str] | None = Parameter(position=4, aliases=("Tags",))
    ExcludeTag: list[str] | None = Parameter()
    PassThru: Switch = Parameter()
    OutputFile: str | None = Parameter()
    OutputFormat: str = Parameter(default="NUnitXml", validate=ValidateSet("NUnitXml", "LegacyNUnitXML"))
    Show: list[str] | None = Parameter(validate=ValidateSet(*_SHOW))
    Quiet: Switch = Parameter()
    Strict: Switch = Parameter()

    examples = (Example("Invoke-Pester -Path ./tests -Show Summary", "Runs every *.Tests.ps1 under ./tests"),)

    def process(self, ctx: Context) -> Any:
        state = state_of(ctx)
        if state.run is not None and not state.run.implicit:
            raise CmdletError(ctx.error("Invoke-Pester cannot be called from a running test.", "PesterAlreadyRunning",
                                        ErrorCategory.InvalidOperation))  # fmt: skip
        items = list(self.Script or ["."])
        paths = [_display_path(p) for p in items]
        run = Run(show=self._show(), test_name=tuple(self.TestName or ()), tags=tuple(self.Tag or ()),
                  exclude_tags=tuple(self.ExcludeTag or ()), strict=bool(self.Strict))  # fmt: skip
        saved = (state.run, state.stack)
        state.run, state.stack = run, [run.root]
        try:
            _console.write_start(ctx, run, paths)
            for script in test_files(ctx, items):
                with fresh_store(ctx):
                    run_file(ctx, state, script)
        finally:
            _mock.clear(ctx, state)
            state.run, state.stack = saved
        seconds = elapsed(run.started)
        run.root.time = seconds
        _console.write_summary(ctx, run, seconds)
        if self.OutputFile:
            self._write_report(ctx, run, seconds)
        failed = run.root.count("Failed")
        if self.EnableExit:
            ctx.invoke(ctx.new_script_block(f"exit {min(failed, 255)}"))
        return [_result_object(run, seconds)] if self.PassThru else None

    def _show(self) -> frozenset[str]:
        if self.Quiet:
            return frozenset()
        chosen = {s.casefold() for s in (self.Show or ["All"])}
        flags: set[str] = set()
        for name in _SHOW:
            if name.casefold() in chosen:
                flags |= ALL_SHOW if name == "All" else FAILS_SHOW if name == "Fails" else {name} - {"None"}
        return frozenset(flags)

    def _write_report(self, ctx: Context, run: Run, seconds: float) -> None:
        path = ctx.resolve_path(self.OutputFile or "")
        text = nunit_report(run, seconds, ctx.now(), ctx.cwd)
        try:
            with open(path, "w", encoding="utf-8", newline="\n") as handle:
                handle.write(text)
        except OSError as exc:  # .NET's message for a file that can't be created
            message = (
                f"Could not find a part of the path '{path}'."
                if isinstance(exc, FileNotFoundError)
                else (
                    f"Access to the path '{path}' is denied."
                    if isinstance(exc, PermissionError)
                    else str(exc.strerror)
                )
            )
            ctx.write_error(ctx.error(message, "System.IO.IOException", ErrorCategory.WriteError, target=path,
                                      exception_type="System.IO.IOException"))  # fmt: skip


def _display_path(item: Any) -> str:
    if isinstance(item, PSHashtable):
        return next((to_string(v) for k, v in item.items() if to_string(k).casefold() == "path"), "")
    return to_string(item)


def _test_object(result: TestResult) -> PSObject:
    path = result.path
    return PSObject([
        ("Describe", path[0] if path else ""), ("Context", "\\".join(path[1:])), ("Show", None),
        ("Name", result.name), ("Result", result.result), ("Passed", result.result == "Passed"),
        ("Time", _span(result.time)), ("FailureMessage", result.failure_message), ("StackTrace", result.stack_trace),
        ("ErrorRecord", result.error), ("ParameterizedSuiteName", result.suite_name or ""),
        ("Parameters", result.parameters),
    ], type_names=("System.Management.Automation.PSCustomObject", "System.Object"))  # fmt: skip


def _span(seconds: float) -> Any:
    from datetime import timedelta

    return timedelta(seconds=seconds)


def _result_object(run: Run, seconds: float) -> PSObject:
    root = run.root
    results = root.results()
    return PSObject([
        ("TagFilter", list(run.tags) or None), ("ExcludeTagFilter", list(run.exclude_tags) or None),
        ("TestNameFilter", list(run.test_name) or None), ("ScriptBlockFilter", None),
        ("TotalCount", len(results)), ("PassedCount", root.count("Passed")), ("FailedCount", root.count("Failed")),
        ("SkippedCount", root.count("Skipped")), ("PendingCount", root.count("Pending")),
        ("InconclusiveCount", root.count("Inconclusive")), ("Time", _span(seconds)),
        ("TestResult", [_test_object(r) for r in results]),
    ], type_names=("System.Management.Automation.PSCustomObject", "System.Object"))  # fmt: skip


__all__ = ["InvokePester", "PesterState"]
