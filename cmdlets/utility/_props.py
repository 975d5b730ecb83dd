"""Property arguments of the data cmdlets: names with wildcards, script blocks and hashtables.

Mirrors PowerShell's MshParameter processing (calculated properties): hashtable keys match
case-insensitively by unambiguous prefix (`n`, `e`, `Expr`), each cmdlet declares its keys, and bad
keys end the command with PowerShell's DictionaryKey* errors.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from pwshlite.cmdlet import CmdletError, Context
from pwshlite.errors import ErrorCategory, ErrorRecord, PwshError
from pwshlite.objects import PSHashtable, PSObject, ScriptBlockValue

from ._common import get_property, has_wildcard, property_names, wildcard_regex

# key name -> (secondary names, allowed kinds); kinds: 'str', 'block', 'bool', 'int'
_EXPRESSION = ("expression", ((), ("str", "block")))
KEYS: dict[str, tuple[tuple[str, tuple[tuple[str, ...], tuple[str, ...]]], ...]] = {
    "select": (_EXPRESSION, ("name", (("label",), ("str",)))),
    "sort": (_EXPRESSION, ("ascending", ((), ("bool",))), ("descending", ((), ("bool",)))),
    "group": (_EXPRESSION,),
    "html": (
        _EXPRESSION,
        ("label", ((), ("str",))),  # 5.1 has no Name key here (ConvertHTMLExpressionParameterDefinition)
        ("alignment", ((), ("str",))),
        ("width", ((), ("str",))),  # 5.1 takes the width as a string only
    ),
}
_DOTNET = {"str": "System.String", "block": "System.Management.Automation.ScriptBlock", "bool": "System.Boolean",
           "int": "System.Int32"}  # fmt: skip


def key_error(message: str, error_id: str) -> CmdletError:
    """ParameterProcessor.ThrowParameterBindingException: NotSupportedException + ErrorDetails."""
    return CmdletError(ErrorRecord(
        "Specified method is not supported.", error_id, ErrorCategory.InvalidArgument,
        "System.NotSupportedException", details_message=message,
    ))  # fmt: skip


@dataclass(slots=True)
class PropSpec:
    """One -Property element: `expr` is a property name (maybe a wildcard) or a script block."""

    expr: str | ScriptBlockValue
    label: str | None = None
    entries: dict[str, Any] = field(default_factory=dict)
    is_wildcard: bool = field(init=False, default=False)

    def __post_init__(self) -> None:
        self.is_wildcard = isinstance(self.expr, str) and has_wildcard(self.expr)

    @property
    def is_script(self) -> bool:
        return not isinstance(self.expr, str)

    def display_name(self) -> str:
        if self.label is not None:
            return self.label
        return self.expr if isinstance(self.expr, str) else self.expr.text


def _kind_of(value: Any) -> str:
    if isinstance(value, bool):
        return "bool"
    if isinstance(value, int):
        return "int"
    if isinstance(value, str):
        return "str"
    if isinstance(value, ScriptBlockValue):
        return "block"
    return "other"


def _match_key(key: str, kind: str) -> str:
    table = KEYS[kind]
    folded = key.casefold()
    for name, (secondary, _) in table:
        if folded == name or folded in secondary:
            return name
    matches = [n for n, (sec, _) in table if any(c.startswith(folded) for c in (n, *sec))]
    if len(matches) > 1:
        raise key_error(
            f"The {key} key is ambiguous; {matches[0]} and {matches[1]} conflict.", "DictionaryKeyAmbiguous"
        )
    if not matches:
        raise key_error(f"The {key} key is not valid.", "DictionaryKeyIllegal")
    return matches[0]


def _from_hashtable(table: PSHashtable, kind: str) -> PropSpec:
    allowed = dict(KEYS[kind])
    found: dict[str, Any] = {}
    for key, value in table.items():
        if not isinstance(key, str):
            raise key_error(f"The {type(key).__name__} key type is not valid. The key must be a string.",
                            "DictionaryKeyNonString")  # fmt: skip
        name = _match_key(key, kind)
        if name in found:
            raise key_error(f'The duplicated key "{key}" conflicts with "{name}".', "DictionaryKeyDuplicate")
        if value is None:
            raise key_error(f"The {key} key has no value.", "DictionaryKeyMissingValue")
        kinds = allowed[name][1]
        actual = _kind_of(value)
        if actual not in kinds and not (actual == "int" and "bool" in kinds):
            raise key_error(
                _type_message(key, value, kinds),
                "DictionaryKeyIllegalValue" + ("1" if len(kinds) > 1 else "2"),
            )
        found[name] = value
    if "expression" not in found:
        raise key_error("A mandatory entry for expression is missing.", "DictionaryKeyMandatoryEntry")
    label = found.pop("name", None) or found.pop("label", None)
    return PropSpec(found.pop("expression"), label, found)


def _type_message(key: str, value: Any, kinds: tuple[str, ...]) -> str:
    from ._common import type_name_of

    actual = type_name_of(value)
    if len(kinds) > 1:
        return f'The "{key}" key has a type, {actual}, that is not valid; expected types are {{{", ".join(_DOTNET[k] for k in kinds)}}}.'
    return f'The "{key}" key has a type, {actual}, that is not valid; expected type is {_DOTNET[kinds[0]]}.'


def parse_specs(items: Iterable[Any] | Any, kind: str) -> list[PropSpec]:
    """The -Property argument (a single value or a list) as PropSpecs; raises PowerShell's errors."""
    if items is None:
        return []
    if not isinstance(items, list | tuple):
        items = [items]
    specs: list[PropSpec] = []
    for item in items:
        base = item.base if isinstance(item, PSObject) and item.base is not None else item
        if isinstance(base, PSHashtable):
            specs.append(_from_hashtable(base, kind))
        elif isinstance(base, ScriptBlockValue):
            specs.append(PropSpec(base))
        elif isinstance(base, str):
            specs.append(PropSpec(base))
        elif base is None:
            raise key_error(
                "The value of a parameter was null; one of the following types was expected: "
                "{System.String, System.Management.Automation.ScriptBlock}.", "DictionaryKeyUnknownType",
            )  # fmt: skip
        else:
            from ._common import to_string

            specs.append(PropSpec(to_string(base)))
    return specs


