""".NET numeric format strings (Int32/Double/Decimal.ToString(format)) for the en-US culture.

Layer: values (imports only pwshlite.objects, pwshlite.errors and the standard library).
Rules from the .NET docs "Standard numeric format strings" and "Custom numeric format strings";
culture data is .NET Framework en-US (percent "n %", negative currency "($n)"). Doubles are first
reduced to 15 significant digits and rounded half away from zero, as .NET Framework does.

Public API:
    format_number(value: int | float | Decimal, fmt: str) -> str    raises FormatError
    FormatError(message)                                             .NET FormatException text
"""

from __future__ import annotations

import math
import re
from decimal import ROUND_HALF_UP, Decimal


class FormatError(Exception):
    """A .NET FormatException; `message` is its text."""

    def __init__(self, message: str = "Input string was not in a correct format.") -> None:
        super().__init__(message)
        self.message = message


BAD_SPECIFIER = "Format specifier was invalid."
_STANDARD = re.compile(r"^([A-Za-z])(\d{0,2})$")


def _exact(value: int | float | Decimal) -> Decimal:
    """The value as a Decimal; doubles through their 15-significant-digit form."""
    if isinstance(value, float):
        return Decimal(format(value, ".15g")) if value != 0 else Decimal(0)
    return Decimal(value)


def _round(value: Decimal, digits: int) -> Decimal:
    return value.quantize(Decimal(1).scaleb(-digits), rounding=ROUND_HALF_UP)


def _group(digits: str) -> str:
    out = []
    for i, ch in enumerate(reversed(digits)):
        if i and i % 3 == 0:
            out.append(",")
        out.append(ch)
    return "".join(reversed(out))


def _fixed(value: Decimal, digits: int, grouped: bool) -> tuple[str, bool]:
    """Absolute value with `digits` decimals, and whether it is negative (after rounding)."""
    rounded = _round(value, digits)
    negative = rounded < 0 and rounded != 0
    text = format(abs(rounded), "f")
    whole, _, frac = text.partition(".")
    if grouped:
        whole = _group(whole)
    return (whole + ("." + frac if digits > 0 else "")), negative


def _special(value: int | float | Decimal) -> str | None:
    if isinstance(value, float):
        if math.isnan(value):
            return "NaN"
        if math.isinf(value):
            return "Infinity" if value > 0 else "-Infinity"
    return None


def _scientific(value: Decimal, digits: int, letter: str, min_exp: int) -> str:
    if value == 0:
        mantissa, exponent = Decimal(0), 0
    else:
        exponent = value.adjusted()
        mantissa = _round(value.scaleb(-exponent), digits)
        if abs(mantissa) >= 10:
            exponent += 1
            mantissa = _round(value.scaleb(-exponent), digits)
    sign = "-" if mantissa < 0 else ""
    body = format(abs(mantissa), "f")
    exp_sign = "-" if exponent < 0 else "+"
    return f"{sign}{body}{letter}{exp_sign}{abs(exponent):0{min_exp}d}"


def _general(value: int | float | Decimal, precision: int, letter: str) -> str:
    if isinstance(value, int) and precision == 0:
        return str(value)
    if isinstance(value, Decimal) and precision == 0:
        return format(value, "f")  # Decimal "G" keeps every stored digit (1.50 stays 1.50)
    if precision == 0:
        precision = 15 if isinstance(value, float) else 29
    exact = Decimal(value) if not isinstance(value, float) else Decimal(repr(value))
    if exact == 0:
        return "0"
    rounded = (
        Decimal(format(exact, f".{precision}g"))
        if not isinstance(value, Decimal) or precision < 29
        else exact
    )
    exponent = rounded.adjusted()
    if exponent >= precision or exponent < -5:
        digits = format(rounded.scaleb(-exponent).normalize(), "f")
        sign = "-" if exponent < 0 else "+"
        return f"{digits}{letter}{sign}{abs(exponent):02d}"
    text = format(rounded, "f")
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text


def _hex(value: int | float | Decimal, precision: int, upper: bool) -> str:
    if not isinstance(value, int):
        raise FormatError(BAD_SPECIFIER)
    if value < 0:
        value += 1 << (32 if value >= -(2**31) else 64)
    text = format(value, "X" if upper else "x")
    return text.rjust(precision, "0")


