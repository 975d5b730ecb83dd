"""Unit tests for Get-/Set-/New-/Remove-/Clear-Variable against the fake Context's scopes."""

from __future__ import annotations

from pwshlite.cmdlets.core._vars import ScopedItemOptions
from pwshlite.cmdlets.core.clear_variable import ClearVariable
from pwshlite.cmdlets.core.get_variable import GetVariable
from pwshlite.cmdlets.core.new_variable import NewVariable
from pwshlite.cmdlets.core.remove_variable import RemoveVariable
from pwshlite.cmdlets.core.set_variable import SetVariable

from pwshlite.cmdlet import VariableEntry

from .core_fakes import FakeContext, run


def test_set_get_value_only_and_psvariable() -> None:
    ctx = FakeContext()
    run(SetVariable, ctx, Name=["x"], Value=5)
    assert run(GetVariable, ctx, Name=["x"], ValueOnly=True) == [5]
    (var,) = run(GetVariable, ctx, Name=["X"])
    assert var.type_names[0] == "System.Management.Automation.PSVariable"
    assert (var.get("Name"), var.get("Value"), str(var.get("Options"))) == ("x", 5, "None")


def test_get_variable_wildcards_sorted_and_missing_error() -> None:
    ctx = FakeContext()
    for name in ("mb", "ma", "z"):
        run(SetVariable, ctx, Name=[name], Value=1)
    assert [v.get("Name") for v in run(GetVariable, ctx, Name=["m*"])] == ["ma", "mb"]
    assert run(GetVariable, ctx, Name=["nothing*"]) == []
    run(GetVariable, ctx, Name=["nope"])
    (record,) = ctx.errors
    assert record.message == "Cannot find a variable with the name 'nope'."
    assert (
        record.fully_qualified_error_id == "VariableNotFound,Microsoft.PowerShell.Commands.GetVariableCommand"
    )
    assert record.exception_short_name == "ItemNotFoundException"


def test_set_variable_pipeline_collects_and_readonly() -> None:
    ctx = FakeContext()
    run(SetVariable, ctx, pipeline=[1, 2, 3], Name=["all"])
    assert ctx.get_variable("all") == [1, 2, 3]
    run(SetVariable, ctx, Name=["ro"], Value=1, Option=ScopedItemOptions.parse("ReadOnly"))
    run(SetVariable, ctx, Name=["ro"], Value=2)
    assert ctx.get_variable("ro") == 1
    assert ctx.errors[0].message == "Cannot overwrite variable ro because it is read-only or constant."
    assert (
        ctx.errors[0].fully_qualified_error_id
        == "VariableNotWritable,Microsoft.PowerShell.Commands.SetVariableCommand"
    )
    run(SetVariable, ctx, Name=["ro"], Value=3, Force=True)
    assert ctx.get_variable("ro") == 3


def test_new_variable_exists_force_constant() -> None:
    ctx = FakeContext()
    run(NewVariable, ctx, Name="n", Value=1)
    run(NewVariable, ctx, Name="n", Value=2)
    assert ctx.errors[0].message == "A variable with name 'n' already exists."
    assert (
        ctx.errors[0].fully_qualified_error_id
        == "VariableAlreadyExists,Microsoft.PowerShell.Commands.NewVariableCommand"
    )
    run(NewVariable, ctx, Name="n", Value=3, Force=True)
    assert ctx.get_variable("n") == 3
    run(NewVariable, ctx, Name="c", Value=1, Option=ScopedItemOptions.parse("Constant"))
    run(NewVariable, ctx, Name="c", Value=2, Force=True)
    assert ctx.get_variable("c") == 1 and len(ctx.errors) == 2


def test_remove_and_clear_variable() -> None:
    ctx = FakeContext()
    ctx.define_variable(VariableEntry("g", 7), "Global")
    run(ClearVariable, ctx, Name=["g"])
    assert ctx.get_variable("g", "missing") is None
    run(RemoveVariable, ctx, Name=["g"])
    assert ctx.get_variable("g", "missing") == "missing"
    run(RemoveVariable, ctx, Name=["g"])
    assert (
        ctx.errors[0].fully_qualified_error_id
        == "VariableNotFound,Microsoft.PowerShell.Commands.RemoveVariableCommand"
    )
    run(SetVariable, ctx, Name=["ro"], Value=1, Option=ScopedItemOptions.parse("ReadOnly, AllScope"))
    run(RemoveVariable, ctx, Name=["ro"])
    assert ctx.errors[1].error_id == "VariableNotRemovable"
    run(RemoveVariable, ctx, Name=["ro"], Force=True)
    assert ctx.get_variable("ro", "gone") == "gone"


def test_option_parse_error() -> None:
    try:
        ScopedItemOptions.parse("Bogus")
    except ValueError as exc:
        assert "Unable to match the identifier name Bogus" in str(exc)
    else:
        raise AssertionError("no error")
