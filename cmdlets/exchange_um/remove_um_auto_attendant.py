"""Remove-UMAutoAttendant: Delete a UM auto attendant."""

from __future__ import annotations

from collections.abc import Iterator

from pwshlite.cmdlet import Cmdlet, Context, Example, Parameter, cmdlet

from ._common import confirm, id_text, whatif_text
from ._params import UMAutoAttendantIdParameter
from ._task import task


@cmdlet(
    "Remove-UMAutoAttendant",
    supports_should_process=True,
    confirm_impact="High",
    dotnet_type="Remove-UMAutoAttendant",
)
class RemoveUMAutoAttendant(Cmdlet):
    """Remove-UMAutoAttendant: Delete a UM auto attendant."""

    Identity: UMAutoAttendantIdParameter = Parameter(
        position=0, mandatory=True, pipeline=True, by_property_name=True
    )
    DomainController: str | None = Parameter(type_name="Microsoft.Exchange.Data.Fqdn")

    examples = (
        Example(
            'New-UMAutoAttendant -Name MyUMAutoAttendant -UMDialPlan "Contoso DP" | Out-Null; Remove-UMAutoAttendant -Identity MyUMAutoAttendant -Confirm:$false',
            "Delete an auto attendant",
        ),
    )

    def process(self, ctx: Context) -> Iterator[object]:
        with task(self, ctx, TASK) as t:
            aa = t.store.resolve_object("UMAutoAttendant", id_text(self.Identity) or "")
            if not confirm(ctx, whatif_text("Remove-UMAutoAttendant", self.Identity)):
                return
            t.ran, t.modified = True, aa.name
            t.store.remove_object(aa)
        yield from ()


TASK = "Microsoft.Exchange.Management.Tasks.UM.RemoveUMAutoAttendant"
