"""The `pwshlite` command line: batch runs (-File, -Command, stdin), --check, and the interactive entry.

Host layer (top): may import everything; imports the runtime lazily so `--version`/`--check` stay fast.
Options follow powershell.exe: case-insensitive, `-` or `--`, unique prefixes (`-c`, `-nop`, `-noni`).
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass, field
from typing import TextIO

from pwshlite import __version__

EXIT_BAD_ARGS = 64  # pwsh's exit code for a bad command line (ExitCodeBadCommandLineParameter)
EXIT_INTERNAL = 70

# (canonical name, takes a value) — order matters only for the help text.
OPTIONS: dict[str, bool] = {
    "File": True,
    "Command": True,
    "NoProfile": False,
    "NonInteractive": False,
    "NoLogo": False,
    "NoExit": False,
    "NoColor": False,
    "Check": False,
    "Store": True,
    "As": True,
    "Debug": False,
    "Version": False,
    "Help": False,
    "ExecutionPolicy": True,
    "InputFormat": True,
    "OutputFormat": True,
    "WindowStyle": True,
    "Sta": False,
    "Mta": False,
}
ALIASES = {"?": "Help", "h": "Help", "ep": "ExecutionPolicy", "v": "Version", "ex": "ExecutionPolicy"}

USAGE = """\
pwshlite {version} - an offline Exchange Management Shell (Windows PowerShell 5.1 compatible)

Usage:
  pwshlite [options] [SCRIPT.ps1 [args...]]
  pwshlite [options] -File SCRIPT.ps1 [args...]
  pwshlite [options] -Command "<script text>"     (-Command - reads the script from stdin)
  pwshlite --check FILE...                        syntax check only; errors on stderr, exit 1 if any
  pwshlite                                        interactive shell on a terminal, else script from stdin
  pwshlite eac [--store PATH] [--host H] [--port N]  the web admin center (pwshlite[eac])

Options (case-insensitive, '-' or '--', unique prefixes accepted):
  -File PATH          run a script file; the remaining arguments go to the script
  -Command TEXT       run TEXT (the remaining arguments are joined with spaces); '-' reads stdin
  -NoProfile          accepted (pwshlite runs no profile scripts)
  -NonInteractive     never prompt: -Confirm prompts and mandatory-parameter prompts fail instead
  -NoLogo             no banner in the interactive shell
  -NoExit             stay in the interactive shell after -Command/-File
  -NoColor            no colours (same as setting NO_COLOR): plain errors, warnings and input
  --check             parse the given files and report syntax errors without running anything
  --store PATH        the organization store (default: $PWSHLITE_STORE, else the per-user data dir)
  --as USER           run as this organization user (default: $PWSHLITE_USER, else Administrator)
  --debug             show Python tracebacks for internal errors
  --version           print the version
  --help              print this help
"""


class UsageError(Exception):
    """A bad command line; reported like pwsh with exit code 64."""


@dataclass
class Options:
    file: str | None = None
    command: str | None = None
    script_args: list[str] = field(default_factory=list)
    no_logo: bool = False
    no_exit: bool = False
    no_color: bool = False
    non_interactive: bool = False
    check: list[str] | None = None
    store: str | None = None
    user: str | None = None
    debug: bool = False
    version: bool = False
    help: bool = False


def _match_option(word: str) -> str:
    """Canonical option for `-word`: exact or unique prefix, case-insensitive."""
    name = word.lstrip("-")
    low = name.casefold()
    if low in ALIASES:
        return ALIASES[low]
    exact = [o for o in OPTIONS if o.casefold() == low]
    if exact:
        return exact[0]
    matches = [o for o in OPTIONS if o.casefold().startswith(low)]
    if len(matches) == 1 and low:
        return matches[0]
    if len(matches) > 1:
        # pwsh resolves the common short forms by priority (-c is -Command, -f is -File, -nop is -NoProfile)
        preferred = {"c": "Command", "f": "File", "no": "NoProfile", "non": "NonInteractive"}
        if low in preferred:
            return preferred[low]
        raise UsageError(f"Parameter '{word}' is ambiguous. Possible matches: -{' -'.join(matches)}")
    raise UsageError(
        f"The argument '{word}' is not recognized as the name of a script file. Check the spelling of the name, "
        "or if a path was included, verify that the path is correct and try again."
    )


def parse_args(argv: list[str]) -> Options:
    """Parse the command line the way powershell.exe does (the first non-option is the script file)."""
    opts = Options()
    i = 0
    while i < len(argv):
        arg = argv[i]
        if not arg.startswith("-") or arg == "-":
            if opts.check is not None:
                opts.check.append(arg)
                i += 1
                continue
            opts.file = arg
            opts.script_args = argv[i + 1 :]
            return opts
        name = _match_option(arg)
        if OPTIONS[name]:
            if i + 1 >= len(argv):
                raise UsageError(f"Missing the argument to parameter -{name}. Specify a value and try again.")
            value = argv[i + 1]
            if name == "File":
                opts.file = value
                opts.script_args = argv[i + 2 :]
                return opts
            if name == "Command":
                opts.command = " ".join(argv[i + 1 :])
                return opts
            if name == "Store":
                opts.store = value
            elif name == "As":
                opts.user = value
            i += 2
            continue
        if name == "Check":
            opts.check = []
        elif name == "NoLogo":
            opts.no_logo = True
        elif name == "NoExit":
            opts.no_exit = True
        elif name == "NoColor":
            opts.no_color = True
        elif name == "NonInteractive":
            opts.non_interactive = True
        elif name == "Debug":
            opts.debug = True
        elif name == "Version":
            opts.version = True
        elif name == "Help":
            opts.help = True
        i += 1
    return opts


def read_script(path: str) -> str:
    """Read a script file: UTF-8 with or without BOM, UTF-16 LE/BE with BOM; CRLF kept for the parser.

    BOM-less bytes that are not valid UTF-8 are read as Windows-1252, as Windows PowerShell 5.1 reads
    BOM-less scripts with the ANSI code page (docs/cli.md)."""
    with open(path, "rb") as handle:
        data = handle.read()
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace")
    if data.startswith(b"\xff\xfe"):
        return data[2:].decode("utf-16-le", errors="replace")
    if data.startswith(b"\xfe\xff"):
        return data[2:].decode("utf-16-be", errors="replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def run_check(paths: list[str], stderr: TextIO) -> int:
    """`--check`: parse each file, print its errors in PowerShell's format, exit 1 if any file fails."""
    from pwshlite.errors import ParseFailure
    from pwshlite.format.error_view import render_parse_failure
    from pwshlite.syntax.parser import parse_errors

    if not paths:
        raise UsageError("--check needs at least one file.")
    status = 0
    for path in paths:
        full = os.path.abspath(path)
        try:
            text = read_script(full)
        except OSError as exc:
            stderr.write(f"Could not read file '{full}': {exc.strerror}.\n")
            status = 1
            continue
        errors = parse_errors(text, full)
        if errors:
            stderr.write(render_parse_failure(ParseFailure(errors)))
            status = 1
    return status


