"""Get-ManagementRoleAssignment: Which roles are assigned to which role groups and users.

-Role, -RoleAssignee, -Delegating and -Enabled filter; -GetEffectiveUsers expands role groups into
their members (EffectiveUserName).
"""

from __future__ import annotations

from collections.abc import Iterator

from pwshlite.cmdlet import Cmdlet, Context, Example, Parameter, Switch, ValidateSet, cmdlet

from ._common import id_text
from ._params import (
    AdministrativeUnitIdParameter,
    DatabaseIdParameter,
    GeneralRecipientIdParameter,
    GroupIdParameter,
    ManagementScopeIdParameter,
    OrganizationalUnitIdParameter,
    RoleAssigneeIdParameter,
    RoleAssignmentIdParameter,
    RoleIdParameter,
    ServerIdParameter,
)
from ._task import reading
from .objects_more import role_assignment


@cmdlet(
    "Get-ManagementRoleAssignment",
    default_set="Identity",
    outputs=("Microsoft.Exchange.Data.Directory.Management.ExchangeRoleAssignmentPresentation",),
    dotnet_type="Get-ManagementRoleAssignment",
)
class GetManagementRoleAssignment(Cmdlet):
    """Get-ManagementRoleAssignment: Which roles are assigned to which role groups and users.

    -Role, -RoleAssignee, -Delegating and -Enabled filter; -GetEffectiveUsers expands role groups into
    their members (EffectiveUserName).
    """

    Identity: RoleAssignmentIdParameter | None = Parameter(
        position=0, pipeline=True, by_property_name=True, sets=("Identity",)
    )
    ConfigWriteScope: str | None = Parameter(
        validate=ValidateSet("None", "OrganizationConfig", "CustomConfigScope", "ExclusiveConfigScope"),
        type_name="Microsoft.Exchange.Data.ConfigWriteScopeType",
    )
    CustomConfigWriteScope: ManagementScopeIdParameter | None = Parameter()
    CustomRecipientWriteScope: ManagementScopeIdParameter | None = Parameter()
    Delegating: bool | None = Parameter()
    DomainController: str | None = Parameter(type_name="Microsoft.Exchange.Data.Fqdn")
    Enabled: bool | None = Parameter()
    Exclusive: bool | None = Parameter()
    ExclusiveConfigWriteScope: ManagementScopeIdParameter | None = Parameter()
    ExclusiveRecipientWriteScope: ManagementScopeIdParameter | None = Parameter()
    GetEffectiveUsers: Switch = Parameter()
    RecipientAdministrativeUnitScope: AdministrativeUnitIdParameter | None = Parameter()
    RecipientGroupScope: GroupIdParameter | None = Parameter()
    RecipientOrganizationalUnitScope: OrganizationalUnitIdParameter | None = Parameter()
    RecipientWriteScope: str | None = Parameter(
        validate=ValidateSet(
            "None",
            "MyGAL",
            "Self",
            "OU",
            "CustomRecipientScope",
            "MyDistributionGroups",
            "ExclusiveRecipientScope",
        ),
        type_name="Microsoft.Exchange.Data.RecipientWriteScopeType",
    )
    RoleAssigneeType: str | None = Parameter(
        validate=ValidateSet(
            "User",
            "SecurityGroup",
            "RoleAssignmentPolicy",
            "ForeignSecurityPrincipal",
            "RoleGroup",
            "LinkedRoleGroup",
            "Computer",
        ),
        type_name="Microsoft.Exchange.Data.RoleAssigneeType",
    )
    WritableDatabase: DatabaseIdParameter | None = Parameter()
    WritableRecipient: GeneralRecipientIdParameter | None = Parameter()
    WritableServer: ServerIdParameter | None = Parameter()
    AssignmentMethod: list[str] | None = Parameter(
        sets=("RoleAssignee",),
        validate=ValidateSet("Direct", "SecurityGroup", "RoleGroup", "RoleAssignmentPolicy"),
        type_name="Microsoft.Exchange.Data.AssignmentMethod[]",
    )
    Role: RoleIdParameter | None = Parameter(pipeline=True, by_property_name=True, sets=("RoleAssignee",))
    RoleAssignee: RoleAssigneeIdParameter | None = Parameter(sets=("RoleAssignee",))

    examples = (
        Example('Get-ManagementRoleAssignment -Role "UM Mailboxes"', "Who holds the UM Mailboxes role"),
        Example('Get-ManagementRoleAssignment -RoleAssignee "Help Desk"', "The roles of a role group"),
    )

    def process(self, ctx: Context) -> Iterator[object]:
        with reading(ctx, TASK) as store:
            assignments = store.iter_role_assignments(
                role=id_text(self.Role),
                assignee=id_text(self.RoleAssignee),
                identity=id_text(self.Identity),
                delegating=self.Delegating,
            )
            for rec in assignments:
                if self.Enabled is not None and rec.enabled != bool(self.Enabled):
                    continue
                if self.RoleAssigneeType and rec.assignee_type.casefold() != self.RoleAssigneeType.casefold():
                    continue
                if not self.GetEffectiveUsers or rec.assignee_type != "RoleGroup":
                    yield role_assignment(rec)
                    continue
                for member in store.role_group_members(store.resolve_role_group(rec.assignee_name)):
                    yield role_assignment(rec, member.name)


TASK = "Microsoft.Exchange.Management.RbacTasks.GetManagementRoleAssignment"
