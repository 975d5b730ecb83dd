"""Every worked example of formatting.md §1-§9 as a byte-exact test of the formatting engine.

Expected blocks are written in the spec's notation: each output line ends with `¶` (not part of the
output), so trailing spaces and empty lines are visible. Objects are built directly as PSObjects.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from pwshlite.format.generator import FormatGenerator
from pwshlite.format.options import Field, FormatOptions
from pwshlite.format.out import OutDefault, render_to_lines
from pwshlite.format.views import TableColumn, TableView, register_view
from pwshlite.objects import EnumValue, PSHashtable, PSObject

SERVICE = "System.ServiceProcess.ServiceController"
register_view(
    TableView(
        (SERVICE,),
        (
            TableColumn("Status", "Status", width=8),
            TableColumn("Name", "Name", width=18),
            TableColumn("DisplayName", "DisplayName", width=38),
        ),
    )
)


def block(text: str) -> list[str]:
    lines = text.strip("\n").split("\n")
    assert all(line.endswith("¶") for line in lines), lines
    return [line[:-1] for line in lines]


def obj(**props: Any) -> PSObject:
    return PSObject(props)


def fmt(objects: list[Any], width: int = 119, **options: Any) -> list[str]:
    """What `objects | Format-<shape> <options> | Out-String -Width width` produces, as lines."""
    gen = FormatGenerator(FormatOptions(**options))
    records = [r for o in objects for r in gen.process(o)] + list(gen.end())
    return render_to_lines(records, width)


def service(status: str, name: str, display: str) -> PSObject:
    running = EnumValue(
        "System.ServiceProcess.ServiceControllerStatus", status, 4 if status == "Running" else 1
    )
    return PSObject({"Status": running, "Name": name, "DisplayName": display}, (SERVICE, "System.Object"))


# -- §1.4 out-of-band objects ---------------------------------------------------------------------------------
def test_strings_and_numbers_are_raw_lines() -> None:
    assert render_to_lines(["hello", 42, True, 3.5], 119) == block("hello¶\n42¶\nTrue¶\n3.5¶")


def test_mixed_pscustomobjects_share_the_first_table() -> None:
    expected = block("""
¶
a b¶
- -¶
1 2¶
   ¶
¶
¶
""")
    assert render_to_lines([obj(a=1, b=2), obj(c=3)], 119) == expected


def test_string_in_the_middle_of_a_table() -> None:
    expected = block("""
¶
Name Size¶
---- ----¶
a      10¶
hello¶
bb    200¶
¶
¶
""")
    assert render_to_lines([obj(Name="a", Size=10), "hello", obj(Name="bb", Size=200)], 119) == expected


def test_view_mismatch_is_listed_out_of_band() -> None:
    expected = block("""
¶
Friday, November 27, 2026 1:04:05 PM¶
¶
a : 1¶
¶
¶
¶
""")
    assert render_to_lines([datetime(2026, 11, 27, 13, 4, 5), obj(a=1)], 119) == expected


def test_null_prints_nothing() -> None:
    assert render_to_lines([None, None], 119) == []


# -- §1.5 frame, §1.6 / §8 Out-String ---------------------------------------------------------------------------
def test_table_frame_of_one_object() -> None:
    expected = block("""
¶
a b    ¶
- -    ¶
1 hello¶
¶
¶
""")
    assert render_to_lines([obj(a=1, b="hello")], 119) == expected


def test_out_string_stream_lines() -> None:
    assert render_to_lines([obj(a=1, b="hello")], 119) == ["", "a b    ", "- -    ", "1 hello", "", ""]


def test_raw_strings_keep_their_text() -> None:
    assert render_to_lines(["a", " b"], 119) == ["a", " b"]
    assert render_to_lines(["x\ny"], 119) == ["x\ny"]


# -- §3.6 / §3.7 hashtables, dates, time spans ---------------------------------------------------------------------
def test_hashtable_entries_use_the_name_value_view() -> None:
    expected = block("""
¶
Name                           Value                        ¶
----                           -----                        ¶
a                              1                            ¶
b                              {1, 2, 3}                    ¶
¶
¶
""")
    table = PSHashtable([("a", 1), ("b", [1, 2, 3])])
    assert render_to_lines([table], 60) == expected


def test_hashtable_value_column_fills_the_default_width() -> None:
    lines = render_to_lines([PSHashtable([("a", 1)])], 119)
    assert [len(line) for line in lines[1:4]] == [119, 119, 119]


def test_datetime_custom_view() -> None:
    lines = render_to_lines([datetime(2026, 11, 27, 13, 4, 5)], 119)
    assert "\r\n".join(lines) + "\r\n" == "\r\nFriday, November 27, 2026 1:04:05 PM\r\n\r\n\r\n"


def test_timespan_list_view() -> None:
    expected = block("""
