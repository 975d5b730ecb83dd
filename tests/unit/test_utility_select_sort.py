"""Select-Object, Sort-Object, Group-Object, Measure-Object (formatting spec §9)."""

from __future__ import annotations

import pytest
from pwshlite.cmdlets.utility.group_object import GroupObject
from pwshlite.cmdlets.utility.measure_object import MeasureObject
from pwshlite.cmdlets.utility.select_object import SelectObject
from pwshlite.cmdlets.utility.sort_object import SortObject

from pwshlite.cmdlet import CmdletError
from pwshlite.objects import PSHashtable, PSObject

from .utility_fakes import FakeBlock, FakeContext, run


def obj(**kw: object) -> PSObject:
    return PSObject(kw)


def ht(**kw: object) -> PSHashtable:
    return PSHashtable(kw.items())


class CountingSource:
    """An upstream that records how many objects were pulled."""

    def __init__(self, n: int) -> None:
        self.n = n
        self.pulled = 0

    def __iter__(self):  # type: ignore[no-untyped-def]
        for i in range(self.n):
            self.pulled += 1
            yield i


def test_select_properties_calculated_and_type_names() -> None:
    out = run(SelectObject, [obj(Name="a", Size=3, Extra=1)],
              Property=["Name", ht(n="Double", e=FakeBlock(lambda o: o.get("Size") * 2)), "Missing"])  # fmt: skip
    (o,) = out
    assert list(o.items()) == [("Name", "a"), ("Double", 6), ("Missing", None)]
    assert o.type_names == [
        "Selected.System.Management.Automation.PSCustomObject",
        "System.Management.Automation.PSCustomObject",
        "System.Object",
    ]


def test_select_wildcards_exclude_and_duplicate_error() -> None:
    ctx = FakeContext()
    (o,) = run(SelectObject, [obj(Name="a", NameX="b", Other=1)], ctx=ctx,
               Property=["Name*", "Other", "Other"], ExcludeProperty=["*X"])  # fmt: skip
    assert o.names() == ["Name", "Other"]
    assert [e.error_id for e in ctx.errors] == ["AlreadyExistingUserSpecifiedPropertyNoExpand"]
    assert (
        ctx.errors[0].message
        == 'The property cannot be processed because the property "Other" already exists.'
    )


def test_select_bad_hashtable_keys() -> None:
    with pytest.raises(CmdletError) as info:
        run(SelectObject, [1], Property=[ht(n="x", foo=1)])
    assert info.value.record.details_message == "The foo key is not valid."
    assert info.value.record.error_id == "DictionaryKeyIllegal"
    with pytest.raises(CmdletError) as info:
        run(SelectObject, [1], Property=[ht(n="x")])
    assert str(info.value.record) == "A mandatory entry for expression is missing."


def test_select_first_stops_upstream_and_last_skip() -> None:
    source = CountingSource(1000)
    assert run(SelectObject, source, First=3) == [0, 1, 2]
    assert source.pulled == 3
    assert run(SelectObject, range(10), Last=2) == [8, 9]
    assert run(SelectObject, range(10), Skip=7) == [7, 8, 9]
    assert run(SelectObject, range(10), Last=2, Skip=1) == [7, 8]
    assert run(SelectObject, range(10), First=2, Last=2) == [0, 1, 8, 9]
    assert run(SelectObject, range(3), First=2, Last=2) == [0, 1, 2]
    assert run(SelectObject, range(10), Index=[7, 1]) == [1, 7]
    assert run(SelectObject, range(5), SkipLast=2) == [0, 1, 2]
    assert run(SelectObject, range(5), First=2, Wait=True) == [0, 1]


def test_select_unique_is_case_sensitive_and_expand() -> None:
    assert run(SelectObject, ["a", "A", "a", 1, 1.0], Unique=True) == ["a", "A", 1]
    ctx = FakeContext()
    out = run(SelectObject, [obj(L=[1, 2]), obj(L=3), obj(X=1)], ctx=ctx, ExpandProperty="L")
    assert out == [1, 2, 3]
    assert ctx.errors[0].message == 'Property "L" cannot be found.'
    # 5.1 (SelectObjectCommand.ProcessExpandParameter): a single value gets no properties; the
    # elements of a collection do, the expanded object's own property winning a name clash
    (o,) = run(SelectObject, [obj(Name="n", Inner=obj(A=1))], ExpandProperty="Inner", Property=["Name"])
    assert list(o.items()) == [("A", 1)]
    ctx = FakeContext()
    out = run(
        SelectObject,
        [obj(A=0, Name="n", L=[obj(A=1), "s"])],
        ctx=ctx,
        ExpandProperty="L",
        Property=["Name", "A"],
    )
    assert [list(o.items()) for o in out] == [[("A", 1), ("Name", "n")], [("Name", "n"), ("A", 0)]]
    assert [e.error_id for e in ctx.errors] == ["AlreadyExistingUserSpecifiedPropertyExpand"]
    assert str(out[1].base) == "s"


