"""Known .NET enum types as EnumValue factories, and string/number -> enum conversion.

Layer: values (imports only pwshlite.objects, pwshlite.errors and the standard library).

Public API:
    ENUMS: dict[str, dict[str, int]]               full type name -> member name -> value
    register_enum(full_name, members: dict[str, int]) -> None
    enum_member(full_name, name) -> EnumValue | None   case-insensitive member lookup
    to_enum(value, full_name) -> EnumValue          conversion as a cast does it (names, numbers,
                                                    "A, B" flag lists); raises PwshError
"""

from __future__ import annotations

from typing import Any

from pwshlite.objects import EnumValue

from . import errs
from .types import register_type

ENUMS: dict[str, dict[str, int]] = {}


def register_enum(full_name: str, members: dict[str, int]) -> None:
    """Make an enum type known (resolve_type, casts, [T]::Member)."""
    ENUMS[full_name] = dict(members)
    register_type(full_name, ("System.Enum", "System.ValueType", "System.Object"))


def _seed() -> None:
    days = "Sunday Monday Tuesday Wednesday Thursday Friday Saturday".split()
    register_enum("System.DayOfWeek", {d: i for i, d in enumerate(days)})
    register_enum("System.DateTimeKind", {"Unspecified": 0, "Utc": 1, "Local": 2})
    register_enum("System.MidpointRounding", {"ToEven": 0, "AwayFromZero": 1})
    register_enum("System.StringSplitOptions", {"None": 0, "RemoveEmptyEntries": 1})
    comparisons = "CurrentCulture CurrentCultureIgnoreCase InvariantCulture InvariantCultureIgnoreCase Ordinal OrdinalIgnoreCase"
    register_enum("System.StringComparison", {n: i for i, n in enumerate(comparisons.split())})
    register_enum("System.IO.SearchOption", {"TopDirectoryOnly": 0, "AllDirectories": 1})
    register_enum(
        "System.Text.RegularExpressions.RegexOptions",
        {
            "None": 0,
            "IgnoreCase": 1,
            "Multiline": 2,
            "ExplicitCapture": 4,
            "Compiled": 8,
            "Singleline": 16,
            "IgnorePatternWhitespace": 32,
            "RightToLeft": 64,
            "ECMAScript": 256,
            "CultureInvariant": 512,
        },
    )
    colors = "Black DarkBlue DarkGreen DarkCyan DarkRed DarkMagenta DarkYellow Gray DarkGray Blue Green Cyan Red Magenta Yellow White"
    register_enum("System.ConsoleColor", {c: i for i, c in enumerate(colors.split())})
    prefs = "SilentlyContinue Stop Continue Inquire Ignore Suspend"
    register_enum(
        "System.Management.Automation.ActionPreference", {p: i for i, p in enumerate(prefs.split())}
    )
    register_enum("System.Management.Automation.SplitOptions", {
        "SimpleMatch": 1, "RegexMatch": 2, "CultureInvariant": 4, "IgnorePatternWhitespace": 8,
        "Multiline": 16, "Singleline": 32, "IgnoreCase": 64, "ExplicitCapture": 128,
    })  # fmt: skip
    register_enum("System.EnvironmentVariableTarget", {"Process": 0, "User": 1, "Machine": 2})


_seed()


def enum_member(full_name: str, name: str) -> EnumValue | None:
    members = ENUMS.get(full_name)
    if members is None:
        return None
    for member, value in members.items():
        if member.casefold() == name.strip().casefold():
            return EnumValue(full_name, member, value)
    return None


def _by_value(full_name: str, value: int) -> EnumValue:
    members = ENUMS[full_name]
    for member, number in members.items():
        if number == value:
            return EnumValue(full_name, member, value)
    names = [m for m, n in members.items() if n and value & n == n]
    if names and sum(members[m] for m in names) == value:
        return EnumValue(full_name, ", ".join(names), value)
    return EnumValue(full_name, str(value), value)


def to_enum(value: Any, full_name: str) -> EnumValue:
    """Cast to an enum: a member name (case-insensitive, comma-separated names are or-ed), a number,
    or an EnumValue of the same type."""
    if isinstance(value, EnumValue):
        return _by_value(full_name, value.value) if value.type_name != full_name else value
    if isinstance(value, int) and not isinstance(value, bool):
        return _by_value(full_name, value)
    text = str(value) if value is not None else ""
    total = 0
    for part in text.split(","):
        found = enum_member(full_name, part)
        if found is None:
            if part.strip().lstrip("-").isdigit():
                total |= int(part.strip())
                continue
            names = ", ".join(ENUMS[full_name])
            inner = (
                f"Unable to match the identifier name {part.strip()} to a valid enumerator name. Specify one of the "
                f"following enumerator names and try again:\n{names}"
            )
            raise errs.cast_error(
                text,
                full_name,
                inner,
                "InvalidCastFromStringToEnum" if isinstance(value, str) else "InvalidCastIConvertible",
            )
        total |= found.value
    return _by_value(full_name, total)
