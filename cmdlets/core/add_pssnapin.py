"""Add-PSSnapin: Adds one or more Windows PowerShell snap-ins to the current session."""

from __future__ import annotations

from pwshlite.cmdlet import Cmdlet, Context, Example, Parameter, Switch, cmdlet
from pwshlite.errors import ErrorCategory


@cmdlet("Add-PSSnapin", dotnet_type="Microsoft.PowerShell.Commands.AddPSSnapinCommand")
class AddPSSnapin(Cmdlet):
    """Add-PSSnapin: Adds one or more Windows PowerShell snap-ins to the current session.

    The Exchange Management Shell snap-ins (Microsoft.Exchange.Management.PowerShell.*) are accepted, so
    scripts written for the EMS run unchanged; other snap-ins are not installed."""

    Name: list[str] = Parameter(position=0, mandatory=True, pipeline=True, by_property_name=True)
    PassThru: Switch = Parameter()

    examples = (
        Example("Add-PSSnapin Microsoft.Exchange.Management.PowerShell.SnapIn", "Load the Exchange snap-in"),
    )

    def process(self, ctx: Context) -> None:
        for name in self.Name:
            if name.casefold().startswith("microsoft.exchange.management.powershell"):
                continue
            ctx.write_error(ctx.error(
                f"The Windows PowerShell snap-in '{name}' is not installed on this computer.",
                "AddPSSnapInRead", ErrorCategory.InvalidArgument, name,
                "System.Management.Automation.PSArgumentException"))  # fmt: skip
