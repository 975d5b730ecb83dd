"""Get-UMCallRouterSettings: The UM Call Router settings of the Exchange servers."""

from __future__ import annotations

from collections.abc import Iterator

from pwshlite.cmdlet import Cmdlet, Context, Example, Parameter, cmdlet

from ._common import id_text
from ._config import server_settings
from ._params import ServerIdParameter
from ._task import reading
from .objects_config import generic_object


@cmdlet(
    "Get-UMCallRouterSettings",
    outputs=("Microsoft.Exchange.Data.Directory.SystemConfiguration.SIPFEServerConfiguration",),
    dotnet_type="Get-UMCallRouterSettings",
)
class GetUMCallRouterSettings(Cmdlet):
    """Get-UMCallRouterSettings: The UM Call Router settings of the Exchange servers."""

    Server: ServerIdParameter | None = Parameter(position=0, pipeline=True, by_property_name=True)
    DomainController: str | None = Parameter(type_name="Microsoft.Exchange.Data.Fqdn")

    examples = (
        Example("Get-UMCallRouterSettings -Server EX01 | Format-List", "Call router settings of EX01"),
    )

    def process(self, ctx: Context) -> Iterator[object]:
        with reading(ctx, TASK) as store:
            for rec in server_settings(store, "UMCallRouterSettings", id_text(self.Server)):
                yield generic_object(rec)


TASK = "Microsoft.Exchange.Management.Tasks.UM.GetUMCallRouterSettings"
