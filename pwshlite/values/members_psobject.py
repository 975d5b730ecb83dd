"""The intrinsic `.psobject` / `.pstypenames` members: a view of any value's properties and type names.

Layer: values (imports only pwshlite.objects, pwshlite.errors and the standard library).
`$o.psobject.Properties` lists property objects (Name, Value, MemberType, IsSettable, TypeNameOfValue)
whose Value writes through; `$o.pstypenames` / `$o.psobject.TypeNames` is the live type-name list of a
PSObject (Insert/Add/Remove change how it formats).

Public API:
    psobject_view(value) -> PSObjectView
    type_name_collection(obj: PSObject) -> TypeNameCollection     live, mutable view of obj.type_names
"""

from __future__ import annotations

from typing import Any

from pwshlite.objects import PSObject

from .mcore import DotNetError

_COLLECTION = "System.Collections.ObjectModel.Collection`1[[System.String, mscorlib, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089]]"


class TypeNameCollection(list[str]):
    """PSObject.TypeNames: a Collection<string> (Add, Insert, Remove, Clear, Contains, IndexOf)."""

    __slots__ = ()
    type_name = _COLLECTION

    def ps_call(self, name: str, args: list[Any]) -> tuple[bool, Any]:
        from .convert import to_string

        key = name.casefold()
        if key == "add" and len(args) == 1:
            self.append(to_string(args[0]))
        elif key == "insert" and len(args) == 2:
            index = int(args[0])
            if not 0 <= index <= len(self):
                raise DotNetError(
                    "ArgumentOutOfRangeException",
                    "Index must be within the bounds of the List.\nParameter name: index",
                )
            self.insert(index, to_string(args[1]))
        elif key == "remove" and len(args) == 1:
            text = to_string(args[0])
            if text in self:
                self.remove(text)
                return True, True
            return True, False
        elif key == "removeat" and len(args) == 1:
            del self[int(args[0])]
        elif key == "clear" and not args:
            self.clear()
        elif key == "contains" and len(args) == 1:
            return True, to_string(args[0]) in self
        elif key == "indexof" and len(args) == 1:
            text = to_string(args[0])
            return True, self.index(text) if text in self else -1
        else:
            return False, None
        return True, None


def type_name_collection(obj: PSObject) -> TypeNameCollection:
    """The PSObject's own type-name list, made a TypeNameCollection in place (stays a list)."""
    if not isinstance(obj.type_names, TypeNameCollection):
        obj.type_names = TypeNameCollection(obj.type_names)
    return obj.type_names


class PropertyInfo:
    """A PSPropertyInfo (PSNoteProperty for PSObject notes, Property for .NET properties)."""

    type_name = "System.Management.Automation.PSNoteProperty"

    def __init__(self, owner: Any, name: str, note: bool) -> None:
        self.owner = owner
        self.name = name
        self.note = note

    def _value(self) -> Any:
        from .members import get_member

        return get_member(self.owner, self.name)

    def ps_property_names(self) -> list[str]:
        return ["Value", "MemberType", "IsSettable", "IsGettable", "TypeNameOfValue", "Name", "IsInstance"]

    def ps_get(self, name: str) -> tuple[bool, Any]:
        from .convert import type_name_of

        key = name.casefold()
        if key == "name":
            return True, self.name
        if key == "value":
            return True, self._value()
        if key == "membertype":
            return True, "NoteProperty" if self.note else "Property"
        if key in ("issettable", "isgettable", "isinstance"):
            return True, True
        if key == "typenameofvalue":
            value = self._value()
            return True, type_name_of(value) if value is not None else "System.Object"
        return False, None

    def ps_set(self, name: str, value: Any) -> bool:
        from .members import set_member

        if name.casefold() != "value":
            return False
        set_member(self.owner, self.name, value)
        return True

    def __str__(self) -> str:
        from .convert import to_string, type_name_of

        value = self._value()
        shown = type_name_of(value).rsplit(".", 1)[-1] if value is not None else "object"
        return f"{shown} {self.name}={to_string(value)}"


class PropertyCollection(list[PropertyInfo]):
    """PSObject.Properties: the property objects in order; Remove(name) drops a note property."""

    __slots__ = ("owner",)
    type_name = "System.Management.Automation.PSMemberInfoIntegratingCollection`1[[System.Management.Automation.PSPropertyInfo, System.Management.Automation, Version=3.0.0.0, Culture=neutral, PublicKeyToken=31bf3856ad364e35]]"

    def __init__(self, owner: Any, items: list[PropertyInfo]) -> None:
        super().__init__(items)
        self.owner = owner

    def ps_call(self, name: str, args: list[Any]) -> tuple[bool, Any]:
        from .convert import to_string

        key = name.casefold()
        if key == "remove" and len(args) == 1 and isinstance(self.owner, PSObject):
            self.owner.remove(to_string(args[0]))
            return True, None
        if key == "match" and len(args) == 1:
            from .textops import wildcard_regex

            pattern = wildcard_regex(to_string(args[0]))
            return True, [p for p in self if pattern.match(p.name)]
        if key == "item" and len(args) == 1:
            wanted = to_string(args[0]).casefold()
            return True, next((p for p in self if p.name.casefold() == wanted), None)
        return False, None


class PSObjectView:
    """`$x.psobject`: Properties, TypeNames, BaseObject, ImmediateBaseObject, Members."""

    type_name = "System.Management.Automation.PSObject"

    def __init__(self, target: Any) -> None:
        self.target = target

    def properties(self) -> PropertyCollection:
        from .members import property_names

        note = isinstance(self.target, PSObject) and len(self.target) > 0
        names = property_names(self.target)
        return PropertyCollection(self.target, [PropertyInfo(self.target, n, note) for n in names])

    def ps_property_names(self) -> list[str]:
        return ["BaseObject", "Members", "Properties", "Methods", "ImmediateBaseObject", "TypeNames"]

    def ps_get(self, name: str) -> tuple[bool, Any]:
        from .convert import type_names_of

        key = name.casefold()
        if key in ("properties", "members"):
            return True, self.properties()
        if key == "typenames":
            if isinstance(self.target, PSObject):
                return True, type_name_collection(self.target)
            return True, TypeNameCollection(type_names_of(self.target))
        if key in ("baseobject", "immediatebaseobject"):
            base = self.target.base if isinstance(self.target, PSObject) else None
            return True, base if base is not None else self.target
        if key == "methods":
            return True, []
        return False, None

    def __str__(self) -> str:
        from .convert import to_string

        return to_string(self.target)


def psobject_view(value: Any) -> PSObjectView:
    return PSObjectView(value)
