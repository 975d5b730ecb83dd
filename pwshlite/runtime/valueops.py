"""Thin adapters from the runtime to the value layer (operators, members, casts, string forms).

Layer: runtime. pwshlite.values owns PowerShell's value semantics (ops.py, members.py, convert.py);
this module only binds them once at import and supplies small stand-ins for the few functions that
may be missing while the value layer is still being written (noted in docs/engine.md).
"""

from __future__ import annotations

import fnmatch
import re
from decimal import Decimal
from typing import Any

from pwshlite.errors import ErrorCategory, ErrorRecord, PwshError
from pwshlite.objects import PSHashtable, PSObject
from pwshlite.values import convert as _convert

to_string = _convert.to_string
to_bool = _convert.to_bool
to_number = _convert.to_number
convert_to = _convert.convert_to
type_name_of = _convert.type_name_of
resolve_type = _convert.resolve_type
is_instance = _convert.is_instance

_ops: Any = None  # pwshlite.values.ops, imported by the first operator evaluated (startup time)


class _LazyMembers:
    """pwshlite.values.members, imported on first member access (keeps `-Command` startup short)."""

    _module: Any = None
    _missing = False

    def __getattr__(self, name: str) -> Any:
        if _LazyMembers._module is None:
            from pwshlite.values import members

            _LazyMembers._module = members
        return getattr(_LazyMembers._module, name)


_members: Any = _LazyMembers()


def _error(
    message: str, error_id: str, category: ErrorCategory = ErrorCategory.InvalidOperation
) -> PwshError:
    return PwshError(ErrorRecord(message=message, error_id=error_id, category=category))


# -- operators ---------------------------------------------------------------------------------------------


def _load_ops() -> Any:
    """Bind binary/unary/match to pwshlite.values.ops on first use (fallbacks if it is missing)."""
    global _ops
    try:
        from pwshlite.values import ops
    except ImportError:  # pragma: no cover - the value layer's operators have not landed
        globals().update(binary=_fallback_binary, unary=_fallback_unary, match=_fallback_match)
        return None
    _ops = ops
    globals().update(binary=ops.binary_op, unary=ops.unary_op, match=ops.match_op)
    return ops


def binary(op: str, left: Any, right: Any) -> Any:
    _load_ops()
    return globals()["binary"](op, left, right)


def unary(op: str, operand: Any) -> Any:
    _load_ops()
    return globals()["unary"](op, operand)


def match(op: str, left: Any, right: Any) -> tuple[Any, Any]:
    """-match / -notmatch: (result, the new $Matches table or None to leave $Matches alone)."""
    _load_ops()
    return globals()["match"](op, left, right)


def _fallback_match(op: str, left: Any, right: Any) -> tuple[Any, Any]:
    result = _fallback_binary(op, left, right)
    return result, (_FALLBACK_MATCHES.pop() if _FALLBACK_MATCHES else None)


_FALLBACK_MATCHES: list[Any] = []


def _num(value: Any) -> Any:
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, int | float | Decimal):
        return value
    return to_number(value)


def _compare(op: str, left: Any, right: Any) -> bool:
    ci = not op.startswith("-c")
    name = op.lstrip("-")
    if name[0] in "ci" and name[1:] in (
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
    ):
        name = name[1:]
    if isinstance(left, str) and not isinstance(right, str):
        right = to_string(right)
    elif isinstance(left, int | float | Decimal) and not isinstance(left, bool) and isinstance(right, str):
        try:
            right = to_number(right)
        except PwshError:
            left = to_string(left)
    a, b = left, right
    if ci and isinstance(a, str) and isinstance(b, str):
        a, b = a.casefold(), b.casefold()
    if name == "eq":
        return bool(a == b)
    if name == "ne":
        return bool(a != b)
    if name in ("like", "notlike"):
        hit = fnmatch.fnmatchcase(to_string(a), to_string(b))
        return hit if name == "like" else not hit
    if name in ("match", "notmatch"):
        m = re.search(to_string(right), to_string(left), re.IGNORECASE if ci else 0)
        if m and name == "match":
            table = PSHashtable(
                [(0, m.group(0))] + [(i + 1, g) for i, g in enumerate(m.groups()) if g is not None]
            )
            _FALLBACK_MATCHES[:] = [table]
        return bool(m) if name == "match" else not m
    if a is None or b is None:
        return False
    return bool({"gt": a > b, "ge": a >= b, "lt": a < b, "le": a <= b}[name])


