"""PowerShell 5.1 value conversions: string form, truthiness, numbers, casts and type names.

Layer: values (imports only pwshlite.objects, pwshlite.errors and the standard library). Used by the
runtime (casts, string expansion, conditions), the binder (parameter coercion) and the formatter.

Public API:
    to_string(value, ofs: str = " ") -> str       [string]$x / "$x" (en-US, formatting spec 3.4)
    to_bool(value) -> bool                         PowerShell truthiness (LanguagePrimitives.IsTrue)
    to_number(value) -> int | float | Decimal      numeric operand of arithmetic; raises PwshError
    convert_to(value, type_name: str | PSType, ofs: str = " ") -> Any   casts / parameter coercion
    format_double(value: float) -> str             Double.ToString() on .NET Framework ("R"-less G15)
    register_to_string(type_name, hook)            ToString() for PSObjects of a type (Exchange objects)
    resolve_type, type_name_of, type_names_of, is_instance   (re-exported from .typenames)
Errors are pwshlite.errors.PwshError with PowerShell's messages and ids (see .errs).
"""

from __future__ import annotations

import datetime as _dt
import math
from decimal import ROUND_HALF_EVEN, Decimal
from typing import Any, NoReturn

from pwshlite.objects import Char, EnumValue, PSHashtable, PSObject

from . import errs
from .enums import ENUMS, to_enum
from .netvalues import IPAddressValue, MailAddressValue
from .parsing import (
    parse_datetime,
    parse_dotnet_decimal,
    parse_dotnet_double,
    parse_dotnet_integer,
    parse_ps_number,
    parse_timespan,
    ticks_to_timedelta,
)
from .stringform import (
    format_datetime_general,
    format_decimal,
    format_double,
    format_timespan,
    register_to_string,
    to_string,
)
from .typenames import is_instance, resolve_type, type_name_of, type_names_of
from .types import ArrayList, GenericHashSet, GenericList, Guid, PSType, TypedArray, Version, type_chain

__all__ = [
    "to_string",
    "to_bool",
    "to_number",
    "convert_to",
    "format_double",
    "format_decimal",
    "format_datetime_general",
    "format_timespan",
    "register_to_string",
    "pscustomobject_from",
    "resolve_type",
    "type_name_of",
    "type_names_of",
    "is_instance",
]

# -- truthiness ----------------------------------------------------------------------------------------------


def to_bool(value: Any) -> bool:
    """PowerShell truthiness: $null, "", 0, 0.0, an empty collection are false; a one-element
    collection is its element's truth (a nested collection by its non-emptiness); the string "False" is
    true (about_Booleans)."""
    if value is None:
        return False
    if value is True or value is False:
        return bool(value)
    if isinstance(value, int | float | Decimal):
        return value != 0
    if isinstance(value, str):
        return len(value) > 0
    if isinstance(value, list):
        if len(value) == 0:
            return False
        if len(value) > 1:
            return True
        item = value[0]
        if isinstance(item, list):
            return len(item) > 0
        return to_bool(item)
    if isinstance(value, PSObject) and value.base is not None:
        return to_bool(value.base)
    if isinstance(value, EnumValue):
        return value.value != 0
    if hasattr(value, "is_present"):
        return bool(value.is_present)
    return True


# -- numbers -------------------------------------------------------------------------------------------------


def to_number(value: Any) -> int | float | Decimal:
    """The numeric value of an arithmetic operand: numbers as they are, $null and "" are 0, bools 1/0,
    chars their code point, numeric strings via PowerShell's number scanner (hex, exponent, kb..pb);
    anything else raises PowerShell's conversion error (target System.Int32, as 5.1 reports)."""
    if isinstance(value, PSObject) and value.base is not None:
        value = value.base
    if value is None:
        return 0
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, int | float | Decimal):
        return value
    if isinstance(value, Char):
        return ord(value)
    if isinstance(value, str):
        number = parse_ps_number(value)
        if number is None:
            raise errs.cast_error(value, "System.Int32", _BAD_FORMAT, "InvalidCastFromStringToInteger")
        return number
    if isinstance(value, EnumValue):
        return value.value
    raise errs.cast_error_plain(to_string(value), type_name_of(value), "System.Int32")


