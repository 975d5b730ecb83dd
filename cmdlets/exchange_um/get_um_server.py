"""Get-UMServer: The Unified Messaging settings of the Exchange servers (the emulated EX01)."""

from __future__ import annotations

from pwshlite.cmdlet import Example, cmdlet

from . import _um_service


@cmdlet(
    "Get-UMServer",
    outputs=("Microsoft.Exchange.Data.Directory.SystemConfiguration.UMServer",),
    dotnet_type="Get-UMServer",
)
class GetUMServer(_um_service.UMServiceReader):
    """Get-UMServer: The Unified Messaging settings of the Exchange servers (the emulated EX01)."""

    task_class = "Microsoft.Exchange.Management.Tasks.UM.GetUMServer"

    examples = (Example("Get-UMServer -Identity EX01 | Format-List", "The UM settings of one server"),)
