"""Where-Object: Selects objects from a collection based on their property values."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from pwshlite.cmdlet import Cmdlet, Context, Example, Parameter, Switch, cmdlet
from pwshlite.objects import PSObject, ScriptBlockValue

# Simplified syntax (PowerShell 3.0+): one switch per comparison operator, each in its own parameter set.
OPERATORS = (
    ("EQ", "EqualSet"), ("CEQ", "CaseSensitiveEqualSet"), ("NE", "NotEqualSet"), ("CNE", "CaseSensitiveNotEqualSet"),
    ("GT", "GreaterThanSet"), ("CGT", "CaseSensitiveGreaterThanSet"), ("LT", "LessThanSet"),
    ("CLT", "CaseSensitiveLessThanSet"), ("GE", "GreaterOrEqualSet"), ("CGE", "CaseSensitiveGreaterOrEqualSet"),
    ("LE", "LessOrEqualSet"), ("CLE", "CaseSensitiveLessOrEqualSet"), ("Like", "LikeSet"),
    ("CLike", "CaseSensitiveLikeSet"), ("NotLike", "NotLikeSet"), ("CNotLike", "CaseSensitiveNotLikeSet"),
    ("Match", "MatchSet"), ("CMatch", "CaseSensitiveMatchSet"), ("NotMatch", "NotMatchSet"),
    ("CNotMatch", "CaseSensitiveNotMatchSet"), ("Contains", "ContainsSet"), ("CContains", "CaseSensitiveContainsSet"),
    ("NotContains", "NotContainsSet"), ("CNotContains", "CaseSensitiveNotContainsSet"), ("In", "InSet"),
    ("CIn", "CaseSensitiveInSet"), ("NotIn", "NotInSet"), ("CNotIn", "CaseSensitiveNotInSet"), ("Is", "IsSet"),
    ("IsNot", "IsNotSet"),
)  # fmt: skip
_SETS = tuple(s for _, s in OPERATORS)


@cmdlet(
    "Where-Object", default_set="EqualSet", dotnet_type="Microsoft.PowerShell.Commands.WhereObjectCommand"
)
class WhereObject(Cmdlet):
    """Where-Object: Selects objects from a collection based on their property values.

    Either a script block (`Where-Object { $_.Size -gt 5 }`, $_ is the input object) or the simplified
    form `Where-Object Size -gt 5`; `Where-Object Enabled` keeps objects whose property is true."""

    InputObject: Any = Parameter(pipeline=True, type_name="System.Management.Automation.PSObject")
    FilterScript: ScriptBlockValue = Parameter(position=0, mandatory=True, sets=("ScriptBlockSet",))
    Property: str = Parameter(position=0, mandatory=True, sets=_SETS)
    Value: Any = Parameter(position=1, sets=_SETS)
    for _name, _set in OPERATORS:
        vars()[_name] = Parameter(mandatory=_set != "EqualSet", sets=(_set,))
        __annotations__[_name] = Switch
    del _name, _set

    examples = (
        Example("1..10 | Where-Object { $_ -gt 5 }", "Filter with a script block"),
        Example("Get-ChildItem | Where-Object Length -gt 1kb", "Simplified syntax"),
    )

    def process(self, ctx: Context) -> Iterator[Any]:
        obj = self.InputObject
        if ctx.parameter_set == "ScriptBlockSet":
            from pwshlite.values.convert import to_bool

            result = ctx.invoke(self.FilterScript, dollar_underscore=obj, new_scope=False)
            if to_bool(result[0] if len(result) == 1 else result):
                yield obj
            return
        if self._test(ctx, obj):
            yield obj

    def _test(self, ctx: Context, obj: Any) -> bool:
        from pwshlite.values import ops
        from pwshlite.values.convert import to_bool

        if obj is None:
            return False
        value = property_value(obj, self.Property)
        op = next((name for name, s in OPERATORS if s == ctx.parameter_set), "EQ")
        if op == "EQ" and "Value" not in ctx.bound and "EQ" not in ctx.bound:
            return to_bool(value)
        return to_bool(ops.binary_op("-" + op.casefold(), value, self.Value))


def property_value(obj: Any, name: str) -> Any:
    """The named property of an input object ($null when it has none)."""
    if isinstance(obj, PSObject) and obj.has(name):
        return obj.get(name)
    from pwshlite.values import members

    try:
        return members.get_member(obj, name)
    except Exception:  # noqa: BLE001 - a missing property compares as $null
        return None
