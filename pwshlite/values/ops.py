"""PowerShell operators on values: arithmetic, comparison, string, type, bitwise, logical, range, -f.

Layer: values (imports only pwshlite.objects, pwshlite.errors and the standard library).
The left operand decides the operation and the right operand is converted to it ("1"+1 is "11",
1+"1" is 2; about_Arithmetic_Operators). Int32 results that overflow become Double, as IntOps does in
the 5.1 engine (Operations.cs); Int64 likewise.

Public API:
    binary_op(op: str, left, right) -> Any      op as in the AST: '+', '-eq', '-cmatch', '-replace', '..', '-f'
    unary_op(op: str, operand) -> Any           '-', '+', '!', '-not', '-bnot', '-split', '-join', ','
    add(a, b) / subtract(a, b) / multiply(a, b) / divide(a, b) / modulo(a, b) -> Any
    range_op(a, b) -> list[int]                 1..5, 5..1 (at most MAX_RANGE elements)
    range_bounds(a, b) -> range                 the same range, lazily (foreach loops)
    is_op(value, type) -> bool / as_op(value, type) -> Any     -is / -as (type: PSType or name)
    format_op(fmt, args) -> str                 -f
    match_op(op, left, right) -> (value, PSHashtable | None)   -match/-notmatch with the new $Matches
    take_matches() -> PSHashtable | None        $Matches left by the last binary_op -match (popped)
    binary / unary                              aliases of binary_op / unary_op
    split_op_name(op) -> (base: str, case_sensitive: bool)     '-ceq' -> ('eq', True)
    compare(a, b, case_sensitive=False) -> int, equals(a, b, case_sensitive=False) -> bool  (from .compare)
"""

from __future__ import annotations

import datetime as _dt
import math
import operator
from collections.abc import Callable
from decimal import Decimal, DivisionByZero, InvalidOperation, localcontext
from typing import Any

from pwshlite.errors import ErrorCategory, PwshError
from pwshlite.objects import Char, EnumValue, PSHashtable, PSObject

from . import errs, textops
from .compare import compare, compare_op, contains, equals
from .convert import convert_to, is_instance, resolve_type, to_bool, to_number, to_string, type_name_of
from .parsing import parse_timespan, ticks_to_timedelta
from .types import PSType

__all__ = [
    "binary_op",
    "unary_op",
    "add",
    "subtract",
    "multiply",
    "divide",
    "modulo",
    "range_op",
    "is_op",
    "as_op",
    "format_op",
    "match_op",
    "take_matches",
    "binary",
    "unary",
    "split_op_name",
    "compare",
    "equals",
]

I32_MIN, I32_MAX = -(2**31), 2**31 - 1
I64_MIN, I64_MAX = -(2**63), 2**63 - 1
_OP_METHODS = {
    "+": "op_Addition",
    "-": "op_Subtraction",
    "*": "op_Multiply",
    "/": "op_Division",
    "%": "op_Modulus",
}


def _unwrap(value: Any) -> Any:
    if isinstance(value, PSObject) and value.base is not None:
        return value.base
    return value


def _op_type_name(value: Any) -> str:
    if isinstance(value, PSObject):
        return "System.Management.Automation.PSObject"
    return type_name_of(value)


def _no_operator(op: str, left: Any) -> PwshError:
    return errs.method_not_found(_op_type_name(left), _OP_METHODS[op])


def _not_defined(op: str, left: Any, right: Any) -> PwshError:
    """`The operation '[System.Char] * [System.Int32]' is not defined.` (NotADefinedOperationForType)."""
    left_name = type_name_of(left) if left is not None else "$null"
    right_name = type_name_of(right) if right is not None else "$null"
    return errs.error(
        f"The operation '[{left_name}] {op} [{right_name}]' is not defined.",
        "NotADefinedOperationForType",
        ErrorCategory.InvalidOperation,
    )


def divide_by_zero() -> PwshError:
    """5.1 wraps System.DivideByZeroException in a RuntimeException; `catch [DivideByZeroException]`
    matches through the inner exception (ExceptionHandlingOps.FindMatchingHandler)."""
    return errs.error(
        "Attempted to divide by zero.",
        "RuntimeException",
        ErrorCategory.NotSpecified,
        inner_exception="System.DivideByZeroException",
    )


# -- numeric core --------------------------------------------------------------------------------------------


def _int_result(value: int, wide: bool) -> int | float:
    """Int32 ops overflow to Double; Int64 ops (an operand outside Int32) overflow to Double too."""
    if I32_MIN <= value <= I32_MAX:
        return value
    if wide and I64_MIN <= value <= I64_MAX:
        return value
    return float(value)