¶
¶
Days              : 0¶
Hours             : 0¶
Minutes           : 5¶
Seconds           : 0¶
Milliseconds      : 0¶
Ticks             : 3000000000¶
TotalDays         : 0.00347222222222222¶
TotalHours        : 0.0833333333333333¶
TotalMinutes      : 5¶
TotalSeconds      : 300¶
TotalMilliseconds : 300000¶
¶
¶
¶
""")
    assert render_to_lines([timedelta(minutes=5)], 119) == expected


# -- §4 tables ------------------------------------------------------------------------------------------------------
def test_strings_left_numbers_right() -> None:
    expected = block("""
¶
a     b¶
-     -¶
abc 123¶
¶
¶
""")
    assert render_to_lines([obj(a="abc", b=123)], 119) == expected


def test_enum_column_is_right_aligned() -> None:
    expected = block("""
¶
 Status Name    ¶
 ------ ----    ¶
Running Spooler ¶
Stopped wuauserv¶
¶
¶
""")
    rows = [service("Running", "Spooler", "Print Spooler"), service("Stopped", "wuauserv", "Windows Update")]
    selected = [PSObject({"Status": s.get("Status"), "Name": s.get("Name")}) for s in rows]
    assert render_to_lines(selected, 119) == expected


def test_view_widths_mode_c() -> None:
    expected = block("""
¶
Status   Name               DisplayName                           ¶
------   ----               -----------                           ¶
Running  Spooler            Print Spooler                         ¶
Stopped  wuauserv           Windows Update                        ¶
¶
¶
""")
    rows = [service("Running", "Spooler", "Print Spooler"), service("Stopped", "wuauserv", "Windows Update")]
    assert render_to_lines(rows, 119) == expected


def test_view_with_autosize() -> None:
    expected = block("""
¶
Status  Name     DisplayName   ¶
------  ----     -----------   ¶
Running Spooler  Print Spooler ¶
Stopped wuauserv Windows Update¶
¶
¶
""")
    rows = [service("Running", "Spooler", "Print Spooler"), service("Stopped", "wuauserv", "Windows Update")]
    assert fmt(rows, shape="table", auto_size=True) == expected


def test_calculated_width_on_first_column() -> None:
    expected = block("""
¶
    a b                       ¶
    - -                       ¶
    1 x                       ¶
¶
¶
""")
    fields = (Field(lambda o: o.get("a"), label="a", width=5), Field("b"))
    assert fmt([obj(a=1, b="x")], 30, shape="table", fields=fields) == expected


def test_columns_that_do_not_fit_with_warning() -> None:
    expected = block("""
¶
WARNING: column "Name" does not fit into the display and was removed.¶
¶
Company               Path                                                    I¶
                                                                              d¶
-------               ----                                                    -¶
Microsoft Corporation C:\\Program Files\\Windows PowerShell\\v1.0\\powershell.exe 6¶
¶
¶
""")
    process = obj(
        Company="Microsoft Corporation",
        Path="C:\\Program Files\\Windows PowerShell\\v1.0\\powershell.exe",
        Id=2836,
        Name="powershell",
    )
    gen = FormatGenerator(
        FormatOptions(
            shape="table", auto_size=True, fields=tuple(Field(n) for n in ("Company", "Path", "Id", "Name"))
        )
    )
    lines: list[str] = []
    out = OutDefault(lines.append, 79)
    for record in [*gen.process(process), *gen.end()]:
        out.write(record)
    out.close()
    assert lines == expected


def test_warning_is_not_part_of_out_string() -> None:
    process = obj(Company="Microsoft Corporation", Path="C:\\" + "x" * 52, Id=2836, Name="powershell")
    warnings: list[str] = []
    gen = FormatGenerator(FormatOptions(shape="table", auto_size=True))
    records = [*gen.process(process), *gen.end()]
    lines = render_to_lines(records, 79, write_warning=warnings.append)
    assert warnings == ['column "Name" does not fit into the display and was removed.']
    assert lines[0] == "" and lines[1].startswith("Company ")


def test_header_wraps_and_underline_is_label_long() -> None:
    expected = block("""
