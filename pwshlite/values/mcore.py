"""Shared machinery of the .NET member surface: method tables, overload (argument count) checks and
.NET exceptions surfacing as PowerShell's MethodInvocationException.

Layer: values (imports only pwshlite.objects, pwshlite.errors and the standard library).

Public API (for the members_* and statics* modules):
    DotNetError(exception_short_name, message)      raise inside a method body for a .NET exception
    MethodTable                                      name -> (proper name, arg counts, function)
        .add(name, counts, fn) / .find(name) / .call(type_name, obj, name, args)
    arg_error(param, message) -> DotNetError        ArgumentException text with "Parameter name:"
    to_int_arg(value) / to_str_arg(value)            argument conversions as PowerShell does them
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from . import errs
from .convert import convert_to, to_string

Method = Callable[[Any, list[Any]], Any]


class DotNetError(Exception):
    """A .NET exception thrown by an emulated method (short type name and message)."""

    def __init__(self, exception: str, message: str) -> None:
        super().__init__(message)
        self.exception = exception
        self.message = message


def arg_error(param: str, message: str, exception: str = "ArgumentException") -> DotNetError:
    """An argument exception whose message ends with .NET Framework's `Parameter name: x` line."""
    return DotNetError(exception, f"{message}\nParameter name: {param}")


def out_of_range(param: str, message: str) -> DotNetError:
    return arg_error(param, message, "ArgumentOutOfRangeException")


class MethodTable:
    """Methods of one .NET type: case-insensitive names, accepted argument counts, implementations."""

    def __init__(self, type_name: str) -> None:
        self.type_name = type_name
        self._methods: dict[str, tuple[str, frozenset[int] | None, Method]] = {}
        self._params: dict[str, dict[int, tuple[tuple[str, str], ...]]] = {}

    def typed(self, name: str, *overloads: str) -> None:
        """Declare parameter names and types of a method's overloads, e.g. `"startIndex:int length:int"`;
        arguments are converted before the call and a failure gets PowerShell's
        `Cannot convert argument "x", with value: "v", for "M" to type "T": "..."` text."""
        table: dict[int, tuple[tuple[str, str], ...]] = {}
        for overload in overloads:
            specs = tuple(tuple(p.split(":", 1)) for p in overload.split())
            table[len(specs)] = specs  # type: ignore[assignment]
        self._params[name.casefold()] = table

    def add(self, name: str, counts: Iterable[int] | None, fn: Method) -> None:
        self._methods[name.casefold()] = (name, frozenset(counts) if counts is not None else None, fn)

    def method(self, name: str, *counts: int) -> Callable[[Method], Method]:
        """Decorator form of add(); no counts means any number of arguments."""

        def register(fn: Method) -> Method:
            self.add(name, counts if counts else None, fn)
            return fn

        return register

    def find(self, name: str) -> tuple[str, frozenset[int] | None, Method] | None:
        return self._methods.get(name.casefold())

    def names(self) -> list[str]:
        return [entry[0] for entry in self._methods.values()]

    def call(self, shown_type: str, obj: Any, name: str, args: list[Any]) -> Any:
        """Invoke, turning a wrong argument count and .NET exceptions into PowerShell's errors."""
        entry = self.find(name)
        if entry is None:
            raise errs.method_not_found(shown_type, name)
        proper, counts, fn = entry
        if counts is not None and len(args) not in counts:
            raise errs.overload_not_found(proper, len(args))
        specs = self._params.get(name.casefold(), {}).get(len(args))
        if specs:
            args = [_convert_argument(proper, spec, value) for spec, value in zip(specs, args, strict=True)]
        try:
            return fn(obj, args)
        except DotNetError as exc:
            raise errs.method_exception(proper, len(args), exc.message, exc.exception) from None
        except errs.PwshError as exc:
            if exc.record.error_id in (
                "MethodNotFound",
                "MethodCountCouldNotFindBest",
                "MethodArgumentConversionInvalidCastArgument",
            ):
                raise
            raise _argument_conversion(proper, len(args), exc) from None


def _convert_argument(method: str, spec: tuple[str, str], value: Any) -> Any:
    """ExtendedTypeSystem.MethodArgumentConversionException for a typed parameter."""
    param, type_name = spec
    try:
        return convert_to(value, type_name)
    except errs.PwshError as exc:
        from .typenames import resolve_type

        found = resolve_type(type_name)
        full = found.full_name if found is not None else type_name
        raise errs.error(
            f'Cannot convert argument "{param}", with value: "{to_string(value)}", for "{method}" to type '
            f'"{full}": "{exc.record.message}"',
            "MethodArgumentConversionInvalidCastArgument",
            errs.ErrorCategory.NotSpecified,
            errs.METHOD,
        ) from None


def _argument_conversion(name: str, count: int, exc: errs.PwshError) -> errs.PwshError:
    """A conversion failure of an argument: `Cannot convert argument "x", with value: ...` is the 5.1 text
    for typed parameters; pwshlite reports the inner conversion message in MethodInvocationException."""
    return errs.method_exception(name, count, exc.record.message, "PSInvalidCastException")


def to_int_arg(value: Any) -> int:
    """An Int32 argument converted as PowerShell converts method arguments."""
    result = convert_to(value, "int")
    return int(result)


def to_str_arg(value: Any) -> str:
    return to_string(value) if value is not None else ""


def as_list(value: Any) -> list[Any]:
    if isinstance(value, list):
        return list(value)
    return [value]
