"""Get-UMCallSummaryReport: Call statistics per day, month or in total for a dial plan or IP gateway.

The emulated organization handles no calls, so there are no statistics to summarise and nothing is
returned (after the dial plan or gateway is checked).
"""

from __future__ import annotations

from collections.abc import Iterator

from pwshlite.cmdlet import Cmdlet, Context, Example, Parameter, ValidateSet, cmdlet

from ._config import check_call_scope
from ._params import UMDialPlanIdParameter, UMIPGatewayIdParameter
from ._task import reading


@cmdlet("Get-UMCallSummaryReport", dotnet_type="Get-UMCallSummaryReport")
class GetUMCallSummaryReport(Cmdlet):
    """Get-UMCallSummaryReport: Call statistics per day, month or in total for a dial plan or IP gateway.

    The emulated organization handles no calls, so there are no statistics to summarise and nothing is
    returned (after the dial plan or gateway is checked).
    """

    GroupBy: str = Parameter(
        mandatory=True,
        validate=ValidateSet("Day", "Month", "Total"),
        type_name="Microsoft.Exchange.Data.GroupBy",
    )
    DomainController: str | None = Parameter(type_name="Microsoft.Exchange.Data.Fqdn")
    UMDialPlan: UMDialPlanIdParameter | None = Parameter()
    UMIPGateway: UMIPGatewayIdParameter | None = Parameter()

    examples = (
        Example('Get-UMCallSummaryReport -UMDialPlan "Contoso DP" -GroupBy Total', "All-time call summary"),
    )

    def process(self, ctx: Context) -> Iterator[object]:
        with reading(ctx, TASK) as store:
            check_call_scope(store, self.UMDialPlan, self.UMIPGateway)
        yield from ()


TASK = "Microsoft.Exchange.Management.Tasks.UM.GetUMCallSummaryReport"
