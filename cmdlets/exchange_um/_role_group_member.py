"""The parameters and body shared by Add-RoleGroupMember and Remove-RoleGroupMember.

Private helper: an undecorated Cmdlet base class; `@cmdlet` on a subclass picks up its `Parameter()`
declarations (pwshlite.cmdlet._parameter_specs). A subclass names its task class and the ShouldProcess
verb, and applies the change to the store in `change`.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import ClassVar

from pwshlite.cmdlet import Cmdlet, Context, Parameter, Switch

from ._common import id_text
from ._params import RoleGroupIdParameter, SecurityPrincipalIdParameter
from ._task import task
from .records import MailboxRecord, RoleGroupRecord
from .store import UMStore


class RoleGroupMemberChange(Cmdlet):
    """Resolves -Identity (the role group) and -Member, asks ShouldProcess, then calls `change`."""

    task_class: ClassVar[str]
    action: ClassVar[str]  # "Add" / "Remove": the ShouldProcess action reads '<action> member "<id>"'

    Identity: RoleGroupIdParameter = Parameter(
        position=0, mandatory=True, pipeline=True, by_property_name=True
    )
    Member: SecurityPrincipalIdParameter = Parameter(mandatory=True, pipeline=True, by_property_name=True)
    BypassSecurityGroupManagerCheck: Switch = Parameter()
    DomainController: str | None = Parameter(type_name="Microsoft.Exchange.Data.Fqdn")

    def change(self, store: UMStore, group: RoleGroupRecord, member: MailboxRecord) -> None:
        """Add the member to the group or remove it."""
        raise NotImplementedError

    def process(self, ctx: Context) -> Iterator[object]:
        with task(self, ctx, self.task_class) as t:
            group = t.store.resolve_role_group(id_text(self.Identity) or "")
            member = t.store.resolve_recipient(id_text(self.Member) or "")
            if not ctx.should_process(group.name, f'{self.action} member "{member.identity}"'):
                return
            t.ran, t.modified = True, group.identity
            self.change(t.store, group, member)
        yield from ()
