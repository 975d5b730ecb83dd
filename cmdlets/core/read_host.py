"""Read-Host: reads a line of input from the console (as a SecureString with -AsSecureString)."""

from __future__ import annotations

from typing import Any

from pwshlite.cmdlet import Cmdlet, Context, Example, Parameter, Switch, cmdlet
from pwshlite.errors import ErrorCategory
from pwshlite.objects import SecureString

from ._common import terminate, to_string

NONINTERACTIVE = (
    "Windows PowerShell is in NonInteractive mode. Read and Prompt functionality is not available."
)


def require_interactive(ctx: Context) -> None:
    """5.1's error when a prompt is needed under -NonInteractive."""
    if not ctx.interactive:
        raise terminate(
            ctx, NONINTERACTIVE, "System.Management.Automation.PSInvalidOperationException",
            ErrorCategory.InvalidOperation, None, "System.Management.Automation.PSInvalidOperationException",
        )  # fmt: skip


@cmdlet("Read-Host")
class ReadHost(Cmdlet):
    """Reads a line of input from the console."""

    Prompt: Any = Parameter(position=0, pipeline=True, remaining=True)
    AsSecureString: Switch = Parameter()

    examples = (
        Example("$name = Read-Host 'Your name'", "Ask for a value (interactive)"),
        Example(
            "$pw = Read-Host 'Enter a Password' -AsSecureString",
            "Ask for a secret, input masked (interactive)",
        ),
    )

    def process(self, ctx: Context) -> list[Any]:
        require_interactive(ctx)
        prompt = "" if self.Prompt is None else to_string(self.Prompt) + ": "
        line = ctx.read_line(prompt, secret=bool(self.AsSecureString))
        return [SecureString(line) if self.AsSecureString else line]