def is_numeric(value: Any) -> bool:
    """True for int/float/Decimal values that are not bools (PowerShell's numeric types)."""
    return isinstance(value, int | float | Decimal) and not isinstance(value, bool)


_BAD_FORMAT = "Input string was not in a correct format."
_INT_RANGES = {
    "System.Int32": (-(2**31), 2**31 - 1, "an Int32"),
    "System.Int64": (-(2**63), 2**63 - 1, "an Int64"),
    "System.Int16": (-(2**15), 2**15 - 1, "an Int16"),
    "System.Byte": (0, 255, "an unsigned byte"),
    "System.SByte": (-128, 127, "a signed byte"),
    "System.UInt16": (0, 2**16 - 1, "a UInt16"),
    "System.UInt32": (0, 2**32 - 1, "a UInt32"),
    "System.UInt64": (0, 2**64 - 1, "a UInt64"),
}
"""Integer types: range and the noun of .NET's OverflowException text (mscorlib Overflow_* resources)."""


def overflow_message(full: str) -> str:
    """`Value was either too large or too small for an Int32.` for an integer type's full name."""
    return f"Value was either too large or too small for {_INT_RANGES[full][2]}."


def _round_half_even(value: float | Decimal) -> int:
    """Convert.ToInt32 of a real number: round half to even (about_Arithmetic_Operators)."""
    return int(Decimal(value).quantize(Decimal(1), rounding=ROUND_HALF_EVEN))


def _to_integer(value: Any, full: str) -> int:
    low, high, _ = _INT_RANGES[full]
    text = to_string(value)
    if isinstance(value, str) and not isinstance(value, Char):
        if value == "":
            return 0
        parsed = parse_dotnet_integer(value)
        if parsed is None:
            raise errs.cast_error(value, full, _BAD_FORMAT, "InvalidCastFromStringToInteger")
        is_hex = not value.strip().lstrip("+-").isdigit()
        width = (high - low).bit_length()
        if is_hex and low < 0 and high < parsed < 1 << width:
            parsed -= 1 << width  # hex digits are the two's-complement bits (Convert.ToInt32(s, 16))
        if not low <= parsed <= high:
            raise errs.cast_error(value, full, overflow_message(full), "InvalidCastFromStringToInteger")
        return parsed
    number = _scalar_number(value, full)
    if isinstance(number, float) and (math.isnan(number) or math.isinf(number)):
        raise errs.cast_error(text, full, overflow_message(full), "InvalidCastIConvertible")
    result = _round_half_even(number) if isinstance(number, float | Decimal) else int(number)
    if not low <= result <= high:
        raise errs.cast_error(text, full, overflow_message(full), "InvalidCastIConvertible")
    return result


def _scalar_number(value: Any, full: str) -> int | float | Decimal:
    if value is None:
        return 0
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, Char):
        return ord(value)
    if isinstance(value, int | float | Decimal):
        return value
    if isinstance(value, EnumValue):
        return value.value
    if isinstance(value, _dt.datetime | _dt.timedelta):
        short = "DateTime" if isinstance(value, _dt.datetime) else "TimeSpan"
        inner = f"Invalid cast from '{short}' to '{full.split('.')[-1]}'."
        raise errs.cast_error(to_string(value), full, inner, "InvalidCastIConvertible")
    raise errs.cast_error_plain(to_string(value), type_name_of(value), full)


def _to_double(value: Any, full: str) -> float:
    if isinstance(value, str) and not isinstance(value, Char):
        if value == "":
            return 0.0
        parsed = parse_dotnet_double(value)
        if parsed is None:
            raise errs.cast_error(value, full, _BAD_FORMAT, "InvalidCastFromStringToDoubleOrSingle")
        return parsed
    return float(_scalar_number(value, full))


def _to_decimal(value: Any, full: str) -> Decimal:
    if isinstance(value, str) and not isinstance(value, Char):
        if value == "":
            return Decimal(0)
        parsed = parse_dotnet_decimal(value)
        if parsed is None:
            raise errs.cast_error(value, full, _BAD_FORMAT, "InvalidCastFromStringToDecimal")
        return parsed
    number = _scalar_number(value, full)
    if isinstance(number, float):
        if math.isnan(number) or math.isinf(number):
            inner = "Value was either too large or too small for a Decimal."
            raise errs.cast_error(to_string(value), full, inner, "InvalidCastIConvertible")
        return Decimal(format_double(number))
    return Decimal(number)


