"""Built-in views (FileSystem, CommandInfo, ErrorRecord, MatchInfo, GroupInfo list) and the sizing window."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from pwshlite.errors import ErrorCategory, ErrorRecord
from pwshlite.format.error_view import render_error_record
from pwshlite.format.generator import FormatGenerator
from pwshlite.format.options import FormatOptions
from pwshlite.format.out import OutDefault, render_to_lines
from pwshlite.objects import EnumValue, PSObject


def file_item(name: str, length: int | None, directory: bool = False) -> PSObject:
    kind = "System.IO.DirectoryInfo" if directory else "System.IO.FileInfo"
    props = {
        "Mode": "d-----" if directory else "-a----",
        "LastWriteTime": datetime(2026, 11, 27, 13, 4, 5),
        "Length": length,
        "Name": name,
        "PSParentPath": "Microsoft.PowerShell.Core\\FileSystem::/tmp/demo",
    }
    return PSObject(props, (kind, "System.IO.FileSystemInfo", "System.Object"))


def test_get_childitem_view_with_directory_header() -> None:
    lines = render_to_lines([file_item("sub", None, True), file_item("a.txt", 12)], 119)
    rest = 119 - 7 - 25 - 14 - 3
    assert lines[:5] == ["", "", "    Directory: /tmp/demo", "", ""]
    assert lines[5] == "Mode   " + " " + "LastWriteTime".rjust(25) + " " + "Length".rjust(
        14
    ) + " " + "Name".ljust(rest)
    assert lines[6] == "----   " + " " + "-------------".rjust(25) + " " + "------".rjust(
        14
    ) + " " + "----".ljust(rest)
    assert lines[7] == "d----- " + " " + "11/27/2026   1:04 PM".rjust(
        25
    ) + " " + " " * 14 + " " + "sub".ljust(rest)
    assert lines[8] == "-a---- " + " " + "11/27/2026   1:04 PM".rjust(25) + " " + "12".rjust(
        14
    ) + " " + "a.txt".ljust(rest)
    assert lines[9:] == ["", ""]


def test_new_directory_starts_a_new_group() -> None:
    other = file_item("b.txt", 1)
    other.set("PSParentPath", "/tmp/other")
    lines = render_to_lines([file_item("a.txt", 12), other], 119)
    assert lines.count("    Directory: /tmp/demo") == 1 and lines.count("    Directory: /tmp/other") == 1


def test_command_info_view() -> None:
    cmd = PSObject(
        {"CommandType": EnumValue("System.Management.Automation.CommandTypes", "Cmdlet", 8), "Name": "Get-Date",
         "Version": "3.1.0.0", "Source": "Microsoft.PowerShell.Utility"},
        ("System.Management.Automation.CmdletInfo", "System.Management.Automation.CommandInfo", "System.Object"),
    )  # fmt: skip
    lines = render_to_lines([cmd], 119)
    assert lines[1].startswith("CommandType     Name" + " " * 47 + "Version    Source")
    assert lines[3].startswith(
        "Cmdlet          Get-Date" + " " * 43 + "3.1.0.0    Microsoft.PowerShell.Utility"
    )


def test_error_record_is_out_of_band_among_rows() -> None:
    record = ErrorRecord("boom", "boom", ErrorCategory.OperationStopped, target_object="boom")
    lines = render_to_lines([PSObject({"a": 1}), record, PSObject({"a": 22})], 119)
    error_lines = render_error_record(record, 119, 120).rstrip("\n").split("\n")
    assert lines == ["", " a", " -", " 1", *error_lines, "22", "", ""]


def test_match_info_custom_view() -> None:
    kind = ("Microsoft.PowerShell.Commands.MatchInfo", "System.Object")
    hits = [
        PSObject({"Line": "abc", "LineNumber": 1, "Path": "InputStream"}, kind),
        PSObject({"Line": "xbz", "LineNumber": 7, "Path": "/tmp/f.txt"}, kind),
    ]
    assert render_to_lines(hits, 119) == ["", "abc", "/tmp/f.txt:7:xbz", "", ""]


def test_group_info_list_view() -> None:
    group = PSObject(
        {"Count": 1, "Name": "a", "Group": ["a"], "Values": ["a"]},
        ("Microsoft.PowerShell.Commands.GroupInfo", "System.Object"),
    )
    gen = FormatGenerator(FormatOptions(shape="list"))
    lines = render_to_lines([*gen.process(group), *gen.end()], 119)
    assert lines[2:6] == ["Name   : a", "Count  : 1", "Group  : {a}", "Values : {a}"]


def test_sizing_window_then_fixed_widths() -> None:
    lines: list[str] = []
    out = OutDefault(lines.append, 119, window=2)
    for name in ("a", "bb", "a-much-longer-name", "c"):
        out.write(PSObject({"Name": name, "N": 1}))
    out.close()
    assert lines == ["", "Name N", "---- -", "a    1", "bb   1", "a... 1", "c    1", "", ""]


def test_table_and_list_documents_in_one_output() -> None:
    gen = FormatGenerator(FormatOptions(shape="list"))
    records: list[Any] = [*gen.process(PSObject({"a": 1})), *gen.end()]
    lines = render_to_lines([PSObject({"t": 1}), *records], 119)
    assert lines == ["", "t", "-", "1", "", "", "", "", "a : 1", "", "", ""]


def test_datetime_display_hint() -> None:
    value = PSObject({"DisplayHint": "Date"}, ("System.DateTime", "System.ValueType", "System.Object"),
                     base=datetime(2026, 11, 27, 13, 4, 5))  # fmt: skip
    assert render_to_lines([value], 119) == ["", "Friday, November 27, 2026", "", ""]


def test_remote_object_hides_computer_name() -> None:
    row = PSObject({"Name": "x", "PSComputerName": "ex01", "PSShowComputerName": False, "RunspaceId": "r"})
    assert render_to_lines([row], 119)[1].split() == ["Name", "RunspaceId"]
    shown = PSObject({"Name": "x", "PSComputerName": "ex01", "PSShowComputerName": True})
    assert render_to_lines([shown], 119)[1].split() == ["Name", "PSComputerName"]


class _Record:
    """Stands in for the runtime's InformationalRecord (type_name + str)."""

    def __init__(self, kind: str, message: str) -> None:
        self.type_name = f"System.Management.Automation.{kind}Record"
        self.message = message

    def __str__(self) -> str:
        return self.message


