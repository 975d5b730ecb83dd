"""The common parameters every cmdlet and advanced function accepts (about_CommonParameters).

Layer: binding. -WhatIf/-Confirm are added only for commands that declare SupportsShouldProcess.
"""

from __future__ import annotations

from typing import Any

from pwshlite.cmdlet import ALL_SETS, ParameterInfo, SetMembership, Switch
from pwshlite.objects import EnumValue

ACTION_PREFERENCE = "System.Management.Automation.ActionPreference"
ACTION_NAMES = ("SilentlyContinue", "Stop", "Continue", "Inquire", "Ignore", "Suspend")


class ActionPreference:
    """Converter for -ErrorAction/-WarningAction/-InformationAction values (an enum)."""

    dotnet_name = ACTION_PREFERENCE

    @staticmethod
    def parse(value: Any) -> EnumValue:
        return parse_action(value)


def parse_action(value: Any) -> EnumValue:
    """Name (case-insensitive) or number of an ActionPreference; ValueError with .NET's enum text."""
    if isinstance(value, EnumValue):
        value = value.name
    if isinstance(value, int) and not isinstance(value, bool) and 0 <= value < len(ACTION_NAMES):
        return EnumValue(ACTION_PREFERENCE, ACTION_NAMES[value], value)
    text = str(value).strip()
    for index, name in enumerate(ACTION_NAMES):
        if name.casefold() == text.casefold():
            return EnumValue(ACTION_PREFERENCE, name, index)
    raise ValueError(
        f"Unable to match the identifier name {text} to a valid enumerator name. Specify one of the following "
        "enumerator names and try again:\n" + ", ".join(ACTION_NAMES)
    )


def _param(name: str, annotation: Any, type_name: str, aliases: tuple[str, ...]) -> ParameterInfo:
    membership = {ALL_SETS: SetMembership(None, False, False, False)}
    default = Switch(False) if annotation is Switch else None
    return ParameterInfo(
        name,
        annotation,
        None,
        False,
        True,
        type_name,
        membership,
        aliases,
        (),
        "",
        default,
        False,
        False,
        False,
    )


_COMMON_LIST = [
    _param("Verbose", Switch, Switch.dotnet_name, ("vb",)),
    _param("Debug", Switch, Switch.dotnet_name, ("db",)),
    _param("ErrorAction", ActionPreference, ACTION_PREFERENCE, ("ea",)),
    _param("WarningAction", ActionPreference, ACTION_PREFERENCE, ("wa",)),
    _param("InformationAction", ActionPreference, ACTION_PREFERENCE, ("infa",)),
    _param("ErrorVariable", str, "System.String", ("ev",)),
    _param("WarningVariable", str, "System.String", ("wv",)),
    _param("InformationVariable", str, "System.String", ("iv",)),
    _param("OutVariable", str, "System.String", ("ov",)),
    _param("OutBuffer", int, "System.Int32", ("ob",)),
    _param("PipelineVariable", str, "System.String", ("pv",)),
]
COMMON: dict[str, ParameterInfo] = {p.name.casefold(): p for p in _COMMON_LIST}
SHOULD_PROCESS: dict[str, ParameterInfo] = {
    "whatif": _param("WhatIf", Switch, Switch.dotnet_name, ("wi",)),
    "confirm": _param("Confirm", Switch, Switch.dotnet_name, ("cf",)),
}
_ALL_IDS = {id(p) for p in (*COMMON.values(), *SHOULD_PROCESS.values())}
COMMON_NAMES = [p.name for p in _COMMON_LIST]


def is_common(param: ParameterInfo) -> bool:
    return id(param) in _ALL_IDS
