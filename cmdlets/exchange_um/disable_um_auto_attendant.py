"""Disable-UMAutoAttendant: Stop a UM auto attendant from answering calls."""

from __future__ import annotations

from collections.abc import Iterator

from pwshlite.cmdlet import Cmdlet, Context, Example, Parameter, cmdlet

from ._common import confirm, id_text, whatif_text
from ._params import UMAutoAttendantIdParameter
from ._task import task
from .errors import ExchangeError


@cmdlet(
    "Disable-UMAutoAttendant",
    supports_should_process=True,
    confirm_impact="High",
    dotnet_type="Disable-UMAutoAttendant",
)
class DisableUMAutoAttendant(Cmdlet):
    """Disable-UMAutoAttendant: Stop a UM auto attendant from answering calls."""

    Identity: UMAutoAttendantIdParameter = Parameter(
        position=0, mandatory=True, pipeline=True, by_property_name=True
    )
    DomainController: str | None = Parameter(type_name="Microsoft.Exchange.Data.Fqdn")

    examples = (
        Example(
            'New-UMAutoAttendant -Name MyUMAutoAttendant -UMDialPlan "Contoso DP" -Status Enabled | Out-Null; Disable-UMAutoAttendant -Identity MyUMAutoAttendant -Confirm:$false',
            "Disable an auto attendant",
        ),
    )

    def process(self, ctx: Context) -> Iterator[object]:
        with task(self, ctx, TASK) as t:
            aa = t.store.resolve_object("UMAutoAttendant", id_text(self.Identity) or "")
            if str(aa.props.get("Status", "Disabled")) == "Disabled":
                raise ExchangeError(
                    f"The auto attendant {aa.name} is already disabled.",
                    "AutoAttendantAlreadyDisabledException",
                )
            if not confirm(ctx, whatif_text("Disable-UMAutoAttendant", self.Identity)):
                return
            t.ran, t.modified = True, aa.name
            t.store.set_object(aa, {"Status": "Disabled"})
        yield from ()


TASK = "Microsoft.Exchange.Management.Tasks.UM.DisableUMAutoAttendant"
