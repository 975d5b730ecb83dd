"""CLIXML (PowerShell serialization schema 1.1.0.1) for Export-Clixml / Import-Clixml.

Writes the elements PowerShell's serializer uses for the values pwshlite has (S, C, B, I32, I64, Db,
D, DT, TS, G, Nil, SS, SBK, enums, LST, DCT, MS property bags, TN/TNRef type-name tables, Ref for a
repeated object) and reads them back; deserialized property bags get `Deserialized.` type names as
in PowerShell. A SecureString is stored encrypted (AES-GCM with a per-user key file standing in for
Windows DPAPI), so it round-trips only for the same user, as in 5.1.
"""

from __future__ import annotations

import os
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from datetime import datetime, timedelta
from decimal import Decimal
from typing import IO, Any
from xml.sax.saxutils import escape, quoteattr

from pwshlite.objects import Char, EnumValue, PSHashtable, PSObject, ScriptBlockValue, SecureString

from ._common import dotnet_tostring, get_property, property_names, type_names_of
from ._json import format_r

NS = "http://schemas.microsoft.com/powershell/2004/04"
HEADER = f'<Objs Version="1.1.0.1" xmlns="{NS}">'
_NL = "\n"


def encode(text: str) -> str:
    """XmlConvert-style encoding of characters XML cannot hold (and of a literal `_xHHHH_`)."""
    text = re.sub(r"_(?=x[0-9A-Fa-f]{4}_)", "_x005F_", text)
    return re.sub(r"[\x00-\x08\x0b\x0c\x0e-\x1f\r\n\t]", lambda m: f"_x{ord(m.group()):04X}_", text)


def decode(text: str) -> str:
    return re.sub(r"_x([0-9A-Fa-f]{4})_", lambda m: chr(int(m.group(1), 16)), text)


def xml_datetime(value: datetime) -> str:
    """XmlConvert.ToString(DateTime, RoundtripKind): naive values are Local and carry the offset."""
    aware = value if value.tzinfo is not None else value.astimezone()
    text = aware.strftime("%Y-%m-%dT%H:%M:%S")
    if aware.microsecond:
        text += "." + f"{aware.microsecond:06d}0".rstrip("0")
    offset = aware.strftime("%z")
    if value.tzinfo is not None and aware.utcoffset() == timedelta(0) and value.tzname() == "UTC":
        return text + "Z"
    return text + offset[:3] + ":" + offset[3:]


def xml_timespan(value: timedelta) -> str:
    """XmlConvert.ToString(TimeSpan): PnDTnHnMn.nS."""
    if value == timedelta(0):
        return "PT0S"
    sign = "-" if value < timedelta(0) else ""
    value = abs(value)
    days, rest = value.days, value.seconds
    hours, rest = divmod(rest, 3600)
    minutes, seconds = divmod(rest, 60)
    text = f"{sign}P" + (f"{days}D" if days else "")
    if hours or minutes or seconds or value.microseconds:
        text += "T" + (f"{hours}H" if hours else "") + (f"{minutes}M" if minutes else "")
        if seconds or value.microseconds:
            frac = f".{value.microseconds:06d}0".rstrip("0") if value.microseconds else ""
            text += f"{seconds}{frac}S"
    return text


