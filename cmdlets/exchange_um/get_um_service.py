"""Get-UMService: The Unified Messaging settings of the Exchange servers (the emulated EX01)."""

from __future__ import annotations

from collections.abc import Iterator

from pwshlite.cmdlet import Cmdlet, Context, Example, Parameter, cmdlet

from ._common import id_text
from ._config import server_settings
from ._params import UMServerIdParameter
from ._task import reading
from .objects_config import generic_object


@cmdlet(
    "Get-UMService",
    outputs=("Microsoft.Exchange.Data.Directory.SystemConfiguration.UMServer",),
    dotnet_type="Get-UMService",
)
class GetUMService(Cmdlet):
    """Get-UMService: The Unified Messaging settings of the Exchange servers (the emulated EX01)."""

    Identity: UMServerIdParameter | None = Parameter(position=0, pipeline=True, by_property_name=True)
    DomainController: str | None = Parameter(type_name="Microsoft.Exchange.Data.Fqdn")

    examples = (Example("Get-UMService -Identity EX01 | Format-List", "The UM settings of one server"),)

    def process(self, ctx: Context) -> Iterator[object]:
        with reading(ctx, TASK) as store:
            for rec in server_settings(store, "UMService", id_text(self.Identity)):
                yield generic_object(rec)


TASK = "Microsoft.Exchange.Management.Tasks.UM.GetUMService"