def _standard(value: int | float | Decimal, letter: str, precision_text: str) -> str:
    kind = letter.upper()
    has_precision = precision_text != ""
    precision = int(precision_text) if has_precision else -1
    if kind == "X":
        return _hex(value, max(precision, 0), letter == "X")
    if kind == "D":
        if not isinstance(value, int):
            raise FormatError(BAD_SPECIFIER)
        return ("-" if value < 0 else "") + str(abs(value)).rjust(max(precision, 0), "0")
    if kind == "G":
        return _general(value, max(precision, 0), "E" if letter == "G" else "e")
    if kind == "R":
        return _general(
            value,
            17 if isinstance(value, float) and float(repr(value)) != float(format(value, ".15g")) else 0,
            "E",
        )
    exact = _exact(value)
    if kind == "E":
        return _scientific(exact, 6 if precision < 0 else precision, letter, 3)
    digits = 2 if precision < 0 else precision
    if kind == "F":
        text, negative = _fixed(exact, digits, False)
        return ("-" if negative else "") + text
    if kind == "N":
        text, negative = _fixed(exact, digits, True)
        return ("-" if negative else "") + text
    if kind == "P":
        text, negative = _fixed(exact * 100, digits, True)
        return ("-" if negative else "") + text + " %"
    if kind == "C":
        text, negative = _fixed(exact, digits, True)
        return f"(${text})" if negative else f"${text}"
    raise FormatError(BAD_SPECIFIER)


def format_number(value: int | float | Decimal, fmt: str) -> str:
    """Number.ToString(fmt) in en-US: standard specifiers C D E F G N P R X (with precision) and
    custom patterns (0 # . , % ‰ E+0 ; 'literal' \\x)."""
    if isinstance(value, bool):
        return "True" if value else "False"
    special = _special(value)
    if special is not None:
        return special
    if not fmt:
        return _general(value, 0, "E")
    m = _STANDARD.match(fmt)
    if m:
        return _standard(value, m.group(1), m.group(2))
    return _custom(value, fmt)


# -- custom numeric formats ------------------------------------------------------------------------------


def _tokens(section: str) -> list[tuple[str, str]]:
    """Split a section into ('ph', '0'|'#'), ('dot', '.'), ('comma', ','), ('pct', '%'|'‰'),
    ('exp', 'E+00'), ('lit', text)."""
    out: list[tuple[str, str]] = []
    i = 0
    while i < len(section):
        ch = section[i]
        if ch in "0#":
            out.append(("ph", ch))
        elif ch == ".":
            out.append(("dot", ch))
        elif ch == ",":
            out.append(("comma", ch))
        elif ch in "%‰":
            out.append(("pct", ch))
        elif ch in "'\"":
            end = section.find(ch, i + 1)
            end = len(section) if end < 0 else end
            out.append(("lit", section[i + 1 : end]))
            i = end
        elif ch == "\\" and i + 1 < len(section):
            out.append(("lit", section[i + 1]))
            i += 1
        elif ch in "Ee" and re.match(r"[Ee][+-]?0", section[i:]):
            m = re.match(r"[Ee][+-]?0+", section[i:])
            assert m is not None
            out.append(("exp", m.group(0)))
            i += len(m.group(0)) - 1
        else:
            out.append(("lit", ch))
        i += 1
    return out


def _split_sections(fmt: str) -> list[str]:
    sections, current, quote = [], "", ""
    i = 0
    while i < len(fmt):
        ch = fmt[i]
        if quote:
            quote = "" if ch == quote else quote
        elif ch in "'\"":
            quote = ch
        elif ch == "\\" and i + 1 < len(fmt):
            current += fmt[i : i + 2]
            i += 2
            continue
        elif ch == ";":
            sections.append(current)
            current = ""
            i += 1
            continue
        current += ch
        i += 1
    sections.append(current)
    return sections


def _custom(value: int | float | Decimal, fmt: str) -> str:
    """Custom pattern with up to three sections: positive;negative;zero."""
    sections = _split_sections(fmt)
    exact = _exact(value)
    if exact == 0 and len(sections) > 2 and sections[2]:
        return _render_custom(Decimal(0), _tokens(sections[2]))[0]
    if exact < 0 and len(sections) > 1 and sections[1]:
        return _render_custom(-exact, _tokens(sections[1]))[0]
    text, negative = _render_custom(exact, _tokens(sections[0]))
    return ("-" if negative else "") + text