def _is_number(value: Any) -> bool:
    return isinstance(value, int | float | Decimal) and not isinstance(value, bool)


def _as_number(value: Any) -> int | float | Decimal:
    if type(value) is int or type(value) is float:
        return value  # type: ignore[no-any-return,unused-ignore]
    number = to_number(value)
    return int(number) if isinstance(number, bool) else number


def _numeric(op: str, a: Any, b: Any) -> int | float | Decimal:
    x, y = _as_number(a), _as_number(b)
    if isinstance(x, Decimal) or isinstance(y, Decimal):
        # Decimal is the widest numeric type (BinaryNumericOp); a Double converts with 15 digits
        return _decimal_op(op, _to_decimal_operand(x), _to_decimal_operand(y))
    if isinstance(x, float) or isinstance(y, float):
        return _float_op(op, float(x), float(y))
    return _integer_op(op, int(x), int(y))


def _to_decimal_operand(value: int | float | Decimal) -> Decimal:
    if isinstance(value, float):
        if not math.isfinite(value):
            raise errs.error(
                "Value was either too large or too small for a Decimal.",
                "RuntimeException",
                ErrorCategory.NotSpecified,
            )
        return Decimal(format(value, ".15g"))
    return Decimal(value)


def _float_op(op: str, x: float, y: float) -> float:
    if op == "+":
        return x + y
    if op == "-":
        return x - y
    if op == "*":
        return x * y
    if op == "/":
        if y == 0:
            return math.nan if x == 0 or math.isnan(x) else math.copysign(math.inf, x) * math.copysign(1, y)
        return x / y
    if y == 0 or math.isinf(x):
        return math.nan
    return math.fmod(x, y)


def _decimal_op(op: str, x: Decimal, y: Decimal) -> Decimal:
    try:
        if op == "+":
            return x + y
        if op == "-":
            return x - y
        if op == "*":
            return x * y
        if y == 0:
            raise divide_by_zero()
        if op == "%":
            return x % y  # Decimal % keeps the dividend's sign, as C# does
        with localcontext() as ctx:
            ctx.prec = 29  # System.Decimal: 29 significant digits, at most 28 decimal places
            quotient = x / y
        exponent = quotient.as_tuple().exponent
        if isinstance(exponent, int) and exponent < -28:
            quotient = quotient.quantize(Decimal(1).scaleb(-28))
        return quotient
    except (DivisionByZero, InvalidOperation):
        raise divide_by_zero() from None


