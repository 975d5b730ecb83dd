"""Get-Date: gets the current date and time, or a date built from the given parts, optionally formatted."""

from __future__ import annotations

import calendar
from datetime import datetime, timedelta
from typing import Any

from pwshlite.cmdlet import Cmdlet, Context, Example, Parameter, ValidateNotNullOrEmpty, ValidateRange, cmdlet
from pwshlite.errors import ErrorCategory
from pwshlite.objects import PSObject

from ._common import DotNetEnum, terminate
from ._datefmt import get_date_format, uformat


class DisplayHintType(DotNetEnum):
    dotnet_name = "Microsoft.PowerShell.Commands.DisplayHintType"
    names = ("Date", "Time", "DateTime")


@cmdlet("Get-Date", default_set="net", outputs=("System.DateTime", "System.String"))
class GetDate(Cmdlet):
    """Gets the current date and time (PWSHLITE_NOW fixes it), or the date you describe."""

    Date: datetime | None = Parameter(
        position=0, pipeline=True, by_property_name=True, aliases=("LastWriteTime",)
    )
    Year: int | None = Parameter(validate=ValidateRange(1, 9999))
    Month: int | None = Parameter(validate=ValidateRange(1, 12))
    Day: int | None = Parameter(validate=ValidateRange(1, 31))
    Hour: int | None = Parameter(validate=ValidateRange(0, 23))
    Minute: int | None = Parameter(validate=ValidateRange(0, 59))
    Second: int | None = Parameter(validate=ValidateRange(0, 59))
    Millisecond: int | None = Parameter(validate=ValidateRange(0, 999))
    DisplayHint: DisplayHintType | None = Parameter()
    Format: str | None = Parameter(sets=("net",))
    UFormat: str | None = Parameter(sets=("UFormat",), validate=ValidateNotNullOrEmpty)

    examples = (
        Example("Get-Date", "Get the current date and time"),
        Example("Get-Date -Format 'yyyy-MM-dd HH:mm'", "Format the date with .NET format specifiers"),
        Example("Get-Date -UFormat '%Y/%m/%d'", "Format the date with UNIX format specifiers"),
        Example("(Get-Date -Year 2020 -Month 2 -Day 29).DayOfWeek", "Build a date from its parts"),
    )

    def process(self, ctx: Context) -> Any:
        value = self._build(ctx)
        if self.UFormat is not None:
            return [uformat(value, self.UFormat)]
        if self.Format is not None:
            return [self._format(ctx, value)]
        if self.DisplayHint is not None:
            hint = self.DisplayHint
            return [
                PSObject(
                    [("DisplayHint", hint)], ("System.DateTime", "System.ValueType", "System.Object"), value
                )
            ]
        return [value]

    def _build(self, ctx: Context) -> datetime:
        """Each given part moves the date as 5.1 does: AddYears/AddMonths clamp the day, the rest add."""
        value = self.Date if self.Date is not None else ctx.now()
        if isinstance(value, PSObject) and isinstance(value.base, datetime):
            value = value.base
        if self.Year is not None:
            value = add_months(value, (self.Year - value.year) * 12)
        if self.Month is not None:
            value = add_months(value, self.Month - value.month)
        deltas = (
            (self.Day, value.day, "days"), (self.Hour, value.hour, "hours"),
            (self.Minute, value.minute, "minutes"), (self.Second, value.second, "seconds"),
            (self.Millisecond, value.microsecond // 1000, "milliseconds"),
        )  # fmt: skip
        for wanted, current, unit in deltas:
            if wanted is not None:
                value = value + timedelta(**{unit: wanted - current})
        return value

    def _format(self, ctx: Context, value: datetime) -> str:
        try:
            return get_date_format(value, self.Format or "")
        except ValueError:
            raise terminate(
                ctx,
                "Input string was not in a correct format.",
                "System.FormatException",
                ErrorCategory.NotSpecified,
                exception_type="System.FormatException",
            ) from None


def add_months(value: datetime, months: int) -> datetime:
    """DateTime.AddMonths: the day is clamped to the last day of the target month."""
    index = value.year * 12 + value.month - 1 + months
    year, month = divmod(index, 12)
    day = min(value.day, calendar.monthrange(year, month + 1)[1])
    return value.replace(year=year, month=month + 1, day=day)
