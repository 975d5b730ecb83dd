"""Small mutable .NET helpers scripts create with New-Object: StringBuilder and Random.

Layer: values (imports only pwshlite.objects, pwshlite.errors and the standard library).

Public API:
    StringBuilder(text="")     System.Text.StringBuilder: Append AppendLine AppendFormat Insert Replace Remove
                               Clear ToString, Length property
    RandomValue(seed=None)     System.Random: Next() Next(max) Next(min, max) NextDouble()
"""

from __future__ import annotations

import random
from typing import Any


class StringBuilder:
    """System.Text.StringBuilder. Methods return the builder itself, as .NET does."""

    type_name = "System.Text.StringBuilder"

    def __init__(self, text: str = "") -> None:
        self.text = text

    def ps_property_names(self) -> list[str]:
        return ["Capacity", "MaxCapacity", "Length"]

    def ps_get(self, name: str) -> tuple[bool, Any]:
        key = name.casefold()
        if key == "length":
            return True, len(self.text)
        if key == "capacity":
            return True, max(16, len(self.text))
        if key == "maxcapacity":
            return True, 2147483647
        return False, None

    def ps_call(self, name: str, args: list[Any]) -> tuple[bool, Any]:
        from .convert import to_string
        from .dotnet_format import format_string

        key = name.casefold()
        if key == "append" and len(args) == 1:
            self.text += to_string(args[0])
        elif key == "appendline" and len(args) <= 1:
            self.text += (to_string(args[0]) if args else "") + "\n"
        elif key == "appendformat" and args:
            rest = args[1] if len(args) == 2 and isinstance(args[1], list) else args[1:]
            self.text += format_string(to_string(args[0]), list(rest))
        elif key == "insert" and len(args) == 2:
            index = int(args[0])
            self.text = self.text[:index] + to_string(args[1]) + self.text[index:]
        elif key == "replace" and len(args) == 2:
            self.text = self.text.replace(to_string(args[0]), to_string(args[1]))
        elif key == "remove" and len(args) == 2:
            start, count = int(args[0]), int(args[1])
            self.text = self.text[:start] + self.text[start + count :]
        elif key == "clear" and not args:
            self.text = ""
        elif key == "tostring" and not args:
            return True, self.text
        else:
            return False, None
        return True, self

    def __str__(self) -> str:
        return self.text


class RandomValue:
    """System.Random (seeded when a seed is given; sequences differ from .NET's)."""

    type_name = "System.Random"

    def __init__(self, seed: int | None = None) -> None:
        self.rng = random.Random(seed)

    def ps_call(self, name: str, args: list[Any]) -> tuple[bool, Any]:
        key = name.casefold()
        if key == "next":
            if not args:
                return True, self.rng.randrange(0, 2**31 - 1)
            low, high = (0, int(args[0])) if len(args) == 1 else (int(args[0]), int(args[1]))
            return True, low if high <= low else self.rng.randrange(low, high)
        if key == "nextdouble" and not args:
            return True, self.rng.random()
        return False, None

    def __str__(self) -> str:
        return self.type_name
