"""Select-String: Finds text in strings and files.

Each input line (a pipeline object's string form, or a line of a -Path file) is matched against the
.NET regular expressions in -Pattern (or plain text with -SimpleMatch), case-insensitively unless
-CaseSensitive. Matches are MatchInfo objects (IgnoreCase, LineNumber, Line, Filename, Path,
Pattern, Context, Matches) whose string form is `path:line:text` for files (path relative to the
current directory, as 5.1 displays it) and the line itself for input objects; -Context adds `> ` /
`  ` prefixed neighbour lines. -Quiet writes one Boolean; -List stops after the first match per file.
"""

from __future__ import annotations

import glob
import os
import re
from collections import deque
from collections.abc import Iterable, Iterator
from typing import Any

from pwshlite.cmdlet import (
    Cmdlet,
    CmdletError,
    Example,
    Parameter,
    Switch,
    ValidateCount,
    ValidateRange,
    ValidateSet,
    cmdlet,
)
from pwshlite.cmdlet import (
    Context as Ctx,
)
from pwshlite.errors import ErrorCategory, ErrorRecord
from pwshlite.objects import PSObject

from ._common import full_path, get_property, has_wildcard, stop_upstream, to_string
from ._csv import ENCODING_NAMES, open_text
from ._matchinfo import MatchLine, make_match_info

INPUT_STREAM = "InputStream"


@cmdlet("Select-String", default_set="File", aliases=("sls",))
class SelectString(Cmdlet):
    """Select-String: Finds text in strings and files."""

    InputObject: Any = Parameter(mandatory=True, pipeline=True, sets=("Object",),
                                 type_name="System.Management.Automation.PSObject")  # fmt: skip
    Pattern: list[str] = Parameter(position=0, mandatory=True)
    Path: list[str] | None = Parameter(position=1, mandatory=True, by_property_name=True, sets=("File",))
    LiteralPath: list[str] | None = Parameter(mandatory=True, by_property_name=True, sets=("LiteralFile",),
                                              aliases=("PSPath",))  # fmt: skip
    SimpleMatch: Switch = Parameter()
    CaseSensitive: Switch = Parameter()
    Quiet: Switch = Parameter()
    List: Switch = Parameter()
    Include: list[str] | None = Parameter()
    Exclude: list[str] | None = Parameter()
    NotMatch: Switch = Parameter()
    AllMatches: Switch = Parameter()
    Encoding: str | None = Parameter(validate=ValidateSet(*ENCODING_NAMES))
    Context: list[int] | None = Parameter(validate=(ValidateCount(1, 2), ValidateRange(0, 2147483647)))

    examples = (
        Example("'ok', 'error: disk full' | Select-String 'error'", "Lines that match a pattern"),
        Example(
            "Select-String -Path *.ps1 -Pattern 'Get-Mailbox' -SimpleMatch", "Search files for plain text"
        ),
    )

    def begin(self, ctx: Ctx) -> None:
        self._regexes = [] if self.SimpleMatch else [self._compile(p) for p in self.Pattern]
        self._line_number = 0
        self._found_any = False
        self._done = False
        ctx_arg = list(self.Context or [])
        self._pre = ctx_arg[0] if ctx_arg else 0
        self._post = ctx_arg[1] if len(ctx_arg) > 1 else self._pre
        self._tracker = _ContextTracker(self._pre, self._post)

    def _compile(self, pattern: str) -> re.Pattern[str]:
        from pwshlite.values.regex import RegexError, compile_dotnet

        try:
            return compile_dotnet(pattern, not self.CaseSensitive)
        except RegexError as exc:
            raise CmdletError(ErrorRecord(str(exc), "InvalidRegex", ErrorCategory.InvalidArgument,
                                          "System.ArgumentException", target_object=pattern)) from exc  # fmt: skip

    # -- inputs ---------------------------------------------------------------------------------------
    def process(self, ctx: Ctx) -> Iterator[Any]:
        if self._done:
            return
        if self.Path is None and self.LiteralPath is None:
            obj = self.InputObject
            if obj is None:
                return
            if isinstance(obj, PSObject) and "System.IO.FileInfo" in obj.type_names:
                yield from self._file(
                    ctx, str(get_property(obj, "FullName"))
                )  # Get-ChildItem | Select-String
                return
            self._line_number += 1
            text = obj if isinstance(obj, str) else to_string(obj)
            yield from self._line(ctx, text, self._line_number, None)
            return
        for full in self._files(ctx):
            yield from self._file(ctx, full)
            if self._done:
                return

    def _files(self, ctx: Ctx) -> Iterator[str]:
        literal = self.LiteralPath is not None
        for path in self.LiteralPath or self.Path or []:
            full = full_path(ctx, path)
            if not literal and has_wildcard(path):
                matches = sorted(m for m in glob.glob(full) if os.path.isfile(m))
                yield from (m for m in matches if self._included(m))
            elif not os.path.exists(full):
                ctx.write_error(ErrorRecord(
                    f"Cannot find path '{full}' because it does not exist.", "PathNotFound",
                    ErrorCategory.ObjectNotFound, "System.Management.Automation.ItemNotFoundException",
                    target_object=full,
                ))  # fmt: skip
            elif os.path.isfile(full) and self._included(full):
                yield full

    def _included(self, path: str) -> bool:
        from ._common import wildcard_regex

        name = os.path.basename(path)
        if self.Include and not any(wildcard_regex(p).match(name) for p in self.Include):
            return False
        return not (self.Exclude and any(wildcard_regex(p).match(name) for p in self.Exclude))

    def _file(self, ctx: Ctx, full: str) -> Iterator[Any]:
        try:
            stream = open_text(full, self.Encoding)
        except OSError as exc:
            ctx.write_error(ErrorRecord(str(exc), "ProcessingFile", ErrorCategory.ReadError,
                                        "System.IO.IOException", target_object=full))  # fmt: skip
            return
        with stream:
            for number, raw in enumerate(stream, start=1):
                yield from self._line(ctx, raw.rstrip("\r\n"), number, full)
                if self._list_hit:
                    break
        self._list_hit = False
        yield from self._tracker.flush()

    _list_hit = False

    # -- matching -------------------------------------------------------------------------------------
    def _line(self, ctx: Ctx, text: str, number: int, path: str | None) -> Iterator[Any]:
        pattern, matches = self._match(text)
        hit = (pattern is not None) != bool(self.NotMatch)
        yield from self._tracker.feed(text)
        if not hit:
            self._tracker.remember(text)
            return
        self._found_any = True
        if self.Quiet:
            self._done = True
            yield True
            stop_upstream()
        shown = self._display_path(ctx, path)
        pattern_text = pattern if pattern is not None else self.Pattern[0]
        line = MatchLine(
            text, number, path or INPUT_STREAM, shown, pattern_text, matches, not self.CaseSensitive
        )
        info = make_match_info(line, self._tracker.pre_context() if (self._pre or self._post) else None)
        self._tracker.remember(text)
        yield from self._tracker.add(info, bool(self._pre or self._post))
        if self.List:
            self._list_hit = path is not None
            if path is None:
                self._done = True

    def _match(self, text: str) -> tuple[str | None, list[Any]]:
        from pwshlite.values.regex import RegexMatch

        if self.SimpleMatch:
            for pattern in self.Pattern:
                hit = pattern in text if self.CaseSensitive else pattern.casefold() in text.casefold()
                if hit:
                    return pattern, []
            return None, []
        for pattern, regex in zip(self.Pattern, self._regexes, strict=True):
            first = regex.search(text)
            if first is None:
                continue
            found = list(regex.finditer(text)) if self.AllMatches else [first]
            return pattern, [RegexMatch(m) for m in found]
        return None, []

    def _display_path(self, ctx: Ctx, path: str | None) -> str | None:
        if path is None:
            return None
        base = ctx.cwd.rstrip(os.sep) + os.sep
        return path[len(base) :] if path.startswith(base) else path

    def end(self, ctx: Ctx) -> Iterator[Any]:
        yield from self._tracker.flush()
        if self.Quiet and not self._found_any:
            yield False


