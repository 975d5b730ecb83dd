"""Disable-UMService: Stop the UM service of a server from taking calls."""

from __future__ import annotations

from collections.abc import Iterator

from pwshlite.cmdlet import Cmdlet, Context, Example, Parameter, cmdlet

from ._common import id_text
from ._config import server_settings, toggle_status
from ._params import UMServerIdParameter
from ._task import task


@cmdlet(
    "Disable-UMService", supports_should_process=True, confirm_impact="High", dotnet_type="Disable-UMService"
)
class DisableUMService(Cmdlet):
    """Disable-UMService: Stop the UM service of a server from taking calls."""

    Identity: UMServerIdParameter = Parameter(
        position=0, mandatory=True, pipeline=True, by_property_name=True
    )
    DomainController: str | None = Parameter(type_name="Microsoft.Exchange.Data.Fqdn")
    Immediate: bool | None = Parameter()

    examples = (Example("Disable-UMService -Identity EX01 -Confirm:$false", "Disable UM on EX01"),)

    def process(self, ctx: Context) -> Iterator[object]:
        with task(self, ctx, TASK) as t:
            (rec,) = server_settings(t.store, "UMService", id_text(self.Identity))
            if not ctx.should_process(rec.name, "Disable-UMService"):
                return
            t.ran, t.modified = True, rec.name
            toggle_status(t.store, rec, False, "Unified Messaging service")
        yield from ()


TASK = "Microsoft.Exchange.Management.Tasks.UM.DisableUMService"
