"""String operators: -like (wildcards), -match (regex, $Matches), -replace, -split, -join.

Layer: values (imports only pwshlite.objects, pwshlite.errors and the standard library).
Semantics from about_Comparison_Operators, about_Wildcards, about_Split, about_Join and
about_Regular_Expressions; patterns are .NET regular expressions translated by .regex.

Public API:
    wildcard_regex(pattern: str, case_sensitive: bool = False) -> re.Pattern   (cached)
    like(left, pattern, case_sensitive=False, negate=False) -> bool | list
    match(left, pattern, case_sensitive=False, negate=False) -> tuple[bool | list, PSHashtable | None]
        the second item is the new $Matches (None: leave $Matches alone)
    replace(left, right, case_sensitive=False) -> str | list      right: pattern or [pattern, replacement]
    split(left, right, case_sensitive=False) -> list[str]          right: pattern or [pattern, max, options]
    split_unary(value) -> list[str]                                 -split "a b"
    join(left, right) -> str / join_unary(value) -> str
"""

from __future__ import annotations

import functools
import re
from typing import Any

from pwshlite.errors import ErrorCategory
from pwshlite.objects import PSHashtable, PSObject

from . import errs
from .convert import convert_to, to_string
from .enums import to_enum
from .regex import (
    RegexError,
    compile_dotnet,
    dotnet_split,
    escape,
    expand_replacement,
    group_numbering,
    matches_table,
)


def _unwrap(value: Any) -> Any:
    if isinstance(value, PSObject) and value.base is not None:
        return value.base
    return value


# -- wildcards ---------------------------------------------------------------------------------------------


@functools.lru_cache(maxsize=512)
def wildcard_regex(pattern: str, case_sensitive: bool = False) -> re.Pattern[str]:
    """Compile a PowerShell wildcard (* ? [abc] [a-z], backtick escapes) to an anchored regex."""
    out: list[str] = []
    i, n = 0, len(pattern)
    while i < n:
        ch = pattern[i]
        if ch == "`" and i + 1 < n:
            out.append(re.escape(pattern[i + 1]))
            i += 2
            continue
        if ch == "*":
            out.append(".*")
        elif ch == "?":
            out.append(".")
        elif ch == "[":
            end = _class_end(pattern, i)
            if end < 0:
                raise errs.error(
                    f"The specified wildcard character pattern is not valid: {pattern}",
                    "RuntimeException",
                    ErrorCategory.NotSpecified,
                    "System.Management.Automation.WildcardPatternException",
                )
            out.append(_wildcard_class(pattern[i + 1 : end]))
            i = end
        else:
            out.append(re.escape(ch))
        i += 1
    flags = re.DOTALL | (0 if case_sensitive else re.IGNORECASE)
    return re.compile("".join(out) + r"\Z", flags)


def _class_end(pattern: str, start: int) -> int:
    i = start + 1
    while i < len(pattern):
        if pattern[i] == "`":
            i += 2
            continue
        if pattern[i] == "]":
            return i
        i += 1
    return -1


def _wildcard_class(body: str) -> str:
    out = []
    i = 0
    while i < len(body):
        ch = body[i]
        if ch == "`" and i + 1 < len(body):
            out.append(re.escape(body[i + 1]))
            i += 2
            continue
        out.append("-" if ch == "-" and 0 < i < len(body) - 1 else re.escape(ch))
        i += 1
    return "[" + "".join(out) + "]"


def like(left: Any, pattern: Any, case_sensitive: bool = False, negate: bool = False) -> Any:
    """-like / -notlike: whole-string wildcard match; a collection on the left filters."""
    compiled = wildcard_regex(to_string(pattern), case_sensitive)
    left = _unwrap(left)

    def test(value: Any) -> bool:
        return (compiled.match(to_string(value)) is not None) != negate

    if isinstance(left, list):
        # 5.1 LikeOperator adds the element's string form, not the element (ParserOps.LikeOperator)
        return [to_string(item) for item in left if test(item)]
    return test(left)


# -- regular expressions ---------------------------------------------------------------------------------


def regex_argument_error(exc: RegexError) -> errs.PwshError:
    """An invalid pattern in -match/-replace/-split: the .NET ArgumentException surfaces unwrapped
    (`parsing "(" - Not enough )'s.`, CategoryInfo OperationStopped, id System.ArgumentException)."""
    return errs.error(
        exc.message, "System.ArgumentException", ErrorCategory.OperationStopped, "System.ArgumentException"
    )


def _compile(pattern: Any, case_sensitive: bool, options: int = 0) -> re.Pattern[str]:
    try:
        return compile_dotnet(to_string(pattern), not case_sensitive, options)
    except RegexError as exc:
        raise regex_argument_error(exc) from None