def _make_session(opts: Options, interactive: bool) -> object:
    from pwshlite.runtime.session import Session

    return Session(
        stdout=sys.stdout,
        stderr=sys.stderr,
        interactive=interactive,
        non_interactive=opts.non_interactive or not interactive,
        store_path=opts.store,
        user=opts.user,
        debug=opts.debug,
    )


def run(opts: Options) -> int:
    """Dispatch a parsed command line."""
    if opts.no_color:
        os.environ["NO_COLOR"] = "1"  # plain output everywhere: errors, warnings, the shell's highlighting
    if opts.help:
        sys.stdout.write(USAGE.format(version=__version__))
        return 0
    if opts.version:
        sys.stdout.write(f"pwshlite {__version__} (PowerShell 5.1 compatible)\n")
        return 0
    if opts.check is not None:
        return run_check(opts.check, sys.stderr)
    if opts.file is not None:
        path = os.path.abspath(opts.file)
        if not os.path.isfile(path):
            sys.stderr.write(
                f"The argument '{opts.file}' to the -File parameter does not exist. Provide the path to an existing "
                "'.ps1' file as an argument to the -File parameter.\n"
            )
            return EXIT_BAD_ARGS
        session = _make_session(opts, interactive=_stay(opts))
        code = session.run_file(path, opts.script_args)  # type: ignore[attr-defined]
        return _interactive_after(opts, session, int(code))
    if opts.command is not None:
        text = sys.stdin.read() if opts.command.strip() == "-" else opts.command
        session = _make_session(opts, interactive=_stay(opts))
        code = session.run_text(text)  # type: ignore[attr-defined]
        return _interactive_after(opts, session, int(code))
    if sys.stdin.isatty() and not opts.non_interactive:
        return run_interactive(opts, _make_session(opts, interactive=True))
    session = _make_session(opts, interactive=False)
    return session.run_text(sys.stdin.read())  # type: ignore[attr-defined, no-any-return]


def _stay(opts: Options) -> bool:
    """-NoExit keeps the shell open after -Command/-File when there is a terminal to talk to."""
    return opts.no_exit and sys.stdin.isatty() and not opts.non_interactive


def _interactive_after(opts: Options, session: object, code: int) -> int:
    if not _stay(opts) or getattr(session, "exit_requested", False):
        return code
    return run_interactive(opts, session)


def run_interactive(opts: Options, session: object) -> int:
    """The interactive shell (prompt_toolkit; pwshlite.repl), or a plain line reader without a terminal."""
    try:
        from pwshlite.repl.app import run_repl
    except ImportError:  # prompt_toolkit missing: degrade to the plain host
        from pwshlite.repl.basic import run_basic_repl

        return run_basic_repl(session, opts.no_logo)
    return int(run_repl(session, no_logo=opts.no_logo))


def main(argv: list[str] | None = None) -> int:
    """Console-script entry point; never lets a Python traceback reach the user unless --debug."""
    args = sys.argv[1:] if argv is None else argv
    if args[:1] == ["eac"]:  # the web admin center (optional extra pwshlite[eac])
        from pwshlite.eac.serve import main as eac_main

        return eac_main(args[1:])
    debug = any(a.casefold() in ("--debug", "-debug") for a in args)
    try:
        return run(parse_args(args))
    except UsageError as exc:
        sys.stderr.write(f"{exc}\n")
        return EXIT_BAD_ARGS
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0
    except Exception as exc:  # noqa: BLE001 - last line of defence against tracebacks
        if debug:
            raise
        sys.stderr.write(
            f"pwshlite: internal error: {type(exc).__name__}: {exc} (run with --debug for details)\n"
        )
        return EXIT_INTERNAL
