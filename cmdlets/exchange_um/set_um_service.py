"""Set-UMService: Change the Unified Messaging settings of an Exchange server."""

from __future__ import annotations

from datetime import timedelta

from pwshlite.cmdlet import Example, Parameter, ValidateSet, cmdlet

from . import _um_service
from ._params import Unlimited


@cmdlet("Set-UMService", supports_should_process=True, dotnet_type="Set-UMService")
class SetUMService(_um_service.UMServiceSetter):
    """Set-UMService: Change the Unified Messaging settings of an Exchange server."""

    task_class = "Microsoft.Exchange.Management.Tasks.UM.SetUMService"

    GrammarGenerationSchedule: list[str] | None = Parameter(
        type_name="Microsoft.Exchange.Data.ScheduleInterval[]"
    )
    IPAddressFamily: str | None = Parameter(
        validate=ValidateSet("IPv4Only", "IPv6Only", "Any"),
        type_name="Microsoft.Exchange.Data.IPAddressFamily",
    )
    IPAddressFamilyConfigurable: bool | None = Parameter()
    IrmLogEnabled: bool | None = Parameter()
    IrmLogMaxAge: timedelta | None = Parameter(type_name="Microsoft.Exchange.Data.EnhancedTimeSpan")
    IrmLogMaxDirectorySize: Unlimited | None = Parameter()
    IrmLogMaxFileSize: str | None = Parameter(type_name="Microsoft.Exchange.Data.ByteQuantifiedSize")
    IrmLogPath: str | None = Parameter(type_name="Microsoft.Exchange.Data.LocalLongFullPath")
    MaxCallsAllowed: int | None = Parameter()
    SIPAccessService: str | None = Parameter(type_name="Microsoft.Exchange.Data.ProtocolConnectionSettings")
    Status: str | None = Parameter(
        validate=ValidateSet("Enabled", "Disabled", "NoNewCalls"),
        type_name="Microsoft.Exchange.Data.ServerStatus",
    )
    UMStartupMode: str | None = Parameter(
        validate=ValidateSet("TCP", "TLS", "Dual"), type_name="Microsoft.Exchange.Data.UMStartupMode"
    )

    examples = (
        Example(
            'Set-UMService -Identity EX01 -DialPlans "Contoso DP" -MaxCallsAllowed 50',
            "Serve a dial plan, limit calls",
        ),
    )
