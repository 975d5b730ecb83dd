"""Helpers shared by the data cmdlets: property access, .NET ToString, wildcards, path errors.

Layer: cmdlet files; imports pwshlite.values / objects / errors / cmdlet only. The value semantics
(string conversion, comparison, member lookup) live in pwshlite.values; this module only adapts them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import datetime, timedelta
from decimal import Decimal
from typing import Any

from pwshlite.cmdlet import CmdletError
from pwshlite.errors import ErrorCategory, ErrorRecord
from pwshlite.objects import PSHashtable, PSObject


def to_string(value: Any) -> str:
    """PowerShell's string conversion ([string]$x)."""
    from pwshlite.values.convert import to_string as convert

    return convert(value)


def type_names_of(value: Any) -> list[str]:
    from pwshlite.values.typenames import type_names_of as names

    return names(value)


def type_name_of(value: Any) -> str:
    from pwshlite.values.typenames import type_name_of as name

    return name(value)


# TimeSpan's properties in .NET declaration order (what ConvertTo-Json / ConvertTo-Csv list; the
# formatter's list view uses another order).
TIMESPAN_PROPERTIES = ("Ticks", "Days", "Hours", "Milliseconds", "Minutes", "Seconds", "TotalDays", "TotalHours",
                       "TotalMilliseconds", "TotalMinutes", "TotalSeconds")  # fmt: skip

# Hashtable's adapted .NET properties, in the order 5.1 lists them (ConvertTo-Csv of a hashtable).
# Keys are NOT properties here: `@{a=1} | Select-Object a` gives an empty `a` in 5.1.
HASHTABLE_PROPERTIES = ("IsReadOnly", "IsFixedSize", "IsSynchronized", "Keys", "Values", "SyncRoot", "Count")


class _KeyCollection(list[Any]):
    type_name = "System.Collections.Hashtable+KeyCollection"


class _ValueCollection(list[Any]):
    type_name = "System.Collections.Hashtable+ValueCollection"


def _hashtable_property(table: PSHashtable, name: str) -> Any:
    values = {"isreadonly": False, "isfixedsize": False, "issynchronized": False, "syncroot": "System.Object"}
    key = name.casefold()
    if key == "keys":
        return _KeyCollection(table.keys())
    if key == "values":
        return _ValueCollection(table.values())
    if key == "count":
        return len(table)
    return values.get(key)


def get_property(obj: Any, name: str) -> Any:
    """The value of property `name` on obj ($null when it has none)."""
    if isinstance(obj, PSObject) and (obj.base is None or obj.has(name)):
        return obj.get(name)
    if isinstance(obj, PSHashtable):
        return _hashtable_property(obj, name)
    from pwshlite.values.members import get_member

    try:
        return get_member(obj, name)
    except Exception:
        return None


def has_property(obj: Any, name: str) -> bool:
    key = name.casefold()
    return any(n.casefold() == key for n in property_names(obj))


def property_names(obj: Any) -> list[str]:
    """The object's properties in PowerShell's order (note properties of a PSCustomObject, else the
    adapted .NET properties followed by note properties)."""
    if isinstance(obj, PSObject) and obj.base is None:
        return obj.names()
    if isinstance(obj, PSHashtable):
        return list(HASHTABLE_PROPERTIES)
    if isinstance(obj, timedelta):
        return list(TIMESPAN_PROPERTIES)
    from pwshlite.values.members import property_names as names

    return list(names(obj))


def dotnet_tostring(value: Any) -> str:
    """The object's own ToString() (not PowerShell's conversion): collections print their type name,
    a PSCustomObject prints `@{a=1; b=2}`."""
    if isinstance(value, list | tuple):
        return type_name_of(value) or "System.Object[]"
    if isinstance(value, PSHashtable):
        return value.type_name
    return to_string(value)


def is_collection(value: Any) -> bool:
    """Enumerable in the PowerShell sense (strings and hashtables are not unrolled)."""
    return isinstance(value, list | tuple)


def enumerate_value(value: Any) -> Iterable[Any]:
    return value if is_collection(value) else (value,)


