"""Set-UMCallRouterSettings: Change the UM Call Router settings of an Exchange server."""

from __future__ import annotations

from collections.abc import Iterator

from pwshlite.cmdlet import Cmdlet, Context, Example, Parameter, ValidateSet, cmdlet

from ._common import bound_values, id_text
from ._config import dial_plan_names, save_settings, server_settings
from ._params import ServerIdParameter
from ._task import task


@cmdlet("Set-UMCallRouterSettings", supports_should_process=True, dotnet_type="Set-UMCallRouterSettings")
class SetUMCallRouterSettings(Cmdlet):
    """Set-UMCallRouterSettings: Change the UM Call Router settings of an Exchange server."""

    Server: ServerIdParameter | None = Parameter(position=0, pipeline=True, by_property_name=True)
    DialPlans: object | None = Parameter(
        type_name="Microsoft.Exchange.Data.MultiValuedProperty`1[System.String]"
    )
    DomainController: str | None = Parameter(type_name="Microsoft.Exchange.Data.Fqdn")
    IPAddressFamily: str | None = Parameter(
        validate=ValidateSet("IPv4Only", "IPv6Only", "Any"),
        type_name="Microsoft.Exchange.Data.IPAddressFamily",
    )
    IPAddressFamilyConfigurable: bool | None = Parameter()
    MaxCallsAllowed: int | None = Parameter()
    SipTcpListeningPort: int | None = Parameter()
    SipTlsListeningPort: int | None = Parameter()
    UMStartupMode: str | None = Parameter(
        validate=ValidateSet("TCP", "TLS", "Dual"), type_name="Microsoft.Exchange.Data.UMStartupMode"
    )

    examples = (
        Example(
            'Set-UMCallRouterSettings -Server EX01 -DialPlans "Contoso DP" -UMStartupMode Dual',
            "Route a dial plan",
        ),
    )

    def process(self, ctx: Context) -> Iterator[object]:
        with task(self, ctx, TASK) as t:
            server = id_text(self.Server) or t.store.server
            (rec,) = server_settings(t.store, "UMCallRouterSettings", server)
            changes = bound_values(self, ctx, skip=("Server",))
            if "DialPlans" in changes:
                changes["DialPlans"] = dial_plan_names(
                    t.store, rec.props.get("DialPlans") or [], self.DialPlans
                )
            if not ctx.should_process(rec.name, "Set-UMCallRouterSettings"):
                return
            t.ran, t.modified = True, rec.name
            save_settings(t.store, rec, changes)
        yield from ()


TASK = "Microsoft.Exchange.Management.Tasks.UM.SetUMCallRouterSettings"
