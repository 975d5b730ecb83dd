"""Write-Output: Sends the specified objects to the next command in the pipeline."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from pwshlite.cmdlet import Cmdlet, Context, Example, Parameter, Switch, cmdlet


@cmdlet("Write-Output", dotnet_type="Microsoft.PowerShell.Commands.WriteOutputCommand")
class WriteOutput(Cmdlet):
    """Write-Output: Sends the specified objects to the next command in the pipeline.

    If Write-Output is the last command in the pipeline, the objects are displayed in the console.
    Arrays are enumerated unless -NoEnumerate is given."""

    InputObject: list[Any] = Parameter(position=0, mandatory=True, pipeline=True, remaining=True,
                                       type_name="System.Management.Automation.PSObject[]")  # fmt: skip
    NoEnumerate: Switch = Parameter()

    examples = (
        Example("Write-Output 'test output'", "Write a string to the pipeline"),
        Example("Write-Output 1,2,3 -NoEnumerate | Measure-Object", "Pass an array as one object"),
    )

    def process(self, ctx: Context) -> Iterator[Any]:
        items = self.InputObject
        if items is None:
            return
        if self.NoEnumerate:
            yield items
            return
        yield from items


WriteOutput.info.extra["allow_null"] = {"InputObject"}
WriteOutput.info.extra["allow_empty_string"] = {"InputObject"}
