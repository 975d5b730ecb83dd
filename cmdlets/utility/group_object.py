"""Group-Object: Groups objects that contain the same value for specified properties.

5.1 behaviour (formatting spec 9.3): one GroupInfo (Count, Name, Group, Values) per distinct key in
order of first appearance; keys compare case-insensitively unless -CaseSensitive; the Name joins the
key values with ', ' ($null values left out, a collection as `{a, b}`). -NoElement leaves Group
empty (GroupInfoNoElement); -AsHashTable returns one hashtable keyed by value (-AsString: by Name).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from pwshlite.cmdlet import Cmdlet, CmdletError, Context, Example, Parameter, Switch, cmdlet
from pwshlite.errors import ErrorCategory, ErrorRecord
from pwshlite.objects import OBJECT, PSHashtable, PSObject

from ._common import dotnet_tostring, is_collection
from ._props import PropSpec, key_values, parse_specs
from ._unique import identity_key

GROUPINFO = "Microsoft.PowerShell.Commands.GroupInfo"
GROUPINFO_NOELEMENT = "Microsoft.PowerShell.Commands.GroupInfoNoElement"


def group_name(values: list[Any]) -> str:
    parts: list[str] = []
    for value in values:
        if value is None:
            continue
        if is_collection(value):
            parts.append("{" + ", ".join(dotnet_tostring(v) for v in value) + "}")
        else:
            parts.append(dotnet_tostring(value))
    return ", ".join(parts)


def _argument_error(message: str, target: Any) -> CmdletError:
    return CmdletError(ErrorRecord(message, "ArgumentException", ErrorCategory.InvalidArgument,
                                   "System.ArgumentException", target_object=target))  # fmt: skip


@cmdlet("Group-Object", aliases=("group",))
class GroupObject(Cmdlet):
    """Group-Object: Groups objects that contain the same value for specified properties."""

    NoElement: Switch = Parameter()
    AsHashTable: Switch = Parameter(sets=("HashTable",), aliases=("AHT",))
    AsString: Switch = Parameter(sets=("HashTable",))
    InputObject: Any = Parameter(pipeline=True, type_name="System.Management.Automation.PSObject")
    Property: list[Any] | None = Parameter(position=0)
    Culture: str | None = Parameter()
    CaseSensitive: Switch = Parameter()

    examples = (
        Example("Get-Mailbox | Group-Object Database", "Count mailboxes per database"),
        Example(
            "Get-Mailbox | Group-Object RecipientTypeDetails -AsHashTable -AsString",
            "A lookup table by value",
        ),
    )

    def begin(self, ctx: Context) -> None:
        self._specs: list[PropSpec] = parse_specs(self.Property, "group") if self.Property else []
        self._groups: dict[Any, tuple[list[Any], list[Any]]] = {}

    def process(self, ctx: Context) -> None:
        obj = self.InputObject
        values = key_values(ctx, self._specs, obj)
        key = tuple(identity_key(v, bool(self.CaseSensitive)) for v in values)
        group = self._groups.get(key)
        if group is None:
            self._groups[key] = (values, [obj])
        else:
            group[1].append(obj)

    def end(self, ctx: Context) -> Iterator[Any]:
        infos = [self._info(values, members) for values, members in self._groups.values()]
        if not infos:
            return
        if not self.AsHashTable:
            if self.AsString:
                raise _argument_error(
                    "The command cannot be run because the AsString parameter requires that you specify the "
                    "AsHashtable parameter.", self.AsString)  # fmt: skip
            yield from infos
            return
        table = PSHashtable()  # 5.1: a case-insensitive Hashtable
        for info in infos:
            values = info.get("Values")
            if self.AsString:
                key = info.get("Name")
            elif len(values) == 1:
                key = values[0]
            else:
                raise _argument_error(
                    "The command cannot be run because using the AsHashTable parameter with more than one "
                    "property requires adding the AsString parameter.", self.Property)  # fmt: skip
            if key in table:
                ctx.write_error(ctx.error(
                    "The objects grouped by this property cannot be expanded because there is a key duplication. "
                    "Provide a valid value for the property, and then try again.", "InvalidOperation",
                    ErrorCategory.InvalidArgument))  # fmt: skip
                return
            table[key] = info.get("Group")
        yield table

    def _info(self, values: list[Any], members: list[Any]) -> PSObject:
        names = (GROUPINFO_NOELEMENT, GROUPINFO, OBJECT) if self.NoElement else (GROUPINFO, OBJECT)
        group = [] if self.NoElement else members
        props = [
            ("Count", len(members)),
            ("Name", group_name(values)),
            ("Group", group),
            ("Values", list(values)),
        ]
        return PSObject(props, names)
