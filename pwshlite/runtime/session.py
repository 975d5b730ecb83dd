"""The Session: constructs and wires every runtime object (registry, streams, interpreter, host I/O)
and runs command lines and script files with pwsh's exit-code rules.

Layer: runtime (the only module the CLI and the REPL need). Imports are lazy: the parser, the
formatter and cmdlet modules load on first use, so `-Command 'Write-Output 1'` starts fast.
"""

from __future__ import annotations

import io
import os
import sys
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from typing import TYPE_CHECKING, Any, TextIO

from pwshlite.cmdlet import HistoryEntry, ParameterInfo
from pwshlite.errors import ErrorRecord, InvocationInfo, ParseFailure, PwshError
from pwshlite.registry import Registry
from pwshlite.runtime.automatic import install_automatic_variables
from pwshlite.runtime.flow import BreakSignal, ContinueSignal, ExitSignal, ReturnSignal, call_depth_error
from pwshlite.runtime.progress import ProgressLine
from pwshlite.runtime.streams import InformationalRecord, Streams, wrap_host_text

if TYPE_CHECKING:
    from pwshlite.runtime.interpreter import Interpreter
    from pwshlite.syntax import ast

RECURSION_LIMIT = 20000
if (
    sys.getrecursionlimit() < RECURSION_LIMIT
):  # call depth is bounded by the engine (100 calls), not by Python
    sys.setrecursionlimit(RECURSION_LIMIT)


@dataclass
class SessionConfig:
    """What session services (`Session.resource(kind)` constructs `kind(config)`) may read."""

    store_path: str | None
    user: str | None
    interactive: bool
    non_interactive: bool
    width: int
    debug: bool


