"""Static members of .NET types ([math]::Round, [string]::Join, [datetime]::Now, ...) and constructors.

Layer: values (imports only pwshlite.objects, pwshlite.errors and the standard library).
An unknown static property reads as $null; an unknown static method fails with MethodNotFound naming
the type (`Method invocation failed because [System.Math] does not contain a method named 'Foo'.`).

Public API:
    get_static(type: PSType | str, name: str) -> Any
    invoke_static(type: PSType | str, name: str, args: list) -> Any     'new' calls new_object
    (constructors: pwshlite.values.construct.new_object)
    STATIC_TABLES: dict[str, tuple[dict, MethodTable]]                  full name (casefolded) -> members
"""

from __future__ import annotations

import math
from collections.abc import Callable
from decimal import ROUND_CEILING, ROUND_DOWN, ROUND_FLOOR, ROUND_HALF_EVEN, ROUND_HALF_UP, Decimal
from typing import Any

from pwshlite.objects import Char, EnumValue

from . import errs
from .convert import convert_to, overflow_message, to_bool, to_string
from .dotnet_format import format_string
from .enums import ENUMS, enum_member
from .mcore import DotNetError, MethodTable, arg_error, as_list, out_of_range, to_int_arg, to_str_arg
from .parsing import parse_dotnet_double
from .regex import Regex, RegexError, escape, unescape
from .typenames import resolve_type
from .types import Guid, PSType

Props = dict[str, tuple[str, Callable[[], Any]]]
STATIC_TABLES: dict[str, tuple[Props, MethodTable]] = {}


def _table(full_name: str, props: dict[str, Callable[[], Any]] | None = None) -> MethodTable:
    table = MethodTable(full_name)
    STATIC_TABLES[full_name.casefold()] = ({k.casefold(): (k, v) for k, v in (props or {}).items()}, table)
    return table


def _resolve(type_value: PSType | str) -> PSType:
    if isinstance(type_value, PSType):
        return type_value
    found = resolve_type(str(type_value))
    return found if found is not None else PSType(str(type_value))


def get_static(type_value: PSType | str, name: str) -> Any:
    """[T]::Name: a static property or field value, an enum member, or $null when unknown."""
    target = _resolve(type_value)
    entry = STATIC_TABLES.get(target.full_name.casefold())
    if entry is not None:
        prop = entry[0].get(name.casefold())
        if prop is not None:
            return prop[1]()
    if target.full_name in ENUMS:
        return enum_member(target.full_name, name)
    return None


def invoke_static(type_value: PSType | str, name: str, args: list[Any]) -> Any:
    """[T]::Method(args) with .NET semantics; [T]::new(args) constructs."""
    target = _resolve(type_value)
    if name.casefold() == "new":
        from .construct import new_object

        return new_object(target, args)
    entry = STATIC_TABLES.get(target.full_name.casefold())
    if entry is None or entry[1].find(name) is None:
        raise errs.method_not_found(target.full_name, name)
    return entry[1].call(target.full_name, None, name, args)


# -- numbers ----------------------------------------------------------------------------------------------


def _num(value: Any) -> int | float | Decimal:
    if isinstance(value, int | float | Decimal) and not isinstance(value, bool):
        return value
    if isinstance(value, bool):
        return int(value)
    return float(convert_to(value, "double"))


def _mode(value: Any) -> bool:
    """True for MidpointRounding.AwayFromZero."""
    if isinstance(value, EnumValue):
        return value.value == 1
    return to_string(value).casefold() in ("awayfromzero", "1")


def _round_float(value: float, digits: int, away: bool) -> float:
    if not 0 <= digits <= 15:
        raise out_of_range("digits", "Rounding digits must be between 0 and 15, inclusive.")
    if math.isnan(value) or math.isinf(value) or abs(value) >= 1e16:
        return value
    power = 10.0**digits
    scaled = value * power
    if away:
        fraction, whole = math.modf(scaled)
        rounded = whole + (math.copysign(1.0, fraction) if abs(fraction) >= 0.5 else 0.0)
    else:
        rounded = float(round(scaled))
    return rounded / power


