"""New-Object: creates an instance of a .NET type (the common types pwshlite emulates) or a PSObject."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from pwshlite.cmdlet import Cmdlet, CmdletError, Context, Example, Parameter, Switch, cmdlet
from pwshlite.errors import ErrorCategory
from pwshlite.objects import PSHashtable, PSObject, SecureString

from . import _secure
from ._common import as_list, terminate, to_string
from ._stringbuilder import StringBuilderValue


def _norm(name: str) -> str:
    text = name.strip()
    if text.startswith("[") and text.endswith("]"):
        text = text[1:-1].strip()
    return text.casefold().removeprefix("system.")


def _resolve(name: str) -> Any:
    try:
        from pwshlite.values.typenames import resolve_type

        return resolve_type(name)
    except ImportError:
        return None


@cmdlet("New-Object", default_set="Net")
class NewObject(Cmdlet):
    """Creates an instance of a .NET type (PSObject, collections, PSCredential, StringBuilder, DateTime...)."""

    TypeName: str = Parameter(position=0, mandatory=("Net",), sets=("Net",))
    ComObject: str = Parameter(position=0, mandatory=("Com",), sets=("Com",))
    ArgumentList: list[Any] | None = Parameter(position=1, sets=("Net",), aliases=("Args",))
    Property: PSHashtable | None = Parameter()
    Strict: Switch = Parameter(sets=("Com",))

    examples = (
        Example("New-Object -TypeName PSObject -Property @{Name='Tony'; Extension=4200}", "A custom object"),
        Example(
            "$list = New-Object System.Collections.ArrayList; [void]$list.Add('a'); $list.Count",
            "A growable list",
        ),
        Example(
            "$pw = ConvertTo-SecureString 'P@ssw0rd' -AsPlainText -Force; "
            "New-Object System.Management.Automation.PSCredential ('CONTOSO\\admin', $pw)",
            "A credential object",
        ),
    )

    def process(self, ctx: Context) -> list[Any]:
        if ctx.parameter_set == "Com" or "ComObject" in ctx.bound:
            raise terminate(
                ctx, f"Retrieving the COM class factory for component with CLSID {{{self.ComObject}}} failed.",
                "NoCOMClassIdentified", ErrorCategory.ResourceUnavailable, None, "System.Runtime.InteropServices.COMException",
            )  # fmt: skip
        args = as_list(self.ArgumentList)
        value = self._construct(ctx, self.TypeName, args)
        if self.Property is not None:
            value = self._apply(value)
        return [value]

    def _construct(self, ctx: Context, name: str, args: list[Any]) -> Any:
        key = _norm(name)
        builder = _BUILDERS.get(key)
        if builder is not None:
            try:
                return builder(args)
            except (TypeError, ValueError, IndexError):
                raise self._no_overload(ctx, name, args) from None
        if key.startswith("collections.generic.list"):
            return self._generic_list(ctx, name, args)
        if key.startswith(("collections.generic.dictionary", "collections.generic.sorteddictionary")):
            return PSHashtable()  # keyed lookups and Add/ContainsKey behave alike for admin scripts
        resolved = _resolve(name)
        if resolved is None:
            raise terminate(
                ctx, f"Cannot find type [{name}]: verify that the assembly containing this type is loaded.",
                "TypeNotFound", ErrorCategory.InvalidType, None, "System.Management.Automation.PSArgumentException",
            )  # fmt: skip
        if str(resolved).endswith("Exception"):
            return _exception(str(resolved), args)
        raise self._no_overload(ctx, str(resolved).rsplit(".", 1)[-1], args)

    def _generic_list(self, ctx: Context, name: str, args: list[Any]) -> Any:
        from pwshlite.values.types import GenericList

        resolved = _resolve(name)
        if resolved is None or not resolved.args:
            raise terminate(
                ctx, f"Cannot find type [{name}]: verify that the assembly containing this type is loaded.",
                "TypeNotFound", ErrorCategory.InvalidType, None, "System.Management.Automation.PSArgumentException",
            )  # fmt: skip
        items = args[0] if args and isinstance(args[0], list) else []
        return GenericList(items, resolved.args[0])

    def _no_overload(self, ctx: Context, name: str, args: list[Any]) -> CmdletError:
        short = name.strip("[]").rsplit(".", 1)[-1]
        return terminate(
            ctx, f'Cannot find an overload for "{short}" and the argument count: "{len(args)}".',
            "ConstructorInvokedThrowException", ErrorCategory.InvalidOperation, None,
            "System.Management.Automation.MethodException",
        )  # fmt: skip

    def _apply(self, value: Any) -> Any:
        assert self.Property is not None
        target = value if isinstance(value, PSObject) else PSObject((), ("System.Object",), value)
        for key, item in self.Property.items():
            target.set(to_string(key), item)
        return target


def _psobject(args: list[Any]) -> PSObject:
    if args:
        raise TypeError("PSObject takes no arguments here")
    return PSObject()


def _arraylist(args: list[Any]) -> Any:
    from pwshlite.values.types import ArrayList

    if len(args) > 1:
        raise TypeError("too many arguments")
    return ArrayList(args[0] if args and isinstance(args[0], list) else [])


def _hashtable(args: list[Any]) -> PSHashtable:
    if args and isinstance(args[0], PSHashtable):
        return args[0].copy()
    return PSHashtable()


def _ordered(args: list[Any]) -> PSHashtable:
    return PSHashtable(ordered=True)


def _credential(args: list[Any]) -> PSObject:
    if len(args) != 2 or not isinstance(args[1], SecureString):
        raise TypeError("PSCredential(string, SecureString)")
    return _secure.credential(to_string(args[0]), args[1])


def _network_credential(args: list[Any]) -> PSObject:
    user = to_string(args[0]) if args else ""
    password = args[1] if len(args) > 1 else ""
    secure = password if isinstance(password, SecureString) else SecureString(to_string(password))
    if len(args) > 2:
        user = f"{to_string(args[2])}\\{user}"
    return _secure.network_credential(user, secure)


def _datetime(args: list[Any]) -> datetime:
    if not args:
        return datetime(1, 1, 1)
    if len(args) == 1:
        from pwshlite.values.parsing import ticks_to_timedelta

        return datetime(1, 1, 1) + ticks_to_timedelta(int(args[0]))
    parts = [int(a) for a in args] + [0] * (7 - len(args))
    year, month, day, hour, minute, second, millisecond = parts[:7]
    return datetime(year, month, day, hour, minute, second, millisecond * 1000)


def _string(args: list[Any]) -> str:
    if len(args) == 2:
        return to_string(args[0]) * int(args[1])
    if len(args) == 1 and isinstance(args[0], list):
        return "".join(to_string(c) for c in args[0])
    raise TypeError("string overloads")


def _securestring(args: list[Any]) -> SecureString:
    if args:
        raise TypeError("no arguments")
    return SecureString("")


def _guid(args: list[Any]) -> Any:
    from pwshlite.values.types import Guid

    return Guid(to_string(args[0])) if args else Guid()


def _exception(full_name: str, args: list[Any]) -> PSObject:
    message = to_string(args[0]) if args else f"Exception of type '{full_name}' was thrown."
    try:
        from pwshlite.values.types import type_chain

        names = type_chain(full_name)
    except ImportError:
        names = [full_name, "System.Exception", "System.Object"]
    return PSObject([("Message", message), ("InnerException", args[1] if len(args) > 1 else None)], names)


def _object(args: list[Any]) -> PSObject:
    if args:
        raise TypeError("no arguments")
    return PSObject((), ("System.Object",))


_BUILDERS = {
    "psobject": _psobject,
    "management.automation.psobject": _psobject,
    "pscustomobject": _psobject,
    "management.automation.pscustomobject": _psobject,
    "object": _object,
    "collections.arraylist": _arraylist,
    "collections.hashtable": _hashtable,
    "hashtable": _hashtable,
    "collections.specialized.ordereddictionary": _ordered,
    "management.automation.pscredential": _credential,
    "pscredential": _credential,
    "net.networkcredential": _network_credential,
    "text.stringbuilder": lambda args: StringBuilderValue(to_string(args[0]) if args else ""),
    "datetime": _datetime,
    "string": _string,
    "security.securestring": _securestring,
    "securestring": _securestring,
    "guid": _guid,
}
