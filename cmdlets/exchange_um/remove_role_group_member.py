"""Remove-RoleGroupMember: Remove a user from a management role group."""

from __future__ import annotations

from pwshlite.cmdlet import Example, cmdlet

from . import _role_group_member
from .records import MailboxRecord, RoleGroupRecord
from .store import UMStore


@cmdlet(
    "Remove-RoleGroupMember",
    supports_should_process=True,
    confirm_impact="High",
    dotnet_type="Remove-RoleGroupMember",
)
class RemoveRoleGroupMember(_role_group_member.RoleGroupMemberChange):
    """Remove-RoleGroupMember: Remove a user from a management role group."""

    task_class = "Microsoft.Exchange.Management.RbacTasks.RemoveRoleGroupMember"
    action = "Remove"

    examples = (
        Example('Add-RoleGroupMember -Identity "Help Desk" -Member kimakers', "Let a user reset UM PINs"),
    )

    def change(self, store: UMStore, group: RoleGroupRecord, member: MailboxRecord) -> None:
        store.remove_role_group_member(group, member)
