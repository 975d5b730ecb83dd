"""Select-String: Finds text in strings and files.

Each input line (a pipeline object's string form, or a line of a -Path file) is matched against the
.NET regular expressions in -Pattern (or plain text with -SimpleMatch), case-insensitively unless
-CaseSensitive. Matches are MatchInfo objects (IgnoreCase, LineNumber, Line, Filename, Path,
Pattern, Context, Matches) whose string form is `path:line:text` for files (path relative to the
current directory, as 5.1 displays it) and the line itself for input objects; -Context adds `> ` /
`  ` prefixed neighbour lines (each shown once, see _matchinfo.ContextTracker).

5.1 specifics kept: -Quiet writes True at the first match; for files it writes False (or $null with
-List) when none of them matched, for piped strings nothing. -List stops reading a file at its first
match (piped strings are not limited). -Include/-Exclude wildcards are matched against the full path.
A missing -Path ends the command (PathNotFound); a directory among the files, or a -LiteralPath that
cannot be opened, is a non-terminating "The file X cannot be read: ..." error. A MatchInfo piped in
is matched on its Line and passed on as it is (with a warning when -Context is given).
"""

from __future__ import annotations

import glob
import os
from collections.abc import Generator, Iterator
from typing import Any

from pwshlite.cmdlet import (
    Cmdlet,
    CmdletError,
    Example,
    Parameter,
    Switch,
    ValidateCount,
    ValidateNotNullOrEmpty,
    ValidateRange,
    ValidateSet,
    cmdlet,
)
from pwshlite.cmdlet import (
    Context as Ctx,
)
from pwshlite.errors import ErrorCategory, ErrorRecord
from pwshlite.objects import PSObject

from ._common import full_path, get_property, has_wildcard, to_string, wildcard_regex
from ._csv import open_text
from ._matchinfo import MATCHINFO, ContextTracker, MatchLine, clone_without_display_context, make_match_info

