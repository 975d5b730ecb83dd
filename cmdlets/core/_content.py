"""Text encodings and line handling for the content cmdlets, as Windows PowerShell 5.1 does them.

Private helper. 5.1's FileSystemCmdletProviderEncoding names map to Python codecs below. Writing:
`Default` is the ANSI code page (Windows-1252 on en-US, what Set-Content writes when -Encoding is not
given); `UTF8`, `Unicode`, `BigEndianUnicode` and `UTF32` write a byte-order mark; `ASCII` and the ANSI
code pages replace unmappable characters with '?'. Lines end with CRLF ([Environment]::NewLine on
Windows). Reading: a byte-order mark decides the encoding; without one 5.1 reads ANSI - pwshlite first
tries strict UTF-8 (so UTF-8 files written by other tools read correctly) and falls back to Windows-1252.
"""

from __future__ import annotations

import codecs

from ._common import DotNetEnum

NEWLINE = "\r\n"

# name -> (codec, byte-order mark written)
ENCODINGS: dict[str, tuple[str, bytes]] = {
    "default": ("cp1252", b""),
    "oem": ("cp437", b""),
    "ascii": ("ascii", b""),
    "utf8": ("utf-8", codecs.BOM_UTF8),
    "utf8nobom": ("utf-8", b""),
    "utf7": ("utf-7", b""),
    "utf32": ("utf-32-le", codecs.BOM_UTF32_LE),
    "unicode": ("utf-16-le", codecs.BOM_UTF16_LE),
    "string": ("utf-16-le", codecs.BOM_UTF16_LE),
    "unknown": ("utf-16-le", codecs.BOM_UTF16_LE),
    "bigendianunicode": ("utf-16-be", codecs.BOM_UTF16_BE),
    "byte": ("latin-1", b""),
}

ENCODING_NAMES = (
    "Unknown",
    "String",
    "Unicode",
    "Byte",
    "BigEndianUnicode",
    "UTF8",
    "UTF7",
    "UTF32",
    "Ascii",
    "Default",
    "Oem",
    "BigEndianUTF32",
)

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le", "utf32"),
    (codecs.BOM_UTF8, "utf-8", "utf8"),
    (codecs.BOM_UTF16_LE, "utf-16-le", "unicode"),
    (codecs.BOM_UTF16_BE, "utf-16-be", "bigendianunicode"),
    (b"\x00\x00\xfe\xff", "utf-32-be", "bigendianutf32"),
)
ENCODINGS["bigendianutf32"] = ("utf-32-be", b"\x00\x00\xfe\xff")


def known(name: str) -> bool:
    return name.casefold() in ENCODINGS


def encode_text(text: str, encoding: str, bom: bool = True) -> bytes:
    """`text` in the named encoding, with its byte-order mark when `bom`."""
    codec, mark = ENCODINGS[encoding.casefold()]
    return (mark if bom else b"") + text.encode(codec, errors="replace")


def detect(data: bytes) -> str | None:
    """The encoding name a byte-order mark announces, or None."""
    for mark, _codec, name in _BOMS:
        if data.startswith(mark):
            return name
    return None


def decode(data: bytes, encoding: str | None) -> str:
    """Bytes of a file as text: a BOM wins, then the requested encoding, then UTF-8 or ANSI."""
    for mark, codec, _name in _BOMS:
        if data.startswith(mark):
            return data[len(mark) :].decode(codec, errors="replace")
    if encoding is not None and encoding.casefold() not in ("default", "unknown", "string"):
        codec = ENCODINGS[encoding.casefold()][0]
        return data.decode(codec, errors="replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def split_lines(text: str) -> list[str]:
    """Lines as StreamReader.ReadLine returns them: CRLF, LF or CR end a line; no empty last line."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    return lines


def split_delimited(text: str, delimiter: str) -> list[str]:
    """Get-Content -Delimiter: chunks that keep their delimiter at the end (5.1)."""
    if not delimiter:
        return [text] if text else []
    chunks: list[str] = []
    start = 0
    while True:
        index = text.find(delimiter, start)
        if index < 0:
            if start < len(text):
                chunks.append(text[start:])
            return chunks
        chunks.append(text[start : index + len(delimiter)])
        start = index + len(delimiter)


class ProviderEncoding(DotNetEnum):
    """-Encoding of the content cmdlets (FileSystemCmdletProviderEncoding)."""

    dotnet_name = "Microsoft.PowerShell.Commands.FileSystemCmdletProviderEncoding"
    names = ENCODING_NAMES
