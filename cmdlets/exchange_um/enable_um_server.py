"""Enable-UMServer: Let the UM service of a server take calls again."""

from __future__ import annotations

from collections.abc import Iterator

from pwshlite.cmdlet import Cmdlet, Context, Example, Parameter, cmdlet

from ._common import id_text
from ._config import server_settings, toggle_status
from ._params import UMServerIdParameter
from ._task import task


@cmdlet("Enable-UMServer", supports_should_process=True, dotnet_type="Enable-UMServer")
class EnableUMServer(Cmdlet):
    """Enable-UMServer: Let the UM service of a server take calls again."""

    Identity: UMServerIdParameter = Parameter(
        position=0, mandatory=True, pipeline=True, by_property_name=True
    )
    DomainController: str | None = Parameter(type_name="Microsoft.Exchange.Data.Fqdn")

    examples = (
        Example(
            "Disable-UMServer -Identity EX01 -Confirm:$false; Enable-UMServer -Identity EX01",
            "Enable UM on EX01",
        ),
    )

    def process(self, ctx: Context) -> Iterator[object]:
        with task(self, ctx, TASK) as t:
            (rec,) = server_settings(t.store, "UMService", id_text(self.Identity))
            if not ctx.should_process(rec.name, "Enable-UMServer"):
                return
            t.ran, t.modified = True, rec.name
            toggle_status(t.store, rec, True, "Unified Messaging service")
        yield from ()


TASK = "Microsoft.Exchange.Management.Tasks.UM.EnableUMServer"
