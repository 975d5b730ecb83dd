"""The built-in views of Windows PowerShell 5.1's format.ps1xml files that pwshlite's objects need.

Format layer; registered lazily by views.find_view. Each view is data (formatting spec §3.6, §3.7,
§9.3, §9.4, Get-ChildItem's FileSystem view, Get-Command's CommandInfo view, ErrorRecord §10).
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from pwshlite.errors import ErrorRecord
from pwshlite.format.cells import get_property, to_string
from pwshlite.format.layout import generate_lines
from pwshlite.format.views import (
    CustomView,
    GroupBy,
    ListItem,
    ListView,
    TableColumn,
    TableView,
    WideView,
    register_default_properties,
    register_view,
)
from pwshlite.objects import PSObject

_DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_MONTHS = "January February March April May June July August September October November December".split()
FILESYSTEM_PREFIX = "Microsoft.PowerShell.Core\\FileSystem::"


# -- DateTime (§3.7) -------------------------------------------------------------------------------------------
def short_date(value: datetime) -> str:
    """en-US "d": M/d/yyyy."""
    return f"{value.month}/{value.day}/{value.year:04d}"


def short_time(value: datetime) -> str:
    """en-US "t": h:mm tt."""
    hour = value.hour % 12 or 12
    return f"{hour}:{value.minute:02d} {'AM' if value.hour < 12 else 'PM'}"


def long_date(value: datetime) -> str:
    """en-US "D": dddd, MMMM d, yyyy."""
    return f"{_DAYS[value.weekday()]}, {_MONTHS[value.month - 1]} {value.day}, {value.year:04d}"


def long_time(value: datetime) -> str:
    """en-US "T": h:mm:ss tt."""
    hour = value.hour % 12 or 12
    return f"{hour}:{value.minute:02d}:{value.second:02d} {'AM' if value.hour < 12 else 'PM'}"


def _datetime_lines(obj: Any, width: int) -> list[str]:
    value = obj.base if isinstance(obj, PSObject) else obj
    hint = str(obj.get("DisplayHint") or "") if isinstance(obj, PSObject) else ""
    if not isinstance(value, datetime):
        return [to_string(obj)]
    if hint.casefold() == "date":
        return [long_date(value)]
    if hint.casefold() == "time":
        return [long_time(value)]
    return [f"{long_date(value)} {long_time(value)}"]


# -- TimeSpan (§3.7) -------------------------------------------------------------------------------------------
def _ticks(value: Any) -> int:
    span = value.base if isinstance(value, PSObject) else value
    if not isinstance(span, timedelta):
        return 0
    return (span.days * 86400 + span.seconds) * 10_000_000 + span.microseconds * 10


def _component(divisor: int, modulo: int | None) -> Any:
    def read(value: Any) -> int:
        ticks = _ticks(value)
        whole = abs(ticks) // divisor
        if modulo is not None:
            whole %= modulo
        return -whole if ticks < 0 else whole

    return read


def _total(divisor: int) -> Any:
    return lambda value: _ticks(value) / divisor


_TIMESPAN_ITEMS = (
    ListItem("Days", script=_component(864_000_000_000, None)),
    ListItem("Hours", script=_component(36_000_000_000, 24)),
    ListItem("Minutes", script=_component(600_000_000, 60)),
    ListItem("Seconds", script=_component(10_000_000, 60)),
    ListItem("Milliseconds", script=_component(10_000, 1000)),
    ListItem("Ticks", script=_ticks),
    ListItem("TotalDays", script=_total(864_000_000_000)),
    ListItem("TotalHours", script=_total(36_000_000_000)),
    ListItem("TotalMinutes", script=_total(600_000_000)),
    ListItem("TotalSeconds", script=_total(10_000_000)),
    ListItem("TotalMilliseconds", script=_total(10_000)),
)


# -- ErrorRecord (§10), MatchInfo, ScriptBlock -------------------------------------------------------------------
def _error_lines(obj: Any, width: int) -> list[str]:
    from pwshlite.format.error_view import render_error_record

    if not isinstance(obj, ErrorRecord):
        return [to_string(obj)]
    import sys

    from pwshlite.format.out import buffer_width

    # Wrapped at the outputter's W; the CategoryInfo/FQID pieces are cut at the host's B (§10.1, §10.4).
    text = render_error_record(obj, width, buffer_width(sys.stdout))
    return text[:-1].split("\n") if text.endswith("\n") else text.split("\n")


def _match_info_lines(obj: Any, width: int) -> list[str]:
    if (
        isinstance(obj, PSObject) and obj.base is not None
    ):  # Select-String's objects carry their ToString text
        return to_string(obj.base).split("\n")
    line = to_string(get_property(obj, "Line"))
    path = get_property(obj, "Path")
    if path is None or str(path) == "InputStream":
        return [line]
    return [f"{to_string(path)}:{to_string(get_property(obj, 'LineNumber'))}:{line}"]


def _script_block_lines(obj: Any, width: int) -> list[str]:
    return [to_string(obj)]


def _prefixed(prefix: str) -> Any:
    """Warning/Verbose/Debug records merged into the output show as `PREFIX: message` lines."""

    def render(obj: Any, width: int) -> list[str]:
        return generate_lines(prefix + to_string(obj), width)

    return render


# -- FileSystem (Get-ChildItem) ----------------------------------------------------------------------------------
def _last_write_time(obj: Any) -> str:
    value = get_property(obj, "LastWriteTime")
    if isinstance(value, PSObject) and value.base is not None:
        value = value.base
    if not isinstance(value, datetime):
        return to_string(value)
    return f"{short_date(value):>10}  {short_time(value):>8}"


def parent_path(obj: Any) -> str:
    """PSParentPath without the provider prefix, as the `Directory:` group header shows it."""
    text = to_string(get_property(obj, "PSParentPath"))
    return text[len(FILESYSTEM_PREFIX) :] if text.startswith(FILESYSTEM_PREFIX) else text


def _directory_header(obj: Any) -> list[str]:
    return [f"    Directory: {parent_path(obj)}", ""]


def _is_file(obj: Any) -> bool:
    return isinstance(obj, PSObject) and "System.IO.FileInfo" in obj.type_names


def _wide_child_name(obj: Any) -> str:
    """FileSystem's wide view: a file's name, a directory's name in brackets (`[{0}]`)."""
    name = to_string(get_property(obj, "Name"))
    return name if _is_file(obj) else f"[{name}]"


