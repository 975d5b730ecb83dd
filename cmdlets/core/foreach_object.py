"""ForEach-Object: Performs an operation against each item in a collection of input objects."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from pwshlite.cmdlet import Cmdlet, Context, Example, Parameter, cmdlet
from pwshlite.errors import ErrorCategory
from pwshlite.objects import ScriptBlockValue


@cmdlet(
    "ForEach-Object",
    default_set="ScriptBlockSet",
    dotnet_type="Microsoft.PowerShell.Commands.ForEachObjectCommand",
)
class ForEachObject(Cmdlet):
    """ForEach-Object: Performs an operation against each item in a collection of input objects.

    The script blocks run in the caller's scope with $_ set to the current input object. With
    -MemberName, the property value (or the method result) of each input object is written."""

    InputObject: Any = Parameter(pipeline=True, type_name="System.Management.Automation.PSObject")
    Begin: ScriptBlockValue | None = Parameter(sets=("ScriptBlockSet",))
    Process: list[ScriptBlockValue] = Parameter(
        position=0, mandatory=True, sets=("ScriptBlockSet",), remaining=True
    )
    End: ScriptBlockValue | None = Parameter(sets=("ScriptBlockSet",))
    MemberName: str = Parameter(position=0, mandatory=True, sets=("PropertyAndMethodSet",))
    ArgumentList: list[Any] | None = Parameter(
        sets=("PropertyAndMethodSet",), aliases=("Args",), remaining=True
    )

    examples = (
        Example("1..3 | ForEach-Object { $_ * 2 }", "Double each number"),
        Example("'a','b' | ForEach-Object ToUpper", "Call a method on each input object"),
        Example(
            "1..3 | ForEach-Object -Begin { $s = 0 } -Process { $s += $_ } -End { $s }", "Sum with Begin/End"
        ),
    )

    def _blocks(self) -> tuple[ScriptBlockValue | None, list[ScriptBlockValue], ScriptBlockValue | None]:
        blocks = list(self.Process or [])
        begin, end = self.Begin, self.End
        if len(blocks) >= 2 and begin is None:
            begin = blocks.pop(0)
        if len(blocks) >= 2 and end is None:
            end = blocks.pop()
        return begin, blocks, end

    def begin(self, ctx: Context) -> Iterator[Any]:
        if ctx.parameter_set == "ScriptBlockSet":
            begin, _, _ = self._blocks()
            if begin is not None:
                yield from ctx.invoke(begin, new_scope=False)

    def process(self, ctx: Context) -> Iterator[Any]:
        if ctx.parameter_set == "PropertyAndMethodSet":
            yield from self._member(ctx)
            return
        _, blocks, _ = self._blocks()
        for block in blocks:
            yield from ctx.invoke(block, dollar_underscore=self.InputObject, new_scope=False)

    def end(self, ctx: Context) -> Iterator[Any]:
        if ctx.parameter_set == "ScriptBlockSet":
            _, _, end = self._blocks()
            if end is not None:
                yield from ctx.invoke(end, new_scope=False)

    def _member(self, ctx: Context) -> Iterator[Any]:
        from pwshlite.values import members

        obj = self.InputObject
        if obj is None:
            return
        name = self.MemberName
        try:
            value = members.get_member(obj, name)
        except Exception:  # noqa: BLE001 - not a property: try it as a method
            value = None
        if value is not None and not self.ArgumentList:
            yield from value if isinstance(value, list) else [value]
            return
        if value is not None or _has_property(obj, name):
            return  # a property that holds $null writes nothing
        try:
            result = members.invoke_method(obj, name, list(self.ArgumentList or []))
        except Exception:  # noqa: BLE001 - neither a property nor a method (ForEachObjectCommand MethodNotFound)
            ctx.write_error(ctx.error(
                f'Input name "{name}" cannot be resolved to a method.', "MethodNotFound",
                ErrorCategory.InvalidOperation, obj, "System.Management.Automation.PSArgumentException"))  # fmt: skip
            return
        if result is not None:
            yield result


def _has_property(obj: Any, name: str) -> bool:
    from pwshlite.objects import PSObject

    return isinstance(obj, PSObject) and obj.has(name)
