"""Get-Help: Displays information about PowerShell commands."""

from __future__ import annotations

import textwrap
from collections.abc import Iterator
from typing import Any

from pwshlite.cmdlet import ALL_SETS, Cmdlet, CmdletInfo, Context, Example, Parameter, Switch, cmdlet
from pwshlite.errors import ErrorCategory

from ._syntax import short_type, syntax_lines

INDENT = "    "


@cmdlet("Get-Help", default_set="AllUsersView", dotnet_type="Microsoft.PowerShell.Commands.GetHelpCommand")
class GetHelp(Cmdlet):
    """Get-Help: Displays information about PowerShell commands.

    The help text is generated from each command's declaration: synopsis, syntax per parameter set,
    description, parameters (-Full/-Detailed/-Parameter) and its examples (-Examples)."""

    Name: str | None = Parameter(position=0, pipeline=True, by_property_name=True)
    Full: Switch = Parameter(sets=("AllUsersView",))
    Detailed: Switch = Parameter(mandatory=True, sets=("DetailedView",))
    Examples: Switch = Parameter(mandatory=True, sets=("Examples",))
    Parameter: str | None = Parameter(mandatory=True, sets=("Parameters",))  # last: shadows the factory

    examples = (
        Example("Get-Help Get-UMMailboxPIN", "Basic help for a cmdlet"),
        Example("Get-Help Where-Object -Examples", "Only the examples"),
        Example("Get-Help Set-UMMailboxPIN -Parameter PIN", "Help for one parameter"),
    )

    def process(self, ctx: Context) -> Iterator[Any]:
        name = self.Name or "Get-Help"
        entry = self._find(ctx, name)
        if entry is None:
            ctx.write_error(ctx.error(
                f'Get-Help could not find {name} in a help file in this session. To download updated help topics '
                'type: "Update-Help". To get help online, search for the help topic in the TechNet library at '
                "https:/go.microsoft.com/fwlink/?LinkID=107116.", "HelpNotFound", ErrorCategory.ResourceUnavailable,
                name, "Microsoft.PowerShell.Commands.HelpNotFoundException"))  # fmt: skip
            return
        yield self._render(entry)

    @staticmethod
    def _find(ctx: Context, name: str) -> CmdletInfo | None:
        entries = ctx.list_commands()
        for entry in entries:
            if entry.name.casefold() == name.casefold():
                if entry.command_type == "Alias":
                    return GetHelp._find(ctx, entry.definition)
                return entry.info
        return None

    def _render(self, info: CmdletInfo) -> str:
        if self.Examples:
            return "\n".join(_header(info) + _examples(info)) + "\n"
        if self.Parameter:
            wanted = [
                p for p in info.parameters.values() if p.name.casefold().startswith(self.Parameter.casefold())
            ]
            return "\n" + "\n".join(line for p in wanted for line in _parameter(info, p)) + "\n"
        lines = _header(info) + ["SYNTAX"]
        for syntax in syntax_lines(info):
            lines += _wrapped(syntax) + [""]
        described = (info.description or info.synopsis).splitlines() or [""]
        lines += ["", "DESCRIPTION", *(INDENT + line.strip() for line in described), ""]
        if self.Full or self.Detailed:
            lines += ["", "PARAMETERS"]
            for p in info.parameters.values():
                lines += _parameter(info, p)
            lines += [INDENT + "<CommonParameters>", INDENT * 2 + "This cmdlet supports the common parameters: "
                      "Verbose, Debug,", INDENT * 2 + "ErrorAction, ErrorVariable, WarningAction, WarningVariable,",
                      INDENT * 2 + "OutBuffer, PipelineVariable, and OutVariable. For more information, see",
                      INDENT * 2 + "about_CommonParameters (https:/go.microsoft.com/fwlink/?LinkID=113216).", ""]  # fmt: skip
            lines += _examples(info)
        else:
            lines += ["", "RELATED LINKS", "", "REMARKS",
                      INDENT + f'To see the examples, type: "get-help {info.name} -examples".',
                      INDENT + f'For more information, type: "get-help {info.name} -detailed".',
                      INDENT + f'For technical information, type: "get-help {info.name} -full".', ""]  # fmt: skip
        return "\n".join(lines) + "\n"


def _wrapped(text: str, width: int = 119) -> list[str]:
    """Help text lines are indented four spaces and word-wrapped at the console width."""
    return textwrap.wrap(
        text,
        width,
        initial_indent=INDENT,
        subsequent_indent=INDENT,
        break_long_words=False,
        break_on_hyphens=False,
    ) or [INDENT]


def _header(info: CmdletInfo) -> list[str]:
    return ["", "NAME", INDENT + info.name, INDENT, "SYNOPSIS", INDENT + info.synopsis, INDENT, INDENT]


def _parameter(info: CmdletInfo, p: Any) -> list[str]:
    type_text = short_type(p.type_name)
    head = f"-{p.name}" + (f" <{type_text}>" if type_text else "")
    positions = {m.position for m in p.sets.values()}
    position = next(iter(positions)) if len(positions) == 1 else None
    mandatory = any(m.mandatory for m in p.sets.values())
    pipe = []
    if any(m.pipeline for m in p.sets.values()):
        pipe.append("ByValue")
    if any(m.by_property_name for m in p.sets.values()):
        pipe.append("ByPropertyName")
    lines = [INDENT + head]
    if p.help:
        lines.append(INDENT * 2 + p.help)
    # PowerShell's layout for commands without a help file (help generated from the metadata)
    set_names = [s for s in p.sets if s != ALL_SETS] or ["(All)"]
    lines += [
        INDENT * 2,
        INDENT * 2 + f"Required?                    {str(mandatory).lower()}",
        INDENT * 2 + f"Position?                    {'Named' if position is None else position}",
        INDENT * 2 + f"Accept pipeline input?       {'true (' + ', '.join(pipe) + ')' if pipe else 'false'}",
        INDENT * 2 + f"Parameter set name           {', '.join(set_names)}",
        INDENT * 2 + f"Aliases                      {', '.join(p.aliases) if p.aliases else 'None'}",
        INDENT * 2 + "Dynamic?                     false",
        INDENT * 2,
    ]
    return lines


def _examples(info: CmdletInfo) -> list[str]:
    lines: list[str] = []
    for i, example in enumerate(info.examples, 1):
        title = f"Example {i}" + (f": {example.title}" if example.title else "")
        lines += [INDENT + "-" * 20 + f" {title} " + "-" * 20, "", INDENT + f"PS C:\\>{example.code}", ""]
        if example.remarks:
            lines += [INDENT + example.remarks, ""]
    return lines