class ClixmlWriter:
    """Streams objects as CLIXML; call write() per top-level object, close() at the end."""

    def __init__(self, stream: IO[str], depth: int) -> None:
        self.stream = stream
        self.depth = depth
        self._refs: dict[int, int] = {}
        self._keep: list[Any] = []
        self._types: dict[tuple[str, ...], int] = {}
        stream.write(HEADER + _NL)

    def write(self, value: Any) -> None:
        for line in self._element(value, None, self.depth, 1):
            self.stream.write(line + _NL)

    def close(self) -> None:
        self.stream.write("</Objs>")

    def _prim(self, tag: str, text: str, name: str | None, indent: int) -> str:
        attr = f" N={quoteattr(encode(name))}" if name is not None else ""
        return f"{'  ' * indent}<{tag}{attr}>{escape(text)}</{tag}>"

    def _element(self, value: Any, name: str | None, depth: int, indent: int) -> Iterator[str]:
        simple = _primitive(value)
        if simple is not None:
            tag, text = simple
            if tag == "Nil":
                attr = f" N={quoteattr(encode(name))}" if name is not None else ""
                yield f"{'  ' * indent}<Nil{attr} />"
            else:
                yield self._prim(tag, text, name, indent)
            return
        if (
            isinstance(value, PSObject)
            and value.base is not None
            and _primitive(value.base)
            and not len(value)
        ):
            yield from self._element(value.base, name, depth, indent)
            return
        if depth <= 0:
            yield self._prim("S", encode(dotnet_tostring(value)), name, indent)
            return
        yield from self._object(value, name, depth, indent)

    def _object(self, value: Any, name: str | None, depth: int, indent: int) -> Iterator[str]:
        pad = "  " * indent
        attr = f" N={quoteattr(encode(name))}" if name is not None else ""
        known = self._refs.get(id(value))
        if known is not None:
            yield f'{pad}<Ref{attr} RefId="{known}" />'
            return
        ref = len(self._refs)
        self._refs[id(value)] = ref
        self._keep.append(value)
        yield f'{pad}<Obj{attr} RefId="{ref}">'
        yield from self._type_names(value, indent + 1)
        inner = "  " * (indent + 1)
        if isinstance(value, EnumValue):
            yield f"{inner}<ToString>{escape(encode(value.name))}</ToString>"
            yield f"{inner}<I32>{value.value}</I32>"
        elif isinstance(value, list | tuple):
            yield f"{inner}<LST>"
            for item in value:
                yield from self._element(item, None, depth - 1, indent + 2)
            yield f"{inner}</LST>"
        elif isinstance(value, PSHashtable):
            yield f"{inner}<DCT>"
            for key, item in value.items():
                yield f"{inner}  <En>"
                yield from self._element(key, "Key", depth - 1, indent + 3)
                yield from self._element(item, "Value", depth - 1, indent + 3)
                yield f"{inner}  </En>"
            yield f"{inner}</DCT>"
        else:
            if not (isinstance(value, PSObject) and value.base is None):
                yield f"{inner}<ToString>{escape(encode(dotnet_tostring(value)))}</ToString>"
            names = property_names(value)
            if names:
                yield f"{inner}<MS>"
                for prop in names:
                    yield from self._element(get_property(value, prop), prop, depth - 1, indent + 2)
                yield f"{inner}</MS>"
        yield f"{pad}</Obj>"

    def _type_names(self, value: Any, indent: int) -> Iterator[str]:
        names = tuple(type_names_of(value)) or ("System.Object",)
        pad = "  " * indent
        known = self._types.get(names)
        if known is not None:
            yield f'{pad}<TNRef RefId="{known}" />'
            return
        ref = len(self._types)
        self._types[names] = ref
        yield f'{pad}<TN RefId="{ref}">'
        for type_name in names:
            yield f"{pad}  <T>{escape(type_name)}</T>"
        yield f"{pad}</TN>"


def _primitive(value: Any) -> tuple[str, str] | None:
    if value is None:
        return ("Nil", "")
    if isinstance(value, bool):
        return ("B", "true" if value else "false")
    if isinstance(value, Char):
        return ("C", str(ord(value)))
    if isinstance(value, str):
        return ("S", encode(str(value)))
    if isinstance(value, int):
        return ("I32" if -(2**31) <= value < 2**31 else "I64", str(value))
    if isinstance(value, float):
        return ("Db", format_r(value))
    if isinstance(value, Decimal):
        return ("D", format(value, "f"))
    if isinstance(value, datetime):
        return ("DT", xml_datetime(value))
    if isinstance(value, timedelta):
        return ("TS", xml_timespan(value))
    if isinstance(value, SecureString):
        from ._dpapi import protect

        return ("SS", protect(value.reveal()))
    if isinstance(value, ScriptBlockValue):
        return ("SBK", encode(value.text))
    if type(value).__name__ == "Guid":
        return ("G", str(value))
    return None


# -- reading ----------------------------------------------------------------------------------------


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