# -- casts ---------------------------------------------------------------------------------------------------


def convert_to(value: Any, type_name: str | PSType, ofs: str = " ") -> Any:
    """Convert a value to a type as a PowerShell cast or parameter coercion does. `type_name` is a type
    name as written in script ('int', 'string[]', 'ordered', 'pscustomobject') or a PSType. Raises
    PwshError (TypeNotFound for an unknown name; PowerShell's conversion errors otherwise)."""
    name = type_name if isinstance(type_name, str) else ""
    special = name.strip().strip("[]").casefold()
    if special == "pscustomobject":
        return _to_pscustomobject(value)
    if special == "ordered":
        return _to_ordered(value)
    target = type_name if isinstance(type_name, PSType) else resolve_type(type_name)
    if (
        target is None
        and value is not None
        and name.strip().casefold() in (n.casefold() for n in type_names_of(value))
    ):
        return value  # a type pwshlite does not model, but the value already is one (e.g. an Exchange type)
    if target is None:
        raise errs.runtime_error(
            f"Unable to find type [{name}].",
            "TypeNotFound",
            category=errs.ErrorCategory.InvalidOperation,
            target=name,
        )
    return _convert(value, target, ofs)


def _unwrap(value: Any) -> Any:
    if isinstance(value, PSObject) and value.base is not None:
        return value.base
    return value


def _convert(value: Any, target: PSType, ofs: str) -> Any:
    full = target.full_name
    if full in ("System.Object", "System.Management.Automation.PSObject"):
        return value
    if full == "System.Void":
        return None
    if target.is_array or target.args or full in _COLLECTIONS:
        return _to_collection(value, target)
    value = _unwrap(value)
    if value is None and full != "System.Management.Automation.PSReference":
        return _convert_null(full)
    handler = _HANDLERS.get(full)
    if handler is not None:
        return handler(value, full, ofs)
    if full in _INT_RANGES:
        return _to_integer(value, full)
    if full in ENUMS:
        return to_enum(value, full)
    if is_instance(value, target):
        return value
    raise errs.cast_error_plain(to_string(value), type_name_of(value), full)


_NULL_VALUES: dict[str, Any] = {
    "System.String": "",
    "System.Boolean": False,
    "System.Management.Automation.SwitchParameter": False,
    "System.Char": Char("\0"),
    "System.Double": 0.0,
    "System.Single": 0.0,
    "System.Decimal": Decimal(0),
}


def _convert_null(full: str) -> Any:
    """$null converts to "" / 0 / $false for strings, numbers and booleans, stays $null for reference
    types, and fails for other value types (`Cannot convert null to type "System.DateTime".`)."""
    if full in _NULL_VALUES:
        return _NULL_VALUES[full]
    if full in _INT_RANGES:
        return 0
    if full in ENUMS:
        names = ",".join(ENUMS[full])
        raise errs.error(
            f'Cannot convert null to type "{full}" due to enumeration values that are not valid. Specify one of '
            f'the following enumeration values and try again. The possible enumeration values are "{names}".',
            "nullToObjectInvalidCast",
            errs.ErrorCategory.InvalidArgument,
            inner_exception=errs.CAST,
        )
    if "System.ValueType" in type_chain(full)[1:]:
        raise errs.null_cast_error(full)
    return None


def _string_handler(value: Any, full: str, ofs: str) -> str:
    return to_string(value, ofs)


def _bool_handler(value: Any, full: str, ofs: str) -> bool:
    return to_bool(value)


def _char_handler(value: Any, full: str, ofs: str) -> Char:
    if isinstance(value, str):
        if len(value) != 1:
            inner = "String must be exactly one character long."
            raise errs.cast_error(value, full, inner, "InvalidCastParseTargetInvocation")
        return Char(value)
    number = _scalar_number(value, full)
    finite = not isinstance(number, float) or math.isfinite(number)
    code = (
        (_round_half_even(number) if isinstance(number, float | Decimal) else int(number)) if finite else -1
    )
    if not 0 <= code <= 0xFFFF:
        inner = "Value was either too large or too small for a character."
        raise errs.cast_error(to_string(value), full, inner, "InvalidCastIConvertible")
    return Char(chr(code))


