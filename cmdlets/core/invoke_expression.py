"""Invoke-Expression: Runs commands or expressions on the local computer."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from pwshlite.cmdlet import Cmdlet, Context, Example, Parameter, cmdlet

from ._common import invoke_streaming


@cmdlet("Invoke-Expression", dotnet_type="Microsoft.PowerShell.Commands.InvokeExpressionCommand")
class InvokeExpression(Cmdlet):
    """Invoke-Expression: Runs commands or expressions on the local computer.

    The string is parsed and run in the current scope; its output is the command's output."""

    Command: str = Parameter(position=0, mandatory=True, pipeline=True)

    examples = (
        Example(
            "$cmd = 'Get-Date -Year 2000 -Month 1 -Day 1'; Invoke-Expression $cmd",
            "Run a command in a string",
        ),
        Example("iex '1 + 2'", "Evaluate an expression"),
    )

    def process(self, ctx: Context) -> Iterator[Any]:
        block = ctx.new_script_block(self.Command)
        yield from invoke_streaming(ctx, block, new_scope=False)
