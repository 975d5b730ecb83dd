"""Format-Table/List/Wide/Custom and Out-String/Out-File/Out-Host driven like the runtime drives them."""

from __future__ import annotations

import os
from typing import Any

import pytest
from pwshlite.cmdlets.utility.format_custom import FormatCustom
from pwshlite.cmdlets.utility.format_list import FormatList
from pwshlite.cmdlets.utility.format_table import FormatTable
from pwshlite.cmdlets.utility.format_wide import FormatWide
from pwshlite.cmdlets.utility.out_default import OutDefault as OutDefaultCmdlet
from pwshlite.cmdlets.utility.out_file import OutFile
from pwshlite.cmdlets.utility.out_host import OutHost
from pwshlite.cmdlets.utility.out_string import OutString

from pwshlite.format.model import FormatEnd, FormatStart, TableRow
from pwshlite.objects import PSHashtable, PSObject
from tests.unit.core_fakes import FakeBlock, FakeContext, run, run_error


def obj(**props: Any) -> PSObject:
    return PSObject(props)


def out_string(records: list[Any], **params: Any) -> str:
    result = run(OutString, pipeline=records, **params)
    assert len(result) == 1
    return str(result[0])


def table(objects: list[Any], ctx: FakeContext | None = None, **params: Any) -> list[Any]:
    return run(FormatTable, ctx, pipeline=objects, **params)


def test_format_table_emits_records() -> None:
    records = table([obj(a=1, b="x")])
    assert isinstance(records[0], FormatStart) and isinstance(records[-1], FormatEnd)
    assert any(isinstance(r, TableRow) and r.cells == ("1", "x") for r in records)
    assert records[0].type_names[0] == "Microsoft.PowerShell.Commands.Internal.Format.FormatStartData"


def test_format_table_out_string() -> None:
    records = table([obj(a=1, b="hello")])
    assert out_string(records) == "\na b    \n- -    \n1 hello\n\n\n"


def test_out_string_stream_emits_lines() -> None:
    assert run(OutString, pipeline=[obj(a=1, b="hello")], Stream=True) == [
        "",
        "a b    ",
        "- -    ",
        "1 hello",
        "",
        "",
    ]
    assert run(OutString, pipeline=["a\nb"], Stream=True) == ["a\nb"]
    assert run(OutString, pipeline=["a", " b"]) == ["a\n b\n"]


def test_out_string_width() -> None:
    text = out_string([PSHashtable([("a", 1)])], Width=60)
    assert text.split("\n")[1] == "Name" + " " * 27 + "Value" + " " * 24


def test_out_string_of_nothing_is_empty() -> None:
    assert run(OutString, pipeline=[]) == [""]


def test_calculated_properties_with_script_blocks() -> None:
    block = FakeBlock(lambda o: o.get("Size") * 2, "$_.Size * 2")
    calc = PSHashtable([("n", "Double"), ("e", block), ("w", 8), ("a", "right")])
    records = table([obj(Name="a", Size=2)], Property=["Name", calc])
    assert out_string(records, Width=20).split("\n")[1:4] == ["Name Double", "---- ------", "a         4"]


def test_script_block_column_label_is_its_text() -> None:
    block = FakeBlock(lambda o: o.get("x") + 1, "$_.x + 1")
    lines = out_string(table([obj(x=1)], Property=[block])).split("\n")
    assert lines[1:4] == ["$_.x + 1", "--------", "       2"]


def test_wildcard_property_and_missing_name() -> None:
    records = table([obj(Name="a", NameX="b", Other=1)], Property=["Name*", "Nope"])
    assert out_string(records).split("\n")[1] == "Name NameX Nope"


def test_bad_calculated_property_keys() -> None:
    record = run_error(FormatTable, Property=[PSHashtable([("foo", 1)])])
    assert record.message == "The foo key is not valid." and record.error_id == "DictionaryKeyIllegal"
    record = run_error(FormatTable, Property=[PSHashtable([("n", "x")])])
    assert record.message == "A mandatory entry for Expression is missing."
    record = run_error(FormatTable, Property=[PSHashtable([("e", "x"), ("width", 0)])])
    assert record.message == 'The value "0" for key "width" should be greater than 0.'
    record = run_error(FormatTable, Property=[PSHashtable([("e", "x"), ("align", "middle")])])
    assert (
        record.message
        == 'The value "middle" for key "align" is not valid; valid values are left, center, right.'
    )
    record = run_error(FormatWide, Property=PSHashtable([("e", "x"), ("label", "y")]))
    assert record.message == "The label key is not valid."


def test_format_list_star_and_group_by() -> None:
    rows = [obj(Name="a", Kind="x"), obj(Name="b", Kind="y")]
    text = out_string(run(FormatList, pipeline=rows, Property=["*"], GroupBy="Kind"))
    assert text.split("\n")[:8] == ["", "", "   Kind: x", "", "", "Name : a", "Kind : x", ""]


def test_format_list_drops_missing_properties() -> None:
    text = out_string(run(FormatList, pipeline=[obj(a=1)], Property=["a", "zz"]))
    assert text == "\n\na : 1\n\n\n\n"


def test_format_wide_columns_and_conflict() -> None:
    rows = [obj(Name=n) for n in ("a", "b", "c")]
    text = out_string(run(FormatWide, pipeline=rows, Column=3), Width=12)
    assert text.split("\n")[2] == "a    b   c  "
    record = run_error(FormatWide, AutoSize=True, Column=2)
    assert record.error_id == "FormatCannotSpecifyAutosizeAndColumns"


