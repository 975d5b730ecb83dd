"""System.Text.StringBuilder-lite for New-Object: Append, AppendLine, AppendFormat, Insert, Remove,
Replace, Clear, ToString and Length, through the runtime's ps_get_member/ps_invoke_method hooks."""

from __future__ import annotations

from typing import Any

from ._common import to_string


class StringBuilderValue:
    """A mutable string; methods that return the builder return this same object, as .NET does."""

    __slots__ = ("parts",)
    type_name = "System.Text.StringBuilder"

    def __init__(self, initial: str = "") -> None:
        self.parts: list[str] = [initial] if initial else []

    @property
    def text(self) -> str:
        joined = "".join(self.parts)
        self.parts = [joined] if joined else []
        return joined

    def __str__(self) -> str:
        return self.text

    def ps_get_member(self, key: str) -> tuple[bool, Any]:
        if key == "length":
            return True, len(self.text)
        if key == "capacity":
            return True, max(16, len(self.text))
        if key == "maxcapacity":
            return True, 2147483647
        return False, None

    def ps_invoke_method(self, interp: Any, key: str, args: list[Any]) -> tuple[bool, Any]:
        handler = getattr(self, f"_m_{key}", None)
        if handler is None:
            return False, None
        return True, handler(*args)

    def _m_append(self, value: Any = "", *rest: Any) -> StringBuilderValue:
        self.parts.append(to_string(value))
        return self

    def _m_appendline(self, value: Any = "") -> StringBuilderValue:
        self.parts.append(to_string(value) + "\r\n")
        return self

    def _m_appendformat(self, fmt: Any, *args: Any) -> StringBuilderValue:
        try:
            from pwshlite.values.dotnet_format import format_string

            self.parts.append(str(format_string(to_string(fmt), list(args))))
        except ImportError:
            self.parts.append(to_string(fmt).format(*[to_string(a) for a in args]))
        return self

    def _m_insert(self, index: Any, value: Any) -> StringBuilderValue:
        text = self.text
        self.parts = [text[: int(index)] + to_string(value) + text[int(index) :]]
        return self

    def _m_remove(self, start: Any, length: Any) -> StringBuilderValue:
        text = self.text
        self.parts = [text[: int(start)] + text[int(start) + int(length) :]]
        return self

    def _m_replace(self, old: Any, new: Any) -> StringBuilderValue:
        self.parts = [self.text.replace(to_string(old), to_string(new))]
        return self

    def _m_clear(self) -> StringBuilderValue:
        self.parts = []
        return self

    def _m_tostring(self) -> str:
        return self.text
