"""Get-RoleGroupMember: The members of a management role group."""

from __future__ import annotations

from collections.abc import Iterator

from pwshlite.cmdlet import Cmdlet, Context, Example, Parameter, Switch, cmdlet

from ._common import id_text, limited
from ._params import RoleGroupMemberIdParameter, Unlimited
from ._task import reading
from .objects_more import recipient


@cmdlet(
    "Get-RoleGroupMember",
    outputs=("Microsoft.Exchange.Data.Directory.Management.ReducedRecipient",),
    dotnet_type="Get-RoleGroupMember",
)
class GetRoleGroupMember(Cmdlet):
    """Get-RoleGroupMember: The members of a management role group."""

    Identity: RoleGroupMemberIdParameter = Parameter(
        position=0, mandatory=True, pipeline=True, by_property_name=True
    )
    DomainController: str | None = Parameter(type_name="Microsoft.Exchange.Data.Fqdn")
    ReadFromDomainController: Switch = Parameter()
    ResultSize: Unlimited | None = Parameter()

    examples = (Example('Get-RoleGroupMember "Organization Management"', "Who administers the organization"),)

    def process(self, ctx: Context) -> Iterator[object]:
        with reading(ctx, TASK) as store:
            group = store.resolve_role_group(id_text(self.Identity) or "")
            yield from limited(ctx, (recipient(m) for m in store.role_group_members(group)), self.ResultSize)


TASK = "Microsoft.Exchange.Management.RbacTasks.GetRoleGroupMember"
