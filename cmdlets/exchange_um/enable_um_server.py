"""Enable-UMServer: Let the UM service of a server take calls again."""

from __future__ import annotations

from pwshlite.cmdlet import Example, cmdlet

from . import _um_service


@cmdlet("Enable-UMServer", supports_should_process=True, dotnet_type="Enable-UMServer")
class EnableUMServer(_um_service.UMServiceStatusChange):
    """Enable-UMServer: Let the UM service of a server take calls again."""

    task_class = "Microsoft.Exchange.Management.Tasks.UM.EnableUMServer"
    enabled = True

    examples = (
        Example(
            "Disable-UMServer -Identity EX01 -Confirm:$false; Enable-UMServer -Identity EX01",
            "Enable UM on EX01",
        ),
    )
