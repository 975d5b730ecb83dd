"""Validation attributes (ValidateSet, ValidateRange, ...) applied to a converted parameter value.

Layer: binding. Returns PowerShell's validation message, or None when the value is valid.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from pwshlite.binding import messages as msg
from pwshlite.cmdlet import ParameterInfo, Validate


def _text(value: Any) -> str:
    from pwshlite.values.convert import to_string

    return str(to_string(value))


def validate(
    param: ParameterInfo, value: Any, script_validator: Callable[[Any, Any], bool] | None
) -> str | None:
    """The first failing attribute's message for `value` (arrays: each element, Count on the whole)."""
    for rule in param.validate:
        if rule.kind == "Count":
            count = len(value) if isinstance(value, list) else (0 if value is None else 1)
            low, high = int(rule.args[0]), int(rule.args[1])
            if not low <= count <= high:
                return msg.count_message(count, low, high)
            continue
        if rule.kind == "NotNullOrEmpty" and isinstance(value, list) and not value:
            return msg.NOT_NULL_OR_EMPTY
        items = value if isinstance(value, list) else [value]
        for item in items:
            problem = _check(rule, item, script_validator)
            if problem is not None:
                return problem
    return None


def _check(rule: Validate, item: Any, script_validator: Callable[[Any, Any], bool] | None) -> str | None:
    kind = rule.kind
    if kind == "NotNull":
        return msg.NOT_NULL if item is None else None
    if kind == "NotNullOrEmpty":
        return msg.NOT_NULL_OR_EMPTY if item is None or item == "" else None
    if kind == "Set":
        text = _text(item)
        allowed = tuple(str(a) for a in rule.args)
        if rule.ignore_case:
            ok = text.casefold() in (a.casefold() for a in allowed)
        else:
            ok = text in allowed
        return None if ok else msg.set_message(text, allowed)
    if kind == "Pattern":
        text = _text(item)
        return (
            None
            if re.search(str(rule.args[0]), text, re.IGNORECASE)
            else msg.pattern_message(text, str(rule.args[0]))
        )
    if kind == "Range":
        return _range(rule, item)
    if kind == "Length":
        text = _text(item)
        low, high = int(rule.args[0]), int(rule.args[1])
        if len(text) > high:
            return msg.length_message(text, low, high, too_long=True)
        if len(text) < low:
            return msg.length_message(text, low, high, too_long=False)
        return None
    if kind == "Script" and script_validator is not None:
        block = rule.args[0]
        return None if script_validator(block, item) else msg.script_message(_block_text(block), _text(item))
    return None


def _block_text(block: Any) -> str:
    return str(getattr(block, "text", block)).strip()


def _range(rule: Validate, item: Any) -> str | None:
    low, high = rule.args[0], rule.args[1]
    try:
        if item > high:
            return msg.range_message(_text(item), _text(low), _text(high), too_big=True)
        if item < low:
            return msg.range_message(_text(item), _text(low), _text(high), too_big=False)
    except TypeError:
        return None
    return None
