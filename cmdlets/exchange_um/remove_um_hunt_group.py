"""Remove-UMHuntGroup: Delete a UM hunt group."""

from __future__ import annotations

from collections.abc import Iterator

from pwshlite.cmdlet import Cmdlet, Context, Example, Parameter, cmdlet

from ._common import confirm, id_text, whatif_text
from ._params import UMHuntGroupIdParameter
from ._task import task


@cmdlet(
    "Remove-UMHuntGroup",
    supports_should_process=True,
    confirm_impact="High",
    dotnet_type="Remove-UMHuntGroup",
)
class RemoveUMHuntGroup(Cmdlet):
    """Remove-UMHuntGroup: Delete a UM hunt group."""

    Identity: UMHuntGroupIdParameter = Parameter(
        position=0, mandatory=True, pipeline=True, by_property_name=True
    )
    DomainController: str | None = Parameter(type_name="Microsoft.Exchange.Data.Fqdn")

    examples = (
        Example(
            "New-UMIPGateway -Name MyUMIPGateway -Address 10.10.10.1 | Out-Null; New-UMHuntGroup -Name MyUMHuntGroup -UMDialPlan 'Contoso DP' -UMIPGateway MyUMIPGateway | Out-Null; Remove-UMHuntGroup -Identity MyUMIPGateway\\MyUMHuntGroup -Confirm:$false",
            "Delete a hunt group",
        ),
    )

    def process(self, ctx: Context) -> Iterator[object]:
        with task(self, ctx, TASK) as t:
            hg = t.store.resolve_object("UMHuntGroup", id_text(self.Identity) or "")
            if not confirm(ctx, whatif_text("Remove-UMHuntGroup", self.Identity)):
                return
            t.ran, t.modified = True, hg.name
            gw = t.store.get_object(hg.parent_id) if hg.parent_id else None
            t.store.remove_object(hg)
            if gw is not None:
                rest = [h for h in gw.props.get("HuntGroups") or [] if h != hg.name]
                t.store.set_object(gw, {"HuntGroups": rest})
        yield from ()


TASK = "Microsoft.Exchange.Management.Tasks.UM.RemoveUMHuntGroup"
