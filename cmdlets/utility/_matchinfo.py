"""MatchInfo objects of Select-String (Microsoft.PowerShell.Commands.MatchInfo).

A MatchInfo is a PSObject with 5.1's properties whose base carries the ToString() text, so
[string]$m and the default display give `path:line:text` (or the line alone for pipeline input),
with `> ` / `  ` prefixes when context lines are present.

`ContextTracker` is 5.1's -Context bookkeeping: PreContext/PostContext are the N lines around a match
(other matched lines included), DisplayPreContext/DisplayPostContext -- what the string form shows --
leave out lines already shown with a neighbouring match, so adjacent matches print like grep -C.
"""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass
from typing import Any

from pwshlite.objects import OBJECT, PSObject

MATCHINFO = "Microsoft.PowerShell.Commands.MatchInfo"
CONTEXT = "Microsoft.PowerShell.Commands.MatchInfoContext"


@dataclass(slots=True)
class MatchLine:
    line: str
    number: int
    path: str  # full path, or "InputStream"
    shown_path: str | None  # the path as displayed (relative to the current directory); None for input
    pattern: str
    matches: list[Any]
    ignore_case: bool


class MatchInfoText:
    """The base object of a MatchInfo PSObject: only its string form and .NET type name matter."""

    __slots__ = ("text", "line")
    type_name = MATCHINFO

    def __init__(self, text: str, line: MatchLine) -> None:
        self.text = text
        self.line = line

    def __str__(self) -> str:
        return self.text


def _format(prefix: str, line: MatchLine, number: int, text: str) -> str:
    if line.shown_path is None:
        return f"{prefix}{text}"
    return f"{prefix}{line.shown_path}:{number}:{text}"


def _text(line: MatchLine, pre: list[str] | None, post: list[str] | None) -> str:
    if pre is None and post is None:
        return _format("", line, line.number, line.line)
    pre = pre or []
    post = post or []
    rows = [_format("  ", line, line.number - len(pre) + i, t) for i, t in enumerate(pre)]
    rows.append(_format("> ", line, line.number, line.line))
    rows.extend(_format("  ", line, line.number + 1 + i, t) for i, t in enumerate(post))
    return "\n".join(rows)


def make_match_info(line: MatchLine, pre_context: list[str] | None) -> PSObject:
    import os

    context = None
    if pre_context is not None:
        context = PSObject([("PreContext", list(pre_context)), ("PostContext", []),
                            ("DisplayPreContext", list(pre_context)), ("DisplayPostContext", [])],
                           (CONTEXT, OBJECT))  # fmt: skip
    name = line.path if line.path == "InputStream" else os.path.basename(line.path)
    props = [
        ("IgnoreCase", line.ignore_case),
        ("LineNumber", line.number),
        ("Line", line.line),
        ("Filename", name),
        ("Path", line.path),
        ("Pattern", line.pattern),
        ("Context", context),
        ("Matches", list(line.matches)),
    ]
    return PSObject(props, (MATCHINFO, OBJECT), base=MatchInfoText(_text(line, pre_context, None), line))


def set_post_context(info: PSObject, post: list[str]) -> PSObject:
    context = info.get("Context")
    if context is not None and isinstance(info.base, MatchInfoText):
        context.set("PostContext", list(post))
        context.set("DisplayPostContext", list(post))
        _retext(info)
    return info


def empty_context() -> PSObject:
    return PSObject([("PreContext", []), ("PostContext", []), ("DisplayPreContext", []), ("DisplayPostContext", [])],
                    (CONTEXT, OBJECT))  # fmt: skip


def _retext(info: PSObject) -> None:
    """Recompute the string form from the display context (MatchInfo.ToString reads it on each call)."""
    context = info.get("Context")
    if isinstance(info.base, MatchInfoText):
        line = info.base.line
        pre = None if context is None else list(context.get("DisplayPreContext") or [])
        post = None if context is None else list(context.get("DisplayPostContext") or [])
        info.base = MatchInfoText(_text(line, pre, post), line)


def clone_without_display_context(info: PSObject) -> PSObject:
    """A MatchInfo piped back into Select-String: with a Context, a copy whose display context is empty."""
    context = info.get("Context")
    if not isinstance(context, PSObject):
        return info
    copy = info.copy()
    inner = context.copy()
    inner.set("DisplayPreContext", [])
    inner.set("DisplayPostContext", [])
    copy.set("Context", inner)
    _retext(copy)
    return copy


class ContextTracker:
    """Queues matches until their context is known: `line()`/`match()` per input line, `eof()` at the end;
    `emitted` holds the finished MatchInfo objects in order (take them with `take()`)."""

    def __init__(self, pre: int, post: int) -> None:
        self.pre, self.post = pre, post
        self.emitted: list[PSObject] = []
        self._shown_pre: deque[str] = deque(maxlen=pre)
        self._shown_post: list[str] = []
        self._shown_match: PSObject | None = None
        self._collecting_post = False
        self._window: deque[tuple[str, PSObject | None]] = deque(maxlen=pre + post + 1)
        self._window_started = False

    def line(self, text: str) -> None:
        self._display_line(text)
        self._logical((text, None))

    def match(self, info: PSObject) -> None:
        self._display_match(info)
        self._logical((str(info.get("Line")), info))

    def eof(self) -> None:
        if self._collecting_post:
            self._display_done()
        start = self.pre + 1 if len(self._window) == self._window.maxlen else 0
        self._emit_range(start, len(self._window) - 1)

    def take(self) -> list[PSObject]:
        out, self.emitted = self.emitted, []
        return out

    # the display tracker: lines shown once
    def _display_line(self, text: str) -> None:
        if self._collecting_post:
            self._shown_post.append(text)
            if len(self._shown_post) >= self.post:
                self._display_done()
        elif self.pre:
            self._shown_pre.append(text)

    def _display_match(self, info: PSObject) -> None:
        if self._collecting_post:
            self._display_done()
        self._shown_match = info
        if self.post:
            self._collecting_post = True
        else:
            self._display_done()

    def _display_done(self) -> None:
        info = self._shown_match
        context = None if info is None else info.get("Context")
        if isinstance(context, PSObject):
            context.set("DisplayPreContext", list(self._shown_pre))
            context.set("DisplayPostContext", list(self._shown_post))
        self._shown_pre.clear()
        self._shown_post = []
        self._shown_match = None
        self._collecting_post = False

    # the logical tracker: a sliding window of pre + 1 + post entries
    def _logical(self, entry: tuple[str, PSObject | None]) -> None:
        self._window.append(entry)
        if len(self._window) == self._window.maxlen:
            if self._window_started:
                self._emit_range(self.pre, self.pre)
            else:
                self._emit_range(0, self.pre)
                self._window_started = True

    def _emit_range(self, start: int, end: int) -> None:
        window = list(self._window)
        for i in range(start, end + 1):
            info = window[i][1]
            if info is None:
                continue
            first = max(i - self.pre, 0)
            last = i + 1 + min(self.post, len(window) - i - 1)
            context = info.get("Context")
            if isinstance(context, PSObject):
                context.set("PreContext", [text for text, _ in window[first:i]])
                context.set("PostContext", [text for text, _ in window[i + 1 : last]])
                _retext(info)
            self.emitted.append(info)
