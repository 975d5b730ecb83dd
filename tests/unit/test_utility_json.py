"""ConvertTo-Json / ConvertFrom-Json against 5.1 (formatting spec Appendix A, JavaScriptSerializer)."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

import pytest
from pwshlite.cmdlets.utility._json import format_r
from pwshlite.cmdlets.utility.convertfrom_json import ConvertFromJson
from pwshlite.cmdlets.utility.convertto_json import ConvertToJson

from pwshlite.cmdlet import CmdletError
from pwshlite.objects import EnumValue, PSHashtable, PSObject

from .utility_fakes import run


def to_json(*items: object, **params: object) -> str:
    out = run(ConvertToJson, list(items), **params)
    assert len(out) == 1
    return str(out[0])


def test_appendix_a_layout() -> None:
    value = PSHashtable(
        [("Name", "jdoe"), ("Count", 2), ("Tags", ["a", "b"]), ("Nested", PSHashtable([("x", 1)]))],
        ordered=True,
    )
    assert to_json(value) == (
        "{\n"
        '    "Name":  "jdoe",\n'
        '    "Count":  2,\n'
        '    "Tags":  [\n'
        '                 "a",\n'
        '                 "b"\n'
        "             ],\n"
        '    "Nested":  {\n'
        '                   "x":  1\n'
        "               }\n"
        "}"
    )


def test_compress_escaping_and_scalars() -> None:
    value = PSObject({"s": 'it\'s <a> & "q"\\\n\x01', "b": True, "n": None, "d": Decimal("1.50"), "f": 0.1})
    assert to_json(value, Compress=True) == (
        '{"s":"it\\u0027s \\u003ca\\u003e \\u0026 \\"q\\"\\\\\\n\\u0001","b":true,"n":null,"d":1.50,"f":0.1}'
    )
    assert to_json("x") == '"x"'
    assert to_json(EnumValue("System.DayOfWeek", "Monday", 1)) == "1"


def test_pipeline_items_become_array_and_empty_array_layout() -> None:
    assert to_json(1, 2) == "[\n    1,\n    2\n]"
    assert to_json([]) == "[\n\n]"
    assert to_json(PSObject({"a": []})) == '{\n    "a":  [\n\n          ]\n}'


def test_depth_truncation_uses_string_form() -> None:
    deep = PSHashtable([("a", PSHashtable([("b", PSHashtable([("c", PSHashtable([("d", 1)]))]))]))])
    assert to_json(deep, Compress=True) == '{"a":{"b":{"c":"System.Collections.Hashtable"}}}'
    assert to_json(deep, Compress=True, Depth=1) == '{"a":{"b":"System.Collections.Hashtable"}}'
    assert to_json(PSObject({"a": PSObject({"b": [1, 2]})}), Compress=True, Depth=1) == '{"a":{"b":"1 2"}}'


def test_dates_and_doubles() -> None:
    utc = datetime(2020, 1, 1).astimezone()  # local midnight
    expected = int(utc.timestamp() * 1000)
    assert to_json(datetime(2020, 1, 1)) == f'"\\/Date({expected})\\/"'
    assert [format_r(x) for x in (1.5, 1e15, 1e14, 1e-5, 0.0001, -2.5e-7, 0.30000000000000004)] == [
        "1.5", "1E+15", "100000000000000", "1E-05", "0.0001", "-2.5E-07", "0.30000000000000004",
    ]  # fmt: skip


def test_from_json_types_and_order() -> None:
    (obj,) = run(ConvertFromJson, ['{"b":1,"a":[1,2.5,3e2,"\\/Date(0)\\/"],"big":3000000000,"o":{}}'])
    assert isinstance(obj, PSObject) and obj.names() == ["b", "a", "big", "o"]
    assert obj.get("a") == [1, Decimal("2.5"), 300.0, datetime(1970, 1, 1)]
    assert isinstance(obj.get("a")[2], float)
    assert obj.get("big") == 3000000000


def test_from_json_array_is_one_object_and_lines_join() -> None:
    assert run(ConvertFromJson, ["[1,2]"]) == [[1, 2]]
    out = run(ConvertFromJson, ["{", '"a": 1', "}"])
    assert len(out) == 1 and out[0].get("a") == 1


def test_from_json_errors() -> None:
    with pytest.raises(CmdletError) as info:
        run(ConvertFromJson, ["abc"])
    assert info.value.record.message == "Invalid JSON primitive: abc."
    assert info.value.record.error_id == "System.ArgumentException"
    with pytest.raises(CmdletError) as info:
        run(ConvertFromJson, ['{"a":1,"A":2}'])
    assert "duplicated keys 'a' and 'A'" in info.value.record.message


def test_round_trip() -> None:
    value = PSObject({"Name": "x", "List": [1, "two"], "Inner": PSObject({"k": False})})
    (back,) = run(ConvertFromJson, [to_json(value)])
    assert back.get("Name") == "x" and back.get("List") == [1, "two"] and back.get("Inner").get("k") is False


def test_timespan_and_noted_values() -> None:
    from datetime import timedelta

    assert to_json(timedelta(hours=1), Compress=True) == (
        '{"Ticks":36000000000,"Days":0,"Hours":1,"Milliseconds":0,"Minutes":0,"Seconds":0,'
        '"TotalDays":0.041666666666666664,"TotalHours":1,"TotalMilliseconds":3600000,"TotalMinutes":60,'
        '"TotalSeconds":3600}'
    )
    noted = PSObject({"Note": 1}, ["System.String", "System.Object"], base="s")
    assert to_json(noted, Compress=True) == '{"value":"s","Note":1}'


def test_non_string_keys_are_an_error() -> None:
    import pytest

    from pwshlite.cmdlet import CmdletError

    with pytest.raises(CmdletError) as info:
        to_json(PSHashtable([(1, "a")]))
    assert info.value.record.error_id == "NonStringKeyInDictionary"