def _render_custom(value: Decimal, tokens: list[tuple[str, str]]) -> tuple[str, bool]:
    for kind, ch in tokens:
        if kind == "pct":
            value *= 100 if ch == "%" else 1000
    dot = next((i for i, t in enumerate(tokens) if t[0] in ("dot", "exp")), len(tokens))
    int_part, frac_part = tokens[:dot], tokens[dot:]
    placeholders = [i for i, t in enumerate(int_part) if t[0] == "ph"]
    grouping = any(
        t[0] == "comma" and placeholders and placeholders[0] < i < placeholders[-1]
        for i, t in enumerate(int_part)
    )
    trailing_commas = 0
    for kind, _ in reversed(int_part):
        if kind == "comma":
            trailing_commas += 1
        elif kind == "ph":
            break
    value = value.scaleb(-3 * trailing_commas) if placeholders else value
    exp_token = next((t[1] for t in frac_part if t[0] == "exp"), None)
    frac_ph = [t[1] for t in frac_part if t[0] == "ph" and exp_token is None]
    if exp_token is not None:
        return _render_exponent(value, tokens), False
    max_frac = len(frac_ph)
    min_frac = max((i + 1 for i, c in enumerate(frac_ph) if c == "0"), default=0)
    rounded = _round(value, max_frac)
    negative = rounded < 0 and rounded != 0
    whole, _, frac = format(abs(rounded), "f").partition(".")
    frac = frac.ljust(max_frac, "0")[:max_frac]
    while len(frac) > min_frac and frac.endswith("0"):
        frac = frac[:-1]
    int_text = _fill_integer(whole.lstrip("0"), int_part, grouping)
    frac_text = _fill_fraction(frac, frac_part) if frac_part else ""
    return int_text + frac_text, negative


def _fill_integer(digits: str, tokens: list[tuple[str, str]], grouping: bool) -> str:
    placeholders = [i for i, t in enumerate(tokens) if t[0] == "ph"]
    if not placeholders:
        return "".join(t[1] for t in tokens if t[0] in ("lit", "pct")) + digits
    first_zero = next((n for n, i in enumerate(placeholders) if tokens[i][1] == "0"), None)
    min_digits = len(placeholders) - first_zero if first_zero is not None else 0
    digits = digits.rjust(min_digits, "0")
    if grouping:
        block = _group(digits) if digits else ""
        before = "".join(t[1] for t in tokens[: placeholders[0]] if t[0] in ("lit", "pct"))
        after = "".join(t[1] for t in tokens[placeholders[-1] + 1 :] if t[0] in ("lit", "pct"))
        return before + block + after
    out: list[str] = []
    remaining = digits
    for index in range(len(tokens) - 1, -1, -1):
        kind, ch = tokens[index]
        if kind == "ph":
            if index == placeholders[0]:
                out.append(remaining)
                remaining = ""
            elif remaining:
                out.append(remaining[-1])
                remaining = remaining[:-1]
        elif kind in ("lit", "pct"):
            out.append(ch)
    return "".join(reversed(out))


def _fill_fraction(frac: str, tokens: list[tuple[str, str]]) -> str:
    out = ["." if frac else ""]
    remaining = frac
    for kind, ch in tokens[1:]:
        if kind == "ph":
            if remaining:
                out.append(remaining[0])
                remaining = remaining[1:]
        elif kind in ("lit", "pct"):
            out.append(ch)
    return "".join(out)


def _render_exponent(value: Decimal, tokens: list[tuple[str, str]]) -> str:
    exp_index = next(i for i, t in enumerate(tokens) if t[0] == "exp")
    mantissa_tokens = tokens[:exp_index]
    exp_text = tokens[exp_index][1]
    int_ph = sum(
        1 for i, t in enumerate(mantissa_tokens) if t[0] == "ph" and not _index_after_dot(mantissa_tokens, i)
    )
    frac_ph = [
        t[1] for i, t in enumerate(mantissa_tokens) if t[0] == "ph" and _index_after_dot(mantissa_tokens, i)
    ]
    exponent = 0 if value == 0 else value.adjusted() - max(int_ph, 1) + 1
    mantissa = _round(value.scaleb(-exponent), len(frac_ph))
    sign = "-" if mantissa < 0 else ""
    whole, _, frac = format(abs(mantissa), "f").partition(".")
    min_frac = max((i + 1 for i, c in enumerate(frac_ph) if c == "0"), default=0)
    frac = frac.rstrip("0").ljust(min_frac, "0")
    digits = str(abs(exponent)).rjust(len(exp_text.lstrip("Ee+-")), "0")
    exp_sign = "-" if exponent < 0 else ("+" if "+" in exp_text else "")
    return f"{sign}{whole}{'.' + frac if frac else ''}{exp_text[0]}{exp_sign}{digits}"


def _index_after_dot(tokens: list[tuple[str, str]], index: int) -> bool:
    return any(t[0] == "dot" for t in tokens[:index])
