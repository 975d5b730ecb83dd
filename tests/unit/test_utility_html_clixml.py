"""ConvertTo-Html (5.1 skeleton) and Export-Clixml / Import-Clixml round trips."""

from __future__ import annotations

from datetime import datetime, timedelta
from decimal import Decimal

from pwshlite.cmdlets.utility.convertto_html import ConvertToHtml
from pwshlite.cmdlets.utility.export_clixml import ExportClixml
from pwshlite.cmdlets.utility.import_clixml import ImportClixml

from pwshlite.objects import Char, PSHashtable, PSObject, SecureString

from .utility_fakes import FakeBlock, FakeContext, run


def test_html_page_table() -> None:
    out = run(ConvertToHtml, [PSObject({"Name": "a<b", "Count": 1}), PSObject({"Name": "c", "Count": None})])
    assert out == [
        '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN"  "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">',
        '<html xmlns="http://www.w3.org/1999/xhtml">',
        "<head>",
        "<title>HTML TABLE</title>",
        "</head><body>",
        "<table>",
        "<colgroup><col/><col/></colgroup>",
        "<tr><th>Name</th><th>Count</th></tr>",
        "<tr><td>a&lt;b</td><td>1</td></tr>",
        "<tr><td>c</td><td></td></tr>",
        "</table>",
        "</body></html>",
    ]


def test_html_fragment_list_and_calculated() -> None:
    rows = [PSObject({"A": 1, "B": 2}), PSObject({"A": 3, "B": 4})]
    out = run(ConvertToHtml, rows, Fragment=True, As="List", Property=["A"], PreContent=["<h2>x</h2>"])
    assert out == ["<h2>x</h2>", "<table>", "<tr><td>A:</td><td>1</td></tr>", "<tr><td><hr></td></tr>",
                   "<tr><td>A:</td><td>3</td></tr>", "</table>"]  # fmt: skip
    prop = PSHashtable([("Label", "Twice"), ("e", FakeBlock(lambda o: o.get("A") * 2)), ("Width", "10")])
    out = run(ConvertToHtml, rows[:1], Fragment=True, Property=[prop])
    assert out[1:4] == [
        '<colgroup><col width = "10"/></colgroup>',
        "<tr><th>Twice</th></tr>",
        "<tr><td>2</td></tr>",
    ]


def test_html_head_css_title_body_post() -> None:
    out = run(ConvertToHtml, [], Title="T", CssUri="s.css", Body=["<p>b</p>"], PostContent=["end"])
    assert out[3:] == ["<title>T</title>", '<link rel="stylesheet" type="text/css" href="s.css" />',
                       "</head><body>", "<p>b</p>", "<table>", "</table>", "end", "</body></html>"]  # fmt: skip
    out = run(ConvertToHtml, [], Head=["<style>x</style>"])
    assert out[3] == "<style>x</style>"


