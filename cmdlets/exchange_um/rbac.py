"""Exchange RBAC for the emulated organization: built-in role groups, their roles, and what each role grants.

Layer: cmdlets.exchange_um policy data (pure Python; no store, runtime or syntax imports).

How the runtime uses it (the engine hook; docs/exchange-emulation.md "RBAC"):

1. At session start the runtime asks the store for the session user's role groups
   (`UMStore.role_groups_of(user)` or equivalent) and turns them into role names with
   `roles_for_groups(group_names)`. Users in no role group have no Exchange roles.
2. Command lookup: a command name in `EXCHANGE_CMDLETS` that is NOT in `visible_commands(roles)` is
   treated as not existing at all, exactly as in a remote EMS session (CommandNotFoundException,
   "The term 'Set-UMMailboxPIN' is not recognized as the name of a cmdlet, ..."). Get-Command does not
   list it. Non-Exchange commands (Where-Object, ...) are never filtered.
3. After binding and before `begin`: `rbac_check(roles, cmdlet_name, bound_parameter_names)`; when it
   returns False the runtime reports the first name of `denied_parameters(...)` as PowerShell's
   NamedParameterNotFound ("A parameter cannot be found that matches parameter name 'X'."), because
   in EMS the proxy function of a restricted user simply lacks that parameter.
   `allowed_parameters(roles, cmdlet_name)` (None = all) lets help/completion hide them too.
   Common parameters (Verbose, ErrorAction, WhatIf, Confirm, ...) are always allowed.

Role contents follow Exchange 2013's built-in roles for these features (Unified Messaging, UM Mailboxes,
UM Prompts, Mail Recipients, Mail Recipient Creation, Role Management, View-Only *, Audit Logs,
Message Tracking, ...). Where the exact per-parameter entries are unknown the choice is recorded in
docs/exchange-emulation.md.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable
from typing import Any

ALL = None  # every parameter of the cmdlet

COMMON_PARAMETERS = frozenset(
    p.casefold()
    for p in (
        "Verbose Debug ErrorAction WarningAction InformationAction ErrorVariable WarningVariable "
        "InformationVariable OutVariable OutBuffer PipelineVariable WhatIf Confirm"
    ).split()
)

_UM_CONFIG = (
    "New-UMDialPlan Set-UMDialPlan Remove-UMDialPlan Get-UMDialPlan "
    "New-UMMailboxPolicy Set-UMMailboxPolicy Remove-UMMailboxPolicy Get-UMMailboxPolicy "
    "New-UMIPGateway Set-UMIPGateway Remove-UMIPGateway Get-UMIPGateway Enable-UMIPGateway Disable-UMIPGateway "
    "New-UMHuntGroup Remove-UMHuntGroup Get-UMHuntGroup "
    "New-UMAutoAttendant Set-UMAutoAttendant Remove-UMAutoAttendant Get-UMAutoAttendant "
    "Enable-UMAutoAttendant Disable-UMAutoAttendant "
    "Get-UMService Set-UMService Enable-UMService Disable-UMService "
    "Get-UMServer Set-UMServer Enable-UMServer Disable-UMServer "
    "Get-UMCallRouterSettings Set-UMCallRouterSettings "
    "Test-UMConnectivity Get-UMActiveCalls Get-UMCallDataRecord Get-UMCallSummaryReport Export-UMCallDataRecord "
    "Import-UMPrompt Export-UMPrompt"
).split()

_UM_MAILBOXES = (
    "Enable-UMMailbox Disable-UMMailbox Get-UMMailbox Set-UMMailbox Get-UMMailboxPin Set-UMMailboxPIN "
    "Get-UMCallAnsweringRule New-UMCallAnsweringRule Set-UMCallAnsweringRule Remove-UMCallAnsweringRule "
    "Enable-UMCallAnsweringRule Disable-UMCallAnsweringRule Get-UMMailboxPolicy Get-UMDialPlan "
    "Get-Mailbox Get-User Get-Recipient"
).split()

_VIEW_ONLY_CONFIG = (
    "Get-UMDialPlan Get-UMMailboxPolicy Get-UMIPGateway Get-UMHuntGroup Get-UMAutoAttendant Get-UMService "
    "Get-UMServer Get-UMCallRouterSettings Get-AcceptedDomain Get-OrganizationConfig Get-ExchangeServer "
    "Get-MailboxDatabase Get-RoleGroup Get-RoleGroupMember Get-ManagementRoleAssignment Set-ADServerSettings"
).split()

_VIEW_ONLY_RECIPIENTS = (
    "Get-Mailbox Get-Recipient Get-User Get-UMMailbox Get-UMMailboxPin Get-UMCallAnsweringRule "
    "Get-MailboxStatistics Set-ADServerSettings"
).split()

# Help Desk's "User Options" role: per-user settings, not provisioning (no policy or extension moves).
_USER_OPTIONS: dict[str, frozenset[str] | None] = {
    "Get-UMMailboxPin": ALL,
    "Set-UMMailboxPIN": ALL,
    "Get-UMMailbox": ALL,
    "Set-UMMailbox": frozenset(
        (
            "Identity TUIAccessToCalendarEnabled TUIAccessToEmailEnabled MissedCallNotificationEnabled "
            "UMSMSNotificationOption PinlessAccessToVoiceMailEnabled AnonymousCallersCanLeaveMessages "
            "AutomaticSpeechRecognitionEnabled PlayOnPhoneEnabled CallAnsweringRulesEnabled DomainController "
            "IgnoreDefaultScope"
        ).split()
    ),
    "Get-UMCallAnsweringRule": ALL,
    "Set-User": frozenset(
        "Identity DisplayName Phone MobilePhone Office Title Department DomainController".split()
    ),
    "Set-Mailbox": frozenset(
        "Identity DisplayName Languages MaxSendSize MaxReceiveSize DomainController".split()
    ),
}

ROLES: dict[str, dict[str, frozenset[str] | None]] = {
    "Unified Messaging": {c: ALL for c in _UM_CONFIG},
    "UM Mailboxes": {c: ALL for c in _UM_MAILBOXES},
    "UM Prompts": {
        "Import-UMPrompt": ALL,
        "Export-UMPrompt": ALL,
        "Get-UMDialPlan": ALL,
        "Get-UMAutoAttendant": ALL,
        "Set-UMDialPlan": frozenset(
            "Identity WelcomeGreetingEnabled WelcomeGreetingFilename InfoAnnouncementEnabled "
            "InfoAnnouncementFilename DomainController".split()
        ),
        "Set-UMAutoAttendant": frozenset(
            "Identity BusinessHoursWelcomeGreetingEnabled BusinessHoursWelcomeGreetingFilename "
            "AfterHoursWelcomeGreetingEnabled AfterHoursWelcomeGreetingFilename InfoAnnouncementEnabled "
            "InfoAnnouncementFilename BusinessHoursMainMenuCustomPromptEnabled "
            "BusinessHoursMainMenuCustomPromptFilename AfterHoursMainMenuCustomPromptEnabled "
            "AfterHoursMainMenuCustomPromptFilename DomainController".split()
        ),
    },
    "Mail Recipients": {
        c: ALL
        for c in "Get-Mailbox Set-Mailbox Enable-Mailbox Disable-Mailbox Get-Recipient Get-User Set-User "
        "Get-MailboxStatistics".split()
    },
    "Mail Recipient Creation": {
        c: ALL for c in "New-Mailbox Remove-Mailbox Get-Recipient Get-Mailbox".split()
    },
    "Role Management": {
        c: ALL
        for c in "Get-RoleGroup Get-RoleGroupMember Add-RoleGroupMember Remove-RoleGroupMember "
        "Get-ManagementRoleAssignment".split()
    },
    "View-Only Configuration": {c: ALL for c in _VIEW_ONLY_CONFIG},
    "View-Only Recipients": {c: ALL for c in _VIEW_ONLY_RECIPIENTS},
    "Audit Logs": {"Search-AdminAuditLog": ALL},
    "View-Only Audit Logs": {"Search-AdminAuditLog": ALL},
    "Message Tracking": {"Get-MessageTrackingLog": ALL},
    "Organization Configuration": {"Get-OrganizationConfig": ALL, "Set-ADServerSettings": ALL},
    "Remote and Accepted Domains": {"Get-AcceptedDomain": ALL},
    "Exchange Servers": {"Get-ExchangeServer": ALL},
    "Databases": {"Get-MailboxDatabase": ALL},
    "User Options": _USER_OPTIONS,
}

ROLE_GROUPS: dict[str, tuple[str, ...]] = {
    "Organization Management": tuple(r for r in ROLES if r != "View-Only Audit Logs"),
    "View-Only Organization Management": ("View-Only Configuration", "View-Only Recipients"),
    "UM Management": ("Unified Messaging", "UM Mailboxes", "UM Prompts"),
    "Recipient Management": ("Mail Recipients", "Mail Recipient Creation", "Message Tracking"),
    "Help Desk": ("User Options", "View-Only Recipients"),
}

ROLE_GROUP_DESCRIPTIONS: dict[str, str] = {
    "Organization Management": (
        "Members of this management role group have permissions to manage Exchange objects and their "
        "properties in the Exchange organization."
    ),
    "View-Only Organization Management": (
        "Members of this management role group can view recipient and configuration objects and their "
        "properties in the Exchange organization."
    ),
    "UM Management": "Members of this management role group can manage Unified Messaging organization, server, and recipient configuration.",
    "Recipient Management": (
        "Members of this management role group have rights to create, manage, and remove Exchange recipient "
        "objects in the Exchange organization."
    ),
    "Help Desk": "Members of this management role group can view and manage the configuration for individual recipients and view recipients in an Exchange organization.",
}

EXCHANGE_CMDLETS: frozenset[str] = frozenset(c for grants in ROLES.values() for c in grants)
_CANON = {c.casefold(): c for c in EXCHANGE_CMDLETS}


def canonical(cmdlet_name: str) -> str | None:
    """The Exchange spelling of a cmdlet name (case-insensitive), None when not an Exchange cmdlet."""
    return _CANON.get(cmdlet_name.casefold())


def roles_for_groups(group_names: Iterable[str]) -> set[str]:
    """Role names granted by membership in these role groups (unknown groups grant nothing)."""
    by_name = {g.casefold(): roles for g, roles in ROLE_GROUPS.items()}
    out: set[str] = set()
    for g in group_names:
        out.update(by_name.get(g.casefold(), ()))
    return out


def visible_commands(user_roles: Iterable[str]) -> set[str]:
    """The Exchange cmdlets a user with these roles can see (run with at least one parameter set)."""
    return set(_visible(frozenset(user_roles)))


@functools.lru_cache(maxsize=64)
def _visible(roles: frozenset[str]) -> frozenset[str]:
    out: set[str] = set()
    for role in roles:
        out.update(ROLES.get(role, {}))
    return frozenset(out)


def is_visible(user_roles: Iterable[str], cmdlet_name: str) -> bool:
    """Whether one cmdlet is visible (cheap: cached per role set)."""
    name = canonical(cmdlet_name)
    return name is None or name in _visible(frozenset(user_roles))


def hidden_commands(user_roles: Iterable[str]) -> set[str]:
    """Exchange cmdlets outside the user's roles: the runtime reports them as CommandNotFound."""
    return set(EXCHANGE_CMDLETS) - visible_commands(user_roles)


