"""Compare-Object, Get-Unique, Tee-Object, Select-String."""

from __future__ import annotations

import pytest
from pwshlite.cmdlets.utility.compare_object import CompareObject
from pwshlite.cmdlets.utility.get_unique import GetUnique
from pwshlite.cmdlets.utility.select_string import SelectString
from pwshlite.cmdlets.utility.tee_object import TeeObject

from pwshlite.cmdlet import CmdletError
from pwshlite.objects import PSObject

from .utility_fakes import FakeContext, run


def sides(out: list[PSObject]) -> list[tuple[object, str]]:
    return [(o.get("InputObject"), o.get("SideIndicator")) for o in out]


def test_compare_object_order_as_51() -> None:
    out = run(CompareObject, [[2, 3, 4]], pipeline_param="DifferenceObject", ReferenceObject=[1, 2, 3])
    assert sides(out) == [(4, "=>"), (1, "<=")]
    out = run(CompareObject, [[2, 3, 4]], pipeline_param="DifferenceObject", ReferenceObject=[1, 2, 3],
              IncludeEqual=True)  # fmt: skip
    assert sides(out) == [(2, "=="), (3, "=="), (4, "=>"), (1, "<=")]
    out = run(CompareObject, [["A"]], pipeline_param="DifferenceObject", ReferenceObject=["a"], IncludeEqual=True,
              ExcludeDifferent=True)  # fmt: skip
    assert sides(out) == [("a", "==")]
    out = run(
        CompareObject, [["A"]], pipeline_param="DifferenceObject", ReferenceObject=["a"], CaseSensitive=True
    )
    assert sides(out) == [("A", "=>"), ("a", "<=")]


def test_compare_object_property_and_passthru() -> None:
    ref = [PSObject({"N": "x", "V": 1}), PSObject({"N": "y", "V": 2})]
    diff = [PSObject({"N": "x", "V": 9})]
    out = run(CompareObject, [diff], pipeline_param="DifferenceObject", ReferenceObject=ref, Property=["N"])
    assert [list(o.items()) for o in out] == [[("N", "y"), ("SideIndicator", "<=")]]
    out = run(CompareObject, [diff], pipeline_param="DifferenceObject", ReferenceObject=ref, Property=["V"],
              PassThru=True)  # fmt: skip
    assert [(o.get("N"), o.get("SideIndicator")) for o in out] == [("x", "=>"), ("x", "<="), ("y", "<=")]


def test_get_unique_adjacent_case_sensitive() -> None:
    assert run(GetUnique, ["a", "a", "A", "b", "a"]) == ["a", "A", "b", "a"]
    assert run(GetUnique, [1, "1", 2], AsString=True) == [1, 2]
    assert run(GetUnique, [1, 2, "x", "y", 3], OnType=True) == [1, "x", 3]


def test_tee_object_variable_and_file(tmp_path) -> None:  # type: ignore[no-untyped-def]
    ctx = FakeContext(cwd=str(tmp_path))
    assert run(TeeObject, [1, 2], ctx=ctx, Variable="v") == [1, 2]
    assert ctx.variables["v"] == [1, 2]
    assert run(TeeObject, ["hello", "world"], ctx=ctx, FilePath="t.txt") == ["hello", "world"]
    data = (tmp_path / "t.txt").read_bytes()
    assert data.startswith(b"\xff\xfe") and data[2:].decode("utf-16-le") == "hello\nworld\n"


def test_select_string_input_objects() -> None:
    out = run(SelectString, ["alpha", "beta", "ALPHABET"], Pattern=["alph"])
    assert [str(o.base) for o in out] == ["alpha", "ALPHABET"]
    assert [(o.get("LineNumber"), o.get("Path"), o.get("Filename")) for o in out] == [
        (1, "InputStream", "InputStream"), (3, "InputStream", "InputStream"),
    ]  # fmt: skip
    assert out[0].type_names[0] == "Microsoft.PowerShell.Commands.MatchInfo"
    assert out[0].get("Matches")[0].value == "alph"
    assert [str(o.base) for o in run(SelectString, ["a.c", "abc"], Pattern=["a.c"], SimpleMatch=True)] == [
        "a.c"
    ]
    assert [str(o.base) for o in run(SelectString, ["ab", "AB"], Pattern=["ab"], CaseSensitive=True)] == [
        "ab"
    ]
    assert [str(o.base) for o in run(SelectString, ["ab", "cd"], Pattern=["ab"], NotMatch=True)] == ["cd"]
    assert len(run(SelectString, ["aaa"], Pattern=["a"], AllMatches=True)[0].get("Matches")) == 3
    assert run(SelectString, ["x", "y"], Pattern=["y"], Quiet=True) == [True]
    assert run(SelectString, ["x"], Pattern=["y"], Quiet=True) == []  # 5.1: no False for piped input


def test_select_string_files_and_context(tmp_path) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "a.txt").write_text("one\ntwo\nthree\nfour\n")
    ctx = FakeContext(cwd=str(tmp_path))
    out = run(SelectString, None, ctx=ctx, Pattern=["t"], Path=["*.txt"])
    assert [str(o.base) for o in out] == ["a.txt:2:two", "a.txt:3:three"]
    assert out[0].get("Path") == str(tmp_path / "a.txt")
    out = run(SelectString, None, ctx=ctx, Pattern=["three"], Path=["a.txt"], Context=[1])
    assert str(out[0].base) == "  a.txt:2:two\n> a.txt:3:three\n  a.txt:4:four"
    assert out[0].get("Context").get("PostContext") == ["four"]
    out = run(SelectString, None, ctx=ctx, Pattern=["o"], Path=["a.txt"], List=True)
    assert [o.get("LineNumber") for o in out] == [1]
    with pytest.raises(CmdletError) as failure:  # 5.1: the unresolved path ends the command
        run(SelectString, None, ctx=ctx, Pattern=["o"], Path=["missing.txt"])
    assert (
        failure.value.record.message
        == f"Cannot find path '{tmp_path / 'missing.txt'}' because it does not exist."
    )
    assert failure.value.record.error_id == "PathNotFound"


def test_select_string_reads_piped_file_objects(tmp_path) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "b.txt").write_text("alpha\nbeta\n")
    info = PSObject(
        {"Name": "b.txt", "FullName": str(tmp_path / "b.txt")}, ["System.IO.FileInfo", "System.Object"]
    )
    out = run(SelectString, [info], ctx=FakeContext(cwd=str(tmp_path)), Pattern=["bet"])
    assert [str(o.base) for o in out] == ["b.txt:2:beta"]
