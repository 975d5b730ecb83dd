"""Thin adapters from the runtime to the value layer (operators, members, casts, string forms).

Layer: runtime. pwshlite.values owns PowerShell's value semantics (convert.py, ops.py, members.py); this
module only binds them, importing ops and members on first use so that a `-Command 'Write-Output 1'`
run does not pay for modules it never needs.
"""

from __future__ import annotations

from typing import Any

from pwshlite.values import convert as _convert

to_string = _convert.to_string
to_bool = _convert.to_bool
to_number = _convert.to_number
convert_to = _convert.convert_to
type_name_of = _convert.type_name_of
resolve_type = _convert.resolve_type
is_instance = _convert.is_instance
pscustomobject_from = _convert.pscustomobject_from


def _bind_ops() -> None:
    """Replace the three operator entry points below by pwshlite.values.ops' own functions."""
    from pwshlite.values import ops

    globals().update(binary=ops.binary_op, unary=ops.unary_op, match=ops.match_op)


def binary(op: str, left: Any, right: Any) -> Any:
    """A binary operator as written in the AST (`+`, `-ceq`, `-replace`, `..`, `-f`)."""
    _bind_ops()
    return globals()["binary"](op, left, right)


def unary(op: str, operand: Any) -> Any:
    _bind_ops()
    return globals()["unary"](op, operand)


def match(op: str, left: Any, right: Any) -> tuple[Any, Any]:
    """-match / -notmatch: (result, the new $Matches table or None to leave $Matches alone)."""
    _bind_ops()
    return globals()["match"](op, left, right)


class _Members:
    """pwshlite.values.members, imported on the first member access."""

    module: Any = None

    def __getattr__(self, name: str) -> Any:
        if _Members.module is None:
            from pwshlite.values import members

            _Members.module = members
        return getattr(_Members.module, name)


_members: Any = _Members()


def get_member(obj: Any, name: str) -> Any:
    return _members.get_member(obj, name)


def set_member(obj: Any, name: str, value: Any) -> None:
    _members.set_member(obj, name, value)


def invoke_method(obj: Any, name: str, args: list[Any]) -> Any:
    return _members.invoke_method(obj, name, args)


def get_static(type_value: Any, name: str) -> Any:
    return _members.get_static(type_value, name)


def invoke_static(type_value: Any, name: str, args: list[Any]) -> Any:
    return _members.invoke_static(type_value, name, args)


def property_names(obj: Any) -> list[str]:
    """The value's properties in display order (pwshlite.values.members)."""
    names: list[str] = _members.property_names(obj)
    return names