def wildcard_regex(pattern: str, case_sensitive: bool = False) -> re.Pattern[str]:
    """WildcardPattern (* ? [set] and backtick escapes), anchored; from the values layer."""
    from pwshlite.values.textops import wildcard_regex as compile_wildcard

    return compile_wildcard(pattern, case_sensitive)


def has_wildcard(text: str) -> bool:
    return any(c in text for c in "*?[")


def file_not_found(path: str) -> CmdletError:
    """PathUtils.ReportFileOpenFailure for a missing file (the record has no target object)."""
    record = ErrorRecord(
        f"Could not find file '{path}'.",
        "FileOpenFailure",
        ErrorCategory.OpenError,
        "System.IO.FileNotFoundException",
    )
    return CmdletError(record)


def open_failure(path: str, exc: OSError) -> CmdletError:
    """PathUtils.ReportFileOpenFailure: .NET's message for the reason the file could not be opened (a
    missing directory on the way is DirectoryNotFoundException, "Could not find a part of the path");
    5.1 gives the record no target object."""
    import os

    if isinstance(exc, FileNotFoundError) and os.path.isdir(os.path.dirname(path) or "."):
        return file_not_found(path)
    if isinstance(exc, IsADirectoryError | PermissionError):
        message = f"Access to the path '{path}' is denied."
        kind = "System.UnauthorizedAccessException"
    else:
        message = f"Could not find a part of the path '{path}'."
        kind = "System.IO.DirectoryNotFoundException"
    return CmdletError(ErrorRecord(message, "FileOpenFailure", ErrorCategory.OpenError, kind))


def no_clobber(path: str, typed: str | None = None) -> CmdletError:
    """PathUtils.MasterStreamOpen with -NoClobber on an existing file: the IOException of FileMode.CreateNew,
    shown through ErrorDetails as "File <path as typed> already exists and NoClobber was specified."."""
    record = ErrorRecord(
        f"The file '{path}' already exists.", "NoClobber", ErrorCategory.ResourceExists, "System.IO.IOException",
        target_object=path,
    )  # fmt: skip
    record.details_message = (
        f"File {typed if typed is not None else path} already exists and NoClobber was specified."
    )
    return CmdletError(record)


def is_number(value: Any) -> bool:
    return isinstance(value, int | float | Decimal) and not isinstance(value, bool)


def is_scalar(value: Any) -> bool:
    return value is None or isinstance(value, str | bool | int | float | Decimal | datetime)


def compare_values(a: Any, b: Any, case_sensitive: bool = False) -> int:
    """ObjectCommandComparer: $null sorts first; values PowerShell cannot compare compare as strings."""
    if a is None:
        return 0 if b is None else -1
    if b is None:
        return 1
    from pwshlite.errors import PwshError
    from pwshlite.values.compare import compare

    try:
        return compare(a, b, case_sensitive)
    except PwshError:
        return compare(to_string(a), to_string(b), case_sensitive)


def values_equal(a: Any, b: Any, case_sensitive: bool = False) -> bool:
    return compare_values(a, b, case_sensitive) == 0


def to_bool(value: Any) -> bool:
    from pwshlite.values.convert import to_bool as convert

    return convert(value)


def stop_upstream() -> None:
    """Ask the runtime to stop the upstream commands (StopUpstreamCommandsException).

    Raises pwshlite.cmdlet.StopUpstream unless a loaded runtime handles another class under that
    name (then the caller simply ignores the rest of its input: same output, no early stop)."""
    import sys

    from pwshlite.cmdlet import StopUpstream

    flow = sys.modules.get("pwshlite.runtime.flow")
    if flow is None or getattr(flow, "StopUpstream", StopUpstream) is StopUpstream:
        raise StopUpstream()


def is_property_bag(obj: Any) -> bool:
    """True for a PSCustomObject-like PSObject (incl. deserialized and Import-Csv objects); False for a
    PSObject that stands for a live .NET object (FileInfo, GroupInfo, MeasureInfo ...)."""
    if not isinstance(obj, PSObject) or obj.base is not None:
        return False
    names = obj.type_names
    return (
        not names
        or "System.Management.Automation.PSCustomObject" in names
        or any(n.startswith(("Deserialized.", "CSV:")) for n in names)
    )


