"""Add-RoleGroupMember: Add a user to a management role group (granting the group's roles)."""

from __future__ import annotations

from pwshlite.cmdlet import Example, cmdlet

from . import _role_group_member
from .records import MailboxRecord, RoleGroupRecord
from .store import UMStore


@cmdlet("Add-RoleGroupMember", supports_should_process=True, dotnet_type="Add-RoleGroupMember")
class AddRoleGroupMember(_role_group_member.RoleGroupMemberChange):
    """Add-RoleGroupMember: Add a user to a management role group (granting the group's roles)."""

    task_class = "Microsoft.Exchange.Management.RbacTasks.AddRoleGroupMember"
    action = "Add"

    examples = (
        Example('Add-RoleGroupMember -Identity "Help Desk" -Member kimakers', "Let a user reset UM PINs"),
    )

    def change(self, store: UMStore, group: RoleGroupRecord, member: MailboxRecord) -> None:
        store.add_role_group_member(group, member)
