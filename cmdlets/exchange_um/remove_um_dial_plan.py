"""Remove-UMDialPlan: Delete a UM dial plan that nothing uses any more.

Refused while a server, UM users, UM mailbox policies, auto attendants or IP gateways are associated
with it (Exchange's messages, in Exchange's order); remove the dial plan's policies first.
"""

from __future__ import annotations

from collections.abc import Iterator

from pwshlite.cmdlet import Cmdlet, Context, Example, Parameter, cmdlet

from ._common import confirm, id_text, whatif_text
from ._params import UMDialPlanIdParameter
from ._task import task


@cmdlet(
    "Remove-UMDialPlan", supports_should_process=True, confirm_impact="High", dotnet_type="Remove-UMDialPlan"
)
class RemoveUMDialPlan(Cmdlet):
    """Remove-UMDialPlan: Delete a UM dial plan that nothing uses any more.

    Refused while a server, UM users, UM mailbox policies, auto attendants or IP gateways are associated
    with it (Exchange's messages, in Exchange's order); remove the dial plan's policies first.
    """

    Identity: UMDialPlanIdParameter = Parameter(
        position=0, mandatory=True, pipeline=True, by_property_name=True
    )
    DomainController: str | None = Parameter(type_name="Microsoft.Exchange.Data.Fqdn")

    examples = (
        Example(
            "New-UMDialPlan MyUMDialPlan -CountryOrRegionCode 1 -NumberOfDigitsInExtension 4 | Out-Null; "
            'Remove-UMMailboxPolicy "MyUMDialPlan Default Policy" -Confirm:$false; '
            "Remove-UMDialPlan -Identity MyUMDialPlan -Confirm:$false",
            "Delete a dial plan after its default policy",
        ),
    )

    def process(self, ctx: Context) -> Iterator[object]:
        with task(self, ctx, TASK) as t:
            dp = t.store.resolve_dial_plan(id_text(self.Identity) or "")
            if not confirm(ctx, whatif_text("Remove-UMDialPlan", self.Identity)):
                return
            t.ran, t.modified = True, dp.name
            t.store.remove_dial_plan(dp)
        yield from ()


TASK = "Microsoft.Exchange.Management.Tasks.UM.RemoveUMDialPlan"