# 5.1's ValidateSet of Select-String -Encoding (lower case, unlike the CSV cmdlets')
ENCODING_NAMES = ("unicode", "utf7", "utf8", "utf32", "ascii", "bigendianunicode", "default", "oem")
FILTER_CONTEXT_WARNING = (
    'The option "Context" is not valid when searching results that are piped from Select-String output.'
)

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
    Include: list[str] | None = Parameter(validate=ValidateNotNullOrEmpty)
    Exclude: list[str] | None = Parameter(validate=ValidateNotNullOrEmpty)
    NotMatch: Switch = Parameter()
    AllMatches: Switch = Parameter()
    Encoding: str | None = Parameter(validate=ValidateSet(*ENCODING_NAMES))
    Context: list[int] | None = Parameter(
        validate=(ValidateNotNullOrEmpty, ValidateCount(1, 2), ValidateRange(0, 2147483647))
    )

    examples = (
        Example("'ok', 'error: disk full' | Select-String 'error'", "Lines that match a pattern"),
        Example(
            "Select-String -Path *.ps1 -Pattern 'Get-Mailbox' -SimpleMatch", "Search files for plain text"
        ),
    )

    def begin(self, ctx: Ctx) -> None:
        self._regexes = [] if self.SimpleMatch else [self._compile(p) for p in self.Pattern]
        self._line_number = 0
        self._done = False
        ctx_arg = list(self.Context or [])
        self._pre = ctx_arg[0] if ctx_arg else 0
        self._post = ctx_arg[1] if len(ctx_arg) > 1 else self._pre
        self._tracker = ContextTracker(self._pre, self._post)

    def _compile(self, pattern: str) -> Any:
        from pwshlite.values.regex import RegexError, compile_dotnet

        try:
            return compile_dotnet(pattern, not self.CaseSensitive)
        except RegexError as exc:
            message = f"The string {pattern} is not a valid regular expression: {exc}"
            raise CmdletError(ErrorRecord(message, "InvalidRegex", ErrorCategory.InvalidArgument,
                                          "System.ArgumentException")) from exc  # fmt: skip

    # -- inputs ---------------------------------------------------------------------------------------
    def process(self, ctx: Ctx) -> Iterator[Any]:
        if self._done:
            return
        if self.Path is None and self.LiteralPath is None:
            obj = self.InputObject
            if isinstance(obj, PSObject) and "System.IO.FileInfo" in obj.type_names:
                yield from self._files_record(ctx, [str(get_property(obj, "FullName"))])
                return
            yield from self._object(ctx, obj)
            return
        yield from self._files_record(ctx, self._resolve(ctx))

    def _object(self, ctx: Ctx, obj: Any) -> Iterator[Any]:
        self._line_number += 1
        info_in = obj if isinstance(obj, PSObject) and MATCHINFO in obj.type_names else None
        if info_in is not None:
            text = str(info_in.get("Line"))
            if self._pre or self._post:
                self._pre = self._post = 0
                self._tracker = ContextTracker(0, 0)
                ctx.write_warning(FILTER_CONTEXT_WARNING)
        else:
            text = "" if obj is None else obj if isinstance(obj, str) else to_string(obj)
        info = self._match_info(text, self._line_number, None)
        if info is None:
            self._tracker.line(text)
        else:
            self._tracker.match(clone_without_display_context(info_in) if info_in is not None else info)
        wrote = list(self._flush())
        yield from wrote
        if wrote and self.Quiet:
            self._done = True

    def _files_record(self, ctx: Ctx, files: list[str]) -> Iterator[Any]:
        """One ProcessRecord over files: -Quiet answers once for all of them."""
        for full in files:
            found = yield from self._file(ctx, full)
            if self.Quiet and found:
                return
        if self.Quiet:
            yield None if self.List else False

    def _resolve(self, ctx: Ctx) -> list[str]:
        literal = self.LiteralPath is not None
        files: list[str] = []
        for path in self.LiteralPath or self.Path or []:
            full = full_path(ctx, path)
            if not literal and has_wildcard(path):
                files.extend(sorted(glob.glob(full)))
            elif not literal and not os.path.exists(full):
                raise CmdletError(ErrorRecord(
                    f"Cannot find path '{full}' because it does not exist.", "PathNotFound",
                    ErrorCategory.ObjectNotFound, "System.Management.Automation.ItemNotFoundException",
                    target_object=full,
                ))  # fmt: skip
            else:
                files.append(full)
        return files

    def _included(self, path: str) -> bool:
        """MeetsIncludeExcludeCriteria: 5.1 matches the wildcards against the full path."""
        if self.Include and not any(wildcard_regex(p).match(path) for p in self.Include):
            return False
        return not (self.Exclude and any(wildcard_regex(p).match(path) for p in self.Exclude))

    def _file(self, ctx: Ctx, full: str) -> Generator[Any, None, bool]:
        """ProcessFile: returns (as the generator's value) whether the file had a match."""
        if not self._included(full):
            return False
        tracker = ContextTracker(self._pre, self._post)
        found = False
        try:
            if os.path.isdir(full):
                raise IsADirectoryError(f"Access to the path '{full}' is denied.")
            with open_text(full, self.Encoding) as stream:
                for number, raw in enumerate(stream, start=1):
                    text = raw.rstrip("\r\n")
                    info = self._match_info(text, number, full, ctx)
                    if info is None:
                        tracker.line(text)
                    else:
                        tracker.match(info)
                    if tracker.emitted:
                        found = True
                        if self.Quiet or self.List:
                            break
                        yield from self._flush(tracker)
            tracker.eof()
        except OSError as exc:
            self._read_error(ctx, full, exc)
            return found
        wrote = list(self._flush(tracker))
        yield from wrote
        return found or bool(wrote)

    def _read_error(self, ctx: Ctx, full: str, exc: OSError) -> None:
        if isinstance(exc, FileNotFoundError):
            reason = f"Could not find file '{full}'."
        elif isinstance(exc, IsADirectoryError | PermissionError):
            reason = f"Access to the path '{full}' is denied."
        else:
            reason = exc.strerror or str(exc)
        ctx.write_error(ctx.error(f"The file {full} cannot be read: {reason}", "ProcessingFile",
                                  ErrorCategory.InvalidArgument, exception_type="System.ArgumentException"))  # fmt: skip

    def _flush(self, tracker: ContextTracker | None = None) -> Iterator[Any]:
        """FlushTrackerQueue: True for -Quiet, the first queued match for -List, else all of them."""
        queued = (tracker or self._tracker).take()
        if not queued:
            return
        if self.Quiet and not self.List:
            yield True
        elif self.List:
            yield queued[0]
        else:
            yield from queued

    # -- matching -------------------------------------------------------------------------------------
    def _match_info(
        self, text: str, number: int, path: str | None, ctx: Ctx | None = None
    ) -> PSObject | None:
        pattern, matches = self._match(text)
        if (pattern is not None) == bool(self.NotMatch):
            return None
        shown = None if path is None or ctx is None else self._display_path(ctx, path)
        line = MatchLine(text, number, path or INPUT_STREAM, shown, pattern if pattern is not None and not self.NotMatch
                         else self.Pattern[0], matches, not self.CaseSensitive)  # fmt: skip
        return make_match_info(line, [] if (self._pre or self._post) else None)

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
            found = list(regex.finditer(text)) if self.AllMatches and not self.NotMatch else [first]
            return pattern, [RegexMatch(m) for m in found]
        return None, []

    def _display_path(self, ctx: Ctx, path: str) -> str:
        base = ctx.cwd.rstrip(os.sep) + os.sep
        return path[len(base) :] if path.startswith(base) else path

    def end(self, ctx: Ctx) -> Iterator[Any]:
        self._tracker.eof()
        if not self._done:
            yield from self._flush()


# [AllowNull][AllowEmptyString]: $null is matched as ""
SelectString.info.extra["allow_null"] = {"InputObject"}
SelectString.info.extra["allow_empty_string"] = {"InputObject"}
