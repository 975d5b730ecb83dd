"""Shared helpers of the Exchange cmdlets: parameter types, remote error records, -WhatIf texts, audit.

Layer: cmdlet code (imports pwshlite.cmdlet/objects/errors and the sibling data layer only; never
pwshlite.runtime or pwshlite.syntax). Parameter types carry the .NET names Exchange declares so help and
binding errors read as in the Exchange Management Shell; each accepts a string or a pipeline object.
"""

from __future__ import annotations

import uuid
import zlib
from collections.abc import Iterable, Iterator, Mapping
from datetime import datetime, timedelta
from typing import Any

from pwshlite.cmdlet import CmdletError, Context
from pwshlite.errors import ErrorCategory, ErrorRecord
from pwshlite.objects import PSHashtable, PSObject, SecureString
from pwshlite.values.convert import format_timespan  # TimeSpan.ToString(), re-exported

from ._params import IdParameter, Unlimited, _text
from .errors import invalid_value

SERVER = "EX01"
SERVER_FQDN = "ex01.contoso.com"


def id_text(value: Any) -> str | None:
    """Identity text of a bound identity parameter (IdParameter or a raw value), None when unbound."""
    if value is None:
        return None
    return value.key if isinstance(value, IdParameter) else IdParameter(value).key


def id_display(value: Any) -> str:
    """The identity as Exchange echoes it in messages (the typed text or the piped object's Identity)."""
    return value.text if isinstance(value, IdParameter) else _text(value)


def unlimited(value: Any) -> Unlimited | None:
    """Normalise a bound Unlimited parameter (converter output or raw binder value)."""
    return None if value is None else Unlimited.parse(value)


def result_size(value: Any, default: int = 1000) -> int | None:
    """-ResultSize: default 1000, None means Unlimited."""
    if value is None:
        return default
    return Unlimited.parse(value).as_int()


# -- multi-valued properties ---------------------------------------------------------------------------
def as_list(value: Any) -> list[str]:
    """A MultiValuedProperty argument as a list of strings (scalar, array or comma-free text)."""
    if value is None:
        return []
    if isinstance(value, PSObject) and value.base is not None:
        value = value.base
    if isinstance(value, (list, tuple)):
        return [_text(v) for v in value if v is not None]
    return [_text(value)]


def mvp_update(current: Iterable[str], value: Any) -> list[str]:
    """Set-* semantics: a plain value replaces; @{Add=..; Remove=..} edits the existing values."""
    if isinstance(value, PSHashtable):
        result = list(current)
        for key, item in value.items():
            op = str(key).casefold()
            items = as_list(item)
            if op == "add":
                result += [i for i in items if i.casefold() not in {r.casefold() for r in result}]
            elif op == "remove":
                gone = {i.casefold() for i in items}
                result = [r for r in result if r.casefold() not in gone]
            else:
                raise invalid_value(f"The key '{key}' isn't valid. Use Add or Remove.", value)  # chosen text
        return result
    return as_list(value)


def merge_multivalued(
    cmd: Any, changes: dict[str, Any], current: Mapping[str, Any], skip: Iterable[str] = ()
) -> None:
    """Set-* cmdlets: each bound setting whose stored value is a list becomes the new whole list
    (mvp_update: a plain value replaces it, @{Add=..; Remove=..} edits it). `skip`: settings the
    cmdlet updates its own way."""
    for key in list(changes):
        if key not in skip and isinstance(current.get(key), list):
            changes[key] = mvp_update(current.get(key) or [], getattr(cmd, key))


def plain_text(value: Any) -> str | None:
    """A PIN/password argument as text (String or SecureString)."""
    if value is None:
        return None
    if isinstance(value, SecureString):
        return value.reveal()
    return _text(value)


# -- error records in the EMS remote layout (exchange-objects.md 1.5) -------------------------------------
def remote_record(
    ctx: Context,
    message: str,
    exception: str,
    task_class: str,
    category: ErrorCategory = ErrorCategory.NotSpecified,
    target: Any = None,
    site: str | None = None,
    exception_type: str | None = None,
) -> ErrorRecord:
    """An ErrorRecord as Exchange's remote session returns it: message only, server diagnostic id
    `[Server=..,RequestId=..,TimeStamp=..] [FailureCategory=Cmdlet-<Exception>] <site>,<task class>`."""
    now = ctx.now()
    stamp = f"{now.month}/{now.day}/{now.year} {_clock(now)}"
    site = site or f"{zlib.crc32(f'{task_class}|{exception}'.encode()):08X}"
    error_id = f"[Server={SERVER},RequestId={uuid.uuid4()},TimeStamp={stamp}] [FailureCategory=Cmdlet-{exception}] {site}"
    shown = category.name if category in _SHOWN_CATEGORIES else "NotSpecified"
    record = ErrorRecord(
        message=message,
        error_id=error_id,
        category=category,
        exception_type=exception_type or exception,
        target_object=target,
        activity=ctx.command_name,
        fq_suffix=task_class,
        remote=True,
        category_text=f"{shown}: (:) [{ctx.command_name}], {exception}",
    )
    record.extra["PSComputerName"] = SERVER_FQDN
    record.extra["failure_category"] = f"Cmdlet-{exception}"
    return record


