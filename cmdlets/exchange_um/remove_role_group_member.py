"""Remove-RoleGroupMember: Remove a user from a management role group."""

from __future__ import annotations

from collections.abc import Iterator

from pwshlite.cmdlet import Cmdlet, Context, Example, Parameter, Switch, cmdlet

from ._common import id_text
from ._params import RoleGroupIdParameter, SecurityPrincipalIdParameter
from ._task import task


@cmdlet(
    "Remove-RoleGroupMember",
    supports_should_process=True,
    confirm_impact="High",
    dotnet_type="Remove-RoleGroupMember",
)
class RemoveRoleGroupMember(Cmdlet):
    """Remove-RoleGroupMember: Remove a user from a management role group."""

    Identity: RoleGroupIdParameter = Parameter(
        position=0, mandatory=True, pipeline=True, by_property_name=True
    )
    Member: SecurityPrincipalIdParameter = Parameter(mandatory=True, pipeline=True, by_property_name=True)
    BypassSecurityGroupManagerCheck: Switch = Parameter()
    DomainController: str | None = Parameter(type_name="Microsoft.Exchange.Data.Fqdn")

    examples = (
        Example('Add-RoleGroupMember -Identity "Help Desk" -Member kimakers', "Let a user reset UM PINs"),
    )

    def process(self, ctx: Context) -> Iterator[object]:
        with task(self, ctx, TASK) as t:
            group = t.store.resolve_role_group(id_text(self.Identity) or "")
            member = t.store.resolve_recipient(id_text(self.Member) or "")
            if not ctx.should_process(group.name, f'Remove member "{member.identity}"'):
                return
            t.ran, t.modified = True, group.identity
            t.store.remove_role_group_member(group, member)
        yield from ()


TASK = "Microsoft.Exchange.Management.RbacTasks.RemoveRoleGroupMember"
