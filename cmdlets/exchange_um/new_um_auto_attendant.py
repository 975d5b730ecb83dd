"""New-UMAutoAttendant: Create a UM auto attendant for a dial plan.

Pilot identifiers must be unique among the dial plan's auto attendants. A new auto attendant is
disabled unless -Status Enabled is given.
"""

from __future__ import annotations

from collections.abc import Iterator

from pwshlite.cmdlet import Cmdlet, Context, Example, Parameter, ValidateLength, ValidateSet, cmdlet

from ._common import as_list, confirm, id_text, whatif_text
from ._config import check_pilots
from ._params import UMAutoAttendantIdParameter, UMDialPlanIdParameter
from ._task import task
from .objects import config_object


@cmdlet(
    "New-UMAutoAttendant",
    supports_should_process=True,
    outputs=("Microsoft.Exchange.Data.Directory.SystemConfiguration.UMAutoAttendant",),
    dotnet_type="New-UMAutoAttendant",
)
class NewUMAutoAttendant(Cmdlet):
    """New-UMAutoAttendant: Create a UM auto attendant for a dial plan.

    Pilot identifiers must be unique among the dial plan's auto attendants. A new auto attendant is
    disabled unless -Status Enabled is given.
    """

    Name: str = Parameter(position=0, mandatory=True, validate=ValidateLength(0, 64))
    UMDialPlan: UMDialPlanIdParameter = Parameter(mandatory=True)
    DomainController: str | None = Parameter(type_name="Microsoft.Exchange.Data.Fqdn")
    DTMFFallbackAutoAttendant: UMAutoAttendantIdParameter | None = Parameter()
    PilotIdentifierList: object | None = Parameter(
        type_name="Microsoft.Exchange.Data.MultiValuedProperty`1[System.String]"
    )
    SpeechEnabled: bool | None = Parameter()
    Status: str | None = Parameter(
        validate=ValidateSet("Enabled", "Disabled"), type_name="Microsoft.Exchange.Data.StatusEnum"
    )

    examples = (
        Example(
            'New-UMAutoAttendant -Name MyUMAutoAttendant -UMDialPlan "Contoso DP" -PilotIdentifierList 56000,56100 '
            "-SpeechEnabled $true -Status Enabled",
            "A speech-enabled auto attendant with two pilot numbers",
        ),
    )

    def process(self, ctx: Context) -> Iterator[object]:
        result = None
        with task(self, ctx, TASK) as t:
            dp = t.store.resolve_dial_plan(id_text(self.UMDialPlan) or "", task_error=True)
            pilots = as_list(self.PilotIdentifierList)
            check_pilots(t.store, dp.name, pilots)
            if not confirm(ctx, whatif_text("New-UMAutoAttendant", self.Name, ",".join(pilots), dp.name)):
                return
            t.ran, t.modified = True, self.Name
            props = {
                "UMDialPlan": dp.name,
                "PilotIdentifierList": pilots,
                "SpeechEnabled": bool(self.SpeechEnabled),
                "Status": self.Status or "Disabled",
                "DTMFFallbackAutoAttendant": id_text(self.DTMFFallbackAutoAttendant),
            }
            result = t.store.new_object("UMAutoAttendant", self.Name, props)
        if result is not None:
            yield config_object(result)


TASK = "Microsoft.Exchange.Management.Tasks.UM.NewUMAutoAttendant"
