"""Running Describe/Context groups and It tests with Pester 4's scoping.

Layer: cmdlets/pester internals. A group's fixture runs dot-sourced in a new child scope (its
variables and functions are visible to its tests and vanish afterwards); BeforeAll runs in that
scope; each It gets a child scope of its own shared by the BeforeEach blocks (outermost first),
the test body (with -TestCases bound through param()) and the AfterEach blocks (innermost first).
A terminating error anywhere fails the test; an error in a group outside an It is reported as
"Error occurred in Describe block", as Pester 4 does.
"""

from __future__ import annotations

import fnmatch
from typing import Any

from pwshlite.cmdlet import Context
from pwshlite.errors import PwshError
from pwshlite.objects import PSHashtable, ScriptBlockValue
from pwshlite.values.stringform import to_string

from . import _console, _mock
from ._files import fresh_store
from ._hoist import block_key, setup_blocks
from ._state import (
    Group,
    PesterState,
    Run,
    TestDrive,
    TestResult,
    elapsed,
    ends_block_only,
    internal_error,
    is_flow_signal,
    record_failure,
    require_group,
    script_error,
    state_of,
    where,
)  # fmt: skip

_SET_RESULT = {
    "PesterTestInconclusive": "Inconclusive",
    "PesterTestPending": "Pending",
    "PesterTestSkipped": "Skipped",
}
NO_BLOCK = "No test script block is provided. (Have you put the open curly brace on the next line?)"


def _guarded(ctx: Context, block: Any, named: dict[str, Any] | None = None) -> PwshError | None:
    """Run a block dot-sourced in the current scope; the terminating error it ended with, if any."""
    try:
        ctx.invoke_guarded(block, named=named)
    except PwshError as err:
        return err
    except Exception as exc:  # noqa: BLE001 - an engine bug fails the test, never a traceback
        if ends_block_only(exc):
            return None
        if is_flow_signal(exc):
            raise
        return internal_error(exc)
    return None


def ensure_run(state: PesterState) -> Run:
    """The active run; a Describe outside Invoke-Pester starts an implicit one (no summary)."""
    if state.run is None:
        state.run = Run(implicit=True)
        state.stack = [state.run.root]
    return state.run


def _selected(run: Run, name: str, tags: tuple[str, ...]) -> bool:
    """Invoke-Pester's filters select the outermost groups: -TestName by wildcard, -Tag/-ExcludeTag
    by (case-insensitive) equality, as Pester 4's Compare-Object."""
    if run.test_name and not any(fnmatch.fnmatchcase(name.casefold(), p.casefold()) for p in run.test_name):
        return False
    folded = {t.casefold() for t in tags}
    if run.tags and not folded & {t.casefold() for t in run.tags}:
        return False
    return not folded & {t.casefold() for t in run.exclude_tags}


def run_group(
    ctx: Context, kind: str, name: str, fixture: ScriptBlockValue | None, tags: tuple[str, ...]
) -> None:
    """Describe / Context."""
    if fixture is None:
        raise script_error(ctx, NO_BLOCK)
    state = state_of(ctx)
    if kind == "Context" and state.run is None:
        raise script_error(ctx, "The Context command may only be used from a Pester test script.")
    implicit = state.run is None
    run = ensure_run(state)
    if len(state.stack) == 1 + (not implicit):  # the outermost group of the file
        if not _selected(run, name, tags):
            return
    elif tags:
        ctx.write_warning(f"{kind} '{name}': Tags are only effective on the outermost test group, for now.")
    if implicit:  # a test file run directly: each top-level Describe gets a fresh organization
        with fresh_store(ctx):
            _run_group(ctx, state, run, Group(kind, name, state.group, tags), fixture, implicit)
    else:
        _run_group(ctx, state, run, Group(kind, name, state.group, tags), fixture, implicit)


def _run_group(ctx: Context, state: PesterState, run: Run, group: Group, fixture: ScriptBlockValue,
               implicit: bool) -> None:  # fmt: skip
    kind, name = group.kind, group.name
    state.group.actions.append(group)
    state.stack.append(group)
    _console.write_header(ctx, run, kind, name, _console.indent_level(len(state.stack)))
    start = _now()
    drive = TestDrive(ctx)
    try:
        with ctx.child_scope():
            ctx.set_variable("TestDrive", drive.path)
            err = _setup(ctx, group, fixture)
            err = err or _guarded(ctx, fixture)
            if err is not None:
                _report_failure(ctx, state, f"Error occurred in {kind} block", err)
            for block in group.after_all:
                err = _guarded(ctx, block)
                if err is not None:
                    _report_failure(ctx, state, f"Error occurred in {kind} block", err)
    finally:
        _mock.exit_group(ctx, state, group)
        state.stack.pop()
        drive.close()
        group.time = elapsed(start)
        if implicit:
            _mock.clear(ctx, state)
            state.run = None
            state.stack = []


