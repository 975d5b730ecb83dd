"""Unit tests for the core file-system cmdlets (items, content, paths, locations) on a temp folder."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from pwshlite.cmdlets.core._content import ProviderEncoding
from pwshlite.cmdlets.core.add_content import AddContent
from pwshlite.cmdlets.core.clear_content import ClearContent
from pwshlite.cmdlets.core.copy_item import CopyItem
from pwshlite.cmdlets.core.get_childitem import GetChildItem
from pwshlite.cmdlets.core.get_content import GetContent
from pwshlite.cmdlets.core.get_item import GetItem
from pwshlite.cmdlets.core.get_location import GetLocation
from pwshlite.cmdlets.core.join_path import JoinPath
from pwshlite.cmdlets.core.move_item import MoveItem
from pwshlite.cmdlets.core.new_item import NewItem
from pwshlite.cmdlets.core.pop_location import PopLocation
from pwshlite.cmdlets.core.push_location import PushLocation
from pwshlite.cmdlets.core.remove_item import RemoveItem
from pwshlite.cmdlets.core.rename_item import RenameItem
from pwshlite.cmdlets.core.resolve_path import ResolvePath
from pwshlite.cmdlets.core.set_content import SetContent
from pwshlite.cmdlets.core.set_location import SetLocation
from pwshlite.cmdlets.core.split_path import SplitPath
from pwshlite.cmdlets.core.test_path import TestPath

from pwshlite.errors import ErrorCategory

from .core_fakes import FakeContext, run, run_error


@pytest.fixture
def ctx(tmp_path: Path) -> FakeContext:
    (tmp_path / "b.txt").write_bytes(b"one\r\ntwo\r\nthree\r\n")
    (tmp_path / "a.csv").write_text("x\n")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "c.txt").write_text("c\n")
    (tmp_path / ".hidden").write_text("h")
    return FakeContext(cwd=str(tmp_path))


def test_get_content_lines_first_tail_raw(ctx: FakeContext) -> None:
    assert run(GetContent, ctx, Path=["b.txt"]) == ["one", "two", "three"]
    assert run(GetContent, ctx, Path=["b.txt"], TotalCount=2) == ["one", "two"]
    assert run(GetContent, ctx, Path=["b.txt"], Tail=1) == ["three"]
    assert run(GetContent, ctx, Path=["b.txt"], Raw=True) == ["one\r\ntwo\r\nthree\r\n"]
    assert run(GetContent, ctx, Path=["b.txt"], ReadCount=2) == [["one", "two"], ["three"]]
    assert run(GetContent, ctx, Path=["b.txt"], Delimiter="o") == ["o", "ne\r\ntwo", "\r\nthree\r\n"]


def test_get_content_missing_file_error(ctx: FakeContext) -> None:
    assert run(GetContent, ctx, Path=["nope.txt"]) == []
    (record,) = ctx.errors
    full = os.path.join(ctx.cwd, "nope.txt")
    assert record.message == f"Cannot find path '{full}' because it does not exist."
    assert record.fully_qualified_error_id == "PathNotFound,Microsoft.PowerShell.Commands.GetContentCommand"
    assert record.category is ErrorCategory.ObjectNotFound
    assert record.exception_short_name == "ItemNotFoundException"


def test_get_content_drive_path_reported_as_typed(ctx: FakeContext) -> None:
    run(GetContent, ctx, Path=["C:\\nope"])
    assert ctx.errors[0].message == "Cannot find path 'C:\\nope' because it does not exist."


def test_set_content_writes_ansi_crlf_and_encodings(ctx: FakeContext) -> None:
    run(SetContent, ctx, Path=["out.txt"], Value=["caf\u00e9", 2])
    assert Path(ctx.cwd, "out.txt").read_bytes() == b"caf\xe9\r\n2\r\n"
    assert run(GetContent, ctx, Path=["out.txt"]) == ["caf\u00e9", "2"]
    run(SetContent, ctx, Path=["u.txt"], Value=["hi"], Encoding=ProviderEncoding.parse("UTF8"))
    assert Path(ctx.cwd, "u.txt").read_bytes() == b"\xef\xbb\xbfhi\r\n"
    run(
        SetContent,
        ctx,
        Path=["w.txt"],
        Value=["hi"],
        Encoding=ProviderEncoding.parse("Unicode"),
        NoNewline=True,
    )
    assert Path(ctx.cwd, "w.txt").read_bytes() == b"\xff\xfeh\x00i\x00"


def test_add_content_keeps_existing_encoding_and_clear(ctx: FakeContext) -> None:
    run(SetContent, ctx, Path=["u.txt"], Value=["a"], Encoding=ProviderEncoding.parse("Unicode"))
    run(AddContent, ctx, Path=["u.txt"], Value=["b"])
    assert Path(ctx.cwd, "u.txt").read_bytes() == b"\xff\xfe" + "a\r\nb\r\n".encode("utf-16-le")
    assert run(GetContent, ctx, Path=["u.txt"]) == ["a", "b"]
    run(ClearContent, ctx, Path=["u.txt"])
    assert Path(ctx.cwd, "u.txt").read_bytes() == b""


def test_set_content_missing_folder(ctx: FakeContext) -> None:
    run(SetContent, ctx, Path=["nope/a.txt"], Value=["x"])
    (record,) = ctx.errors
    assert record.message == f"Could not find a part of the path '{os.path.join(ctx.cwd, 'nope', 'a.txt')}'."
    assert (
        record.fully_qualified_error_id
        == "GetContentWriterDirectoryNotFoundError,Microsoft.PowerShell.Commands.SetContentCommand"
    )


def test_get_childitem_order_hidden_filters(ctx: FakeContext) -> None:
    names = [o.get("Name") for o in run(GetChildItem, ctx)]
    assert names == ["sub", "a.csv", "b.txt"]
    assert ".hidden" in run(GetChildItem, ctx, Force=True, Name=True)
    assert run(GetChildItem, ctx, Filter="*.txt", Recurse=True, Name=True) == [
        "b.txt",
        os.path.join("sub", "c.txt"),
    ]
    assert (
        run(GetChildItem, ctx, Include=["*.txt"], Name=True) == []
    )  # 5.1: -Include needs -Recurse or a wildcard
    assert run(GetChildItem, ctx, Path=["*"], Include=["*.txt"], Name=True) == ["b.txt", "c.txt"]
    assert run(GetChildItem, ctx, Directory=True, Name=True) == ["sub"]
    assert run(GetChildItem, ctx, File=True, Exclude=["*.csv"], Name=True) == ["b.txt"]


def test_file_info_object(ctx: FakeContext) -> None:
    (info,) = run(GetItem, ctx, Path=["b.txt"])
    assert info.type_names[0] == "System.IO.FileInfo"
    assert (info.get("Name"), info.get("BaseName"), info.get("Extension"), info.get("Length")) == (
        "b.txt",
        "b",
        ".txt",
        17,
    )
    assert info.get("Mode") == "-a----" and info.get("PSIsContainer") is False
    assert info.get("FullName") == os.path.join(ctx.cwd, "b.txt")
    assert info.get("PSPath") == "Microsoft.PowerShell.Core\\FileSystem::" + os.path.join(ctx.cwd, "b.txt")
    (folder,) = run(GetItem, ctx, Path=["sub"])
    assert folder.type_names[0] == "System.IO.DirectoryInfo" and folder.get("Mode") == "d-----"
    assert run(GetContent, ctx, LiteralPath=[info.get("PSPath")]) == ["one", "two", "three"]


def test_test_path(ctx: FakeContext) -> None:
    assert run(TestPath, ctx, Path=["b.txt", "nope", "*.csv"]) == [True, False, True]
    assert run(
        TestPath, ctx, Path=["sub"], PathType=TestPath.info.parameter("PathType").annotation.parse("Leaf")
    ) == [False]
    assert run(
        TestPath,
        ctx,
        Path=["sub"],
        PathType=TestPath.info.parameter("PathType").annotation.parse("Container"),
    ) == [True]
    assert run(TestPath, ctx, Path=["x*y"], IsValid=True) == [True]


def test_new_item_file_directory_and_exists_errors(ctx: FakeContext) -> None:
    (f,) = run(NewItem, ctx, Path=["n.txt"], ItemType="File", Value="hello")
    assert Path(ctx.cwd, "n.txt").read_text() == "hello" and f.get("Length") == 5
    (d,) = run(NewItem, ctx, Path=["deep/er"], ItemType="Directory")
    assert os.path.isdir(d.get("FullName"))
    run(NewItem, ctx, Path=["n.txt"], ItemType="File")
    run(NewItem, ctx, Path=["sub"], ItemType="Directory")
    assert [e.message for e in ctx.errors] == [
        f"The file '{os.path.join(ctx.cwd, 'n.txt')}' already exists.",
        f"An item with the specified name {os.path.join(ctx.cwd, 'sub')} already exists.",
    ]
    run(NewItem, ctx, Path=["n.txt"], ItemType="File", Force=True)
    assert Path(ctx.cwd, "n.txt").read_text() == ""


def test_remove_copy_move_rename(ctx: FakeContext) -> None:
    run(CopyItem, ctx, Path=["b.txt"], Destination="sub")
    assert Path(ctx.cwd, "sub", "b.txt").exists()
    run(CopyItem, ctx, Path=["sub"], Destination="sub2", Recurse=True)
    assert Path(ctx.cwd, "sub2", "c.txt").exists()
    run(MoveItem, ctx, Path=["a.csv"], Destination="sub2/moved.csv")
    assert Path(ctx.cwd, "sub2", "moved.csv").exists() and not Path(ctx.cwd, "a.csv").exists()
    run(RenameItem, ctx, Path="b.txt", NewName="renamed.txt")
    assert Path(ctx.cwd, "renamed.txt").exists()
    ctx.whatif = True
    run(RemoveItem, ctx, Path=["renamed.txt"])
    assert Path(ctx.cwd, "renamed.txt").exists()
    assert ctx.whatif_lines == [
        f'What if: Performing the operation "Remove File" on target "{os.path.join(ctx.cwd, "renamed.txt")}".'
    ]
    ctx.whatif = False
    run(RemoveItem, ctx, Path=["sub2"], Recurse=True)
    run(RemoveItem, ctx, Path=["*.txt"])
    assert sorted(os.listdir(ctx.cwd)) == [".hidden", "sub"]
    run(RemoveItem, ctx, Path=["gone"])
    assert (
        ctx.errors[-1].fully_qualified_error_id
        == "PathNotFound,Microsoft.PowerShell.Commands.RemoveItemCommand"
    )


def test_join_and_split_path() -> None:
    ctx = FakeContext()
    assert run(JoinPath, ctx, Path=["C:\\Reports"], ChildPath="um.csv") == ["C:\\Reports\\um.csv"]
    assert run(JoinPath, ctx, Path=["/tmp/", "/var"], ChildPath="/x") == ["/tmp/x", "/var/x"]
    p = "C:\\Reports\\um.csv"
    assert run(SplitPath, ctx, Path=[p]) == ["C:\\Reports"]
    assert run(SplitPath, ctx, Path=[p], Leaf=True) == ["um.csv"]
    assert run(SplitPath, ctx, Path=[p], Qualifier=True) == ["C:"]
    assert run(SplitPath, ctx, Path=[p], NoQualifier=True) == ["\\Reports\\um.csv"]
    assert run(SplitPath, ctx, Path=[p], Extension=True) == [".csv"]
    assert run(SplitPath, ctx, Path=[p], LeafBase=True) == ["um"]
    assert run(SplitPath, ctx, Path=[p, "rel/x"], IsAbsolute=True) == [True, False]
    assert run(SplitPath, ctx, Path=["/tmp/a"]) == ["/tmp"]
    run(SplitPath, ctx, Path=["a/b"], Qualifier=True)
    assert (
        ctx.errors[0].message == "Cannot parse path because path 'a/b' does not have a qualifier specified."
    )


def test_locations(ctx: FakeContext) -> None:
    start = ctx.cwd
    (info,) = run(GetLocation, ctx)
    assert info.get("Path") == start and info.type_names[0] == "System.Management.Automation.PathInfo"
    run(SetLocation, ctx, Path="sub")
    assert ctx.cwd == os.path.join(start, "sub")
    run(PushLocation, ctx, Path="..")
    assert ctx.cwd == start
    assert [p.get("Path") for p in run(GetLocation, ctx, Stack=True)] == [os.path.join(start, "sub")]
    run(PopLocation, ctx)
    assert ctx.cwd == os.path.join(start, "sub")
    record = run_error(SetLocation, ctx, Path="nope")
    assert record.fully_qualified_error_id == "PathNotFound,Microsoft.PowerShell.Commands.SetLocationCommand"


def test_resolve_path(ctx: FakeContext) -> None:
    assert [p.get("Path") for p in run(ResolvePath, ctx, Path=["*.txt"])] == [os.path.join(ctx.cwd, "b.txt")]
    assert run(ResolvePath, ctx, Path=["sub/c.txt"], Relative=True) == [os.path.join(".", "sub", "c.txt")]
    run(ResolvePath, ctx, Path=["zz*"])
    assert ctx.errors[0].error_id == "PathNotFound"


def test_byte_encoding_converts_values_like_powershell(ctx: FakeContext) -> None:
    enc = ProviderEncoding.parse("Byte")
    run(SetContent, ctx, Path=["a.bin"], Value=[65, "66"], Encoding=enc)
    assert Path(ctx.cwd, "a.bin").read_bytes() == b"AB"
    assert run(GetContent, ctx, Path=["a.bin"], Encoding=enc) == [65, 66]
    run(SetContent, ctx, Path=["b.bin"], Value=["abc"], Encoding=enc)
    assert (
        ctx.errors[0].message
        == 'Cannot convert value "abc" to type "System.Byte". Error: "Input string was not in a correct format."'
    )
    assert not Path(ctx.cwd, "b.bin").exists()


def test_env_and_variable_provider_paths(ctx: FakeContext, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PWSHLITE_TEST_X", "1")
    assert run(TestPath, ctx, Path=["Env:\\PWSHLITE_TEST_X", "env:PWSHLITE_NOPE"]) == [True, False]
    (item,) = run(GetItem, ctx, Path=["env:pwshlite_test_x"])
    assert item.type_names[0] == "System.Collections.DictionaryEntry" and (
        item.get("Name"),
        item.get("Value"),
    ) == ("PWSHLITE_TEST_X", "1")
    assert run(GetContent, ctx, Path=["env:PWSHLITE_TEST_X"]) == ["1"]
    assert run(GetChildItem, ctx, Path=["env:PWSHLITE_TEST_*"], Name=True) == ["PWSHLITE_TEST_X"]
    run(RemoveItem, ctx, Path=["env:PWSHLITE_TEST_X"])
    assert "PWSHLITE_TEST_X" not in os.environ
    run(GetItem, ctx, Path=["env:PWSHLITE_TEST_X"])
    assert ctx.errors[0].message == "Cannot find path 'Env:\\PWSHLITE_TEST_X' because it does not exist."
    ctx.set_variable("answer", 42)
    assert run(TestPath, ctx, Path=["variable:answer"]) == [True]
    assert run(GetContent, ctx, Path=["Variable:\\answer"]) == [42]


def test_get_childitem_attributes_expression(ctx: FakeContext) -> None:
    from pwshlite.cmdlets.core._fs import AttributesFilter

    assert run(GetChildItem, ctx, Attributes=AttributesFilter.parse("Directory"), Name=True) == ["sub"]
    assert run(GetChildItem, ctx, Attributes=AttributesFilter.parse("!Directory"), Name=True) == [
        "a.csv",
        "b.txt",
    ]
    assert run(GetChildItem, ctx, Attributes=AttributesFilter.parse("Hidden"), Name=True) == [".hidden"]
    assert run(GetChildItem, ctx, Attributes=AttributesFilter.parse("Directory,Hidden"), Name=True) == [
        "sub",
        ".hidden",
    ]
    with pytest.raises(ValueError, match="Unable to match the identifier name Bogus"):
        AttributesFilter.parse("Bogus")


def test_file_items_have_dotnet_methods(ctx: FakeContext) -> None:
    from pwshlite.errors import PwshError

    (f,) = run(GetItem, ctx, Path=["b.txt"])
    found, copy = f.ps_invoke_method(None, "copyto", ["copy.txt"])
    assert found and copy.get("Name") == "copy.txt" and Path(ctx.cwd, "copy.txt").exists()
    with pytest.raises(PwshError, match='Exception calling "CopyTo" with "1" argument\\(s\\)'):
        f.ps_invoke_method(None, "copyto", ["copy.txt"])
    (folder,) = run(GetItem, ctx, Path=["."])
    assert [x.get("Name") for x in folder.ps_invoke_method(None, "getfiles", ["*.txt"])[1]] == [
        "b.txt",
        "copy.txt",
    ]
    copy.ps_invoke_method(None, "delete", [])
    assert not Path(ctx.cwd, "copy.txt").exists()
