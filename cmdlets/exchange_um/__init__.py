"""The Exchange organization: UM dial plans, mailbox policies, UM mailboxes, PINs, recipients and RBAC.

Module hooks read by the registry/runtime (docs/exchange-emulation.md "RBAC"):
- `rbac_check(session_user, cmdlet_info, bound_names) -> bool`: may this user run the cmdlet with these
  parameters? `session_user` is the session's UMStore (or a set of role names).
- `command_visible(session_user, name) -> bool`: False for an Exchange cmdlet outside the user's roles
  (the runtime then reports CommandNotFoundException, as a remote EMS session does).
- `denied_parameter(session_user, cmdlet_info, bound_names) -> str | None`: the first parameter the
  roles do not grant (reported as NamedParameterNotFound).
Importing the package registers the Exchange views with the format registry.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from . import rbac as _rbac


def rbac_check(session_user: Any, cmdlet_info: Any, bound_names: Iterable[str]) -> bool:
    """The registry's RBAC hook: role table of rbac.py over the session user's roles."""
    return _rbac.rbac_check(_rbac.session_roles(session_user), _name(cmdlet_info), bound_names)


def command_visible(session_user: Any, name: str) -> bool:
    """Whether the command exists for this user (non-Exchange commands always do)."""
    canonical = _rbac.canonical(name)
    return canonical is None or canonical in _rbac.visible_commands(_rbac.session_roles(session_user))


def denied_parameter(session_user: Any, cmdlet_info: Any, bound_names: Iterable[str]) -> str | None:
    """The first bound parameter outside the user's roles, or None."""
    denied = _rbac.denied_parameters(_rbac.session_roles(session_user), _name(cmdlet_info), list(bound_names))
    return denied[0] if denied else None


def _name(cmdlet_info: Any) -> str:
    return str(getattr(cmdlet_info, "name", cmdlet_info))


def _register_views() -> None:
    try:
        from .views import register_exchange_views
    except ImportError:  # the format layer is optional for data-only use
        return
    register_exchange_views()


_register_views()