¶
Long B  ¶
Head    ¶
er      ¶
---- -  ¶
1    2  ¶
¶
¶
""")
    register_view(
        TableView(
            ("Test.LongHeader",), (TableColumn("LongHeader", "x", width=4), TableColumn("B", "y", width=3))
        )
    )
    row = PSObject({"x": 1, "y": 2}, ("Test.LongHeader",))
    assert render_to_lines([row], 119) == expected


def test_hide_table_headers() -> None:
    assert fmt([obj(a=1, b="x")], shape="table", hide_headers=True) == block("¶\n1 x¶\n¶\n¶")


def test_truncation_left_and_right() -> None:
    expected = block("""
¶
Name    Size¶
----    ----¶
Mic... ...90¶
ab        12¶
¶
¶
""")
    fields = (Field("Name", width=6), Field("Size", width=5))
    rows = [obj(Name="Microsoft.Exchange", Size=1234567890), obj(Name="ab", Size=12)]
    assert fmt(rows, shape="table", fields=fields) == expected


def test_fixed_widths_cut_values_mode_c() -> None:
    register_view(
        TableView(
            ("Test.Cut",),
            (TableColumn("Name", "Name", width=6), TableColumn("Size", "Size", width=5, alignment="right")),
        )
    )
    rows = [PSObject({"Name": "Microsoft.Exchange", "Size": 1234567890}, ("Test.Cut",))]
    assert render_to_lines(rows, 12) == ["", "Name    Size", "----    ----", "Mic... ...90", "", ""]


def test_embedded_newline_is_cut() -> None:
    expected = block("""
¶
Name Note                  ¶
---- ----                  ¶
a    first line...         ¶
¶
¶
""")
    assert render_to_lines([obj(Name="a", Note="first line\nsecond line")], 119) == expected


def test_wrap_honours_line_breaks() -> None:
    expected = block("""
¶
Name Note                  ¶
---- ----                  ¶
a    first line            ¶
     second line           ¶
¶
¶
""")
    assert fmt([obj(Name="a", Note="first line\nsecond line")], shape="table", wrap=True) == expected


def _id_text_fields() -> tuple[Field, ...]:
    return (Field("Id", width=2, alignment="right"), Field("Text", width=10))


def test_wrap_words_in_fixed_columns() -> None:
    expected = block("""
¶
Id Text      ¶
-- ----      ¶
 1 The quick ¶
   brown fox ¶
   jumps     ¶
¶
¶
""")
    register_view(
        TableView(
            ("Test.IdText",),
            (TableColumn("Id", "Id", width=2, alignment="right"), TableColumn("Text", "Text", width=10)),
        )
    )
    row = PSObject({"Id": 1, "Text": "The quick brown fox jumps"}, ("Test.IdText",))
    assert fmt([row], shape="table", wrap=True) == expected


def test_no_wrap_cuts_fixed_column() -> None:
    expected = block("""
¶
Id Text      ¶
-- ----      ¶
 1 The qui...¶
¶
¶
""")
    row = PSObject({"Id": 1, "Text": "The quick brown fox jumps"}, ("Test.IdText",))
    assert fmt([row], shape="table") == expected


def test_group_by() -> None:
    expected = block("""
¶
¶
   Status: Running¶
¶
Name    Id¶
----    --¶
Spooler  1¶
W32Time 22¶
¶
¶
   Status: Stopped¶
¶
Name  Id¶
----  --¶
Fax  333¶
¶
¶
""")
    rows = [
        obj(Name="Spooler", Id=1, Status="Running"),
        obj(Name="W32Time", Id=22, Status="Running"),
        obj(Name="Fax", Id=333, Status="Stopped"),
    ]
    assert fmt(rows, shape="table", fields=(Field("Name"), Field("Id")), group_by=Field("Status")) == expected


def test_center_alignment() -> None:
    expected = block("""
¶
   one    ¶
   ---    ¶
    1     ¶
¶
¶
""")
    fields = (Field("one", label="one", width=10, alignment="center"),)
    assert fmt([obj(one=1)], shape="table", fields=fields) == expected


def test_format_string_n2() -> None:
    expected = block("""
¶
Name Size(MB)¶
---- --------¶
a        1.50¶
bb   1,024.00¶
¶
¶
""")
    mb = 1024 * 1024
    fields = (
        Field("Name"),
        Field(lambda o: o.get("Size") / mb, label="Size(MB)", format_string="N2", alignment="right"),
    )
    rows = [obj(Name="a", Size=int(1.5 * mb)), obj(Name="bb", Size=1024 * mb)]
    assert fmt(rows, shape="table", fields=fields) == expected


# -- §5 lists -------------------------------------------------------------------------------------------------------
def test_five_properties_make_a_list() -> None:
    expected = block("""