def _command_name(obj: Any) -> Any:
    display = get_property(obj, "DisplayName")
    return display if display not in (None, "") else get_property(obj, "Name")


def register_all() -> None:
    """Register every built-in view and default display property set."""
    register_view(TableView(("System.Collections.DictionaryEntry",), (
        TableColumn("Name", "Name", width=30),
        TableColumn("Value", "Value"),
    ), name="Dictionary"))  # fmt: skip
    register_view(ListView(("System.Collections.DictionaryEntry",), (
        ListItem("Name", "Name"), ListItem("Value", "Value"),
    ), name="System.Collections.DictionaryEntry"))  # fmt: skip
    register_view(TableView(("Microsoft.PowerShell.Commands.GroupInfo",), (
        TableColumn("Count", "Count", width=5, alignment="right"),
        TableColumn("Name", "Name", width=25),
        TableColumn("Group", "Group"),
    ), name="Microsoft.PowerShell.Commands.GroupInfo"))  # fmt: skip
    register_view(ListView(("Microsoft.PowerShell.Commands.GroupInfo",), (
        ListItem("Name", "Name"), ListItem("Count", "Count"), ListItem("Group", "Group"), ListItem("Values", "Values"),
    ), name="Microsoft.PowerShell.Commands.GroupInfo"))  # fmt: skip
    register_view(TableView(("Microsoft.PowerShell.Commands.GroupInfoNoElement",), (
        TableColumn("Count", "Count", width=5, alignment="right"),
        TableColumn("Name", "Name", width=25),
    ), name="Microsoft.PowerShell.Commands.GroupInfoNoElement"))  # fmt: skip
    register_view(ListView(("Microsoft.PowerShell.Commands.GroupInfoNoElement",), (
        ListItem("Name", "Name"), ListItem("Count", "Count"), ListItem("Values", "Values"),
    ), name="Microsoft.PowerShell.Commands.GroupInfoNoElement"))  # fmt: skip
    register_view(ListView(("Microsoft.PowerShell.Commands.GenericMeasureInfo",), tuple(
        ListItem(n, n) for n in ("Count", "Average", "Sum", "Maximum", "Minimum", "Property")
    ), name="Microsoft.PowerShell.Commands.GenericMeasureInfo"))  # fmt: skip
    register_view(
        CustomView(("Microsoft.PowerShell.Commands.MatchInfo",), _match_info_lines, name="MatchInfo")
    )
    register_view(CustomView(("System.DateTime",), _datetime_lines, name="DateTime"))
    register_view(ListView(("System.TimeSpan",), _TIMESPAN_ITEMS, name="System.TimeSpan"))
    register_view(TableView(("System.TimeSpan",), tuple(
        TableColumn(n, n) for n in ("Days", "Hours", "Minutes", "Seconds", "Milliseconds")
    ), name="System.TimeSpan"))  # fmt: skip
    register_view(WideView(("System.TimeSpan",), "TotalMilliseconds", name="System.TimeSpan"))
    register_view(
        CustomView(
            ("System.Management.Automation.ErrorRecord",),
            _error_lines,
            out_of_band=True,
            name="ErrorInstance",
        )
    )
    register_view(
        CustomView(
            ("System.Management.Automation.ScriptBlock",),
            _script_block_lines,
            out_of_band=True,
            name="ScriptBlock",
        )
    )
    for kind, prefix in (
        ("Warning", "WARNING: "),
        ("Verbose", "VERBOSE: "),
        ("Debug", "DEBUG: "),
        ("Information", ""),
    ):
        name = f"System.Management.Automation.{kind}Record"
        register_view(CustomView((name,), _prefixed(prefix), out_of_band=True, name=f"{kind}Record"))
    register_view(TableView(("System.IO.DirectoryInfo", "System.IO.FileInfo"), (
        TableColumn("Mode", "Mode", width=7),
        TableColumn("LastWriteTime", script=_last_write_time, width=25, alignment="right"),
        TableColumn("Length", "Length", width=14, alignment="right"),
        TableColumn("Name", "Name"),
    ), group_by=GroupBy(script=parent_path, header=_directory_header), name="children"))  # fmt: skip
    register_view(ListView(("System.IO.DirectoryInfo", "System.IO.FileInfo"), tuple(
        ListItem(name, name, condition=_is_file if name == "Length" else None)
        for name in ("Name", "Length", "CreationTime", "LastWriteTime", "LastAccessTime", "Mode", "LinkType", "Target")
    ), group_by=GroupBy(script=parent_path, header=_directory_header), name="children"))  # fmt: skip
    register_view(WideView(
        ("System.IO.DirectoryInfo", "System.IO.FileInfo"), script=_wide_child_name,
        group_by=GroupBy(script=parent_path, header=_directory_header), name="children",
    ))  # fmt: skip
    register_view(TableView((
        "System.Management.Automation.CmdletInfo", "System.Management.Automation.FunctionInfo",
        "System.Management.Automation.FilterInfo", "System.Management.Automation.AliasInfo",
        "System.Management.Automation.ApplicationInfo", "System.Management.Automation.ExternalScriptInfo",
        "System.Management.Automation.CommandInfo",
    ), (
        TableColumn("CommandType", "CommandType", width=15),
        TableColumn("Name", script=_command_name, width=50),
        TableColumn("Version", "Version", width=10),
        TableColumn("Source", "Source"),
    ), name="CommandInfo"))  # fmt: skip
    register_view(ListView(("System.Management.Automation.CmdletInfo",), tuple(ListItem(n, n) for n in (
        "Name", "CommandType", "Definition", "Path", "AssemblyInfo", "DLL", "HelpFile", "ParameterSets",
        "ImplementingType", "Verb", "Noun",
    )), name="System.Management.Automation.CmdletInfo"))  # fmt: skip
    register_view(TableView(("System.RuntimeType",), (
        TableColumn("IsPublic", "IsPublic", width=8),
        TableColumn("IsSerial", "IsSerial", width=8),
        TableColumn("Name", "Name", width=40),
        TableColumn("BaseType", "BaseType"),
    ), name="System.RuntimeType"))  # fmt: skip
    register_view(TableView(("Microsoft.PowerShell.Commands.MemberDefinition",), (
        TableColumn("Name", "Name"), TableColumn("MemberType", "MemberType"), TableColumn("Definition", "Definition"),
    ), group_by=GroupBy(property="TypeName", label="TypeName"),
        name="Microsoft.PowerShell.Commands.MemberDefinition"))  # fmt: skip
    register_view(TableView(("System.Management.Automation.PSVariable",), (
        TableColumn("Name", "Name", width=30), TableColumn("Value", "Value"),
    ), name="Variable"))  # fmt: skip
    register_view(TableView(("Microsoft.PowerShell.Commands.HistoryInfo",), (
        TableColumn("Id", "Id", width=4, alignment="right"), TableColumn("CommandLine", "CommandLine"),
    ), name="history"))  # fmt: skip
    register_view(WideView(("Microsoft.PowerShell.Commands.HistoryInfo",), "CommandLine", name="history"))
    register_view(
        TableView(("System.Management.Automation.PathInfo",), (TableColumn("Path", "Path"),), name="PathInfo")
    )
    register_default_properties("System.Management.Automation.PSCredential", ("UserName", "Password"))