class Session:
    """One PowerShell session (runspace): variables, functions and the current location persist
    across run_text/run_file calls."""

    def __init__(
        self,
        *,
        stdout: TextIO,
        stderr: TextIO,
        interactive: bool = False,
        non_interactive: bool = True,
        width: int | None = None,
        store_path: str | None = None,
        user: str | None = None,
        debug: bool = False,
    ) -> None:
        self.stdout = stdout
        self.stderr = stderr
        self.interactive = interactive
        self.non_interactive = non_interactive
        self.buffer_width = width + 1 if width else _buffer_width(stdout)
        self.width = self.buffer_width - 1
        self.store_path = store_path
        self.user = user or os.environ.get("PWSHLITE_USER") or "Administrator"
        self.debug = debug
        self.cwd = os.getcwd()
        self.progress = ProgressLine(stderr, self.width)
        self.config = SessionConfig(store_path, self.user, interactive, non_interactive, self.width, debug)
        self._resources: dict[type, Any] = {}
        # test-runner hooks (Pester): commands that replace others during lookup (casefolded name ->
        # CmdletInfo, consulted before functions and cmdlets) and PSDrive roots (casefolded drive name
        # -> host folder, e.g. TestDrive) honoured by resolve_path
        self.command_overrides: dict[str, Any] = {}
        self.drive_roots: dict[str, str] = {}
        self.history_entries: list[HistoryEntry] = []
        self.host_listeners: list[Callable[[str, str], None]] = []
        self.top_invocation: InvocationInfo | None = None
        self._names: dict[str, str] = {}
        self._last_exit = 0
        self.exit_requested = False  # set when a script ran `exit` at the top level (the REPL then quits)
        self.sensitive_ran = False  # set when a cmdlet ran with a `secret` parameter (the REPL skips history)
        self._writer: Any = None  # the running command line's Out-Default (errors queue into its table)
        self.registry = Registry()
        self.streams = Streams(
            error=self._show_error, warning=lambda t: self._host_prefixed("WARNING: ", t, "warning"),
            verbose=lambda t: self._host_prefixed("VERBOSE: ", t, "verbose"),
            debug=lambda t: self._host_prefixed("DEBUG: ", t, "debug"),
            information=self._show_information, host=self._host_line,
        )  # fmt: skip
        from pwshlite.runtime.interpreter import Interpreter

        self.interp: Interpreter = Interpreter(self, self.registry, self.streams)
        install_automatic_variables(self)

    # -- public API --------------------------------------------------------------------------------------
    @property
    def last_exit_code(self) -> int:
        return self._last_exit

    def resource(self, kind: type) -> Any:
        """A session-wide service, constructed once as `kind(self.config)`."""
        if kind not in self._resources:
            self._resources[kind] = kind(self.config) if _takes_config(kind) else kind()
        return self._resources[kind]

    def run_text(self, text: str, name: str | None = None) -> int:
        """-Command semantics: exit N, 1 when the last statement failed or a terminating error ended it."""
        tree = self._parse_or_report(text, name)
        if tree is None:
            self._last_exit = 1
            return 1
        from pwshlite.runtime.scriptblock import ScriptBlock

        self.top_invocation = InvocationInfo(None, None, "ScriptBlock", name, _missing(), text.strip())
        from pwshlite.values.clock import now

        started = now()
        code = self._execute(lambda out: self._run_top(ScriptBlock(tree, tree.span), out), command=True)
        self._record_history(text, started, code)
        self._last_exit = code
        return code

    def run_file(self, path: str, args: list[str]) -> int:
        """Run a .ps1 with its arguments (`-Name value` pairs bind by name); exit 0, N, or 1 on a
        terminating error."""
        full = os.path.abspath(path)
        try:
            text = self.read_script(full)
        except OSError as exc:
            self.stderr.write(f"Could not read file '{full}': {exc.strerror}.\n")
            return 1
        tree = self._parse_or_report(text, full)
        if tree is None:
            self._last_exit = 1
            return 1
        from pwshlite.runtime.scriptblock import ScriptBlock

        self.top_invocation = InvocationInfo(full, full, "ExternalScript", full, _missing())
        block = ScriptBlock(tree, tree.span)
        self.interp._script_cache[full] = (os.path.getmtime(full), block)
        code = self._execute(lambda out: self._run_script(block, full, args, out), command=False)
        self._last_exit = code
        return code

    def invoke(
        self, script: str, variables: dict[str, Any] | None = None
    ) -> tuple[list[Any], list[ErrorRecord]]:
        """Run script text for a program (the web admin center): `variables` are set as global
        variables first (so callers pass values, never paste them into the text); returns the output
        objects and the error records. The variables are removed again afterwards (a typed PIN does not
        linger in the session). Nothing reaches the host; a syntax error raises ParseFailure."""
        from pwshlite.runtime.scriptblock import ScriptBlock

        tree = self.parse(script, None)
        for name, value in (variables or {}).items():
            self.interp.scopes.global_scope.vars[name.casefold()] = value
        output: list[Any] = []
        errors: list[ErrorRecord] = []

        def drop(*_: Any) -> None:
            return None

        sinks = {"error": errors.append, "warning": drop, "verbose": drop, "debug": drop}
        sinks.update(information=drop, host=drop)
        self.top_invocation = InvocationInfo(None, None, "ScriptBlock", None, _missing(), script.strip())
        try:
            with self.streams.replaced(sinks):
                self._execute(
                    lambda out: self._run_top(ScriptBlock(tree, tree.span), out),
                    command=True,
                    sink=output.append,
                )
        finally:
            for name in variables or {}:
                self.interp.scopes.global_scope.vars.pop(name.casefold(), None)
        return [o for o in output if not isinstance(o, InformationalRecord)], errors

    # -- execution ---------------------------------------------------------------------------------------
    def _parse_or_report(self, text: str, path: str | None) -> ast.ScriptBlock | None:
        try:
            return self.parse(text, path)
        except ParseFailure as failure:
            from pwshlite.format.error_view import render_parse_failure

            self.interp.remember_error(failure.record)  # parse errors are in $Error too
            self.interp.status = False
            self.stderr.write(render_parse_failure(failure, self.width))
            self.stderr.flush()
            return None

    def parse(self, text: str, path: str | None = None) -> ast.ScriptBlock:
        from pwshlite.syntax.parser import parse

        return parse(text, path)

    def read_script(self, path: str) -> str:
        try:
            from pwshlite.cli import read_script
        except ImportError:  # pragma: no cover
            with open(path, encoding="utf-8-sig") as handle:
                return handle.read()
        return read_script(path)

    def _hoist(self, block: Any) -> None:
        """A script's enum types exist before its first statement runs, as in PowerShell."""
        for named in (block.ast.begin, block.ast.process, block.ast.end):
            if named is not None:
                self.interp.hoist_enums(named.body.statements)

    def _run_top(self, block: Any, out: Callable[[Any], None]) -> None:
        interp = self.interp
        body = block.ast
        self._hoist(block)
        for named in (body.begin, body.process, body.end):
            if named is not None:
                interp.run_block(named.body.statements, named.body.traps, out)

    def _run_script(self, block: Any, path: str, args: list[str], out: Callable[[Any], None]) -> None:
        from pwshlite.runtime.functions import FunctionProcessor
        from pwshlite.runtime.pipeline import run_processors

        proc = FunctionProcessor(
            self.interp, os.path.basename(path), block, _cli_arguments(args), self.top_invocation or InvocationInfo(),
            kind="ExternalScript", script_path=path,
        )  # fmt: skip
        proc.top_level = True
        self._hoist(block)
        run_processors([proc], out)

    def _execute(
        self,
        body: Callable[[Callable[[Any], None]], None],
        command: bool,
        sink: Callable[[Any], None] | None = None,
    ) -> int:
        interp = self.interp
        interp.status = True
        writer = self._outputter() if sink is None else _ListOut(sink)
        outer_writer, self._writer = self._writer, writer
        code = 0
        try:
            body(writer.write)
            if command and not interp.status:
                code = 1
        except ExitSignal as sig:
            code = sig.code
            self.exit_requested = True
        except (BreakSignal, ContinueSignal, ReturnSignal):
            code = 0 if interp.status or not command else 1
        except PwshError as err:
            self._close_writer(writer)  # §10.10 [I]: the buffered table first, then the error
            interp.report_error(err.record)
            code = 1
        except RecursionError:
            self._close_writer(writer)
            interp.report_error(call_depth_error(None).record)
            code = 1
        except KeyboardInterrupt:
            code = 130
        finally:
            interp.depth = 0
            interp.try_depth = 0
            interp.frame_stack.clear()
            self._writer = outer_writer
            self._close_writer(writer)
            self.progress.clear()  # a progress line never outlives the command line that drew it
            self._flush()
        interp.scopes.global_scope.vars.setdefault("lastexitcode", None)
        return code

    @staticmethod
    def _close_writer(writer: Any) -> None:
        try:
            writer.close()
        except BrokenPipeError:
            pass

    # -- host output -------------------------------------------------------------------------------------
    def _outputter(self) -> Any:
        return _LazyOut(self)

    def out_default(self) -> Any:
        try:
            from pwshlite.format.out import OutDefault
        except ImportError:
            return _PlainOut(self)
        return OutDefault(self._write_line, self.width, self.interp.scopes.get)

    def _write_line(self, line: str) -> None:
        if self.progress.shown:
            self.progress.clear()
        self.stdout.write(line + "\n")
        self._notify("output", line)

    def _notify(self, kind: str, text: str) -> None:
        for listener in list(self.host_listeners):
            listener(kind, text)

    def _flush(self) -> None:
        for stream in (self.stdout, self.stderr):
            try:
                stream.flush()
            except (OSError, ValueError):
                pass

    def _show_error(self, record: ErrorRecord) -> None:
        """An error on the host; while Out-Default buffers a table for auto-size it is queued among the
        rows and shown at its place between them (formatting spec §10.10)."""
        defer = getattr(self._writer, "defer", None)
        if defer is not None and defer(lambda: self._show_error_now(record)):
            return
        self._show_error_now(record)

    def _show_error_now(self, record: ErrorRecord) -> None:
        from pwshlite.format.error_view import render_error_record

        self.stdout.flush()
        text = render_error_record(record, self.width, self.buffer_width)
        text = text if text.endswith("\n") else text + "\n"
        if _colour_ok(self.stderr):  # the console host's error colours: red on black
            text = "".join(_ansi(line, "red", "black") + "\n" for line in text[:-1].split("\n"))
        self.stderr.write(text)
        self.stderr.flush()
        self._notify("error", text)

    def _host_prefixed(self, prefix: str, value: Any, kind: str) -> None:
        from pwshlite.runtime.valueops import to_string

        colour = _colour_ok(self.stdout)  # warning, verbose and debug lines are yellow on black
        for line in wrap_host_text(prefix + to_string(value), self.buffer_width - 1):
            self.stdout.write((_ansi(line, "yellow", "black") if colour else line) + "\n")
        self._notify(kind, prefix + to_string(value))

    def show_informational(self, record: InformationalRecord) -> None:
        prefixes = {"warning": "WARNING: ", "verbose": "VERBOSE: ", "debug": "DEBUG: "}
        prefix = prefixes.get(record.kind)
        if prefix is None:
            self._show_information(record.message)
        else:
            self._host_prefixed(prefix, record.message, record.kind)

    def _show_information(self, value: Any) -> None:
        from pwshlite.runtime.valueops import to_string

        self.stdout.write(to_string(value) + "\n")
        self._notify("information", to_string(value))

    def _host_line(self, text: str, newline: bool) -> None:
        self.stdout.write(text + ("\n" if newline else ""))
        self._notify("host", text)

    def write_host(
        self, text: str, newline: bool = True, fg: str | None = None, bg: str | None = None
    ) -> None:
        """Write-Host: through the information stream when it is redirected (6>), else to the host."""
        sink = self.streams.information
        if getattr(sink, "__self__", None) is not self:
            sink(text)
            return
        if (fg or bg) and _colour_ok(self.stdout):
            text = _ansi(text, fg, bg)
        self.stdout.write(text + ("\n" if newline else ""))
        self._notify("host", text)

    def write_progress(self, activity: str, status: str, percent: int = -1, completed: bool = False) -> None:
        """Write-Progress: one line on stderr when it is a terminal (runtime.progress), else nothing."""
        if self.interp.preference("ProgressPreference") != "SilentlyContinue":
            self.progress.update(activity, status, percent, completed)

    def read_line(self, prompt: str, secret: bool = False) -> str:
        """Read-Host, -Confirm and mandatory-parameter prompts; the interactive shell installs
        `line_reader` so they use its prompt_toolkit input (masked when secret)."""
        reader = getattr(self, "line_reader", None)
        if reader is not None:
            return str(reader(prompt, secret))
        self.stdout.write(prompt)
        self.stdout.flush()
        if secret:
            import getpass

            return getpass.getpass("")
        line = sys.stdin.readline()
        return line.rstrip("\n")

    def prompt_mandatory(self, command: str, params: list[ParameterInfo]) -> dict[str, Any]:
        """PowerShell's prompt for missing mandatory parameters in an interactive session."""
        self.stdout.write(
            f"cmdlet {command} at command pipeline position 1\nSupply values for the following parameters:\n"
        )
        values: dict[str, Any] = {}
        for p in params:
            if p.is_array:
                items: list[str] = []
                while True:
                    answer = self.read_line(f"{p.name}[{len(items)}]: ", p.secret)
                    if not answer:
                        break
                    items.append(answer)
                values[p.name] = items
            else:
                values[p.name] = self.read_line(f"{p.name}: ", p.secret)
        return values

    # -- locations and files -----------------------------------------------------------------------------
    def resolve_path(self, path: str) -> str:
        if self.drive_roots and ":" in path:
            path = self.map_drive(path)
        path = os.path.expanduser(path.replace("\\", os.sep)) if path.startswith("~") else path
        if os.sep != "\\":
            path = path.replace("\\", "/")
        return os.path.normpath(os.path.join(self.cwd, path))

    def map_drive(self, path: str) -> str:
        """`TestDrive:\\x` -> `<root>/x` for a drive in `drive_roots`; other paths unchanged."""
        head, _, rest = path.partition(":")
        root = self.drive_roots.get(head.casefold())
        if root is None:
            return path
        return os.path.join(root, rest.replace("\\", "/").lstrip("/")) if rest.strip("\\/") else root

    def swap_resources(self, table: dict[type, Any]) -> dict[type, Any]:
        """Replace the session's service table (a test runner gives each test file a fresh
        organization store); returns the previous table so it can be put back."""
        previous, self._resources = self._resources, table
        return previous

    def set_location(self, path: str) -> None:
        self.cwd = path
        self.interp.scopes.global_scope.vars["pwd"] = self.interp.current_location()  # Get-Variable PWD
        try:
            os.chdir(path)
        except OSError:
            pass

    def file_writer(self, path: str, append: bool) -> Any:
        return _FileWriter(self, path, append)

    def display_name(self, key: str) -> str:
        return self._names.get(key, key)

    def remember_name(self, name: str) -> None:
        self._names.setdefault(name.casefold(), name)

    def _record_history(self, text: str, start: Any, code: int) -> None:
        """Add a finished command line to Get-History (PowerShell adds it after it ran)."""
        from pwshlite.values.clock import now

        entry_id = self.history_entries[-1].id + 1 if self.history_entries else 1
        status = "Completed" if code == 0 else "Failed"
        self.history_entries.append(HistoryEntry(entry_id, text.strip(), status, start, now()))


