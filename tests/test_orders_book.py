"""Fill now vs rest: an order against a snapshot of the book (bids only on each side; YES ask at p = NO bid at 1-p).

Numbers worked out by hand from the fee formula (reference "Fees") and the book shape (reference "Market data").
"""

from __future__ import annotations

from decimal import Decimal

import pytest
from brokerspec.domain.book import (
    Level,
    OrderBook,
    fill_now_vs_rest,
    order_book_from_mapping,
    preview_execution,
)
from brokerspec.domain.fees import fee_schedule
from brokerspec.domain.market import Market
from brokerspec.domain.orders import OrderIntent, worst_case_breakdown

D = Decimal
QUADRATIC = fee_schedule("quadratic", 1)
MAKER_FEES = fee_schedule("quadratic_with_maker_fees", 1)

# YES bids 0.40 x 5, 0.38 x 10; NO bids 0.55 x 2.5 (YES ask 0.45), 0.52 x 4 (YES ask 0.48)
BOOK = order_book_from_mapping(
    {
        "orderbook_fp": {
            "yes_dollars": [["0.3800", "10.00"], ["0.4000", "5.00"]],
            "no_dollars": [["0.5200", "4.00"], ["0.5500", "2.50"]],
        }
    }
)


def test_the_book_sorts_bids_best_first_and_derives_the_yes_asks() -> None:
    assert BOOK.yes_bids == (Level(D("0.4000"), D("5.00")), Level(D("0.3800"), D("10.00")))
    assert BOOK.yes_asks == (Level(D("0.4500"), D("2.50")), Level(D("0.4800"), D("4.00")))
    assert BOOK.best_yes_bid == Level(D("0.40"), D(5)) and BOOK.best_yes_ask == Level(D("0.45"), D("2.5"))


def test_a_null_or_empty_side_is_an_empty_book_side() -> None:
    book = order_book_from_mapping({"orderbook_fp": {"yes_dollars": None, "no_dollars": [["0.5", "0.00"]]}})
    assert book == OrderBook() and book.best_yes_ask is None


def test_a_float_in_the_book_is_refused() -> None:
    with pytest.raises(ValueError):
        order_book_from_mapping({"yes_dollars": [[0.4, "1.00"]]})


def test_a_bid_takes_the_cheapest_asks_then_rests() -> None:
    # bid 5 at 0.46: takes 2.5 at 0.45 (the 0.48 ask is above the limit), rests 2.5
    ex = fill_now_vs_rest(BOOK, "bid", D("0.46"), D(5), fees=MAKER_FEES)
    assert [(f.yes_price, f.count) for f in ex.fills] == [(D("0.4500"), D("2.50"))]
    # 0.07 × 2.5 × 0.45 × 0.55 = 0.0433125 → 0.0434
    assert ex.taker_fee_dollars == D("0.0434")
    assert (ex.filled_count, ex.average_yes_price, ex.filled_principal_dollars) == (
        D("2.5"),
        D("0.45"),
        D("1.125"),
    )
    assert (ex.resting_count, ex.cancelled_count, ex.refusal) == (D("2.5"), 0, None)
    # if the rest fills later at 0.46 as a maker: 0.0175 × 2.5 × 0.46 × 0.54 = 0.010867.. → 0.0109
    assert ex.resting_maker_fee_dollars == D("0.0109")


def test_a_bid_through_two_levels_averages_the_prices() -> None:
    ex = fill_now_vs_rest(BOOK, "bid", D("0.50"), D(6), fees=QUADRATIC)
    assert [(f.yes_price, f.count) for f in ex.fills] == [(D("0.45"), D("2.5")), (D("0.48"), D("3.5"))]
    # (2.5 × 0.45 + 3.5 × 0.48) / 6 = (1.125 + 1.68) / 6 = 0.4675
    assert ex.average_yes_price == D("0.4675") and ex.average_cost_price == D("0.4675")
    # 0.0434 + ceil(0.07 × 3.5 × 0.48 × 0.52 = 0.061152) = 0.0612
    assert ex.taker_fee_dollars == D("0.1046")
    assert ex.resting_count == 0 and ex.resting_maker_fee_dollars == 0


