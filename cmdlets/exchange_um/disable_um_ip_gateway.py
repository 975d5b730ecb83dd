"""Disable-UMIPGateway: Stop a UM IP gateway from taking new calls (-Immediate: drop current calls)."""

from __future__ import annotations

from collections.abc import Iterator

from pwshlite.cmdlet import Cmdlet, Context, Example, Parameter, cmdlet

from ._common import confirm, id_text, whatif_text
from ._params import UMIPGatewayIdParameter
from ._task import task
from .errors import ExchangeError


@cmdlet(
    "Disable-UMIPGateway",
    supports_should_process=True,
    confirm_impact="High",
    dotnet_type="Disable-UMIPGateway",
)
class DisableUMIPGateway(Cmdlet):
    """Disable-UMIPGateway: Stop a UM IP gateway from taking new calls (-Immediate: drop current calls)."""

    Identity: UMIPGatewayIdParameter = Parameter(
        position=0, mandatory=True, pipeline=True, by_property_name=True
    )
    DomainController: str | None = Parameter(type_name="Microsoft.Exchange.Data.Fqdn")
    Immediate: bool | None = Parameter()

    examples = (
        Example(
            "New-UMIPGateway -Name MyUMIPGateway -Address 10.10.10.1 | Out-Null; Disable-UMIPGateway -Identity MyUMIPGateway -Confirm:$false",
            "Disable a gateway",
        ),
    )

    def process(self, ctx: Context) -> Iterator[object]:
        with task(self, ctx, TASK) as t:
            gw = t.store.resolve_object("UMIPGateway", id_text(self.Identity) or "")
            if str(gw.props.get("Status", "Enabled")) == "Disabled":
                raise ExchangeError(
                    f'The UM IP gateway "{gw.name}" has already been disabled.',
                    "UMIPGatewayAlreadyDisabledException",
                )
            key = "Disable-UMIPGateway-Immediate" if self.Immediate else "Disable-UMIPGateway"
            if not confirm(ctx, whatif_text(key)):
                return
            t.ran, t.modified = True, gw.name
            t.store.set_object(gw, {"Status": "Disabled"})
        yield from ()


TASK = "Microsoft.Exchange.Management.Tasks.UM.DisableUMIPGateway"
