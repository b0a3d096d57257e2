"""Direction from `book_side` / `outcome_side` only (reference "Direction: outcome_side / book_side").

`bid` ≡ `yes`, `ask` ≡ `no`, always; the price is the YES-book price; a sell is never shown inverted.
"""

from __future__ import annotations

from decimal import Decimal

import pytest
from brokerspec.domain.direction import InconsistentDirection, Reading, direction, price_text
from brokerspec.domain.orders import OrderIntent, to_book

D = Decimal


def test_sell_3_yes_at_0_55_is_an_ask_with_no_exposure_costing_0_45() -> None:
    # the reference's example: book_side=ask, outcome_side=no, yes_price_dollars=0.5500
    d = direction(book_side="ask", outcome_side="no", yes_price=D("0.5500"))
    assert (d.book_side, d.outcome_side, d.yes_price_dollars, d.outcome_price_dollars) == (
        "ask",
        "no",
        D("0.55"),
        D("0.45"),
    )
    assert d.readings() == (Reading("buy", "no", D("0.45")), Reading("sell", "yes", D("0.55")))
    assert d.describe(3) == (
        "buy 3 NO at $0.45 ≡ sell 3 YES at $0.55 (book_side ask, outcome_side no, YES price $0.5500)"
    )


def test_a_bid_is_yes_exposure_at_the_yes_price() -> None:
    d = direction(book_side="bid", yes_price=D("0.41"))
    assert (d.outcome_side, d.outcome_price_dollars) == ("yes", D("0.41"))
    assert d.readings() == (Reading("buy", "yes", D("0.41")), Reading("sell", "no", D("0.59")))


def test_outcome_side_alone_is_enough() -> None:
    assert direction(outcome_side="no").book_side == "ask"
    assert direction(outcome_side="yes").book_side == "bid"


def test_a_no_price_alone_gives_the_yes_price() -> None:
    assert direction(book_side="ask", no_price=D("0.045")).yes_price_dollars == D("0.955")


@pytest.mark.parametrize(
    "kwargs",
    [
        {},
        {"book_side": "ask", "outcome_side": "yes"},  # the inverted-sell mistake: contradictory, refused
        {"book_side": "bid", "outcome_side": "no"},
        {"book_side": "buy"},
        {"outcome_side": "maybe"},
        {"book_side": "bid", "yes_price": D("0.41"), "no_price": D("0.60")},
        {"book_side": "bid", "yes_price": D("1.5")},
    ],
)
def test_missing_unknown_or_contradictory_fields_are_refused(kwargs: dict[str, object]) -> None:
    with pytest.raises(InconsistentDirection):
        direction(**kwargs)  # type: ignore[arg-type]


def test_readings_need_the_price() -> None:
    with pytest.raises(InconsistentDirection):
        direction(book_side="bid").readings()


@pytest.mark.parametrize(
    ("action", "side", "book_side", "outcome_side"),
    [
        ("buy", "yes", "bid", "yes"),
        ("sell", "yes", "ask", "no"),
        ("buy", "no", "ask", "no"),
        ("sell", "no", "bid", "yes"),
    ],
)
def test_an_intent_s_book_order_states_its_exposure(
    action: str, side: str, book_side: str, outcome_side: str
) -> None:
    book = to_book(OrderIntent(ticker="T", action=action, side=side, count=3, price_dollars="0.30"))  # type: ignore[arg-type]
    assert (book.side, book.outcome_side) == (book_side, outcome_side)
    # the cost of the exposure is the price the person asked for (buy) or its complement (sell)
    assert book.cost_per_contract_dollars == (D("0.30") if action == "buy" else D("0.70"))


def test_fractional_counts_and_subpenny_prices_read_plainly() -> None:
    d = direction(book_side="ask", yes_price=D("0.0450"))
    assert d.describe(D("2.5")).startswith("buy 2.50 NO at $0.955 ≡ sell 2.50 YES at $0.045")
    assert [price_text(D(p)) for p in ("0.5", "0.5500", "0.955", "0.0450", "0.1234")] == [
        "0.50",
        "0.55",
        "0.955",
        "0.045",
        "0.1234",
    ]
