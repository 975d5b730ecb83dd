"""Write-Host: writes customized output to the host (not to the pipeline)."""

from __future__ import annotations

from typing import Any

from pwshlite.cmdlet import Cmdlet, Context, Example, Parameter, Switch, cmdlet
from pwshlite.objects import PSHashtable

from ._common import ConsoleColor, enum_name, to_string


def host_text(value: Any, separator: Any) -> str:
    """Write-Host's rendering (formatting spec 11.2): strings as is, enumerables item by item joined
    with the separator, anything else by its ToString(); $null and '' give nothing."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, PSHashtable):
        value = ["System.Collections.DictionaryEntry"] * len(value)
    if isinstance(value, list | tuple):
        sep = "" if separator is None else to_string(separator)
        return sep.join(host_text(item, separator) for item in value)
    return to_string(value)


@cmdlet("Write-Host")
class WriteHost(Cmdlet):
    """Writes customized output to the host, optionally in colour; nothing goes to the pipeline."""

    Object: Any = Parameter(position=0, pipeline=True, remaining=True, aliases=("Msg", "Message"))
    NoNewline: Switch = Parameter()
    Separator: Any = Parameter(default=" ")
    ForegroundColor: ConsoleColor | None = Parameter()
    BackgroundColor: ConsoleColor | None = Parameter()

    examples = (
        Example(
            "Write-Host 'no newline test ' -NoNewline; Write-Host 'second string'",
            "Write without a line break",
        ),
        Example("Write-Host (2,4,6,8,10,12) -Separator ', +2= '", "Join values with a separator"),
        Example("Write-Host 'Red on white text.' -ForegroundColor red -BackgroundColor white", "Colours"),
    )

    def process(self, ctx: Context) -> None:
        text = host_text(self.Object, self.Separator)
        ctx.write_host(
            text, not self.NoNewline, enum_name(self.ForegroundColor), enum_name(self.BackgroundColor)
        )