def _round(_: Any, args: list[Any]) -> Any:
    value = _num(args[0])
    digits, away = 0, False
    for extra in args[1:]:
        if isinstance(extra, EnumValue) or (
            isinstance(extra, str) and not extra.strip().lstrip("-").isdigit()
        ):
            away = _mode(extra)
        else:
            digits = to_int_arg(extra)
    if isinstance(value, Decimal):
        if not 0 <= digits <= 28:
            raise out_of_range("decimals", "Decimal can only round to between 0 and 28 digits of precision.")
        return value.quantize(Decimal(1).scaleb(-digits), rounding=ROUND_HALF_UP if away else ROUND_HALF_EVEN)
    return _round_float(float(value), digits, away)


def _unary(
    fn_float: Callable[[float], float], decimal_rounding: str | None = None
) -> Callable[[Any, list[Any]], Any]:
    def call(_: Any, args: list[Any]) -> Any:
        value = _num(args[0])
        if isinstance(value, Decimal) and decimal_rounding is not None:
            return value.quantize(Decimal(1), rounding=decimal_rounding)
        try:
            return fn_float(float(value))
        except (ValueError, OverflowError):
            return math.nan

    return call


def _max_min(pick: Callable[[Any, Any], Any]) -> Callable[[Any, list[Any]], Any]:
    def call(_: Any, args: list[Any]) -> Any:
        a, b = _num(args[0]), _num(args[1])
        if isinstance(a, int) and isinstance(b, int):
            return pick(a, b)
        if isinstance(a, Decimal) or isinstance(b, Decimal):
            if not isinstance(a, float) and not isinstance(b, float):
                return pick(Decimal(a), Decimal(b))
        if math.isnan(float(a)) or math.isnan(float(b)):
            return math.nan
        return float(pick(float(a), float(b)))

    return call


def _abs(_: Any, args: list[Any]) -> Any:
    value = _num(args[0])
    if isinstance(value, int) and value == -(2**31):
        raise DotNetError(
            "OverflowException", "Negating the minimum value of a twos complement number is invalid."
        )
    return abs(value)


def _log(_: Any, args: list[Any]) -> float:
    x = float(_num(args[0]))
    if x == 0:
        return -math.inf
    if x < 0 or math.isnan(x):
        return math.nan
    if len(args) == 1:
        return math.log(x)
    base = float(_num(args[1]))
    return math.log(x) / math.log(base) if base > 0 and base != 1 else math.nan


def _pow(_: Any, args: list[Any]) -> float:
    try:
        return math.pow(float(_num(args[0])), float(_num(args[1])))
    except OverflowError:
        return math.inf
    except ValueError:
        return math.nan


def _sign(_: Any, args: list[Any]) -> int:
    value = _num(args[0])
    if isinstance(value, float) and math.isnan(value):
        raise DotNetError(
            "ArithmeticException", "Function does not accept floating point Not-a-Number values."
        )
    return (value > 0) - (value < 0)


_MATH = _table("System.Math", {"PI": lambda: math.pi, "E": lambda: math.e})
_MATH.add("Round", (1, 2, 3), _round)
_MATH.add("Floor", (1,), _unary(lambda x: float(math.floor(x)) if math.isfinite(x) else x, ROUND_FLOOR))
_MATH.add("Ceiling", (1,), _unary(lambda x: float(math.ceil(x)) if math.isfinite(x) else x, ROUND_CEILING))
_MATH.add("Truncate", (1,), _unary(lambda x: float(math.trunc(x)) if math.isfinite(x) else x, ROUND_DOWN))
_MATH.add("Abs", (1,), _abs)
_MATH.add("Max", (2,), _max_min(max))
_MATH.add("Min", (2,), _max_min(min))
_MATH.add("Pow", (2,), _pow)
_MATH.add("Sqrt", (1,), _unary(lambda x: math.sqrt(x) if x >= 0 else math.nan))
_MATH.add("Sign", (1,), _sign)
_MATH.add("Log", (1, 2), _log)
_MATH.add("Log10", (1,), _unary(lambda x: math.log10(x) if x > 0 else (-math.inf if x == 0 else math.nan)))
_MATH.add("Exp", (1,), _unary(math.exp))
for _fn in ("Sin", "Cos", "Tan", "Asin", "Acos", "Atan", "Sinh", "Cosh", "Tanh"):
    _MATH.add(_fn, (1,), _unary(getattr(math, _fn.lower())))