def _datetime_handler(value: Any, full: str, ofs: str) -> _dt.datetime:
    if isinstance(value, _dt.datetime):
        return value
    if isinstance(value, str):
        parsed = parse_datetime(value)
        if parsed is None:
            inner = "String was not recognized as a valid DateTime."
            raise errs.cast_error(value, full, inner, "InvalidCastParseTargetInvocationWithFormatProvider")
        return parsed
    if isinstance(value, int) and not isinstance(value, bool):
        return _dt.datetime(1, 1, 1) + ticks_to_timedelta(value)
    return _fallback(value, full)


def _timespan_handler(value: Any, full: str, ofs: str) -> _dt.timedelta:
    if isinstance(value, _dt.timedelta):
        return value
    if isinstance(value, str):
        parsed = parse_timespan(value)
        if parsed is None:
            inner = "String was not recognized as a valid TimeSpan."
            raise errs.cast_error(value, full, inner, "InvalidCastParseTargetInvocationWithFormatProvider")
        return parsed
    if isinstance(value, int) and not isinstance(value, bool):
        return ticks_to_timedelta(value)
    return _fallback(value, full)


def _guid_handler(value: Any, full: str, ofs: str) -> Guid:
    if isinstance(value, Guid):
        return value
    if isinstance(value, str):
        try:
            return Guid(value)
        except ValueError:
            inner = "Guid should contain 32 digits with 4 dashes (xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx)."
            raise errs.cast_error(value, full, inner, "InvalidCastConstructorException") from None
    return _fallback(value, full)


def _regex_handler(value: Any, full: str, ofs: str) -> Any:
    from .regex import Regex, RegexError

    if isinstance(value, Regex):
        return value
    text = to_string(value, ofs)
    try:
        return Regex(text)
    except RegexError as exc:
        raise errs.cast_error(text, full, exc.message, "InvalidCastFromStringToRegex") from None


def _hashtable_handler(value: Any, full: str, ofs: str) -> PSHashtable:
    if isinstance(value, PSHashtable):
        return value
    return _fallback(value, full)


def _switch_handler(value: Any, full: str, ofs: str) -> bool:
    """[switch] casts give the truth value; the runtime wraps it in its SwitchParameter when needed."""
    return to_bool(value)


def _type_handler(value: Any, full: str, ofs: str) -> PSType:
    if isinstance(value, PSType):
        return value
    if isinstance(value, str):
        found = resolve_type(value)
        if found is None:
            raise errs.cast_error_plain(value, "System.String", full)
        return found
    return _fallback(value, full)


def _xml_handler(value: Any, full: str, ofs: str) -> Any:
    from .xmllite import XmlDocument, parse_xml

    if isinstance(value, XmlDocument):
        return value
    return parse_xml(to_string(value, ofs))


def _ref_handler(value: Any, full: str, ofs: str) -> Any:
    """[ref]$x: a PSReference box (the runtime passes a variable-bound subclass for [ref]$variable)."""
    from .types import PSReference

    return value if isinstance(value, PSReference) else PSReference(value)


def _version_handler(value: Any, full: str, ofs: str) -> Any:

    if isinstance(value, Version):
        return value
    text = to_string(value, ofs)
    try:
        return Version.parse(text)
    except ValueError:
        inner = (
            "Version string portion was too short or too long."
            if text.count(".") not in (1, 2, 3)
            else "Input string was not in a correct format."
        )
        raise errs.cast_error(text, full, inner, "InvalidCastParseTargetInvocation") from None


def _ip_handler(value: Any, full: str, ofs: str) -> Any:
    if isinstance(value, IPAddressValue):
        return value
    text = to_string(value, ofs)
    try:
        return IPAddressValue.parse(text)
    except ValueError as exc:
        raise errs.cast_error(text, full, str(exc), "InvalidCastParseTargetInvocation") from None


def _mail_handler(value: Any, full: str, ofs: str) -> Any:
    if isinstance(value, MailAddressValue):
        return value
    text = to_string(value, ofs)
    try:
        return MailAddressValue.parse(text)
    except ValueError as exc:
        raise errs.cast_error(text, full, str(exc), "InvalidCastConstructorException") from None


