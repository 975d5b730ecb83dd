"""ConvertTo-Json: Converts an object to a JSON-formatted string.

5.1 behaviour (formatting spec Appendix A): pipeline input is collected and written as one JSON
text (several objects become an array); -Depth (default 2) limits nesting and anything deeper is
written as its string form, without a warning; -Compress skips 5.1's re-indentation.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from pwshlite.cmdlet import Cmdlet, CmdletError, Context, Example, Parameter, Switch, ValidateRange, cmdlet
from pwshlite.errors import ErrorCategory, ErrorRecord

from ._json import NonStringKey, compact, pretty, to_tree


@cmdlet("ConvertTo-Json", outputs=("System.String",))
class ConvertToJson(Cmdlet):
    """ConvertTo-Json: Converts an object to a JSON-formatted string."""

    InputObject: Any = Parameter(position=0, mandatory=True, pipeline=True, type_name="System.Object")
    Depth: int = Parameter(default=2, validate=ValidateRange(1, 2147483647))
    Compress: Switch = Parameter()

    examples = (
        Example("[ordered]@{Name='jdoe';Tags=@('a','b')} | ConvertTo-Json", "An object as indented JSON"),
        Example("Get-Mailbox | Select-Object Name,Alias | ConvertTo-Json -Compress", "Compact JSON"),
    )

    def begin(self, ctx: Context) -> None:
        self._items: list[Any] = []

    def process(self, ctx: Context) -> None:
        # 5.1 collects only non-null input: `$null | ConvertTo-Json` writes nothing
        if self.InputObject is not None:
            self._items.append(self.InputObject)

    def end(self, ctx: Context) -> Iterator[str]:
        if not self._items:
            return
        value = self._items[0] if len(self._items) == 1 else list(self._items)
        try:
            tree = to_tree(value, self.Depth)
        except NonStringKey as exc:
            raise CmdletError(ErrorRecord(str(exc), "NonStringKeyInDictionary", ErrorCategory.InvalidOperation,
                                          "System.InvalidOperationException")) from exc  # fmt: skip
        yield compact(tree) if self.Compress else pretty(tree)


ConvertToJson.info.extra["allow_null"] = {"InputObject"}  # [AllowNull]; 5.1 then skips the $null
