"""Start-Transcript: creates a record of all or part of a PowerShell session to a text file."""

from __future__ import annotations

import os
import platform
import random
import string

from pwshlite.cmdlet import Cmdlet, Context, Example, Parameter, Switch, cmdlet
from pwshlite.errors import ErrorCategory

from . import _fs
from ._common import terminate
from ._transcript import Transcript, TranscriptState


def default_path(ctx: Context, folder: str | None) -> str:
    """5.1's default name: Documents\\PowerShell_transcript.<computer>.<random>.<timestamp>.txt."""
    base = folder or os.path.join(os.path.expanduser("~"), "Documents")
    token = "".join(random.choice(string.ascii_letters + string.digits) for _ in range(8))
    host = platform.node().split(".")[0].upper()
    return os.path.join(base, f"PowerShell_transcript.{host}.{token}.{ctx.now():%Y%m%d%H%M%S}.txt")


@cmdlet("Start-Transcript", default_set="ByPath", supports_should_process=True)
class StartTranscript(Cmdlet):
    """Creates a record of all or part of a session (host output and commands) in a text file."""

    Path: str | None = Parameter(position=0, sets=("ByPath",))
    LiteralPath: str | None = Parameter(sets=("ByLiteralPath",), aliases=("PSPath",))
    OutputDirectory: str | None = Parameter(sets=("ByOutputDirectory",))
    Append: Switch = Parameter()
    Force: Switch = Parameter()
    NoClobber: Switch = Parameter(aliases=("NoOverwrite",))
    IncludeInvocationHeader: Switch = Parameter()

    examples = (
        Example(
            "Start-Transcript -Path ./session.txt; Get-Date; Stop-Transcript", "Record a session to a file"
        ),
        Example("Start-Transcript -Path ./session.txt -Append", "Add to an existing transcript"),
    )

    def process(self, ctx: Context) -> list[str]:
        given = self.LiteralPath or self.Path
        folder = _fs.full_path(ctx, self.OutputDirectory) if self.OutputDirectory else None
        path = _fs.full_path(ctx, given) if given else default_path(ctx, folder)
        if self.NoClobber and os.path.exists(path) and not self.Append:
            raise terminate(
                ctx, f"The file '{path}' already exists.", "NoClobber", ErrorCategory.ResourceExists, path,
                "System.IO.IOException",
            )  # fmt: skip
        if not ctx.should_process(path, "Start-Transcript"):
            return []
        state: TranscriptState = ctx.resource(TranscriptState)
        try:
            os.makedirs(os.path.dirname(path), exist_ok=True)
            transcript = Transcript(path, bool(self.Append), ctx.now())
        except OSError as exc:
            raise terminate(
                ctx, f"Transcription cannot be started due to the error: {exc.strerror}.", "CannotStartTranscription",
                ErrorCategory.InvalidOperation, None, "System.Management.Automation.PSInvalidOperationException",
            ) from None  # fmt: skip
        state.open.append(transcript)
        adder = getattr(ctx, "add_host_listener", None)
        if adder is not None and not state.listening:
            adder(state.listener)
            state.listening = True
        return [f"Transcript started, output file is {path}"]
