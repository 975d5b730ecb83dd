"""Remove-UMIPGateway: Delete a UM IP gateway (and its hunt groups)."""

from __future__ import annotations

from collections.abc import Iterator

from pwshlite.cmdlet import Cmdlet, Context, Example, Parameter, cmdlet

from ._common import confirm, id_text, whatif_text
from ._params import UMIPGatewayIdParameter
from ._task import task


@cmdlet(
    "Remove-UMIPGateway",
    supports_should_process=True,
    confirm_impact="High",
    dotnet_type="Remove-UMIPGateway",
)
class RemoveUMIPGateway(Cmdlet):
    """Remove-UMIPGateway: Delete a UM IP gateway (and its hunt groups)."""

    Identity: UMIPGatewayIdParameter = Parameter(
        position=0, mandatory=True, pipeline=True, by_property_name=True
    )
    DomainController: str | None = Parameter(type_name="Microsoft.Exchange.Data.Fqdn")

    examples = (
        Example(
            "New-UMIPGateway -Name MyUMIPGateway -Address 10.10.10.1 | Out-Null; Remove-UMIPGateway -Identity MyUMIPGateway -Confirm:$false",
            "Delete a gateway",
        ),
    )

    def process(self, ctx: Context) -> Iterator[object]:
        with task(self, ctx, TASK) as t:
            gw = t.store.resolve_object("UMIPGateway", id_text(self.Identity) or "")
            if not confirm(ctx, whatif_text("Remove-UMIPGateway", self.Identity)):
                return
            t.ran, t.modified = True, gw.name
            t.store.remove_object(gw)
        yield from ()


TASK = "Microsoft.Exchange.Management.Tasks.UM.RemoveUMIPGateway"
