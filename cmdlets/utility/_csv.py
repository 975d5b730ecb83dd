"""CSV text as Windows PowerShell 5.1 writes and reads it (shared by the four *-Csv cmdlets).

Writer: every field in double quotes with inner quotes doubled, a $null/missing value written as
nothing, values in their plain .NET ToString() form (formatting spec Appendix B). Reader: the 5.1
record parser (CsvCommands.cs ImportCsvHelper.ParseNextRecord), lenient like Excel, reading lazily
from any text stream so Import-Csv streams.
"""

from __future__ import annotations

import codecs
import io
from collections.abc import Iterator
from typing import IO, Any

from pwshlite.cmdlet import CmdletError, Context
from pwshlite.errors import ErrorCategory, ErrorRecord
from pwshlite.objects import PSObject

from ._common import dotnet_tostring, get_property, property_names

CSV_TYPE_PREFIX = "CSV:"

# -Encoding names 5.1 accepts (FileSystemCmdletProviderEncoding) -> Python codec.
ENCODINGS = {
    "unicode": "utf-16-le",
    "bigendianunicode": "utf-16-be",
    "utf8": "utf-8",
    "utf7": "utf-7",
    "utf32": "utf-32-le",
    "ascii": "ascii",
    "default": "cp1252",
    "oem": "cp437",
    "string": "utf-16-le",
    "unknown": "utf-16-le",
}
# the CSV and CLIXML cmdlets' -Encoding ValidateSet, in 5.1's order (it shows in the validation error)
ENCODING_NAMES = ("Unicode", "UTF7", "UTF8", "ASCII", "UTF32", "BigEndianUnicode", "Default", "OEM")
_BOMS = {"utf-16-le": codecs.BOM_UTF16_LE, "utf-16-be": codecs.BOM_UTF16_BE, "utf-8": codecs.BOM_UTF8,
         "utf-32-le": codecs.BOM_UTF32_LE}  # fmt: skip


# -- writing ----------------------------------------------------------------------------------------


def quote(text: str | None) -> str:
    """One CSV field: nothing for $null, else the text in quotes with inner quotes doubled."""
    if text is None:
        return ""
    return '"' + text.replace('"', '""') + '"'


def type_line(obj: Any) -> str:
    """The `#TYPE` line for the first object (a `CSV:` prefix from Import-Csv is dropped)."""
    from pwshlite.values.convert import type_names_of

    names = type_names_of(obj)
    if not names:
        return "#TYPE"
    first = names[0]
    if first[:4].casefold() == CSV_TYPE_PREFIX.casefold():
        first = first[4:]
    return f"#TYPE {first}"


def header_line(names: list[str], delimiter: str) -> str:
    return delimiter.join(quote(n) for n in names)


def row_line(obj: Any, names: list[str], delimiter: str) -> str:
    """The values of `names` on obj; properties the object lacks are $null (nothing)."""
    fields = []
    for name in names:
        value = get_property(obj, name)  # 5.1: a property whose getter throws is treated as $null
        fields.append(quote(None if value is None else dotnet_tostring(value)))
    return delimiter.join(fields)


class CsvWriter:
    """Turns objects into CSV lines; the first object fixes the columns (BuildPropertyNames)."""

    def __init__(self, delimiter: str, type_information: bool) -> None:
        self.delimiter = delimiter
        self.type_information = type_information
        self.names: list[str] | None = None

    def lines(self, obj: Any, write_header: bool = True) -> Iterator[str]:
        if self.names is None:
            self.names = property_names(obj)
            if write_header:
                if self.type_information:
                    yield type_line(obj)
                header = header_line(self.names, self.delimiter)
                if header:
                    yield header
        row = row_line(obj, self.names, self.delimiter)
        if row:
            yield row


def resolve_delimiter(delimiter: str | None, use_culture: bool) -> str:
    """-Delimiter, or -UseCulture (en-US list separator ','), default ','."""
    if use_culture or not delimiter:
        return ","
    return str(delimiter)[0]


