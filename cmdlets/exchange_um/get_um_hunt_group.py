r"""Get-UMHuntGroup: The UM hunt groups (identity <gateway>\<hunt group>)."""

from __future__ import annotations

from collections.abc import Iterator

from pwshlite.cmdlet import Cmdlet, Context, Example, Parameter, cmdlet

from ._common import id_text
from ._params import UMDialPlanIdParameter, UMHuntGroupIdParameter
from ._task import reading
from .errors import not_found
from .objects import config_object


@cmdlet(
    "Get-UMHuntGroup",
    outputs=("Microsoft.Exchange.Data.Directory.SystemConfiguration.UMHuntGroup",),
    dotnet_type="Get-UMHuntGroup",
)
class GetUMHuntGroup(Cmdlet):
    r"""Get-UMHuntGroup: The UM hunt groups (identity <gateway>\<hunt group>)."""

    Identity: UMHuntGroupIdParameter | None = Parameter(position=0, pipeline=True, by_property_name=True)
    DomainController: str | None = Parameter(type_name="Microsoft.Exchange.Data.Fqdn")
    UMDialPlan: UMDialPlanIdParameter | None = Parameter()

    examples = (Example('Get-UMHuntGroup -UMDialPlan "Contoso DP"', "The hunt groups of a dial plan"),)

    def process(self, ctx: Context) -> Iterator[object]:
        with reading(ctx, TASK) as store:
            found = store.match_objects("UMHuntGroup", id_text(self.Identity))
            if self.Identity is not None and not found:
                raise not_found(str(self.Identity), store.dc)
            dp = (
                store.resolve_dial_plan(id_text(self.UMDialPlan) or "")
                if self.UMDialPlan is not None
                else None
            )
            for hg in found:
                if dp is not None and str(hg.props.get("UMDialPlan", "")).casefold() != dp.name.casefold():
                    continue
                yield config_object(hg)


TASK = "Microsoft.Exchange.Management.Tasks.UM.GetUMHuntGroup"