def test_format_custom_class_layout() -> None:
    text = out_string(run(FormatCustom, pipeline=[obj(a=1, b="x")]))
    assert text == "\nclass PSCustomObject\n{\n  a = 1\n  b = x\n}\n\n\n\n"  # entry's own blank line


def test_format_enumeration_limit_from_session() -> None:
    ctx = FakeContext()
    ctx.set_variable("FormatEnumerationLimit", 1)
    text = out_string(table([obj(x=[1, 2, 3])], ctx))
    assert text.split("\n")[3] == "{1...}"


def test_strings_pass_out_of_band_through_format_table() -> None:
    assert out_string(table(["hello", 5])) == "hello\n5\n"


def test_out_host_writes_lines_to_the_host() -> None:
    ctx = FakeContext()
    assert run(OutHost, ctx, pipeline=[obj(a=1)]) == []
    assert [h[0] for h in ctx.host] == ["", "a", "-", "1", "", ""]
    ctx2 = FakeContext()
    run(OutDefaultCmdlet, ctx2, pipeline=["x"])
    assert [h[0] for h in ctx2.host] == ["x"]


def test_autosize_warning_goes_to_warning_stream() -> None:
    ctx = FakeContext()
    row = obj(A="x" * 30, B="y" * 30, C="z")
    records = table([row], AutoSize=True)
    lines = run(OutString, ctx, pipeline=records, Width=40, Stream=True)
    assert ctx.warnings == ['column "C" does not fit into the display and was removed.']
    assert lines[1] == "A" + " " * 30 + "B" + " " * 8
    assert not any("WARNING" in line for line in lines)


def test_out_file_writes_unicode_with_bom(tmp_path: Any) -> None:
    path = tmp_path / "out.txt"
    ctx = FakeContext(cwd=str(tmp_path))
    run(OutFile, ctx, pipeline=[obj(a=1)], FilePath="out.txt")
    data = path.read_bytes()
    assert data.startswith(b"\xff\xfe")
    assert data[2:].decode("utf-16-le") == "\na\n-\n1\n\n\n"
    run(OutFile, ctx, pipeline=["more"], FilePath="out.txt", Append=True)
    assert path.read_bytes()[2:].decode("utf-16-le").endswith("\n\nmore\n")


def test_out_file_encoding_nonewline_noclobber(tmp_path: Any) -> None:
    ctx = FakeContext(cwd=str(tmp_path))
    run(OutFile, ctx, pipeline=["a", "b"], FilePath="x.txt", Encoding="ascii", NoNewline=True)
    assert (tmp_path / "x.txt").read_bytes() == b"ab"
    record = run_error(OutFile, ctx, FilePath="x.txt", NoClobber=True)
    assert record.error_id == "NoClobber"
    missing = run_error(OutFile, ctx, FilePath=os.path.join("nodir", "y.txt"))
    assert "nodir" in missing.message


def test_out_file_whatif(tmp_path: Any) -> None:
    ctx = FakeContext(cwd=str(tmp_path))
    ctx.whatif = True
    run(OutFile, ctx, pipeline=["a"], FilePath="w.txt")
    assert not (tmp_path / "w.txt").exists() and ctx.whatif_lines


@pytest.mark.parametrize("expand", ["CoreOnly", "EnumOnly"])
def test_expand_of_a_collection_object(expand: str) -> None:
    records = run(FormatTable, pipeline=[[obj(a=1), obj(a=2)]], Expand=expand)
    rows = [r for r in records if isinstance(r, TableRow)]
    if expand == "EnumOnly":
        assert [r.cells for r in rows] == [("1",), ("2",)]
    else:  # the array itself is formatted (its own properties), never its elements
        assert all(r.cells != ("1",) for r in rows)


def test_failing_expression_is_an_empty_cell_or_err() -> None:
    def boom(o: Any) -> Any:
        raise RuntimeError("x")

    block = FakeBlock(boom, "throw 'x'")
    calc = PSHashtable([("n", "Bad"), ("e", block)])
    assert out_string(table([obj(a=1)], Property=["a", calc])).split("\n")[3] == "1    "
    assert out_string(table([obj(a=1)], Property=["a", calc], DisplayError=True)).split("\n")[3] == "1 #ERR"


def test_force_formats_a_string_as_an_object() -> None:
    assert out_string(table(["abc"], Force=True)) == "\nLength\n------\n     3\n\n\n"


def test_type_objects_use_the_runtime_type_view() -> None:
    from pwshlite.values.typenames import resolve_type

    lines = out_string([resolve_type("int")]).split("\n")
    assert lines[1].startswith("IsPublic IsSerial Name" + " " * 37 + "BaseType")
    assert lines[3].startswith("True     True     Int32" + " " * 36 + "System.ValueType")


def test_default_width_comes_from_the_host_buffer() -> None:
    ctx = FakeContext()
    size = PSObject({"Width": 41, "Height": 3000})
    ctx.set_variable("Host", PSObject({"UI": PSObject({"RawUI": PSObject({"BufferSize": size})})}))
    lines = run(OutString, ctx, pipeline=[PSHashtable([("a", 1)])], Stream=True)
    assert len(lines[1]) == 40
