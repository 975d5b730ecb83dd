"""Get-UMService: The Unified Messaging settings of the Exchange servers (the emulated EX01)."""

from __future__ import annotations

from pwshlite.cmdlet import Example, cmdlet

from . import _um_service


@cmdlet(
    "Get-UMService",
    outputs=("Microsoft.Exchange.Data.Directory.SystemConfiguration.UMServer",),
    dotnet_type="Get-UMService",
)
class GetUMService(_um_service.UMServiceReader):
    """Get-UMService: The Unified Messaging settings of the Exchange servers (the emulated EX01)."""

    task_class = "Microsoft.Exchange.Management.Tasks.UM.GetUMService"

    examples = (Example("Get-UMService -Identity EX01 | Format-List", "The UM settings of one server"),)
