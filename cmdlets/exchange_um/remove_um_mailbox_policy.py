"""Remove-UMMailboxPolicy: Delete a UM mailbox policy no UM-enabled user is assigned to."""

from __future__ import annotations

from collections.abc import Iterator

from pwshlite.cmdlet import Cmdlet, Context, Example, Parameter, cmdlet

from ._common import confirm, id_text, whatif_text
from ._params import MailboxPolicyIdParameter
from ._task import task


@cmdlet(
    "Remove-UMMailboxPolicy",
    supports_should_process=True,
    confirm_impact="High",
    dotnet_type="Remove-UMMailboxPolicy",
)
class RemoveUMMailboxPolicy(Cmdlet):
    """Remove-UMMailboxPolicy: Delete a UM mailbox policy no UM-enabled user is assigned to."""

    Identity: MailboxPolicyIdParameter = Parameter(
        position=0, mandatory=True, pipeline=True, by_property_name=True
    )
    DomainController: str | None = Parameter(type_name="Microsoft.Exchange.Data.Fqdn")

    examples = (
        Example(
            'New-UMMailboxPolicy "Contoso Sales Policy" -UMDialPlan "Contoso DP" | Out-Null; Remove-UMMailboxPolicy -Identity "Contoso Sales Policy" -Confirm:$false',
            "Delete an unused policy",
        ),
    )

    def process(self, ctx: Context) -> Iterator[object]:
        with task(self, ctx, TASK) as t:
            policy = t.store.resolve_policy(id_text(self.Identity) or "")
            if not confirm(ctx, whatif_text("Remove-UMMailboxPolicy", self.Identity)):
                return
            t.ran, t.modified = True, policy.name
            t.store.remove_policy(policy)
        yield from ()


TASK = "Microsoft.Exchange.Management.Tasks.RemoveUMPolicy"
