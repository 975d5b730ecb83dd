"""New-TimeSpan: creates a TimeSpan object from two dates or from days, hours, minutes and seconds."""

from __future__ import annotations

from datetime import datetime, timedelta

from pwshlite.cmdlet import Cmdlet, Context, Example, Parameter, cmdlet
from pwshlite.objects import PSObject


def _plain(value: object) -> object:
    return value.base if isinstance(value, PSObject) and value.base is not None else value


@cmdlet("New-TimeSpan", default_set="Date", outputs=("System.TimeSpan",))
class NewTimeSpan(Cmdlet):
    """Creates a TimeSpan object (End minus Start, or the given days, hours, minutes and seconds)."""

    Start: datetime | None = Parameter(
        position=0, by_property_name=("Date",), sets=("Date",), aliases=("LastWriteTime",)
    )
    End: datetime | None = Parameter(position=1, by_property_name=("Date",), sets=("Date",))
    Days: int = Parameter(sets=("Time",), default=0)
    Hours: int = Parameter(sets=("Time",), default=0)
    Minutes: int = Parameter(sets=("Time",), default=0)
    Seconds: int = Parameter(sets=("Time",), default=0)

    examples = (
        Example("New-TimeSpan -Hours 1 -Minutes 25", "A time span of 1 hour and 25 minutes"),
        Example(
            "New-TimeSpan -Start (Get-Date -Year 2020 -Month 1 -Day 1) -End (Get-Date -Year 2020 -Month 3 -Day 1)",
            "Time between two dates",
        ),
    )

    def process(self, ctx: Context) -> list[timedelta]:
        if ctx.parameter_set == "Time" or ctx.bound & {"Days", "Hours", "Minutes", "Seconds"}:
            return [timedelta(days=self.Days, hours=self.Hours, minutes=self.Minutes, seconds=self.Seconds)]
        now = ctx.now()
        start = _plain(self.Start) if self.Start is not None else now
        end = _plain(self.End) if self.End is not None else now
        assert isinstance(start, datetime) and isinstance(end, datetime)
        return [end - start]