_SCALARS = (str, int, float, Decimal)


class _LazyOut:
    """Out-Default that imports the formatter only when the first non-scalar object arrives.

    Strings and numbers are out-of-band scalars (formatting spec §1.4 rule 2: one raw line holding
    the string form), so until then they are written directly; everything after goes to OutDefault."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self.real: Any = None

    def write(self, obj: Any) -> None:
        if isinstance(obj, InformationalRecord):  # Out-Default writes these through the host, prefixed
            self.session.show_informational(obj)
            return
        real = self.real
        if real is None:
            if obj is None:
                return
            if type(obj) in _SCALARS or isinstance(obj, bool):
                from pwshlite.runtime.valueops import to_string

                self.session._write_line(to_string(obj))
                return
            real = self.real = self.session.out_default()
        real.write(obj)

    def close(self) -> None:
        if self.real is not None:
            self.real.close()

    def defer(self, action: Callable[[], None]) -> bool:
        return self.real is not None and bool(self.real.defer(action))


class _ListOut:
    """Session.invoke's outputter: objects go to a callback unformatted."""

    def __init__(self, sink: Callable[[Any], None]) -> None:
        self.write = sink

    def close(self) -> None:
        return None


class _PlainOut:
    """Fallback outputter (formatter not installed): one string form per object."""

    def __init__(self, session: Session) -> None:
        self.session = session

    def write(self, obj: Any) -> None:
        from pwshlite.runtime.valueops import to_string

        if obj is not None:
            self.session._write_line(to_string(obj))

    def close(self) -> None:
        return None


