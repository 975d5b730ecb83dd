"""Get-User: The user accounts of the organization, with or without a mailbox.

-RecipientTypeDetails (User, UserMailbox, ...), -Filter (OPATH), -Anr, -Sortby and -ResultSize
(default 1000).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from pwshlite.cmdlet import Cmdlet, Context, Example, Parameter, Switch, ValidateSet, cmdlet

from ._common import as_list, id_text, limited
from ._filter import FilterTarget, compile_filter, recipient_attributes
from ._params import OrganizationalUnitIdParameter, Unlimited, UserIdParameter
from ._task import reading
from .errors import not_found
from .objects_more import user


@cmdlet(
    "Get-User",
    default_set="Identity",
    outputs=("Microsoft.Exchange.Data.Directory.Management.User",),
    dotnet_type="Get-User",
)
class GetUser(Cmdlet):
    """Get-User: The user accounts of the organization, with or without a mailbox.

    -RecipientTypeDetails (User, UserMailbox, ...), -Filter (OPATH), -Anr, -Sortby and -ResultSize
    (default 1000).
    """

    Anr: str | None = Parameter(sets=("AnrSet",))
    Arbitration: Switch = Parameter()
    AuditLog: Switch = Parameter()
    AuxAuditLog: Switch = Parameter()
    Credential: object | None = Parameter(type_name="System.Management.Automation.PSCredential")
    DomainController: str | None = Parameter(type_name="Microsoft.Exchange.Data.Fqdn")
    Filter: str | None = Parameter()
    IgnoreDefaultScope: Switch = Parameter()
    IncludeDirectReportsWithDisplayNames: Switch = Parameter()
    IncludeManagerWithDisplayName: Switch = Parameter()
    IsVIP: Switch = Parameter()
    OrganizationalUnit: OrganizationalUnitIdParameter | None = Parameter()
    PublicFolder: Switch = Parameter()
    ReadFromDomainController: Switch = Parameter()
    RecipientTypeDetails: list[str] | None = Parameter(
        validate=ValidateSet(
            "DisabledUser",
            "DiscoveryMailbox",
            "EquipmentMailbox",
            "GuestMailUser",
            "GroupMailbox",
            "LegacyMailbox",
            "LinkedMailbox",
            "LinkedRoomMailbox",
            "LinkedUser",
            "MailUser",
            "PublicFolderMailbox",
            "RemoteEquipmentMailbox",
            "RemoteRoomMailbox",
            "RemoteSharedMailbox",
            "RemoteTeamMailbox",
            "RemoteUserMailbox",
            "RoomMailbox",
            "SchedulingMailbox",
            "SharedMailbox",
            "SharedWithMailUser",
            "TeamMailbox",
            "User",
            "UserMailbox",
        ),
        type_name="Microsoft.Exchange.Data.RecipientTypeDetails[]",
    )
    ResultSize: Unlimited | None = Parameter()
    Sortby: str | None = Parameter()
    SupervisoryReviewPolicy: Switch = Parameter()
    Identity: UserIdParameter | None = Parameter(
        position=0, pipeline=True, by_property_name=True, sets=("Identity",)
    )

    examples = (
        Example("Get-User -ResultSize Unlimited", "Every user"),
        Example("Get-User -Identity tony@contoso.com | Format-List DisplayName,Phone,Title", "One user"),
        Example("Get-User -RecipientTypeDetails User", "Users without a mailbox"),
    )

    def process(self, ctx: Context) -> Iterator[object]:
        with reading(ctx, TASK) as store:
            if self.Identity is not None:
                found = store.match_recipients(id_text(self.Identity) or "")
                if not found:
                    raise not_found(str(self.Identity), store.dc)
                yield from (self._object(store, rec) for rec in found)
                return
            yield from limited(ctx, self._all(store), self.ResultSize)

    def _all(self, store: Any) -> Iterator[object]:
        predicate = compile_filter(self.Filter)
        types = as_list(self.RecipientTypeDetails) or None
        for rec in store.iter_recipients(types=types, anr=self.Anr, order_by=self.Sortby):
            obj = self._object(store, rec)
            if predicate is None or predicate(FilterTarget(obj, recipient_attributes(rec))):
                yield obj

    @staticmethod
    def _object(store: Any, rec: Any) -> object:
        um = store.um_mailbox(rec) if rec.um_enabled else None
        return user(rec, um.dial_plan_name if um else None)


TASK = "Microsoft.Exchange.Management.RecipientTasks.GetUser"
