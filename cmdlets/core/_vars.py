"""Variable access for the *-Variable cmdlets: lookups through the Context, PSVariable objects, options.

Private helper. The runtime's scopes are reached through the additive Context methods `list_variables`,
`define_variable` and `remove_variable`; with an older Context only `get_variable`/`set_variable` work.
"""

from __future__ import annotations

from typing import Any

from pwshlite.cmdlet import Context, VariableEntry
from pwshlite.errors import ErrorCategory, ErrorRecord
from pwshlite.objects import EnumValue, PSObject

from ._common import make_error, to_string
from ._fs import has_wildcard, matches

_MISSING = object()
OPTION_BITS = {"None": 0, "ReadOnly": 1, "Constant": 2, "Private": 4, "AllScope": 8, "Unspecified": 16}


class ScopedItemOptions:
    """-Option of the variable cmdlets: flag names, comma lists or arrays -> canonical text."""

    dotnet_name = "System.Management.Automation.ScopedItemOptions"

    @classmethod
    def parse(cls, value: Any) -> str:
        items = value if isinstance(value, list) else [value]
        names: list[str] = []
        for item in items:
            for part in to_string(item.name if isinstance(item, EnumValue) else item).split(","):
                names.append(cls._name(part.strip()))
        return options_text(names)

    @staticmethod
    def _name(text: str) -> str:
        for name in OPTION_BITS:
            if name.casefold() == text.casefold():
                return name
        raise ValueError(
            f"Unable to match the identifier name {text} to a valid enumerator name. Specify one of the following "
            f"enumerator names and try again:\n{', '.join(OPTION_BITS)}"
        )


def option_text(value: object) -> str | None:
    """A bound -Option value (ScopedItemOptions.parse gives the canonical text) or None."""
    return None if value is None else str(value)


def options_text(names: list[str]) -> str:
    chosen = [n for n in OPTION_BITS if n in names and n != "None"]
    return ", ".join(chosen) or "None"


def has_option(entry: VariableEntry, option: str) -> bool:
    return option in [p.strip() for p in entry.options.split(",")]


def psvariable(entry: VariableEntry) -> PSObject:
    """A System.Management.Automation.PSVariable object (shown as a Name/Value table)."""
    bits = sum(OPTION_BITS.get(p.strip(), 0) for p in entry.options.split(","))
    return PSObject(
        [
            ("Name", entry.name),
            ("Description", entry.description),
            ("Value", entry.value),
            (
                "Visibility",
                EnumValue("System.Management.Automation.SessionStateEntryVisibility", "Public", 0),
            ),
            ("Module", None),
            ("ModuleName", ""),
            ("Options", EnumValue("System.Management.Automation.ScopedItemOptions", entry.options, bits)),
            ("Attributes", []),
        ],
        ("System.Management.Automation.PSVariable", "System.Object"),
    )


def all_variables(ctx: Context, scope: str | None) -> list[VariableEntry]:
    lister = getattr(ctx, "list_variables", None)
    return list(lister(scope)) if lister is not None else []


def find(ctx: Context, name: str, scope: str | None) -> VariableEntry | None:
    lister = getattr(ctx, "list_variables", None)
    if lister is not None:
        for entry in lister(scope):
            if entry.name.casefold() == name.casefold():
                return entry
        return None
    value = ctx.get_variable(name, _MISSING)
    return None if value is _MISSING else VariableEntry(name, value)


def lookup(ctx: Context, pattern: str, scope: str | None) -> list[VariableEntry]:
    """Variables a (wildcard) name selects, sorted by name."""
    if not has_wildcard(pattern):
        entry = find(ctx, pattern, scope)
        return [] if entry is None else [entry]
    return sorted(
        (e for e in all_variables(ctx, scope) if matches(e.name, pattern)), key=lambda e: e.name.casefold()
    )


def define(ctx: Context, entry: VariableEntry, scope: str | None) -> None:
    definer = getattr(ctx, "define_variable", None)
    if definer is not None:
        definer(entry, scope)
    else:
        ctx.set_variable(entry.name if scope is None else f"{scope}:{entry.name}", entry.value)


def owning_scope(ctx: Context, name: str) -> str | None:
    """The relative scope number ('0' = local) whose variable `name` is visible, probing outwards."""
    lister = getattr(ctx, "list_variables", None)
    if lister is None:
        return None
    for depth in range(100):
        try:
            entries = lister(str(depth))
        except Exception:  # no scope that far out
            return None
        if any(e.name.casefold() == name.casefold() for e in entries):
            return str(depth)
    return None


def remove(ctx: Context, name: str, scope: str | None) -> None:
    remover = getattr(ctx, "remove_variable", None)
    if remover is not None:
        remover(name, scope)
    else:
        ctx.set_variable(name, None)


def filtered(
    entries: list[VariableEntry], include: list[str] | None, exclude: list[str] | None
) -> list[VariableEntry]:
    out = [e for e in entries if not include or any(matches(e.name, p) for p in include)]
    return [e for e in out if not exclude or not any(matches(e.name, p) for p in exclude)]


def not_found(ctx: Context, name: str) -> ErrorRecord:
    return make_error(
        ctx, f"Cannot find a variable with the name '{name}'.", "VariableNotFound", ErrorCategory.ObjectNotFound,
        name, "System.Management.Automation.ItemNotFoundException",
    )  # fmt: skip


def not_writable(ctx: Context, name: str) -> ErrorRecord:
    return make_error(
        ctx, f"Cannot overwrite variable {name} because it is read-only or constant.", "VariableNotWritable",
        ErrorCategory.WriteError, name, "System.Management.Automation.SessionStateUnauthorizedAccessException",
    )  # fmt: skip


def writable(entry: VariableEntry, force: bool) -> bool:
    if has_option(entry, "Constant"):
        return False
    return force or not has_option(entry, "ReadOnly")