class _FileWriter:
    """`> file` / `>> file`: `Out-File` with its defaults, as in 5.1 (formatter lines; Unicode, i.e.
    UTF-16 LE with a BOM at the start of the file; LF line ends per the formatting spec decisions)."""

    def __init__(self, session: Session, path: str, append: bool) -> None:
        raw = open(path, "ab" if append else "wb")  # noqa: SIM115 (closed in close())
        if raw.tell() == 0:
            raw.write(b"\xff\xfe")
        self.handle = io.TextIOWrapper(raw, encoding="utf-16-le", errors="replace", newline="\n")
        try:
            from pwshlite.format.out import OutDefault

            self.out: Any = OutDefault(self._line, session.width, session.interp.scopes.get)
        except ImportError:
            self.out = None

    def _line(self, line: str) -> None:
        self.handle.write(line + "\n")

    def write(self, obj: Any) -> None:
        if self.out is not None:
            self.out.write(obj)
        elif obj is not None:
            from pwshlite.runtime.valueops import to_string

            self._line(to_string(obj))

    def close(self) -> None:
        if self.out is not None:
            self.out.close()
        self.handle.close()


def _takes_config(kind: type) -> bool:
    """Whether a service class's constructor takes the session config (services may take none)."""
    import inspect

    try:
        params = list(inspect.signature(kind).parameters.values())
    except (TypeError, ValueError):
        return True
    return bool(params) and params[0].kind in (params[0].POSITIONAL_ONLY, params[0].POSITIONAL_OR_KEYWORD)


