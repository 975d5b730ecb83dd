"""Enable-UMAutoAttendant: Let a UM auto attendant answer calls."""

from __future__ import annotations

from collections.abc import Iterator

from pwshlite.cmdlet import Cmdlet, Context, Example, Parameter, cmdlet

from ._common import confirm, id_text, whatif_text
from ._params import UMAutoAttendantIdParameter
from ._task import task
from .errors import ExchangeError


@cmdlet("Enable-UMAutoAttendant", supports_should_process=True, dotnet_type="Enable-UMAutoAttendant")
class EnableUMAutoAttendant(Cmdlet):
    """Enable-UMAutoAttendant: Let a UM auto attendant answer calls."""

    Identity: UMAutoAttendantIdParameter = Parameter(
        position=0, mandatory=True, pipeline=True, by_property_name=True
    )
    DomainController: str | None = Parameter(type_name="Microsoft.Exchange.Data.Fqdn")

    examples = (
        Example(
            'New-UMAutoAttendant -Name MyUMAutoAttendant -UMDialPlan "Contoso DP" | Out-Null; Enable-UMAutoAttendant -Identity MyUMAutoAttendant',
            "Enable an auto attendant",
        ),
    )

    def process(self, ctx: Context) -> Iterator[object]:
        with task(self, ctx, TASK) as t:
            aa = t.store.resolve_object("UMAutoAttendant", id_text(self.Identity) or "")
            if str(aa.props.get("Status", "Disabled")) == "Enabled":
                raise ExchangeError(
                    f"The auto attendant {aa.name} is already enabled.",
                    "AutoAttendantAlreadyEnabledException",
                )
            if not confirm(ctx, whatif_text("Enable-UMAutoAttendant", self.Identity)):
                return
            t.ran, t.modified = True, aa.name
            t.store.set_object(aa, {"Status": "Enabled"})
        yield from ()


TASK = "Microsoft.Exchange.Management.Tasks.UM.EnableUMAutoAttendant"
