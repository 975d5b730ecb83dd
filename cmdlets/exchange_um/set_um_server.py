"""Set-UMServer: Change the Unified Messaging settings of an Exchange server."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta

from pwshlite.cmdlet import Cmdlet, Context, Example, Parameter, ValidateLength, ValidateSet, cmdlet

from ._common import bound_values, id_text, mvp_update
from ._config import save_settings, server_settings
from ._params import UMServerIdParameter, Unlimited
from ._task import task


@cmdlet("Set-UMServer", supports_should_process=True, dotnet_type="Set-UMServer")
class SetUMServer(Cmdlet):
    """Set-UMServer: Change the Unified Messaging settings of an Exchange server."""

    Identity: UMServerIdParameter = Parameter(
        position=0, mandatory=True, pipeline=True, by_property_name=True
    )
    DialPlans: object | None = Parameter(
        type_name="Microsoft.Exchange.Data.MultiValuedProperty`1[System.String]"
    )
    DomainController: str | None = Parameter(type_name="Microsoft.Exchange.Data.Fqdn")
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

    def process(self, ctx: Context) -> Iterator[object]:
        with task(self, ctx, TASK) as t:
            (rec,) = server_settings(t.store, "UMService", id_text(self.Identity))
            changes = bound_values(self, ctx)
            if "DialPlans" in changes:
                changes["DialPlans"] = [
                    t.store.resolve_dial_plan(d).name
                    for d in mvp_update(rec.props.get("DialPlans") or [], self.DialPlans)
                ]
            if not ctx.should_process(rec.name, "Set-UMServer"):
                return
            t.ran, t.modified = True, rec.name
            save_settings(t.store, rec, changes)
        yield from ()


TASK = "Microsoft.Exchange.Management.Tasks.UM.SetUMServer"