def _missing() -> Any:
    from pwshlite.errors import MISSING

    return MISSING


def _cli_arguments(args: list[str]) -> list[Any]:
    """pwsh -File argument strings: `-Name` / `-Name:value` are parameter names, the rest values."""
    from pwshlite.binding.binder import Argument

    out: list[Argument] = []
    for arg in args:
        if len(arg) > 1 and arg[0] == "-" and (arg[1].isalpha() or arg[1] == "_"):
            name, colon, value = arg[1:].partition(":")
            if colon:
                out.append(Argument(value=_cli_value(value), name=name, has_value=True))
            else:
                out.append(Argument(name=name))
        else:
            out.append(Argument(value=arg))
    return out


def _cli_value(text: str) -> Any:
    low = text.casefold()
    if low in ("$true", "true"):
        return True
    if low in ("$false", "false"):
        return False
    return text


def _buffer_width(stream: TextIO) -> int:
    """B: $env:COLUMNS, else the terminal's columns, else 120 (same rule as format.out.buffer_width,
    repeated here so a batch run does not import the formatter before it has output to format)."""
    columns = os.environ.get("COLUMNS", "").strip()
    if columns.isdigit() and int(columns) > 1:
        return int(columns)
    try:
        if stream.isatty():
            import shutil

            return shutil.get_terminal_size((120, 24)).columns or 120
    except (AttributeError, OSError, ValueError):
        pass
    return 120


def _colour_ok(stream: TextIO) -> bool:
    if os.environ.get("NO_COLOR"):
        return False
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False


_COLOURS = {
    "black": 30, "darkblue": 34, "darkgreen": 32, "darkcyan": 36, "darkred": 31, "darkmagenta": 35,
    "darkyellow": 33, "gray": 37, "darkgray": 90, "blue": 94, "green": 92, "cyan": 96, "red": 91,
    "magenta": 95, "yellow": 93, "white": 97,
}  # fmt: skip


def _ansi(text: str, fg: str | None, bg: str | None) -> str:
    codes = []
    if fg and fg.casefold() in _COLOURS:
        codes.append(str(_COLOURS[fg.casefold()]))
    if bg and bg.casefold() in _COLOURS:
        codes.append(str(_COLOURS[bg.casefold()] + 10))
    if not codes:
        return text
    return f"\x1b[{';'.join(codes)}m{text}\x1b[0m"
