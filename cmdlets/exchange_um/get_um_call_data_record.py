"""Get-UMCallDataRecord: The call data records (voice mail calls) of a UM-enabled mailbox.

No calls are ever placed in the emulated organization, so a UM-enabled mailbox has no records and
nothing is returned; a mailbox that isn't UM-enabled is an error.
"""

from __future__ import annotations

from collections.abc import Iterator

from pwshlite.cmdlet import Cmdlet, Context, Example, Parameter, cmdlet

from ._common import id_text
from ._params import MailboxIdParameter
from ._task import reading
from .errors import mailbox_not_um_enabled


@cmdlet("Get-UMCallDataRecord", dotnet_type="Get-UMCallDataRecord")
class GetUMCallDataRecord(Cmdlet):
    """Get-UMCallDataRecord: The call data records (voice mail calls) of a UM-enabled mailbox.

    No calls are ever placed in the emulated organization, so a UM-enabled mailbox has no records and
    nothing is returned; a mailbox that isn't UM-enabled is an error.
    """

    Mailbox: MailboxIdParameter = Parameter(mandatory=True)
    DomainController: str | None = Parameter(type_name="Microsoft.Exchange.Data.Fqdn")

    examples = (Example("Get-UMCallDataRecord -Mailbox tony@contoso.com", "Voice mail calls of one user"),)

    def process(self, ctx: Context) -> Iterator[object]:
        with reading(ctx, TASK) as store:
            rec = store.resolve_mailbox(id_text(self.Mailbox) or "")
            if not rec.um_enabled:
                raise mailbox_not_um_enabled(str(self.Mailbox))
        yield from ()


TASK = "Microsoft.Exchange.Management.Tasks.UM.GetUMCallDataRecord"