def base_type_name(obj: Any) -> str:
    """The input's base .NET type full name, as Select-Object puts it after `Selected.`."""
    if isinstance(obj, PSObject) and obj.base is None:
        if is_property_bag(obj):
            return "System.Management.Automation.PSCustomObject"
        return obj.type_names[0]
    return type_name_of(obj) or "System.Object"


_PROVIDER_PREFIXES = ("microsoft.powershell.core\\filesystem::", "filesystem::")


def full_path(ctx: Any, path: str) -> str:
    """ctx.resolve_path, accepting provider-qualified paths (the PSPath of Get-ChildItem output)."""
    lowered = path.casefold()
    for prefix in _PROVIDER_PREFIXES:
        if lowered.startswith(prefix):
            path = path[len(prefix) :]
            break
    return str(ctx.resolve_path(path))


class UInt64(int):
    """A System.UInt64 parameter (the paging -First/-Skip): binding converts with .NET's range check and
    5.1's error text (`Cannot convert value "-1" to type "System.UInt64". Error: "Value was either too
    large or too small for a UInt64."`)."""

    dotnet_name = "System.UInt64"
    MAX = 2**64 - 1

    @classmethod
    def parse(cls, value: Any) -> UInt64:
        from pwshlite.errors import PwshError
        from pwshlite.values.convert import convert_to

        try:
            return cls(convert_to(value, cls.dotnet_name))
        except PwshError as exc:  # the binder wraps the inner .NET message itself
            message = exc.record.message
            inner = re.search(r'Error: "(.*)"$', message, re.S)
            raise ValueError(inner.group(1) if inner else message) from None


def resolve_file(ctx: Any, path: str, literal: bool = False) -> str:
    """PathUtils.ResolveFilePath of the file cmdlets (Out-File, Tee-Object, Export-/Import-Csv and -Clixml):
    a -Path with wildcards must resolve to exactly one existing item ("report[1].txt" is a wildcard in 5.1);
    other paths (and -LiteralPath) are taken as they are, existing or not."""
    full = full_path(ctx, path)
    if literal or not has_wildcard(path):
        return full
    matches = _wildcard_matches(ctx, full)
    if not matches:
        record = ErrorRecord("Unable to find the specified file.", "FileOpenFailure", ErrorCategory.OpenError,
                             "System.IO.FileNotFoundException", target_object=path)  # fmt: skip
        record.details_message = (
            f"Cannot perform operation because the wildcard path {path} did not resolve to a file."
        )
        raise CmdletError(record)
    if len(matches) > 1:
        record = ErrorRecord("Operation is not valid due to the current state of the object.",
                             "ReadWriteMultipleFilesNotSupported", ErrorCategory.InvalidArgument,
                             "System.InvalidOperationException")  # fmt: skip
        record.details_message = (
            "Cannot perform operation because the path resolved to more than one file. "
            "This command cannot operate on multiple files."
        )
        raise CmdletError(record)
    return matches[0]


def _wildcard_matches(ctx: Any, full: str) -> list[str]:
    """Items matching a wildcard path: PowerShell wildcards, case-insensitive, per path segment. Only
    what was typed is a pattern: the current location a relative path starts from is taken literally."""
    import os

    cwd = full_path(ctx, ".").rstrip(os.sep)
    if full.startswith(cwd + os.sep):
        current, rest = [cwd], full[len(cwd) + 1 :]
    else:
        current, rest = [os.sep], full.lstrip(os.sep)
    for part in rest.split(os.sep):
        if not has_wildcard(part):
            current = [os.path.join(c, part) for c in current]
            continue
        pattern = wildcard_regex(part)
        found: list[str] = []
        for parent in current:
            try:
                names = os.listdir(parent)
            except OSError:
                continue
            found.extend(os.path.join(parent, n) for n in names if pattern.match(n))
        current = found
    return sorted(p for p in current if os.path.lexists(p))
