"""Disable-UMServer: Stop the UM service of a server from taking calls."""

from __future__ import annotations

from pwshlite.cmdlet import Example, Parameter, cmdlet

from . import _um_service


@cmdlet(
    "Disable-UMServer", supports_should_process=True, confirm_impact="High", dotnet_type="Disable-UMServer"
)
class DisableUMServer(_um_service.UMServiceStatusChange):
    """Disable-UMServer: Stop the UM service of a server from taking calls."""

    task_class = "Microsoft.Exchange.Management.Tasks.UM.DisableUMServer"
    enabled = False

    Immediate: bool | None = Parameter()

    examples = (Example("Disable-UMServer -Identity EX01 -Confirm:$false", "Disable UM on EX01"),)
