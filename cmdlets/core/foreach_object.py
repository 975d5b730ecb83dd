"""ForEach-Object: Performs an operation against each item in a collection of input objects."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from pwshlite.cmdlet import Cmdlet, Context, Example, Parameter, cmdlet
from pwshlite.errors import ErrorCategory, ErrorRecord, PwshError
from pwshlite.objects import PSHashtable, PSObject, ScriptBlockValue

from ._common import invoke_streaming


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
                yield from _run(ctx, begin)

    def process(self, ctx: Context) -> Iterator[Any]:
        if ctx.parameter_set == "PropertyAndMethodSet":
            yield from self._member(ctx)
            return
        _, blocks, _ = self._blocks()
        for block in blocks:
            yield from _run(ctx, block, self.InputObject)

    def end(self, ctx: Context) -> Iterator[Any]:
        if ctx.parameter_set == "ScriptBlockSet":
            _, _, end = self._blocks()
            if end is not None:
                yield from _run(ctx, end)

    def _member(self, ctx: Context) -> Iterator[Any]:
        """5.1's PropertyAndMethodSet: a method call with -ArgumentList; else a dictionary key, then the
        member (wildcards allowed when one member matches): a method is called, a property read."""
        obj = self.InputObject
        if obj is None:
            return
        name = self.MemberName
        if self.ArgumentList:
            yield from self._call(ctx, obj, name, list(self.ArgumentList))
            return
        if isinstance(obj, PSHashtable) and name in obj:
            yield from _unrolled(obj[name])
            return
        if any(c in name for c in "*?["):
            matched = _matching_members(obj, name)
            if len(matched) > 1:
                ctx.write_error(_name_error(ctx, obj, "AmbiguousPropertyOrMethodName", (
                    f'Input name "{name}" is ambiguous. It can be resolved to multiple matched members. '
                    f"Possible matches include:{''.join(' ' + m for m in matched)}.")))  # fmt: skip
                return
            if not matched:
                yield None  # an unresolved name writes $null (PropertyOrMethodNotFound in strict mode 2)
                return
            name = matched[0]
        found, value = _extended_property(obj, name)
        if found:
            yield from _unrolled(value)
            return
        if _is_property(obj, name):
            yield from _unrolled(_members_api().get_member(_dotnet(obj, name), name))
            return
        yield from self._call(ctx, obj, name, [], missing_ok=True)

    def _call(
        self, ctx: Context, obj: Any, name: str, args: list[Any], missing_ok: bool = False
    ) -> Iterator[Any]:
        hook = getattr(obj, "ps_invoke_method", None)  # Add-Member's ScriptMethod / CodeMethod
        found, result = hook(None, name.casefold(), args) if hook is not None else (False, None)
        if found:
            yield from _unrolled(result)
            return
        try:
            result = _members_api().invoke_method(_dotnet(obj, name), name, args)
        except PwshError as err:
            if err.record.error_id != "MethodNotFound":
                record = err.record
                ctx.write_error(ctx.error(record.message, "MethodInvocationError",
                    ErrorCategory.InvalidOperation, obj, record.exception_type))  # fmt: skip
            elif missing_ok:
                yield None  # neither a property nor a method: $null outside strict mode
            else:
                ctx.write_error(_name_error(ctx, obj, "MethodNotFound",
                    f'Input name "{name}" cannot be resolved to a method.'))  # fmt: skip
            return
        yield from _unrolled(result)


def _run(ctx: Context, block: ScriptBlockValue, item: Any = None) -> Iterator[Any]:
    """Run one of the blocks in the caller's scope, its output streamed down the pipeline as it is
    written (`1..3 | % { $_; Write-Error x }` alternates output and errors, as in 5.1)."""
    return invoke_streaming(ctx, block, dollar_underscore=item, new_scope=False)


def _matching_members(obj: Any, pattern: str) -> list[str]:
    from . import _fs
    from .get_member import rows_for

    return sorted({row[0] for row in rows_for(obj, False)[1] if _fs.matches(row[0], pattern)})


def _members_api() -> Any:
    from pwshlite.values import members

    return members


def _unrolled(value: Any) -> list[Any]:
    return value if isinstance(value, list) else [value]


def _name_error(ctx: Context, obj: Any, error_id: str, message: str) -> ErrorRecord:
    """ForEachObjectCommand.GenerateNameParameterError: an InvalidArgument PSArgumentException."""
    return ctx.error(message, error_id, ErrorCategory.InvalidArgument, obj,
                     "System.Management.Automation.PSArgumentException")  # fmt: skip


def _extended_property(obj: Any, name: str) -> tuple[bool, Any]:
    """An Add-Member AliasProperty / ScriptProperty (found flag first)."""
    hook = getattr(obj, "ps_get_member", None)
    return hook(name.casefold()) if hook is not None else (False, None)


def _dotnet(obj: Any, name: str) -> Any:
    """The value whose .NET member `name` is: a PSObject wrapping a value (Add-Member on a string)
    answers with the wrapped value unless the name is one of its note properties."""
    if isinstance(obj, PSObject) and obj.base is not None and not obj.has(name):
        return obj.base
    return obj


def _is_property(obj: Any, name: str) -> bool:
    if isinstance(obj, PSObject) and obj.has(name):
        return True
    obj = _dotnet(obj, name)
    key = name.casefold()
    return any(n.casefold() == key for n in _members_api().property_names(obj))
