"""Search-AdminAuditLog: Who ran which state-changing Exchange cmdlet, when, and whether it succeeded.

Every New/Set/Remove/Enable/Disable run is logged with its parameters (PIN and password values
redacted). Newest first; -ResultSize defaults to 1000.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from typing import Any

from pwshlite.cmdlet import Cmdlet, Context, Example, Parameter, cmdlet

from ._common import as_list
from ._task import reading
from .objects_more import audit_event


@cmdlet(
    "Search-AdminAuditLog",
    outputs=("Microsoft.Exchange.Management.SystemConfigurationTasks.AdminAuditLogEvent",),
    dotnet_type="Search-AdminAuditLog",
)
class SearchAdminAuditLog(Cmdlet):
    """Search-AdminAuditLog: Who ran which state-changing Exchange cmdlet, when, and whether it succeeded.

    Every New/Set/Remove/Enable/Disable run is logged with its parameters (PIN and password values
    redacted). Newest first; -ResultSize defaults to 1000.
    """

    Cmdlets: object | None = Parameter(
        pipeline=True,
        by_property_name=True,
        type_name="Microsoft.Exchange.Data.MultiValuedProperty`1[System.String]",
    )
    DomainController: str | None = Parameter(type_name="Microsoft.Exchange.Data.Fqdn")
    EndDate: datetime | None = Parameter(type_name="Microsoft.Exchange.ExchangeSystem.ExDateTime")
    ExternalAccess: bool | None = Parameter()
    IsSuccess: bool | None = Parameter()
    ObjectIds: object | None = Parameter(
        type_name="Microsoft.Exchange.Data.MultiValuedProperty`1[System.String]"
    )
    Parameters: object | None = Parameter(
        type_name="Microsoft.Exchange.Data.MultiValuedProperty`1[System.String]"
    )
    ResultSize: int | None = Parameter()
    StartDate: datetime | None = Parameter(type_name="Microsoft.Exchange.ExchangeSystem.ExDateTime")
    StartIndex: int | None = Parameter()
    UserIds: object | None = Parameter(
        type_name="Microsoft.Exchange.Data.MultiValuedProperty`1[System.String]"
    )

    examples = (
        Example("Search-AdminAuditLog -Cmdlets Set-UMMailboxPIN", "Every PIN reset"),
        Example(
            "Search-AdminAuditLog -ObjectIds tony@contoso.com,Tony -IsSuccess $true | Format-List",
            "Successful changes to one user",
        ),
    )

    def process(self, ctx: Context) -> Iterator[object]:
        with reading(ctx, TASK) as store:
            limit = 1000 if self.ResultSize is None else int(self.ResultSize)
            skip = int(self.StartIndex or 0)
            wanted = {p.casefold() for p in as_list(self.Parameters)}
            events = store.iter_audit(
                start=self.StartDate,
                end=self.EndDate,
                cmdlets=as_list(self.Cmdlets) or None,
                object_ids=_object_ids(store, as_list(self.ObjectIds)) or None,
                user_ids=as_list(self.UserIds) or None,
                succeeded=self.IsSuccess,
                limit=None,
            )
            sent = 0
            for i, rec in enumerate(events):
                if wanted and not wanted & {name.casefold() for name, _ in rec.parameters}:
                    continue
                if i < skip:
                    continue
                if sent >= limit:
                    return
                sent += 1
                yield audit_event(rec)


TASK = "Microsoft.Exchange.Management.SystemConfigurationTasks.SearchAdminAuditLog"


def _object_ids(store: Any, ids: list[str]) -> list[str]:
    """-ObjectIds as typed plus the identities they resolve to (an email address finds the user's entries)."""
    out = list(ids)
    for text in ids:
        out.extend(rec.identity for rec in store.match_recipients(text, limit=10))
    return out
