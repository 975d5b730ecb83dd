"""Test-UMConnectivity: Test the UM service; -TUILogon $true signs in to a UM mailbox by phone.

TuiLogonSpecific (-UMDialPlan -Phone -PIN -TUILogon $true) is a telephone-user-interface logon as the
mailbox with that extension: a wrong PIN counts a failure (at LogonFailuresBeforePINReset the PIN is reset
and mailed, at MaxLogonAttempts the UM mailbox locks), a right PIN clears the count. LocalLoop and EndToEnd
check the emulated UM service and IP gateway; PinReset and TuiLogonGeneral work on the test mailboxes of
New-TestCasConnectivityUser.ps1, which the emulated organization doesn't have, so they return nothing.
"""

from __future__ import annotations

import time
import uuid
from collections.abc import Iterator
from typing import Any

from pwshlite.cmdlet import Cmdlet, Context, Example, Parameter, Switch, ValidateRange, cmdlet

from ._common import WHATIF, confirm, id_text, plain_text
from ._params import UMDialPlanIdParameter, UMIPGatewayIdParameter
from ._task import task
from .objects_more import tui_result

_SETS1 = ("TuiLogonSpecific", "EndToEnd", "TuiLogonGeneral", "LocalLoop")
_SETS2 = ("TuiLogonSpecific", "TuiLogonGeneral", "LocalLoop")


@cmdlet(
    "Test-UMConnectivity",
    default_set="LocalLoop",
    supports_should_process=True,
    outputs=("Microsoft.Exchange.Management.Tasks.UM.TestUMConnectivityHelper+LocalUMConnectivityResults",),
    dotnet_type="Test-UMConnectivity",
)
class TestUMConnectivity(Cmdlet):
    """Test-UMConnectivity: Test the UM service; -TUILogon $true signs in to a UM mailbox by phone.

    TuiLogonSpecific (-UMDialPlan -Phone -PIN -TUILogon $true) is a telephone-user-interface logon as the
    mailbox with that extension: a wrong PIN counts a failure (at LogonFailuresBeforePINReset the PIN is reset
    and mailed, at MaxLogonAttempts the UM mailbox locks), a right PIN clears the count. LocalLoop and EndToEnd
    check the emulated UM service and IP gateway; PinReset and TuiLogonGeneral work on the test mailboxes of
    New-TestCasConnectivityUser.ps1, which the emulated organization doesn't have, so they return nothing.
    """

    Phone: str | None = Parameter(mandatory=True, sets=("TuiLogonSpecific", "EndToEnd"))
    PIN: str | None = Parameter(mandatory=True, sets=("TuiLogonSpecific",), secret=True)
    TUILogon: bool | None = Parameter(mandatory=True, sets=("TuiLogonSpecific",))
    UMDialPlan: UMDialPlanIdParameter | None = Parameter(mandatory=True, sets=("TuiLogonSpecific",))
    CertificateThumbprint: str | None = Parameter(sets=_SETS1)
    DomainController: str | None = Parameter(type_name="Microsoft.Exchange.Data.Fqdn")
    ListenPort: int | None = Parameter(sets=_SETS1)
    MediaSecured: bool | None = Parameter(sets=_SETS1)
    MonitoringContext: bool | None = Parameter()
    RemotePort: int | None = Parameter(sets=_SETS2)
    Secured: bool | None = Parameter(sets=_SETS1)
    Timeout: int | None = Parameter(sets=_SETS1, validate=ValidateRange(60, 1800))
    UMIPGateway: UMIPGatewayIdParameter | None = Parameter(mandatory=True, sets=("EndToEnd",))
    DiagDtmfDurationInMilisecs: int | None = Parameter(sets=("EndToEnd",))
    DiagDtmfSequence: str | None = Parameter(sets=("EndToEnd",))
    DiagInitialSilenceInMilisecs: int | None = Parameter(sets=("EndToEnd",))
    DiagInterDtmfDiffGapInMilisecs: str | None = Parameter(sets=("EndToEnd",))
    DiagInterDtmfGapInMilisecs: int | None = Parameter(sets=("EndToEnd",))
    From: str | None = Parameter(sets=("EndToEnd",))
    ResetPIN: bool | None = Parameter(mandatory=True, sets=("PinReset",))
    TUILogonAll: bool | None = Parameter(mandatory=True, sets=("TuiLogonGeneral",))
    CallRouter: Switch = Parameter(sets=("LocalLoop",))

    examples = (
        Example(
            'Test-UMConnectivity -UMDialPlan "Contoso DP" -Phone 20001 -PIN 7391846 -TUILogon $true',
            "Sign in by phone as the user with extension 20001",
        ),
        Example("Test-UMConnectivity", "Test the local UM service"),
    )

    def process(self, ctx: Context) -> Iterator[object]:
        kind = ctx.parameter_set
        if kind == "TuiLogonSpecific":
            yield from self._tui(ctx)
        elif kind == "EndToEnd":
            yield from self._end_to_end(ctx)
        elif kind in ("PinReset", "TuiLogonGeneral"):
            message = WHATIF[
                "Test-UMConnectivity-ResetPIN" if kind == "PinReset" else "Test-UMConnectivity-TUI"
            ]
            confirm(ctx, message)  # no test mailboxes exist in the emulated organization: nothing to report
        elif confirm(ctx, WHATIF["Test-UMConnectivity-Local"]):
            yield tui_result(_result(True, None, 0.0))

    def _tui(self, ctx: Context) -> Iterator[object]:
        if not self.TUILogon:
            return
        result = None
        with task(self, ctx, TASK, audit=False) as t:
            if not confirm(ctx, WHATIF["Test-UMConnectivity-TUI"]):
                return
            started = time.perf_counter()
            result = t.store.tui_logon(
                id_text(self.UMDialPlan) or "", str(self.Phone), plain_text(self.PIN) or ""
            )
            latency = round((time.perf_counter() - started) * 1000, 4)
        if result is None:
            return
        if result.success and result.must_change_pin:
            ctx.write_warning(
                f"The PIN of the user with extension '{self.Phone}' has expired or was never changed; the caller "
                "must choose a new PIN at this logon."
            )
        yield tui_result(_result(result.success, result.reason_for_failure, latency))

    def _end_to_end(self, ctx: Context) -> Iterator[object]:
        with task(self, ctx, TASK, audit=False) as t:
            gateway = t.store.resolve_object("UMIPGateway", id_text(self.UMIPGateway) or "")
            if not confirm(ctx, WHATIF["Test-UMConnectivity-EndToEnd"].format(gateway.name, self.Phone)):
                return
            enabled = str(gateway.props.get("Status", "Enabled")) == "Enabled"
            reason = None if enabled else f'The UM IP gateway "{gateway.name}" has already been disabled.'
            yield tui_result(_result(enabled, reason, 0.0))


TASK = "Microsoft.Exchange.Management.Tasks.UM.TestUMConnectivity"


def _result(success: bool, reason: str | None, latency: float) -> dict[str, Any]:
    return {
        "UmserverAcceptingCallAnsweringMessages": True,
        "TotalQueuedMessages": "0",
        "CurrCalls": "0",
        "Latency": latency,
        "OutBoundSIPCallSuccess": True,
        "UmIPAddress": "127.0.0.1",
        "EntireOperationSuccess": success,
        "ReasonForFailure": reason,
        "Identity": str(uuid.uuid4()),
    }
