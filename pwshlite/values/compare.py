"""PowerShell equality and ordering (LanguagePrimitives.Equals / Compare) and the comparison operators.

Layer: values (imports only pwshlite.objects, pwshlite.errors and the standard library).

The right operand is converted to the left operand's type; strings compare case-insensitively unless
asked otherwise; a collection on the left filters (about_Comparison_Operators).

Public API:
    equals(a, b, case_sensitive: bool = False) -> bool
    compare(a, b, case_sensitive: bool = False) -> int          raises PwshError when not comparable
    compare_op(name: str, left, right, case_sensitive: bool = False) -> Any
        name is 'eq' 'ne' 'gt' 'ge' 'lt' 'le'; a list on the left returns the matching elements
    contains(collection, value, case_sensitive: bool = False) -> bool   -contains / -in
    string_sort_key(text: str, case_sensitive: bool = False) -> tuple   culture-like ordering key
"""

from __future__ import annotations

import datetime as _dt
import math
from decimal import Decimal
from typing import Any

from pwshlite.errors import ErrorCategory, PwshError
from pwshlite.objects import Char, EnumValue, PSHashtable, PSObject

from . import errs
from .convert import convert_to, to_bool, to_string, type_name_of
from .netvalues import IPAddressValue, MailAddressValue
from .parsing import parse_ps_number
from .types import Guid, Version


def _unwrap(value: Any) -> Any:
    if isinstance(value, PSObject) and value.base is not None:
        return value.base
    return value


def _is_number(value: Any) -> bool:
    return isinstance(value, int | float | Decimal) and not isinstance(value, bool)


def _char_class(ch: str) -> int:
    if ch.isalpha():
        return 2
    if ch.isdigit():
        return 1
    return 0


_IGNORED = frozenset(
    "-'\u00ad"
)  # hyphen, apostrophe, soft hyphen: no weight at the first level (.NET word sort)


def string_sort_key(text: str, case_sensitive: bool = False) -> tuple[Any, ...]:
    """An ordering key close to .NET's culture-aware comparison: symbols, then digits, then letters,
    letters alphabetical regardless of case; hyphens and apostrophes only break ties ("co-op" sorts
    right after "coop"); with case sensitivity, lowercase sorts before uppercase for otherwise equal strings."""
    primary = tuple((_char_class(c), c.casefold()) for c in text if c not in _IGNORED)
    secondary = (len(text) - len(primary), tuple((_char_class(c), c.casefold()) for c in text))
    if not case_sensitive:
        return (primary, secondary)
    return (primary, secondary, tuple(0 if c.islower() else 1 for c in text))


def _strings_equal(a: str, b: str, case_sensitive: bool) -> bool:
    return a == b if case_sensitive else (a == b or a.casefold() == b.casefold())


def _number_from(value: Any) -> int | float | Decimal | None:
    """The right operand as a number for a numeric comparison, or None when it is not numeric."""
    value = _unwrap(value)
    if value is None:
        return None
    if isinstance(value, bool):
        return int(value)
    if _is_number(value):
        return value  # type: ignore[no-any-return]
    if isinstance(value, Char):
        return ord(value)
    if isinstance(value, str):
        return parse_ps_number(value)  # "" is 0: `0 -eq ""` is true
    if isinstance(value, EnumValue):
        return value.value
    return None


def _mixed_decimal(a: Any, b: Any) -> bool:
    return isinstance(a, Decimal) != isinstance(b, Decimal) and (isinstance(a, float) or isinstance(b, float))


def _decimal_safe(value: Any) -> Any:
    """A Double meets a Decimal through its 15-digit decimal form (0.1 equals 0.1d, as in PowerShell)."""
    if isinstance(value, float) and math.isfinite(value):
        return Decimal(format(value, ".15g"))
    return value


def _convert_like(left: Any, right: Any) -> Any:
    """Convert the right operand to the left operand's type; raise PwshError when impossible."""
    if isinstance(left, _dt.datetime):
        return convert_to(right, "datetime")
    if isinstance(left, _dt.timedelta):
        return convert_to(right, "timespan")
    if isinstance(left, Guid):
        return convert_to(right, "guid")
    if isinstance(left, Version):
        return convert_to(right, "version")
    if isinstance(left, IPAddressValue | MailAddressValue):
        return convert_to(right, left.type_name)
    return right


def equals(a: Any, b: Any, case_sensitive: bool = False) -> bool:
    """LanguagePrimitives.Equals: $null equals only $null; the right value is converted to the left
    value's type (string, number, bool, date...); failed conversions are unequal."""
    a, b = _unwrap(a), _unwrap(b)
    if a is None or b is None:
        return a is None and b is None
    if isinstance(a, str):
        return _strings_equal(a, to_string(b), case_sensitive)
    if isinstance(a, bool):
        return a == to_bool(b)
    if _is_number(a):
        number = _number_from(b)
        if number is None:
            return False
        return bool(_decimal_safe(a) == _decimal_safe(number)) if _mixed_decimal(a, number) else a == number
    if isinstance(a, EnumValue):
        if isinstance(b, str):
            return a.name.casefold() == b.strip().casefold()
        number = _number_from(b)
        return number is not None and a.value == number
    if isinstance(a, _dt.datetime | _dt.timedelta | Guid | Version | IPAddressValue | MailAddressValue):
        try:
            return bool(a == _convert_like(a, b))
        except PwshError:
            return False
    if isinstance(a, list | PSHashtable | PSObject):
        return a is b
    return bool(a == b)


