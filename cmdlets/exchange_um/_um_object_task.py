"""The runs shared by the cmdlets that list, change or delete UM configuration objects.

Remove-UMAutoAttendant, -UMDialPlan, -UMHuntGroup, -UMIPGateway, -UMMailboxPolicy; Enable- and
Disable-UMAutoAttendant and -UMIPGateway; Set-UMDialPlan and Set-UMIPGateway: resolve -Identity,
refuse early (`check`), ask with Exchange's confirmation text, then apply the change, all in one task.
Get-UMAutoAttendant and Get-UMHuntGroup: the objects -Identity names, narrowed to -UMDialPlan.
Private helper: undecorated Cmdlet base classes; each cmdlet declares its own parameters (its -Identity
type differs) and names its task class.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any, ClassVar

from pwshlite.cmdlet import Cmdlet, Context

from ._common import confirm, id_text, whatif_text
from ._params import IdParameter
from ._task import reading, task
from .errors import ExchangeError, not_found
from .objects import config_object
from .store import UMStore


class UMObjectTask(Cmdlet):
    """Resolve -Identity (`resolve`), `check` it, confirm with the cmdlet's What-if text (`whatif`),
    then `change` it; the object's name is what the admin audit log records as modified."""

    task_class: ClassVar[str]
    kind: ClassVar[str] = ""  # the stored object kind the default `resolve` looks up
    Identity: IdParameter  # declared by each cmdlet, as its first parameter

    def resolve(self, store: UMStore, identity: str) -> Any:
        """The object -Identity names (Exchange's not-found error otherwise)."""
        return store.resolve_object(self.kind, identity)

    def check(self, obj: Any) -> None:
        """Refuse the change before the confirmation (raise an ExchangeError); by default nothing."""

    def whatif(self) -> str:
        """The confirmation / What-if message."""
        return whatif_text(self.info.name, self.Identity)

    def change(self, ctx: Context, store: UMStore, obj: Any) -> None:
        """Apply the change (or the deletion) to the store."""
        raise NotImplementedError

    def process(self, ctx: Context) -> Iterator[object]:
        with task(self, ctx, self.task_class) as t:
            obj = self.resolve(t.store, id_text(self.Identity) or "")
            self.check(obj)
            if not confirm(ctx, self.whatif()):
                return
            t.ran, t.modified = True, obj.name
            self.change(ctx, t.store, obj)
        yield from ()


class UMStatusChange(UMObjectTask):
    """Enable-/Disable-UMAutoAttendant and -UMIPGateway: set Status to Enabled or Disabled; asking for
    the status the object already has is Exchange's `already` error."""

    enabled: ClassVar[bool]
    default_status: ClassVar[str]  # the status of an object that has never stored one
    already: ClassVar[tuple[str, str]]  # (message, with {name} for the object's name; exception name)

    def _wanted(self) -> str:
        return "Enabled" if self.enabled else "Disabled"

    def check(self, obj: Any) -> None:
        if str(obj.props.get("Status", self.default_status)) == self._wanted():
            text, exception = self.already
            raise ExchangeError(text.format(name=obj.name), exception)

    def change(self, ctx: Context, store: UMStore, obj: Any) -> None:
        store.set_object(obj, {"Status": self._wanted()})


class UMObjectListing(Cmdlet):
    """Get-UMAutoAttendant / Get-UMHuntGroup: every object of `kind` that -Identity names (all without
    it; Exchange's not-found error when it names none), only those of -UMDialPlan when it is given."""

    task_class: ClassVar[str]
    kind: ClassVar[str]
    Identity: IdParameter | None  # declared by each cmdlet, as its first parameter
    UMDialPlan: IdParameter | None

    def process(self, ctx: Context) -> Iterator[object]:
        with reading(ctx, self.task_class) as store:
            found = store.match_objects(self.kind, id_text(self.Identity))
            if self.Identity is not None and not found:
                raise not_found(str(self.Identity), store.dc)
            dp = (
                store.resolve_dial_plan(id_text(self.UMDialPlan) or "")
                if self.UMDialPlan is not None
                else None
            )
            for obj in found:
                if dp is None or str(obj.props.get("UMDialPlan", "")).casefold() == dp.name.casefold():
                    yield config_object(obj)
