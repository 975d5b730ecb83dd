"""Error records and parse errors rendered as Windows PowerShell 5.1's NormalView (formatting spec §10).

Format layer: imports errors/objects (and values for a target's string form), never runtime or syntax.
The text is PREFIX + MESSAGE + position lines + TAIL, split at LF and word-wrapped at W (§2.1).
"""

from __future__ import annotations

from typing import Any

from pwshlite.errors import (
    MISSING,
    ErrorCategory,
    ErrorRecord,
    InvocationInfo,
    ParseError,
    ParseFailure,
    Span,
)

WINDOW = 69  # characters of a long source line shown around the error (§10.3)
KEEP_BEFORE = 12
KEEP_AFTER = 8
MAX_PARSE_ERRORS = 10
TOO_MANY_PARSE_ERRORS = "Not all parse errors were reported.  Correct the reported errors and try again."


def wrap_line(line: str, width: int) -> list[str]:
    """GenerateLines (§2.1) for one physical line: greedy word fill, delimiters kept at word ends."""
    if len(line) <= width or width <= 0:
        return [line]
    words: list[str] = []
    start = 0
    for i, ch in enumerate(line):
        if ch in " \t\u00ad":
            words.append(line[start : i + 1])
            start = i + 1
        elif ch in "\u00a0\u2011":
            words.append(line[start:i])
            start = i + 1
    if start < len(line):
        words.append(line[start:])
    lines: list[str] = []
    current = ""
    for word in words:
        if word.endswith("\u00ad"):
            word = word[:-1] + ("-" if len(current) + len(word) == width else "")
        if len(current) + len(word) <= width:
            current += word
        elif len(word) <= width:
            lines.append(current)
            current = word
        else:
            for ch in word:
                if len(current) + 1 > width:
                    lines.append(current)
                    current = ""
                current += ch
    lines.append(current)
    return lines


def wrap_text(text: str, width: int) -> list[str]:
    """Remove CR, split at LF, wrap each physical line (§2.1 step 1)."""
    out: list[str] = []
    for physical in text.replace("\r", "").split("\n"):
        out.extend(wrap_line(physical, width))
    return out


def position_lines(span: Span) -> list[str]:
    """`At line:L char:C` (or `At PATH:L char:C`), then the `+ ` source line and `+ ~~~` marker (§10.3)."""
    line_no, col = span.line, span.column
    where = f"{span.file}:{line_no}" if span.file else f"line:{line_no}"
    lines = [f"At {where} char:{col}"]
    raw = span.source.line_text(line_no)
    if not raw.rstrip():
        return lines
    text = raw.rstrip().replace("\t", "    ")
    start = len(raw[: col - 1].replace("\t", "    "))
    if span.end_line == line_no:
        length = len(raw[col - 1 : span.end_column - 1].replace("\t", "    "))
    else:
        length = len(text) - start
    shown, offset, length = _window(text, start, max(length, 0))
    lines.append("+ " + shown)
    lines.append("+ " + " " * offset + "~" * max(length, 1))
    return lines


def _window(text: str, start: int, length: int) -> tuple[str, int, int]:
    """Cut a long line to the 69-character window around the error: (shown text, marker column, length)."""
    if len(text) <= WINDOW:
        return text, start, length
    before = min(start, KEEP_BEFORE)
    after = min(max(len(text) - (start + length), 0), KEEP_AFTER)
    cut_error = before + length + after >= WINDOW
    if cut_error:
        length = WINDOW - before
        after = 0
    else:
        room = WINDOW - (before + length + after)
        extra_before = min(room, start - before)
        before += extra_before
        after += min(room - extra_before, len(text) - (start + length) - after)
    first = start - before
    last = start + length + after
    shown = text[first:last]
    prefix = "... " if first > 0 else ""
    suffix = " ..." if cut_error or last < len(text) else ""
    return prefix + shown + suffix, before + len(prefix), length


def _shorten(text: str) -> str:
    """TargetName/TargetType/Activity over 40 characters: first 15 + '...' + last 15 (§10.4), the same
    cut as ErrorCategoryInfo's string form (pwshlite.values.errrecord.ellipsize)."""
    from pwshlite.values.errrecord import ellipsize

    return ellipsize(text)


def _target_strings(record: ErrorRecord) -> tuple[str, str]:
    target = record.target_object
    name = record.target_name
    kind = record.target_type
    if target is not None:
        if name is None:
            name = _string_form(target)
        if kind is None:
            kind = _type_short_name(target)
    return name or "", kind or ""


