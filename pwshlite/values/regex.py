""".NET regular expressions on Python's re: pattern and replacement translation, Regex/Match values.

Layer: values (imports only pwshlite.objects, pwshlite.errors and the standard library).

Public API:
    compile_dotnet(pattern: str, ignore_case: bool = False, flags: int = 0) -> re.Pattern  (cached)
        raises RegexError(message) with .NET's `parsing "p" - reason` text
    Regex(pattern: str, options: int = 0)       System.Text.RegularExpressions.Regex value
        .match(text, start=0) -> RegexMatch, .matches(text) -> list[RegexMatch], .replace(text, repl),
        .split(text, count=0), .is_match(text)
    RegexMatch / RegexGroup                     Match / Group values (Success Value Index Length Groups)
    GroupCollection                             Match.Groups: a list with ps_index(name_or_number)
    expand_replacement(repl: str, m: re.Match, numbering: GroupNumbering) -> str   .NET $1 ${n} $$ $&
    group_numbering(compiled) -> GroupNumbering   .NET numbers unnamed groups first, named ones after
    matches_table(m: re.Match, compiled) -> PSHashtable   the $Matches hashtable for -match
    escape(text) / unescape(text)               Regex.Escape / Regex.Unescape
    RegexOptions (IgnoreCase=1, Multiline=2, ExplicitCapture=4, Singleline=16, IgnorePatternWhitespace=32)
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from typing import Any

from pwshlite.objects import PSHashtable


class RegexError(Exception):
    """An invalid .NET pattern; `message` is .NET's ArgumentException text."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


IGNORE_CASE, MULTILINE, EXPLICIT_CAPTURE, SINGLELINE, IGNORE_WHITESPACE = 1, 2, 4, 16, 32
RegexOptions = {
    "none": 0,
    "ignorecase": IGNORE_CASE,
    "multiline": MULTILINE,
    "explicitcapture": EXPLICIT_CAPTURE,
    "compiled": 8,
    "singleline": SINGLELINE,
    "ignorepatternwhitespace": IGNORE_WHITESPACE,
    "righttoleft": 64,
    "ecmascript": 256,
    "cultureinvariant": 512,
}

_PROPS = {
    "L": r"^\W\d_",
    "Lu": "A-Z\u00c0-\u00de",
    "Ll": "a-z\u00df-\u00ff",
    "N": r"\d",
    "Nd": r"\d",
    "P": r"!-/:-@\[-`{-~",
    "Zs": r" \u00a0\u3000",
}
_ERRORS = [
    ("missing ), unterminated subpattern", "Not enough )'s."),
    ("unbalanced parenthesis", "Too many )'s."),
    ("unterminated character set", "Unterminated [] set."),
    ("nothing to repeat", "Quantifier {x,y} following nothing."),
    ("multiple repeat", "Nested quantifier."),
    ("bad escape (end of pattern)", "Illegal \\ at end of pattern."),
    ("bad escape", "Unrecognized escape sequence."),
]


def _translate_class(prop: str, negate: bool, in_class: bool) -> str:
    body = _PROPS.get(prop)
    if body is None:
        raise RegexError(f"Unknown property '{prop}'.")
    if body.startswith("^"):  # letters: "not (non-word, digit, underscore)"
        return "[" + ("" if negate else "^") + body[1:] + "]" if not in_class else "a-zA-Z\u00c0-\u024f"
    if in_class:
        return body
    return "[" + ("^" if negate else "") + body + "]"


def translate_pattern(pattern: str) -> str:
    """Rewrite .NET-only syntax for Python: (?<n>) / (?'n') named groups, \\k<n>, \\z, \\Z, \\p{..},
    and inline global options placed mid-pattern (moved to the front)."""
    out: list[str] = []
    leading: list[str] = []
    i, n = 0, len(pattern)
    in_class = False
    while i < n:
        ch = pattern[i]
        if ch == "\\" and i + 1 < n:
            i = _translate_escape(pattern, i, out, in_class)
            continue
        if in_class:
            in_class = ch != "]" or bool(out and out[-1] in ("[", "[^"))
            out.append(ch)
        elif ch == "[":
            in_class = True
            if pattern.startswith("[^", i):
                out.append("[^")
                i += 2
                continue
            out.append(ch)
        elif ch == "(" and pattern.startswith("(?", i):
            i = _translate_group(pattern, i, out, leading)
            continue
        else:
            out.append(ch)
        i += 1
    prefix = f"(?{''.join(sorted(set(leading)))})" if leading else ""
    return prefix + "".join(out)


def _translate_escape(pattern: str, i: int, out: list[str], in_class: bool) -> int:
    nxt = pattern[i + 1]
    if nxt == "k" and i + 2 < len(pattern) and pattern[i + 2] in "<'":
        close = ">" if pattern[i + 2] == "<" else "'"
        end = pattern.find(close, i + 3)
        if end > 0:
            out.append(f"(?P={pattern[i + 3 : end]})")
            return end + 1
    if nxt in "pP" and i + 2 < len(pattern) and pattern[i + 2] == "{":
        end = pattern.find("}", i + 3)
        if end > 0:
            out.append(_translate_class(pattern[i + 3 : end], nxt == "P", in_class))
            return end + 1
    if nxt == "z":
        out.append(r"\Z")
    elif nxt == "Z":
        out.append(r"(?=\n?\Z)")
    else:
        out.append(pattern[i : i + 2])
    return i + 2


