"""Which way an order or a fill goes, read from `book_side` / `outcome_side` only — the one place that decides it.

Kalshi's V2 orders and fills carry the same bit twice: `book_side` (`bid` | `ask` on the YES book) and
`outcome_side` (`yes` | `no`, the **exposure**): `bid` is always `yes`, `ask` always `no`. The price they carry
(`yes_price_dollars`) is the YES-book price whatever the direction, so an `ask` at 0.55 is NO exposure costing 0.45
a contract. A V2 order cannot tell "sell 3 YES at 0.55" from "buy 3 NO at 0.45": they are the same order, and
`Direction.readings` gives people both. The deprecated `side` / `action` pair is never consulted: pairing
`outcome_side` with `action` is exactly how a sell gets shown backwards.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Final, Literal

import attrs

__all__ = [
    "BookSide",
    "Direction",
    "InconsistentDirection",
    "OutcomeSide",
    "Reading",
    "count_text",
    "direction",
    "price_text",
]

BookSide = Literal["bid", "ask"]
OutcomeSide = Literal["yes", "no"]

_ONE = Decimal(1)
_OUTCOME_OF: Final[dict[str, OutcomeSide]] = {"bid": "yes", "ask": "no"}
_BOOK_OF: Final[dict[str, BookSide]] = {"yes": "bid", "no": "ask"}
_CENT = Decimal("0.01")


class InconsistentDirection(ValueError):
    """The direction fields are missing, unknown, or contradict each other (a broker reply that cannot be read)."""


def price_text(price: Decimal) -> str:
    """A price for people: at least 2 decimals, no trailing zeros past them ("0.50", "0.955", "0.0450" -> "0.045")."""
    if price == price.quantize(_CENT):
        return format(price.quantize(_CENT), "f")
    return format(price.normalize(), "f")


def count_text(count: Decimal) -> str:
    """A count for people: "3" for whole contracts, "2.50" otherwise."""
    return (
        format(count.quantize(_ONE), "f")
        if count == count.to_integral_value()
        else format(count.quantize(_CENT), "f")
    )


@attrs.frozen
class Reading:
    """One way a person can say the same order: `buy 3 NO at $0.45`."""

    action: Literal["buy", "sell"]
    side: OutcomeSide
    price_dollars: Decimal

    def text(self, count: Decimal | int | None = None) -> str:
        amount = "" if count is None else f" {count_text(Decimal(count))}"
        return f"{self.action}{amount} {self.side.upper()} at ${price_text(self.price_dollars)}"


@attrs.frozen
class Direction:
    """An order's or a fill's direction, with the prices on both readings.

    `outcome_price_dollars` is the cost of one contract of the exposure: the YES price for `yes`, 1 - it for `no`.
    """

    book_side: BookSide
    outcome_side: OutcomeSide
    yes_price_dollars: Decimal | None

    @property
    def outcome_price_dollars(self) -> Decimal | None:
        if self.yes_price_dollars is None:
            return None
        return self.yes_price_dollars if self.outcome_side == "yes" else _ONE - self.yes_price_dollars

    def readings(self) -> tuple[Reading, Reading]:
        """(the buy reading, the sell reading): buy the exposure at its cost ≡ sell the other side at its price.

        Needs the price. `bid` at 0.55 -> (buy YES at 0.55, sell NO at 0.45); `ask` at 0.55 -> (buy NO at 0.45,
        sell YES at 0.55).
        """
        yes = self.yes_price_dollars
        if yes is None:
            raise InconsistentDirection("a reading needs the YES-book price")
        if self.outcome_side == "yes":
            return Reading("buy", "yes", yes), Reading("sell", "no", _ONE - yes)
        return Reading("buy", "no", _ONE - yes), Reading("sell", "yes", yes)

    def describe(self, count: Decimal | int | None = None) -> str:
        """`buy 3 NO at $0.45 ≡ sell 3 YES at $0.55 (book_side ask, outcome_side no, YES price $0.5500)`."""
        buy, sell = self.readings()
        assert self.yes_price_dollars is not None  # readings() checked it
        yes = format(self.yes_price_dollars.quantize(Decimal("0.0001")), "f")
        return (
            f"{buy.text(count)} ≡ {sell.text(count)} "
            f"(book_side {self.book_side}, outcome_side {self.outcome_side}, YES price ${yes})"
        )


def direction(
    book_side: str | None = None,
    outcome_side: str | None = None,
    yes_price: Decimal | None = None,
    no_price: Decimal | None = None,
) -> Direction:
    """The direction of a V2 order or fill from its `book_side` and/or `outcome_side` (and its prices).

    Either side field is enough; when both are given they must agree (`bid` with `yes`, `ask` with `no`).
    `yes_price` is the YES-book price; a reply that has only `no_price` gives 1 - it; with both, they must add
    up to 1. Raises `InconsistentDirection` (a ValueError) on anything else. Legacy `side` / `action` are not
    parameters on purpose.
    """
    if book_side is not None and book_side not in _OUTCOME_OF:
        raise InconsistentDirection(f"book_side must be bid or ask, not {book_side!r}")
    if outcome_side is not None and outcome_side not in _BOOK_OF:
        raise InconsistentDirection(f"outcome_side must be yes or no, not {outcome_side!r}")
    if book_side is None and outcome_side is None:
        raise InconsistentDirection("neither book_side nor outcome_side is given")
    book = _BOOK_OF[_OUTCOME_OF[book_side]] if book_side is not None else _BOOK_OF[str(outcome_side)]
    outcome = _OUTCOME_OF[book]
    if outcome_side is not None and outcome_side != outcome:
        raise InconsistentDirection(f"book_side {book} means outcome_side {outcome}, not {outcome_side}")
    if yes_price is None and no_price is not None:
        yes_price = _ONE - no_price
    elif yes_price is not None and no_price is not None and yes_price + no_price != _ONE:
        raise InconsistentDirection(f"YES price {yes_price} and NO price {no_price} do not add up to 1")
    if yes_price is not None and not (0 <= yes_price <= 1):
        raise InconsistentDirection(f"YES price {yes_price} is outside [0, 1]")
    return Direction(book_side=book, outcome_side=outcome, yes_price_dollars=yes_price)