_MATH.add("Atan2", (2,), lambda _, a: math.atan2(float(_num(a[0])), float(_num(a[1]))))
_MATH.add("IEEERemainder", (2,), lambda _, a: math.remainder(float(_num(a[0])), float(_num(a[1]))))
_MATH.add("BigMul", (2,), lambda _, a: to_int_arg(a[0]) * to_int_arg(a[1]))


# -- strings ----------------------------------------------------------------------------------------------


def _params(args: list[Any], start: int) -> list[Any]:
    """A params object[] parameter: one array argument is the array itself."""
    rest = args[start:]
    if len(rest) == 1 and isinstance(rest[0], list):
        return list(rest[0])
    return rest


def _string_format(_: Any, args: list[Any]) -> str:
    try:
        return format_string(to_str_arg(args[0]), _params(args, 1))
    except errs.PwshError as exc:
        inner = exc.record.message.removeprefix("Error formatting a string: ")[:-1]
        raise DotNetError("FormatException", inner) from None


def _string_compare(_: Any, args: list[Any]) -> int:
    from .compare import string_sort_key

    a, b = args[0], args[1]
    if a is None or b is None:
        return 0 if a is b else (-1 if a is None else 1)
    ignore = len(args) > 2 and (
        to_bool(args[2]) if isinstance(args[2], bool) else "ignorecase" in to_string(args[2]).casefold()
    )
    ka, kb = string_sort_key(to_string(a), not ignore), string_sort_key(to_string(b), not ignore)
    return (ka > kb) - (ka < kb)


_STRING = _table("System.String", {"Empty": lambda: ""})
_STRING.add("IsNullOrEmpty", (1,), lambda _, a: a[0] is None or to_string(a[0]) == "")
_STRING.add("IsNullOrWhiteSpace", (1,), lambda _, a: a[0] is None or to_string(a[0]).strip() == "")
_STRING.add("Join", None, lambda _, a: to_str_arg(a[0]).join(to_string(x) for x in _params(a, 1)))
_STRING.add("Format", None, _string_format)
_STRING.add("Concat", None, lambda _, a: "".join(to_string(x) for x in _params(a, 0)))
_STRING.add("Compare", (2, 3), _string_compare)
_STRING.add(
    "CompareOrdinal",
    (2,),
    lambda _, a: (to_string(a[0]) > to_string(a[1])) - (to_string(a[0]) < to_string(a[1])),
)
_STRING.add(
    "Equals",
    (2, 3),
    lambda _, a: a[0] == a[1] if len(a) == 2 else to_string(a[0]).casefold() == to_string(a[1]).casefold(),
)
_STRING.add("Copy", (1,), lambda _, a: to_string(a[0]))


# -- numeric types ------------------------------------------------------------------------------------------

_BAD = "Input string was not in a correct format."


def _parse_integer(full: str, low: int, high: int) -> Callable[[Any, list[Any]], int]:
    def parse(_: Any, args: list[Any]) -> int:
        if args[0] is None:
            raise arg_error("s", "Value cannot be null.", "ArgumentNullException")
        text = to_string(args[0]).strip()
        value = int(text) if text.lstrip("+-").isdigit() else None
        if value is None:
            raise DotNetError("FormatException", _BAD)
        if not low <= value <= high:
            raise DotNetError("OverflowException", overflow_message(full))
        return value

    return parse


def _try_parse(parse: Callable[[Any, list[Any]], Any]) -> Callable[[Any, list[Any]], bool]:
    def attempt(_: Any, args: list[Any]) -> bool:
        try:
            value = parse(None, args[:1])
            ok = True
        except DotNetError:
            value, ok = 0, False
        if len(args) > 1 and hasattr(args[-1], "value"):
            args[-1].value = value
        return ok

    return attempt


def _constant(value: Any) -> Callable[[], Any]:
    return lambda: value


def _parse_double(_: Any, args: list[Any]) -> float:
    if args[0] is None:
        raise arg_error("s", "Value cannot be null.", "ArgumentNullException")
    value = parse_dotnet_double(to_string(args[0]))
    if value is None:
        raise DotNetError("FormatException", _BAD)
    return value


for _full, _low, _high in (
    ("System.Int32", -(2**31), 2**31 - 1),
    ("System.Int64", -(2**63), 2**63 - 1),
    ("System.Int16", -(2**15), 2**15 - 1),
    ("System.Byte", 0, 255),
    ("System.UInt32", 0, 2**32 - 1),
    ("System.UInt64", 0, 2**64 - 1),
):
    _t = _table(_full, {"MaxValue": _constant(_high), "MinValue": _constant(_low)})
    _t.add("Parse", (1, 2, 3), _parse_integer(_full, _low, _high))
    _t.add("TryParse", (2, 4), _try_parse(_parse_integer(_full, _low, _high)))

