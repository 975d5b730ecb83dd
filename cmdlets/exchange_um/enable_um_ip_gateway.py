"""Enable-UMIPGateway: Let a disabled UM IP gateway take calls again."""

from __future__ import annotations

from collections.abc import Iterator

from pwshlite.cmdlet import Cmdlet, Context, Example, Parameter, cmdlet

from ._common import confirm, id_text, whatif_text
from ._params import UMIPGatewayIdParameter
from ._task import task
from .errors import ExchangeError


@cmdlet("Enable-UMIPGateway", supports_should_process=True, dotnet_type="Enable-UMIPGateway")
class EnableUMIPGateway(Cmdlet):
    """Enable-UMIPGateway: Let a disabled UM IP gateway take calls again."""

    Identity: UMIPGatewayIdParameter = Parameter(
        position=0, mandatory=True, pipeline=True, by_property_name=True
    )
    DomainController: str | None = Parameter(type_name="Microsoft.Exchange.Data.Fqdn")

    examples = (
        Example(
            "New-UMIPGateway -Name MyUMIPGateway -Address 10.10.10.1 | Out-Null; Disable-UMIPGateway MyUMIPGateway -Confirm:$false; Enable-UMIPGateway -Identity MyUMIPGateway",
            "Enable a gateway",
        ),
    )

    def process(self, ctx: Context) -> Iterator[object]:
        with task(self, ctx, TASK) as t:
            gw = t.store.resolve_object("UMIPGateway", id_text(self.Identity) or "")
            if str(gw.props.get("Status", "Enabled")) == "Enabled":
                raise ExchangeError(
                    f"The IP gateway {gw.name} has already been enabled.",
                    "UMIPGatewayAlreadyEnabledException",
                )
            if not confirm(ctx, whatif_text("Enable-UMIPGateway", self.Identity)):
                return
            t.ran, t.modified = True, gw.name
            t.store.set_object(gw, {"Status": "Enabled"})
        yield from ()


TASK = "Microsoft.Exchange.Management.Tasks.UM.EnableUMIPGateway"
