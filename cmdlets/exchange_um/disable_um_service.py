"""Disable-UMService: Stop the UM service of a server from taking calls."""

from __future__ import annotations

from pwshlite.cmdlet import Example, Parameter, cmdlet

from . import _um_service


@cmdlet(
    "Disable-UMService", supports_should_process=True, confirm_impact="High", dotnet_type="Disable-UMService"
)
class DisableUMService(_um_service.UMServiceStatusChange):
    """Disable-UMService: Stop the UM service of a server from taking calls."""

    task_class = "Microsoft.Exchange.Management.Tasks.UM.DisableUMService"
    enabled = False

    Immediate: bool | None = Parameter()

    examples = (Example("Disable-UMService -Identity EX01 -Confirm:$false", "Disable UM on EX01"),)
