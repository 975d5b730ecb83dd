"""The demo organization a new store is seeded with ("First Organization", contoso.com).

Layer: data layer; called by UMStore while creating a store, inside the creating transaction.
PWSHLITE_SEED=none keeps only the organization skeleton (accepted domain, server, database, the
Administrator and the built-in role groups). GUIDs are uuid5 (stable for docs and tests); PINs are
random (secrets) and only reach the users through their (encrypted) welcome messages.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .records import DOMAIN, SERVER
from .store_recipients import DATABASE

if TYPE_CHECKING:
    from .store import UMStore

ORG_MANAGEMENT_ROLES = (
    "Active Directory Permissions", "Address Lists", "Audit Logs", "Cmdlet Extension Agents",
    "Data Loss Prevention", "Database Availability Groups", "Database Copies", "Databases",
    "Disaster Recovery", "Distribution Groups", "E-Mail Address Policies", "Edge Subscriptions",
    "Exchange Connectors", "Exchange Server Certificates", "Exchange Servers", "Exchange Virtual Directories",
    "Federated Sharing", "Information Rights Management", "Journaling", "Legal Hold",
    "Mail Enabled Public Folders", "Mail Recipient Creation", "Mail Recipients", "Mail Tips",
    "Message Tracking", "Migration", "Monitoring", "Move Mailboxes", "Org Custom Apps",
    "Org Marketplace Apps", "Organization Client Access", "Organization Configuration",
    "Organization Transport Settings", "POP3 And IMAP4 Protocols", "Public Folders", "Receive Connectors",
    "Recipient Policies", "Remote and Accepted Domains", "Retention Management", "Role Management",
    "Security Group Creation and Membership", "Send Connectors", "Support Diagnostics", "Team Mailboxes",
    "Transport Agents", "Transport Hygiene", "Transport Queues", "Transport Rules", "UM Mailboxes",
    "UM Prompts", "Unified Messaging", "User Options", "View-Only Audit Logs", "View-Only Configuration",
    "View-Only Recipients",
)  # fmt: skip

# (name, description, roles, delegating assignments too)
ROLE_GROUPS: tuple[tuple[str, str, tuple[str, ...], bool], ...] = (
    (
        "Organization Management",
        "Members of this management role group administer every Exchange object and setting of the organization.",
        ORG_MANAGEMENT_ROLES,
        True,
    ),
    (
        "View-Only Organization Management",
        "Members of this management role group can view, but not change, recipients and configuration.",
        ("View-Only Configuration", "View-Only Recipients"),
        False,
    ),
    (
        "UM Management",
        "Members of this management role group manage Unified Messaging: dial plans, policies, UM mailboxes and PINs.",
        ("UM Mailboxes", "UM Prompts", "Unified Messaging"),
        False,
    ),
    (
        "Recipient Management",
        "Members of this management role group create and manage mailboxes, users and other recipients.",
        (
            "Distribution Groups",
            "Mail Enabled Public Folders",
            "Mail Recipient Creation",
            "Mail Recipients",
            "Message Tracking",
            "Migration",
            "Move Mailboxes",
            "Recipient Policies",
            "Reset Password",
            "Team Mailboxes",
        ),  # fmt: skip
        False,
    ),
    (
        "Help Desk",
        "Members of this management role group view recipients, reset passwords and change user options.",
        ("Reset Password", "User Options", "View-Only Recipients"),
        False,
    ),
)

# (name, alias, first, last, phone, role group or None)
DEMO_USERS: tuple[tuple[str, str, str | None, str | None, str | None, str | None], ...] = (
    ("Tony", "tony", "Tony", None, "+1 425 555 0101", None),
    ("Tony Smith", "tonysmith", "Tony", "Smith", "+1 425 555 0102", None),
    ("Kim Akers", "kimakers", "Kim", "Akers", "+1 425 555 0103", "UM Management"),
    (
        "Pilar Pinilla",
        "pilarpinilla",
        "Pilar",
        "Pinilla",
        "+1 425 555 0104",
        "View-Only Organization Management",
    ),
    ("David Pelton", "davidpelton", "David", "Pelton", "+1 425 555 0105", "Help Desk"),
    ("Ben Smith", "bensmith", "Ben", "Smith", "+1 425 555 0106", "Recipient Management"),
    ("Lisa Andrews", "lisaandrews", "Lisa", "Andrews", "+1 425 555 0107", None),
)
DISCOVERY = "DiscoverySearchMailbox {D919BA05-46A6-415f-80AD-7E09334BB852}"
DEMO_DIAL_PLAN = "Contoso DP"
DEMO_EXTENSIONS = {"tony": "20001", "tonysmith": "20002"}


def seed_organization(store: UMStore, *, demo: bool = True) -> None:
    """Fill a freshly created store (inside its creating transaction)."""
    store.demo_guids = True
    try:
        _skeleton(store)
        if demo:
            _demo(store)
    finally:
        store.demo_guids = False


def _skeleton(store: UMStore) -> None:
    store.add_accepted_domain(DOMAIN, DOMAIN, default=True)
    server = store.new_object(
        "ExchangeServer",
        SERVER,
        {
            "Fqdn": f"{SERVER}.{DOMAIN}".lower(),
            "Domain": DOMAIN,
            "ServerRole": "Mailbox, ClientAccess, UnifiedMessaging",
            "Edition": "StandardEvaluation",
            "AdminDisplayVersion": "Version 15.0 (Build 1497.2)",
            "Site": f"{DOMAIN}/Configuration/Sites/Default-First-Site-Name",
            "IsMemberOfCluster": "No",
        },
    )
    store.new_object(
        "MailboxDatabase",
        DATABASE,
        {
            "Server": server.name,
            "EdbFilePath": f"C:\\Program Files\\Microsoft\\Exchange Server\\V15\\Mailbox\\{DATABASE}\\{DATABASE}.edb",
            "Recovery": False,
            "ProhibitSendReceiveQuota": None,
            "IsMailboxDatabase": True,
        },
    )
    groups = {
        name: store.new_role_group(name, desc, roles, delegating=dlg)
        for name, desc, roles, dlg in ROLE_GROUPS
    }
    admin = store.new_mailbox(
        "Administrator",
        alias="Administrator",
        display_name="Administrator",
        user_principal_name=f"administrator@{DOMAIN}",
        primary_smtp_address=f"administrator@{DOMAIN}",
        sam_account_name="Administrator",
    )
    store.add_role_group_member(groups["Organization Management"], admin)


def _demo(store: UMStore) -> None:
    store.new_mailbox(
        DISCOVERY,
        alias="DiscoverySearchMailbox{D919BA05-46A6-415f-80AD-7E09334BB852}",
        display_name="Discovery Search Mailbox",
        sam_account_name="SM_8e3c1c2f4b5a4d0e9",
        recipient_type_details="DiscoveryMailbox",
        props={"ProhibitSendQuota": 53687091200, "ProhibitSendReceiveQuota": 53687091200},
    )
    users = {}
    for name, alias, first, last, phone, group in DEMO_USERS:
        rec = store.new_mailbox(
            name, alias=alias, first_name=first, last_name=last, props={"Phone": phone} if phone else None
        )
        users[alias] = rec
        if group:
            store.add_role_group_member(store.resolve_role_group(group), rec)
    dp = store.new_dial_plan(
        DEMO_DIAL_PLAN,
        5,
        "1",
        props={"AccessTelephoneNumbers": ["+14255550100"], "OperatorExtension": "20000"},
    )
    policy = store.resolve_policy(f"{dp.name} Default Policy")
    for alias, ext in DEMO_EXTENSIONS.items():
        store.enable_um(users[alias], policy, extensions=[ext])
