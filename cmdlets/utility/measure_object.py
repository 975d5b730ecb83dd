"""Measure-Object: Calculates the numeric properties of objects, and the characters, words, and lines in string objects.

5.1 behaviour (formatting spec 9.4): GenericMeasureInfo (Count, Average, Sum, Maximum, Minimum,
Property; statistics not asked for are $null, numbers are Doubles) or, with -Line/-Word/-Character,
TextMeasureInfo (Lines, Words, Characters, Property). One result per -Property (wildcards expand);
a property no input object has is reported at the end (GenericMeasurePropertyNotFound).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from pwshlite.cmdlet import Cmdlet, Context, Example, Parameter, Switch, cmdlet
from pwshlite.errors import ErrorCategory, PwshError
from pwshlite.objects import OBJECT, PSObject

from ._common import get_property, has_wildcard, property_names, to_string, wildcard_regex

MEASUREINFO = "Microsoft.PowerShell.Commands.MeasureInfo"


class _Stats:
    __slots__ = ("count", "total", "maximum", "minimum", "lines", "words", "chars")

    def __init__(self) -> None:
        self.count = 0
        self.total = 0.0
        self.maximum: float | None = None
        self.minimum: float | None = None
        self.lines = self.words = self.chars = 0


def text_counts(text: str, ignore_white_space: bool) -> tuple[int, int, int]:
    """(lines, words, characters) of one string, as 5.1 counts them."""
    lines = text.count("\n") + (1 if text and not text.endswith("\n") else 0)
    words = len(text.split())
    chars = sum(1 for c in text if not c.isspace()) if ignore_white_space else len(text)
    return lines, words, chars


@cmdlet("Measure-Object", default_set="GenericMeasure", aliases=("measure",))
class MeasureObject(Cmdlet):
    """Measure-Object: Calculates the numeric properties of objects, and the characters, words, and lines in string objects."""

    InputObject: Any = Parameter(pipeline=True, type_name="System.Management.Automation.PSObject")
    Property: list[str] | None = Parameter(position=0)
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
        self._found: set[str] = set()
        self._order: list[str] = []

    def process(self, ctx: Context) -> None:
        obj = self.InputObject
        if obj is None:
            return
        if not self.Property:
            self._analyse(ctx, "", obj)
            return
        for name in self.Property:
            for resolved in self._resolve(obj, name):
                self._found.add(name.casefold())
                self._analyse(ctx, resolved, get_property(obj, resolved))

    def _resolve(self, obj: Any, name: str) -> list[str]:
        names = property_names(obj)
        if has_wildcard(name):
            rx = wildcard_regex(name)
            return [n for n in names if rx.match(n)]
        return [n for n in names if n.casefold() == name.casefold()][:1]

    def _analyse(self, ctx: Context, name: str, value: Any) -> None:
        stat = self._stats.setdefault(name.casefold(), _Stats())
        if name and len(self._order) < len(self._stats):
            self._order.append(name)
        if value is None:
            return
        stat.count += 1
        if self._text:
            lines, words, chars = text_counts(to_string(value), bool(self.IgnoreWhiteSpace))
            stat.lines += lines
            stat.words += words
            stat.chars += chars
        elif self._numeric:
            self._number(ctx, stat, value)

    def _number(self, ctx: Context, stat: _Stats, value: Any) -> None:
        from pwshlite.values.convert import convert_to

        try:
            number = float(convert_to(value, "System.Double"))
        except (PwshError, TypeError, ValueError):
            ctx.write_error(ctx.error(f'Input object "{to_string(value)}" is not numeric.', "NonNumericInputObject",
                                      ErrorCategory.InvalidType, target=value,
                                      exception_type="System.Management.Automation.PSInvalidOperationException"))  # fmt: skip
            return
        stat.total += number
        stat.maximum = number if stat.maximum is None else max(stat.maximum, number)
        stat.minimum = number if stat.minimum is None else min(stat.minimum, number)

    def end(self, ctx: Context) -> Iterator[Any]:
        if not self.Property:
            yield self._result(self._stats.get("", _Stats()), None)
            return
        for name in self._order:
            yield self._result(self._stats[name.casefold()], name)
        for name in self.Property:
            if name.casefold() not in self._found and not has_wildcard(name):
                ctx.write_error(ctx.error(
                    f'The property "{name}" cannot be found in the input for any objects.',
                    "GenericMeasurePropertyNotFound", ErrorCategory.InvalidArgument, target=name,
                    exception_type="System.Management.Automation.PSArgumentException",
                ))  # fmt: skip

    def _result(self, stat: _Stats, name: str | None) -> PSObject:
        if self._text:
            text: list[tuple[str, Any]] = [("Lines", stat.lines if self.Line else None), ("Words", stat.words if self.Word else None),
                     ("Characters", stat.chars if self.Character else None), ("Property", name)]  # fmt: skip
            return PSObject(text, ("Microsoft.PowerShell.Commands.TextMeasureInfo", MEASUREINFO, OBJECT))
        average = stat.total / stat.count if self.Average and stat.count else None
        props: list[tuple[str, Any]] = [
            ("Count", stat.count),
            ("Average", average),
            ("Sum", stat.total if self.Sum else None),
            ("Maximum", stat.maximum if self.Maximum else None),
            ("Minimum", stat.minimum if self.Minimum else None),
            ("Property", name),
        ]
        return PSObject(props, ("Microsoft.PowerShell.Commands.GenericMeasureInfo", MEASUREINFO, OBJECT))