def test_an_ask_takes_the_highest_yes_bids_and_its_exposure_is_no() -> None:
    # sell 7 YES at 0.39 (= buy 7 NO at 0.61): takes the 5 bid at 0.40 (NO cost 0.60); 0.38 is below the limit
    ex = fill_now_vs_rest(BOOK, "ask", D("0.39"), D(7), fees=QUADRATIC)
    assert [(f.yes_price, f.cost_price, f.count) for f in ex.fills] == [(D("0.40"), D("0.60"), D(5))]
    assert ex.average_cost_price == D("0.60") and ex.resting_count == D(2)


def test_immediate_or_cancel_rests_nothing() -> None:
    ex = fill_now_vs_rest(BOOK, "bid", D("0.46"), D(5), time_in_force="immediate_or_cancel", fees=QUADRATIC)
    assert (ex.filled_count, ex.resting_count, ex.cancelled_count) == (D("2.5"), 0, D("2.5"))
    assert any("immediate_or_cancel" in n for n in ex.notes)


def test_fill_or_kill_fills_everything_or_nothing() -> None:
    all_in = fill_now_vs_rest(BOOK, "bid", D("0.48"), D("6.5"), time_in_force="fill_or_kill", fees=QUADRATIC)
    assert (all_in.filled_count, all_in.resting_count, all_in.cancelled_count) == (D("6.5"), 0, 0)
    killed = fill_now_vs_rest(BOOK, "bid", D("0.48"), D("6.51"), time_in_force="fill_or_kill", fees=QUADRATIC)
    assert (killed.fills, killed.resting_count, killed.cancelled_count) == ((), 0, D("6.51"))
    assert any("only 6.50 of 6.51" in n for n in killed.notes)


def test_post_only_that_would_cross_is_refused() -> None:
    ex = fill_now_vs_rest(BOOK, "bid", D("0.45"), D(1), post_only=True, fees=QUADRATIC)
    assert ex.refusal is not None and "post only cross" in ex.refusal and "0.45" in ex.refusal
    assert (ex.fills, ex.resting_count) == ((), 0)


def test_post_only_below_the_ask_rests_whole_and_pays_only_maker_fees() -> None:
    ex = fill_now_vs_rest(BOOK, "bid", D("0.44"), D(10), post_only=True, fees=MAKER_FEES)
    assert (ex.refusal, ex.fills, ex.resting_count) == (None, (), D(10))
    # 0.0175 × 10 × 0.44 × 0.56 = 0.04312 → 0.0432
    assert ex.resting_maker_fee_dollars == D("0.0432")
    assert ex.worst_case.rate == D("0.0175")


def test_an_order_that_does_not_cross_just_rests() -> None:
    ex = fill_now_vs_rest(BOOK, "bid", D("0.41"), D(3), fees=QUADRATIC)
    assert (ex.fills, ex.resting_count, ex.average_yes_price, ex.resting_maker_fee_dollars) == (
        (),
        D(3),
        None,
        0,
    )


def test_the_worst_case_of_the_execution_is_the_order_s_worst_case() -> None:
    market = Market(
        ticker="KXDEMO-26-A", status="active", fractional_trading_enabled=True, fee_type="quadratic"
    )
    intent = OrderIntent(ticker="KXDEMO-26-A", action="buy", side="no", count="2.5", price_dollars="0.55")
    ex = preview_execution(intent, BOOK, market)
    # buy NO at 0.55 = ask at 0.45: the best YES bid (0.40) is below it, so nothing fills and 2.5 rests
    assert (ex.book_side, ex.limit_yes_price, ex.resting_count) == ("ask", D("0.45"), D("2.5"))
    assert ex.worst_case.total_dollars == worst_case_breakdown(intent, market).total_dollars
    # it can exceed what the book shows now: the worst case never trusts the snapshot
    assert ex.worst_case.total_dollars >= ex.filled_principal_dollars + ex.taker_fee_dollars


def test_unknown_fees_are_said_in_the_notes() -> None:
    ex = preview_execution(
        OrderIntent(ticker="KXDEMO-26-A", action="buy", side="yes", count=1, price_dollars="0.45"), BOOK
    )
    assert any("taker rate" in n for n in ex.notes)
    assert ex.fills[0].trade_fee_dollars == D("0.0174")  # 0.07 × 0.45 × 0.55 = 0.017325 → 0.0174
