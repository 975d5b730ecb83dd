"""Argument coercion for the parameter binder: a bound value converted to the parameter's declared type.

Layer: binding. Imports cmdlet, objects, errors and (lazily) pwshlite.values; never runtime or syntax.
Cmdlet parameters are declared with Python annotations (str, int, list[str], Switch, converter classes
with a `parse` classmethod); script-function parameters carry a `ScriptType` (the type as written in
`[int]$x`). Both end in `convert_value`, which defers to pwshlite.values.convert when it is available.
"""

from __future__ import annotations

import typing
from decimal import Decimal
from typing import Any

from pwshlite.cmdlet import DOTNET_NAMES, ParameterInfo, Switch
from pwshlite.errors import PwshError
from pwshlite.objects import PSHashtable, PSObject, ScriptBlockValue, SecureString


class CoercionFailed(Exception):
    """A value could not be converted. `message` is the .NET conversion message
    (`Cannot convert value "abc" to type "System.Int32". Error: "Input string was not in a correct format."`)."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class ScriptType:
    """A parameter type written in script (`[int]`, `[string[]]`, `[System.IO.FileInfo]`)."""

    __slots__ = ("name", "dotnet_name", "element")

    def __init__(self, name: str, dotnet_name: str | None = None) -> None:
        self.name = name
        self.dotnet_name = dotnet_name or _dotnet_for_script_name(name)
        self.element: ScriptType | None = ScriptType(name[:-2]) if name.endswith("[]") else None

    @property
    def is_array(self) -> bool:
        return self.element is not None or self.name.casefold() in ("array", "system.array", "object[]")

    def __repr__(self) -> str:
        return f"ScriptType({self.name!r})"


_SCRIPT_NAMES = {
    "int": "System.Int32",
    "int32": "System.Int32",
    "long": "System.Int64",
    "int64": "System.Int64",
    "string": "System.String",
    "bool": "System.Boolean",
    "boolean": "System.Boolean",
    "double": "System.Double",
    "decimal": "System.Decimal",
    "datetime": "System.DateTime",
    "timespan": "System.TimeSpan",
    "char": "System.Char",
    "byte": "System.Byte",
    "hashtable": "System.Collections.Hashtable",
    "object": "System.Object",
    "psobject": "System.Management.Automation.PSObject",
    "pscustomobject": "System.Management.Automation.PSObject",
    "scriptblock": "System.Management.Automation.ScriptBlock",
    "switch": "System.Management.Automation.SwitchParameter",
    "securestring": "System.Security.SecureString",
    "guid": "System.Guid",
    "array": "System.Object[]",
    "pscredential": "System.Management.Automation.PSCredential",
    "regex": "System.Text.RegularExpressions.Regex",
    "version": "System.Version",
}


def _dotnet_for_script_name(name: str) -> str:
    if name.endswith("[]"):
        return _dotnet_for_script_name(name[:-2]) + "[]"
    short = name.casefold()
    if short.startswith("system."):
        return name
    return _SCRIPT_NAMES.get(short, name)


# -- conversion through the values layer --------------------------------------------------------------


def _values_convert(value: Any, dotnet: str) -> Any:
    """Convert with pwshlite.values.convert.convert_to; raises CoercionFailed with its message."""
    from pwshlite.values import convert

    try:
        return convert.convert_to(value, dotnet)
    except PwshError as exc:
        raise CoercionFailed(exc.record.message) from None
    except (ValueError, TypeError, OverflowError) as exc:
        raise CoercionFailed(_cannot_convert(value, dotnet, str(exc))) from None


def _cannot_convert(value: Any, dotnet: str, inner: str) -> str:
    return f'Cannot convert value "{_text(value)}" to type "{dotnet}". Error: "{inner}"'


def _text(value: Any) -> str:
    from pwshlite.values.convert import to_string

    return str(to_string(value))


# -- parameter coercion ------------------------------------------------------------------------------------


def param_dotnet(param: ParameterInfo) -> str:
    return param.type_name


def is_exact(value: Any, annotation: Any) -> bool:
    """True when `value` already has the declared type (PowerShell's no-coercion binding pass)."""
    if annotation is object or annotation is Any or annotation is None:
        return True
    if isinstance(annotation, ScriptType):
        return _script_exact(value, annotation)
    origin = typing.get_origin(annotation)
    if origin in (list, tuple):
        return isinstance(value, list)
    if annotation is int:
        return isinstance(value, int) and not isinstance(value, bool)
    if annotation is ScriptBlockValue:
        return isinstance(value, ScriptBlockValue)
    if isinstance(annotation, type):
        return isinstance(value, annotation)
    return False


def _script_exact(value: Any, st: ScriptType) -> bool:
    name = st.dotnet_name
    if name == "System.Object":
        return True
    if name == "System.String":
        return isinstance(value, str)
    if name in ("System.Int32", "System.Int64"):
        return isinstance(value, int) and not isinstance(value, bool)
    if name == "System.Management.Automation.ScriptBlock":
        return isinstance(value, ScriptBlockValue)
    if name == "System.Collections.Hashtable":
        return isinstance(value, PSHashtable)
    if name == "System.Boolean":
        return isinstance(value, bool)
    if st.is_array:
        return isinstance(value, list)
    return False


def coerce(value: Any, param: ParameterInfo) -> Any:
    """Convert `value` for `param`, unrolling into an array when the parameter is an array."""
    annotation = param.annotation
    if param.is_switch:
        return _to_switch(value)
    if param.is_array:
        items = value if isinstance(value, list) else [value]
        element = param.element_type
        if isinstance(annotation, ScriptType) and annotation.element is not None:
            element = annotation.element
        return [coerce_scalar(v, element, _element_dotnet(param)) for v in items]
    return coerce_scalar(value, annotation, param.type_name)


def _element_dotnet(param: ParameterInfo) -> str:
    name = param.type_name
    return name[:-2] if name.endswith("[]") else "System.Object"


def _to_switch(value: Any) -> Switch:
    if isinstance(value, Switch):
        return value
    if isinstance(value, list) and len(value) == 1:
        value = value[0]
    if isinstance(value, bool) or value is None or isinstance(value, int | float):
        return Switch(bool(value))
    raise CoercionFailed(
        f'Cannot convert value "{_text(value)}" to type "System.Management.Automation.SwitchParameter". Error: '
        '"Boolean parameters accept only Boolean values and numbers, such as $True, $False, 1 or 0."'
    )


def coerce_scalar(value: Any, annotation: Any, dotnet: str) -> Any:
    """Convert one value to a scalar annotation (a Python type, a ScriptType or a converter class)."""
    if annotation is None or annotation is object or annotation is Any:
        return value
    if isinstance(annotation, ScriptType):
        return _coerce_script(value, annotation)
    if annotation is bool:
        return _to_bool_parameter(value)
    if annotation is ScriptBlockValue:
        if isinstance(value, ScriptBlockValue):
            return value
        raise CoercionFailed(
            f'Cannot convert the "{_text(value)}" value of type "{_short_type(value)}" to type '
            '"System.Management.Automation.ScriptBlock".'
        )
    if annotation in (PSObject, PSHashtable, SecureString) and isinstance(value, annotation):
        return value
    if annotation in DOTNET_NAMES:
        return _values_convert(value, DOTNET_NAMES[annotation])
    if isinstance(annotation, type) and isinstance(value, annotation):
        return value
    parse = getattr(annotation, "parse", None)
    if callable(parse):
        try:
            return parse(value)
        except (ValueError, TypeError) as exc:
            raise CoercionFailed(_cannot_convert(value, dotnet, str(exc))) from None
    return value


def _coerce_script(value: Any, st: ScriptType) -> Any:
    name = st.dotnet_name
    if name == "System.Boolean":
        return _to_bool_parameter(value)
    if name == "System.Management.Automation.SwitchParameter":
        return _to_switch(value)
    if name == "System.Object":
        return value
    if name == "System.Management.Automation.ScriptBlock":
        return coerce_scalar(value, ScriptBlockValue, name)
    return _values_convert(value, name)


def _to_bool_parameter(value: Any) -> bool:
    """[bool] parameters take $true/$false and numbers only (ParameterBinderBase's boolean rule)."""
    if isinstance(value, Switch):
        return value.is_present
    if isinstance(value, bool):
        return value
    if isinstance(value, int | float | Decimal):
        return value != 0
    raise CoercionFailed(
        f'Cannot convert value "{_short_type(value, full=True)}" to type "System.Boolean". Boolean parameters accept '
        "only Boolean values and numbers, such as $True, $False, 1 or 0."
    )


def _short_type(value: Any, full: bool = False) -> str:
    from pwshlite.values.convert import type_name_of

    return str(type_name_of(value))


__all__ = [
    "CoercionFailed",
    "ScriptType",
    "coerce",
    "coerce_scalar",
    "is_exact",
]