def test_select_passthrough_marks_pscustomobject() -> None:
    o = obj(A=1)
    assert run(SelectObject, [o], First=1) == [o]
    assert o.type_names[0] == "Selected.System.Management.Automation.PSCustomObject"


def test_sort_numbers_strings_nulls_descending_unique() -> None:
    assert run(SortObject, [3, 1, 2, 10]) == [1, 2, 3, 10]
    assert run(SortObject, ["b", "A", "a", "C"], Unique=True) == ["A", "b", "C"]
    assert run(SortObject, [2, 1, 3], Descending=True) == [3, 2, 1]
    rows = [obj(N="x", V=2), obj(N="y", V=None), obj(N="z", V=1)]
    assert [r.get("N") for r in run(SortObject, rows, Property=["V"])] == ["y", "z", "x"]


def test_sort_mixed_directions_and_stability() -> None:
    rows = [obj(G=1, N="b"), obj(G=2, N="a"), obj(G=1, N="a"), obj(G=2, N="b")]
    out = run(SortObject, rows, Property=[ht(e="G", Descending=True), "N"])
    assert [(r.get("G"), r.get("N")) for r in out] == [(2, "a"), (2, "b"), (1, "a"), (1, "b")]
    out = run(SortObject, rows, Property=[FakeBlock(lambda o: o.get("G"))])
    assert [(r.get("G"), r.get("N")) for r in out] == [(1, "b"), (1, "a"), (2, "a"), (2, "b")]


def test_group_order_names_and_noelement() -> None:
    out = run(GroupObject, ["a", "b", "A"])
    assert [(g.get("Count"), g.get("Name"), g.get("Group")) for g in out] == [
        (2, "a", ["a", "A"]),
        (1, "b", ["b"]),
    ]
    assert out[0].type_names == ["Microsoft.PowerShell.Commands.GroupInfo", "System.Object"]
    assert out[0].names() == ["Count", "Name", "Group", "Values"]
    assert len(run(GroupObject, ["a", "A"], CaseSensitive=True)) == 2
    rows = [obj(A=1, B="x"), obj(A=1, B="x"), obj(A=2, B=None)]
    out = run(GroupObject, rows, Property=["A", "B"], NoElement=True)
    assert [(g.get("Name"), g.get("Group")) for g in out] == [("1, x", []), ("2", [])]
    assert out[0].type_names[0] == "Microsoft.PowerShell.Commands.GroupInfoNoElement"


def test_group_as_hashtable() -> None:
    (table,) = run(GroupObject, [obj(K=1), obj(K=2), obj(K=1)], Property=["K"], AsHashTable=True)
    assert table.keys() == [1, 2] and len(table[1]) == 2
    (table,) = run(GroupObject, [obj(K=1)], Property=["K"], AsHashTable=True, AsString=True)
    assert table.keys() == ["1"]


def test_measure_generic_and_text() -> None:
    (m,) = run(MeasureObject, [1, 2, 3])
    assert list(m.items()) == [("Count", 3), ("Average", None), ("Sum", None), ("Maximum", None),
                               ("Minimum", None), ("Property", None)]  # fmt: skip
    (m,) = run(MeasureObject, [1, 2, 3], Sum=True, Average=True, Maximum=True, Minimum=True)
    assert [m.get(n) for n in ("Count", "Average", "Sum", "Maximum", "Minimum")] == [3, 2.0, 6.0, 3.0, 1.0]
    (t,) = run(MeasureObject, ["one two\nthree", "  x  "], Line=True, Word=True, Character=True)
    assert [t.get(n) for n in ("Lines", "Words", "Characters", "Property")] == [3, 4, 18, None]
    assert t.type_names[0] == "Microsoft.PowerShell.Commands.TextMeasureInfo"


def test_measure_property_and_errors() -> None:
    ctx = FakeContext()
    out = run(MeasureObject, [obj(A=1, B="x"), obj(A=3)], ctx=ctx, Property=["A", "B", "C"], Sum=True)
    # 5.1: one non-numeric value suppresses every Sum/Average (the flag is per command)
    assert [(m.get("Property"), m.get("Count"), m.get("Sum")) for m in out] == [
        ("A", 2, None),
        ("B", 1, None),
    ]
    assert [str(e) for e in ctx.errors] == [
        'Input object "x" is not numeric.',
        'The property "C" cannot be found in the input for any objects.',
    ]


