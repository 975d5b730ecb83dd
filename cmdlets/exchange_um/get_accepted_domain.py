"""Get-AcceptedDomain: The SMTP domains the organization accepts mail for."""

from __future__ import annotations

from collections.abc import Iterator
from types import SimpleNamespace
from typing import Any

from pwshlite.cmdlet import Cmdlet, Context, Example, Parameter, cmdlet

from ._common import id_text, limited
from ._params import AcceptedDomainIdParameter, Unlimited
from ._task import reading
from .errors import not_found
from .objects_more import org_object


@cmdlet(
    "Get-AcceptedDomain",
    outputs=("Microsoft.Exchange.Data.Directory.SystemConfiguration.AcceptedDomain",),
    dotnet_type="Get-AcceptedDomain",
)
class GetAcceptedDomain(Cmdlet):
    """Get-AcceptedDomain: The SMTP domains the organization accepts mail for."""

    Identity: AcceptedDomainIdParameter | None = Parameter(position=0, pipeline=True, by_property_name=True)
    DomainController: str | None = Parameter(type_name="Microsoft.Exchange.Data.Fqdn")
    ResultSize: Unlimited | None = Parameter()

    examples = (Example("Get-AcceptedDomain", "The accepted domains"),)

    def process(self, ctx: Context) -> Iterator[object]:
        with reading(ctx, TASK) as store:
            wanted = (id_text(self.Identity) or "").casefold()
            found = [
                d
                for d in store.iter_accepted_domains()
                if not wanted or wanted in (d["Name"].casefold(), d["DomainName"].casefold(), d["Guid"])
            ]
            if wanted and not found:
                raise not_found(str(self.Identity), store.dc)
            yield from limited(ctx, (_object(d) for d in found), self.ResultSize)


TASK = "Microsoft.Exchange.Management.SystemConfigurationTasks.GetAcceptedDomain"


def _object(d: dict[str, Any]) -> object:
    props = {"DomainName": d["DomainName"], "DomainType": d["DomainType"], "Default": d["Default"]}
    props.update({"AddressBookEnabled": True, "MatchSubDomains": False, "PendingRemoval": False})
    rec = SimpleNamespace(
        name=d["Name"],
        guid=d["Guid"],
        when_created=d["WhenCreated"],
        when_changed=d["WhenChanged"],
        props=props,
    )
    return org_object("AcceptedDomain", rec)