def _fallback_binary(op: str, left: Any, right: Any) -> Any:
    if op in ("+", "-", "*", "/", "%"):
        if op == "+" and isinstance(left, str):
            return left + to_string(right)
        if op == "+" and isinstance(left, list):
            return left + (right if isinstance(right, list) else [right])
        a, b = _num(left if left is not None else 0), _num(right if right is not None else 0)
        if op == "+":
            return a + b
        if op == "-":
            return a - b
        if op == "*":
            return a * b
        if op == "%":
            return a % b
        if b == 0:
            raise _error("Attempted to divide by zero.", "RuntimeException", ErrorCategory.NotSpecified)
        result = a / b
        return int(result) if isinstance(result, float) and result.is_integer() else result
    if op == "..":
        lo, hi = int(_num(left)), int(_num(right))
        return list(range(lo, hi + 1)) if lo <= hi else list(range(lo, hi - 1, -1))
    if op in ("-join",):
        return to_string(right).join(to_string(v) for v in (left if isinstance(left, list) else [left]))
    if op in ("-contains", "-ccontains", "-icontains", "-notcontains", "-in", "-notin"):
        coll, item = (left, right) if "contains" in op else (right, left)
        items = coll if isinstance(coll, list) else [coll]
        hit = any(_compare("-eq", x, item) for x in items)
        return hit if "not" not in op else not hit
    if op == "-f":
        args = right if isinstance(right, list) else [right]
        return re.sub(r"\{(\d+)\}", lambda m: to_string(args[int(m.group(1))]), to_string(left))
    if op.startswith("-") and isinstance(left, list):
        return [x for x in left if _compare(op, x, right)]
    return _compare(op, left, right)


def _fallback_unary(op: str, operand: Any) -> Any:
    if op in ("!", "-not"):
        return not to_bool(operand)
    if op == "-":
        return -_num(operand)
    if op == "+":
        return _num(operand)
    if op == "-join":
        return "".join(to_string(v) for v in (operand if isinstance(operand, list) else [operand]))
    if op == "-split":
        return to_string(operand).split()
    raise _error(f"The unary operator '{op}' is not supported.", "UnexpectedToken")


# -- members -----------------------------------------------------------------------------------------------


def get_member(obj: Any, name: str) -> Any:
    if _members is not None:
        return _members.get_member(obj, name)
    if isinstance(obj, PSObject):
        if obj.has(name):
            return obj.get(name)
        return get_member(obj.base, name) if obj.base is not None else None
    if isinstance(obj, PSHashtable):
        if name.casefold() in ("count",):
            return len(obj)
        if name.casefold() == "keys":
            return obj.keys()
        if name.casefold() == "values":
            return obj.values()
        return obj[name]
    if isinstance(obj, list):
        if name.casefold() in ("count", "length"):
            return len(obj)
        out: list[Any] = []
        for item in obj:
            value = get_member(item, name)
            if isinstance(value, list):
                out.extend(value)
            elif value is not None:
                out.append(value)
        return out if len(out) != 1 else out[0]
    if isinstance(obj, str) and name.casefold() == "length":
        return len(obj)
    return None


def set_member(obj: Any, name: str, value: Any) -> None:
    if _members is not None:
        _members.set_member(obj, name, value)
        return
    if isinstance(obj, PSObject):
        obj.set(name, value)
    elif isinstance(obj, PSHashtable):
        obj[name] = value
    else:
        raise _error(
            f"The property '{name}' cannot be found on this object. Verify that the property exists and can be set.",
            "PropertyNotFound",
        )


def invoke_method(obj: Any, name: str, args: list[Any]) -> Any:
    if _members is not None:
        return _members.invoke_method(obj, name, args)
    key = name.casefold()
    if isinstance(obj, str):
        simple = {"tolower": obj.lower, "toupper": obj.upper, "trim": obj.strip, "tostring": lambda: obj}
        if key in simple and not args:
            return simple[key]()
    if isinstance(obj, list) and key == "add":
        obj.append(args[0])
        return len(obj) - 1
    if isinstance(obj, PSHashtable) and key == "containskey":
        return args[0] in obj
    if key == "tostring" and not args:
        return to_string(obj)
    raise _error(
        f"Method invocation failed because [{type_name_of(obj)}] does not contain a method named '{name}'.",
        "MethodNotFound",
    )


def get_static(type_value: Any, name: str) -> Any:
    if _members is not None:
        return _members.get_static(type_value, name)
    raise _error(f"Unable to find static member '{name}'.", "PropertyNotFound")


def invoke_static(type_value: Any, name: str, args: list[Any]) -> Any:
    if _members is not None:
        return _members.invoke_static(type_value, name, args)
    raise _error(
        f"Method invocation failed because [{type_value}] does not contain a method named '{name}'.",
        "MethodNotFound",
    )
