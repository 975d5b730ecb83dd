"""Exchange parameter types: the *IdParameter identity types and Unlimited<T>, with Exchange's .NET names.

Layer: cmdlet code (pwshlite.objects only). Each type has a `parse` classmethod the binder uses as the
converter (binding/coerce.py); an identity accepts a string or a pipeline object (its Guid/Identity),
as Exchange's IdParameter constructors do.
"""

from __future__ import annotations

import re
from datetime import timedelta
from typing import Any

from pwshlite.objects import PSObject

TASKS = "Microsoft.Exchange.Configuration.Tasks"


# -- identity parameters -------------------------------------------------------------------------------
class IdParameter:
    """An Exchange *IdParameter: the identity as typed, or the object piped in (its Guid/Identity)."""

    dotnet_name = f"{TASKS}.IdParameter"
    __slots__ = ("raw", "text", "guid", "obj")

    def __init__(self, value: Any) -> None:
        self.raw: Any = value
        self.obj: PSObject | None = None
        self.guid: str | None = None
        self.text: str = ""
        if isinstance(value, IdParameter):
            self.raw, self.text, self.guid, self.obj = value.raw, value.text, value.guid, value.obj
        elif isinstance(value, PSObject):
            self.obj = value
            self.guid = _text(value.get("Guid")) or None
            ident = value.get("Identity")
            self.text = _text(ident if ident is not None else value.get("Name"))
        else:
            self.text = _text(value)

    @classmethod
    def parse(cls, value: Any) -> IdParameter:
        """The binder's converter: any value becomes this identity type (Exchange's IdParameter ctor)."""
        if value is None or (isinstance(value, str) and not value.strip()):
            raise ValueError("Cannot bind argument because it is an empty string.")
        return cls(value)

    @property
    def key(self) -> str:
        """What the store resolves: the piped object's GUID when there is one, else the text."""
        return self.guid or self.text

    def __str__(self) -> str:
        return self.text

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.text!r})"


class MailboxIdParameter(IdParameter):
    dotnet_name = f"{TASKS}.MailboxIdParameter"
    __slots__ = ()


class MailboxPolicyIdParameter(IdParameter):
    dotnet_name = f"{TASKS}.MailboxPolicyIdParameter"
    __slots__ = ()


class UMDialPlanIdParameter(IdParameter):
    dotnet_name = f"{TASKS}.UMDialPlanIdParameter"
    __slots__ = ()


class UMIPGatewayIdParameter(IdParameter):
    dotnet_name = f"{TASKS}.UMIPGatewayIdParameter"
    __slots__ = ()


class UMHuntGroupIdParameter(IdParameter):
    dotnet_name = f"{TASKS}.UMHuntGroupIdParameter"
    __slots__ = ()


class UMAutoAttendantIdParameter(IdParameter):
    dotnet_name = f"{TASKS}.UMAutoAttendantIdParameter"
    __slots__ = ()


class UMCallAnsweringRuleIdParameter(IdParameter):
    dotnet_name = f"{TASKS}.UMCallAnsweringRuleIdParameter"
    __slots__ = ()


class UMServerIdParameter(IdParameter):
    dotnet_name = f"{TASKS}.UMServerIdParameter"
    __slots__ = ()


class RecipientIdParameter(IdParameter):
    dotnet_name = f"{TASKS}.RecipientIdParameter"
    __slots__ = ()


class UserIdParameter(IdParameter):
    dotnet_name = f"{TASKS}.UserIdParameter"
    __slots__ = ()


class RoleGroupIdParameter(IdParameter):
    dotnet_name = f"{TASKS}.RoleGroupIdParameter"
    __slots__ = ()


class DatabaseIdParameter(IdParameter):
    dotnet_name = f"{TASKS}.DatabaseIdParameter"
    __slots__ = ()


class ServerIdParameter(IdParameter):
    dotnet_name = f"{TASKS}.ServerIdParameter"
    __slots__ = ()


class OrganizationalUnitIdParameter(IdParameter):
    dotnet_name = f"{TASKS}.OrganizationalUnitIdParameter"
    __slots__ = ()


class AcceptedDomainIdParameter(IdParameter):
    dotnet_name = f"{TASKS}.AcceptedDomainIdParameter"
    __slots__ = ()


class AddressBookMailboxPolicyIdParameter(IdParameter):
    dotnet_name = f"{TASKS}.AddressBookMailboxPolicyIdParameter"
    __slots__ = ()


class AddressListIdParameter(IdParameter):
    dotnet_name = f"{TASKS}.AddressListIdParameter"
    __slots__ = ()


class AdministrativeUnitIdParameter(IdParameter):
    dotnet_name = f"{TASKS}.AdministrativeUnitIdParameter"
    __slots__ = ()


class DataEncryptionPolicyIdParameter(IdParameter):
    dotnet_name = f"{TASKS}.DataEncryptionPolicyIdParameter"
    __slots__ = ()


class GeneralMailboxOrMailUserIdParameter(IdParameter):
    dotnet_name = f"{TASKS}.GeneralMailboxOrMailUserIdParameter"
    __slots__ = ()


