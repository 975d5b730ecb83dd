"""Exchange errors: ExchangeError and the catalogue of Exchange 2013/2016 message texts it carries.

Layer: cmdlets.exchange_um data layer; imports only pwshlite.errors. Every store, identity and PIN
function raises ExchangeError with Exchange's exact text (exchange-objects.md §3); the cmdlet layer
turns it into an EMS-style ErrorRecord with `to_record`. Texts marked "chosen" in a comment are ours
(recorded in docs/exchange-emulation.md) because no Exchange source for them was found.
"""

from __future__ import annotations

import zlib
from typing import Any

from pwshlite.errors import ErrorCategory as ErrorCategory
from pwshlite.errors import ErrorRecord

DEFAULT_DC = "DC01.contoso.com"

_NS = {
    "ManagementObjectNotFoundException": "Microsoft.Exchange.Configuration.Tasks",
    "ManagementObjectAmbiguousException": "Microsoft.Exchange.Configuration.Tasks",
    "RecipientTaskException": "Microsoft.Exchange.Management.Tasks",
    "TaskInvalidOperationException": "Microsoft.Exchange.Configuration.Tasks",
    "DataValidationException": "Microsoft.Exchange.Data",
    "ADObjectAlreadyExistsException": "Microsoft.Exchange.Data.Directory",
}


