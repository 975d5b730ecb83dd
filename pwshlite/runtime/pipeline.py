"""Pipeline processors: each pipeline element is a processor with begin / process(item) / end, linked
push-style so objects stream one at a time (bounded memory for 100,000-object pipelines).

Layer: runtime. The interpreter builds processors (runtime.commands) and runs them with
`run_processors`. Redirections of an element are applied around each of its calls.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from contextlib import ExitStack, contextmanager
from typing import TYPE_CHECKING, Any

from pwshlite.binding.binder import Argument, Binder, BoundCall
from pwshlite.binding.messages import CommandRef, ParameterBindingError
from pwshlite.cmdlet import CmdletError, CmdletInfo
from pwshlite.errors import ErrorCategory, ErrorRecord, InvocationInfo, PwshError, Span
from pwshlite.runtime.flow import FlowSignal, ScriptHalt, StopUpstream
from pwshlite.runtime.streams import CommandFrame, InformationalRecord, preference_name
from pwshlite.syntax import ast

if TYPE_CHECKING:
    from pwshlite.runtime.interpreter import Interpreter

Emit = Callable[[Any], None]


class Processor:
    """One pipeline element."""

    expects_input = False

    def __init__(self, interp: Interpreter, redirections: tuple[Any, ...] = ()) -> None:
        self.interp = interp
        self.emit: Emit = _discard
        self.redirections = redirections
        self._redirect: Redirector | None = None
        self.began = False
        self.pending: list[Any] = []
        self.emit_in: Emit = _discard

    def link(self, downstream: Emit) -> None:
        self.emit = downstream
        if self.redirections:
            self._redirect = Redirector(self.interp, self.redirections, downstream)
            self.emit = self._redirect.output_sink()

    @contextmanager
    def active(self) -> Iterator[None]:
        if self._redirect is None:
            yield
        else:
            with self._redirect.active():
                yield

    def begin(self) -> None:
        return None

    def first(self) -> None:
        """Run as the first element (no pipeline input)."""
        return None

    def process(self, item: Any) -> None:
        return None

    def end(self) -> None:
        return None

    def close(self) -> None:
        if self._redirect is not None:
            self._redirect.close()


def _discard(_: Any) -> None:
    return None


def run_processors(processors: list[Processor], out: Emit) -> None:
    """Link and run: every begin in order, the first element's input, then every end in order."""
    last = len(processors) - 1
    for i in range(last, -1, -1):  # downstream first: a guarded push needs its target's redirections
        proc = processors[i]
        nxt = processors[i + 1] if i < last else None
        proc.link(_guarded(nxt) if nxt is not None else out)
        proc.expects_input = i > 0
    try:
        for proc in processors:
            if proc._redirect is None:
                proc.begin()
            else:
                with proc.active():
                    proc.begin()
            proc.began = True
            pending, proc.pending = proc.pending, []
            for item in pending:  # output of earlier begin blocks, held until this begin ran
                proc.emit_in(item)
        start = 0
        first = processors[0]
        try:
            if first._redirect is None:
                first.first()
            else:
                with first.active():
                    first.first()
        except StopUpstream as stop:
            # the stopping command and those after it still run their end blocks (cmdlet.StopUpstream)
            start = _origin_index(processors, stop, 0)
        _run_ends(processors, start)
    finally:
        for proc in processors:
            proc.close()


def _origin_index(processors: list[Processor], stop: BaseException, current: int) -> int:
    origin = getattr(stop, "origin", None)
    found = next((i for i, p in enumerate(processors) if p is origin), None)
    return found if found is not None and found > current else current + 1


def _run_ends(processors: list[Processor], start: int) -> None:
    """End blocks in order; a StopUpstream raised downstream while an end block writes skips the rest
    of the upstream ends and resumes with the stopping command's end."""
    index = start
    while index < len(processors):
        proc = processors[index]
        try:
            if proc._redirect is None:
                proc.end()
            else:
                with proc.active():
                    proc.end()
        except StopUpstream as stop:
            index = _origin_index(processors, stop, index)
            continue
        index += 1