def test_sort_mixed_types_and_case_sensitive_keys() -> None:
    assert (
        run(SortObject, [2, "10", 1, None])[0] is None
    )  # mixed types: order of the rest as PowerShell's comparer gives
    assert run(SortObject, ["b", "B", "a", "A"], CaseSensitive=True) == ["a", "A", "b", "B"]
    rows = [obj(K="b", V=1), obj(K=None, V=2), obj(K="A", V=3)]
    assert [r.get("V") for r in run(SortObject, rows, Property=["K"], Descending=True)] == [1, 3, 2]


def test_group_hashtable_errors() -> None:
    with pytest.raises(CmdletError) as info:
        run(GroupObject, [1], AsString=True)
    assert info.value.record.message.startswith("The command cannot be run because the AsString parameter")
    with pytest.raises(CmdletError) as info:
        run(GroupObject, [obj(A=1, B=2)], Property=["A", "B"], AsHashTable=True)
    assert "more than one property requires adding the AsString parameter" in info.value.record.message
    assert run(GroupObject, [], AsHashTable=True) == []


def test_select_uses_the_property_spelling() -> None:
    (o,) = run(SelectObject, [obj(Name="a")], Property=["NAME", "OTHER"])
    assert o.names() == ["Name", "OTHER"]


def test_select_type_names_follow_the_base_object() -> None:
    info = run(GroupObject, ["a"])[0]
    (sel,) = run(SelectObject, [info], Property=["Name"])
    assert sel.type_names[0] == "Selected.Microsoft.PowerShell.Commands.GroupInfo"
    csv_row = PSObject({"a": "1"}, ["My.Type", "CSV:My.Type"])
    assert run(SelectObject, [csv_row], Property=["a"])[0].type_names[0] == (
        "Selected.System.Management.Automation.PSCustomObject"
    )
    assert run(SelectObject, ["x"], Property=["Length"])[0].type_names[0] == "Selected.System.String"
    file_like = PSObject({"Name": "f"}, ["System.IO.FileInfo", "System.Object"])
    assert run(SelectObject, [file_like], First=1)[0].type_names == ["System.IO.FileInfo", "System.Object"]


def test_measure_min_max_of_strings_and_nulls() -> None:
    (m,) = run(MeasureObject, ["b", "a", "c"], Maximum=True, Minimum=True)
    assert (m.get("Maximum"), m.get("Minimum")) == ("c", "a")
    assert m.type_names[0] == "Microsoft.PowerShell.Commands.GenericObjectMeasureInfo"
    (m,) = run(MeasureObject, [obj(V=1), obj(V=None), obj(W=3)], Property=["V"], Sum=True, Average=True)
    assert (m.get("Count"), m.get("Sum"), m.get("Average")) == (2, 1.0, 0.5)
    (m,) = run(MeasureObject, [])
    assert m.get("Count") == 0


def test_select_wildcard_without_match_and_renaming_error() -> None:
    (o,) = run(SelectObject, [obj(A=1)], Property=["B*", "A"])
    assert list(o.items()) == [("B*", None), ("A", 1)]
    ctx = FakeContext()
    (o,) = run(SelectObject, [obj(Ab=1, Ac=2)], ctx=ctx, Property=[ht(n="X", e="A*")])
    assert list(o.items()) == [] and ctx.errors[0].message == "Cannot rename multiple results."


def test_select_unique_is_written_at_the_end_like_51() -> None:
    rows = [obj(A=1), obj(A=1), obj(A=2)]
    assert [r.get("A") for r in run(SelectObject, rows, Property=["A"], Unique=True)] == [1, 2]
    # 5.1 compares a passing PSCustomObject by its (empty) base string: all are duplicates
    assert len(run(SelectObject, rows, Unique=True)) == 1


def test_select_empty_script_block_without_name() -> None:
    with pytest.raises(CmdletError) as info:
        run(SelectObject, [1], Property=[FakeBlock(lambda o: None, text="")])
    assert info.value.record.error_id == "EmptyScriptBlockAndNoName"
    (o,) = run(SelectObject, [1], Property=[FakeBlock(lambda o: o + 1, text=" $_ + 1 ")])
    assert list(o.items()) == [(" $_ + 1 ", 2)]