def test_clixml_round_trip(tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("PWSHLITE_HOME", str(tmp_path / "home"))
    ctx = FakeContext(cwd=str(tmp_path))
    inner = PSObject({"x": 1})
    value = PSObject({
        "S": "line1\r\nline2 <&>", "I": 5, "L": 2**40, "D": 1.5, "M": Decimal("2.50"), "B": True, "N": None,
        "C": Char("a"), "T": datetime(2020, 5, 6, 7, 8, 9), "TS": timedelta(hours=1, minutes=2),
        "Arr": [1, "two"], "H": PSHashtable([("k", "v")]), "In": inner, "Again": inner,
        "Sec": SecureString("p@ss"),
    })  # fmt: skip
    run(ExportClixml, [value, "top"], ctx=ctx, Path="o.xml")
    data = (tmp_path / "o.xml").read_bytes()
    assert data.startswith(b"\xff\xfe")
    text = data.decode("utf-16-le").lstrip("\ufeff")
    assert text.startswith(
        '<Objs Version="1.1.0.1" xmlns="http://schemas.microsoft.com/powershell/2004/04">\n'
    )
    assert '<S N="S">line1_x000D__x000A_line2 &lt;&amp;&gt;</S>' in text
    assert '<Ref N="Again" RefId="3" />' in text
    assert "p@ss" not in text
    back, top = run(ImportClixml, None, ctx=ctx, Path=["o.xml"])
    assert top == "top"
    assert back.type_names == [
        "Deserialized.System.Management.Automation.PSCustomObject",
        "Deserialized.System.Object",
    ]
    for name in ("S", "I", "L", "D", "M", "B", "N", "C", "T", "TS"):
        assert back.get(name) == value.get(name), name
    assert isinstance(back.get("C"), Char)
    assert list(back.get("Arr")) == [1, "two"] and back.get("H")["k"] == "v"
    assert back.get("In").get("x") == 1 and back.get("Again") is back.get("In")
    assert back.get("Sec").reveal() == "p@ss"


def test_clixml_depth_truncates_to_string(tmp_path) -> None:  # type: ignore[no-untyped-def]
    ctx = FakeContext(cwd=str(tmp_path))
    deep = PSObject({"a": PSObject({"b": PSObject({"c": 1})})})
    run(ExportClixml, [deep], ctx=ctx, Path="d.xml", Depth=2)
    (back,) = run(ImportClixml, None, ctx=ctx, Path=["d.xml"])
    assert back.get("a").get("b") == "@{c=1}"


def test_html_single_resolution_keeps_the_expression_text() -> None:
    # 5.1: an expression that resolves to exactly one property keeps its own text as column name
    out = run(ConvertToHtml, ["abc"], Fragment=True)
    assert out[1:4] == ["<colgroup><col/></colgroup>", "<tr><th>*</th></tr>", "<tr><td>3</td></tr>"]
    out = run(
        ConvertToHtml, [PSObject({"Name": "x", "Other": 1})], Fragment=True, Property=["nam*", "Missing"]
    )
    assert out[2:4] == ["<tr><th>nam*</th></tr>", "<tr><td>x</td></tr>"]


def test_html_width_must_be_a_string_in_51() -> None:
    import pytest

    from pwshlite.cmdlet import CmdletError

    with pytest.raises(CmdletError) as info:
        run(ConvertToHtml, [], Property=[PSHashtable([("e", "A"), ("Width", 10)])])
    assert str(info.value.record) == (
        'The "Width" key has a type, System.Int32, that is not valid; expected type is System.String.'
    )


def test_total_count_text_follows_its_accuracy() -> None:
    """PagingParameters.NewTotalCount: accuracy 1 -> "Total count: N", 0 -> "Unknown total count",
    in between -> "Estimated total count: N"; the accuracy is clamped to 0..1 and kept as a note."""
    from pwshlite.cmdlets.utility.import_clixml import total_count

    from pwshlite.values.convert import to_string

    assert to_string(total_count(7, 1.0)) == "Total count: 7"
    assert to_string(total_count(7, 0.0)) == "Unknown total count"
    assert to_string(total_count(7, 0.5)) == "Estimated total count: 7"
    clamped = total_count(3, 2.5)
    assert clamped.get("Accuracy") == 1.0 and clamped.base == 3
    assert clamped.type_names[0] == "System.UInt64"


def test_import_clixml_paging_counts_per_file(tmp_path) -> None:  # type: ignore[no-untyped-def]
    ctx = FakeContext(cwd=str(tmp_path))
    run(ExportClixml, [[1, 2, 3], "x"], ctx=ctx, Path="a.xml")
    out = run(ImportClixml, None, ctx=ctx, Path=["a.xml", "a.xml"], Skip=1, First=2)
    assert out == [2, 3, 2, 3]
    whole = run(ImportClixml, None, ctx=ctx, Path=["a.xml"])
    assert len(whole) == 2 and list(whole[0]) == [1, 2, 3]
