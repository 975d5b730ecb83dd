"""Test doubles for the data cmdlets: a fake Context, fake script blocks and a runner.

`run(cls, inputs, **params)` drives a cmdlet class the way the runtime does: parameters set as
attributes, begin, process once per pipeline input (bound to `pipeline_param`), end.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable
from datetime import datetime
from typing import Any

from pwshlite.cmdlet import Cmdlet, CmdletError, StopUpstream, Switch, iter_output
from pwshlite.errors import ErrorCategory, ErrorRecord


class FakeBlock:
    """A ScriptBlockValue whose body is a Python function of $_ (and the positional args)."""

    def __init__(self, fn: Callable[..., Any], text: str = "<python>") -> None:
        self.fn = fn
        self._text = text

    @property
    def text(self) -> str:
        return self._text

    def __str__(self) -> str:
        return self._text


class FakeContext:
    """Records every stream; invoke runs FakeBlock functions."""

    def __init__(self, cwd: str | None = None, bound: Iterable[str] = (), parameter_set: str = "") -> None:
        self.errors: list[ErrorRecord] = []
        self.warnings: list[str] = []
        self.verbose: list[str] = []
        self.variables: dict[str, Any] = {}
        self._cwd = cwd or os.getcwd()
        self._bound = frozenset(bound)
        self._set = parameter_set
        self.command_name = "Test-Command"

    @property
    def bound(self) -> frozenset[str]:
        return self._bound

    @property
    def parameter_set(self) -> str:
        return self._set

    @property
    def cwd(self) -> str:
        return self._cwd

    @property
    def interactive(self) -> bool:
        return False

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
        return ErrorRecord(message, error_id, category, exception_type, target)

    def write_warning(self, text: str) -> None:
        self.warnings.append(text)

    def write_verbose(self, text: str) -> None:
        self.verbose.append(text)

    def write_debug(self, text: str) -> None:
        pass

    def write_information(self, data: Any, tags: Iterable[str] = ()) -> None:
        pass

    def write_host(
        self, text: str, newline: bool = True, fg: str | None = None, bg: str | None = None
    ) -> None:
        pass

    def write_progress(self, activity: str, status: str, percent: int = -1, completed: bool = False) -> None:
        pass

    def should_process(self, target: str, action: str | None = None) -> bool:
        return True

    def should_continue(self, query: str, caption: str) -> bool:
        return True

    def invoke(
        self, block: Any, *args: Any, input: Any = None, dollar_underscore: Any = None, **_: Any
    ) -> list[Any]:
        result = block.fn(dollar_underscore, *args)
        if isinstance(result, list):
            return result
        return [] if result is None else [result]

    def get_variable(self, name: str, default: Any = None) -> Any:
        return self.variables.get(name.casefold(), default)

    def set_variable(self, name: str, value: Any) -> None:
        self.variables[name.casefold()] = value

    def resource(self, kind: type[Any]) -> Any:
        raise LookupError(kind)

    def resolve_path(self, path: str) -> str:
        return os.path.normpath(os.path.join(self._cwd, os.path.expanduser(path)))

    def now(self) -> datetime:
        return datetime(2024, 1, 2, 3, 4, 5)

    def read_line(self, prompt: str, secret: bool = False) -> str:
        raise EOFError


def make(cls: type[Cmdlet], **params: Any) -> Cmdlet:
    """Instantiate a cmdlet with parameters set (bools become Switch for switch parameters)."""
    obj = cls()
    for name, value in params.items():
        info = cls.info.parameter(name)
        assert info is not None, f"{cls.info.name} has no parameter {name}"
        if info.is_switch and isinstance(value, bool):
            value = Switch(value)
        setattr(obj, info.name, value)
    return obj


def run(
    cls: type[Cmdlet],
    inputs: Iterable[Any] | None = None,
    ctx: FakeContext | None = None,
    pipeline_param: str = "InputObject",
    **params: Any,
) -> list[Any]:
    """Run a cmdlet over pipeline input; returns its output. CmdletError propagates."""
    ctx = ctx or FakeContext(bound=params.keys())
    if not ctx.bound:
        ctx._bound = frozenset(cls.info.parameter(n).name for n in params)  # type: ignore[union-attr]
    cmd = make(cls, **params)
    out: list[Any] = list(iter_output(cmd.begin(ctx)))
    if inputs is not None:
        try:
            for item in inputs:
                setattr(cmd, pipeline_param, item)
                out.extend(iter_output(cmd.process(ctx)))
        except StopUpstream:
            pass
    else:
        out.extend(iter_output(cmd.process(ctx)))
    out.extend(iter_output(cmd.end(ctx)))
    return out


__all__ = ["CmdletError", "FakeBlock", "FakeContext", "make", "run"]
