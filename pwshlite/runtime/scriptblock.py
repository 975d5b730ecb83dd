"""Script blocks and functions as runtime values (System.Management.Automation.ScriptBlock, FunctionInfo).

Layer: runtime. A ScriptBlock wraps its AST; its compiled parameter metadata is cached on first use.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from pwshlite.errors import MISSING, Span
from pwshlite.syntax import ast

if TYPE_CHECKING:
    from pwshlite.runtime.functions import FunctionMeta
    from pwshlite.runtime.interpreter import Interpreter


class ScriptBlock:
    """`{ ... }` as a value (implements pwshlite.objects.ScriptBlockValue)."""

    __slots__ = ("ast", "span", "meta", "is_filter", "file")
    type_name = "System.Management.Automation.ScriptBlock"

    def __init__(self, body: ast.ScriptBlock, span: Span | None = None, is_filter: bool = False) -> None:
        self.ast = body
        self.span = span or body.span
        self.meta: FunctionMeta | None = None
        self.is_filter = is_filter
        self.file: str | None = self.span.file

    @property
    def text(self) -> str:
        text = self.span.text
        if text.startswith("{") and text.endswith("}"):
            return text[1:-1]
        return text

    def __str__(self) -> str:
        return self.text

    def __repr__(self) -> str:
        return f"ScriptBlock({self.text.strip()[:40]!r})"

    # -- members (runtime.members_rt calls these) -------------------------------------------------------
    def ps_get_member(self, key: str) -> tuple[bool, Any]:
        if key == "ast":
            return True, self.ast
        if key == "file":
            return True, self.file
        if key == "isfilter":
            return True, self.is_filter
        return False, None

    def ps_invoke_method(self, interp: Interpreter, key: str, args: list[Any]) -> tuple[bool, Any]:
        if key in ("invoke", "invokereturnasis"):
            out = interp.invoke_block(self, list(args))
            if key == "invokereturnasis":
                from pwshlite.runtime.expressions import collapse

                return True, collapse(out)
            return True, out
        if key == "getnewclosure":
            return True, self
        if key == "tostring":
            return True, self.text
        return False, None


class FunctionInfo:
    """A function or filter defined by script (`function Name { }`)."""

    __slots__ = ("name", "block", "is_filter", "definition_span")

    def __init__(self, name: str, block: ScriptBlock, is_filter: bool = False, span: Span = MISSING) -> None:
        self.name = name
        self.block = block
        self.is_filter = is_filter
        self.definition_span = span

    @property
    def definition(self) -> str:
        return self.block.text

    def __str__(self) -> str:
        return self.name
