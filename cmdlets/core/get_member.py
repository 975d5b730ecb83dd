"""Get-Member: gets the properties and methods of objects."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any, cast

from pwshlite.cmdlet import Cmdlet, Context, Example, Parameter, Switch, cmdlet
from pwshlite.errors import ErrorCategory
from pwshlite.objects import PSCUSTOMOBJECT, PSObject

from . import _members
from ._common import to_string, type_name, write_error
from ._fs import matches
from ._membertables import INSTANCE, OBJECT_METHODS, SHORT_NAMES, STATIC, STATIC_DEFAULT

MEMBERDEFINITION = ("Microsoft.PowerShell.Commands.MemberDefinition", "System.Object")
GROUPS = {
    "Properties": {"AliasProperty", "CodeProperty", "Property", "NoteProperty", "ScriptProperty"},
    "Methods": {"Method", "CodeMethod", "ScriptMethod"},
}
_CODE_PROPERTIES = {"System.IO.FileInfo": {"Mode"}, "System.IO.DirectoryInfo": {"Mode"}}
_SCRIPT_PROPERTIES = {"System.IO.FileInfo": {"BaseName"}, "System.IO.DirectoryInfo": {"BaseName"}}


class MemberTypesFilter:
    """-MemberType: one or more PSMemberTypes names (flags) -> the set of member kinds selected."""

    dotnet_name = "System.Management.Automation.PSMemberTypes"

    @classmethod
    def parse(cls, value: Any) -> frozenset[str]:
        names: set[str] = set()
        for item in value if isinstance(value, list) else [value]:
            for part in to_string(item).split(","):
                name = part.strip()
                names |= GROUPS.get(name.title(), {name})
        if any(n.casefold() == "all" for n in names):
            return frozenset()
        return frozenset(n.casefold() for n in names)


def short_type(value: Any) -> str:
    if value is None:
        return "object"
    name = type_name(value)
    if isinstance(value, PSObject) and value.base is None:
        name = (
            PSCUSTOMOBJECT if value.type_name.startswith(("Selected.", PSCUSTOMOBJECT)) else value.type_name
        )
    return SHORT_NAMES.get(name, name)


def note_definition(name: str, value: Any) -> str:
    shown = "null" if value is None else to_string(value)
    return f"{short_type(value)} {name}={shown}"


def rows_for(obj: Any, static: bool) -> tuple[str, list[tuple[str, str, str]]]:
    """(TypeName header, member rows) of one object."""
    base = obj.base if isinstance(obj, PSObject) and obj.base is not None else obj
    header = obj.type_name if isinstance(obj, PSObject) else type_name(obj)
    if (
        isinstance(obj, PSObject)
        and obj.base is None
        and obj.type_name.startswith("System.Management.Automation.PSCustomObject")
    ):
        header = PSCUSTOMOBJECT
    if static:
        full = getattr(base, "full_name", None)  # a type value ([string] | Get-Member -Static)
        if isinstance(full, str) and type(base).__name__ == "PSType":
            return full, list(STATIC.get(full, STATIC_DEFAULT))
        return header, list(STATIC.get(type_name(base), STATIC_DEFAULT))
    known = type_name(base) if not isinstance(base, PSObject) else header
    rows = list(INSTANCE.get(known, OBJECT_METHODS))
    if isinstance(obj, PSObject):
        rows += _psobject_rows(obj, header)
    return header, rows


def _psobject_rows(obj: PSObject, header: str) -> list[tuple[str, str, str]]:
    dotnet_like = obj.base is None and header != PSCUSTOMOBJECT and not header.startswith("Selected.")
    rows: list[tuple[str, str, str]] = []
    for name, value in obj.items():
        if dotnet_like and not name.startswith("PS"):
            kind = "CodeProperty" if name in _CODE_PROPERTIES.get(header, ()) else "Property"
            kind = "ScriptProperty" if name in _SCRIPT_PROPERTIES.get(header, ()) else kind
            rows.append((name, kind, f"{short_type(value)} {name} {{get;}}"))
        else:
            rows.append((name, "NoteProperty", note_definition(name, value)))
    for member in _members.extended(obj):
        # a Python-implemented method of an emulated .NET object is an ordinary .NET Method there
        kind = "Method" if member.kind == "CodeMethod" and dotnet_like else member.kind
        rows.append((member.name, kind, member.definition))
    return rows


@cmdlet("Get-Member", aliases=("gm",), outputs=("Microsoft.PowerShell.Commands.MemberDefinition",))
class GetMember(Cmdlet):
    """Gets the properties and methods of objects (one table per distinct type)."""

    InputObject: Any = Parameter(pipeline=True)
    Name: list[str] | None = Parameter(position=0)
    MemberType: MemberTypesFilter | None = Parameter(aliases=("Type",))
    View: str | None = Parameter()
    Static: Switch = Parameter()
    Force: Switch = Parameter()

    examples = (
        Example("'text' | Get-Member -MemberType Property", "The properties of a string"),
        Example("[pscustomobject]@{a=1} | Get-Member", "The members of a custom object"),
        Example("Get-Date | Get-Member -Name Add*", "Members whose names begin with Add"),
    )

    def begin(self, ctx: Context) -> None:
        self._seen: set[str] = set()
        self._any = False

    def process(self, ctx: Context) -> Iterator[PSObject]:
        if "InputObject" not in ctx.bound:
            return
        self._any = True
        header, rows = rows_for(self.InputObject, bool(self.Static))
        if header in self._seen:
            return
        self._seen.add(header)
        kinds: frozenset[str] = cast(frozenset[str], self.MemberType) if self.MemberType else frozenset()
        selected = [r for r in rows if (not kinds or r[1].casefold() in kinds) and self._named(r[0])]
        for name, kind, definition in sorted(selected, key=lambda r: (r[1], r[0].casefold())):
            yield PSObject(
                [("TypeName", header), ("Name", name), ("MemberType", kind), ("Definition", definition)],
                MEMBERDEFINITION,
            )

    def _named(self, name: str) -> bool:
        return not self.Name or any(matches(name, p) for p in self.Name)

    def end(self, ctx: Context) -> None:
        if not self._any:
            write_error(
                ctx, "You must specify an object for the Get-Member cmdlet.", "NoObjectInGetMember",
                ErrorCategory.CloseError, None, "System.InvalidOperationException",
            )  # fmt: skip
