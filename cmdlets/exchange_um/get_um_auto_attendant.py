"""Get-UMAutoAttendant: The UM auto attendants."""

from __future__ import annotations

from collections.abc import Iterator

from pwshlite.cmdlet import Cmdlet, Context, Example, Parameter, cmdlet

from ._common import id_text
from ._params import UMAutoAttendantIdParameter, UMDialPlanIdParameter
from ._task import reading
from .errors import not_found
from .objects import config_object


@cmdlet(
    "Get-UMAutoAttendant",
    outputs=("Microsoft.Exchange.Data.Directory.SystemConfiguration.UMAutoAttendant",),
    dotnet_type="Get-UMAutoAttendant",
)
class GetUMAutoAttendant(Cmdlet):
    """Get-UMAutoAttendant: The UM auto attendants."""

    Identity: UMAutoAttendantIdParameter | None = Parameter(position=0, pipeline=True, by_property_name=True)
    DomainController: str | None = Parameter(type_name="Microsoft.Exchange.Data.Fqdn")
    UMDialPlan: UMDialPlanIdParameter | None = Parameter()

    examples = (
        Example('Get-UMAutoAttendant -UMDialPlan "Contoso DP"', "The auto attendants of a dial plan"),
    )

    def process(self, ctx: Context) -> Iterator[object]:
        with reading(ctx, TASK) as store:
            found = store.match_objects("UMAutoAttendant", id_text(self.Identity))
            if self.Identity is not None and not found:
                raise not_found(str(self.Identity), store.dc)
            dp = (
                store.resolve_dial_plan(id_text(self.UMDialPlan) or "")
                if self.UMDialPlan is not None
                else None
            )
            for aa in found:
                if dp is None or str(aa.props.get("UMDialPlan", "")).casefold() == dp.name.casefold():
                    yield config_object(aa)


TASK = "Microsoft.Exchange.Management.Tasks.UM.GetUMAutoAttendant"
