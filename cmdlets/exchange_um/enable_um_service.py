"""Enable-UMService: Let the UM service of a server take calls again."""

from __future__ import annotations

from pwshlite.cmdlet import Example, cmdlet

from . import _um_service


@cmdlet("Enable-UMService", supports_should_process=True, dotnet_type="Enable-UMService")
class EnableUMService(_um_service.UMServiceStatusChange):
    """Enable-UMService: Let the UM service of a server take calls again."""

    task_class = "Microsoft.Exchange.Management.Tasks.UM.EnableUMService"
    enabled = True

    examples = (
        Example(
            "Disable-UMService -Identity EX01 -Confirm:$false; Enable-UMService -Identity EX01",
            "Enable UM on EX01",
        ),
    )
