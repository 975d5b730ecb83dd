"""New-UMMailboxPolicy: Create a UM mailbox policy tied to one UM dial plan.

The new policy gets the documented defaults (MinPINLength 6, PINLifetime 60 days, PINHistoryCount 5,
MaxLogonAttempts 15, LogonFailuresBeforePINReset 5, AllowCommonPatterns $false, ...).
"""

from __future__ import annotations

from collections.abc import Iterator

from pwshlite.cmdlet import Cmdlet, Context, Example, Parameter, ValidateLength, cmdlet

from ._common import confirm, id_text, whatif_text
from ._params import UMDialPlanIdParameter
from ._task import task
from .objects import um_mailbox_policy


@cmdlet(
    "New-UMMailboxPolicy",
    supports_should_process=True,
    outputs=("Microsoft.Exchange.Data.Directory.SystemConfiguration.UMMailboxPolicy",),
    dotnet_type="New-UMMailboxPolicy",
)
class NewUMMailboxPolicy(Cmdlet):
    """New-UMMailboxPolicy: Create a UM mailbox policy tied to one UM dial plan.

    The new policy gets the documented defaults (MinPINLength 6, PINLifetime 60 days, PINHistoryCount 5,
    MaxLogonAttempts 15, LogonFailuresBeforePINReset 5, AllowCommonPatterns $false, ...).
    """

    Name: str = Parameter(position=0, mandatory=True, validate=ValidateLength(0, 64))
    UMDialPlan: UMDialPlanIdParameter = Parameter(mandatory=True)
    DomainController: str | None = Parameter(type_name="Microsoft.Exchange.Data.Fqdn")

    examples = (
        Example(
            'New-UMMailboxPolicy -Name "Contoso Sales Policy" -UMDialPlan "Contoso DP"',
            "Create a UM mailbox policy for a dial plan",
        ),
    )

    def process(self, ctx: Context) -> Iterator[object]:
        result = None
        with task(self, ctx, TASK) as t:
            dp = t.store.resolve_dial_plan(id_text(self.UMDialPlan) or "", task_error=True)
            if not confirm(ctx, whatif_text("New-UMMailboxPolicy", self.Name, dp.name)):
                return
            t.ran, t.modified = True, self.Name
            result = t.store.new_policy(self.Name, dp)
        if result is not None:
            yield um_mailbox_policy(result)


TASK = "Microsoft.Exchange.Management.Tasks.NewUMPolicy"