def _translate_group(pattern: str, i: int, out: list[str], leading: list[str]) -> int:
    rest = pattern[i + 2 :]
    named = re.match(r"<([A-Za-z_]\w*)>|'([A-Za-z_]\w*)'", rest)
    if named:
        out.append(f"(?P<{named.group(1) or named.group(2)}>")
        return i + 2 + named.end()
    flags = re.match(r"([imsxn]+)\)", rest)
    if flags:
        leading.extend(flags.group(1).replace("n", ""))  # Python needs global flags first
        return i + 2 + flags.end()
    out.append("(?")
    return i + 2


@functools.lru_cache(maxsize=512)
def compile_dotnet(pattern: str, ignore_case: bool = False, flags: int = 0) -> re.Pattern[str]:
    """Compile a .NET pattern (cached). `flags` are RegexOptions bits."""
    py_flags = 0
    if ignore_case or flags & IGNORE_CASE:
        py_flags |= re.IGNORECASE
    if flags & MULTILINE:
        py_flags |= re.MULTILINE
    if flags & SINGLELINE:
        py_flags |= re.DOTALL
    if flags & IGNORE_WHITESPACE:
        py_flags |= re.VERBOSE
    try:
        return re.compile(translate_pattern(pattern), py_flags)
    except (re.error, RegexError) as exc:
        reason = exc.message if isinstance(exc, RegexError) else _reason(str(exc.msg))
        raise RegexError(f'parsing "{pattern}" - {reason}') from None


def _reason(python_message: str) -> str:
    for needle, text in _ERRORS:
        if python_message.startswith(needle):
            return text
    return python_message[:1].upper() + python_message[1:] + "."


@dataclass(frozen=True, slots=True)
class GroupNumbering:
    """.NET group numbers: unnamed groups 1..k in order, then named groups; python index -> .NET key."""

    keys: tuple[int | str, ...]  # index 0 is the whole match (0)
    order: tuple[int, ...]  # python group indexes in .NET order


@functools.lru_cache(maxsize=512)
def group_numbering(compiled: re.Pattern[str]) -> GroupNumbering:
    names = {index: name for name, index in compiled.groupindex.items()}
    unnamed = [g for g in range(1, compiled.groups + 1) if g not in names]
    named = [g for g in range(1, compiled.groups + 1) if g in names]
    keys: list[int | str] = [0] * (compiled.groups + 1)
    for number, g in enumerate(unnamed, start=1):
        keys[g] = number
    for g in named:
        keys[g] = names[g]
    return GroupNumbering(tuple(keys), tuple([0, *unnamed, *named]))


def matches_table(m: re.Match[str], compiled: re.Pattern[str]) -> PSHashtable:
    """$Matches after a successful -match: key 0 the whole match, then each group that took part,
    numbered groups by number and named groups by name (about_Regular_Expressions)."""
    numbering = group_numbering(compiled)
    table = PSHashtable()
    for g in reversed(numbering.order):
        if m.group(g) is not None:
            table[numbering.keys[g]] = m.group(g)
    return table


_REPL_TOKEN = re.compile(r"\$(?:\$|&|`|'|\+|_|\{([^}]*)\}|(\d+))")


def expand_replacement(repl: str, m: re.Match[str], numbering: GroupNumbering | None = None) -> str:
    """Apply a .NET replacement pattern: $1 $12 ${name} ${1} $$ $& $` $' $+ $_ ; unknown groups stay
    literal as in .NET."""
    if "$" not in repl:
        return repl
    compiled = m.re
    numbering = numbering or group_numbering(compiled)
    by_key = {key: g for g, key in enumerate(numbering.keys)}

    def value_of(key: int | str) -> str | None:
        g = by_key.get(key)
        if g is None:
            return None
        return m.group(g) or ""

    def sub(token: re.Match[str]) -> str:
        text = token.group(0)
        if text == "$$":
            return "$"
        if text == "$&":
            return m.group(0)
        if text == "$`":
            return m.string[: m.start()]
        if text == "$'":
            return m.string[m.end() :]
        if text == "$_":
            return m.string
        if text == "$+":
            last = numbering.order[-1] if len(numbering.order) > 1 else 0
            return m.group(last) or ""
        name = token.group(1)
        if name is not None:
            key: int | str = int(name) if name.isdigit() else name
            found = value_of(key)
            return text if found is None else found
        digits = token.group(2)
        for cut in range(len(digits), 0, -1):
            found = value_of(int(digits[:cut]))
            if found is not None:
                return found + digits[cut:]
        return text

    return _REPL_TOKEN.sub(sub, repl)


