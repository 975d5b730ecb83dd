"""Binder stages: named, positional, sets, mandatory, pipeline by value / property name, errors (§10.6)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from pwshlite.binding.binder import Argument, Binder
from pwshlite.binding.messages import CommandRef, ParameterBindingError
from pwshlite.cmdlet import Cmdlet, Context, Parameter, Switch, ValidateRange, ValidateSet, cmdlet
from pwshlite.errors import MISSING
from pwshlite.objects import PSObject
from pwshlite.registry import Registry


@cmdlet("Get-Thing", default_set="ByName")
class GetThing(Cmdlet):
    """Get-Thing: test cmdlet."""

    Identity: str | None = Parameter(position=0, sets=("ByName",), pipeline=True, by_property_name=True)
    Id: int | None = Parameter(sets=("ById",), mandatory=True)
    IgnoreErrors: Switch = Parameter()
    Level: str | None = Parameter(validate=ValidateSet("Low", "High"))
    Count: int | None = Parameter(validate=ValidateRange(1, 10))
    Names: list[str] | None = Parameter()
    Enabled: bool | None = Parameter()

    def process(self, ctx: Context) -> Iterator[Any]:
        yield self.Identity


@cmdlet("Set-Thing")
class SetThing(Cmdlet):
    """Set-Thing: test cmdlet with a mandatory parameter."""

    Name: str = Parameter(position=0, mandatory=True)
    Value: Any = Parameter(position=1)


REF = CommandRef("Get-Thing", "Microsoft.PowerShell.Commands.GetThingCommand", "Cmdlet")


def bind(args: list[Argument], info: Any = GetThing.info, **kw: Any) -> Any:
    return Binder(info, REF, MISSING, **kw).bind(args)


def named(name: str, value: Any = None, has_value: bool = False) -> Argument:
    return Argument(value=value, name=name, has_value=has_value)


def pos(value: Any) -> Argument:
    return Argument(value=value)


def error_of(args: list[Argument], info: Any = GetThing.info, **kw: Any) -> Any:
    with pytest.raises(ParameterBindingError) as exc:
        bind(args, info, **kw)
    return exc.value.record


def test_named_and_prefix() -> None:
    bound = bind([named("ident"), pos("x"), named("Ig")])
    assert bound.values["Identity"] == "x"
    assert bound.values["IgnoreErrors"].is_present
    assert bound.parameter_set == "ByName"


def test_positional_and_set_default() -> None:
    assert bind([pos("jdoe")]).values == {"Identity": "jdoe"}


def test_unknown_parameter() -> None:
    record = error_of([named("Nmae"), pos("x")])
    assert record.message == "A parameter cannot be found that matches parameter name 'Nmae'."
    assert (
        record.fully_qualified_error_id
        == "NamedParameterNotFound,Microsoft.PowerShell.Commands.GetThingCommand"
    )


def test_ambiguous_parameter_lists_own_parameters() -> None:
    record = error_of([named("I"), pos("x")])
    assert record.message == (
        "Parameter cannot be processed because the parameter name 'I' is ambiguous. "
        "Possible matches include: -Identity -Id -IgnoreErrors."
    )
    assert record.error_id == "AmbiguousParameter"


def test_missing_argument() -> None:
    record = error_of([named("Count")])
    assert (
        record.message
        == "Missing an argument for parameter 'Count'. Specify a parameter of type 'System.Int32' and try again."
    )


def test_conversion_error() -> None:
    record = error_of([named("Count"), pos("abc")])
    assert record.message.startswith(
        'Cannot bind parameter \'Count\'. Cannot convert value "abc" to type "System.Int32".'
    )
    assert record.error_id == "CannotConvertArgumentNoMessage"


def test_validate_set_and_range() -> None:
    record = error_of([named("Level"), pos("Extreme")])
    assert record.message == (
        "Cannot validate argument on parameter 'Level'. The argument \"Extreme\" does not belong to the set "
        '"Low,High" specified by the ValidateSet attribute. Supply an argument that is in the set and then try '
        "the command again."
    )
    assert record.error_id == "ParameterArgumentValidationError"
    record = error_of([named("Count"), pos(11)])
    assert "greater than the maximum allowed range of 10" in record.message


def test_ambiguous_set() -> None:
    record = error_of([named("Identity"), pos("x"), named("Id"), pos(1)])
    assert record.message == "Parameter set cannot be resolved using the specified named parameters."


def test_positional_not_found() -> None:
    record = error_of([pos("a"), pos("b")])
    assert record.message == "A positional parameter cannot be found that accepts argument 'b'."
    assert record.error_id == "PositionalParameterNotFound"


def test_missing_mandatory_noninteractive() -> None:
    record = error_of([], SetThing.info)
    assert (
        record.message == "Cannot process command because of one or more missing mandatory parameters: Name."
    )


def test_mandatory_prompt() -> None:
    bound = bind([], SetThing.info, prompt=lambda cmd, params: {p.name: "typed" for p in params})
    assert bound.values["Name"] == "typed"


def test_parameter_twice() -> None:
    record = error_of([named("Level"), pos("Low"), named("Level"), pos("High")])
    assert record.error_id == "ParameterAlreadyBound"


def test_switch_false_and_bool() -> None:
    bound = bind([named("IgnoreErrors", False, True), named("Enabled", 0, True)])
    assert not bound.values["IgnoreErrors"].is_present
    assert bound.values["Enabled"] is False
    record = error_of([named("Enabled", "yes", True)])
    assert "Boolean parameters accept only Boolean values and numbers" in record.message


def test_array_parameter_from_scalar() -> None:
    assert bind([named("Names"), pos("a")]).values["Names"] == ["a"]
    assert bind([named("Names"), pos(["a", "b"])]).values["Names"] == ["a", "b"]


def test_common_parameters() -> None:
    bound = bind([pos("x"), named("ea"), pos("Stop"), named("ErrorVariable"), pos("err")])
    assert str(bound.common["ErrorAction"]) == "Stop"
    assert bound.common["ErrorVariable"] == "err"
    record = error_of([named("ErrorAction"), pos("Bogus")])
    assert "Unable to match the identifier name Bogus" in record.message


def test_whatif_only_with_should_process() -> None:
    record = error_of([named("WhatIf")])
    assert record.error_id == "NamedParameterNotFound"


def test_pipeline_by_value_and_property() -> None:
    binder = Binder(GetThing.info, REF, MISSING, expects_input=True)
    bound = binder.bind([])
    assert binder.bind_input(bound, "abc") == {"Identity": "abc"}
    obj = PSObject({"Identity": "fromprop"})
    assert binder.bind_input(bound, obj)["Identity"] is not None


def test_loose_function_extra_args() -> None:
    bound = bind([pos("x"), named("Other"), pos(2)], loose=True)
    assert bound.values["Identity"] == "x"
    assert bound.extra == ["-Other", 2]


@cmdlet("Set-Target", default_set="ByIdentity")
class SetTarget(Cmdlet):
    """Set-Target: two pipeline sets told apart by the input object."""

    Identity: str = Parameter(position=0, mandatory=("ByIdentity",), sets=("ByIdentity",), pipeline=True)
    Id: int = Parameter(mandatory=("ById",), sets=("ById",), by_property_name=True, aliases=("Number",))
    Rest: list[str] | None = Parameter(remaining=True, sets=("ByIdentity",))


def test_pipeline_by_property_name_through_an_alias() -> None:
    binder = Binder(SetTarget.info, REF, MISSING, expects_input=True)
    bound = binder.bind([])
    assert binder.bind_input(bound, PSObject({"Number": 7})) == {"Id": 7}
    assert binder.bind_input(bound, "name") == {"Identity": "name"}


def test_input_that_binds_nowhere() -> None:
    binder = Binder(WriteThing.info, REF, MISSING, expects_input=True)
    bound = binder.bind([])
    with pytest.raises(ParameterBindingError) as exc:
        binder.bind_input(bound, 5)
    assert exc.value.record.error_id == "InputObjectNotBound"


@cmdlet("Write-Thing")
class WriteThing(Cmdlet):
    """Write-Thing: no pipeline parameters at all."""

    Name: str | None = Parameter(position=0)


def test_remaining_arguments_collect_the_rest() -> None:
    bound = bind([pos("a"), pos("b"), pos("c")], SetTarget.info)
    assert bound.values["Identity"] == "a"
    assert bound.values["Rest"] == ["b", "c"]


def test_positional_prefers_parameters_that_take_the_value_as_is() -> None:
    from pwshlite.runtime.scriptblock import ScriptBlock  # noqa: F401 - any ScriptBlockValue will do

    class Block:
        text = "$_"

    where = Registry().get("Where-Object")
    assert where is not None
    bound = Binder(where, REF, MISSING).bind([pos(Block())])
    assert bound.parameter_set == "ScriptBlockSet"


def test_trace_lines(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    import pwshlite.binding.binder as binder_module

    monkeypatch.setattr(binder_module, "TRACE", True)
    bind([named("Identity"), pos("x")])
    err = capsys.readouterr().err
    assert "BIND NAMED [Get-Thing]: -Identity = 'x'" in err
    assert "BIND SETS [Get-Thing]: ByName" in err


@cmdlet("Read-Thing", default_set="ByName")
class ReadThing(Cmdlet):
    """Read-Thing: pipeline parameters in several sets (ParameterBinderController's per-set binding)."""

    InputObject: Any = Parameter(pipeline=True, sets=("Object",))
    Name: str | None = Parameter(pipeline=True, sets=("ByName",))
    Path: list[str] | None = Parameter(pipeline=True, sets=("Path",))
    LiteralPath: list[str] | None = Parameter(by_property_name=True, sets=("Literal",), aliases=("PSPath",))


def test_pipeline_tries_the_default_set_first() -> None:
    # BindUnboundParametersForBindingState: the default set's parameters are tried before the others,
    # whatever the declaration order; the set that binds narrows the candidates
    binder = Binder(ReadThing.info, REF, MISSING, expects_input=True)
    bound = binder.bind([])
    assert binder.bind_input(bound, "text") == {"Name": "text"}
    assert binder._live == ["ByName"]


@cmdlet("Open-Thing", default_set="Path")
class OpenThing(Cmdlet):
    """Open-Thing: -Path by value and -LiteralPath by property name in separate sets."""

    Path: list[str] | None = Parameter(pipeline=True, sets=("Path",))
    LiteralPath: list[str] | None = Parameter(by_property_name=True, sets=("Literal",), aliases=("PSPath",))


def test_pipeline_binding_narrows_the_sets_for_the_coercion_states() -> None:
    # `Get-ChildItem x | Get-Content`-like: nothing takes a file object by value without coercion; by
    # property name PSPath binds -LiteralPath (set Literal), so the coercing by-value state can no longer
    # bind -Path (set Path), although the object converts to a string
    binder = Binder(OpenThing.info, REF, MISSING, expects_input=True)
    bound = binder.bind([])
    item = PSObject({"PSPath": "FileSystem::/tmp/x.csv"})
    assert binder.bind_input(bound, item) == {"LiteralPath": ["FileSystem::/tmp/x.csv"]}
    assert binder.bind_input(bound, "x.csv") == {"Path": ["x.csv"]}
