"""The CommandInfo objects Get-Command writes: CmdletInfo/FunctionInfo/AliasInfo with their metadata.

Properties follow 5.1's CmdletInfo (`Get-Command X | Format-List *` order): Verb, Noun, Definition
(the syntax text), DefaultParameterSet, OutputType, Parameters (name -> ParameterMetadata, common
parameters included) and ParameterSets (CommandParameterSetInfo with each set's parameters), so
`(Get-Command Get-UMMailboxPIN).Parameters.Keys` and `.ParameterSets | ft Name, IsDefault` work.
"""

from __future__ import annotations

import functools
from typing import Any

from pwshlite.cmdlet import ALL_SETS, CmdletInfo, CommandEntry, ParameterInfo, SetMembership
from pwshlite.objects import PSHashtable, PSObject
from pwshlite.values.stringform import register_to_string

from ._syntax import set_syntax, syntax_lines

MODULES = {"Core": "Microsoft.PowerShell.Core", "Utility": "Microsoft.PowerShell.Utility"}
TYPE_NAMES = {
    "Cmdlet": "System.Management.Automation.CmdletInfo",
    "Function": "System.Management.Automation.FunctionInfo",
    "Filter": "System.Management.Automation.FilterInfo",
    "Alias": "System.Management.Automation.AliasInfo",
}
_ALL_SETS_NAME = "__AllParameterSets"
SET_INFO = "System.Management.Automation.CommandParameterSetInfo"


class ParameterSetObject(PSObject):
    """A CommandParameterSetInfo: its string form is the set's syntax."""

    __slots__ = ("syntax",)

    def __init__(self, props: list[tuple[str, Any]], syntax: str) -> None:
        super().__init__(props, type_names=(SET_INFO, "System.Object"))
        self.syntax = syntax


register_to_string(SET_INFO, lambda obj: str(getattr(obj, "syntax", "")))


def command_object(entry: CommandEntry) -> PSObject:
    """The CommandInfo of one command (aliases carry their Definition only)."""
    source = MODULES.get(entry.module, entry.module)
    version = "3.1.0.0" if source.startswith("Microsoft.PowerShell") else ""
    info = entry.info
    verb, _, noun = entry.name.partition("-") if entry.command_type != "Alias" else ("", "", "")
    definition = entry.definition
    if info is not None and entry.command_type == "Cmdlet":
        definition = "\n" + "\n\n".join(syntax_lines(info, accelerators=True)) + "\n"
    props: list[tuple[str, Any]] = [
        ("HelpUri", ""),
        ("Verb", verb),
        ("Noun", noun),
        ("ImplementingType", _implementing_type(entry)),
        ("Definition", definition),
        ("DefaultParameterSet", _default_set(info)),
        ("OutputType", list(info.outputs) if info is not None else []),
        ("Options", "ReadOnly" if entry.command_type == "Cmdlet" else "None"),
        ("Name", entry.name),
        *([("DisplayName", f"{entry.name} -> {entry.definition}")] if entry.command_type == "Alias" else []),
        ("CommandType", entry.command_type),
        ("Source", source),
        ("Version", version),
        ("Visibility", "Public"),
        ("ModuleName", source),
        ("Module", source or None),
        ("RemotingCapability", "PowerShell"),
        ("Parameters", _parameters(info) if info is not None else None),
        ("ParameterSets", _parameter_sets(info) if info is not None else []),
    ]
    type_name = TYPE_NAMES.get(entry.command_type, "System.Management.Automation.CommandInfo")
    return PSObject(
        props, type_names=(type_name, "System.Management.Automation.CommandInfo", "System.Object")
    )


def _implementing_type(entry: CommandEntry) -> str | None:
    info = entry.info
    if info is None or entry.command_type != "Cmdlet" or "." not in info.dotnet_type:
        return None
    return info.dotnet_type


def _default_set(info: CmdletInfo | None) -> str | None:
    if info is None:
        return None
    return info.default_set or (info.set_names[0] if len(info.set_names) == 1 else None)