¶
¶
A     : 1¶
Bb    : two¶
Ccc   : True¶
D     : ¶
Eeeee : x¶
¶
¶
¶
""")
    lines = render_to_lines([obj(A=1, Bb="two", Ccc=True, D=None, Eeeee="x")], 119)
    assert lines == expected
    text = "".join(line + "\r\n" for line in lines)
    assert text == "\r\n\r\nA     : 1\r\nBb    : two\r\nCcc   : True\r\nD     : \r\nEeeee : x\r\n\r\n\r\n\r\n"


def test_list_multi_line_value() -> None:
    expected = block("""
¶
¶
Name  : jdoe¶
Notes : line one¶
        line two¶
¶
¶
¶
""")
    assert fmt([obj(Name="jdoe", Notes="line one\r\nline two")], shape="list") == expected


def test_list_long_value_wraps() -> None:
    expected = block("""
¶
¶
Name        : jdoe¶
Description : The quick brown fox jumps ¶
              over the lazy dog again ¶
              and again¶
¶
¶
¶
""")
    row = obj(Name="jdoe", Description="The quick brown fox jumps over the lazy dog again and again")
    assert fmt([row], 40, shape="list") == expected


def test_list_label_width_per_object() -> None:
    expected = block("""
¶
¶
a  : 1¶
bb : 2¶
¶
ccc : 3¶
¶
¶
¶
""")
    assert fmt([obj(a=1, bb=2), obj(ccc=3)], shape="list") == expected


# -- §6 wide --------------------------------------------------------------------------------------------------------
NAMES = ["alpha", "beta", "gamma", "delta", "epsilon"]


def test_wide_two_columns() -> None:
    expected = block("""
¶
¶
alpha                beta               ¶
gamma                delta              ¶
epsilon                                 ¶
¶
¶
""")
    assert fmt([obj(Name=n) for n in NAMES], 40, shape="wide") == expected


def test_wide_autosize() -> None:
    expected = block("""
¶
¶
alpha    beta    gamma   delta   epsilon¶
¶
¶
""")
    assert fmt([obj(Name=n) for n in NAMES], 40, shape="wide", auto_size=True) == expected


# -- §9 cmdlet output shapes ------------------------------------------------------------------------------------------
def group_info(name: str, items: list[Any]) -> PSObject:
    props = {"Count": len(items), "Name": name, "Group": items, "Values": [name]}
    return PSObject(props, ("Microsoft.PowerShell.Commands.GroupInfo", "System.Object"))


def test_group_object_view() -> None:
    expected = block("""
¶
Count Name                      Group                       ¶
----- ----                      -----                       ¶
    2 a                         {a, a}                      ¶
    1 b                         {b}                         ¶
¶
¶
""")
    assert render_to_lines([group_info("a", ["a", "a"]), group_info("b", ["b"])], 60) == expected


def measure(**stats: Any) -> PSObject:
    props = {"Count": 3, "Average": None, "Sum": None, "Maximum": None, "Minimum": None, "Property": None}
    props.update(stats)
    return PSObject(props, ("Microsoft.PowerShell.Commands.GenericMeasureInfo", "System.Object"))


def test_measure_object_list() -> None:
    expected = block("""
¶
¶
Count    : 3¶
Average  : ¶
Sum      : ¶
Maximum  : ¶
Minimum  : ¶
Property : ¶
¶
¶
¶
""")
    assert render_to_lines([measure()], 119) == expected


def test_measure_object_with_statistics() -> None:
    lines = render_to_lines([measure(Average=2.0, Sum=6, Maximum=3, Minimum=1)], 119)
    assert lines[3:7] == ["Average  : 2", "Sum      : 6", "Maximum  : 3", "Minimum  : 1"]


# -- §11.1 host wrapping of warning lines (implemented by the runtime's stream sinks) --------------------------
def test_warning_line_wraps_at_window_width_less_one() -> None:
    from pwshlite.runtime.streams import wrap_host_text

    expected = block("""
WARNING: The command completed successfully but no settings¶
 of 'contoso.com/Users/jdoe' have been modified.¶
""")
    text = "WARNING: The command completed successfully but no settings of 'contoso.com/Users/jdoe' have been modified."
    assert wrap_host_text(text, 59) == expected
