"""What the interactive shell's completer may ask about a running Session (commands, variables, members,
identities in the organization store), behind the completer's Introspection protocol.

Host layer: reads the session's registry and scopes; opens the store only when an identity is completed.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from pwshlite.cmdlet import CmdletInfo
from pwshlite.objects import PSHashtable, PSObject
from pwshlite.registry import DEFAULT_ALIASES, resolve_alias

IDENTITY_LIMIT = 200


class SessionIntrospection:
    """Adapts a pwshlite Session to the completer."""

    def __init__(self, session: Any) -> None:
        self.session = session

    def _scopes(self) -> Any:
        return self.session.interp.scopes

    def command_names(self) -> Iterable[str]:
        names = [info.name for info in self.session.registry.all()]
        names += list(DEFAULT_ALIASES)
        for scope in self._scopes().current.chain():
            names += [self.session.display_name(k) for k in scope.functions]
            names += list(scope.aliases)
        return sorted(set(names), key=str.casefold)

    def command_info(self, name: str) -> CmdletInfo | None:
        target = self._scopes().find_alias(name) or resolve_alias(name) or name
        info: CmdletInfo | None = self.session.registry.get(target)
        return info

    def variable_names(self) -> Iterable[str]:
        return sorted((self.session.display_name(k) for k in self._scopes().visible()), key=str.casefold)

    def variable_value(self, name: str) -> Any:
        return self._scopes().get(name)

    def member_names(self, value: Any) -> Iterable[str]:
        if isinstance(value, list) and value:
            value = value[0]
        if isinstance(value, PSObject):
            return value.names()
        if isinstance(value, PSHashtable):
            return [str(k) for k in value.keys()] + ["Count", "Keys", "Values"]
        if isinstance(value, str):
            return ["Length"]
        return []

    def identity_candidates(self, parameter: str, prefix: str) -> Iterable[str]:
        """Names from the organization store: mailboxes for -Identity, policies, dial plans."""
        try:
            from pwshlite.cmdlets.exchange_um.store import UMStore

            store = self.session.resource(UMStore)
        except Exception:  # noqa: BLE001 - completion must never break the prompt
            return []
        low = prefix.casefold()
        kind = parameter.casefold()
        if kind == "ummailboxpolicy" or kind == "mailboxpolicy":
            names = [p.name for p in store.iter_policies()]
        elif kind == "umdialplan":
            names = [d.name for d in store.iter_dial_plans()]
        else:
            names = []
            for rec in store.iter_recipients(anr=prefix or None, limit=IDENTITY_LIMIT):
                names += [rec.alias or rec.name]
                if rec.primary_smtp_address:
                    names.append(rec.primary_smtp_address)
        return sorted({n for n in names if n and n.casefold().startswith(low)}, key=str.casefold)
