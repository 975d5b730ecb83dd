"""Stop-Transcript: stops a transcript that Start-Transcript started."""

from __future__ import annotations

from pwshlite.cmdlet import Cmdlet, Context, Example, cmdlet
from pwshlite.errors import ErrorCategory

from ._common import terminate
from ._transcript import TranscriptState


@cmdlet("Stop-Transcript")
class StopTranscript(Cmdlet):
    """Stops a transcript that was started by Start-Transcript (the most recent one)."""

    examples = (Example("Start-Transcript -Path ./t.txt; 'work'; Stop-Transcript", "Stop recording"),)

    def process(self, ctx: Context) -> list[str]:
        state: TranscriptState = ctx.resource(TranscriptState)
        if not state.open:
            raise terminate(
                ctx, "An error occurred stopping transcription: The host is not currently transcribing.",
                "InvalidOperation", ErrorCategory.NotSpecified, None,
                "System.Management.Automation.PSInvalidOperationException",
            )  # fmt: skip
        transcript = state.open.pop()
        transcript.close(ctx.now())
        return [f"Transcript stopped, output file is {transcript.path}"]
