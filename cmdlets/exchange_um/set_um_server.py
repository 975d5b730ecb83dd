"""Set-UMServer: Change the Unified Messaging settings of an Exchange server."""

from __future__ import annotations

from datetime import timedelta

from pwshlite.cmdlet import Example, Parameter, ValidateLength, ValidateSet, cmdlet

from . import _um_service
from ._params import Unlimited


@cmdlet("Set-UMServer", supports_should_process=True, dotnet_type="Set-UMServer")
class SetUMServer(_um_service.UMServiceSetter):
    """Set-UMServer: Change the Unified Messaging settings of an Exchange server."""

    task_class = "Microsoft.Exchange.Management.Tasks.UM.SetUMServer"

    ExternalServiceFqdn: str | None = Parameter(
        validate=ValidateLength(0, 2048), type_name="Microsoft.Exchange.Data.UMSmartHost"
    )
    GrammarGenerationSchedule: list[str] | None = Parameter(
        type_name="Microsoft.Exchange.Data.ScheduleInterval[]"
    )
    IrmLogEnabled: bool | None = Parameter()
    IrmLogMaxAge: timedelta | None = Parameter(type_name="Microsoft.Exchange.Data.EnhancedTimeSpan")
    IrmLogMaxDirectorySize: Unlimited | None = Parameter()
    IrmLogMaxFileSize: str | None = Parameter(type_name="Microsoft.Exchange.Data.ByteQuantifiedSize")
    IrmLogPath: str | None = Parameter(type_name="Microsoft.Exchange.Data.LocalLongFullPath")
    MaxCallsAllowed: int | None = Parameter()
    SIPAccessService: str | None = Parameter(type_name="Microsoft.Exchange.Data.ProtocolConnectionSettings")
    SipTcpListeningPort: int | None = Parameter()
    SipTlsListeningPort: int | None = Parameter()
    Status: str | None = Parameter(
        validate=ValidateSet("Enabled", "Disabled", "NoNewCalls"),
        type_name="Microsoft.Exchange.Data.ServerStatus",
    )
    UMStartupMode: str | None = Parameter(
        validate=ValidateSet("TCP", "TLS", "Dual"), type_name="Microsoft.Exchange.Data.UMStartupMode"
    )

    examples = (
        Example(
            'Set-UMServer -Identity EX01 -DialPlans "Contoso DP" -MaxCallsAllowed 50',
            "Serve a dial plan, limit calls",
        ),
    )
