"""Get-OrganizationConfig: The organization-wide configuration (name, version, defaults)."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from types import SimpleNamespace

from pwshlite.cmdlet import Cmdlet, Context, Example, Parameter, cmdlet

from ._task import reading
from .clock import from_micros
from .objects_more import org_object


@cmdlet(
    "Get-OrganizationConfig",
    outputs=("Microsoft.Exchange.Data.Directory.Management.OrganizationConfig",),
    dotnet_type="Get-OrganizationConfig",
)
class GetOrganizationConfig(Cmdlet):
    """Get-OrganizationConfig: The organization-wide configuration (name, version, defaults)."""

    DomainController: str | None = Parameter(type_name="Microsoft.Exchange.Data.Fqdn")

    examples = (
        Example(
            "Get-OrganizationConfig | Format-List Name,IsDehydrated,AdminDisplayVersion", "Organization facts"
        ),
    )

    def process(self, ctx: Context) -> Iterator[object]:
        with reading(ctx, TASK) as store:
            info = store.org_info()
            created = from_micros(int(info.get("Created") or 0))
            props = {
                "DefaultPublicFolderDatabase": None,
                "IsDehydrated": False,
                "IsMixedMode": False,
                "AdminDisplayVersion": "Version 15.0 (Build 1497.2)",
                "ObjectVersion": 16213,
                "MailTipsAllTipsEnabled": True,
                "ReadTrackingEnabled": False,
                "DistributionGroupDefaultOU": None,
                "AdfsAuthenticationConfiguration": None,
                "SCLJunkThreshold": 4,
                "AuditDisabled": False,
            }
            rec = SimpleNamespace(
                name=info["Name"],
                guid=str(uuid.uuid5(uuid.NAMESPACE_DNS, f"{info['Name']}.{info['Domain']}")),
                when_created=created,
                when_changed=created,
                props=props,
            )
            yield org_object("OrganizationConfig", rec)


TASK = "Microsoft.Exchange.Management.SystemConfigurationTasks.GetOrganizationConfig"
