"""Unit tests of the width algorithms (formatting spec §2), value rendering (§3) and the view registry."""

from __future__ import annotations

from typing import Any

from pwshlite.format import cells
from pwshlite.format.layout import assign_widths, fit, generate_lines
from pwshlite.format.out import OutDefault, buffer_width, render_to_lines, terminal_width
from pwshlite.format.views import ListItem, ListView, find_view, register_default_properties, register_view
from pwshlite.objects import PSHashtable, PSObject, SecureString


def test_generate_lines_spec_example() -> None:
    assert generate_lines("The quick brown fox jumps", 10) == ["The quick ", "brown fox ", "jumps"]


def test_generate_lines_cuts_long_words_and_keeps_empty_lines() -> None:
    assert generate_lines("abcdefghij", 4) == ["abcd", "efgh", "ij"]
    assert generate_lines("a\r\n\nb", 5) == ["a", "", "b"]


def test_generate_lines_soft_hyphen() -> None:
    assert generate_lines("abc\u00addef", 4) == ["abc-", "def"]
    assert generate_lines("ab\u00adcd efgh", 4) == ["ab", "cd ", "efgh"]


def test_width_manager_spreads_round_robin() -> None:
    assert assign_widths([5, 0], 30) == [5, 24]
    assert assign_widths([0, 0], 40) == [20, 19]
    assert assign_widths([0] * 5, 40) == [8, 7, 7, 7, 7]


def test_width_manager_trims_and_hides_from_the_right() -> None:
    assert assign_widths([21, 55, 4, 10], 79) == [21, 55, 1, 0]
    assert assign_widths([3, 4], 100) == [3, 4]


def test_fit_truncation_rules() -> None:
    assert fit("Microsoft.Exchange", 6, "left") == "Mic..."
    assert fit("1234567890", 5, "right") == "...90"
    assert fit("abcdef", 3, "left") == "abc"
    assert fit("abcdef", 3, "right") == "def"
    assert fit("ab", 5, "center") == " ab  "


def test_wide_characters_count_two_cells() -> None:
    assert cells.cell_len("日本") == 4
    assert fit("日本語テキスト", 7, "left") == "日本..."


def test_collection_form_and_limit() -> None:
    assert cells.format_value(list(range(1, 11))) == "{1, 2, 3, 4...}"
    assert cells.format_value([1, None, 2]) == "{1, $null, 2}"
    assert cells.format_value([]) == "{}"
    assert cells.format_value([PSObject({"a": 1})]) == "{@{a=1}}"
    assert cells.format_value(["a", "b"]) == "{a, b}"
    assert cells.format_value([1, 2], limit=0) == "{...}"
    assert cells.format_value(list(range(20)), limit=-1).endswith("18, 19}")
    assert cells.format_value(list(range(20)), limit=16).endswith("14, 15...}")


def test_nested_collections_and_hashtable_values() -> None:
    assert cells.format_value([["x", 0, "y", 0], ["x", 1, "y", 1]]) == "{x 0 y 0, x 1 y 1}"
    assert cells.format_value(PSHashtable([("a", 1), ("b", 2)])) == "{a, b}"


def test_secure_string_and_nested_object_cells() -> None:
    row = PSObject({"UserName": "contoso\\admin", "Password": SecureString("x")})
    lines = render_to_lines([row], 119)
    assert lines[1] == "UserName".ljust(13) + " " + "Password".rjust(28)
    assert lines[3] == "contoso\\admin System.Security.SecureString"
    nested = PSObject({"a": PSObject({"b": 1, "c": [1, 2]})})
    assert render_to_lines([nested], 119)[3] == "@{b=1; c=System.Object[]}"


def test_format_enumeration_limit_variable() -> None:
    lines: list[str] = []
    values: dict[str, Any] = {"FormatEnumerationLimit": 2}
    out = OutDefault(lines.append, 119, values.get)
    out.write(PSObject({"x": [1, 2, 3]}))
    out.close()
    assert lines[3] == "{1, 2...}"


def test_default_display_property_set_and_deserialized_names() -> None:
    register_default_properties("Test.Wide", ("Name", "Id"))
    row = PSObject(
        {"Name": "n", "Id": 1, "A": 1, "B": 2, "C": 3},
        ("Deserialized.Test.Wide", "Deserialized.System.Object"),
    )
    assert render_to_lines([row], 119)[1:4] == ["Name Id", "---- --", "n     1"]
    register_view(ListView(("Test.ListOnly",), (ListItem("Label", "x"),)))
    assert find_view(["Deserialized.Test.ListOnly"]) is not None


def test_scalar_and_empty_objects_before_a_table() -> None:
    assert render_to_lines(["x", PSObject({"a": 1})], 119) == ["x", "", "a", "-", "1", "", ""]


def test_property_based_table_limits_to_ten_columns() -> None:
    from pwshlite.format.generator import FormatGenerator
    from pwshlite.format.options import FormatOptions

    row = PSObject({f"p{i}": i for i in range(12)})
    gen = FormatGenerator(FormatOptions(shape="table"))
    records = [*gen.process(row), *gen.end()]
    header = render_to_lines(records, 119)[1]
    assert header.split() == [f"p{i}" for i in range(10)]


def test_width_from_environment(monkeypatch: Any) -> None:
    monkeypatch.setenv("COLUMNS", "80")
    assert buffer_width(None) == 80 and terminal_width(None) == 79
    monkeypatch.delenv("COLUMNS")
    assert terminal_width(None) == 119


def test_east_asian_names_align_in_tables_and_lists() -> None:
    lines = render_to_lines([PSObject({"Name": "日本", "N": 1}), PSObject({"Name": "abc", "N": 22})], 119)
    assert lines[1:5] == ["Name  N", "----  -", "日本  1", "abc  22"]
    listed = render_to_lines([PSObject({"名前": "x", "A": 1, "B": 2, "C": 3, "D": 4})], 119)
    assert listed[2:4] == ["名前 : x", "A    : 1"]


def test_typed_objects_in_collections_show_their_display_name() -> None:
    pin = PSObject({"RunspaceId": "r", "UserID": "tony@contoso.com", "LockedOut": False}, ("X.UMMailboxPin",))
    named = PSObject({"Length": 1, "Name": "a.txt"}, ("System.IO.FileInfo",))
    assert cells.format_value([pin, named]) == "{tony@contoso.com, a.txt}"
    assert cells.format_value([PSObject({"a": 1}, ("Selected.System.Object",))]) == "{@{a=1}}"


def test_self_containing_collection_does_not_recurse_forever() -> None:
    items: list[Any] = [1]
    items.append(items)
    lines = render_to_lines([items], 119)
    assert lines[:2] == ["1", "1"] and lines[-1] == "System.Object[]"


def test_generate_lines_never_exceeds_a_column_narrower_than_a_wide_character() -> None:
    # spec decision "Cell length": East-Asian wide characters take two cells; a one-cell column (a header
    # such as `日` squeezed by the width) cannot hold one, so no produced line may be wider than the column
    lines = generate_lines("日本x", 1)
    assert all(cells.cell_len(line) <= 1 for line in lines)
    assert "x" in lines
    assert generate_lines("日本", 3) == ["日", "本"]