def _all_parameters(info: CmdletInfo) -> list[ParameterInfo]:
    from pwshlite.binding.common import COMMON, SHOULD_PROCESS

    own = [info.parameters[name.casefold()] for name in info.parameter_order]
    extra = list(COMMON.values())
    if info.supports_should_process:
        extra += list(SHOULD_PROCESS.values())
    return own + extra


def _set_names(info: CmdletInfo) -> list[str]:
    return list(info.set_names) or [_ALL_SETS_NAME]


def _parameters(info: CmdletInfo) -> PSHashtable:
    """Name -> ParameterMetadata (Name, ParameterType, ParameterSets, IsDynamic, Aliases, Attributes,
    SwitchParameter)."""
    table = PSHashtable(ordered=True)
    for param in _all_parameters(info):
        sets = PSHashtable(ordered=True)
        for set_name, membership in param.sets.items():
            sets[_ALL_SETS_NAME if set_name == ALL_SETS else set_name] = _set_metadata(param, membership)
        table[param.name] = PSObject(
            [
                ("Name", param.name),
                ("ParameterType", _type(param.type_name)),
                ("ParameterSets", sets),
                ("IsDynamic", False),
                ("Aliases", list(param.aliases)),
                ("Attributes", []),
                ("SwitchParameter", param.is_switch),
            ],
            type_names=("System.Management.Automation.ParameterMetadata", "System.Object"),
        )
    return table


def _set_metadata(param: ParameterInfo, membership: SetMembership) -> PSObject:
    return PSObject(
        [
            ("Position", -2147483648 if membership.position is None else membership.position),
            ("IsMandatory", membership.mandatory),
            ("ValueFromPipeline", membership.pipeline),
            ("ValueFromPipelineByPropertyName", membership.by_property_name),
            ("ValueFromRemainingArguments", param.remaining),
            ("HelpMessage", None),
            ("HelpMessageBaseName", None),
            ("HelpMessageResourceId", None),
        ],
        type_names=("System.Management.Automation.ParameterSetMetadata", "System.Object"),
    )


def _parameter_sets(info: CmdletInfo) -> list[ParameterSetObject]:
    """One CommandParameterSetInfo per set: Name, IsDefault and the set's parameters."""
    default = _default_set(info)
    sets = _set_names(info)
    every = _all_parameters(info)
    out = []
    for set_name in sets:
        params = []
        for param in every:
            membership = param.in_set(set_name) if set_name != _ALL_SETS_NAME else param.sets.get(ALL_SETS)
            if membership is None:
                continue
            params.append(
                PSObject(
                    [
                        ("Name", param.name),
                        ("ParameterType", _type(param.type_name)),
                        ("IsMandatory", membership.mandatory),
                        ("IsDynamic", False),
                        ("Position", -2147483648 if membership.position is None else membership.position),
                        ("ValueFromPipeline", membership.pipeline),
                        ("ValueFromPipelineByPropertyName", membership.by_property_name),
                        ("ValueFromRemainingArguments", param.remaining),
                        ("HelpMessage", None),
                        ("Aliases", list(param.aliases)),
                        ("Attributes", []),
                    ],
                    type_names=("System.Management.Automation.CommandParameterInfo", "System.Object"),
                )
            )
        props: list[tuple[str, Any]] = [
            ("Name", set_name),
            ("IsDefault", set_name == default or len(sets) == 1),
            ("Parameters", params),
        ]
        out.append(
            ParameterSetObject(props, set_syntax(info, ALL_SETS if set_name == _ALL_SETS_NAME else set_name))
        )
    return out


@functools.lru_cache(maxsize=512)
def _type(type_name: str) -> Any:
    """The parameter's type object, resolved once per name (Get-Command lists hundreds of commands)."""
    from pwshlite.values.typenames import resolve_type

    return resolve_type(type_name) or type_name
