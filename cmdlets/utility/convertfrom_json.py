"""ConvertFrom-Json: Converts a JSON-formatted string to a custom object.

5.1 behaviour: the input strings are collected and parsed at the end (as one text when they do not
parse one by one); JSON objects become PSCustomObjects with properties in document order, numbers
Int32/Int64/Decimal/Double as JavaScriptSerializer returns them, "\\/Date(ms)\\/" a DateTime; a JSON
array is written as ONE object (5.1 does not enumerate it).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from pwshlite.cmdlet import Cmdlet, CmdletError, Context, Example, Parameter, cmdlet
from pwshlite.errors import ErrorCategory, ErrorRecord

from ._common import to_string
from ._json import DuplicateKeys, JsonSyntaxError, parse


@cmdlet("ConvertFrom-Json")
class ConvertFromJson(Cmdlet):
    """ConvertFrom-Json: Converts a JSON-formatted string to a custom object."""

    InputObject: str = Parameter(position=0, mandatory=True, pipeline=True)

    examples = (
        Example('\'{"Name":"jdoe","Count":2}\' | ConvertFrom-Json', "JSON text to an object"),
        Example("'{', '\"a\": [1, 2]', '}' | ConvertFrom-Json", "JSON text split over several lines"),
    )

    def begin(self, ctx: Context) -> None:
        self._texts: list[str] = []

    def process(self, ctx: Context) -> None:
        value = self.InputObject
        self._texts.append(value if isinstance(value, str) else to_string(value))

    def end(self, ctx: Context) -> Iterator[Any]:
        if not self._texts:
            return
        if len(self._texts) > 1:
            try:
                first = _convert(self._texts[0])
            except CmdletError:
                yield _convert("\n".join(self._texts))
                return
            yield first
            for text in self._texts[1:]:
                yield _convert(text)
            return
        yield _convert(self._texts[0])


def _convert(text: str) -> Any:
    try:
        return parse(text)
    except DuplicateKeys as exc:
        raise CmdletError(ErrorRecord(str(exc), "System.InvalidOperationException", ErrorCategory.InvalidOperation,
                                      "System.InvalidOperationException")) from exc  # fmt: skip
    except JsonSyntaxError as exc:
        raise CmdletError(ErrorRecord(str(exc), "System.ArgumentException", ErrorCategory.ParserError,
                                      "System.ArgumentException")) from exc  # fmt: skip


ConvertFromJson.info.extra["allow_empty_string"] = {"InputObject"}  # [AllowEmptyString]: "" converts to $null