def _not_comparable(a: Any) -> PwshError:
    return errs.error(
        f'Cannot compare "{to_string(a)}" because it is not IComparable.',
        "NotIcomparable",
        ErrorCategory.InvalidArgument,
    )


def _sign(x: Any) -> int:
    return int((x > 0) - (x < 0))


def compare(a: Any, b: Any, case_sensitive: bool = False) -> int:
    """LanguagePrimitives.Compare: <0, 0 or >0. $null sorts before everything; the right value is
    converted to the left value's type; raises PwshError when the values cannot be compared."""
    a, b = _unwrap(a), _unwrap(b)
    if a is None or b is None:
        return 0 if a is b else (-1 if a is None else 1)
    if isinstance(a, str):
        key_a = string_sort_key(a, case_sensitive)
        key_b = string_sort_key(to_string(b), case_sensitive)
        return (key_a > key_b) - (key_a < key_b)
    if isinstance(a, bool):
        return _sign(int(a) - int(to_bool(b)))
    if _is_number(a) or isinstance(a, EnumValue):
        left = a.value if isinstance(a, EnumValue) else a
        right = _number_from(b)
        if right is None:
            raise convert_error(b)
        if isinstance(left, Decimal) != isinstance(right, Decimal) and isinstance(left, float) != isinstance(
            right, float
        ):
            left, right = _decimal_safe(left), _decimal_safe(right)  # Double meets Decimal as a decimal
            if isinstance(left, float) or isinstance(right, float):
                left, right = float(left), float(right)  # NaN / infinities
        return (left > right) - (left < right)
    if isinstance(a, _dt.datetime | _dt.timedelta | Version):
        other = _convert_like(a, b)
        return int((a > other) - (a < other))
    if isinstance(a, Guid):
        sa, sb = str(a), str(_convert_like(a, b))
        return (sa > sb) - (sa < sb)
    raise _not_comparable(a)


def convert_error(value: Any) -> PwshError:
    """The error for a right operand that is not a number in a numeric comparison."""
    text = to_string(value)
    if isinstance(value, str):
        return errs.cast_error(
            text,
            "System.Int32",
            "Input string was not in a correct format.",
            "InvalidCastFromStringToInteger",
        )
    return errs.cast_error_plain(text, type_name_of(value), "System.Int32")


def _comparison_failure(a: Any, b: Any, inner: PwshError) -> PwshError:
    """`Could not compare "a" to "b". Error: "..."` (ExtendedTypeSystem.ComparisonFailure)."""
    return errs.error(
        f'Could not compare "{to_string(a)}" to "{to_string(b)}". Error: "{inner.record.message}"',
        "ComparisonFailure",
        ErrorCategory.InvalidOperation,
    )


def _null_ordered(name: str, a: Any, b: Any) -> bool:
    """-gt/-ge/-lt/-le with $null on a side (PSBinaryOperationBinder.CompareGT & co): a number is
    compared with zero, otherwise only which side is $null matters."""
    if _is_number(a):
        return bool(a >= 0) if name in ("gt", "ge") else bool(a < 0)
    if _is_number(b):
        return bool(b < 0) if name in ("gt", "ge") else bool(b >= 0)
    if name == "gt":
        return a is not None
    if name == "ge":
        return b is None
    if name == "lt":
        return b is not None
    return a is None


def _ordered(name: str, a: Any, b: Any, case_sensitive: bool) -> bool:
    a, b = _unwrap(a), _unwrap(b)
    if a is None or b is None:
        return _null_ordered(name, a, b)
    if _is_number(a) and isinstance(b, str) and not isinstance(b, Char) and _number_from(b) is None:
        raise convert_error(b)  # the number scanner's own error, not wrapped (BinaryNumericStringOp)
    try:
        result = compare(a, b, case_sensitive)
    except PwshError as exc:
        raise _comparison_failure(a, b, exc) from None
    if name == "gt":
        return result > 0
    if name == "ge":
        return result >= 0
    if name == "lt":
        return result < 0
    return result <= 0


def scalar_compare(name: str, a: Any, b: Any, case_sensitive: bool = False) -> bool:
    """One comparison between two scalars."""
    if name == "eq":
        return equals(a, b, case_sensitive)
    if name == "ne":
        return not equals(a, b, case_sensitive)
    return _ordered(name, a, b, case_sensitive)


def compare_op(name: str, left: Any, right: Any, case_sensitive: bool = False) -> Any:
    """-eq -ne -gt -ge -lt -le (name without dash and case prefix). A collection on the left returns
    the elements for which the comparison holds (an object[]); otherwise a bool."""
    left = _unwrap(left)
    if isinstance(left, list):
        return [item for item in left if scalar_compare(name, item, right, case_sensitive)]
    return scalar_compare(name, left, right, case_sensitive)


def contains(collection: Any, value: Any, case_sensitive: bool = False) -> bool:
    """-contains / -in: does any element equal the value (element on the left of the equality)?"""
    collection = _unwrap(collection)
    items = collection if isinstance(collection, list) else [collection]
    return any(equals(item, value, case_sensitive) for item in items)