def _guarded(proc: Processor) -> Emit:
    process = proc.process
    redirect = proc._redirect
    if redirect is None:
        direct = process
    else:

        def direct(item: Any) -> None:
            with redirect.active():
                process(item)

    proc.emit_in = direct

    def push(item: Any) -> None:
        if proc.began:
            direct(item)
        else:
            proc.pending.append(item)

    return push


class ExpressionProcessor(Processor):
    """An expression as the first pipeline element: its value is enumerated into the pipeline."""

    def __init__(self, interp: Interpreter, node: ast.CommandExpression) -> None:
        super().__init__(interp, node.redirections)
        self.node = node

    def first(self) -> None:
        from pwshlite.runtime.expressions import AutomationNull, enumerate_value

        value = self.interp.eval_input(self.node.expression)
        if isinstance(value, AutomationNull):
            return
        emit = self.emit
        for item in enumerate_value(value):
            emit(item)


class CmdletProcessor(Processor):
    """A compiled cmdlet: binds its arguments, then streams begin/process/end output."""

    def __init__(
        self,
        interp: Interpreter,
        info: CmdletInfo,
        args: list[Argument],
        invocation: InvocationInfo,
        redirections: tuple[Any, ...] = (),
    ) -> None:
        super().__init__(interp, redirections)
        self.info = info
        self.args = args
        self.invocation = invocation
        self.instance: Any = None
        self.bound: BoundCall | None = None
        self.binder: Binder | None = None
        self.frame = CommandFrame(info.name, "Cmdlet", invocation)
        self.pipeline_names: frozenset[str] = frozenset()
        self.ctx: Any = None

    @property
    def command_span(self) -> Span:
        return self.invocation.extent

    def begin(self) -> None:
        from pwshlite.runtime.context import CmdletContext

        interp = self.interp
        ref = CommandRef(self.info.name, self.info.dotnet_type, "Cmdlet", self.invocation.script_name)
        self.binder = Binder(
            self.info, ref, self.command_span, expects_input=self.expects_input,
            prompt=interp.mandatory_prompt(self.expects_input), property_lookup=interp.property_lookup,
        )  # fmt: skip
        self.bound = self.binder.bind(self.args)
        self.instance = self.info.cls()
        for name, value in self.bound.values.items():
            setattr(self.instance, name, value)
        interp.apply_common(self.frame, self.bound.common)
        self.ctx = CmdletContext(interp, self)
        interp.check_policy(self.info, frozenset(self.bound.values), self.invocation, self.args)
        self._run("begin")

    def first(self) -> None:
        self._run("process")

    def process(self, item: Any) -> None:
        assert self.binder is not None and self.bound is not None
        try:
            values = self.binder.bind_input(self.bound, item)
        except ParameterBindingError as err:
            self.interp.write_error(err.record, self.frame)
            return
        for name, value in values.items():
            setattr(self.instance, name, value)
        self.pipeline_names = frozenset(values)
        try:
            self._run("process")
        except StopUpstream as stop:
            if getattr(stop, "origin", None) is None:
                stop.origin = self  # type: ignore[attr-defined]
            raise
        finally:
            cls = type(self.instance)
            for name in values:
                setattr(self.instance, name, getattr(cls, name, None))
            self.pipeline_names = frozenset()

    def end(self) -> None:
        self._run("end")

    def _run(self, method: str) -> None:
        interp = self.interp
        interp.frame_stack.append(self.frame)
        try:
            result = getattr(self.instance, method)(self.ctx)
            if result is not None:
                self._drain(result)
        except CmdletError as err:
            if self.frame.error_variable is not None:  # ThrowTerminatingError fills -ErrorVariable too
                self.frame.error_variable.append(err.record)
            raise self._own(err) from None
        except PwshError as err:
            if err.record.invocation is None and not isinstance(err, ScriptHalt):
                raise self._own(err) from None
            raise
        except (FlowSignal, StopUpstream, KeyboardInterrupt, RecursionError, BrokenPipeError):
            raise
        except Exception as exc:  # noqa: BLE001 - a cmdlet bug must not become a traceback
            if interp.debug:
                raise
            raise self._own(PwshError(_internal_record(exc))) from None
        finally:
            interp.frame_stack.pop()

    def _drain(self, result: Iterable[Any]) -> None:
        emit = self.emit
        frame = self.frame
        if frame.out_variable is None and frame.pipeline_variable is None:
            for item in result:
                emit(item)
            return
        for item in result:
            frame_output(frame, item)
            emit(item)

    def _own(self, err: PwshError) -> PwshError:
        record = err.record
        if record.invocation is None:
            record.invocation = self.invocation
        if record.activity is None:
            record.activity = self.info.name
        if record.fq_suffix is None and "," not in record.error_id:
            record.fq_suffix = self.info.dotnet_type
        return err


