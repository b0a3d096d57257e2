"""Matching on the YES book: price-time priority, partial fills, time in force, post-only, self-trades."""

from __future__ import annotations

import pytest
from brokerspec.sandbox.kalshi import MARKET_MAKER_ID, ExchangeError

from ._kalshi_support import MARKET, D, engine, place


def test_a_bid_at_the_best_ask_trades_at_the_resting_price() -> None:
    ex, _ = engine()
    order = place(ex, "alice", "bid", "0.60", 1, time_in_force="immediate_or_cancel")
    fill = ex.member_fills("alice")[0]
    assert (order.status, order.fill_count, fill.yes_price, fill.is_taker) == (
        "executed",
        D(1),
        D("0.52"),
        True,
    )


def test_the_best_price_fills_first() -> None:
    ex, _ = engine()
    place(ex, "bob", "ask", "0.51", 5)
    place(ex, "alice", "bid", "0.55", 5, time_in_force="immediate_or_cancel")
    assert [f.yes_price for f in ex.member_fills("alice")] == [D("0.51")]


def test_at_one_price_the_earlier_order_fills_first() -> None:
    ex, _ = engine()
    first = place(ex, "bob", "ask", "0.50", 5)
    ex.add_member("carol", D(1000))
    second = place(ex, "carol", "ask", "0.50", 5)
    place(ex, "alice", "bid", "0.50", 5, time_in_force="immediate_or_cancel")
    assert (first.status, second.status) == ("executed", "resting")


def test_a_large_order_walks_the_book_level_by_level() -> None:
    ex, _ = engine()
    place(ex, "alice", "bid", "0.53", 150, time_in_force="immediate_or_cancel")
    fills = sorted((f.yes_price, f.count) for f in ex.member_fills("alice"))
    assert fills == [(D("0.52"), D(100)), (D("0.53"), D(50))]


def test_a_resting_order_fills_partially_and_keeps_the_rest() -> None:
    ex, _ = engine()
    maker = place(ex, "bob", "ask", "0.50", 10)
    place(ex, "alice", "bid", "0.50", 4, time_in_force="immediate_or_cancel")
    assert (maker.status, maker.fill_count, maker.remaining_count) == ("resting", D(4), D(6))


def test_good_till_canceled_rests_what_does_not_trade() -> None:
    ex, _ = engine()
    order = place(ex, "alice", "bid", "0.52", 130)
    assert (order.status, order.fill_count, order.remaining_count) == ("resting", D(100), D(30))
    assert ex.book(MARKET)["bids"][0] == (D("0.52"), D(30))


def test_immediate_or_cancel_cancels_what_does_not_trade() -> None:
    ex, _ = engine()
    order = place(ex, "alice", "bid", "0.52", 130, time_in_force="immediate_or_cancel")
    assert (order.status, order.fill_count, order.remaining_count) == ("canceled", D(100), D(0))
    assert ex.book(MARKET)["bids"][0][0] == D("0.48")


def test_fill_or_kill_that_cannot_fill_completely_trades_nothing() -> None:
    ex, _ = engine()
    order = place(ex, "alice", "bid", "0.52", 101, time_in_force="fill_or_kill")
    assert (order.status, order.fill_count, order.remaining_count) == ("canceled", D(0), D(0))
    assert ex.book(MARKET)["asks"][0] == (D("0.52"), D(100))
    assert ex.member_fills("alice") == []


def test_fill_or_kill_that_can_fill_completely_executes() -> None:
    ex, _ = engine()
    order = place(ex, "alice", "bid", "0.53", 101, time_in_force="fill_or_kill")
    assert (order.status, order.fill_count) == ("executed", D(101))


def test_an_ask_sells_yes_to_the_best_bid() -> None:
    ex, _ = engine()
    order = place(ex, "alice", "ask", "0.40", 10, time_in_force="immediate_or_cancel")
    fill = ex.member_fills("alice")[0]
    assert (order.outcome_side, fill.book_side, fill.yes_price, fill.count) == ("no", "ask", D("0.48"), D(10))
    assert (order.side, order.action) == ("yes", "sell")  # the legacy pair reads the YES book


def test_a_post_only_order_that_would_cross_is_refused() -> None:
    ex, _ = engine()
    with pytest.raises(ExchangeError) as caught:
        place(ex, "alice", "bid", "0.52", 1, post_only=True)
    assert (caught.value.status, caught.value.code, caught.value.details) == (
        400,
        "invalid_order",
        "post only cross",
    )
    assert ex.member_orders("alice") == []


def test_a_post_only_order_that_does_not_cross_rests() -> None:
    ex, _ = engine()
    order = place(ex, "alice", "bid", "0.51", 1, post_only=True)
    assert order.status == "resting"


def test_taker_at_cross_cancels_an_ioc_that_would_hit_the_members_own_order() -> None:
    ex, _ = engine()
    own = place(ex, "alice", "ask", "0.50", 5)
    order = place(
        ex,
        "alice",
        "bid",
        "0.50",
        5,
        time_in_force="immediate_or_cancel",
        self_trade_prevention_type="taker_at_cross",
    )
    assert (order.status, order.fill_count, order.remaining_count) == ("canceled", D(0), D(0))
    assert (own.status, own.remaining_count) == ("resting", D(5))


def test_taker_at_cross_keeps_fills_made_before_reaching_the_own_order() -> None:
    ex, _ = engine()
    place(ex, "bob", "ask", "0.49", 2)
    place(ex, "alice", "ask", "0.50", 5)
    order = place(ex, "alice", "bid", "0.52", 10, self_trade_prevention_type="taker_at_cross")
    assert (order.status, order.fill_count, order.remaining_count) == ("canceled", D(2), D(0))


def test_maker_prevention_cancels_the_resting_own_order_and_keeps_matching() -> None:
    ex, _ = engine()
    own = place(ex, "alice", "ask", "0.50", 5)
    order = place(
        ex, "alice", "bid", "0.52", 3, time_in_force="immediate_or_cancel", self_trade_prevention_type="maker"
    )
    assert own.status == "canceled"
    assert (order.status, order.fill_count) == ("executed", D(3))
    maker_fill = ex.member_fills(MARKET_MAKER_ID)[0]
    assert (maker_fill.yes_price, maker_fill.count) == (D("0.52"), D(3))


def test_an_order_past_its_expiration_time_is_cancelled() -> None:
    ex, clock = engine()
    order = place(ex, "alice", "bid", "0.40", 1, expiration_ts=int(clock.now) + 60)
    clock.advance(59)
    assert ex.get_order("alice", order.order_id).status == "resting"
    clock.advance(1)
    assert ex.get_order("alice", order.order_id).status == "canceled"


def test_an_expiration_time_in_the_past_is_refused() -> None:
    ex, clock = engine()
    with pytest.raises(ExchangeError) as caught:
        place(ex, "alice", "bid", "0.40", 1, expiration_ts=int(clock.now) - 1)
    assert caught.value.code == "invalid_parameters"


def test_a_price_off_the_one_cent_tick_is_refused() -> None:
    ex, _ = engine()
    with pytest.raises(ExchangeError) as caught:
        place(ex, "alice", "bid", "0.515", 1)
    assert (caught.value.status, caught.value.code) == (400, "invalid_price")


def test_queue_position_counts_contracts_ahead_at_the_same_price() -> None:
    ex, _ = engine()
    place(ex, "bob", "bid", "0.48", 7)
    mine = place(ex, "alice", "bid", "0.48", 3)
    assert ex.queue_position(mine) == D(107)  # the market maker's 100, then Bob's 7
