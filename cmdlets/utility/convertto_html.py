"""ConvertTo-Html: Converts .NET objects into HTML that can be displayed in a Web browser.

5.1 output, one string per line: the XHTML 1.0 Strict DOCTYPE, `<head>` with the -Title (default
"HTML TABLE") or the -Head lines and a -CssUri link, `</head><body>`, -Body, -PreContent, then a
`<table>` with one `<colgroup><col/>...` line, a header row and one row per object (or, with
-As List, `Name:`/value rows separated by `<hr>` rows), -PostContent and `</body></html>`.
-Fragment writes only the table part. Cell values are HTML-encoded as WebUtility.HtmlEncode does.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from pwshlite.cmdlet import (
    Cmdlet,
    Context,
    Example,
    Parameter,
    Switch,
    ValidateNotNullOrEmpty,
    ValidateSet,
    cmdlet,
)

from ._common import dotnet_tostring, has_property
from ._props import PropSpec, evaluate, matching_names, parse_specs

DOCTYPE = ('<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN"  '
           '"http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">')  # fmt: skip


def html_encode(text: str) -> str:
    """System.Net.WebUtility.HtmlEncode."""
    out: list[str] = []
    for ch in text:
        code = ord(ch)
        if ch == "&":
            out.append("&amp;")
        elif ch == "<":
            out.append("&lt;")
        elif ch == ">":
            out.append("&gt;")
        elif ch == '"':
            out.append("&quot;")
        elif ch == "'":
            out.append("&#39;")
        elif 160 <= code <= 255:
            out.append(f"&#{code};")
        else:
            out.append(ch)
    return "".join(out)


@cmdlet("ConvertTo-Html", default_set="Page", outputs=("System.String",))
class ConvertToHtml(Cmdlet):
    """ConvertTo-Html: Converts .NET objects into HTML that can be displayed in a Web browser."""

    InputObject: Any = Parameter(pipeline=True, type_name="System.Management.Automation.PSObject")
    Property: list[Any] | None = Parameter(position=0)
    Body: list[str] | None = Parameter(position=3, sets=("Page",))
    Head: list[str] | None = Parameter(position=1, sets=("Page",))
    Title: str = Parameter(position=2, default="HTML TABLE", sets=("Page",), validate=ValidateNotNullOrEmpty)
    As: str = Parameter(default="Table", validate=ValidateSet("Table", "List"))
    CssUri: str | None = Parameter(sets=("Page",), aliases=("cu", "uri"), type_name="System.Uri",
                                   validate=ValidateNotNullOrEmpty)  # fmt: skip
    Fragment: Switch = Parameter(sets=("Fragment",))
    PostContent: list[str] | None = Parameter(validate=ValidateNotNullOrEmpty)
    PreContent: list[str] | None = Parameter(validate=ValidateNotNullOrEmpty)

    examples = (
        Example("Get-Mailbox | Select-Object Name,Database | ConvertTo-Html -Title 'Mailboxes' | Out-File r.html",
                "A report page"),
        Example("Get-Mailbox | ConvertTo-Html -Property Name,Alias -Fragment -PreContent '<h2>Users</h2>'", "A table to embed in a page"),
    )  # fmt: skip

    def begin(self, ctx: Context) -> Iterator[str]:
        self._specs: list[PropSpec] = parse_specs(self.Property or ["*"], "html")
        self._columns: list[PropSpec] | None = None
        self._count = 0
        if not self.Fragment:
            yield DOCTYPE
            yield '<html xmlns="http://www.w3.org/1999/xhtml">'
            yield "<head>"
            yield from self.Head if self.Head is not None else [f"<title>{self.Title}</title>"]
            if self.CssUri is not None:
                yield f'<link rel="stylesheet" type="text/css" href="{self.CssUri}" />'
            yield "</head><body>"
            yield from self.Body or []
        yield from self.PreContent or []
        yield "<table>"

    def _resolve(self, ctx: Context, obj: Any) -> list[PropSpec]:
        """5.1's InitializeResolvedNameMshParameters: an expression resolving to exactly one property
        keeps its own text as the column name (so `*` over a string is a `*` column holding Length);
        otherwise every resolved name is a column."""
        columns: list[PropSpec] = []
        for spec in self._specs:
            if not isinstance(spec.expr, str):
                columns.append(spec)
                continue
            if spec.is_wildcard:
                names = matching_names(obj, spec.expr)
            else:
                names = [spec.expr] if has_property(obj, spec.expr) else []
            if len(names) == 1:
                columns.append(spec)
            else:
                columns.extend(PropSpec(n, spec.label, spec.entries) for n in names)
        return columns

    def _value(self, ctx: Context, spec: PropSpec, obj: Any) -> str:
        """WritePropertyValue: every result, a $null one as an empty string, separated by ", "."""
        values = [v for _, v in evaluate(ctx, spec, obj, eat_errors=True)]
        return ", ".join("" if v is None else html_encode(dotnet_tostring(v)) for v in values)

    def process(self, ctx: Context) -> Iterator[str]:
        obj = self.InputObject
        if obj is None:
            return
        self._count += 1
        if self.As.casefold() == "list":
            columns = self._resolve(ctx, obj)
            if self._count > 1:
                yield "<tr><td><hr></td></tr>"
            for spec in columns:
                yield f"<tr><td>{spec.display_name()}:</td><td>{self._value(ctx, spec, obj)}</td></tr>"
            return
        if self._columns is None:
            self._columns = self._resolve(ctx, obj)
            if not self._columns:  # 5.1 writes no header yet: the next object resolves the columns again
                self._columns = None
                return
            yield "<colgroup>" + "".join(_col(spec) for spec in self._columns) + "</colgroup>"
            yield "<tr>" + "".join(f"<th>{spec.display_name()}</th>" for spec in self._columns) + "</tr>"
        yield "<tr>" + "".join(f"<td>{self._value(ctx, spec, obj)}</td>" for spec in self._columns) + "</tr>"

    def end(self, ctx: Context) -> Iterator[str]:
        yield "</table>"
        yield from self.PostContent or []
        if not self.Fragment:
            yield "</body></html>"


def _col(spec: PropSpec) -> str:
    text = "<col"
    width = spec.entries.get("width")
    if width is not None:
        text += f' width = "{width}"'
    align = spec.entries.get("alignment")
    if align is not None:
        text += f' align = "{align}"'
    return text + "/>"
