"""Unit tests for the core stream, time and random cmdlets, run against the fake Context."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from pwshlite.cmdlets.core._common import ConsoleColor
from pwshlite.cmdlets.core.get_date import GetDate
from pwshlite.cmdlets.core.get_random import GetRandom
from pwshlite.cmdlets.core.new_timespan import NewTimeSpan
from pwshlite.cmdlets.core.out_null import OutNull
from pwshlite.cmdlets.core.write_error import WriteError
from pwshlite.cmdlets.core.write_host import WriteHost
from pwshlite.cmdlets.core.write_information import WriteInformation
from pwshlite.cmdlets.core.write_progress import WriteProgress
from pwshlite.cmdlets.core.write_verbose import WriteVerbose
from pwshlite.cmdlets.core.write_warning import WriteWarning

from pwshlite.errors import ErrorCategory
from pwshlite.objects import PSHashtable, PSObject

from .core_fakes import FakeContext, run, run_error


def test_write_host_joins_remaining_arguments_with_separator() -> None:
    ctx = FakeContext()
    run(WriteHost, ctx, Object=["a", "b"], Separator=",")
    run(WriteHost, ctx, Object=[1, [2, 3]])
    assert [h[0] for h in ctx.host] == ["a,b", "1 2 3"]


def test_write_host_hashtable_prints_dictionary_entries_and_nonewline() -> None:
    ctx = FakeContext()
    run(WriteHost, ctx, Object=PSHashtable([("a", 1)]), NoNewline=True)
    assert ctx.host == [("System.Collections.DictionaryEntry", False, None, None)]


def test_write_host_colours_and_bad_colour_message() -> None:
    ctx = FakeContext()
    run(WriteHost, ctx, Object="x", ForegroundColor=ConsoleColor.parse("red"))
    assert ctx.host[0][2] == "Red"
    with pytest.raises(ValueError, match="Unable to match the identifier name Pink"):
        ConsoleColor.parse("Pink")


def test_write_host_pscustomobject_uses_its_string_form() -> None:
    ctx = FakeContext()
    run(WriteHost, ctx, Object=PSObject({"a": 1}))
    assert ctx.host[0][0] == "@{a=1}"


def test_write_warning_verbose_information_progress_and_out_null() -> None:
    ctx = FakeContext()
    run(WriteWarning, ctx, Message="careful")
    run(WriteVerbose, ctx, Message="details")
    run(WriteInformation, ctx, MessageData="info", Tags=["t1"])
    run(WriteProgress, ctx, Activity="Copy", PercentComplete=50)
    assert run(OutNull, ctx, pipeline=[1, 2]) == []
    assert ctx.warnings == ["careful"] and ctx.verbose == ["details"]
    assert ctx.information == [("info", ("t1",))]
    assert ctx.progress == [("Copy", "Processing", 50, False)]


def test_write_error_default_record() -> None:
    ctx = FakeContext()
    run(WriteError, ctx, Message="boom")
    (record,) = ctx.errors
    assert record.message == "boom"
    assert record.fully_qualified_error_id == "Microsoft.PowerShell.Commands.WriteErrorException"
    assert record.exception_short_name == "WriteErrorException"
    assert record.category is ErrorCategory.NotSpecified


def test_write_error_category_id_target_and_overrides() -> None:
    ctx = FakeContext()
    run(
        WriteError, ctx, Message="bad", Category=WriteError.info.parameter("Category").annotation.parse("InvalidArgument"),
        ErrorId="MyId", TargetObject="t", CategoryReason="Why", CategoryTargetName="N", RecommendedAction="fix it",
    )  # fmt: skip
    (record,) = ctx.errors
    assert (record.error_id, record.category, record.target_object) == (
        "MyId",
        ErrorCategory.InvalidArgument,
        "t",
    )
    assert (record.reason, record.target_name, record.recommended_action) == ("Why", "N", "fix it")


def test_write_error_with_exception() -> None:
    ctx = FakeContext()
    ctx.parameter_set = "WithException"
    run(WriteError, ctx, Exception=PSObject({"Message": "denied"}, ("System.UnauthorizedAccessException",)))
    assert ctx.errors[0].message == "denied"
    assert ctx.errors[0].exception_type == "System.UnauthorizedAccessException"


def test_get_date_now_parts_and_formats() -> None:
    ctx = FakeContext()
    assert run(GetDate, ctx) == [ctx.fixed_now]
    assert run(GetDate, ctx, Format="yyyy-MM-dd HH:mm:ss.fff") == ["2026-03-04 05:06:07.890"]
    assert run(GetDate, ctx, Format="dddd, MMMM d") == ["Wednesday, March 4"]
    assert run(GetDate, ctx, UFormat="%Y/%m/%d %A %j") == ["2026/03/04 Wednesday 063"]
    (built,) = run(GetDate, ctx, Year=2020, Month=2, Day=29, Hour=0, Minute=0, Second=0)
    assert built == datetime(2020, 2, 29, 0, 0, 0, 890000)


def test_get_date_month_clamps_day_and_day_rolls_over() -> None:
    ctx = FakeContext()
    ctx.fixed_now = datetime(2021, 1, 31, 12, 0, 0)
    assert run(GetDate, ctx, Month=2) == [datetime(2021, 2, 28, 12, 0, 0)]
    assert run(GetDate, ctx, Month=4, Day=31)[0] == datetime(2021, 5, 1, 12, 0, 0)


def test_get_date_display_hint_decorates() -> None:
    (value,) = run(
        GetDate, FakeContext(), DisplayHint=GetDate.info.parameter("DisplayHint").annotation.parse("Date")
    )
    assert isinstance(value, PSObject) and value.get("DisplayHint").name == "Date"


def test_new_timespan() -> None:
    ctx = FakeContext()
    ctx.parameter_set = "Time"
    assert run(NewTimeSpan, ctx, Hours=1, Minutes=25) == [timedelta(hours=1, minutes=25)]
    ctx.parameter_set = "Date"
    start = datetime(2026, 3, 1)
    assert run(NewTimeSpan, ctx, Start=start) == [ctx.fixed_now - start]


def test_get_random_ranges_seed_and_list() -> None:
    ctx = FakeContext()
    values = run(GetRandom, ctx, Maximum=3, Count=50)
    assert set(values) <= {0, 1, 2} and all(isinstance(v, int) for v in values)
    doubles = run(GetRandom, ctx, Minimum=1.5, Maximum="2.5", Count=20)
    assert all(isinstance(v, float) and 1.5 <= v < 2.5 for v in doubles)
    first = run(GetRandom, ctx, SetSeed=42, Maximum=1000, Count=3)
    assert run(GetRandom, ctx, SetSeed=42, Maximum=1000, Count=3) == first
    ctx.parameter_set = "RandomListItemParameterSet"
    picked = run(GetRandom, ctx, pipeline=[[1], [2], [3], [4]], Count=3)
    assert len(set(picked)) == 3 and set(picked) <= {1, 2, 3, 4}


def test_get_random_min_not_below_max() -> None:
    record = run_error(GetRandom, FakeContext(), Minimum=10, Maximum=5)
    assert (
        record.message == "The Minimum value (10) cannot be greater than or equal to the Maximum value (5)."
    )
    assert (
        record.fully_qualified_error_id
        == "MinGreaterThanOrEqualMax,Microsoft.PowerShell.Commands.GetRandomCommand"
    )
