"""Static members for text and conversion: [System.Text.Encoding] (and Encoding objects) and [Convert].

Layer: values (imports only pwshlite.objects, pwshlite.errors and the standard library).
Registered into pwshlite.values.statics.STATIC_TABLES when statics is imported.

Public API:
    TextEncoding(name)        an Encoding object: GetBytes GetString GetByteCount GetPreamble, WebName...
    bytes_array(data: bytes) -> TypedArray       a System.Byte[] value
"""

from __future__ import annotations

import base64
from typing import Any

from .convert import convert_to, to_bool, to_string
from .mcore import DotNetError, as_list, to_int_arg, to_str_arg
from .statics import _table
from .typenames import resolve_type
from .types import TypedArray

# -- Encoding -----------------------------------------------------------------------------------------------

_ENCODINGS = {
    "utf-8": ("utf-8", "Unicode (UTF-8)", 65001, b"\xef\xbb\xbf"),
    "utf8": ("utf-8", "Unicode (UTF-8)", 65001, b"\xef\xbb\xbf"),
    "us-ascii": ("ascii", "US-ASCII", 20127, b""),
    "ascii": ("ascii", "US-ASCII", 20127, b""),
    "utf-16": ("utf-16-le", "Unicode", 1200, b"\xff\xfe"),
    "unicode": ("utf-16-le", "Unicode", 1200, b"\xff\xfe"),
    "utf-16be": ("utf-16-be", "Unicode (Big-Endian)", 1201, b"\xfe\xff"),
    "bigendianunicode": ("utf-16-be", "Unicode (Big-Endian)", 1201, b"\xfe\xff"),
    "utf-32": ("utf-32-le", "Unicode (UTF-32)", 12000, b"\xff\xfe\x00\x00"),
    "utf32": ("utf-32-le", "Unicode (UTF-32)", 12000, b"\xff\xfe\x00\x00"),
    "windows-1252": ("cp1252", "Western European (Windows)", 1252, b""),
    "default": ("cp1252", "Western European (Windows)", 1252, b""),
    "iso-8859-1": ("latin-1", "Western European (ISO)", 28591, b""),
}
_WEB_NAMES = {
    "utf-8": "utf-8",
    "ascii": "us-ascii",
    "utf-16-le": "utf-16",
    "utf-16-be": "utf-16BE",
    "utf-32-le": "utf-32",
    "cp1252": "Windows-1252",
    "latin-1": "iso-8859-1",
}


class TextEncoding:
    """System.Text.Encoding (UTF8, ASCII, Unicode, BigEndianUnicode, UTF32, Default, GetEncoding)."""

    type_name = "System.Text.UTF8Encoding"

    def __init__(self, name: str) -> None:
        key = name.strip().casefold()
        if key.isdigit():
            key = next((k for k, v in _ENCODINGS.items() if v[2] == int(key)), key)
        if key not in _ENCODINGS:
            raise DotNetError(
                "ArgumentException",
                f"'{name}' is not a supported encoding name. For information on defining a custom encoding, see the documentation for the Encoding.RegisterProvider method.\nParameter name: name",
            )
        self.codec, self.display, self.code_page, self._preamble = _ENCODINGS[key]

    def encode(self, text: str) -> bytes:
        return text.encode(self.codec, errors="replace")

    def preamble(self) -> bytes:
        return self._preamble

    def ps_property_names(self) -> list[str]:
        return ["BodyName", "EncodingName", "HeaderName", "WebName", "CodePage"]

    def ps_get(self, name: str) -> tuple[bool, Any]:
        web = _WEB_NAMES.get(self.codec, self.codec)
        values = {
            "bodyname": web,
            "headername": web,
            "webname": web,
            "encodingname": self.display,
            "codepage": self.code_page,
        }
        key = name.casefold()
        return (True, values[key]) if key in values else (False, None)

    def ps_call(self, name: str, args: list[Any]) -> tuple[bool, Any]:
        key = name.casefold()
        if key == "getbytes" and len(args) == 1:
            text = (
                "".join(to_string(c) for c in args[0]) if isinstance(args[0], list) else to_str_arg(args[0])
            )
            return True, bytes_array(self.encode(text))
        if key == "getstring" and len(args) in (1, 3):
            data = bytes(int(b) & 0xFF for b in as_list(args[0]))
            if len(args) == 3:
                start = to_int_arg(args[1])
                data = data[start : start + to_int_arg(args[2])]
            return True, data.decode(self.codec, errors="replace")
        if key == "getbytecount" and len(args) == 1:
            return True, len(self.encode(to_str_arg(args[0])))
        if key == "getpreamble" and not args:
            return True, bytes_array(self._preamble)
        return False, None

    def __str__(self) -> str:
        return self.type_name


