"""Get-MailboxDatabase: The mailbox databases of the organization."""

from __future__ import annotations

from collections.abc import Iterator

from pwshlite.cmdlet import Cmdlet, Context, Example, Parameter, Switch, cmdlet

from ._common import id_text
from ._params import DatabaseIdParameter, ServerIdParameter
from ._task import reading
from .errors import not_found
from .objects_more import org_object


@cmdlet(
    "Get-MailboxDatabase",
    default_set="Identity",
    outputs=("Microsoft.Exchange.Data.Directory.Management.MailboxDatabase",),
    dotnet_type="Get-MailboxDatabase",
)
class GetMailboxDatabase(Cmdlet):
    """Get-MailboxDatabase: The mailbox databases of the organization."""

    Server: ServerIdParameter | None = Parameter(
        mandatory=True, pipeline=True, by_property_name=True, sets=("Server",)
    )
    DomainController: str | None = Parameter(type_name="Microsoft.Exchange.Data.Fqdn")
    DumpsterStatistics: Switch = Parameter()
    IncludeCorrupted: Switch = Parameter()
    IncludePreExchange2010: Switch = Parameter()
    IncludePreExchange2013: Switch = Parameter()
    Status: Switch = Parameter()
    Identity: DatabaseIdParameter | None = Parameter(
        position=0, pipeline=True, by_property_name=True, sets=("Identity",)
    )

    examples = (Example("Get-MailboxDatabase", "The mailbox databases"),)

    def process(self, ctx: Context) -> Iterator[object]:
        with reading(ctx, TASK) as store:
            found = store.match_objects("MailboxDatabase", id_text(self.Identity))
            server = id_text(self.Server)
            if server:
                found = [d for d in found if str(d.props.get("Server", "")).casefold() == server.casefold()]
            if self.Identity is not None and not found:
                raise not_found(str(self.Identity), store.dc)
            for db in found:
                yield org_object("MailboxDatabase", db)


TASK = "Microsoft.Exchange.Management.SystemConfigurationTasks.GetMailboxDatabase"