def frame_output(frame: CommandFrame, item: Any) -> None:
    """-OutVariable and -PipelineVariable bookkeeping for one output object."""
    if frame.out_variable is not None:
        frame.out_variable.append(item)
    if frame.pipeline_variable is not None:
        frame.pipeline_scope.vars[frame.pipeline_variable] = item


def _internal_record(exc: Exception) -> ErrorRecord:
    return ErrorRecord(
        message=str(exc) or type(exc).__name__,
        error_id=type(exc).__name__,
        category=ErrorCategory.NotSpecified,
        exception_type="System.Exception",
    )


class Redirector:
    """Applies one element's redirections: merges into output, discards, or writes to files."""

    def __init__(self, interp: Interpreter, redirections: tuple[Any, ...], downstream: Emit) -> None:
        self.interp = interp
        self.downstream = downstream
        self.changes: dict[str, Callable[..., None]] = {}
        self.output: Emit = downstream
        self.files: list[Any] = []
        for r in redirections:
            self._add(r)

    def _streams_of(self, stream: str) -> list[str]:
        if stream == "*":
            return ["output", "error", "warning", "verbose", "debug", "information"]
        if stream == "1":
            return ["output"]
        return [self.interp.streams.STREAM_NUMBERS.get(stream, "error")]

    def _add(self, r: Any) -> None:
        if isinstance(r, ast.MergingRedirection):
            for name in self._streams_of(r.from_stream):
                if name != "output":
                    self.changes[name] = self._merge_sink(name)
            return
        target = self.interp.eval(r.target)
        if target is None:
            sink: Callable[..., None] = _discard
        else:
            writer = self.interp.file_writer(target, r.append, r.span)
            self.files.append(writer)
            sink = writer.write
        for name in self._streams_of(r.stream):
            if name == "output":
                self.output = sink
            else:
                self.changes[name] = sink if sink is _discard else self._to_file(name, sink)

    def _merge_sink(self, name: str) -> Callable[..., None]:
        def sink(value: Any, *_: Any) -> None:
            if name == "error":
                self.output(value)
            else:
                self.output(InformationalRecord(name, value))

        return sink

    @staticmethod
    def _to_file(name: str, write: Emit) -> Callable[..., None]:
        def sink(value: Any, *_: Any) -> None:
            write(value)  # a redirected warning/verbose/debug line is its message text (about_Redirection)

        return sink

    def output_sink(self) -> Emit:
        return lambda item: self.output(item)

    @contextmanager
    def active(self) -> Iterator[None]:
        with ExitStack() as stack:
            stack.enter_context(self.interp.streams.replaced(self.changes))
            yield

    def close(self) -> None:
        for writer in self.files:
            writer.close()


def frame_preference(frame: CommandFrame | None, attr: str, value: Any, default: str) -> str:
    """A frame's common-parameter override, else the preference variable's value."""
    override = getattr(frame, attr, None) if frame is not None else None
    if override is not None:
        return str(override)
    return preference_name(value, default)
