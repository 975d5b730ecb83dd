"""Measure-Object: Calculates the numeric properties of objects, and the characters, words, and lines in string objects.

5.1 behaviour (formatting spec 9.4): GenericMeasureInfo (Count, Average, Sum, Maximum, Minimum,
Property; statistics not asked for are $null, numbers are Doubles) or, with -Line/-Word/-Character,
TextMeasureInfo (Lines, Words, Characters, Property). One result per -Property (wildcards expand);
a property no input object has is reported at the end (GenericMeasurePropertyNotFound).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from pwshlite.cmdlet import Cmdlet, Context, Example, Parameter, Switch, ValidateNotNullOrEmpty, cmdlet
from pwshlite.errors import ErrorCategory, PwshError
from pwshlite.objects import OBJECT, PSObject

from ._common import dotnet_tostring, get_property, has_wildcard, property_names, to_string, wildcard_regex

MEASUREINFO = "Microsoft.PowerShell.Commands.MeasureInfo"


class _Stats:
    __slots__ = ("count", "total", "maximum", "minimum", "lines", "words", "chars")

    def __init__(self) -> None:
        self.count = 0
        self.total = 0.0
        self.maximum: Any = None
        self.minimum: Any = None
        self.lines = self.words = self.chars = 0


def text_counts(text: str, ignore_white_space: bool) -> tuple[int, int, int]:
    """(lines, words, characters) of one string, as 5.1 counts them."""
    lines = text.count("\n") + (1 if text and not text.endswith("\n") else 0)
    words = len(text.split())
    chars = sum(1 for c in text if not c.isspace()) if ignore_white_space else len(text)
    return lines, words, chars


def _as_double(value: Any) -> float | None:
    """LanguagePrimitives.TryConvertTo<double>: None when the value does not convert."""
    from pwshlite.values.convert import convert_to

    try:
        return float(convert_to(value, "System.Double"))
    except (PwshError, TypeError, ValueError, OverflowError):
        return None


def _pick(value: Any, current: Any, is_min: bool) -> Any:
    """5.1's Compare(): numbers compare as Doubles, mixed kinds as strings, anything else as is."""
    if current is None:
        return value
    a = _as_double(value) if value is not None else None
    b = _as_double(current)
    left: Any = a if a is not None else value
    right: Any = b if b is not None else current
    if type(left) is not type(right):
        left, right = to_string(left), to_string(right)
    from ._common import compare_values

    order = compare_values(right, left)
    return current if (order if is_min else -order) <= 0 else value


