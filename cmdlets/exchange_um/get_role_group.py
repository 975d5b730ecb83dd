"""Get-RoleGroup: The management role groups (Organization Management, UM Management, Help Desk, ...)."""

from __future__ import annotations

from collections.abc import Iterator

from pwshlite.cmdlet import Cmdlet, Context, Example, Parameter, Switch, cmdlet

from ._common import id_text, limited
from ._filter import compile_filter
from ._params import RoleGroupIdParameter, Unlimited
from ._task import reading
from .objects_more import role_group


@cmdlet(
    "Get-RoleGroup",
    outputs=("Microsoft.Exchange.Data.Directory.Management.RoleGroup",),
    dotnet_type="Get-RoleGroup",
)
class GetRoleGroup(Cmdlet):
    """Get-RoleGroup: The management role groups (Organization Management, UM Management, Help Desk, ...)."""

    Identity: RoleGroupIdParameter | None = Parameter(position=0, pipeline=True, by_property_name=True)
    DomainController: str | None = Parameter(type_name="Microsoft.Exchange.Data.Fqdn")
    Filter: str | None = Parameter()
    ReadFromDomainController: Switch = Parameter()
    ResultSize: Unlimited | None = Parameter()
    ShowPartnerLinked: Switch = Parameter()
    SortBy: str | None = Parameter()

    examples = (
        Example("Get-RoleGroup", "Every role group"),
        Example(
            'Get-RoleGroup "UM Management" | Format-List Name,Roles,Members',
            "The roles and members of one group",
        ),
    )

    def process(self, ctx: Context) -> Iterator[object]:
        with reading(ctx, TASK) as store:
            if self.Identity is not None:
                yield role_group(store.resolve_role_group(id_text(self.Identity) or ""))
                return
            predicate = compile_filter(self.Filter)
            groups = (role_group(g) for g in store.iter_role_groups())
            yield from limited(ctx, (g for g in groups if predicate is None or predicate(g)), self.ResultSize)


TASK = "Microsoft.Exchange.Management.RbacTasks.GetRoleGroup"