class ClixmlReader:
    """Turns a CLIXML document back into PowerShell values."""

    def __init__(self) -> None:
        self._refs: dict[str, Any] = {}
        self._types: dict[str, list[str]] = {}

    def objects(self, text: str) -> Iterator[Any]:
        root = ET.fromstring(text)
        for child in root:
            yield self.value(child)

    def value(self, el: ET.Element) -> Any:
        tag = _local(el.tag)
        text = el.text or ""
        scalar = _SCALARS.get(tag)
        if scalar is not None:
            return scalar(text)
        if tag == "Nil":
            return None
        if tag == "Ref":
            return self._refs.get(el.get("RefId", ""))
        if tag == "Obj":
            return self._object(el)
        return decode(text)

    def _object(self, el: ET.Element) -> Any:
        children = {_local(c.tag): c for c in el}
        names = self._tn(children)
        result: Any
        if "LST" in children or "IE" in children:
            from pwshlite.values.types import ArrayList

            result = ArrayList()
            self._register(el, result)
            result.extend(self.value(c) for c in children.get("LST", children.get("IE")))  # type: ignore[union-attr]
            return result
        if "DCT" in children:
            result = PSHashtable(ordered=bool(names) and "OrderedDictionary" in names[0])
            self._register(el, result)
            for entry in children["DCT"]:
                pair = {c.get("N"): self.value(c) for c in entry}
                result[pair.get("Key")] = pair.get("Value")
            return result
        if names and "System.Enum" in names and "I32" in children:
            text = children["ToString"].text if "ToString" in children else ""
            return EnumValue(names[0], decode(text or ""), int(children["I32"].text or 0))
        bag = children.get("MS") or children.get("Props")
        if bag is None and "ToString" in children:
            return decode(children["ToString"].text or "")
        prefixed = [n if n.startswith("Deserialized.") else "Deserialized." + n for n in names]
        result = PSObject((), prefixed or ["Deserialized.System.Object"])
        self._register(el, result)
        for section in ("Props", "MS"):
            for prop in children.get(section, ()):  # type: ignore[union-attr]
                result.set(decode(prop.get("N", "")), self.value(prop))
        return result

    def _register(self, el: ET.Element, value: Any) -> None:
        ref = el.get("RefId")
        if ref is not None:
            self._refs[ref] = value

    def _tn(self, children: dict[str, ET.Element]) -> list[str]:
        if "TN" in children:
            names = [t.text or "" for t in children["TN"]]
            self._types[children["TN"].get("RefId", "")] = names
            return names
        if "TNRef" in children:
            return self._types.get(children["TNRef"].get("RefId", ""), [])
        return []


def _datetime(text: str) -> datetime:
    """An xs:dateTime back to pwshlite's representation (naive = local; a `Z` value stays UTC)."""
    from datetime import UTC

    raw = text.strip()
    utc = raw.endswith("Z")
    if utc:
        raw = raw[:-1] + "+00:00"
    raw = re.sub(r"\.(\d{1,6})\d*", lambda m: "." + m.group(1).ljust(6, "0"), raw)
    value = datetime.fromisoformat(raw)
    if value.tzinfo is None:
        return value
    if utc:
        return value.astimezone(UTC).replace(tzinfo=None)
    return value.astimezone().replace(tzinfo=None)


def _timespan(text: str) -> timedelta:
    match = re.fullmatch(r"(-)?P(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?)?", text.strip())
    if not match:
        return timedelta(0)
    sign, days, hours, minutes, seconds = match.groups()
    value = timedelta(days=int(days or 0), hours=int(hours or 0), minutes=int(minutes or 0),
                      seconds=float(seconds or 0))  # fmt: skip
    return -value if sign else value


def _secure(text: str) -> SecureString:
    from ._dpapi import unprotect

    return SecureString(unprotect(text.strip()))


def _guid(text: str) -> Any:
    from pwshlite.values.types import Guid

    return Guid(text.strip())


_SCALARS: dict[str, Any] = {
    "S": decode, "C": lambda t: Char(chr(int(t))), "B": lambda t: t.strip() == "true",
    "I32": int, "I64": int, "I16": int, "By": int, "SB": int, "U16": int, "U32": int, "U64": int,
    "Db": float, "Sg": float, "D": Decimal, "DT": _datetime, "TS": _timespan, "SS": _secure,
    "SBK": decode, "G": _guid, "URI": decode, "XD": decode, "Version": decode,
}  # fmt: skip


def default_key_dir() -> str:
    return os.environ.get("PWSHLITE_HOME") or os.path.join(os.path.expanduser("~"), ".pwshlite")
