"""Get-UMDialPlan: The UM dial plans of the organization.

Without -Identity every dial plan is returned.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from pwshlite.cmdlet import Cmdlet, Context, Example, Parameter, cmdlet

from ._common import id_text
from ._params import UMDialPlanIdParameter
from ._task import reading
from .errors import not_found
from .objects import um_dial_plan


@cmdlet(
    "Get-UMDialPlan",
    outputs=("Microsoft.Exchange.Data.Directory.SystemConfiguration.UMDialPlan",),
    dotnet_type="Get-UMDialPlan",
)
class GetUMDialPlan(Cmdlet):
    """Get-UMDialPlan: The UM dial plans of the organization.

    Without -Identity every dial plan is returned.
    """

    Identity: UMDialPlanIdParameter | None = Parameter(position=0, pipeline=True, by_property_name=True)
    DomainController: str | None = Parameter(type_name="Microsoft.Exchange.Data.Fqdn")

    examples = (
        Example("Get-UMDialPlan", "Every UM dial plan"),
        Example(
            'Get-UMDialPlan -Identity "Contoso DP" | Format-List', "One dial plan with all its properties"
        ),
    )

    def process(self, ctx: Context) -> Iterator[object]:
        with reading(ctx, TASK) as store:
            if self.Identity is None:
                plans = store.match_dial_plans(None)
            else:
                plans = store.match_dial_plans(id_text(self.Identity) or "")
                if not plans:
                    raise not_found(str(self.Identity), store.dc)
            for dp in plans:
                yield um_dial_plan(dp, *_links(store, dp))


TASK = "Microsoft.Exchange.Management.Tasks.UM.GetUMDialPlan"


def _links(store: Any, dp: Any) -> tuple[list[str], list[str]]:
    """Names of the IP gateways (through hunt groups) and auto attendants that use the dial plan."""
    keys = {dp.name.casefold(), dp.guid}
    gateways: list[str] = []
    for hg in store.iter_objects("UMHuntGroup"):
        if str(hg.props.get("UMDialPlan") or "").casefold() in keys:
            name = str(hg.props.get("UMIPGateway") or "")
            if name and name not in gateways:
                gateways.append(name)
    attendants = [
        aa.name
        for aa in store.iter_objects("UMAutoAttendant")
        if str(aa.props.get("UMDialPlan") or "").casefold() in keys
    ]
    return gateways, attendants