def escape(text: str) -> str:
    """Regex.Escape: escapes \\ * + ? | { [ ( ) ^ $ . # and white space (not ] or })."""
    out = []
    for ch in text:
        if ch in "\\*+?|{[()^$.#":
            out.append("\\" + ch)
        elif ch == " ":
            out.append("\\ ")
        elif ch in "\t\n\r\f":
            out.append({"\t": "\\t", "\n": "\\n", "\r": "\\r", "\f": "\\f"}[ch])
        else:
            out.append(ch)
    return "".join(out)


def unescape(text: str) -> str:
    """Regex.Unescape: removes escapes and decodes \\t \\n \\r \\f \\uXXXX \\xXX."""
    simple = {"t": "\t", "n": "\n", "r": "\r", "f": "\f", "a": "\a", "e": "\x1b", "v": "\v"}

    def sub(m: re.Match[str]) -> str:
        body = m.group(1)
        if body[0] in "ux" and len(body) > 1:
            return chr(int(body[1:], 16))
        return simple.get(body, body)

    return re.sub(r"\\(u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|.)", sub, text, flags=re.S)


# -- values -------------------------------------------------------------------------------------------------


class RegexGroup:
    """System.Text.RegularExpressions.Group: Success, Value, Index, Length, Name."""

    type_name = "System.Text.RegularExpressions.Group"

    def __init__(self, m: re.Match[str] | None, index: int, name: str) -> None:
        span = m.span(index) if m is not None else (-1, -1)
        self.success = m is not None and span[0] >= 0
        self.value = m.group(index) if self.success and m is not None else ""
        self.index = span[0] if self.success else 0
        self.length = len(self.value)
        self.name = name

    def __str__(self) -> str:
        return self.value


class GroupCollection(list["RegexGroup"]):
    """Match.Groups: a list in .NET group order that also indexes by group name (`Groups["year"]`);
    the runtime's indexer calls ps_index for keys that are not positions."""

    __slots__ = ()
    type_name = "System.Text.RegularExpressions.GroupCollection"

    def ps_index(self, key: Any) -> RegexGroup | None:
        if isinstance(key, int) and not isinstance(key, bool):
            for group in self:
                if group.name == str(key):
                    return group
            return None
        wanted = str(key).casefold()
        return next((g for g in self if g.name.casefold() == wanted), None)


class RegexMatch(RegexGroup):
    """System.Text.RegularExpressions.Match: a group 0 with Groups and NextMatch()."""

    type_name = "System.Text.RegularExpressions.Match"

    def __init__(self, m: re.Match[str] | None, regex: Regex | None = None, text: str = "") -> None:
        super().__init__(m, 0, "0")
        self.match = m
        self.regex = regex
        self.text = text

    @property
    def groups(self) -> GroupCollection:
        """Groups in .NET order (0, unnamed, named); index by number or by name via ps_index/group()."""
        if self.match is None:
            return GroupCollection([RegexGroup(None, 0, "0")])
        numbering = group_numbering(self.match.re)
        return GroupCollection(RegexGroup(self.match, g, str(numbering.keys[g])) for g in numbering.order)

    def group(self, key: int | str) -> RegexGroup | None:
        for grp in self.groups:
            if grp.name.casefold() == str(key).casefold():
                return grp
        return None

    def next_match(self) -> RegexMatch:
        if self.match is None or self.regex is None:
            return RegexMatch(None)
        start = self.match.end() + (1 if self.match.end() == self.match.start() else 0)
        return self.regex.match(self.text, start)


class Regex:
    """System.Text.RegularExpressions.Regex: case-sensitive unless RegexOptions.IgnoreCase."""

    type_name = "System.Text.RegularExpressions.Regex"

    def __init__(self, pattern: str, options: int = 0) -> None:
        self.pattern = pattern
        self.options = options
        self.compiled = compile_dotnet(pattern, False, options)

    def match(self, text: str, start: int = 0) -> RegexMatch:
        found = self.compiled.search(text, start) if start <= len(text) else None
        return RegexMatch(found, self, text)

    def matches(self, text: str) -> list[RegexMatch]:
        return [RegexMatch(m, self, text) for m in self.compiled.finditer(text)]

    def is_match(self, text: str) -> bool:
        return self.compiled.search(text) is not None

    def replace(self, text: str, replacement: str | Any, count: int = 0) -> str:
        if callable(replacement):
            return self.compiled.sub(lambda m: str(replacement(RegexMatch(m, self, text))), text, count)
        numbering = group_numbering(self.compiled)
        return self.compiled.sub(lambda m: expand_replacement(replacement, m, numbering), text, count)

    def split(self, text: str, count: int = 0) -> list[str]:
        return dotnet_split(self.compiled, text, count)

    def __str__(self) -> str:
        return self.pattern


def dotnet_split(compiled: re.Pattern[str], text: str, count: int = 0) -> list[str]:
    """Regex.Split: captured groups are included in the result; count > 0 limits the pieces."""
    if count == 1:
        return [text]
    pieces: list[str] = []
    last = 0
    splits = 0
    for m in compiled.finditer(text):
        if count > 0 and splits >= count - 1:
            break
        pieces.append(text[last : m.start()])
        pieces.extend(g for g in m.groups() if g is not None)
        last = m.end()
        splits += 1
    pieces.append(text[last:])
    return pieces
