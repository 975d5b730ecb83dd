"""Running one test file: a fresh organization store, parse errors, errors outside Describe.

Layer: cmdlets/pester internals. Each file runs against its own temporary organization store
(PWSHLITE_STORE / PWSHLITE_KEY_FILE point into a temporary folder, seeded per PWSHLITE_SEED, and the
session's service table is swapped for an empty one), so Exchange tests are isolated and repeatable;
everything is put back afterwards. The file is dot-sourced in a child scope, as Pester 4 does.
"""

from __future__ import annotations

import contextlib
import glob
import os
import secrets
import shutil
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from pwshlite.cmdlet import Context
from pwshlite.errors import ErrorCategory, ErrorRecord, InvocationInfo, ParseFailure, PwshError
from pwshlite.objects import PSHashtable
from pwshlite.values.stringform import to_string

from . import _console, _mock
from ._state import (
    Group,
    PesterState,
    TestResult,
    elapsed,
    internal_error,
    is_flow_signal,
    record_failure,
    state_of,
)

_STORE_VARS = ("PWSHLITE_STORE", "PWSHLITE_KEY_FILE", "PWSHLITE_ADMIN_PASSWORD")


@dataclass(frozen=True, slots=True)
class TestScript:
    """One test file with the parameters and arguments it is dot-sourced with (Invoke-Pester -Script
    accepts paths or hashtables `@{ Path = ...; Parameters = @{...}; Arguments = @(...) }`)."""

    path: str
    parameters: PSHashtable | None = None
    arguments: tuple[Any, ...] = ()


def _script_spec(item: Any) -> tuple[str, PSHashtable | None, tuple[Any, ...]]:
    if isinstance(item, PSHashtable):
        lookup = {to_string(k).casefold(): v for k, v in item.items()}
        params = lookup.get("parameters")
        args = lookup.get("arguments")
        return (
            to_string(lookup.get("path", "")),
            params if isinstance(params, PSHashtable) else None,
            tuple(args) if isinstance(args, list) else (() if args is None else (args,)),
        )
    return to_string(item), None, ()


def test_files(ctx: Context, items: list[Any]) -> list[TestScript]:
    """Files as given, folders searched recursively for *.Tests.ps1 (sorted); a path that does not
    exist is Resolve-Path's non-terminating PathNotFound error."""
    out: list[TestScript] = []
    for item in items:
        path, params, args = _script_spec(item)
        full = ctx.resolve_path(path)
        if os.path.isdir(full):
            found = glob.glob(os.path.join(full, "**", "*.[Tt]ests.ps1"), recursive=True)
            out.extend(TestScript(f, params, args) for f in sorted(found, key=str.casefold))
        elif any(ch in path for ch in "*?"):
            out.extend(TestScript(f, params, args) for f in sorted(glob.glob(full), key=str.casefold))
        elif os.path.exists(full):
            out.append(TestScript(full, params, args))
        else:
            ctx.write_error(ctx.error(
                f"Cannot find path '{full}' because it does not exist.", "PathNotFound", ErrorCategory.ObjectNotFound,
                target=full, exception_type="System.Management.Automation.ItemNotFoundException",
            ))  # fmt: skip
    return out


@contextlib.contextmanager
def fresh_store(ctx: Context) -> Iterator[str]:
    """A temporary organization store for one test file; the session's own comes back afterwards."""
    folder = tempfile.mkdtemp(prefix="pester-org-")
    saved = {name: os.environ.get(name) for name in _STORE_VARS}
    os.environ["PWSHLITE_STORE"] = os.path.join(folder, "org.db")
    os.environ["PWSHLITE_KEY_FILE"] = os.path.join(folder, "org.key")
    # a throwaway organization: its Administrator password is never needed, so it is not announced
    os.environ.setdefault("PWSHLITE_ADMIN_PASSWORD", secrets.token_urlsafe(18))
    services = ctx.swap_resources({PesterState: state_of(ctx)})
    try:
        yield folder
    finally:
        ctx.swap_resources(services)
        for name, value in saved.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value
        shutil.rmtree(folder, ignore_errors=True)


def _parse_error_record(path: str, failure: ParseFailure) -> ErrorRecord:
    """ParseException's message: per error `At <file>:<line> char:<col>`, the line, a marker, the text."""
    blocks: list[str] = []
    for error in failure.errors:
        span = error.span
        try:
            line, column = span.line, span.column
            text = span.source.line_text(line)
        except (AttributeError, TypeError, ValueError):
            line, column, text = 0, 0, ""
        marker = "+ " + " " * max(column - 1, 0) + "~"
        blocks.append(
            "\n".join([f"At {path}:{line} char:{column}", f"+ {text.rstrip()}", marker, error.message])
        )
    return ErrorRecord(
        "\n\n".join(blocks),
        "ParseException",
        exception_type="System.Management.Automation.ParseException",
        invocation=InvocationInfo(script_name=path, extent=failure.errors[0].span),
    )


def run_file(ctx: Context, state: PesterState, script: TestScript) -> None:
    """Executing script <path>: parse, then dot-source the file in a child scope of its own."""
    run = state.run
    assert run is not None
    path = script.path
    group = Group("Script", path, state.group)
    state.group.actions.append(group)
    state.stack.append(group)
    _console.write_header(ctx, run, "Script", path, _console.indent_level(len(state.stack)))
    import time

    start = time.perf_counter()
    try:
        error = _execute(ctx, script)
        if error is not None:
            result = TestResult(f"Error occurred in test script '{path}'", group)
            record_failure(result, error)
            group.actions.append(result)
            _console.write_result(ctx, run, result, _console.indent_level(len(state.stack)))
    finally:
        _mock.exit_group(ctx, state, group)
        state.stack.pop()
        group.time = elapsed(start)


def _execute(ctx: Context, script: TestScript) -> PwshError | None:
    path = script.path
    try:
        with open(path, encoding="utf-8-sig") as handle:
            text = handle.read()
        ctx.new_script_block(text)
    except ParseFailure as failure:
        return PwshError(_parse_error_record(path, failure))
    except OSError as exc:
        return PwshError(ErrorRecord(f"Could not read file '{path}': {exc.strerror}.", "ReadError"))
    runner = ctx.new_script_block(
        "param($__pesterPath, $__pesterParameters, $__pesterArguments) "
        ". $__pesterPath @__pesterParameters @__pesterArguments"
    )
    try:
        ctx.invoke_guarded(
            runner, path, script.parameters or PSHashtable(), list(script.arguments), new_scope=True
        )
    except PwshError as err:
        return err
    except Exception as exc:  # noqa: BLE001 - never a traceback
        if is_flow_signal(exc):
            raise
        return internal_error(exc)
    return None
