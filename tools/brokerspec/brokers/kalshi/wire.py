"""One Kalshi wire value at a time: the readers every converter (`convert`, `acks`, `market_convert`) shares.

The generated `from_dict` does not check a value's JSON type, so each reader checks it at run time: a value
of the wrong type reads as absent, and a required one then fails with ValueError (which the caller turns
into an "unreadable reply" error). The 2026 strings (`*_dollars`, `*_fp`) win, the 2025 integer cents and
counts are the fallback, `""` means absent.
"""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING, Final, Literal, TypeVar

from brokerspec.domain.money import to_decimal

if TYPE_CHECKING:
    from brokerspec_kalshi.types import Unset

__all__ = [
    "BookSide",
    "OutcomeSide",
    "contracts",
    "direction",
    "dollars",
    "flag",
    "need",
    "next_cursor",
    "number",
    "plain",
    "text",
    "total",
    "whole",
]

BookSide = Literal["bid", "ask"]
OutcomeSide = Literal["yes", "no"]

_CENT: Final = Decimal(100)
_T = TypeVar("_T")


def text(value: str | Unset | None) -> str | None:
    return value if isinstance(value, str) else None


def whole(value: int | Unset | None) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def flag(value: bool | Unset | None) -> bool | None:
    return value if isinstance(value, bool) else None


def plain(value: Decimal) -> Decimal:
    """Drop trailing zeros, so "0.9600", "0.96" and 96 cents print alike (and shorter)."""
    value = value.normalize()
    exponent = value.as_tuple().exponent
    return value.quantize(Decimal(1)) if isinstance(exponent, int) and exponent > 0 else value


def number(value: str | Unset | None) -> Decimal | None:
    """A fixed-point string ("0.5600", "3.00") as a Decimal; absent or `""` is None."""
    read = to_decimal(text(value))
    return None if read is None else plain(read)


def dollars(*strings: str | Unset | None, cents: int | Unset | None = None) -> Decimal | None:
    """Dollars from the first non-empty dollar string, else from integer cents, else None."""
    for candidate in strings:
        read = number(candidate)
        if read is not None:
            return read
    whole_cents = whole(cents)
    return None if whole_cents is None else plain(Decimal(whole_cents) / _CENT)


def contracts(fp: str | Unset | None, count: int | Unset | None = None) -> Decimal | None:
    """Contracts from the `*_fp` string (2026), else the integer count (2025)."""
    read = number(fp)
    if read is not None:
        return read
    count_value = whole(count)
    return None if count_value is None else Decimal(count_value)


def need(value: _T | None, what: str) -> _T:
    """A value every known wire sends; its absence makes the reply unreadable."""
    if value is None:
        raise ValueError(f"Kalshi reply has no {what}")
    return value


def total(*values: Decimal | None) -> Decimal | None:
    present = [v for v in values if v is not None]
    return plain(sum(present, Decimal(0))) if present else None


def next_cursor(cursor: str | Unset | None) -> str | None:
    """Kalshi marks the last page with an empty cursor; agents get null instead."""
    return text(cursor) or None


_BOOK_OF_OUTCOME: Final[dict[str, BookSide]] = {"yes": "bid", "no": "ask"}
_OUTCOME_OF_BOOK: Final[dict[str, OutcomeSide]] = {"bid": "yes", "ask": "no"}


def direction(
    book_side: str | Unset | None,
    outcome_side: str | Unset | None,
    legacy_side: str | Unset | None,
    legacy_action: str | Unset | None,
) -> tuple[BookSide, OutcomeSide] | None:
    """The YES-book side and the exposure of an order or fill, or None when the reply does not say.

    `book_side` and `outcome_side` are one bit (`bid` ≡ `yes`, `ask` ≡ `no`): either gives both, and two that
    disagree make the reply unreadable. The deprecated `side`/`action` pair is never combined with them; it is
    read only when neither is present (the 2025 wire, where it meant what it says: buy YES and sell NO are
    bids, buy NO and sell YES are asks).
    """
    book = text(book_side)
    outcome = text(outcome_side)
    from_book = _OUTCOME_OF_BOOK.get(book) if book is not None else None
    from_outcome = _BOOK_OF_OUTCOME.get(outcome) if outcome is not None else None
    if book is not None and from_book is None:
        raise ValueError(f"unknown book_side {book!r}")
    if outcome is not None and from_outcome is None:
        raise ValueError(f"unknown outcome_side {outcome!r}")
    if from_book is not None and from_outcome is not None and _OUTCOME_OF_BOOK[from_outcome] != from_book:
        raise ValueError(f"book_side {book!r} and outcome_side {outcome!r} disagree")
    if from_book is not None:
        return _BOOK_OF_OUTCOME[from_book], from_book
    if from_outcome is not None:
        return from_outcome, _OUTCOME_OF_BOOK[from_outcome]
    side, action = text(legacy_side), text(legacy_action)
    if side not in ("yes", "no") or action not in ("buy", "sell"):
        return None
    bid = (side == "yes") == (action == "buy")
    return ("bid", "yes") if bid else ("ask", "no")
