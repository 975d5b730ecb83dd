"""Get-ExchangeServer: The Exchange servers of the organization (the emulated EX01)."""

from __future__ import annotations

from collections.abc import Iterator

from pwshlite.cmdlet import Cmdlet, Context, Example, Parameter, Switch, cmdlet

from ._common import id_text
from ._params import ServerIdParameter
from ._task import reading
from .errors import not_found
from .objects_more import org_object


@cmdlet(
    "Get-ExchangeServer",
    default_set="Identity",
    outputs=("Microsoft.Exchange.Data.Directory.Management.ExchangeServer",),
    dotnet_type="Get-ExchangeServer",
)
class GetExchangeServer(Cmdlet):
    """Get-ExchangeServer: The Exchange servers of the organization (the emulated EX01)."""

    Domain: str | None = Parameter(mandatory=True, sets=("Domain",), type_name="Microsoft.Exchange.Data.Fqdn")
    DomainController: str | None = Parameter(type_name="Microsoft.Exchange.Data.Fqdn")
    Status: Switch = Parameter()
    Identity: ServerIdParameter | None = Parameter(
        position=0, pipeline=True, by_property_name=True, sets=("Identity",)
    )

    examples = (
        Example("Get-ExchangeServer | Format-List Name,ServerRole,AdminDisplayVersion", "The servers"),
    )

    def process(self, ctx: Context) -> Iterator[object]:
        with reading(ctx, TASK) as store:
            servers = store.match_objects("ExchangeServer", id_text(self.Identity))
            if self.Domain:
                servers = [
                    s for s in servers if str(s.props.get("Domain", "")).casefold() == self.Domain.casefold()
                ]
            if self.Identity is not None and not servers:
                raise not_found(str(self.Identity), store.dc)
            for server in servers:
                yield org_object("ExchangeServer", server)


TASK = "Microsoft.Exchange.Management.SystemConfigurationTasks.GetExchangeServer"
