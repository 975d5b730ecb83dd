"""SYNTAX lines generated from parameter metadata, as Get-Help and Get-Command -Syntax print them.

Private helper module (the registry does not load underscore files as cmdlets).
"""

from __future__ import annotations

from pwshlite.cmdlet import ALL_SETS, CmdletInfo, ParameterInfo


def short_type(type_name: str) -> str:
    """`System.String[]` -> `String[]`; `System.Management.Automation.SwitchParameter` -> ``."""
    if type_name.endswith("SwitchParameter"):
        return ""
    array = type_name.endswith("[]")
    base = type_name[:-2] if array else type_name
    return _plain(base.rsplit(".", 1)[-1]) + ("[]" if array else "")


def _plain(name: str) -> str:
    """A generic type's name without its arity: Exchange's help writes `Unlimited`, not `Unlimited`1`."""
    return name.split("`", 1)[0]


# Type accelerators Get-Command -Syntax shows instead of the type name (ToStringCodeMethods.Type)
ACCELERATORS = {
    "System.String": "string", "System.Int32": "int", "System.Int64": "long", "System.Boolean": "bool",
    "System.Double": "double", "System.Decimal": "decimal", "System.Single": "float", "System.Byte": "byte",
    "System.SByte": "sbyte", "System.Char": "char", "System.Int16": "int16", "System.UInt16": "uint16",
    "System.UInt32": "uint32", "System.UInt64": "uint64", "System.DateTime": "datetime",
    "System.TimeSpan": "timespan", "System.Guid": "guid", "System.Collections.Hashtable": "hashtable",
    "System.Management.Automation.ScriptBlock": "scriptblock", "System.Management.Automation.PSObject": "psobject",
    "System.Management.Automation.PSCredential": "pscredential", "System.Security.SecureString": "securestring",
    "System.Text.RegularExpressions.Regex": "regex", "System.Xml.XmlDocument": "xml", "System.Version": "version",
    "System.Uri": "uri", "System.Type": "type", "System.Net.IPAddress": "ipaddress",
    "System.Globalization.CultureInfo": "cultureinfo", "System.Array": "array",
}  # fmt: skip


def command_type(type_name: str) -> str:
    """`System.String[]` -> `string[]`, `System.Object` -> `Object`: Get-Command's syntax names."""
    if type_name.endswith("SwitchParameter"):
        return ""
    array = type_name.endswith("[]")
    base = type_name[:-2] if array else type_name
    name = ACCELERATORS.get(base) or _plain(base.rsplit(".", 1)[-1])
    return name + ("[]" if array else "")


def _piece(p: ParameterInfo, set_name: str, accelerators: bool = False) -> str:
    m = p.in_set(set_name)
    assert m is not None
    type_text = command_type(p.type_name) if accelerators else short_type(p.type_name)
    name = f"-{p.name}"
    if m.position is not None:
        name = f"[{name}]"
    text = name if not type_text else f"{name} <{type_text}>"
    return text if m.mandatory else f"[{text}]"


def _ordered(info: CmdletInfo, set_name: str) -> list[ParameterInfo]:
    """Positional parameters by position, then mandatory named ones, then the optional rest."""
    params = [p for p in info.parameters.values() if p.in_set(set_name) is not None and not p.dont_show]

    def position(p: ParameterInfo) -> int | None:
        m = p.in_set(set_name)
        return m.position if m is not None else None

    def mandatory(p: ParameterInfo) -> bool:
        m = p.in_set(set_name)
        return bool(m is not None and m.mandatory)

    positional = sorted((p for p in params if position(p) is not None), key=lambda p: position(p) or 0)
    named = [p for p in params if position(p) is None]
    return positional + [p for p in named if mandatory(p)] + [p for p in named if not mandatory(p)]


def syntax_lines(info: CmdletInfo, common: bool = True, accelerators: bool = False) -> list[str]:
    """One line per parameter set, the default set first. Get-Help writes type names as its help files
    do (`<String[]>`); Get-Command -Syntax uses accelerators (`<string[]>`, `<int>`, `<Object[]>`)."""
    sets = list(info.set_names) or [ALL_SETS]
    if info.default_set in sets:
        sets.remove(info.default_set)
        sets.insert(0, info.default_set)
    return [f"{info.name} {set_syntax(info, set_name, common, accelerators)}" for set_name in sets]


def set_syntax(info: CmdletInfo, set_name: str, common: bool = True, accelerators: bool = True) -> str:
    """One set's parameters as syntax text (CommandParameterSetInfo.ToString())."""
    parts = [_piece(p, set_name, accelerators) for p in _ordered(info, set_name)]
    if info.supports_should_process:
        parts += ["[-WhatIf]", "[-Confirm]"]
    if common:
        parts.append("[<CommonParameters>]")
    return " ".join(parts)
