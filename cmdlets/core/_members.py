"""Extended members of PSObjects (Add-Member) and the member tables Get-Member lists.

Private helper. Non-note members live in `PSObject.members` (casefolded name -> Member); an object that
has them is switched to `MemberPSObject`, a slot-compatible subclass whose `ps_get_member` /
`ps_invoke_method` hooks the runtime calls (runtime.members_rt). Script members run through the
Context that added them, with `$this` bound to the object (`this=` when Context.invoke accepts it,
else the variable `this` is set before the call).
"""

from __future__ import annotations

import inspect
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from pwshlite.cmdlet import Context
from pwshlite.objects import PSObject, ScriptBlockValue


@dataclass(slots=True)
class Member:
    """One extended member: kind is AliasProperty, ScriptProperty, ScriptMethod or CodeMethod."""

    name: str
    kind: str
    target: str | None = None  # AliasProperty: the aliased member
    getter: ScriptBlockValue | None = None  # ScriptProperty get / ScriptMethod body
    setter: ScriptBlockValue | None = None
    code: Callable[[PSObject, list[Any]], Any] | None = None  # CodeMethod body (Python)
    definition: str = ""
    ctx: Context | None = None

    @property
    def is_property(self) -> bool:
        return self.kind.endswith("Property")


def collapse(values: list[Any]) -> Any:
    if not values:
        return None
    return values[0] if len(values) == 1 else values


def run_script(member: Member, block: ScriptBlockValue, this: Any, args: list[Any]) -> Any:
    ctx = member.ctx
    if ctx is None:
        return None
    try:
        accepts_this = "this" in inspect.signature(ctx.invoke).parameters
    except (TypeError, ValueError):
        accepts_this = False
    if accepts_this:
        return collapse(ctx.invoke(block, *args, this=this))  # type: ignore[call-arg]
    ctx.set_variable("this", this)
    return collapse(ctx.invoke(block, *args, dollar_underscore=this))


def alias_value(obj: PSObject, target: str) -> Any:
    """The value an AliasProperty reads: a note property, else the member of the wrapped value."""
    if obj.has(target):
        return obj.get(target)
    inner = obj.base
    try:
        from pwshlite.values import members as value_members  # the value layer's .NET member surface

        return value_members.get_member(inner, target)
    except Exception:  # not there yet, or no such member: the few members every value has
        if isinstance(inner, str | list) and target.casefold() in ("length", "count"):
            return len(inner)
        return None


class MemberPSObject(PSObject):
    """A PSObject with extended members (same layout as PSObject, so Add-Member can switch in place)."""

    __slots__ = ()

    def ps_get_member(self, key: str) -> tuple[bool, Any]:
        member = (getattr(self, "members", None) or {}).get(key)
        if member is None or not member.is_property:
            return False, None
        if member.kind == "AliasProperty":
            return True, alias_value(self, member.target or "")
        if member.getter is None:
            return True, None
        return True, run_script(member, member.getter, self, [])

    def ps_invoke_method(self, interp: Any, key: str, args: list[Any]) -> tuple[bool, Any]:
        member = (getattr(self, "members", None) or {}).get(key)
        if member is None or member.is_property:
            return False, None
        if member.code is not None:
            return True, member.code(self, list(args))
        if member.getter is None:
            return True, None
        return True, run_script(member, member.getter, self, list(args))


def add(obj: PSObject, member: Member) -> None:
    """Attach an extended member, switching the object to MemberPSObject."""
    members = getattr(obj, "members", None)
    if members is None:
        members = {}
        setattr(obj, "members", members)  # noqa: B010 (the slot is declared without an annotation)
    members[member.name.casefold()] = member
    if not isinstance(obj, MemberPSObject) and type(obj) is PSObject:
        obj.__class__ = MemberPSObject


def extended(obj: Any) -> list[Member]:
    return list((getattr(obj, "members", None) or {}).values()) if isinstance(obj, PSObject) else []


def has_member(obj: PSObject, name: str) -> bool:
    return obj.has(name) or name.casefold() in (getattr(obj, "members", None) or {})