def match(
    left: Any, pattern: Any, case_sensitive: bool = False, negate: bool = False
) -> tuple[Any, PSHashtable | None]:
    """-match / -notmatch. A scalar gives (bool, $Matches table or None when nothing matched); a
    collection on the left gives (matching elements, None) and leaves $Matches unchanged."""
    compiled = _compile(pattern, case_sensitive)
    left = _unwrap(left)
    if isinstance(left, list):
        kept = [item for item in left if (compiled.search(to_string(item)) is not None) != negate]
        return kept, None
    found = compiled.search(to_string(left))
    table = matches_table(found, compiled) if found is not None else None
    return (found is not None) != negate, table


def _replace_args(right: Any, case_sensitive: bool) -> tuple[Any, str]:
    right = _unwrap(right)
    if isinstance(right, list):
        if len(right) > 2:
            name = "-replace" if case_sensitive else "-ireplace"  # ParserOps.ReplaceOperator names it so
            raise errs.error(
                f"The {name} operator allows only two elements to follow it, not {len(right)}.",
                "BadReplaceArgument",
                ErrorCategory.InvalidOperation,
            )
        if len(right) == 0:
            return "", ""
        return right[0], to_string(right[1]) if len(right) == 2 else ""
    return right, ""


def replace(left: Any, right: Any, case_sensitive: bool = False) -> Any:
    """-replace: regex replacement with .NET substitutions ($1, ${name}, $$, $&); a collection on the
    left gives each element replaced."""
    pattern, replacement = _replace_args(right, case_sensitive)
    try:
        compiled = compile_dotnet(to_string(pattern), not case_sensitive)
    except RegexError:
        raise errs.error(
            f"The regular expression pattern {to_string(pattern)} is not valid.",
            "InvalidRegularExpression",
            ErrorCategory.InvalidOperation,
            target=pattern,
        ) from None
    numbering = group_numbering(compiled)

    def one(value: Any) -> str:
        return compiled.sub(lambda m: expand_replacement(replacement, m, numbering), to_string(value))

    left = _unwrap(left)
    if isinstance(left, list):
        return [one(item) for item in left]
    return one(left)


_SPLIT_TO_REGEX = {4: 512, 8: 32, 16: 2, 32: 16, 64: 1, 128: 4}  # SplitOptions bit -> RegexOptions bit


def _split_options(value: Any, case_sensitive: bool) -> tuple[bool, int]:
    """SplitOptions (SimpleMatch, RegexMatch, IgnoreCase, ...) as (simple, RegexOptions bits); the
    operator's case-insensitivity adds IgnoreCase (ParserOps.SplitOperatorImpl)."""
    bits = 0
    if value is not None and not (isinstance(value, str) and value == ""):
        bits = to_enum(value, "System.Management.Automation.SplitOptions").value
    if not case_sensitive:
        bits |= 64
    simple = bool(bits & 1)
    if (simple and bits & ~(1 | 64)) or (bits & 48) == 48:
        raise errs.error(
            "The combination of options with the -split operator is not valid.",
            "InvalidSplitOptionCombination",
            ErrorCategory.InvalidOperation,
            "System.Management.Automation.ParseException",
        )
    flags = 0
    for split_bit, regex_bit in _SPLIT_TO_REGEX.items():
        if bits & split_bit:
            flags |= regex_bit
    return simple, flags


def split(left: Any, right: Any, case_sensitive: bool = False) -> list[str]:
    """-split: right is the delimiter pattern or [pattern, max-substrings, options]. Captured groups
    are returned too; max > 0 limits the number of substrings; SimpleMatch treats the delimiter as
    literal text (about_Split)."""
    right = _unwrap(right)
    parts = right if isinstance(right, list) else [right]
    if not parts:
        raise errs.error(
            f"The argument to operator '-split' is not valid: {to_string(right)}.",
            "BadOperatorArgument",
            ErrorCategory.InvalidOperation,
        )
    pattern = to_string(parts[0])
    limit = int(convert_to(parts[1], "int")) if len(parts) > 1 else 0
    simple, flags = _split_options(parts[2] if len(parts) > 2 else None, case_sensitive)
    if simple:
        pattern = escape(pattern)
    try:
        compiled = compile_dotnet(pattern, False, flags)
    except RegexError as exc:
        raise regex_argument_error(exc) from None
    left = _unwrap(left)
    items = left if isinstance(left, list) else [left]
    result: list[str] = []
    for item in items:
        result.extend(dotnet_split(compiled, to_string(item), max(limit, 0)))
    return result


_WHITESPACE = re.compile(r"\s+")


def split_unary(value: Any) -> list[str]:
    """-split "a b": each string trimmed, then split on runs of white space (`-split ""` is one empty
    string, as Regex.Split gives)."""
    value = _unwrap(value)
    items = value if isinstance(value, list) else [value]
    result: list[str] = []
    for item in items:
        result.extend(dotnet_split(_WHITESPACE, to_string(item).strip()))
    return result


def join(left: Any, right: Any) -> str:
    """-join: the elements' string forms joined by the separator."""
    left = _unwrap(left)
    items = left if isinstance(left, list) else [left]
    return to_string(right).join(to_string(item) for item in items)


def join_unary(value: Any) -> str:
    """-join (1,2,3) -> '123'."""
    return join(value, "")