# Standard PowerShell categories are shown by name; Exchange-specific ones print NotSpecified (1.5).
_SHOWN_CATEGORIES = frozenset(
    {
        ErrorCategory.InvalidArgument,
        ErrorCategory.InvalidOperation,
        ErrorCategory.InvalidData,
        ErrorCategory.ObjectNotFound,
        ErrorCategory.WriteError,
        ErrorCategory.ReadError,
        ErrorCategory.PermissionDenied,
        ErrorCategory.SecurityError,
        ErrorCategory.OpenError,
    }
)


def _clock(now: datetime) -> str:
    hour = now.hour % 12 or 12
    return f"{hour}:{now.minute:02}:{now.second:02} {'AM' if now.hour < 12 else 'PM'}"


def record_from(ctx: Context, err: Any, task_class: str) -> ErrorRecord:
    """Turn a data-layer ExchangeError (message, exception, category, target, error_id) into a record."""
    category = getattr(err, "category", ErrorCategory.NotSpecified)
    if not isinstance(category, ErrorCategory):
        category = ErrorCategory.NotSpecified
    exception = getattr(err, "exception", None) or type(err).__name__
    return remote_record(
        ctx,
        str(getattr(err, "message", err)),
        exception,
        task_class,
        category,
        getattr(err, "target", None),
        site=getattr(err, "error_id", None),
        exception_type=getattr(err, "exception_type", None),
    )


def fail(ctx: Context, err: Any, task_class: str) -> CmdletError:
    """A terminating error carrying the remote record (raise the result)."""
    return CmdletError(record_from(ctx, err, task_class))


# -- ShouldProcess with Exchange's single confirmation message (exchange-objects.md 1.6) -----------------
def confirm(ctx: Context, message: str) -> bool:
    """ShouldProcess(message): Exchange passes one localized sentence, shown verbatim after 'What if: '
    and under the Confirm caption. Uses Context.should_process_message when the runtime offers it,
    else should_process(message, action='') (the runtime renders an empty action as the bare text)."""
    hook = getattr(ctx, "should_process_message", None)
    if callable(hook):
        return bool(hook(message))
    return ctx.should_process(message, "")


WHATIF = {
    "Set-UMMailboxPIN": 'Setting UM mailbox PIN "{0}".',
    "Enable-UMMailbox": 'Enabling UM mailbox "{0}" with UM mailbox policy "{1}".',
    "Disable-UMMailbox": 'The UM mailbox "{0}" is being disabled.',
    "Set-UMMailbox": 'Setting Unified Messaging mailbox "{0}".',
    "New-UMMailboxPolicy": 'UM mailbox policy "{0}" is being created and associated with UM dial plan "{1}".',
    "Set-UMMailboxPolicy": 'Setting UM mailbox policy "{0}".',
    "Remove-UMMailboxPolicy": 'Removing UM Mailbox Policy "{0}".',
    "New-UMDialPlan": 'Creating UM dial plan "{0}" with "{1}" digits in the extension.',
    "Set-UMDialPlan": 'Setting UM dial plan "{0}".',
    "Remove-UMDialPlan": "{0}",
    "New-UMIPGateway": 'Unified Messaging is creating UM IP gateway "{0}" with IP address {1}.',
    "Set-UMIPGateway": 'Setting UM IP Gateway "{0}".',
    "Remove-UMIPGateway": 'Removing UM IP Gateway "{0}".',
    "Enable-UMIPGateway": 'Enabling UM IP Gateway "{0}".',
    "Disable-UMIPGateway": "Are you sure that you want to disable this UM IP gateway?",
    "Disable-UMIPGateway-Immediate": (
        "Are you sure that you want to disable this UM IP gateway and disconnect all calls that are "
        "currently in process?"
    ),
    "New-UMHuntGroup": 'Creating UM hunt group "{0}", with pilot identifier "{1}", UM dial plan "{2}", and IP gateway "{3}".',
    "Remove-UMHuntGroup": 'Removing UM hunt group "{0}".',
    "New-UMAutoAttendant": 'Creating UM auto attendant "{0}" with pilot identifier list "{1}" and UM dial plan "{2}".',
    "Set-UMAutoAttendant": 'Setting UM auto attendant "{0}".',
    "Remove-UMAutoAttendant": 'Removing UM auto attendant "{0}".',
    "Enable-UMAutoAttendant": 'Enabling UM auto attendant "{0}".',
    "Disable-UMAutoAttendant": 'Disabling the UM auto attendant named "{0}".',
    "Test-UMConnectivity-TUI": (
        "The Test-UMConnectivity task is trying the Voice-over-IP connectivity and telephone user interface "
        "logon to the local Unified Messaging service."
    ),
    "Test-UMConnectivity-Local": "Testing local connectivity with the Microsoft Exchange Unified Messaging service on the Mailbox server.",
    "Test-UMConnectivity-EndToEnd": 'Testing UM Connectivity on IP Gateway "{0}", Phone "{1}".',
    "Test-UMConnectivity-ResetPIN": (
        "Running this cmdlet in the specified mode will reset the passwords and UM PINs for all the test "
        "mailboxes found in the current topology."
    ),
}


