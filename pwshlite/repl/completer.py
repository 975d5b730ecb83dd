"""Tab completion: command names (with wildcards), parameters, parameter values, variables and members.

Host layer. Backed by the command registry's metadata through a small `Introspection` protocol that
the session provides, so the completer never reaches into the runtime's internals.
"""

from __future__ import annotations

import fnmatch
import os
import re
from collections.abc import Iterable, Iterator
from typing import Any, Protocol

from prompt_toolkit.completion import CompleteEvent, Completer, Completion
from prompt_toolkit.document import Document

from pwshlite.cmdlet import ALL_SETS, CmdletInfo

COMMON_PARAMETERS = (
    "Verbose", "Debug", "ErrorAction", "WarningAction", "InformationAction", "ErrorVariable",
    "WarningVariable", "InformationVariable", "OutVariable", "OutBuffer", "PipelineVariable",
)  # fmt: skip
SHOULD_PROCESS_PARAMETERS = ("WhatIf", "Confirm")
IDENTITY_PARAMETERS = {"identity", "ummailboxpolicy", "umdialplan", "mailboxpolicy"}
PATH_PARAMETERS = {"path", "literalpath", "filepath", "outfile", "outputfile"}
ENUM_VALUES = {"erroraction": ("Continue", "Ignore", "Inquire", "SilentlyContinue", "Stop", "Suspend")}

_SEGMENT_BREAK = re.compile(r"[|;{}()\n]")
_WORD = re.compile(r"""(?:'[^']*'?|"[^"]*"?|[^\s'"]+)""")


class Introspection(Protocol):
    """What the completer needs to know about the running session."""

    def command_names(self) -> Iterable[str]: ...
    def command_info(self, name: str) -> CmdletInfo | None: ...
    def variable_names(self) -> Iterable[str]: ...
    def variable_value(self, name: str) -> Any: ...
    def identity_candidates(self, parameter: str, prefix: str) -> Iterable[str]: ...
    def member_names(self, value: Any) -> Iterable[str]: ...


def _current_segment(text: str) -> str:
    """The text of the pipeline element being typed (after the last `|`, `;`, bracket or newline)."""
    parts = _SEGMENT_BREAK.split(text)
    return parts[-1] if parts else text


def _matches(candidates: Iterable[str], word: str) -> list[str]:
    """Case-insensitive prefix match, or wildcard match when the word has `*`/`?`."""
    if any(ch in word for ch in "*?"):
        pattern = word.casefold()
        return sorted(c for c in candidates if fnmatch.fnmatchcase(c.casefold(), pattern))
    low = word.casefold()
    return sorted(c for c in candidates if c.casefold().startswith(low))


def _quote(value: str) -> str:
    return f"'{value}'" if re.search(r"[\s,;|&(){}]", value) else value


class PwshCompleter(Completer):
    """prompt_toolkit completer over an Introspection (the Session adapts itself to it)."""

    def __init__(self, session: Any) -> None:
        self.session = session

    @property
    def _intro(self) -> Introspection | None:
        intro = getattr(self.session, "introspection", None)
        if callable(intro):
            result: Introspection = intro()
            return result
        from pwshlite.repl.introspect import SessionIntrospection

        return SessionIntrospection(self.session)

    def get_completions(self, document: Document, complete_event: CompleteEvent) -> Iterator[Completion]:
        intro = self._intro
        if intro is None:
            return
        segment = _current_segment(document.text_before_cursor)
        words = _WORD.findall(segment)
        current = "" if not segment or segment[-1].isspace() else (words[-1] if words else "")
        previous = words[:-1] if current else words
        for text in self._candidates(intro, current, previous):
            yield Completion(text, start_position=-len(current))

    def _candidates(self, intro: Introspection, current: str, previous: list[str]) -> list[str]:
        if not previous:
            return (
                self._variables(intro, current)
                if current.startswith("$")
                else _matches(intro.command_names(), current)
            )
        info = intro.command_info(previous[0])
        if current.startswith("-"):
            return ["-" + p for p in _matches(self._parameters(info, previous), current[1:])]
        if info is not None and previous[-1].startswith("-"):
            values = self._values(intro, info, previous[-1][1:], current)
            if values or not current.startswith("$"):
                return values
        if current.startswith("$"):
            return self._variables(intro, current)
        return self._paths(current)

    def _variables(self, intro: Introspection, current: str) -> list[str]:
        if "." in current:
            name, _, member = current[1:].rpartition(".")
            value = intro.variable_value(name)
            if value is None:
                return []
            return [f"${name}.{m}" for m in _matches(intro.member_names(value), member)]
        return ["$" + v for v in _matches(intro.variable_names(), current[1:])]

    def _parameters(self, info: CmdletInfo | None, previous: list[str]) -> list[str]:
        if info is None:
            return []
        given = {w[1:].split(":", 1)[0].casefold() for w in previous[1:] if w.startswith("-")}
        sets = _possible_sets(info, given)
        names = [
            p.name
            for p in info.parameters.values()
            if not p.dont_show and (ALL_SETS in p.sets or sets is None or sets & set(p.sets))
        ]
        names += list(COMMON_PARAMETERS)
        if info.supports_should_process:
            names += list(SHOULD_PROCESS_PARAMETERS)
        return [n for n in names if n.casefold() not in given]

    def _values(self, intro: Introspection, info: CmdletInfo, typed: str, current: str) -> list[str]:
        param = info.parameter(typed) or _unique_prefix(info, typed)
        low = typed.casefold()
        if param is None:
            return _matches(ENUM_VALUES.get(low, ()), current)
        for rule in param.validate:
            if rule.kind == "Set":
                return _matches([str(v) for v in rule.args], current)
        if param.annotation is bool:
            return _matches(["$true", "$false"], current)
        enum_names = getattr(param.annotation, "names", None)
        if isinstance(enum_names, (list, tuple)):
            return _matches([str(n) for n in enum_names], current)
        if param.name.casefold() in IDENTITY_PARAMETERS:
            return sorted(_quote(c) for c in intro.identity_candidates(param.name, current.strip("'\"")))
        if param.name.casefold() in PATH_PARAMETERS:
            return self._paths(current)
        return []

    @staticmethod
    def _paths(current: str) -> list[str]:
        directory, _, stem = current.rpartition("/") if "/" in current else ("", "", current)
        base = directory or "."
        try:
            entries = os.listdir(base)
        except OSError:
            return []
        out = []
        for entry in _matches(entries, stem):
            full = f"{directory}/{entry}" if directory else entry
            out.append(full + ("/" if os.path.isdir(os.path.join(base, entry)) else ""))
        return out


def _possible_sets(info: CmdletInfo, given: set[str]) -> set[str] | None:
    """The parameter sets still possible once `given` (typed names or prefixes) are bound; None: any."""
    sets: set[str] | None = None
    for typed in given:
        param = info.parameter(typed) or _unique_prefix(info, typed)
        if param is None or ALL_SETS in param.sets:
            continue
        sets = set(param.sets) if sets is None else sets & set(param.sets)
    return sets


def _unique_prefix(info: CmdletInfo, typed: str) -> Any:
    low = typed.casefold()
    found = [p for p in info.parameters.values() if p.name.casefold().startswith(low)]
    return found[0] if len(found) == 1 else None