# -- reading ----------------------------------------------------------------------------------------


class _Chars:
    """A character stream with one character of look-ahead, fed line by line (lazy)."""

    __slots__ = ("_stream", "_buf", "_pos")

    def __init__(self, stream: IO[str]) -> None:
        self._stream = stream
        self._buf = ""
        self._pos = 0

    def _fill(self) -> bool:
        if self._pos < len(self._buf):
            return True
        self._buf = self._stream.readline()
        self._pos = 0
        return bool(self._buf)

    @property
    def eof(self) -> bool:
        return not self._fill()

    def read(self) -> str:
        self._fill()
        ch = self._buf[self._pos]
        self._pos += 1
        return ch

    def peek(self) -> str:
        return self._buf[self._pos] if self._fill() else ""

    def read_line(self) -> str:
        """The rest of the current line without its terminator."""
        if not self._fill():
            return ""
        rest = self._buf[self._pos :]
        self._pos = len(self._buf)
        return rest.rstrip("\r\n")


class CsvReader:
    """5.1's lenient record parser over a text stream."""

    def __init__(self, stream: IO[str], delimiter: str) -> None:
        self._c = _Chars(stream)
        self.delimiter = delimiter

    def read_type_information(self) -> str | None:
        """A first line starting with '#' is consumed; `#TYPE x` gives the type name x."""
        if self._c.peek() != "#":
            return None
        line = self._c.read_line()
        if line[:5].casefold() == "#type":
            return line[5:].strip() or None
        return None

    def _newline(self, ch: str) -> str:
        if ch == "\r":
            if self._c.peek() == "\n":
                self._c.read()
                return "\r\n"
            return "\r"
        return "\n" if ch == "\n" else ""

    def _till_delimiter(self, eat_trailing_blanks: bool) -> tuple[str, bool]:
        """Read to the next delimiter or line end -> (text, end of record)."""
        temp: list[str] = []
        non_white = False
        end = False
        c = self._c
        while True:
            if c.eof:
                end = True
                break
            ch = c.read()
            if ch == self.delimiter:
                break
            if self._newline(ch):
                end = True
                break
            temp.append(ch)
            if ch not in " \t":
                non_white = True
        text = "".join(temp)
        if eat_trailing_blanks and not non_white:
            text = text.strip()
        return text, end

    def _simple_line(self) -> list[str] | None:
        """Fast path for a whole line the lenient parser would split plainly: no quotes or blanks at
        all, or every field quoted without inner quotes (what Export-Csv writes)."""
        c = self._c
        if c.eof or c._pos != 0:
            return None
        line = c._buf
        body = line.rstrip("\r\n")
        if len(body) == len(line):  # last line without a terminator: leave it to the full parser
            return None
        delimiter = self.delimiter
        if '"' not in body and " " not in body and "\t" not in body and delimiter != '"':
            fields = body.split(delimiter)
        elif len(body) >= 2 and body[0] == '"' and body[-1] == '"':
            fields = body[1:-1].split('"' + delimiter + '"')
            if any('"' in f for f in fields):
                return None
        else:
            return None
        c._pos = len(line)
        return fields

    def next_record(self) -> list[str]:
        """The fields of the next record; [] at the end of the input."""
        simple = self._simple_line()
        if simple is not None:
            return simple
        result: list[str] = []
        cur: list[str] = []
        in_quotes = False
        c = self._c
        delimiter = self.delimiter
        while not c.eof:
            ch = c.read()
            if ch == delimiter:
                if in_quotes:
                    cur.append(ch)
                else:
                    result.append("".join(cur))
                    cur = []
            elif ch == '"':
                if in_quotes:
                    if c.peek() == '"':
                        c.read()
                        cur.append('"')
                        continue
                    in_quotes = False
                    rest, end = self._till_delimiter(True)
                elif not cur:
                    in_quotes = True
                    continue
                else:
                    cur.append(ch)
                    rest, end = self._till_delimiter(False)
                result.append("".join(cur) + rest)
                cur = []
                if end:
                    break
            elif ch in " \t":
                if in_quotes:
                    cur.append(ch)
                elif cur:
                    cur.append(ch)
                    rest, end = self._till_delimiter(True)
                    result.append("".join(cur) + rest)
                    cur = []
                    if end:
                        break
            elif ch in "\r\n":
                newline = self._newline(ch)
                if in_quotes:
                    cur.append(newline)
                else:
                    result.append("".join(cur))
                    cur = []
                    break
            else:
                cur.append(ch)
        if cur:
            result.append("".join(cur))
        return result