def whatif_text(cmdlet_name: str, *args: Any) -> str:
    """The confirmation message of an Exchange task; cmdlets without a known text use PowerShell's
    standard `Performing the operation ...` wording through should_process instead."""
    return WHATIF[cmdlet_name].format(*args)


# -- mailbox kinds ------------------------------------------------------------------------------------
_RESOURCE_SWITCHES = (("Room", "RoomMailbox"), ("Equipment", "EquipmentMailbox"), ("Shared", "SharedMailbox"))


def resource_kind(cmd: Any) -> str | None:
    """New-/Enable-Mailbox: the RecipientTypeDetails a -Room, -Equipment or -Shared switch asks for
    (the first one set, in that order); None without one."""
    for switch, kind in _RESOURCE_SWITCHES:
        if getattr(cmd, switch):
            return kind
    return None


# -- bound parameters ----------------------------------------------------------------------------------
NO_STORE = frozenset(
    {"Identity", "DomainController", "IgnoreDefaultScope", "Confirm", "WhatIf", "Force", "Credential"}
)


def bound_values(cmd: Any, ctx: Context, skip: Iterable[str] = ()) -> dict[str, Any]:
    """The bound (non-common) parameters of a cmdlet instance as {name: value}, Switches as bools."""
    skipped = {s.casefold() for s in (*NO_STORE, *skip)}
    out: dict[str, Any] = {}
    for name in cmd.info.parameter_order:
        if name in ctx.bound and name.casefold() not in skipped:
            value = getattr(cmd, name)
            info = cmd.info.parameter(name)
            if type(value).__name__ == "Switch":
                out[name] = bool(value)
            elif (
                info is not None
                and "MultiValuedProperty" in info.type_name
                and not isinstance(value, PSHashtable)
            ):
                out[name] = [normalise(v) for v in as_list(value)] if value is not None else []
            else:
                out[name] = normalise(value)
    return out


def normalise(value: Any) -> Any:
    """Parameter values as storable data (identities as text, Unlimited as 'Unlimited' or value)."""
    if isinstance(value, IdParameter):
        return value.text
    if isinstance(value, Unlimited):
        return "Unlimited" if value.is_unlimited else value.value
    if isinstance(value, SecureString):
        return value.reveal()
    if isinstance(value, timedelta):
        return format_timespan(value)
    if isinstance(value, PSObject) and value.base is not None:
        return normalise(value.base)
    if isinstance(value, (list, tuple)):
        return [normalise(v) for v in value]
    return value


def audit_parameters(cmd: Any, ctx: Context) -> dict[str, str]:
    """Parameters for the admin audit log: secret ones redacted, values as text."""
    out: dict[str, str] = {}
    bound = ctx.bound  # a property on the runtime context: read once
    for name in cmd.info.parameter_order:
        if name not in bound:
            continue
        info = cmd.info.parameter(name)
        value = getattr(cmd, name)
        if info is not None and info.secret:
            out[name] = "******"
        elif type(value).__name__ == "Switch":
            out[name] = "True" if value else "False"
        else:
            norm = normalise(value)
            out[name] = ",".join(map(str, norm)) if isinstance(norm, list) else _text(norm)
    return out


def take(items: Iterable[Any], limit: int | None) -> Iterator[Any]:
    """The first `limit` items (all when None)."""
    for i, item in enumerate(items):
        if limit is not None and i >= limit:
            return
        yield item


def more_results_warning(limit: int, explicit: bool) -> str:
    """Exchange's warning when -ResultSize cut the output short (default 1000 vs an explicit value)."""
    if explicit:
        return (
            "There are more results available than are currently displayed. To view them, increase the value "
            "for the ResultSize parameter."
        )
    return (
        f"By default, only the first {limit} items are returned. Use the ResultSize parameter to specify the "
        'number of items returned. To return all items, specify "-ResultSize Unlimited". Be aware that, '
        "depending on the actual number of items, returning all items can take a long time and consume a "
        "large amount of memory. Also, we don't recommend storing the results in a variable. Instead, pipe "
        "the results to another task or script to perform batch changes."
    )


def limited(ctx: Context, items: Iterable[Any], size: Any, default: int = 1000) -> Iterator[Any]:
    """Apply -ResultSize to a stream, warning (Exchange's text) when more items exist."""
    limit = result_size(size, default)
    for i, item in enumerate(items):
        if limit is not None and i >= limit:
            ctx.write_warning(more_results_warning(limit, "ResultSize" in ctx.bound))
            return
        yield item
