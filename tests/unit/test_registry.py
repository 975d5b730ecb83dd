"""Registry: module discovery, lazy loading by file name, case-insensitive lookup, default aliases."""

from __future__ import annotations

from pwshlite.registry import DEFAULT_ALIASES, Registry, discover_modules, resolve_alias


def test_discovers_builtin_modules() -> None:
    modules = discover_modules()
    assert modules["Core"] == "pwshlite.cmdlets.core"
    assert modules["ExchangeUM"] == "pwshlite.cmdlets.exchange_um"


def test_lookup_is_case_insensitive_and_lazy() -> None:
    registry = Registry()
    info = registry.get("write-OUTPUT")
    assert info is not None and info.name == "Write-Output"
    assert registry.get("Microsoft.PowerShell.Utility\\Write-Output") is info
    assert not registry._all_loaded


def test_unknown_command() -> None:
    assert Registry().get("Get-Nothing-Here") is None


def test_default_aliases() -> None:
    assert resolve_alias("%") == "ForEach-Object"
    assert resolve_alias("GCI") == "Get-ChildItem"
    assert resolve_alias("x", {"x": "Get-Date"}) == "Get-Date"
    for alias in (
        "? % where foreach select sort group measure ft fl fw gm gci ls dir cat type echo cd pwd cls".split()
    ):
        assert alias in DEFAULT_ALIASES


def test_all_lists_sorted() -> None:
    names = [i.name for i in Registry().all()]
    assert names == sorted(names, key=str.casefold)
    assert "Write-Output" in names


def test_parameters_declared_on_a_shared_base_class() -> None:
    """Add-Content and Set-Content share their parameter list through an undecorated base class."""
    from pwshlite.cmdlets.core.add_content import AddContent
    from pwshlite.cmdlets.core.set_content import SetContent

    assert AddContent.info.parameter_order == SetContent.info.parameter_order
    assert AddContent.info.parameter("Value").sets["__AllParameterSets"].pipeline
    assert AddContent.info.parameter("Path").type_name == "System.String[]"
    assert AddContent.info.parameter("Encoding").type_name != "System.Object"
