"""Remove-UMIPGateway: Delete a UM IP gateway (and its hunt groups)."""

from __future__ import annotations

from typing import Any

from pwshlite.cmdlet import Context, Example, Parameter, cmdlet

from . import _um_object_task
from ._params import UMIPGatewayIdParameter
from .store import UMStore


@cmdlet(
    "Remove-UMIPGateway",
    supports_should_process=True,
    confirm_impact="High",
    dotnet_type="Remove-UMIPGateway",
)
class RemoveUMIPGateway(_um_object_task.UMObjectTask):
    """Remove-UMIPGateway: Delete a UM IP gateway (and its hunt groups)."""

    task_class = "Microsoft.Exchange.Management.Tasks.UM.RemoveUMIPGateway"
    kind = "UMIPGateway"

    Identity: UMIPGatewayIdParameter = Parameter(
        position=0, mandatory=True, pipeline=True, by_property_name=True
    )
    DomainController: str | None = Parameter(type_name="Microsoft.Exchange.Data.Fqdn")

    examples = (
        Example(
            "New-UMIPGateway -Name MyUMIPGateway -Address 10.10.10.1 | Out-Null; Remove-UMIPGateway -Identity MyUMIPGateway -Confirm:$false",
            "Delete a gateway",
        ),
    )

    def change(self, ctx: Context, store: UMStore, obj: Any) -> None:
        store.remove_object(obj)
