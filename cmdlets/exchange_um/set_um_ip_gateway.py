"""Set-UMIPGateway: Change a UM IP gateway (address, port, outcalls, message waiting indicator, ...)."""

from __future__ import annotations

from typing import Any

from pwshlite.cmdlet import (
    Context,
    Example,
    Parameter,
    Switch,
    ValidateLength,
    ValidateRange,
    ValidateSet,
    cmdlet,
)

from . import _um_object_task
from ._common import bound_values
from ._params import UMIPGatewayIdParameter
from .store import UMStore


@cmdlet("Set-UMIPGateway", supports_should_process=True, dotnet_type="Set-UMIPGateway")
class SetUMIPGateway(_um_object_task.UMObjectTask):
    """Set-UMIPGateway: Change a UM IP gateway (address, port, outcalls, message waiting indicator, ...)."""

    task_class = "Microsoft.Exchange.Management.Tasks.UM.SetUMIPGateway"
    kind = "UMIPGateway"

    Identity: UMIPGatewayIdParameter = Parameter(
        position=0, mandatory=True, pipeline=True, by_property_name=True
    )
    Address: str | None = Parameter(type_name="Microsoft.Exchange.Data.UMSmartHost")
    DelayedSourcePartyInfoEnabled: bool | None = Parameter()
    DomainController: str | None = Parameter(type_name="Microsoft.Exchange.Data.Fqdn")
    ForceUpgrade: Switch = Parameter()
    IPAddressFamily: str | None = Parameter(
        validate=ValidateSet("IPv4Only", "IPv6Only", "Any"),
        type_name="Microsoft.Exchange.Data.IPAddressFamily",
    )
    MessageWaitingIndicatorAllowed: bool | None = Parameter()
    Name: str | None = Parameter(validate=ValidateLength(0, 64))
    OutcallsAllowed: bool | None = Parameter()
    Port: int | None = Parameter(validate=ValidateRange(0, 65535))
    Simulator: bool | None = Parameter()
    Status: str | None = Parameter(
        validate=ValidateSet("Enabled", "Disabled", "NoNewCalls"),
        type_name="Microsoft.Exchange.Data.GatewayStatus",
    )

    examples = (
        Example(
            "New-UMIPGateway -Name MyUMIPGateway -Address 10.10.10.1 | Out-Null; Set-UMIPGateway -Identity MyUMIPGateway -Address fe80::39bd:88f7:6969:d223%11 -IPAddressFamily Any",
            "IPv6 address",
        ),
        Example(
            "New-UMIPGateway -Name MyUMIPGateway -Address 10.10.10.1 | Out-Null; Set-UMIPGateway -Identity MyUMIPGateway -OutcallsAllowed $false",
            "No outgoing calls",
        ),
    )

    def change(self, ctx: Context, store: UMStore, obj: Any) -> None:
        store.set_object(obj, bound_values(self, ctx, skip=("ForceUpgrade",)))
