"""Pester 4's value formatting for failure messages (Format-Nicely, Format-Because, string diffs).

Layer: cmdlets/pester internals; pure functions over pwshlite values.
"""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal
from typing import Any

from pwshlite.objects import PSHashtable, ScriptBlockValue
from pwshlite.values.stringform import to_string

# PowerShell prints types through their accelerator names ([string][int] is 'int').
_ACCELERATORS = {
    "System.Int32": "int", "System.Int64": "long", "System.String": "string", "System.Boolean": "bool",
    "System.Double": "double", "System.Decimal": "decimal", "System.Single": "float", "System.Byte": "byte",
    "System.Char": "char", "System.DateTime": "datetime", "System.TimeSpan": "timespan",
    "System.Collections.Hashtable": "hashtable", "System.Object": "System.Object",
    "System.Management.Automation.ScriptBlock": "scriptblock", "System.Management.Automation.PSObject": "psobject",
    "System.Management.Automation.SwitchParameter": "switch", "System.Xml.XmlDocument": "xml",
    "System.Text.RegularExpressions.Regex": "regex", "System.Guid": "guid", "System.Version": "version",
}  # fmt: skip


def type_display(full_name: str) -> str:
    """`[string]$type` in PowerShell: the accelerator name when there is one, else the full name."""
    return _ACCELERATORS.get(full_name, full_name)


def is_collection(value: Any) -> bool:
    return isinstance(value, (list, tuple))


def format_nicely(value: Any) -> str:
    """Format-Nicely: $null, $true/$false, 'text', <empty>, [type], numbers, @(a, b), {script}."""
    if value is None:
        return "$null"
    if isinstance(value, bool):
        return "$true" if value else "$false"
    if isinstance(value, str):
        return "<empty>" if value == "" else f"'{value}'"
    if isinstance(value, datetime):
        return value.isoformat()
    if hasattr(value, "full_name") and type(value).__name__ == "PSType":
        return "[" + type_display(str(value.full_name)) + "]"
    if isinstance(value, (int, float, Decimal)):
        return to_string(value)
    if isinstance(value, ScriptBlockValue) or type(value).__name__ == "ScriptBlock":
        return "{" + str(value) + "}"
    if isinstance(value, PSHashtable):
        return "System.Collections.Hashtable"
    if is_collection(value):
        items = [format_nicely(v) for v in list(value)[:10]]
        more = f", ...{len(value) - 10} more" if len(value) > 10 else ""
        return "@(" + ", ".join(items) + more + ")"
    return to_string(value)


def format_because(because: str | None) -> str:
    """Format-Because: '' or ' because <reason>,' (the word is not repeated when present)."""
    if not because:
        return ""
    text = because.strip()
    return f" {text}," if "because" in text.casefold() else f" because {text},"


def _expand_special(text: str) -> str:
    for ch, rep in (("\n", "\\n"), ("\r", "\\r"), ("\t", "\\t"), ("\0", "\\0"), ("\b", "\\b")):
        text = text.replace(ch, rep)
    return text


def compare_strings(expected: str, actual: str, case_sensitive: bool, because: str | None) -> str:
    """Get-CompareStringMessage: the lengths, the first differing index and a caret under it."""
    index = None
    for i in range(max(len(expected), len(actual))):
        e = expected[i] if i < len(expected) else None
        a = actual[i] if i < len(actual) else None
        same = (
            e == a if case_sensitive else (e is not None and a is not None and e.casefold() == a.casefold())
        )
        if not same:
            index = i
            break
    if index is None:
        return ""
    lines = [f"Expected strings to be the same,{format_because(because)} but they were different."]
    if len(expected) != len(actual):
        lines += [f"Expected length: {len(expected)}", f"Actual length:   {len(actual)}"]
    else:
        lines.append(f"String lengths are both {len(expected)}.")
    lines.append(f"Strings differ at index {index}.")
    lines.append(f"Expected: '{_expand_special(expected)}'")
    lines.append(f"But was:  '{_expand_special(actual)}'")
    offset = sum(1 for ch in actual[:index] if ch in "\n\r\t\b\0")
    lines.append("-" * (index + offset + 11) + "^")
    return "\n".join(lines)