def bytes_array(data: bytes) -> TypedArray:
    """A System.Byte[] value."""
    return TypedArray(list(data), resolve_type("byte"))


_ENCODING = _table(
    "System.Text.Encoding",
    {
        "UTF8": lambda: TextEncoding("utf-8"),
        "ASCII": lambda: TextEncoding("ascii"),
        "Unicode": lambda: TextEncoding("unicode"),
        "BigEndianUnicode": lambda: TextEncoding("bigendianunicode"),
        "UTF32": lambda: TextEncoding("utf-32"),
        "Default": lambda: TextEncoding("default"),
    },
)
_ENCODING.add("GetEncoding", (1,), lambda _, a: TextEncoding(to_string(a[0])))


# -- Convert ------------------------------------------------------------------------------------------------


def _to_integer(full: str) -> Any:
    def call(_: Any, args: list[Any]) -> int:
        value = args[0]
        if len(args) == 2:
            base = to_int_arg(args[1])
            if base not in (2, 8, 10, 16):
                raise DotNetError("ArgumentException", "Invalid Base.")
            text = (
                to_string(value).strip().lower().removeprefix("0x")
                if base == 16
                else to_string(value).strip()
            )
            try:
                return int(text, base)
            except ValueError:
                raise DotNetError("FormatException", "Could not find any recognizable digits.") from None
        if value is None:
            return 0
        if isinstance(value, str):
            text = value.strip()
            if not text.lstrip("+-").isdigit():
                raise DotNetError("FormatException", "Input string was not in a correct format.")
        return int(convert_to(value, full))

    return call


def _convert_to_string(_: Any, args: list[Any]) -> str:
    if len(args) == 2 and isinstance(args[0], int):
        base = to_int_arg(args[1])
        value = args[0] if args[0] >= 0 else args[0] + (1 << 32 if args[0] >= -(2**31) else 1 << 64)
        return {2: format(value, "b"), 8: format(value, "o"), 10: str(args[0]), 16: format(value, "x")}[base]
    return to_string(args[0])


def _from_base64(_: Any, args: list[Any]) -> TypedArray:
    try:
        return bytes_array(base64.b64decode(to_str_arg(args[0]), validate=True))
    except ValueError:
        raise DotNetError(
            "FormatException",
            "The input is not a valid Base-64 string as it contains a non-base 64 character, more than two padding characters, or an illegal character among the padding characters. ",
        ) from None


def _to_boolean(_: Any, args: list[Any]) -> bool:
    value = args[0]
    if isinstance(value, str):
        text = value.strip().casefold()
        if text not in ("true", "false"):
            raise DotNetError("FormatException", "String was not recognized as a valid Boolean.")
        return text == "true"
    return to_bool(value)


_CONVERT = _table("System.Convert")
for _name, _full in (
    ("ToInt32", "int"),
    ("ToInt64", "long"),
    ("ToInt16", "System.Int16"),
    ("ToByte", "byte"),
    ("ToUInt32", "System.UInt32"),
):
    _CONVERT.add(_name, (1, 2), _to_integer(_full))
_CONVERT.add("ToDouble", (1, 2), lambda _, a: convert_to(a[0], "double"))
_CONVERT.add("ToSingle", (1, 2), lambda _, a: convert_to(a[0], "double"))
_CONVERT.add("ToDecimal", (1, 2), lambda _, a: convert_to(a[0], "decimal"))
_CONVERT.add("ToString", (1, 2), _convert_to_string)
_CONVERT.add("ToBoolean", (1, 2), _to_boolean)
_CONVERT.add("ToChar", (1, 2), lambda _, a: convert_to(a[0], "char"))
_CONVERT.add("ToDateTime", (1, 2), lambda _, a: convert_to(a[0], "datetime"))
_CONVERT.add(
    "ToBase64String",
    (1, 3),
    lambda _, a: base64.b64encode(bytes(int(b) & 0xFF for b in as_list(a[0]))).decode("ascii"),
)
_CONVERT.add("FromBase64String", (1,), _from_base64)
_CONVERT.add("IsDBNull", (1,), lambda _, a: False)
_CONVERT.add(
    "ChangeType", (2,), lambda _, a: convert_to(a[0], a[1] if not isinstance(a[1], str) else to_string(a[1]))
)
