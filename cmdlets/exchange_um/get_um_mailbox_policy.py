"""Get-UMMailboxPolicy: The UM mailbox policies (with their PIN policies).

Without -Identity every policy is returned; -UMDialPlan keeps the policies of one dial plan.
"""

from __future__ import annotations

from collections.abc import Iterator

from pwshlite.cmdlet import Cmdlet, Context, Example, Parameter, cmdlet

from ._common import id_text
from ._params import MailboxPolicyIdParameter, UMDialPlanIdParameter
from ._task import reading
from .errors import not_found
from .objects import um_mailbox_policy


@cmdlet(
    "Get-UMMailboxPolicy",
    outputs=("Microsoft.Exchange.Data.Directory.SystemConfiguration.UMMailboxPolicy",),
    dotnet_type="Get-UMMailboxPolicy",
)
class GetUMMailboxPolicy(Cmdlet):
    """Get-UMMailboxPolicy: The UM mailbox policies (with their PIN policies).

    Without -Identity every policy is returned; -UMDialPlan keeps the policies of one dial plan.
    """

    Identity: MailboxPolicyIdParameter | None = Parameter(position=0, pipeline=True, by_property_name=True)
    DomainController: str | None = Parameter(type_name="Microsoft.Exchange.Data.Fqdn")
    UMDialPlan: UMDialPlanIdParameter | None = Parameter()

    examples = (
        Example("Get-UMMailboxPolicy", "Every UM mailbox policy"),
        Example(
            'Get-UMMailboxPolicy -Identity "Contoso DP Default Policy" | '
            "Format-List Name,MinPINLength,PINLifetime,PINHistoryCount,MaxLogonAttempts,LogonFailuresBeforePINReset",
            "The PIN policy of one policy",
        ),
    )

    def process(self, ctx: Context) -> Iterator[object]:
        with reading(ctx, TASK) as store:
            dp = (
                store.resolve_dial_plan(id_text(self.UMDialPlan) or "")
                if self.UMDialPlan is not None
                else None
            )
            if self.Identity is None:
                policies = store.match_policies(None, dp)
            else:
                policies = store.match_policies(id_text(self.Identity) or "", dp)
                if not policies:
                    raise not_found(str(self.Identity), store.dc)
            for policy in policies:
                yield um_mailbox_policy(policy)


TASK = "Microsoft.Exchange.Management.Tasks.GetUMPolicy"