class GeneralRecipientIdParameter(IdParameter):
    dotnet_name = f"{TASKS}.GeneralRecipientIdParameter"
    __slots__ = ()


class GroupIdParameter(IdParameter):
    dotnet_name = f"{TASKS}.GroupIdParameter"
    __slots__ = ()


class MailboxPlanIdParameter(IdParameter):
    dotnet_name = f"{TASKS}.MailboxPlanIdParameter"
    __slots__ = ()


class ManagementScopeIdParameter(IdParameter):
    dotnet_name = f"{TASKS}.ManagementScopeIdParameter"
    __slots__ = ()


class OfflineAddressBookIdParameter(IdParameter):
    dotnet_name = f"{TASKS}.OfflineAddressBookIdParameter"
    __slots__ = ()


class RemovedMailboxIdParameter(IdParameter):
    dotnet_name = f"{TASKS}.RemovedMailboxIdParameter"
    __slots__ = ()


class RoleAssigneeIdParameter(IdParameter):
    dotnet_name = f"{TASKS}.RoleAssigneeIdParameter"
    __slots__ = ()


class RoleAssignmentIdParameter(IdParameter):
    dotnet_name = f"{TASKS}.RoleAssignmentIdParameter"
    __slots__ = ()


class RoleGroupMemberIdParameter(IdParameter):
    dotnet_name = f"{TASKS}.RoleGroupMemberIdParameter"
    __slots__ = ()


class RoleIdParameter(IdParameter):
    dotnet_name = f"{TASKS}.RoleIdParameter"
    __slots__ = ()


class SecurityPrincipalIdParameter(IdParameter):
    dotnet_name = f"{TASKS}.SecurityPrincipalIdParameter"
    __slots__ = ()


class SharingPolicyIdParameter(IdParameter):
    dotnet_name = f"{TASKS}.SharingPolicyIdParameter"
    __slots__ = ()


class StoreMailboxIdParameter(IdParameter):
    dotnet_name = f"{TASKS}.StoreMailboxIdParameter"
    __slots__ = ()


class ThrottlingPolicyIdParameter(IdParameter):
    dotnet_name = f"{TASKS}.ThrottlingPolicyIdParameter"
    __slots__ = ()


class UserContactIdParameter(IdParameter):
    dotnet_name = f"{TASKS}.UserContactIdParameter"
    __slots__ = ()


# -- Unlimited<T> ----------------------------------------------------------------------------------------
class Unlimited:
    """Microsoft.Exchange.Data.Unlimited`1: a value or the literal Unlimited."""

    dotnet_name = "Microsoft.Exchange.Data.Unlimited`1"
    __slots__ = ("value",)

    def __init__(self, value: Any = None) -> None:
        self.value = value

    @property
    def is_unlimited(self) -> bool:
        return self.value is None

    @classmethod
    def parse(cls, value: Any) -> Unlimited:
        """'Unlimited' (any case) or a value; an Unlimited passes through."""
        if isinstance(value, Unlimited):
            return value
        if isinstance(value, PSObject) and value.base is not None:
            value = value.base
        if isinstance(value, str) and value.strip().casefold() == "unlimited":
            return cls(None)
        if value is None:
            raise ValueError("Cannot convert null to type Unlimited.")
        return cls(value)

    def as_int(self) -> int | None:
        """The numeric value (None for Unlimited); raises ValueError for non-numbers."""
        if self.value is None:
            return None
        if isinstance(self.value, bool):
            raise ValueError(str(self.value))
        if isinstance(self.value, int):
            return self.value
        if isinstance(self.value, float) and self.value.is_integer():
            return int(self.value)
        text = str(self.value).strip()
        if not re.fullmatch(r"[+-]?\d+", text):
            raise ValueError(text)
        return int(text)

    def as_timespan(self) -> timedelta | None:
        """EnhancedTimeSpan rules: a bare number is days; d.hh:mm:ss and hh:mm:ss forms."""
        if self.value is None:
            return None
        if isinstance(self.value, timedelta):
            return self.value
        return parse_timespan(str(self.value))

    def __str__(self) -> str:
        return "Unlimited" if self.value is None else str(self.value)

    def __repr__(self) -> str:
        return f"Unlimited({self.value!r})"


def _text(value: Any) -> str:
    if value is None:
        return ""
    return value if isinstance(value, str) else str(value)


def parse_timespan(text: str) -> timedelta:
    """[TimeSpan]::Parse: '60' = 60 days, '1.02:03:04', '02:03', '02:03:04.5'."""
    t = text.strip()
    m = re.fullmatch(r"(-)?(?:(\d+)\.)?(\d+):(\d+)(?::(\d+)(?:\.(\d+))?)?", t)
    if m:
        sign, d, h, mi, s, frac = m.groups()
        span = timedelta(
            days=int(d or 0), hours=int(h), minutes=int(mi), seconds=int(s or 0), microseconds=_frac(frac)
        )
        return -span if sign else span
    if re.fullmatch(r"-?\d+", t):
        return timedelta(days=int(t))
    raise ValueError(f'String "{text}" was not recognized as a valid TimeSpan.')


def _frac(frac: str | None) -> int:
    return int((frac or "0")[:6].ljust(6, "0"))