def allowed_parameters(user_roles: Iterable[str], cmdlet_name: str) -> frozenset[str] | None:
    """Casefolded parameter names the roles grant on the cmdlet; None = all; empty = cmdlet hidden."""
    name = canonical(cmdlet_name)
    if name is None:
        return None
    granted: set[str] = set()
    seen = False
    for role in user_roles:
        grants = ROLES.get(role, {})
        if name not in grants:
            continue
        seen = True
        params = grants[name]
        if params is ALL:
            return None
        granted.update(p.casefold() for p in params)
    return frozenset(granted) if seen else frozenset()


def denied_parameters(
    user_roles: Iterable[str], cmdlet_name: str, bound_parameter_names: Iterable[str]
) -> list[str]:
    """The bound parameters the roles do not grant, in the order given (common parameters excluded)."""
    allowed = allowed_parameters(user_roles, cmdlet_name)
    if allowed is None:
        return []
    return [
        p
        for p in bound_parameter_names
        if p.casefold() not in allowed and p.casefold() not in COMMON_PARAMETERS
    ]


def rbac_check(user_roles: Iterable[str], cmdlet_name: str, bound_parameter_names: Iterable[str]) -> bool:
    """True when the roles allow running the cmdlet with these bound parameters. Non-Exchange
    commands are always allowed."""
    roles = list(user_roles)
    name = canonical(cmdlet_name)
    if name is None:
        return True
    if name not in visible_commands(roles):
        return False
    return not denied_parameters(roles, name, bound_parameter_names)


def assignments() -> list[tuple[str, str, str]]:
    """Every built-in role assignment as (assignment name, role, role group), in a stable order."""
    return [(f"{role}-{group}", role, group) for group, roles in ROLE_GROUPS.items() for role in roles]


def session_roles(session_user: Any) -> set[str]:
    """The role names of the session user. Accepts what the runtime has at hand: the UMStore (its
    acting user's roles), a record/object with a `roles` attribute, or an iterable of role names."""
    roles_of = getattr(session_user, "roles_of", None)
    acting = getattr(session_user, "acting_user", None)
    if callable(roles_of) and acting is not None:
        return set(roles_of(acting))
    roles = getattr(session_user, "roles", None)
    if roles is not None:
        return set(roles)
    if isinstance(session_user, (set, frozenset, list, tuple)):
        return {str(r) for r in session_user}
    return set()