def duplicate_header_error(name: str) -> CmdletError:
    record = ErrorRecord(
        f'The member "{name}" is already present.',
        "AlreadyPresentPSMemberInfoInternalCollectionAdd",
        ErrorCategory.NotSpecified,
        "System.Management.Automation.ExtendedTypeSystemException",
    )
    return CmdletError(record)


def validate_header(names: list[str]) -> None:
    seen: set[str] = set()
    for name in names:
        if name:
            key = name.casefold()
            if key in seen:
                raise duplicate_header_error(name)
            seen.add(key)


UNSPECIFIED_WARNING = (
    'One or more headers were not specified. Default names starting with "H" have been used in place of '
    "any missing headers."
)


class CsvImporter:
    """Header handling and object building (ImportCsvHelper.ReadHeader/Import/BuildMshobject)."""

    def __init__(self, ctx: Context, delimiter: str, header: list[str] | None, type_name: str | None = None):
        self.ctx = ctx
        self.delimiter = delimiter
        self.header = header
        self.type_name = type_name
        self.warned = False

    def read_header(self, reader: CsvReader) -> None:
        if self.type_name is None:
            self.type_name = reader.read_type_information()
        while self.header is None:
            values = reader.next_record()
            if not values:
                break
            while len(values) > 1 and values[-1] == "":
                values.pop()
            self.header = values
        if self.header:
            validate_header(self.header)

    def objects(self, stream: IO[str]) -> Iterator[PSObject]:
        reader = CsvReader(stream, self.delimiter)
        self.read_header(reader)
        while True:
            values = reader.next_record()
            if not values:
                return
            if len(values) == 1 and not values[0]:
                continue
            yield self.build(values)

    def build(self, values: list[str]) -> PSObject:
        props: list[tuple[str, Any]] = []
        unspecified = 1
        for i, name in enumerate(self.header or []):
            if not name and self.delimiter == '"':
                continue
            if not name:
                name = f"H{unspecified}"
                unspecified += 1
            props.append((name, values[i] if i < len(values) else None))
        if unspecified != 1 and not self.warned:
            self.ctx.write_warning(UNSPECIFIED_WARNING)
            self.warned = True
        if self.type_name:
            return PSObject(props, (self.type_name, CSV_TYPE_PREFIX + self.type_name))
        return PSObject(props)


def open_text(path: str, encoding: str | None) -> IO[str]:
    """Open a file for reading, honouring a BOM (UTF-8, UTF-16 LE/BE, UTF-32) before -Encoding."""
    raw = open(path, "rb")  # noqa: SIM115 (the caller closes the wrapper)
    head = raw.read(4)
    raw.seek(0)
    codec = ENCODINGS.get((encoding or "utf8").casefold(), "utf-8")
    if head.startswith(codecs.BOM_UTF8):
        codec = "utf-8-sig"
    elif head.startswith(codecs.BOM_UTF32_LE):
        codec = "utf-32"
    elif head.startswith(codecs.BOM_UTF16_LE) or head.startswith(codecs.BOM_UTF16_BE):
        codec = "utf-16"
    elif codec == "utf-8":
        codec = "utf-8-sig"
    return io.TextIOWrapper(raw, encoding=codec, errors="replace", newline="")


def bom_for(codec: str) -> bytes:
    return _BOMS.get(codec, b"")