def test_warning_and_verbose_records_in_the_output() -> None:
    lines = render_to_lines(
        [_Record("Warning", "careful"), _Record("Verbose", "step"), _Record("Information", "i")], 119
    )
    assert lines == ["WARNING: careful", "VERBOSE: step", "i"]


def test_format_list_of_files_uses_the_filesystem_list_view() -> None:
    gen = FormatGenerator(FormatOptions(shape="list"))
    items = [file_item("sub", None, True), file_item("a.txt", 12)]
    lines = render_to_lines([r for i in items for r in gen.process(i)] + list(gen.end()), 119)
    assert lines[:6] == ["", "", "    Directory: /tmp/demo", "", "", ""]
    assert lines[6:8] == ["Name           : sub", "CreationTime   : "]
    assert "Length         : 12" in lines and lines.count("Length         : 12") == 1


def test_select_string_match_info_with_context() -> None:
    from pwshlite.cmdlets.utility._matchinfo import MatchLine, make_match_info

    hit = make_match_info(MatchLine("b line", 2, "/t/f.txt", "f.txt", "b", [], True), ["a line"])
    assert render_to_lines([hit], 119) == ["", "  f.txt:1:a line", "> f.txt:2:b line", "", ""]


def test_unfinished_document_is_closed_with_its_frame() -> None:
    from pwshlite.format.model import Column, FormatStart, GroupStart, TableRow, TableShape

    lines: list[str] = []
    out = OutDefault(lines.append, 119)
    for record in (FormatStart(TableShape((Column("a"),))), GroupStart(), TableRow(("1",))):
        out.write(record)
    out.close()
    assert lines == ["", "a", "-", "1", "", ""]


def test_get_member_view_groups_by_type_name() -> None:
    kind = ("Microsoft.PowerShell.Commands.MemberDefinition", "System.Object")
    members = [
        PSObject(
            {"TypeName": "System.String", "Name": "Clone", "MemberType": "Method", "Definition": "x"}, kind
        ),
        PSObject(
            {"TypeName": "System.String", "Name": "Length", "MemberType": "Property", "Definition": "y"}, kind
        ),
    ]
    lines = render_to_lines(members, 119)
    assert lines == ["", "", "   TypeName: System.String", "", "Name   MemberType Definition",
                     "----   ---------- ----------", "Clone  Method     x         ",
                     "Length Property   y         ", "", ""]  # fmt: skip


def test_variable_history_and_location_views() -> None:
    var = PSObject(
        {"Name": "true", "Value": True, "Options": "Constant"}, ("System.Management.Automation.PSVariable",)
    )
    assert render_to_lines([var], 40)[1:4] == ["Name" + " " * 27 + "Value    ", "----" + " " * 27 + "-----    ",
                                               "true" + " " * 27 + "True     "]  # fmt: skip
    hist = PSObject(
        {"Id": 1, "CommandLine": "dir", "ExecutionStatus": "Completed"},
        ("Microsoft.PowerShell.Commands.HistoryInfo",),
    )
    assert render_to_lines([hist], 20)[1:4] == [
        "  Id CommandLine    ",
        "  -- -----------    ",
        "   1 dir            ",
    ]
    where = PSObject({"Drive": "/", "Provider": "FileSystem", "ProviderPath": "/tmp", "Path": "/tmp"},
                     ("System.Management.Automation.PathInfo",))  # fmt: skip
    assert render_to_lines([where], 119) == ["", "Path", "----", "/tmp", "", ""]
