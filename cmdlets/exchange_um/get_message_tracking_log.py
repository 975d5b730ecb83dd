"""Get-MessageTrackingLog: Delivery events of the messages the organization sent (PIN and welcome mail)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime

from pwshlite.cmdlet import Cmdlet, Context, Example, Parameter, cmdlet

from ._common import as_list, limited
from ._params import ServerIdParameter, Unlimited
from ._task import reading
from .objects_more import tracking_event


@cmdlet(
    "Get-MessageTrackingLog",
    outputs=("Microsoft.Exchange.Management.TransportLogSearchTasks.MessageTrackingEvent",),
    dotnet_type="Get-MessageTrackingLog",
)
class GetMessageTrackingLog(Cmdlet):
    """Get-MessageTrackingLog: Delivery events of the messages the organization sent (PIN and welcome mail)."""

    DomainController: str | None = Parameter(type_name="Microsoft.Exchange.Data.Fqdn")
    End: datetime | None = Parameter()
    EventId: str | None = Parameter()
    InternalMessageId: str | None = Parameter()
    MessageId: str | None = Parameter()
    MessageSubject: str | None = Parameter()
    Recipients: list[str] | None = Parameter()
    Reference: str | None = Parameter()
    ResultSize: Unlimited | None = Parameter()
    Sender: str | None = Parameter()
    Server: ServerIdParameter | None = Parameter(pipeline=True, by_property_name=True)
    Start: datetime | None = Parameter()
    NetworkMessageId: str | None = Parameter()
    Source: str | None = Parameter()
    TransportTrafficType: str | None = Parameter()

    examples = (
        Example("Get-MessageTrackingLog -Recipients tony@contoso.com", "Messages sent to one user"),
        Example(
            'Get-MessageTrackingLog -EventId DELIVER -MessageSubject "Unified Messaging PIN"',
            "Delivered PIN messages",
        ),
    )

    def process(self, ctx: Context) -> Iterator[object]:
        with reading(ctx, TASK) as store:
            events = store.iter_tracking(
                start=self.Start,
                end=self.End,
                sender=self.Sender,
                recipients=as_list(self.Recipients) or None,
                event_id=self.EventId,
                message_id=self.MessageId,
                subject=self.MessageSubject,
            )
            source = (self.Source or "").casefold()
            internal = self.InternalMessageId
            chosen = (
                e
                for e in events
                if (not source or e.source.casefold() == source)
                and (internal is None or str(e.internal_message_id) == str(internal))
            )
            yield from limited(ctx, (tracking_event(e) for e in chosen), self.ResultSize)


TASK = "Microsoft.Exchange.Management.TransportLogSearchTasks.GetMessageTrackingLog"
