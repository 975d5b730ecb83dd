"""Import-UMPrompt: Upload a custom greeting or announcement file to a dial plan or auto attendant.

The audio bytes are stored with the dial plan or auto attendant (by file name) so Export-UMPrompt
returns them and the greeting settings (e.g. -WelcomeGreetingFilename) can name them.
"""

from __future__ import annotations

import base64
from collections.abc import Iterator
from typing import Any

from pwshlite.cmdlet import Cmdlet, Context, Example, Parameter, cmdlet

from ._common import id_text
from ._params import UMAutoAttendantIdParameter, UMDialPlanIdParameter
from ._task import task
from .errors import invalid_value


@cmdlet(
    "Import-UMPrompt",
    default_set="UploadDialPlanPrompts",
    supports_should_process=True,
    dotnet_type="Import-UMPrompt",
)
class ImportUMPrompt(Cmdlet):
    """Import-UMPrompt: Upload a custom greeting or announcement file to a dial plan or auto attendant.

    The audio bytes are stored with the dial plan or auto attendant (by file name) so Export-UMPrompt
    returns them and the greeting settings (e.g. -WelcomeGreetingFilename) can name them.
    """

    PromptFileData: object | None = Parameter(
        mandatory=True,
        sets=("UploadDialPlanPrompts", "UploadAutoAttendantPrompts"),
        type_name="System.Byte[]",
    )
    PromptFileName: str = Parameter(mandatory=True)
    UMDialPlan: UMDialPlanIdParameter | None = Parameter(
        mandatory=True, sets=("UploadDialPlanPrompts", "UploadDialPlanPromptsStream")
    )
    DomainController: str | None = Parameter(type_name="Microsoft.Exchange.Data.Fqdn")
    UMAutoAttendant: UMAutoAttendantIdParameter | None = Parameter(
        mandatory=True, sets=("UploadAutoAttendantPrompts", "UploadAutoAttendantPromptsStream")
    )
    PromptFileStream: object | None = Parameter(
        mandatory=True,
        sets=("UploadAutoAttendantPromptsStream", "UploadDialPlanPromptsStream"),
        type_name="System.IO.Stream",
    )

    examples = (
        Example(
            "[byte[]]$c = 82,73,70,70,36,0,0,0; "
            'Import-UMPrompt -UMDialPlan "Contoso DP" -PromptFileName welcome.wav -PromptFileData $c',
            "Upload a welcome greeting for a dial plan",
        ),
    )

    def process(self, ctx: Context) -> Iterator[object]:
        with task(self, ctx, TASK) as t:
            data = _bytes(self.PromptFileData if self.PromptFileData is not None else self.PromptFileStream)
            name = str(self.PromptFileName)
            if not name.lower().endswith((".wav", ".wma")):
                raise invalid_value(f"The prompt file {name} must be a .wav or .wma file.", name)
            if not ctx.should_process(name, "Import-UMPrompt"):
                return
            t.ran = True
            encoded = base64.b64encode(data).decode("ascii")
            if self.UMDialPlan is not None:
                dp = t.store.resolve_dial_plan(id_text(self.UMDialPlan) or "")
                t.modified = dp.name
                t.store.set_dial_plan(dp, {"Prompts": {**(dp.props.get("Prompts") or {}), name: encoded}})
            else:
                aa = t.store.resolve_object("UMAutoAttendant", id_text(self.UMAutoAttendant) or "")
                t.modified = aa.name
                t.store.set_object(aa, {"Prompts": {**(aa.props.get("Prompts") or {}), name: encoded}})
        yield from ()


TASK = "Microsoft.Exchange.Management.Tasks.UM.ImportUMPrompt"


def _bytes(value: Any) -> bytes:
    if isinstance(value, (bytes, bytearray)):
        return bytes(value)
    if isinstance(value, list):
        return bytes(int(b) & 0xFF for b in value)
    read = getattr(value, "read", None)
    if callable(read):
        return bytes(read())
    return str(value or "").encode("utf-8")
