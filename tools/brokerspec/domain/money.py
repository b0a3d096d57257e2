"""One way to read a broker's number, `to_decimal`, and one way to write one, `decimal_text`.

Brokers send money and quantities as strings (`"1220.00"`, `"-1"`), sometimes as JSON numbers (the vendor
gateway's `holdingCost`), and mark absent values with `""`, `"-"` or `"- "`. Every adapter reads them here so
the rules are the same everywhere: absent is None (never 0), floats go through `str` (never binary
arithmetic), and anything else is a clear error instead of a silent zero. Every Decimal that leaves as text
(a JSON string, a wire field, a limit in a message) is written by `decimal_text`: fixed-point, never `1E+3`.

Kept free of pydantic and of the generated packages so any module can import it cheaply.
"""

from __future__ import annotations

import math
import re
from decimal import ROUND_CEILING, ROUND_FLOOR, Decimal, InvalidOperation
from typing import Final

__all__ = [
    "ABSENT_MARKERS",
    "CONTRACTS",
    "DOLLARS",
    "decimal_text",
    "given",
    "round_down",
    "round_up",
    "to_decimal",
    "wire_decimal",
]

#: Strings that mean "the broker has no value here" (after stripping whitespace, `"- "` is `"-"`).
ABSENT_MARKERS: Final = frozenset({"", "-"})
#: Dollar amounts to the hundredth of a cent, as Kalshi's `*_dollars` fields carry them ("0.5600").
DOLLARS: Final = Decimal("0.0001")
#: Contract counts as the V2 order endpoints take them ("3.00").
CONTRACTS: Final = Decimal("0.01")

# Plain decimal notation with an optional exponent; no NaN/Infinity, no digit separators.
_NUMBER: Final = re.compile(r"[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?")


def to_decimal(value: str | int | float | Decimal | None) -> Decimal | None:
    """The value as a Decimal; None when absent (None, `""`, `"-"`, `"- "`).

    Raises ValueError on anything that is not a finite number (`"abc"`, `"1,234"`, `"NaN"`, booleans), so a
    broker's garbage fails loudly at the adapter, where the translation layer turns it into an
    "unreadable reply" error, instead of becoming a plausible-looking zero. A negative zero (`"-0.00"`, as
    Wealthy reports a zero realized P&L) becomes a plain zero: it is the same number and reads better.
    """
    if value is None:
        return None
    if isinstance(value, bool):  # bool is an int: True must not become 1
        raise ValueError(f"not a number: {value!r}")
    if isinstance(value, Decimal):
        result = value
    elif isinstance(value, int):
        result = Decimal(value)
    elif isinstance(value, float):
        if not math.isfinite(value):
            raise ValueError(f"not a finite number: {value!r}")
        result = Decimal(str(value))  # 0.1 -> Decimal("0.1"), not 0.1000000000000000055511151231257827
    elif isinstance(value, str):
        text = value.strip()
        if text in ABSENT_MARKERS:
            return None
        if _NUMBER.fullmatch(text) is None:
            raise ValueError(f"not a decimal number: {value!r}")
        try:
            result = Decimal(text)
        except InvalidOperation:  # pragma: no cover - the pattern admits only valid literals
            raise ValueError(f"not a decimal number: {value!r}") from None
    else:
        raise ValueError(f"not a number: {type(value).__name__} {value!r}")
    if not result.is_finite():
        raise ValueError(f"not a finite number: {value!r}")
    if result.is_zero() and result.is_signed():
        result = result.copy_abs()
    return result


def decimal_text(value: Decimal, quantum: Decimal | None = None) -> str:
    """`value` as fixed-point text: `Decimal("1E+3")` -> `"1000"`, never exponent notation.

    With `quantum` (`DOLLARS`, `CONTRACTS`...) it has exactly that many decimals first (`quantize`, half-even);
    callers that must never round a cost down round up themselves before.
    """
    return format(value if quantum is None else value.quantize(quantum), "f")


def dollars_text(value: Decimal) -> str:
    """Dollars for people: at least cents, and every significant digit beyond (`$0.20`, `$0.561`, `$2.4336`)."""
    text = decimal_text(value.normalize())
    whole, _, frac = text.partition(".")
    return f"{'-' if whole.startswith('-') else ''}${whole.lstrip('-')}.{frac.ljust(2, '0')}"


def round_up(value: Decimal, quantum: Decimal) -> Decimal:
    """`value` rounded toward +infinity to a multiple of `quantum` (a fee or a cost never rounds down)."""
    return value.quantize(quantum, rounding=ROUND_CEILING)


def round_down(value: Decimal, quantum: Decimal) -> Decimal:
    """`value` rounded toward -infinity to a multiple of `quantum` (how Kalshi floors a balance change)."""
    return value.quantize(quantum, rounding=ROUND_FLOOR)


def given(value: object) -> object | None:
    """None for a field the wire did not send (any generated package's `Unset`), the value otherwise.

    Each generated client has its own `Unset` class; matching it by name keeps this module free of them.
    """
    return None if type(value).__name__ == "Unset" else value


def wire_decimal(value: object) -> Decimal | None:
    """A generated model's field as a Decimal: missing, `Unset` or an absent marker -> None."""
    present = given(value)
    if present is not None and not isinstance(present, str | int | float | Decimal):
        raise ValueError(f"not a number: {present!r}")
    return to_decimal(present)
