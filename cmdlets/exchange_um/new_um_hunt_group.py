"""New-UMHuntGroup: Link a UM IP gateway to a UM dial plan through a pilot identifier."""

from __future__ import annotations

from collections.abc import Iterator

from pwshlite.cmdlet import Cmdlet, Context, Example, Parameter, ValidateLength, cmdlet

from ._common import confirm, id_text, whatif_text
from ._params import UMDialPlanIdParameter, UMIPGatewayIdParameter
from ._task import task
from .errors import ExchangeError
from .objects import config_object


@cmdlet(
    "New-UMHuntGroup",
    supports_should_process=True,
    outputs=("Microsoft.Exchange.Data.Directory.SystemConfiguration.UMHuntGroup",),
    dotnet_type="New-UMHuntGroup",
)
class NewUMHuntGroup(Cmdlet):
    """New-UMHuntGroup: Link a UM IP gateway to a UM dial plan through a pilot identifier."""

    Name: str = Parameter(position=0, mandatory=True, validate=ValidateLength(0, 64))
    UMDialPlan: UMDialPlanIdParameter = Parameter(mandatory=True)
    UMIPGateway: UMIPGatewayIdParameter = Parameter(mandatory=True)
    DomainController: str | None = Parameter(type_name="Microsoft.Exchange.Data.Fqdn")
    PilotIdentifier: str | None = Parameter()

    examples = (
        Example(
            'New-UMIPGateway -Name MyUMIPGateway -Address 10.10.10.1 | Out-Null; New-UMHuntGroup -Name MyUMHuntGroup -PilotIdentifier 5551234,55555 -UMDialPlan "Contoso DP" '
            "-UMIPGateway MyUMIPGateway",
            "A hunt group with a pilot identifier",
        ),
    )

    def process(self, ctx: Context) -> Iterator[object]:
        result = None
        with task(self, ctx, TASK) as t:
            gw = t.store.resolve_object("UMIPGateway", id_text(self.UMIPGateway) or "")
            dp = t.store.resolve_dial_plan(id_text(self.UMDialPlan) or "", task_error=True)
            pilot = self.PilotIdentifier
            for hg in t.store.iter_objects("UMHuntGroup", parent=gw):
                if (hg.props.get("PilotIdentifier") or "") == (pilot or ""):
                    raise ExchangeError(
                        f'The UM IP gateway "{gw.name}" is already associated with a hunt group with pilot identifier "{pilot or ""}".',
                        "UMHuntGroupAlreadyExistsException",
                    )
            if not confirm(ctx, whatif_text("New-UMHuntGroup", self.Name, pilot or "", dp.name, gw.name)):
                return
            t.ran, t.modified = True, self.Name
            props = {"PilotIdentifier": pilot, "UMDialPlan": dp.name, "UMIPGateway": gw.name}
            result = t.store.new_object("UMHuntGroup", self.Name, props, parent=gw)
            t.store.set_object(gw, {"HuntGroups": [*(gw.props.get("HuntGroups") or []), self.Name]})
        if result is not None:
            yield config_object(result)


TASK = "Microsoft.Exchange.Management.Tasks.UM.NewUMHuntGroup"