_DOUBLE = _table(
    "System.Double",
    {
        "MaxValue": lambda: 1.7976931348623157e308,
        "MinValue": lambda: -1.7976931348623157e308,
        "Epsilon": lambda: 5e-324,
        "NaN": lambda: math.nan,
        "PositiveInfinity": lambda: math.inf,
        "NegativeInfinity": lambda: -math.inf,
    },
)
_DOUBLE.add("Parse", (1, 2, 3), _parse_double)
_DOUBLE.add("TryParse", (2, 4), _try_parse(_parse_double))
_DOUBLE.add("IsNaN", (1,), lambda _, a: math.isnan(float(_num(a[0]))))
_DOUBLE.add("IsInfinity", (1,), lambda _, a: math.isinf(float(_num(a[0]))))
_DOUBLE.add("IsPositiveInfinity", (1,), lambda _, a: float(_num(a[0])) == math.inf)
_DOUBLE.add("IsNegativeInfinity", (1,), lambda _, a: float(_num(a[0])) == -math.inf)

_DECIMAL = _table(
    "System.Decimal",
    {
        "MaxValue": lambda: Decimal("79228162514264337593543950335"),
        "MinValue": lambda: Decimal("-79228162514264337593543950335"),
    },
)
_DECIMAL.add("Parse", (1, 2, 3), lambda _, a: convert_to(to_string(a[0]), "decimal"))
_DECIMAL.add("Round", (1, 2, 3), lambda _, a: _round(None, [convert_to(a[0], "decimal"), *a[1:]]))

_BOOL = _table("System.Boolean", {"TrueString": lambda: "True", "FalseString": lambda: "False"})


def _parse_bool(_: Any, args: list[Any]) -> bool:
    text = to_string(args[0]).strip().casefold()
    if text not in ("true", "false"):
        raise DotNetError("FormatException", "String was not recognized as a valid Boolean.")
    return text == "true"


_BOOL.add("Parse", (1,), _parse_bool)
_BOOL.add("TryParse", (2,), _try_parse(_parse_bool))


def _parse_ip(_: Any, args: list[Any]) -> Any:
    from .netvalues import IPAddressValue

    try:
        return IPAddressValue.parse(to_str_arg(args[0]))
    except ValueError as exc:
        raise DotNetError("FormatException", str(exc)) from None


_IP = _table(
    "System.Net.IPAddress",
    {
        "Any": lambda: _parse_ip(None, ["0.0.0.0"]),
        "Loopback": lambda: _parse_ip(None, ["127.0.0.1"]),
        "Broadcast": lambda: _parse_ip(None, ["255.255.255.255"]),
        "None": lambda: _parse_ip(None, ["255.255.255.255"]),
        "IPv6Any": lambda: _parse_ip(None, ["::"]),
        "IPv6Loopback": lambda: _parse_ip(None, ["::1"]),
    },
)
_IP.add("Parse", (1,), _parse_ip)
_IP.add("TryParse", (2,), _try_parse(_parse_ip))


# -- Guid, Char, Array, Regex -----------------------------------------------------------------------------


def _parse_guid(_: Any, args: list[Any]) -> Guid:
    try:
        return Guid(to_string(args[0]))
    except ValueError:
        raise DotNetError(
            "FormatException",
            "Guid should contain 32 digits with 4 dashes (xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx).",
        ) from None


_GUID = _table("System.Guid", {"Empty": lambda: Guid()})
_GUID.add("NewGuid", (0,), lambda _, a: Guid.new())
_GUID.add("Parse", (1,), _parse_guid)
_GUID.add("TryParse", (2,), _try_parse(_parse_guid))


def _char_test(test: Callable[[str], bool]) -> Callable[[Any, list[Any]], bool]:
    def call(_: Any, args: list[Any]) -> bool:
        text = to_string(args[0])
        index = to_int_arg(args[1]) if len(args) > 1 else 0
        if not 0 <= index < len(text):
            raise out_of_range(
                "index",
                "Index was out of range. Must be non-negative and less than the size of the collection.",
            )
        return test(text[index])

    return call


