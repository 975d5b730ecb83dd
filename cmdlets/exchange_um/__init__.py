"""The Exchange organization: UM dial plans, mailbox policies, UM mailboxes, PINs, recipients and RBAC.

Module hooks read by the registry/runtime (docs/exchange-emulation.md "RBAC"):
- `rbac_check(session_user, cmdlet_info, bound_names) -> bool`: may this user run the cmdlet with these
  parameters? `session_user` is the session's UMStore (or a set of role names).
- `command_visible(session_user, name) -> bool`: False for an Exchange cmdlet outside the user's roles
  (the runtime then reports CommandNotFoundException, as a remote EMS session does).
- `denied_parameter(session_user, cmdlet_info, bound_names) -> str | None`: the first parameter the
  roles do not grant (reported as NamedParameterNotFound).
- `visible_commands(session_user) -> set[str]`: every Exchange cmdlet the user can see.
Importing the package registers the Exchange views with the format registry.
"""

from __future__ import annotations

import os
import weakref
from collections.abc import Iterable
from typing import Any

from . import rbac as _rbac
from .records import NETBIOS


def rbac_check(session_user: Any, cmdlet_info: Any, bound_names: Iterable[str]) -> bool:
    """The registry's RBAC hook: role table of rbac.py over the session user's roles."""
    name = _name(cmdlet_info)
    if _rbac.canonical(name) is None:
        return True
    return _rbac.rbac_check(user_roles(session_user), name, bound_names)


def command_visible(session_user: Any, name: str) -> bool:
    """Whether the command exists for this user (non-Exchange commands always do)."""
    if _rbac.canonical(name) is None:
        return True
    return _rbac.is_visible(user_roles(session_user), name)


def visible_commands(session_user: Any) -> set[str]:
    """The Exchange cmdlets this user can see (for Get-Command and completion)."""
    return _rbac.visible_commands(user_roles(session_user))


def denied_parameter(session_user: Any, cmdlet_info: Any, bound_names: Iterable[str]) -> str | None:
    """The first bound parameter outside the user's roles, or None."""
    denied = _rbac.denied_parameters(user_roles(session_user), _name(cmdlet_info), list(bound_names))
    return denied[0] if denied else None


_ROLE_CACHE: dict[tuple[str, str], frozenset[str]] = {}


def user_roles(session_user: Any) -> set[str]:
    """Role names of the session user. `session_user` may be the runtime Session (has `resource` and
    `user`: its own store is used, so --store is honoured), a user name (the store is opened from
    PWSHLITE_STORE or the per-user default; cached per path and user), a UMStore, or role names."""
    resource = getattr(session_user, "resource", None)
    if callable(resource):
        from ._task import session_store

        return _store_roles(
            session_store(session_user), str(getattr(session_user, "user", "") or "Administrator")
        )
    if isinstance(session_user, str):
        from .store import open_store, resolve_config

        path = resolve_config(user=session_user).path
        key = (path, session_user.casefold())
        if not os.path.exists(path):
            # Not created yet: it will be seeded with the Administrator in Organization Management.
            # Don't create it here (the session may use --store, which this hook can't see).
            admin = session_user.casefold() in ("administrator", f"{NETBIOS.casefold()}\\administrator")
            return _rbac.roles_for_groups(["Organization Management"]) if admin else set()
        if key not in _ROLE_CACHE:
            store = open_store(user=session_user)
            try:
                _ROLE_CACHE[key] = frozenset(_store_roles(store, session_user))
            finally:
                store.close()
        return set(_ROLE_CACHE[key])
    return _rbac.session_roles(session_user)


_SESSION_ROLES: weakref.WeakKeyDictionary[Any, dict[str, frozenset[str]]] = weakref.WeakKeyDictionary()


def _store_roles(store: Any, user: str) -> set[str]:
    """The user's roles in this store, read once per store object (a session): as in Exchange, a
    session keeps the roles it had when it connected."""
    from .errors import ExchangeError

    cache = _SESSION_ROLES.setdefault(store, {})
    key = user.casefold()
    if key not in cache:
        try:
            cache[key] = frozenset(store.roles_of(store.resolve_recipient(user)))
        except ExchangeError:
            cache[key] = frozenset()
    return set(cache[key])


def _name(cmdlet_info: Any) -> str:
    return str(getattr(cmdlet_info, "name", cmdlet_info))


def _register_views() -> None:
    try:
        from .views import register_exchange_views
    except ImportError:  # the format layer is optional for data-only use
        return
    register_exchange_views()


_register_views()
