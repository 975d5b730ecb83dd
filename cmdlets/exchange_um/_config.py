"""Helpers of the UM server-side settings cmdlets (UM service, UM server, call router) and auto attendants.

Layer: cmdlet code. The server's UM settings are one stored object per kind and server, created with
the documented defaults the first time a Set-* changes them; until then Get-* shows the defaults.
"""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

from ._common import id_text, mvp_update
from .errors import ExchangeError, not_found
from .records import ObjectRecord


def server_settings(store: Any, kind: str, identity: str | None) -> list[Any]:
    """The stored settings object of each matching Exchange server (a default, unsaved one when none
    is stored yet). An unknown server is not found."""
    servers = store.match_objects("ExchangeServer", identity)
    if identity is not None and not servers:
        raise not_found(identity, store.dc)
    out: list[Any] = []
    for server in servers:
        stored = store.match_objects(kind, server.name)
        out.append(stored[0] if stored else _default(kind, server))
    return out


def _default(kind: str, server: ObjectRecord) -> Any:
    return SimpleNamespace(
        id=None,
        kind=kind,
        guid=server.guid,
        name=server.name,
        parent_id=None,
        when_created=server.when_created,
        when_changed=server.when_changed,
        props={},
    )


def save_settings(store: Any, rec: Any, changes: dict[str, Any]) -> Any:
    """Store the changes (creating the settings object on first change)."""
    if rec.id is None:
        return store.new_object(rec.kind, rec.name, changes)
    return store.set_object(rec, changes)


def dial_plan_names(store: Any, current: list[str], value: Any) -> list[str]:
    """-DialPlans of a server settings Set-*: the current list edited (mvp_update), each entry resolved to
    its dial plan's name (Exchange's not-found error for an unknown one)."""
    return [store.resolve_dial_plan(d).name for d in mvp_update(current, value)]


def check_call_scope(store: Any, dial_plan: Any, gateway: Any) -> None:
    """-UMDialPlan / -UMIPGateway of the call report cmdlets: each one given must exist (Exchange's
    not-found error otherwise)."""
    if dial_plan is not None:
        store.resolve_dial_plan(id_text(dial_plan) or "")
    if gateway is not None:
        store.resolve_object("UMIPGateway", id_text(gateway) or "")


def toggle_status(store: Any, rec: Any, enabled: bool, what: str) -> Any:
    """Enable-/Disable- of a server setting object: Status Enabled/Disabled; repeating is an error."""
    current = str(rec.props.get("Status", "Enabled"))
    wanted = "Enabled" if enabled else "Disabled"
    if current == wanted:
        state = "enabled" if enabled else "disabled"
        raise ExchangeError(
            f"The {what} on server {rec.name} is already {state}.", "InvalidOperationException"
        )
    return save_settings(store, rec, {"Status": wanted})


def check_pilots(store: Any, dial_plan: str, pilots: list[str], own_name: str | None = None) -> None:
    """Pilot identifiers must be unique among a dial plan's auto attendants (Exchange's text)."""
    for aa in store.iter_objects("UMAutoAttendant"):
        if aa.name == own_name or str(aa.props.get("UMDialPlan", "")).casefold() != dial_plan.casefold():
            continue
        for pilot in pilots:
            if pilot in (aa.props.get("PilotIdentifierList") or []):
                raise ExchangeError(
                    f'The pilot identifier "{pilot}" is already being used by auto attendant "{aa.name}" in dial '
                    f'plan "{dial_plan}".',
                    "AutoAttendantPilotIdentifierInUseException",
                )


# -- call answering rules: stored per mailbox as objects named "<mailbox guid>:<rule name>" ----------------
def rule_key(mailbox: Any, name: str) -> str:
    return f"{mailbox.guid}:{name}"


def rule_mailbox(store: Any, mailbox: Any) -> Any:
    """The mailbox whose rules a rule cmdlet works on: -Mailbox's, or the session user's without it."""
    return store.resolve_mailbox(id_text(mailbox) or "") if mailbox else store.acting_user


def rules_of(store: Any, mailbox: Any) -> list[Any]:
    """The call answering rules of a mailbox, by priority then name."""
    prefix = f"{mailbox.guid}:"
    rules = [r for r in store.iter_objects("UMCallAnsweringRule") if r.name.startswith(prefix)]
    return sorted(rules, key=lambda r: (int(r.props.get("Priority") or 9), r.name))


def find_rule(store: Any, mailbox: Any, identity: str) -> Any:
    """A rule of the mailbox by name or GUID (Exchange's not-found error otherwise)."""
    for rule in rules_of(store, mailbox):
        if identity.casefold() in (rule.name.split(":", 1)[1].casefold(), rule.guid):
            return rule
    raise not_found(identity, store.dc)


def rule_output(rule: Any) -> Any:
    """The rule as Get-UMCallAnsweringRule shows it (Name without the mailbox prefix)."""
    from .objects_config import generic_object

    shown = SimpleNamespace(
        id=rule.id,
        kind=rule.kind,
        guid=rule.guid,
        name=rule.name.split(":", 1)[1],
        parent_id=None,
        when_created=rule.when_created,
        when_changed=rule.when_changed,
        props=rule.props,
    )
    return generic_object(shown)