def _fallback(value: Any, full: str) -> NoReturn:
    if value is None:
        raise errs.null_cast_error(full)
    raise errs.cast_error_plain(to_string(value), type_name_of(value), full)


_HANDLERS = {
    "System.String": _string_handler,
    "System.Boolean": _bool_handler,
    "System.Double": lambda v, f, o: _to_double(v, f),
    "System.Single": lambda v, f, o: _to_double(v, f),
    "System.Decimal": lambda v, f, o: _to_decimal(v, f),
    "System.Char": _char_handler,
    "System.DateTime": _datetime_handler,
    "System.TimeSpan": _timespan_handler,
    "System.Guid": _guid_handler,
    "System.Text.RegularExpressions.Regex": _regex_handler,
    "System.Collections.Hashtable": _hashtable_handler,
    "System.Management.Automation.SwitchParameter": _switch_handler,
    "System.Type": _type_handler,
    "System.Xml.XmlDocument": _xml_handler,
    "System.Management.Automation.PSReference": _ref_handler,
    "System.Version": _version_handler,
    "System.Net.IPAddress": _ip_handler,
    "System.Net.Mail.MailAddress": _mail_handler,
}

_COLLECTIONS = {"System.Array", "System.Collections.ArrayList"}


def _items_of(value: Any) -> list[Any]:
    if isinstance(value, list):
        return list(value)
    return [value]


def _to_collection(value: Any, target: PSType) -> Any:
    """Arrays ([array], [string[]], [int[]]), ArrayList and List[T]: a scalar becomes one element,
    elements are converted to the element type; $null stays $null for arrays."""
    value = _unwrap(value)
    full = target.full_name
    if value is None and (target.is_array or full == "System.Array"):
        return None
    items = [] if value is None else _items_of(value)
    if full == "System.Array" or full == "System.Object[]":
        return value if type(value) is list else list(items)
    if full == "System.Collections.ArrayList":
        return value if isinstance(value, ArrayList) else ArrayList(items)
    if target.is_array and target.element is not None:
        element = target.element
        if element.full_name == "System.Char" and isinstance(value, str):
            return TypedArray((Char(c) for c in value), element)  # [char[]]"abc" splits the string
        return TypedArray((_convert(i, element, " ") for i in items), element)
    if target.args and full.startswith("System.Collections.Generic.HashSet`1"):
        element = target.args[0]
        return GenericHashSet((_convert(i, element, " ") for i in items), element)
    if target.args and full.startswith("System.Collections.Generic.List`1"):
        element = target.args[0]
        return GenericList((_convert(i, element, " ") for i in items), element)
    if target.args and isinstance(value, PSHashtable):
        return PSHashtable(value.items())
    return _fallback(value, full)


def _to_pscustomobject(value: Any) -> Any:
    """[pscustomobject]@{...} makes an object with the hashtable's keys as properties, in order; any
    other value is returned unchanged (5.1 maps the accelerator to PSObject)."""
    value = _unwrap(value) if not isinstance(value, PSObject) else value
    if isinstance(value, PSHashtable):
        return pscustomobject_from(value.items())
    return value


def pscustomobject_from(items: Any) -> PSObject:
    """A PSCustomObject from (key, value) pairs; a `PSTypeName` key is not a property but a type name
    inserted first in PSTypeNames (about_Object_Creation)."""
    obj = PSObject()
    for key, item in items:
        name = str(key)
        if name.casefold() == "pstypename":
            obj.type_names.insert(0, to_string(item))
        else:
            obj.set(name, item)
    return obj


def _to_ordered(value: Any) -> PSHashtable:
    if isinstance(value, PSHashtable):
        return PSHashtable(value.items(), ordered=True)
    raise errs.cast_error_plain(
        to_string(value), type_name_of(value), "System.Collections.Specialized.OrderedDictionary"
    )


def as_array(value: Any) -> list[Any]:
    """`@(...)` semantics for a value: $null -> [], a list as is, anything else -> [value]."""
    if value is None:
        return []
    if isinstance(value, list):
        return value
    return [value]


def element_type_of(array_type_name: str) -> PSType | None:
    """Element type of an array type name (string[] -> System.String)."""
    found = resolve_type(array_type_name)
    return found.element if found is not None else None