def script_value(ctx: Context, block: ScriptBlockValue, obj: Any, eat_errors: bool = False) -> Any:
    """Run a script block with $_ = obj: no output is $null, one value itself, more a list.
    eat_errors: the block runs as if inside try{} and a terminating error makes the value $null without
    being reported (5.1's calculated properties of Select-Object and ConvertTo-Html, which evaluate
    with eatExceptions: PowerShell issue 6271)."""
    if eat_errors:
        try:
            out = ctx.invoke(block, dollar_underscore=obj, guarded=True)
        except PwshError:
            return None
    else:
        out = ctx.invoke(block, dollar_underscore=obj)
    if not out:
        return None
    return out[0] if len(out) == 1 else list(out)


def matching_names(obj: Any, pattern: str) -> list[str]:
    regex = wildcard_regex(pattern)
    return [n for n in property_names(obj) if regex.match(n)]


def evaluate(ctx: Context, spec: PropSpec, obj: Any, eat_errors: bool = False) -> list[tuple[str, Any]]:
    """(name, value) pairs a spec yields for obj: wildcards expand in the object's property order
    (eat_errors: see script_value)."""
    if isinstance(spec.expr, str):
        if spec.is_wildcard:
            return [(spec.label or n, get_property(obj, n)) for n in matching_names(obj, spec.expr)]
        return [(spec.label or actual_name(obj, spec.expr), get_property(obj, spec.expr))]
    return [(spec.display_name(), script_value(ctx, spec.expr, obj, eat_errors))]


def actual_name(obj: Any, name: str) -> str:
    """The property's own spelling (`select NAME` shows `Name`), or the name as given when missing."""
    if isinstance(obj, PSObject) and obj.base is None:
        return obj.property_name(name) or name
    key = name.casefold()
    return next((n for n in property_names(obj) if n.casefold() == key), name)


def key_values(ctx: Context, specs: list[PropSpec], obj: Any) -> list[Any]:
    """One value per spec (wildcards expand to several) for Sort/Group/Compare; no specs: the object."""
    if not specs:
        return [obj]
    values: list[Any] = []
    for spec in specs:
        values.extend(v for _, v in evaluate(ctx, spec, obj))
    return values
