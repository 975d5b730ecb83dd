"""The shared body of Set-Content and Add-Content: collect -Value objects, then write them per path.

Private helper; see _content for the encodings and line endings (5.1: ANSI and CRLF by default).
"""

from __future__ import annotations

import os
from typing import Any

from pwshlite.cmdlet import Context
from pwshlite.errors import ErrorCategory, PwshError

from . import _content, _fs
from ._common import as_list, make_error, to_string


def render(values: list[Any], no_newline: bool) -> str:
    texts = [to_string(v) for v in values]
    return "".join(texts) if no_newline else "".join(t + _content.NEWLINE for t in texts)


def target_paths(ctx: Context, paths: list[str], literal: bool) -> list[str]:
    """Existing files a wildcard names, else the path itself (created when written)."""
    out: list[str] = []
    for path in paths:
        if not literal and _fs.has_wildcard(path):
            found = _fs.expand(ctx, path)
            if not found:
                ctx.write_error(_fs.not_found(ctx, path))
            out.extend(found)
        else:
            out.append(_fs.full_path(ctx, path))
    return out


def write(
    ctx: Context, full: str, values: list[Any], encoding: str | None, append: bool, no_newline: bool
) -> bool:
    """Write (or append) the values to one file; reports errors itself and returns success."""
    verb = "Add Content" if append else "Set Content"
    if not ctx.should_process(f"Path: {full}", verb):
        return False
    if os.path.isdir(full):
        ctx.write_error(
            make_error(ctx, f"Access to the path '{full}' is denied.", "GetContentWriterUnauthorizedAccessError",
                       ErrorCategory.PermissionDenied, full, "System.UnauthorizedAccessException")
        )  # fmt: skip
        return False
    existing = _existing_prefix(full) if append else b""
    if encoding is None:
        encoding = (_content.detect(existing) if existing else None) or "Default"
    if encoding.casefold() == "byte":
        try:
            data = to_bytes(values)
        except PwshError as exc:
            ctx.write_error(make_error(ctx, exc.record.message, exc.record.error_id, ErrorCategory.InvalidArgument,
                                       None, exc.record.exception_type))  # fmt: skip
            return False
    else:
        data = _content.encode_text(render(values, no_newline), encoding, bom=not existing)
    try:
        with open(full, "ab" if append else "wb") as handle:
            handle.write(data)
    except OSError as exc:
        error_id = (
            "GetContentWriterDirectoryNotFoundError"
            if isinstance(exc, FileNotFoundError)
            else "GetContentWriterIOError"
        )
        ctx.write_error(_fs.io_error(ctx, exc, error_id, full))
        return False
    return True


def to_bytes(values: list[Any]) -> bytes:
    """-Encoding Byte: each value converted to System.Byte as PowerShell converts it."""
    out = bytearray()
    for value in as_list(values):
        if isinstance(value, int) and not isinstance(value, bool) and 0 <= value <= 255:
            out.append(value)
            continue
        try:
            from pwshlite.values.convert import convert_to
        except ImportError:
            out.append(int(value) & 0xFF)
            continue
        out.append(int(convert_to(value, "System.Byte")))
    return bytes(out)


def _existing_prefix(full: str) -> bytes:
    try:
        with open(full, "rb") as handle:
            return handle.read(4)
    except OSError:
        return b""