def _setup(ctx: Context, group: Group, fixture: Any) -> PwshError | None:
    """Hoisted setup: register BeforeEach/AfterEach/AfterAll, then run the BeforeAll blocks."""
    before_all: list[Any] = []
    for kind, block in setup_blocks(fixture):
        group.hoisted.add(block_key(block))
        if kind == "BeforeAll":
            before_all.append(block)
        else:
            {"BeforeEach": group.before_each, "AfterEach": group.after_each, "AfterAll": group.after_all}[
                kind
            ].append(block)
    for block in before_all:
        err = _guarded(ctx, block)
        if err is not None:
            return err
    return None


def _report_failure(ctx: Context, state: PesterState, name: str, err: PwshError) -> None:
    result = TestResult(name, state.group)
    record_failure(result, err)
    file, line, _ = where(err.record)
    column = err.record.invocation.extent.column if err.record.invocation is not None and line else 0
    result.stack_trace = f"At {file}:{line} char:{column}"  # the first line of the PositionMessage
    state.group.actions.append(result)
    assert state.run is not None
    _console.write_result(ctx, state.run, result, _console.indent_level(len(state.stack)))


def _now() -> float:
    import time

    return time.perf_counter()


def expand_name(name: str, case: PSHashtable | None) -> str:
    """`<key>` placeholders in an It name take the test case's values (Pester 4's -replace)."""
    if case is None:
        return name
    import re

    for key, value in case.items():
        text = to_string(value)
        name = re.sub(f"<{re.escape(to_string(key))}>", lambda _m: text, name, flags=re.I)  # noqa: B023
    return name


def run_test(ctx: Context, name: str, test: ScriptBlockValue | None, case: PSHashtable | None,
             skip: bool, pending: bool, template: str | None) -> None:  # fmt: skip
    """One It (one test case of it)."""
    state = state_of(ctx)
    require_group(ctx, state, "It")
    run = state.run
    assert run is not None
    result = TestResult(expand_name(name, case), state.group, parameters=case, suite_name=template)
    if skip or pending or test is None:
        result.result = "Skipped" if skip else "Pending"
    else:
        start = _now()
        state.current_test = result
        try:
            _run_test_body(ctx, state, test, case, result)
        finally:
            state.current_test = None
            _mock.exit_test(state)
        result.time = elapsed(start)
    if run.strict and result.result in ("Skipped", "Pending"):  # Invoke-Pester -Strict
        result.failure_message = (
            f"The test failed because the test was executed in Strict mode and the result '{result.result}' "
            "was translated to Failed."
        )
        result.lines = [result.failure_message]
        result.result = "Failed"
    state.group.actions.append(result)
    _console.write_result(ctx, run, result, _console.indent_level(len(state.stack)))


def _run_test_body(
    ctx: Context, state: PesterState, test: Any, case: PSHashtable | None, result: TestResult
) -> None:
    groups = [g for g in state.stack if g.kind in ("Describe", "Context")]
    named = {to_string(k): v for k, v in case.items()} if case is not None else None
    with ctx.child_scope():
        err = None
        for group in groups:
            for block in group.before_each:
                err = err or _guarded(ctx, block)
        if err is None:
            err = _guarded(ctx, test, named)
        for group in reversed(groups):
            for block in group.after_each:
                after = _guarded(ctx, block)
                err = err or after
    if err is not None and err.record.error_id in _SET_RESULT:
        result.result = _SET_RESULT[err.record.error_id]  # Set-ItResult
        result.failure_message = err.record.message
        result.error = err.record
    elif err is not None:
        record_failure(result, err)


def register(ctx: Context, kind: str, block: ScriptBlockValue) -> None:
    """BeforeEach / AfterEach / AfterAll: remembered by the innermost group."""
    state = state_of(ctx)
    require_group(ctx, state, kind)
    group = state.group
    if block_key(block) in group.hoisted:
        return
    {"BeforeEach": group.before_each, "AfterEach": group.after_each, "AfterAll": group.after_all}[
        kind
    ].append(block)
