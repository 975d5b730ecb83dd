"""Get-Recipient: Every kind of recipient (mailboxes, mail users, users) in one list.

Filters: -RecipientType, -RecipientTypeDetails, -Filter (OPATH), -Anr; -SortBy and -ResultSize
(default 1000).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from pwshlite.cmdlet import Cmdlet, Context, Example, Parameter, Switch, ValidateSet, cmdlet

from ._common import as_list, id_text, limited
from ._filter import FilterTarget, compile_filter, recipient_attributes
from ._params import DatabaseIdParameter, OrganizationalUnitIdParameter, RecipientIdParameter, Unlimited
from ._task import reading
from .errors import not_found
from .objects_more import recipient

_SETS1 = ("AnrSet", "Identity", "RecipientPreviewFilterSet")


@cmdlet(
    "Get-Recipient",
    default_set="Identity",
    outputs=("Microsoft.Exchange.Data.Directory.Management.ReducedRecipient",),
    dotnet_type="Get-Recipient",
)
class GetRecipient(Cmdlet):
    """Get-Recipient: Every kind of recipient (mailboxes, mail users, users) in one list.

    Filters: -RecipientType, -RecipientTypeDetails, -Filter (OPATH), -Anr; -SortBy and -ResultSize
    (default 1000).
    """

    Anr: str | None = Parameter(sets=("AnrSet",))
    AuthenticationType: str | None = Parameter(
        sets=_SETS1,
        validate=ValidateSet("Federated", "Managed"),
        type_name="Microsoft.Exchange.Data.AuthenticationType",
    )
    Credential: object | None = Parameter(type_name="System.Management.Automation.PSCredential")
    DomainController: str | None = Parameter(type_name="Microsoft.Exchange.Data.Fqdn")
    Filter: str | None = Parameter()
    IgnoreDefaultScope: Switch = Parameter()
    OrganizationalUnit: OrganizationalUnitIdParameter | None = Parameter()
    PropertySet: str | None = Parameter(
        validate=ValidateSet("All", "ControlPanel", "ConsoleSmallSet", "ConsoleLargeSet", "Minimum"),
        type_name="Microsoft.Exchange.Data.PropertySet",
    )
    ReadFromDomainController: Switch = Parameter()
    RecipientType: list[str] | None = Parameter(
        validate=ValidateSet(
            "DynamicDistributionGroup",
            "MailContact",
            "MailNonUniversalGroup",
            "MailUniversalDistributionGroup",
            "MailUniversalSecurityGroup",
            "MailUser",
            "PublicFolder",
            "UserMailbox",
        ),
        type_name="Microsoft.Exchange.Data.RecipientType[]",
    )
    RecipientTypeDetails: list[str] | None = Parameter(
        validate=ValidateSet(
            "DiscoveryMailbox",
            "DynamicDistributionGroup",
            "EquipmentMailbox",
            "GroupMailbox",
            "GuestMailUser",
            "LegacyMailbox",
            "LinkedMailbox",
            "LinkedRoomMailbox",
            "MailContact",
            "MailForestContact",
            "MailNonUniversalGroup",
            "MailUniversalDistributionGroup",
            "MailUniversalSecurityGroup",
            "MailUser",
            "PublicFolder",
            "PublicFolderMailbox",
            "RemoteEquipmentMailbox",
            "RemoteRoomMailbox",
            "RemoteSharedMailbox",
            "RemoteTeamMailbox",
            "RemoteUserMailbox",
            "RoomList",
            "RoomMailbox",
            "SchedulingMailbox",
            "SharedMailbox",
            "SharedWithMailUser",
            "TeamMailbox",
            "UserMailbox",
        ),
        type_name="Microsoft.Exchange.Data.RecipientTypeDetails[]",
    )
    ResultSize: Unlimited | None = Parameter()
    SortBy: str | None = Parameter()
    Capabilities: object | None = Parameter(
        sets=_SETS1, type_name="Microsoft.Exchange.Data.MultiValuedProperty`1[System.String]"
    )
    Database: DatabaseIdParameter | None = Parameter(
        pipeline=True, by_property_name=True, sets=("AnrSet", "DatabaseSet")
    )
    Properties: list[str] | None = Parameter()
    IncludeManagerWithDisplayName: Switch = Parameter(sets=_SETS1)
    IncludeSoftDeletedRecipients: Switch = Parameter()
    Identity: RecipientIdParameter | None = Parameter(
        position=0, pipeline=True, by_property_name=True, sets=("Identity",)
    )
    BookmarkDisplayName: str | None = Parameter(sets=("Identity",))
    IncludeBookmarkObject: bool | None = Parameter(sets=("Identity",))
    RecipientPreviewFilter: str | None = Parameter(sets=("RecipientPreviewFilterSet",))

    examples = (
        Example("Get-Recipient -ResultSize Unlimited", "Every recipient"),
        Example(
            "Get-Recipient -RecipientTypeDetails UserMailbox -Filter \"Name -like 'Tony*'\"",
            "Mailboxes named Tony*",
        ),
        Example("Get-Recipient -Filter {UMEnabled -eq $true}", "UM-enabled recipients"),
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
        kinds = {k.casefold() for k in as_list(self.RecipientType)}
        for rec in store.iter_recipients(types=types, anr=self.Anr, order_by=self.SortBy):
            if rec.recipient_type == "User":
                continue  # Get-Recipient lists mail-enabled recipients only
            if kinds and rec.recipient_type.casefold() not in kinds:
                continue
            obj = self._object(store, rec)
            if predicate is None or predicate(FilterTarget(obj, recipient_attributes(rec))):
                yield obj

    @staticmethod
    def _object(store: Any, rec: Any) -> object:
        um = store.um_mailbox(rec) if rec.um_enabled else None
        return recipient(rec, um.policy_name if um else None, um.dial_plan_name if um else None)


TASK = "Microsoft.Exchange.Management.RecipientTasks.GetRecipient"