class ExchangeError(Exception):
    """An Exchange task error: message (exact Exchange text), error_id (the 8-hex-digit site code of
    the EMS FullyQualifiedErrorId), category, exception short name and target object."""

    def __init__(
        self,
        message: str,
        exception: str = "LocalizedException",
        category: ErrorCategory = ErrorCategory.NotSpecified,
        target: Any = None,
        error_id: str | None = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.exception = exception
        self.category = category
        self.target = target
        self.error_id = error_id or f"{zlib.crc32(exception.encode()):08X}"

    @property
    def exception_type(self) -> str:
        """Full .NET name of the exception (namespace chosen where unknown)."""
        ns = _NS.get(self.exception, "Microsoft.Exchange.Management.Tasks.UM")
        return f"{ns}.{self.exception}"

    @property
    def failure_category(self) -> str:
        """The `[FailureCategory=...]` value of the EMS FullyQualifiedErrorId."""
        return f"Cmdlet-{self.exception}"

    def to_record(self, activity: str, task_class: str) -> ErrorRecord:
        """An ErrorRecord in the EMS remote layout (exchange-objects.md §1.5). `activity` is the
        cmdlet's declared name, `task_class` its task class full name; the runtime/format layer adds
        the `[Server=...,RequestId=...,TimeStamp=...]` prefix from `extra['failure_category']`."""
        return ErrorRecord(
            message=self.message,
            error_id=self.error_id,
            category=self.category,
            exception_type=self.exception_type,
            target_object=self.target,
            activity=activity,
            fq_suffix=task_class,
            remote=True,
            extra={"failure_category": self.failure_category},
        )

    def __repr__(self) -> str:
        return f"ExchangeError({self.message!r}, {self.exception!r})"


# --- identities -----------------------------------------------------------------------------------


def not_found(identity: str, dc: str | None = DEFAULT_DC) -> ExchangeError:
    """Any identity that does not resolve (with or without the DC in the text)."""
    if dc:
        text = f"The operation couldn't be performed because object '{identity}' couldn't be found on '{dc}'."
    else:
        text = f"The operation couldn't be performed because '{identity}' couldn't be found."
    return ExchangeError(text, "ManagementObjectNotFoundException", target=identity, error_id="8CB0F6F7")


def ambiguous(identity: str) -> ExchangeError:
    """An identity that matches more than one object."""
    text = f"The operation couldn't be performed because '{identity}' matches multiple entries."
    return ExchangeError(text, "ManagementObjectAmbiguousException", target=identity, error_id="E9A2B8C1")


def already_exists(name: str, dn: str, dc: str = DEFAULT_DC) -> ExchangeError:
    """Creating an object whose DN is taken (Active Directory's duplicate-object error)."""
    text = f"Active Directory operation failed on {dc}. The object '{dn}' already exists."
    return ExchangeError(text, "ADObjectAlreadyExistsException", ErrorCategory.NotSpecified, name)


def proxy_in_use(address: str, owner: str) -> ExchangeError:
    """An email address already used by another recipient."""
    text = (
        f'The proxy address "{address}" is already being used by the proxy addresses or LegacyExchangeDN of '
        f'"{owner}". Please choose another proxy address.'
    )
    return ExchangeError(text, "ProxyAddressExistsException", ErrorCategory.InvalidArgument, address)


def invalid_value(text: str, target: Any = None) -> ExchangeError:
    """A value that fails Exchange's data validation (range, length, format)."""
    return ExchangeError(text, "DataValidationException", ErrorCategory.InvalidArgument, target)


# --- UM mailboxes ---------------------------------------------------------------------------------


def not_um_enabled_pin(smtp: str) -> ExchangeError:
    """Set-UMMailboxPIN on a user that is not UM-enabled."""
    text = f"User {smtp} isn't enabled for Unified Messaging."
    return ExchangeError(text, "UserNotUmEnabledException", ErrorCategory.InvalidArgument, smtp)


def not_valid_um_user(smtp: str) -> ExchangeError:
    """Get-UMMailboxPIN on a user that is not a valid UM subscriber."""
    text = (
        f"The user '{smtp}' isn't UM-enabled, or is UM-enabled and has a mailbox whose version isn't "
        "supported by this Mailbox server."
    )
    return ExchangeError(text, "LocalizedException", ErrorCategory.InvalidArgument, smtp)


def mailbox_not_um_enabled(identity: str) -> ExchangeError:
    """Set-UMMailbox on a mailbox that is not UM-enabled."""
    text = f'The mailbox "{identity}" isn\'t enabled for Unified Messaging.'
    return ExchangeError(text, "RecipientTaskException", ErrorCategory.InvalidOperation, identity)


def already_um_enabled(identity: str) -> ExchangeError:
    return ExchangeError(
        f"User {identity} is already enabled for Unified Messaging.",
        "UserAlreadyUmEnabledException",
        ErrorCategory.InvalidOperation,
        identity,
    )


def already_um_disabled(identity: str) -> ExchangeError:
    return ExchangeError(
        f"User {identity} is already disabled for Unified Messaging.",
        "UserAlreadyUmDisabledException",
        ErrorCategory.InvalidOperation,
        identity,
    )


def extension_in_use(ext: str, dial_plan: str) -> ExchangeError:
    text = f"Extension {ext} is already assigned to another user on dial plan {dial_plan} or on an equivalent dial plan."
    return ExchangeError(text, "ExtensionNotUniqueException", ErrorCategory.InvalidArgument, ext)


def extension_is_pilot(ext: str, dial_plan: str) -> ExchangeError:
    text = (
        f"Extension {ext} is already assigned as a pilot number to dial plan {dial_plan} or to one of its "
        "auto attendants."
    )
    return ExchangeError(text, "ExtensionNotUniqueException", ErrorCategory.InvalidArgument, ext)


def bad_extension(value: str, digits: int) -> ExchangeError:
    text = f"{value} is not a valid extension or phone number. It should be a number composed of {digits} digits."
    return ExchangeError(text, "InvalidExtensionException", ErrorCategory.InvalidArgument, value)


def no_extension() -> ExchangeError:
    text = (
        "An extension number can't be generated for the user. To configure an extension number, use the "
        "-Extensions parameter with one or more valid extension numbers."
    )
    return ExchangeError(text, "UMRecipientValidationException", ErrorCategory.InvalidArgument)


def clear_extensions() -> ExchangeError:
    return ExchangeError(
        "Cannot set extensions to null for a UM enabled user",
        "RecipientTaskException",
        ErrorCategory.InvalidArgument,
    )


def no_valid_policy(identity: str) -> ExchangeError:
    text = f"User '{identity}' does not have a valid UM mailbox policy."
    return ExchangeError(text, "RecipientTaskException", ErrorCategory.InvalidOperation, identity)


def sip_required(dial_plan: str) -> ExchangeError:
    """SIP URI/E.164 dial plan without -SIPResourceIdentifier (text chosen)."""
    text = (
        f"The SIPResourceIdentifier parameter is required because UM dial plan {dial_plan} has a URI type of "
        "SIP URI or E.164."
    )
    return ExchangeError(text, "RecipientTaskException", ErrorCategory.InvalidArgument, dial_plan)


def sip_in_use(address: str) -> ExchangeError:
    """SIP/E.164 address already used by another UM mailbox (text chosen)."""
    text = f"The SIP resource identifier {address} is already assigned to another user."
    return ExchangeError(text, "ExtensionNotUniqueException", ErrorCategory.InvalidArgument, address)


# --- PINs -----------------------------------------------------------------------------------------


def weak_pin(min_length: int, history_count: int, allow_common_patterns: bool) -> ExchangeError:
    """The WeakPinException text for a policy (exchange-objects.md §3: three variants plus suffix)."""
    if history_count <= 0:
        text = (
            "The PIN you entered isn't valid. Your PIN must contain only numbers, and must be at least "
            f"{min_length} digits long."
        )
    elif history_count == 1:
        text = (
            "The PIN you entered isn't valid. Your PIN must contain only numbers, and must be at least "
            f"{min_length} digits long. It can't be the same as your previous PIN."
        )
    else:
        text = (
            "The PIN you entered is not valid. Your PIN must contain only numbers, and must be at least "
            f"{min_length} digits long. It cannot be one of your previous {history_count} PINs."
        )
    if not allow_common_patterns:
        text += (
            " Finally, it can't include only a single repeated number, can't include only consecutive "
            "numbers, and can't be the same as your phone number."
        )
    return ExchangeError(text, "WeakPinException", ErrorCategory.InvalidArgument, error_id="5B0C2E61")


def pin_generation_failed() -> ExchangeError:
    return ExchangeError("A default PIN can't be generated.", "DefaultPinGenerationException")


def pin_info_unreadable(smtp: str, inner: str) -> ExchangeError:
    """Get-UMMailboxPIN when the PIN data cannot be decrypted (tampered, wrong key)."""
    text = f"Unified Messaging PIN info couldn't be retrieved for mailbox '{smtp}' : {inner}"
    return ExchangeError(text, "RecipientTaskException", ErrorCategory.ReadError, smtp)


def pin_save_failed(smtp: str, inner: str) -> ExchangeError:
    text = f"Unified Messaging can't save the PIN for mailbox '{smtp}' : {inner}"
    return ExchangeError(text, "RecipientTaskException", ErrorCategory.WriteError, smtp)


def pin_validate_failed(smtp: str, inner: str) -> ExchangeError:
    text = f"Unified Messaging can't validate or generate a UM PIN for mailbox '{smtp}' : {inner}"
    return ExchangeError(text, "RecipientTaskException", ErrorCategory.InvalidOperation, smtp)


# --- dial plans and policies ----------------------------------------------------------------------


def dial_plan_missing(identity: str) -> ExchangeError:
    """Task-internal dial plan lookup failure (New-UMMailboxPolicy -UMDialPlan, ...)."""
    return ExchangeError(
        f"The dial plan with identity {identity} does not exist.",
        "DialPlanNotFoundException",
        ErrorCategory.ObjectNotFound,
        identity,
    )


def dial_plan_missing_tui(identity: str) -> ExchangeError:
    """Test-UMConnectivity -UMDialPlan with an unknown dial plan."""
    return ExchangeError(
        f"The UM dial plan {identity} doesn't exist.",
        "DialPlanNotFoundException",
        ErrorCategory.ObjectNotFound,
    )


def policy_in_use(identity: str) -> ExchangeError:
    return ExchangeError(
        f"Couldn't delete mailbox policy {identity} because it is associated with users.",
        "CannotDeleteAssociatedMailboxPolicyException",
        ErrorCategory.WriteError,
        identity,
    )


def dial_plan_in_use(kind: str, other: str = "") -> ExchangeError:
    """Remove-UMDialPlan refused; kind is server, users, policies, auto_attendant or gateway."""
    texts = {
        "server": f'This dial plan is associated with server "{other}".',
        "users": "There are UM users who are associated by their UM mailbox policy with the dial plan. ",
        "policies": "This UM dial plan is associated with one or more UM mailbox policies.",
        "auto_attendant": f'This dial plan is associated with auto attendant "{other}".',
        "gateway": f"This dial plan is associated with IP gateway {other}.",
    }
    return ExchangeError(
        texts[kind], "DialPlanAssociatedWithObjectsException", ErrorCategory.InvalidOperation
    )


def logon_reset_not_lower(reset: int, max_attempts: int | None) -> ExchangeError:
    """LogonFailuresBeforePINReset >= MaxLogonAttempts (text chosen; Exchange's is not in the spec)."""
    text = (
        f"The value of LogonFailuresBeforePINReset ({reset}) must be less than the value of MaxLogonAttempts "
        f"({max_attempts})."
    )
    return ExchangeError(text, "DataValidationException", ErrorCategory.InvalidArgument, reset)


# --- keys and store -------------------------------------------------------------------------------


class StoreKeyError(ExchangeError):
    """The organization key is missing, unreadable or does not belong to the store. Nothing changed."""

    def __init__(self, message: str) -> None:
        super().__init__(message, "StoreKeyException", ErrorCategory.SecurityError, error_id="7E3D1A90")


class StoreError(ExchangeError):
    """The store file cannot be opened or is from a newer pwshlite (schema version too high)."""

    def __init__(self, message: str) -> None:
        super().__init__(message, "StoreException", ErrorCategory.OpenError, error_id="1F4C8B22")
