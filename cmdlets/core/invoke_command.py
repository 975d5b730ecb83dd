"""Invoke-Command: Runs commands on local and remote computers (pwshlite: local script blocks only)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from pwshlite.cmdlet import Cmdlet, Context, Example, Parameter, Switch, cmdlet
from pwshlite.errors import ErrorCategory, InvocationInfo
from pwshlite.objects import ScriptBlockValue

from ._common import invoke_streaming

_LOCAL_NAMES = {"localhost", ".", "127.0.0.1", "::1"}


@cmdlet(
    "Invoke-Command",
    default_set="InProcess",
    dotnet_type="Microsoft.PowerShell.Commands.InvokeCommandCommand",
)
class InvokeCommand(Cmdlet):
    """Invoke-Command: Runs commands on local and remote computers.

    pwshlite runs the script block locally (there is no remoting): pipeline input becomes $input,
    -ArgumentList becomes $args / the block's parameters; -NoNewScope runs it in the caller's scope.
    -ComputerName accepts only the local computer; other names fail as unreachable WinRM servers."""

    ScriptBlock: ScriptBlockValue = Parameter(position=0, mandatory=True, aliases=("Command",))
    ArgumentList: list[Any] | None = Parameter(aliases=("Args",))
    InputObject: Any = Parameter(pipeline=True, type_name="System.Management.Automation.PSObject")
    NoNewScope: Switch = Parameter(sets=("InProcess",))
    ComputerName: list[str] | None = Parameter(sets=("ComputerName",), aliases=("Cn",))

    examples = (
        Example(
            "Invoke-Command -ScriptBlock { param($a) $a * 2 } -ArgumentList 21",
            "Run a script block with arguments",
        ),
        Example(
            "1,2,3 | Invoke-Command { $input | Measure-Object -Sum }", "Pipeline input arrives as $input"
        ),
    )

    def begin(self, ctx: Context) -> None:
        self._input: list[Any] = []

    def process(self, ctx: Context) -> None:
        if "InputObject" in ctx.bound:
            self._input.append(self.InputObject)

    def end(self, ctx: Context) -> Iterator[Any]:
        remote = [c for c in self.ComputerName or [] if c.casefold() not in _LOCAL_NAMES]
        for computer in remote:
            record = ctx.error(
                f"[{computer}] Connecting to remote server {computer} failed with the following error message : The WinRM client "
                "cannot process the request because the server name cannot be resolved. For more information, see "
                "the about_Remote_Troubleshooting Help topic.",
                "ComputerNotFound,PSSessionStateBroken", ErrorCategory.OpenError, computer,
                "System.Management.Automation.Remoting.PSRemotingTransportException",
            )  # fmt: skip
            record.fq_suffix = None
            record.target_name = computer
            record.activity = ""  # a remoting error: no command prefix or position lines, `[]` activity
            record.invocation = InvocationInfo()
            ctx.write_error(record)
        if remote and len(remote) == len(self.ComputerName or []):
            return
        args = list(self.ArgumentList or [])
        feed = self._input if self._input else None
        yield from invoke_streaming(ctx, self.ScriptBlock, *args, input=feed, new_scope=not self.NoNewScope)
