"""Export-UMCallDataRecord: Write the call data records of one day to a stream as CSV.

There are no call data records in the emulated organization: only the CSV header line is written.
-ClientStream takes a stream (an object with a write method) or, in pwshlite, a file path.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from typing import Any

from pwshlite.cmdlet import Cmdlet, Context, Example, Parameter, cmdlet

from ._config import check_call_scope
from ._params import UMDialPlanIdParameter, UMIPGatewayIdParameter
from ._task import reading


@cmdlet("Export-UMCallDataRecord", supports_should_process=True, dotnet_type="Export-UMCallDataRecord")
class ExportUMCallDataRecord(Cmdlet):
    """Export-UMCallDataRecord: Write the call data records of one day to a stream as CSV.

    There are no call data records in the emulated organization: only the CSV header line is written.
    -ClientStream takes a stream (an object with a write method) or, in pwshlite, a file path.
    """

    ClientStream: object = Parameter(mandatory=True, type_name="System.IO.Stream")
    Date: datetime = Parameter(mandatory=True, type_name="Microsoft.Exchange.ExchangeSystem.ExDateTime")
    DomainController: str | None = Parameter(type_name="Microsoft.Exchange.Data.Fqdn")
    UMDialPlan: UMDialPlanIdParameter | None = Parameter()
    UMIPGateway: UMIPGatewayIdParameter | None = Parameter()

    examples = (
        Example(
            "Export-UMCallDataRecord -Date 2026-03-01 -ClientStream cdr.csv",
            "Export one day of call data records",
        ),
    )

    def process(self, ctx: Context) -> Iterator[object]:
        with reading(ctx, TASK) as store:
            check_call_scope(store, self.UMDialPlan, self.UMIPGateway)
            if not ctx.should_process(str(self.Date), "Export-UMCallDataRecord"):
                return
            _write(ctx, self.ClientStream, HEADER.encode("utf-8"))
        yield from ()


TASK = "Microsoft.Exchange.Management.Tasks.UM.ExportUMCallDataRecord"
HEADER = (
    "CallStartTime,CallType,CallIdentity,ParentCallIdentity,UMServerName,DialPlanGuid,DialPlanName,"
    "CallDuration,IPGatewayAddress,IPGatewayName,GatewayGuid,CalledPhoneNumber,CallerPhoneNumber,"
    "OfferResult,DropCallReason,ReasonForCall,TransferredNumber,DialedString,CallerMailboxAlias,"
    "CalleeMailboxAlias,AutoAttendantName\r\n"
)


def _write(ctx: Context, stream: Any, data: bytes) -> None:
    write = getattr(stream, "write", None)
    if callable(write):
        write(data)
    elif isinstance(stream, str):
        with open(ctx.resolve_path(stream), "wb") as handle:
            handle.write(data)
