"""Property-based checks of the formatter: any objects, any shape, any width -> lines, never an exception."""

from __future__ import annotations

from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from pwshlite.format.cells import cell_len
from pwshlite.format.generator import FormatGenerator
from pwshlite.format.model import OutOfBandList, RawText
from pwshlite.format.options import Field, FormatOptions
from pwshlite.format.out import render_to_lines
from pwshlite.objects import PSHashtable, PSObject

scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(2**40), max_value=2**40),
    st.floats(allow_nan=True, allow_infinity=True),
    st.text(max_size=30),
)
values = st.recursive(scalars, lambda inner: st.lists(inner, max_size=5), max_leaves=10)
names = st.text(alphabet="abcXYZ_日", min_size=1, max_size=8)
objects = st.one_of(
    scalars,
    st.dictionaries(names, values, max_size=7).map(PSObject),
    st.dictionaries(names, values, max_size=4).map(lambda d: PSHashtable(d.items())),
)


@settings(max_examples=150, deadline=None)
@given(st.lists(objects, max_size=6), st.integers(min_value=2, max_value=160))
def test_out_default_never_fails(items: list[Any], width: int) -> None:
    lines = render_to_lines(items, width)
    assert all(isinstance(line, str) for line in lines)


@settings(max_examples=150, deadline=None)
@given(
    st.lists(objects, min_size=1, max_size=6),
    st.integers(min_value=2, max_value=160),
    st.sampled_from(["table", "list", "wide", "custom"]),
    st.booleans(),
    st.booleans(),
    st.one_of(st.none(), st.lists(st.sampled_from(["a", "b*", "*", "X"]), min_size=1, max_size=3)),
)
def test_forced_shapes_never_fail(
    items: list[Any], width: int, shape: str, auto_size: bool, wrap: bool, props: list[str] | None
) -> None:
    fields = None if props is None else tuple(Field(p) for p in props)
    options = FormatOptions(shape=shape, auto_size=auto_size, wrap=wrap, fields=fields, group_by=Field("a"))
    gen = FormatGenerator(options)
    records = [r for item in items for r in gen.process(item)] + list(gen.end())
    lines = render_to_lines(records, width)
    assert all(isinstance(line, str) for line in lines)
    if shape == "table":
        # without the raw out-of-band lines, every table line fits in the width
        framed = render_to_lines([r for r in records if not isinstance(r, RawText | OutOfBandList)], width)
        assert all(cell_len(line) <= width for line in framed)