@cmdlet("Measure-Object", default_set="GenericMeasure", aliases=("measure",))
class MeasureObject(Cmdlet):
    """Measure-Object: Calculates the numeric properties of objects, and the characters, words, and lines in string objects."""

    InputObject: Any = Parameter(pipeline=True, type_name="System.Management.Automation.PSObject")
    Property: list[str] | None = Parameter(position=0, validate=ValidateNotNullOrEmpty)
    Sum: Switch = Parameter(sets=("GenericMeasure",))
    Average: Switch = Parameter(sets=("GenericMeasure",))
    Maximum: Switch = Parameter(sets=("GenericMeasure",))
    Minimum: Switch = Parameter(sets=("GenericMeasure",))
    Line: Switch = Parameter(sets=("TextMeasure",))
    Word: Switch = Parameter(sets=("TextMeasure",))
    Character: Switch = Parameter(sets=("TextMeasure",))
    IgnoreWhiteSpace: Switch = Parameter(sets=("TextMeasure",))

    examples = (
        Example("Get-Mailbox | Measure-Object", "Count objects"),
        Example("1..10 | Measure-Object -Sum -Average -Maximum -Minimum", "Statistics of numbers"),
        Example("'one two', 'three' | Measure-Object -Line -Word -Character", "Count text"),
    )

    def begin(self, ctx: Context) -> None:
        self._text = bool(self.Line or self.Word or self.Character)
        self._numeric = bool(self.Sum or self.Average or self.Maximum or self.Minimum)
        self._stats: dict[str, _Stats] = {}
        self._order: list[str] = []
        self._total = 0
        self._non_numeric = False

    def process(self, ctx: Context) -> None:
        obj = self.InputObject
        if obj is None:
            return
        self._total += 1
        if not self.Property:
            self._analyse(ctx, "$_", obj)
            return
        seen: set[str] = set()
        for name in self.Property:
            resolved = self._resolve(obj, name)
            if not resolved and not has_wildcard(name):
                self._entry(name)  # reported at the end when no object has it
            for actual in resolved:
                if actual.casefold() not in seen:
                    seen.add(actual.casefold())
                    self._analyse(ctx, actual, get_property(obj, actual))

    def _resolve(self, obj: Any, name: str) -> list[str]:
        names = property_names(obj)
        if has_wildcard(name):
            rx = wildcard_regex(name)
            return [n for n in names if rx.match(n)]
        return [n for n in names if n.casefold() == name.casefold()][:1]

    def _entry(self, name: str) -> _Stats:
        stat = self._stats.get(name.casefold())
        if stat is None:
            stat = self._stats[name.casefold()] = _Stats()
            self._order.append(name)
        return stat

    def _analyse(self, ctx: Context, name: str, value: Any) -> None:
        stat = self._entry(name)
        stat.count += 1
        if self._text:
            # 5.1 counts objValue.ToString() (an array is "System.Object[]"), not PowerShell's string form
            lines, words, chars = text_counts(
                "" if value is None else dotnet_tostring(value), bool(self.IgnoreWhiteSpace)
            )
            stat.lines += lines
            stat.words += words
            stat.chars += chars
        if self.Sum or self.Average:
            number = 0.0 if value is None else _as_double(value)
            if number is None:
                self._non_numeric = True
                ctx.write_error(ctx.error(f'Input object "{to_string(value)}" is not numeric.', "NonNumericInputObject",
                                          ErrorCategory.InvalidType, target=value,
                                          exception_type="System.Management.Automation.PSInvalidOperationException"))  # fmt: skip
                return
            stat.total += number
        if self.Minimum:
            stat.minimum = _pick(value, stat.minimum, True)
        if self.Maximum:
            stat.maximum = _pick(value, stat.maximum, False)

    def end(self, ctx: Context) -> Iterator[Any]:
        if self._total == 0 and not self.Property:
            self._entry("$_")
        for name in self._order:
            stat = self._stats[name.casefold()]
            if stat.count == 0 and self.Property:
                error_id = "TextMeasurePropertyNotFound" if self._text else "GenericMeasurePropertyNotFound"
                record = ctx.error("Property", error_id, ErrorCategory.InvalidArgument,
                                   exception_type="System.Management.Automation.PSArgumentException")  # fmt: skip
                record.details_message = (
                    f'The property "{name}" cannot be found in the input for any objects.'
                )
                ctx.write_error(record)
                continue
            yield self._result(stat, name if self.Property else None)

    def _result(self, stat: _Stats, name: str | None) -> PSObject:
        if self._text:
            text: list[tuple[str, Any]] = [("Lines", stat.lines if self.Line else None),
                                           ("Words", stat.words if self.Word else None),
                                           ("Characters", stat.chars if self.Character else None),
                                           ("Property", name)]  # fmt: skip
            return PSObject(text, ("Microsoft.PowerShell.Commands.TextMeasureInfo", MEASUREINFO, OBJECT))
        numeric = all(v is None or _as_double(v) is not None for v in (stat.minimum, stat.maximum))
        total = None if self._non_numeric or not self.Sum else stat.total
        average = stat.total / stat.count if self.Average and stat.count and not self._non_numeric else None
        maximum, minimum = stat.maximum, stat.minimum
        if numeric:
            maximum = _as_double(maximum) if maximum is not None else None
            minimum = _as_double(minimum) if minimum is not None else None
        props: list[tuple[str, Any]] = [
            ("Count", stat.count),
            ("Average", average),
            ("Sum", total),
            ("Maximum", maximum),
            ("Minimum", minimum),
            ("Property", name),
        ]
        kind = "GenericMeasureInfo" if numeric else "GenericObjectMeasureInfo"
        return PSObject(props, (f"Microsoft.PowerShell.Commands.{kind}", MEASUREINFO, OBJECT))
