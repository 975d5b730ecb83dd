"""Import-Csv / Export-Csv / ConvertTo-Csv / ConvertFrom-Csv against 5.1's behaviour (Appendix B,
CsvCommands.cs of the 5.1-era source)."""

from __future__ import annotations

import pytest
from pwshlite.cmdlets.utility.convertfrom_csv import ConvertFromCsv
from pwshlite.cmdlets.utility.convertto_csv import ConvertToCsv
from pwshlite.cmdlets.utility.export_csv import ExportCsv
from pwshlite.cmdlets.utility.import_csv import ImportCsv

from pwshlite.cmdlet import CmdletError
from pwshlite.objects import PSHashtable, PSObject

from .utility_fakes import FakeContext, run


def obj(**kw: object) -> PSObject:
    return PSObject(kw)


def test_convertto_csv_appendix_b() -> None:
    out = run(ConvertToCsv, [obj(Name='a "b"', Count=1, Note=None)])
    assert out == [
        "#TYPE System.Management.Automation.PSCustomObject",
        '"Name","Count","Note"',
        '"a ""b""","1",',
    ]


def test_convertto_csv_columns_fixed_by_first_object_and_delimiter() -> None:
    out = run(ConvertToCsv, [obj(A=1, B=2), obj(B=3, C=4)], NoTypeInformation=True, Delimiter=";")
    assert out == ['"A";"B"', '"1";"2"', ';"3"']


def test_convertto_csv_strips_csv_prefix_and_selected_types() -> None:
    o = PSObject({"x": True}, ["Selected.System.String", "System.Management.Automation.PSCustomObject"])
    assert run(ConvertToCsv, [o])[0] == "#TYPE Selected.System.String"
    o = PSObject({"x": 1.5}, ["CSV:Foo.Bar", "Foo.Bar"])
    assert run(ConvertToCsv, [o]) == ["#TYPE Foo.Bar", '"x"', '"1.5"']


def test_convertfrom_csv_header_carries_over_and_type_names() -> None:
    out = run(ConvertFromCsv, ["#TYPE My.Type", "Name,Count", "a,1", ' "b,c" , 2'])
    assert [o.names() for o in out] == [["Name", "Count"], ["Name", "Count"]]
    assert out[1].get("Name") == "b,c" and out[1].get("Count") == "2"
    assert out[0].type_names == ["My.Type", "CSV:My.Type"]


def test_convertfrom_csv_parser_leniency() -> None:
    text = 'a,b,c\n"x""y",  lead,trail  \n1\n\n"multi\nline",q"u,z\n'
    out = run(ConvertFromCsv, [text])
    assert [[o.get(n) for n in "abc"] for o in out] == [
        ['x"y', "lead", "trail "],
        ["1", None, None],
        ["multi\nline", 'q"u', "z"],
    ]


def test_convertfrom_csv_empty_header_gets_h_names_with_one_warning() -> None:
    ctx = FakeContext()
    out = run(ConvertFromCsv, ["a,,b", "1,2,3", "4,5,6"], ctx=ctx)
    assert out[0].names() == ["a", "H1", "b"]
    assert ctx.warnings == [
        'One or more headers were not specified. Default names starting with "H" have been used in place of '
        "any missing headers."
    ]


def test_duplicate_header_is_terminating() -> None:
    with pytest.raises(CmdletError) as info:
        run(ConvertFromCsv, ["a,A", "1,2"])
    assert info.value.record.message == 'The member "A" is already present.'
    assert info.value.record.error_id == "AlreadyPresentPSMemberInfoInternalCollectionAdd"


def test_header_parameter() -> None:
    out = run(ConvertFromCsv, ["1;2"], Delimiter=";", Header=["x", "y", "z"])
    assert [(o.get("x"), o.get("y"), o.get("z")) for o in out] == [("1", "2", None)]


def test_export_then_import_round_trip(tmp_path) -> None:  # type: ignore[no-untyped-def]
    ctx = FakeContext(cwd=str(tmp_path))
    run(ExportCsv, [obj(Id=1, Name="x"), obj(Id=2, Name="é")], ctx=ctx, Path="out.csv")
    data = (tmp_path / "out.csv").read_bytes()
    assert data == b'#TYPE System.Management.Automation.PSCustomObject\n"Id","Name"\n"1","x"\n"2","?"\n'
    back = run(ImportCsv, None, ctx=FakeContext(cwd=str(tmp_path)), Path=["out.csv"])
    assert [(o.get("Id"), o.get("Name")) for o in back] == [("1", "x"), ("2", "?")]
    assert back[0].type_names == [
        "System.Management.Automation.PSCustomObject",
        "CSV:System.Management.Automation.PSCustomObject",
    ]


