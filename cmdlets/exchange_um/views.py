"""Default views of the Exchange output types, as data (exchange-objects.md §2; formatting.md decisions).

Layer: cmdlet module data; imports pwshlite.format.views (the registry) and objects.py (property
lists). Registered once when the module package is imported (`register_exchange_views()`).

Rules applied:
- A view known from real output (Get-Mailbox, Get-MessageTrackingLog) is a TableView with its widths.
- A table view the spec only infers (UMMailboxPin, Recipient, User, ManagementRoleAssignment) is a
  TableView without widths (auto-sized), registered first so it is the default shape.
- Every EMS type also gets a ListView with its `fl` property list (RunspaceId, the class properties,
  ObjectState; PSComputerName/PSShowComputerName hidden), which is what Format-List shows and, for types
  with no known table view, what PowerShell's >= 5 property rule would print anyway.
- The DefaultDisplayPropertySet of each type is registered too, for the <= 4 / >= 5 rule.
"""

from __future__ import annotations

from pwshlite.format.views import (
    ListItem,
    ListView,
    TableColumn,
    TableView,
    register_default_properties,
    register_view,
)

from . import objects as o
from .objects_config import GENERIC_KINDS
from .objects_more import (
    ASSIGNMENT_PROPS,
    AUDIT_PROPS,
    MAILBOX_PROPS,
    RECIPIENT_PROPS,
    ROLE_GROUP_PROPS,
    T_ACCEPTED_DOMAIN,
    T_ASSIGNMENT,
    T_AUDIT,
    T_DATABASE,
    T_MAILBOX,
    T_RECIPIENT,
    T_ROLE_GROUP,
    T_SERVER,
    T_TRACKING,
    T_TUI_ENUM,
    T_TUI_LOCAL,
    T_USER,
    TRACKING_PROPS,
    TUI_ENUM_PROPS,
    TUI_LOCAL_PROPS,
    USER_PROPS,
)

T_MAILBOX_STATISTICS = "Microsoft.Exchange.Management.MapiTasks.Presentation.MailboxStatistics"

# type -> (table columns (label, width or None) or None, fl property list)
TABLES: dict[str, tuple[tuple[str, int | None], ...]] = {
    o.T_UM_PIN: (("UserID", None), ("PinExpired", None), ("FirstTimeUser", None), ("LockedOut", None)),
    T_MAILBOX: (("Name", 25), ("Alias", 20), ("ServerName", 16), ("ProhibitSendQuota", None)),
    T_RECIPIENT: (("Name", None), ("RecipientType", None)),
    T_USER: (("Name", None), ("RecipientType", None)),
    T_ASSIGNMENT: (
        ("Name", None),
        ("Role", None),
        ("RoleAssigneeName", None),
        ("RoleAssigneeType", None),
        ("AssignmentMethod", None),
        ("EffectiveUserName", None),
    ),
    T_TRACKING: (("EventId", 8), ("Source", 8), ("Sender", 43), ("Recipients", 43), ("MessageSubject", None)),
    T_ACCEPTED_DOMAIN: (("Name", None), ("DomainName", None), ("DomainType", None), ("Default", None)),
    T_SERVER: (
        ("Name", None),
        ("Site", None),
        ("ServerRole", None),
        ("Edition", None),
        ("AdminDisplayVersion", None),
    ),
    T_DATABASE: (("Name", None), ("Server", None), ("Recovery", None), ("ReplicationType", None)),
    T_ROLE_GROUP: (("Name", None), ("AssignedRoles", None), ("RoleAssignees", None), ("ManagedBy", None)),
    T_MAILBOX_STATISTICS: (
        ("DisplayName", None),
        ("ItemCount", None),
        ("StorageLimitStatus", None),
        ("LastLogonTime", None),
    ),
}

_GENERIC_LISTS = {
    type_name: o.spec(" ".join(defaults) + " " + o.CONFIG_TAIL)
    for type_name, _, _, defaults in GENERIC_KINDS.values()
}

LISTS: dict[str, tuple[str, ...]] = {
    o.T_UM_PIN: o.UM_PIN_LIST,
    o.T_UM_MAILBOX: o.list_properties(o.UM_MAILBOX_PROPS),
    o.T_UM_POLICY: o.list_properties(o.UM_POLICY_PROPS),
    o.T_DIAL_PLAN: o.list_properties(o.DIAL_PLAN_PROPS),
    o.T_GATEWAY: o.list_properties(o.GATEWAY_PROPS),
    o.T_HUNT_GROUP: o.list_properties(o.HUNT_GROUP_PROPS),
    o.T_AUTO_ATTENDANT: o.list_properties(o.AUTO_ATTENDANT_PROPS),
    T_MAILBOX: o.list_properties(MAILBOX_PROPS),
    T_RECIPIENT: o.list_properties(RECIPIENT_PROPS),
    T_USER: o.list_properties(USER_PROPS),
    T_ROLE_GROUP: o.list_properties(ROLE_GROUP_PROPS),
    T_ASSIGNMENT: o.list_properties(ASSIGNMENT_PROPS),
    T_AUDIT: o.list_properties(AUDIT_PROPS),
    T_TUI_LOCAL: o.list_properties(TUI_LOCAL_PROPS),
    T_TUI_ENUM: o.list_properties(TUI_ENUM_PROPS),
    T_TRACKING: ("RunspaceId", *(n for n, _ in TRACKING_PROPS)),
    **{t: o.list_properties(props) for t, props in _GENERIC_LISTS.items()},
}

# Objects whose table columns are view labels over other properties (Get-RoleGroup) use scripts.
SCRIPTS = {
    (T_ROLE_GROUP, "AssignedRoles"): lambda obj: obj.get("Roles"),
    (T_ROLE_GROUP, "RoleAssignees"): lambda obj: obj.get("Members"),
}

_registered = False


def register_exchange_views() -> None:
    """Register every Exchange view and default property set (idempotent)."""
    global _registered
    if _registered:
        return
    _registered = True
    for type_name, columns in TABLES.items():
        cols = tuple(_column(type_name, label, width) for label, width in columns)
        register_view(TableView((type_name,), cols, name=type_name))
        register_default_properties(
            type_name, tuple(label for label, _ in columns if (type_name, label) not in SCRIPTS)
        )
    for type_name, names in LISTS.items():
        register_view(ListView((type_name,), tuple(ListItem(n, property=n) for n in names), name=type_name))
        if type_name not in TABLES:
            register_default_properties(type_name, names)


def _column(type_name: str, label: str, width: int | None) -> TableColumn:
    script = SCRIPTS.get((type_name, label))
    if script is not None:
        return TableColumn(label, script=script, width=width)
    return TableColumn(label, property=label, width=width)