_CHAR = _table("System.Char", {"MaxValue": lambda: Char("\uffff"), "MinValue": lambda: Char("\0")})
for _name, _test in (
    ("IsDigit", str.isdigit),
    ("IsLetter", str.isalpha),
    ("IsLetterOrDigit", str.isalnum),
    ("IsUpper", str.isupper),
    ("IsLower", str.islower),
    ("IsWhiteSpace", str.isspace),
    ("IsNumber", str.isnumeric),
    ("IsPunctuation", lambda c: not c.isalnum() and not c.isspace() and c in "!\"#%&'()*,-./:;?@[\\]_{}"),
    ("IsControl", lambda c: ord(c) < 32 or 127 <= ord(c) < 160),
    ("IsSymbol", lambda c: c in "$+<=>^`|~"),
):
    _CHAR.add(_name, (1, 2), _char_test(_test))
_CHAR.add("ToUpper", (1, 2), lambda _, a: Char(to_string(a[0]).upper()[:1]))
_CHAR.add("ToLower", (1, 2), lambda _, a: Char(to_string(a[0]).lower()[:1]))
_CHAR.add("ConvertFromUtf32", (1,), lambda _, a: chr(to_int_arg(a[0])))
_CHAR.add("ConvertToUtf32", (2,), lambda _, a: ord(to_string(a[0])[to_int_arg(a[1])]))
_CHAR.add(
    "GetNumericValue", (1, 2), lambda _, a: float(to_string(a[0])) if to_string(a[0]).isdigit() else -1.0
)


def _array_sort(_: Any, args: list[Any]) -> None:
    import functools

    from .compare import compare

    values = args[0]
    if isinstance(values, list):
        values.sort(key=functools.cmp_to_key(lambda x, y: compare(x, y, True)))


_ARRAY = _table("System.Array")
_ARRAY.add("IndexOf", (2, 3), lambda _, a: next((i for i, x in enumerate(as_list(a[0])) if x == a[1]), -1))
_ARRAY.add(
    "LastIndexOf", (2,), lambda _, a: max((i for i, x in enumerate(as_list(a[0])) if x == a[1]), default=-1)
)
_ARRAY.add("Reverse", (1,), lambda _, a: a[0].reverse() if isinstance(a[0], list) else None)
_ARRAY.add("Sort", (1,), _array_sort)
_ARRAY.add("Exists", (2,), lambda _, a: False)
_ARRAY.add(
    "Clear",
    (3,),
    lambda _, a: a[0].__setitem__(
        slice(to_int_arg(a[1]), to_int_arg(a[1]) + to_int_arg(a[2])), [None] * to_int_arg(a[2])
    ),
)


def _regex_options(value: Any) -> int:
    if isinstance(value, EnumValue):
        return value.value
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    return convert_to(value, "System.Text.RegularExpressions.RegexOptions").value  # type: ignore[no-any-return]


def _regex(pattern: Any, options: list[Any]) -> Regex:
    try:
        return Regex(to_str_arg(pattern), _regex_options(options[0]) if options else 0)
    except RegexError as exc:
        raise DotNetError("ArgumentException", exc.message) from None


_REGEX = _table("System.Text.RegularExpressions.Regex")
_REGEX.add("Match", (2, 3), lambda _, a: _regex(a[1], a[2:]).match(to_str_arg(a[0])))
_REGEX.add("Matches", (2, 3), lambda _, a: _regex(a[1], a[2:]).matches(to_str_arg(a[0])))
_REGEX.add("IsMatch", (2, 3), lambda _, a: _regex(a[1], a[2:]).is_match(to_str_arg(a[0])))
_REGEX.add(
    "Replace",
    (3, 4),
    lambda _, a: _regex(a[1], a[3:]).replace(to_str_arg(a[0]), a[2] if callable(a[2]) else to_str_arg(a[2])),
)
_REGEX.add("Split", (2, 3), lambda _, a: _regex(a[1], a[2:]).split(to_str_arg(a[0])))
_REGEX.add("Escape", (1,), lambda _, a: escape(to_str_arg(a[0])))
_REGEX.add("Unescape", (1,), lambda _, a: unescape(to_str_arg(a[0])))


from . import statics_io, statics_misc, statics_text, statics_time  # noqa: E402,F401  (register their tables)