def _string_form(value: Any) -> str:
    try:
        from pwshlite.values.convert import to_string
    except ImportError:  # the value layer is optional for this module's unit tests
        return str(value)
    return to_string(value)


def _type_short_name(value: Any) -> str:
    try:
        from pwshlite.values.convert import type_name_of
    except ImportError:
        return {str: "String", int: "Int32", float: "Double", bool: "Boolean"}.get(type(value), "Object")
    return type_name_of(value).rsplit(".", 1)[-1]


def category_text(record: ErrorRecord) -> str:
    """`Category: (TargetName:TargetType) [Activity], Reason` (§10.4)."""
    if record.category_text is not None:
        return record.category_text
    name, kind = _target_strings(record)
    activity = _shorten(record.activity or "")
    return f"{record.category.name}: ({_shorten(name)}:{_shorten(kind)}) [{activity}], {record.exception_short_name}"


def _tail_line(label: str, value: str, buffer_width: int) -> str:
    """The odd B-6 piece cutting of the CategoryInfo / FullyQualifiedErrorId lines (§10.4)."""
    text = f"+ {label:<22}: {value}"
    size = max(buffer_width - 6, 1)
    return "".join("    " + text[i : i + size] for i in range(0, len(text), size))


def prefix_of(info: InvocationInfo | None, error_id: str) -> str:
    """PREFIX (§10.2) from the record's invocation info."""
    if info is None or error_id == "NativeCommandErrorMessage":
        return ""
    if info.command_kind == "ExternalScript" and info.script_name:
        return f"{info.script_name} : "
    if info.command_kind == "ScriptBlock" and info.script_block_text is not None:
        return f"{info.script_block_text} : "
    if info.command_name:
        if info.invocation_name in (None, "", "&", "."):
            return f"{info.command_name} : "
        return f"{info.invocation_name} : "
    if info.invocation_name:
        return f"{info.invocation_name} : "
    return ""


def _has_position(record: ErrorRecord) -> bool:
    info = record.invocation
    if info is None or info.extent is MISSING or info.extent.source.text == "":
        return False
    return bool(info.command_name) or record.category is not ErrorCategory.ParserError


def error_text(record: ErrorRecord, buffer_width: int = 120) -> str:
    """The unwrapped NormalView text of a record (lines separated by LF, no final terminator)."""
    if record.parse_errors:
        return _parse_error_text(record.parse_errors, buffer_width)
    message = record.details_message or record.message
    parts: list[str] = []
    if record.remote:
        parts.append(message)
    else:
        parts.append(prefix_of(record.invocation, record.error_id) + message)
        if _has_position(record):
            assert record.invocation is not None
            parts.extend(position_lines(record.invocation.extent))
    parts.append(_tail_line("CategoryInfo", category_text(record), buffer_width))
    parts.append(_tail_line("FullyQualifiedErrorId", record.fully_qualified_error_id, buffer_width))
    computer = record.extra.get("PSComputerName")
    if computer:
        parts.append(_tail_line("PSComputerName", str(computer), buffer_width))
    if not record.details_message:
        parts.append(" ")
    return "\n".join(parts)


def _parse_error_text(errors: tuple[ParseError, ...], buffer_width: int) -> str:
    parts: list[str] = []
    for error in errors[:MAX_PARSE_ERRORS]:
        if error.span is not MISSING:
            parts.extend(position_lines(error.span))
        parts.append(error.message)
    if len(errors) > MAX_PARSE_ERRORS:
        parts.append(TOO_MANY_PARSE_ERRORS)
    parts.append(
        _tail_line("CategoryInfo", "ParserError: (:) [], ParentContainsErrorRecordException", buffer_width)
    )
    parts.append(_tail_line("FullyQualifiedErrorId", errors[0].error_id, buffer_width))
    parts.append(" ")
    return "\n".join(parts)


def render_error_record(record: ErrorRecord, width: int = 119, buffer_width: int = 120) -> str:
    """The record as the console shows it: wrapped at `width`, every line LF-terminated."""
    return "".join(line + "\n" for line in wrap_text(error_text(record, buffer_width), width))


def render_parse_failure(failure: ParseFailure, width: int = 119, buffer_width: int = 120) -> str:
    """A script's parse errors as 5.1 reports them (§10.8)."""
    text = _parse_error_text(tuple(failure.errors), buffer_width)
    return "".join(line + "\n" for line in wrap_text(text, width))


def category_view(record: ErrorRecord) -> str:
    """$ErrorView = 'CategoryView' (§10.9): the CategoryInfo text alone."""
    if record.parse_errors:
        return "ParserError: (:) [], ParentContainsErrorRecordException"
    return category_text(record)
