"""Enable-UMService: Let the UM service of a server take calls again."""

from __future__ import annotations

from collections.abc import Iterator

from pwshlite.cmdlet import Cmdlet, Context, Example, Parameter, cmdlet

from ._common import id_text
from ._config import server_settings, toggle_status
from ._params import UMServerIdParameter
from ._task import task


@cmdlet("Enable-UMService", supports_should_process=True, dotnet_type="Enable-UMService")
class EnableUMService(Cmdlet):
    """Enable-UMService: Let the UM service of a server take calls again."""

    Identity: UMServerIdParameter = Parameter(
        position=0, mandatory=True, pipeline=True, by_property_name=True
    )
    DomainController: str | None = Parameter(type_name="Microsoft.Exchange.Data.Fqdn")

    examples = (
        Example(
            "Disable-UMService -Identity EX01 -Confirm:$false; Enable-UMService -Identity EX01",
            "Enable UM on EX01",
        ),
    )

    def process(self, ctx: Context) -> Iterator[object]:
        with task(self, ctx, TASK) as t:
            (rec,) = server_settings(t.store, "UMService", id_text(self.Identity))
            if not ctx.should_process(rec.name, "Enable-UMService"):
                return
            t.ran, t.modified = True, rec.name
            toggle_status(t.store, rec, True, "Unified Messaging service")
        yield from ()


TASK = "Microsoft.Exchange.Management.Tasks.UM.EnableUMService"