def _integer_op(op: str, x: int, y: int) -> int | float:
    wide = not (I32_MIN <= x <= I32_MAX and I32_MIN <= y <= I32_MAX)
    if op == "+":
        return _int_result(x + y, wide)
    if op == "-":
        return _int_result(x - y, wide)
    if op == "*":
        return _int_result(x * y, wide)
    if y == 0:
        raise divide_by_zero()
    if op == "/":
        if x % y == 0:
            return _int_result(abs(x) // abs(y) * (1 if (x >= 0) == (y > 0) else -1), wide)
        return x / y
    remainder = abs(x) % abs(y)
    return -remainder if x < 0 else remainder


# -- arithmetic operators ----------------------------------------------------------------------------------


def add(a: Any, b: Any) -> Any:
    """`+`: numbers add, strings concatenate, arrays concatenate, hashtables merge, dates shift."""
    if type(a) is int and type(b) is int:
        result = a + b
        return result if I32_MIN <= result <= I32_MAX else _integer_op("+", a, b)
    if type(a) is str and type(b) is str:
        return a + b
    a = _unwrap(a)
    if a is None:
        return list(b) if isinstance(b, list) else b
    if isinstance(a, str):
        return str.__str__(a) + to_string(b) if not isinstance(a, Char) else str(a) + to_string(b)
    if isinstance(a, list):
        b = _unwrap(b)
        return list(a) + (list(b) if isinstance(b, list) else [b])
    if isinstance(a, PSHashtable):
        return _merge(a, _unwrap(b))
    if isinstance(a, _dt.datetime | _dt.timedelta):
        return _date_add(a, _unwrap(b), 1)
    if _is_number(a) or isinstance(a, bool | EnumValue):
        return _numeric("+", a, b)  # Boolean is a primitive: BinaryAdd takes the numeric path
    raise _no_operator("+", a)


def _merge(a: PSHashtable, b: Any) -> PSHashtable:
    if not isinstance(b, PSHashtable):
        raise errs.error(
            "A hash table can only be added to another hash table.",
            "AddHashTableToNonHashTable",
            ErrorCategory.InvalidOperation,
        )
    result = PSHashtable(a.items(), ordered=a.ordered)
    for key, value in b.items():
        if key in result:
            existing = next(k for k in result.keys() if k == key or str(k).casefold() == str(key).casefold())
            raise errs.error(
                f"Item has already been added. Key in dictionary: '{existing}'  Key being added: '{key}'",
                "System.ArgumentException",
                ErrorCategory.OperationStopped,
                "System.ArgumentException",
            )
        result[key] = value
    return result


def _date_add(a: Any, b: Any, sign: int) -> Any:
    """DateTime/TimeSpan op_Addition and op_Subtraction: the right operand may be a TimeSpan, a DateTime
    (DateTime - DateTime), ticks, or a string that converts to one of those."""
    if isinstance(b, str) and not isinstance(b, Char):
        b = _date_operand(a, b, sign)
    if isinstance(b, _dt.timedelta):
        return a + sign * b
    if isinstance(a, _dt.datetime) and isinstance(b, _dt.datetime) and sign < 0:
        return a - b
    if _is_number(b):
        ticks = convert_to(b, "long")
        return a + sign * ticks_to_timedelta(ticks)
    raise _no_operator("+" if sign > 0 else "-", a)


def _date_operand(a: Any, text: str, sign: int) -> Any:
    """A string operand of date arithmetic: a TimeSpan when it reads as one ("02:00:00"), else a DateTime
    (only for DateTime - x), else a TimeSpan conversion (with its error)."""
    if parse_timespan(text) is not None:
        return parse_timespan(text)
    if isinstance(a, _dt.datetime) and sign < 0:
        try:
            return convert_to(text, "datetime")
        except PwshError:
            pass
    return convert_to(text, "timespan")


def subtract(a: Any, b: Any) -> Any:
    """`-`: numeric subtraction (strings on the left are parsed as numbers); date - date is a TimeSpan."""
    if type(a) is int and type(b) is int:
        result = a - b
        return result if I32_MIN <= result <= I32_MAX else _integer_op("-", a, b)
    return _other_arith("-", _unwrap(a), b)


def _other_arith(op: str, a: Any, b: Any) -> Any:
    """- / % (BinarySubDivOrRem: primitives incl. Boolean and Char take the numeric path, strings are
    scanned as numbers) and * (BinaryMultiply: only numbers; Boolean and Char have no operator)."""
    if isinstance(a, _dt.datetime | _dt.timedelta) and op == "-":
        return _date_add(a, _unwrap(b), -1)
    if op == "*" and isinstance(a, Char | bool):
        raise _not_defined(op, a, _unwrap(b))  # ParserOps.ImplicitOp: primitives without op_Multiply
    if isinstance(a, Char):
        return _numeric(op, ord(a), b)
    if a is None or isinstance(a, str | bool | EnumValue) or _is_number(a):
        return _numeric(op, a, b)
    raise _no_operator(op, a)


MAX_REPEAT = 100_000_000


def _repeat_count(b: Any, size: int) -> int:
    """The repeat count of `"ab" * n` / `@(1) * n`; a result beyond MAX_REPEAT elements fails as .NET
    runs out of memory (pwshlite's bound) rather than exhausting the machine."""
    count = max(int(convert_to(b, "int")), 0)
    if size * count > MAX_REPEAT:
        raise errs.error(
            "Exception of type 'System.OutOfMemoryException' was thrown.",
            "System.OutOfMemoryException",
            ErrorCategory.OperationStopped,
            "System.OutOfMemoryException",
        )
    return count


def multiply(a: Any, b: Any) -> Any:
    """`*`: numbers multiply, a string or an array on the left is repeated."""
    if type(a) is int and type(b) is int:
        return _integer_op("*", a, b)
    a = _unwrap(a)
    if a is None:
        return None  # BinaryMultiply: $null * x is $null
    if isinstance(a, str) and not isinstance(a, Char):
        return a * _repeat_count(b, len(a))
    if isinstance(a, list):
        return list(a) * _repeat_count(b, len(a))
    return _other_arith("*", a, b)


def divide(a: Any, b: Any) -> Any:
    """`/`: Int32 division gives Int32 when exact, Double otherwise; dividing an integer by 0 fails."""
    return _other_arith("/", _unwrap(a), b)


def modulo(a: Any, b: Any) -> Any:
    """`%`: remainder with the sign of the dividend (C# semantics)."""
    return _other_arith("%", _unwrap(a), b)


# -- other operators ---------------------------------------------------------------------------------------


MAX_RANGE = 10_000_000


def range_bounds(a: Any, b: Any) -> range:
    """`a..b` as a lazy Python range (for `foreach ($i in 1..N)`): both ends converted to Int32 (5.1 has
    no character ranges), ascending or descending."""
    low, high = convert_to(a, "int"), convert_to(b, "int")
    step = 1 if high >= low else -1
    return range(low, high + step, step)


def range_op(a: Any, b: Any) -> list[int]:
    """`a..b` as an object[]; more than MAX_RANGE elements fails as .NET fails to allocate such an array
    (pwshlite's bound; `Array dimensions exceeded supported range.`) instead of exhausting memory."""
    bounds = range_bounds(a, b)
    if len(bounds) > MAX_RANGE:
        raise errs.error(
            "Array dimensions exceeded supported range.",
            "System.OutOfMemoryException",
            ErrorCategory.OperationStopped,
            "System.OutOfMemoryException",
        )
    return list(bounds)


def _type_of(right: Any) -> PSType:
    right = _unwrap(right)
    if isinstance(right, PSType):
        return right
    found = resolve_type(to_string(right))
    if found is None:
        raise errs.cast_error_plain(to_string(right), type_name_of(right), "System.Type")
    return found


def is_op(value: Any, type_value: Any) -> bool:
    """-is: type test against a type object or a type name."""
    return is_instance(value, _type_of(type_value))


def as_op(value: Any, type_value: Any) -> Any:
    """-as: the conversion, or $null when it fails."""
    target = _type_of(type_value)
    try:
        return convert_to(value, target)
    except PwshError:
        return None


def format_op(fmt: Any, args: Any) -> str:
    """-f: .NET composite formatting with the right operand as argument list."""
    from .dotnet_format import format_string

    args = _unwrap(args)
    items = list(args) if isinstance(args, list) else [args]
    return format_string(to_string(fmt), items)


def _to_integer_operand(value: Any) -> int:
    number = to_number(value)
    if isinstance(number, float | Decimal):
        return int(convert_to(number, "long"))
    return int(number)


def _bitwise(op: str, a: Any, b: Any) -> Any:
    """-band -bor -bxor -shl -shr; $null -band $null is 0; an enum on the left keeps its type
    (BinaryBitwiseOp casts the result back to the enum)."""
    a, b = _unwrap(a), _unwrap(b)
    result = _bitwise_int(op, a, b)
    if isinstance(a, EnumValue) and op in ("band", "bor", "bxor"):
        from .enums import ENUMS, to_enum

        if a.type_name in ENUMS:
            return to_enum(result, a.type_name)
    return result


def _bitwise_int(op: str, a: Any, b: Any) -> int:
    x, y = _to_integer_operand(a), _to_integer_operand(b)
    wide = not (I32_MIN <= x <= I32_MAX and I32_MIN <= y <= I32_MAX)
    if op == "band":
        result = x & y
    elif op == "bor":
        result = x | y
    elif op == "bxor":
        result = x ^ y
    elif op == "shl":
        bits = 64 if wide else 32
        result = (x << (y & (bits - 1))) & ((1 << bits) - 1)
        result = result - (1 << bits) if result >= 1 << (bits - 1) else result
    else:
        result = x >> (y & (63 if wide else 31))
    return result


def split_op_name(op: str) -> tuple[str, bool]:
    """'-ceq' -> ('eq', True); '-ieq' and '-eq' -> ('eq', False); '+' -> ('+', False)."""
    name = op.casefold().lstrip("-") if op.startswith("-") and len(op) > 1 else op
    if name in _CASED or not op.startswith("-"):
        return name, False
    if name[:1] in ("c", "i") and name[1:] in _CASED:
        return name[1:], name[0] == "c"
    return name, False


_CASED = {
    "eq",
    "ne",
    "gt",
    "ge",
    "lt",
    "le",
    "like",
    "notlike",
    "match",
    "notmatch",
    "contains",
    "notcontains",
    "in",
    "notin",
    "replace",
    "split",
}


def match_op(op: str, left: Any, right: Any) -> tuple[Any, PSHashtable | None]:
    """-match / -notmatch (any case prefix) with the new $Matches table (None: leave it alone)."""
    name, cased = split_op_name(op)
    return textops.match(left, right, cased, negate=name == "notmatch")


_ARITH: dict[str, Callable[[Any, Any], Any]] = {
    "+": add,
    "-": subtract,
    "*": multiply,
    "/": divide,
    "%": modulo,
    "..": range_op,
}


_LAST_MATCHES: list[PSHashtable] = []


def take_matches() -> PSHashtable | None:
    """The $Matches table filled by the last successful scalar -match/-notmatch done through
    binary_op (then forgotten); None when that operation left $Matches alone."""
    return _LAST_MATCHES.pop() if _LAST_MATCHES else None


_FAST_COMPARE: dict[str, Callable[[Any, Any], bool]] = {
    "-eq": operator.eq,
    "-ne": operator.ne,
    "-gt": operator.gt,
    "-ge": operator.ge,
    "-lt": operator.lt,
    "-le": operator.le,
}
_NUMBER_TYPES = (int, float)


def binary_op(op: str, left: Any, right: Any) -> Any:
    """Apply a binary operator (AST spelling, any case). -and/-or are evaluated here without
    short-circuit; the runtime short-circuits before calling when it needs to. After -match the
    runtime reads the new $Matches with take_matches()."""
    arith = _ARITH.get(op)
    if arith is not None:
        return arith(left, right)
    fast = _FAST_COMPARE.get(op)
    if fast is not None and type(left) in _NUMBER_TYPES and type(right) in _NUMBER_TYPES:
        return fast(left, right)  # plain Int32/Int64/Double operands: no conversion needed
    if (op == "-eq" or op == "-ne") and type(left) is str and type(right) is str:
        same = left == right or left.casefold() == right.casefold()
        return same if op == "-eq" else not same
    name, cased = split_op_name(op)
    if name in ("eq", "ne", "gt", "ge", "lt", "le"):
        return compare_op(name, left, right, cased)
    if name in ("match", "notmatch"):
        result, table = textops.match(left, right, cased, negate=name == "notmatch")
        _LAST_MATCHES[:] = [table] if table is not None else []
        return result
    handler = _NAMED.get(name)
    if handler is None:
        raise errs.error(f"Unknown operator '{op}'.", "UnknownOperator", ErrorCategory.InvalidOperation)
    return handler(left, right, cased)


_NAMED: dict[str, Callable[[Any, Any, bool], Any]] = {
    "like": lambda a, r, c: textops.like(a, r, c),
    "notlike": lambda a, r, c: textops.like(a, r, c, negate=True),
    "contains": lambda a, r, c: contains(a, r, c),
    "notcontains": lambda a, r, c: not contains(a, r, c),
    "in": lambda a, r, c: contains(r, a, c),
    "notin": lambda a, r, c: not contains(r, a, c),
    "replace": lambda a, r, c: textops.replace(a, r, c),
    "split": lambda a, r, c: textops.split(a, r, c),
    "join": lambda a, r, c: textops.join(a, r),
    "is": lambda a, r, c: is_op(a, r),
    "isnot": lambda a, r, c: not is_op(a, r),
    "as": lambda a, r, c: as_op(a, r),
    "f": lambda a, r, c: format_op(a, r),
    "and": lambda a, r, c: to_bool(a) and to_bool(r),
    "or": lambda a, r, c: to_bool(a) or to_bool(r),
    "xor": lambda a, r, c: to_bool(a) != to_bool(r),
    "band": lambda a, r, c: _bitwise("band", a, r),
    "bor": lambda a, r, c: _bitwise("bor", a, r),
    "bxor": lambda a, r, c: _bitwise("bxor", a, r),
    "shl": lambda a, r, c: _bitwise("shl", a, r),
    "shr": lambda a, r, c: _bitwise("shr", a, r),
}


def unary_op(op: str, operand: Any) -> Any:
    """Unary operators: '-' '+' '!' '-not' '-bnot' '-split' '-csplit' '-isplit' '-join' ','."""
    name = op.casefold()
    if name in ("!", "-not"):
        return not to_bool(operand)
    if name == "-":
        value = _unwrap(operand)
        if isinstance(value, _dt.timedelta):
            return -value
        return subtract(0, value if not isinstance(value, str) else to_number(value))
    if name == "+":
        return _as_number(_unwrap(operand))
    if name == "-bnot":
        return ~_to_integer_operand(operand)
    if name in ("-split", "-csplit", "-isplit"):
        return textops.split_unary(operand)
    if name == "-join":
        return textops.join_unary(operand)
    if name == ",":
        return [operand]
    raise errs.error(f"Unknown operator '{op}'.", "UnknownOperator", ErrorCategory.InvalidOperation)


binary = binary_op  # names the runtime adapter (runtime/valueops.py) looks up
unary = unary_op
