"""Export-UMPrompt: Download a custom greeting of a dial plan or auto attendant (AudioData bytes)."""

from __future__ import annotations

import base64
from collections.abc import Iterator
from typing import Any

from pwshlite.cmdlet import Cmdlet, Context, Example, Parameter, cmdlet

from ._common import id_text
from ._params import UMAutoAttendantIdParameter, UMDialPlanIdParameter
from ._task import reading
from .errors import ExchangeError
from .objects import plain


@cmdlet(
    "Export-UMPrompt",
    default_set="DPCustomGreeting",
    supports_should_process=True,
    dotnet_type="Export-UMPrompt",
)
class ExportUMPrompt(Cmdlet):
    """Export-UMPrompt: Download a custom greeting of a dial plan or auto attendant (AudioData bytes)."""

    PromptFileName: str = Parameter(mandatory=True)
    UMAutoAttendant: UMAutoAttendantIdParameter | None = Parameter(mandatory=True, sets=("AACustomGreeting",))
    DomainController: str | None = Parameter(type_name="Microsoft.Exchange.Data.Fqdn")
    UMDialPlan: UMDialPlanIdParameter | None = Parameter(mandatory=True, sets=("DPCustomGreeting",))

    examples = (
        Example(
            'Import-UMPrompt -UMDialPlan "Contoso DP" -PromptFileName welcome.wav -PromptFileData ([byte[]](82,73,70,70)); '
            '$p = Export-UMPrompt -UMDialPlan "Contoso DP" -PromptFileName welcome.wav; $p.AudioData.Count',
            "Download a dial plan greeting",
        ),
    )

    def process(self, ctx: Context) -> Iterator[object]:
        with reading(ctx, TASK) as store:
            if self.UMDialPlan is not None:
                owner: Any = store.resolve_dial_plan(id_text(self.UMDialPlan) or "")
            else:
                owner = store.resolve_object("UMAutoAttendant", id_text(self.UMAutoAttendant) or "")
            prompts = owner.props.get("Prompts") or {}
            name = str(self.PromptFileName)
            if name not in prompts:
                raise ExchangeError(f"The prompt file {name} wasn't found.", "PublishingPointException")
            yield plain(
                "Microsoft.Exchange.Management.Tasks.UM.UMPrompt",
                {
                    "AudioData": list(base64.b64decode(prompts[name])),
                    "Name": name,
                    "Identity": name,
                    "IsValid": True,
                },
                state="New",
            )


TASK = "Microsoft.Exchange.Management.Tasks.UM.ExportUMPrompt"