class _ContextTracker:
    """-Context: keeps the last N lines as pre-context and holds a match until its post-context is read."""

    def __init__(self, pre: int, post: int) -> None:
        self._recent: deque[str] = deque(maxlen=pre or None) if pre else deque(maxlen=0)
        self._post = post
        self._pending: list[tuple[PSObject, list[str]]] = []

    def remember(self, text: str) -> None:
        if self._recent.maxlen:
            self._recent.append(text)

    def pre_context(self) -> list[str]:
        return list(self._recent)

    def feed(self, text: str) -> Iterator[PSObject]:
        """A new line arrived: it is post-context of the pending matches."""
        still: list[tuple[PSObject, list[str]]] = []
        for info, post in self._pending:
            post.append(text)
            if len(post) >= self._post:
                yield _finish(info, post)
            else:
                still.append((info, post))
        self._pending = still

    def add(self, info: PSObject, with_context: bool) -> Iterable[PSObject]:
        if not with_context or not self._post:
            return [info] if not with_context else [_finish(info, [])]
        self._pending.append((info, []))
        return []

    def flush(self) -> Iterator[PSObject]:
        for info, post in self._pending:
            yield _finish(info, post)
        self._pending = []
        self._recent.clear()


def _finish(info: PSObject, post: list[str]) -> PSObject:
    from ._matchinfo import set_post_context

    return set_post_context(info, post)
