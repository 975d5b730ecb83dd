"""MatchInfo objects of Select-String (Microsoft.PowerShell.Commands.MatchInfo).

A MatchInfo is a PSObject with 5.1's properties whose base carries the ToString() text, so
[string]$m and the default display give `path:line:text` (or the line alone for pipeline input),
with `> ` / `  ` prefixes when context lines are present.
"""

from __future__ import annotations

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
        line = info.base.line
        info.base = MatchInfoText(_text(line, context.get("PreContext"), post), line)
    return info
