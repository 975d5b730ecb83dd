"""Add-Member: adds custom properties and methods to an instance of a PowerShell object."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from pwshlite.cmdlet import Cmdlet, Context, Example, Parameter, Switch, cmdlet
from pwshlite.errors import ErrorCategory
from pwshlite.objects import PSHashtable, PSObject, ScriptBlockValue

from . import _members
from ._common import DotNetEnum, enum_name, terminate, to_string, type_name, write_error

SUPPORTED = ("NoteProperty", "AliasProperty", "ScriptProperty", "ScriptMethod")


class PSMemberTypes(DotNetEnum):
    dotnet_name = "System.Management.Automation.PSMemberTypes"
    names = (
        "AliasProperty", "CodeProperty", "Property", "NoteProperty", "ScriptProperty", "Properties",
        "PropertySet", "Method", "CodeMethod", "ScriptMethod", "Methods", "ParameterizedProperty",
        "MemberSet", "Event", "Dynamic", "All",
    )  # fmt: skip


class NotePropertyNameText:
    """A NotePropertyName: any text except a member type name (5.1's ValidateNotePropertyNameAttribute),
    so `Add-Member NoteProperty Name Value` binds `NoteProperty` to -MemberType, not -NotePropertyName."""

    dotnet_name = "System.String"

    @classmethod
    def parse(cls, value: Any) -> str:
        text = to_string(value)
        if any(text.casefold() == n.casefold() for n in PSMemberTypes.names):
            raise ValueError(f'The NotePropertyName "{text}" is a member type name.')
        return text


def wrap(value: Any) -> PSObject:
    """The PSObject that carries members for a value (a PSObject is its own wrapper)."""
    if isinstance(value, PSObject):
        return value
    try:
        from pwshlite.values.typenames import type_names_of

        names = list(type_names_of(value))
    except ImportError:
        names = ["System.Object"]
    return PSObject((), names, value)


@cmdlet("Add-Member", default_set="TypeNameSet")
class AddMember(Cmdlet):
    """Adds custom properties and methods to an instance of a PowerShell object."""

    InputObject: Any = Parameter(mandatory=True, pipeline=True)
    MemberType: PSMemberTypes | None = Parameter(
        position=0, mandatory=("MemberSet",), sets=("MemberSet",), aliases=("Type",)
    )
    Name: str | None = Parameter(position=1, mandatory=("MemberSet",), sets=("MemberSet",))
    Value: Any = Parameter(position=2, sets=("MemberSet",))
    SecondValue: Any = Parameter(position=3, sets=("MemberSet",))
    NotePropertyName: NotePropertyNameText | None = Parameter(
        position=0, mandatory=("NotePropertySingleMemberSet",), sets=("NotePropertySingleMemberSet",)
    )
    NotePropertyValue: Any = Parameter(
        position=1, mandatory=("NotePropertySingleMemberSet",), sets=("NotePropertySingleMemberSet",)
    )
    NotePropertyMembers: PSHashtable | None = Parameter(
        position=0, mandatory=("NotePropertyMultiMemberSet",), sets=("NotePropertyMultiMemberSet",)
    )
    TypeName: str | None = Parameter(  # mandatory only in TypeNameSet (`Add-Member -TypeName My.Type`)
        mandatory=("TypeNameSet",),
        sets=("TypeNameSet", "MemberSet", "NotePropertySingleMemberSet", "NotePropertyMultiMemberSet"),
    )
    Force: Switch = Parameter()
    PassThru: Switch = Parameter()

    examples = (
        Example(
            "$o = [pscustomobject]@{Name='a'}; $o | Add-Member -NotePropertyName Status -NotePropertyValue Done; $o",
            "Add a note property",
        ),
        Example(
            "$o = [pscustomobject]@{Size=2}; $o | Add-Member -MemberType ScriptProperty -Name Double -Value { $this.Size * 2 } -PassThru",
            "A computed property",
        ),
        Example(
            "$o = [pscustomobject]@{}; $o | Add-Member -NotePropertyMembers @{A=1; B=2} -PassThru",
            "Several note properties at once",
        ),
    )

    def process(self, ctx: Context) -> Iterator[Any]:
        target = wrap(self.InputObject)
        if not self._add_all(ctx, target):
            return
        if self.TypeName:
            target.type_names.insert(0, self.TypeName)
        if self.PassThru:
            yield target

    def _add_all(self, ctx: Context, target: PSObject) -> bool:
        if self.NotePropertyMembers is not None:
            return all(self._note(ctx, target, to_string(k), v) for k, v in self.NotePropertyMembers.items())
        if self.NotePropertyName is not None:
            return self._note(ctx, target, str(self.NotePropertyName), self.NotePropertyValue)
        if self.MemberType is None:
            return True
        kind = enum_name(self.MemberType) or ""
        if kind not in SUPPORTED:
            write_error(
                ctx, f'Cannot add a member with type "{kind}". Specify a different type for the MemberTypes parameter.',
                "CannotAddMemberType", ErrorCategory.InvalidOperation, None, "System.InvalidOperationException",
            )  # fmt: skip
            return False
        self._check_values(ctx, kind)
        name = self.Name or ""
        if kind == "NoteProperty":
            return self._note(ctx, target, name, self.Value)
        if not self._may_add(ctx, target, name):
            return False
        _members.add(target, self._extended(ctx, kind, name))
        return True

    def _check_values(self, ctx: Context, kind: str) -> None:
        """Add-Member's own argument checks (Add-Member.Tests.ps1), all terminating."""
        if kind in ("NoteProperty", "ScriptMethod") and "SecondValue" in ctx.bound:
            raise terminate(
                ctx, f'The SecondValue parameter is not necessary for a member of type "{kind}", and should not be '
                "specified. Do not specify the SecondValue parameter when you add members of this type.",
                "Value2ShouldNotBeSpecified", ErrorCategory.InvalidOperation, None, "System.InvalidOperationException",
            )  # fmt: skip
        if kind == "ScriptProperty" and self.Value is None and self.SecondValue is None:
            raise terminate(
                ctx, f'The Value and SecondValue parameters cannot both be null when adding a member of type "{kind}". '
                "Specify a non-null value for either the Value or SecondValue parameter.",
                "Value1AndValue2AreNotBothNull", ErrorCategory.InvalidOperation, None, "System.InvalidOperationException",
            )  # fmt: skip
        for value in (self.Value, self.SecondValue) if kind in ("ScriptProperty", "ScriptMethod") else ():
            if value is not None and not isinstance(value, ScriptBlockValue):
                raise terminate(
                    ctx, f'Cannot convert the "{to_string(value)}" value of type "{type_name(value)}" to type '
                    '"System.Management.Automation.ScriptBlock".',
                    "ConvertToFinalInvalidCastException", ErrorCategory.InvalidArgument, None,
                    "System.Management.Automation.PSInvalidCastException",
                )  # fmt: skip

    def _extended(self, ctx: Context, kind: str, name: str) -> _members.Member:
        if kind == "AliasProperty":
            alias = to_string(self.Value)
            return _members.Member(name, kind, target=alias, definition=f"{name} = {alias}")
        block = self.Value if isinstance(self.Value, ScriptBlockValue) else None
        setter = self.SecondValue if isinstance(self.SecondValue, ScriptBlockValue) else None
        text = block.text if block is not None else ""
        definition = (
            f"System.Object {name}();"
            if kind == "ScriptMethod"
            else f"System.Object {name} {{get={text.strip('{} ')};}}"
        )
        return _members.Member(name, kind, getter=block, setter=setter, definition=definition, ctx=ctx)

    def _note(self, ctx: Context, target: PSObject, name: str, value: Any) -> bool:
        if not self._may_add(ctx, target, name):
            return False
        members = getattr(target, "members", None)
        if members:
            members.pop(name.casefold(), None)
        target.set(name, value)
        return True

    def _may_add(self, ctx: Context, target: PSObject, name: str) -> bool:
        if self.Force or not _members.has_member(target, name):
            if self.Force and target.has(name):
                target.remove(name)
            return True
        write_error(
            ctx,
            f'Cannot add a member with the name "{name}" because a member with that name already exists. To overwrite '
            "the member anyway, add the Force parameter to your command.",
            "MemberAlreadyExists", ErrorCategory.InvalidOperation, None, "System.InvalidOperationException",
        )  # fmt: skip
        return False