def test_export_encodings_and_bom_detection(tmp_path) -> None:  # type: ignore[no-untyped-def]
    ctx = FakeContext(cwd=str(tmp_path))
    for enc, bom in (("UTF8", b"\xef\xbb\xbf"), ("Unicode", b"\xff\xfe"), ("BigEndianUnicode", b"\xfe\xff")):
        run(ExportCsv, [obj(Name="é")], ctx=ctx, Path=f"{enc}.csv", Encoding=enc, NoTypeInformation=True)
        assert (tmp_path / f"{enc}.csv").read_bytes().startswith(bom)
        back = run(ImportCsv, None, ctx=ctx, Path=[f"{enc}.csv"])
        assert back[0].get("Name") == "é"


def test_export_append_checks_header(tmp_path) -> None:  # type: ignore[no-untyped-def]
    ctx = FakeContext(cwd=str(tmp_path))
    run(ExportCsv, [obj(A=1, B=2)], ctx=ctx, Path="a.csv", NoTypeInformation=True)
    run(ExportCsv, [obj(B=4, A=3, C=5)], ctx=ctx, Path="a.csv", Append=True)
    assert (tmp_path / "a.csv").read_text() == '"A","B"\n"1","2"\n"3","4"\n'
    with pytest.raises(CmdletError) as info:
        run(ExportCsv, [obj(A=1)], ctx=ctx, Path="a.csv", Append=True)
    assert info.value.record.error_id == "CannotAppendCsvWithMismatchedPropertyNames"
    assert "corresponds to the following column: B." in info.value.record.message
    run(ExportCsv, [obj(A=9)], ctx=ctx, Path="a.csv", Append=True, Force=True)
    assert (tmp_path / "a.csv").read_text().endswith('"9",\n')


def test_export_noclobber_and_missing_import(tmp_path) -> None:  # type: ignore[no-untyped-def]
    ctx = FakeContext(cwd=str(tmp_path))
    (tmp_path / "x.csv").write_text("old")
    with pytest.raises(CmdletError) as info:
        run(ExportCsv, [obj(A=1)], ctx=ctx, Path="x.csv", NoClobber=True)
    assert info.value.record.message == f"The file '{tmp_path / 'x.csv'}' already exists."
    with pytest.raises(CmdletError) as info:
        run(ImportCsv, None, ctx=ctx, Path=["nope.csv"])
    assert info.value.record.message == f"Could not find file '{tmp_path / 'nope.csv'}'."
    assert info.value.record.error_id == "FileOpenFailure"


def test_export_no_input_creates_empty_file(tmp_path) -> None:  # type: ignore[no-untyped-def]
    run(ExportCsv, [], ctx=FakeContext(cwd=str(tmp_path)), Path="e.csv")
    assert (tmp_path / "e.csv").read_bytes() == b""


def test_hashtable_exports_its_adapted_properties() -> None:
    out = run(ConvertToCsv, [PSHashtable([("a", 1)])], NoTypeInformation=True)
    assert out == [
        '"IsReadOnly","IsFixedSize","IsSynchronized","Keys","Values","SyncRoot","Count"',
        '"False","False","False","System.Collections.Hashtable+KeyCollection",'
        '"System.Collections.Hashtable+ValueCollection","System.Object","1"',
    ]


class _NoContext(FakeContext):
    def should_process(self, target: str, action: str | None = None) -> bool:
        return False


def test_export_whatif_writes_nothing(tmp_path) -> None:  # type: ignore[no-untyped-def]
    run(ExportCsv, [obj(A=1)], ctx=_NoContext(cwd=str(tmp_path)), Path="w.csv")
    assert not (tmp_path / "w.csv").exists()


def test_import_header_with_type_line_and_use_culture(tmp_path) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "t.csv").write_text("#TYPE Foo\n1,2\n")
    ctx = FakeContext(cwd=str(tmp_path))
    (row,) = run(ImportCsv, None, ctx=ctx, Path=["t.csv"], Header=["a", "b"])
    assert (row.get("a"), row.get("b"), row.type_names) == ("1", "2", ["Foo", "CSV:Foo"])
    out = run(ConvertToCsv, [obj(A=1, B=2)], UseCulture=True, NoTypeInformation=True)
    assert out == ['"A","B"', '"1","2"']


def test_import_skips_blank_lines_and_pads_short_rows() -> None:
    out = run(ConvertFromCsv, ["a,b,c", "", "1", "x,y,z,extra"])
    assert [[o.get(n) for n in "abc"] for o in out] == [["1", None, None], ["x", "y", "z"]]


def test_fast_path_agrees_with_the_lenient_parser() -> None:
    import io
    import random

    from pwshlite.cmdlets.utility._csv import CsvReader

    def records(text: str, fast: bool) -> list[list[str]]:
        reader = CsvReader(io.StringIO(text, newline=""), ",")
        if not fast:
            reader._simple_line = lambda: None  # type: ignore[method-assign]
        out = []
        while True:
            rec = reader.next_record()
            if not rec:
                return out
            out.append(rec)

    rng = random.Random(7)
    alphabet = ["a", "b", ",", '"', " ", "\t", "\n", "\r\n", 'x"y', '""']
    for _ in range(2000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 12)))
        assert records(text, True) == records(text, False), repr(text)
