"""Fees, cash, reservations, positions, realized P&L and settlement: every dollar accounted for in Decimal."""

from __future__ import annotations

from decimal import Decimal

import pytest
from brokerspec.sandbox.kalshi import MARKET_MAKER_ID, ExchangeError, KalshiExchange
from brokerspec.sandbox.kalshi.money import taker_fee

from ._kalshi_support import MARKET, D, engine, place

BLANK = "KXBLANK-26-X"  # a market with no resting liquidity, added per test

# -- fees -------------------------------------------------------------------------------------------


def test_fee_for_one_contract_at_52_cents_is_0_0175() -> None:
    assert taker_fee(D(1), D("0.52")) == D("0.0175")


def test_fee_for_one_contract_at_99_cents_is_0_0007() -> None:
    assert taker_fee(D(1), D("0.99")) == D("0.0007")


def test_fee_is_rounded_up_to_a_hundredth_of_a_cent() -> None:
    # 0.07 × 1 × 0.33 × 0.67 = 0.015477
    assert taker_fee(D(1), D("0.33")) == D("0.0155")


def test_fee_is_computed_per_fill_not_per_contract() -> None:
    # 0.07 × 10 × 0.52 × 0.48 = 0.17472 → 0.1748, not 10 × 0.0175
    assert taker_fee(D(10), D("0.52")) == D("0.1748")


def test_the_taker_pays_the_fee_and_the_maker_pays_nothing() -> None:
    ex, _ = engine()
    place(ex, "bob", "ask", "0.51", 1)
    place(ex, "alice", "bid", "0.51", 1, time_in_force="immediate_or_cancel")
    assert ex.member_fills("alice")[0].fee == taker_fee(D(1), D("0.51")) > 0
    assert ex.member_fills("bob")[0].fee == D(0)


def test_a_yes_buy_debits_price_plus_fee() -> None:
    ex, _ = engine()
    place(ex, "alice", "bid", "0.52", 1, time_in_force="immediate_or_cancel")
    assert ex.balance("alice") == D("1000") - D("0.52") - D("0.0175")


def test_a_no_buy_debits_one_minus_the_yes_price_plus_fee() -> None:
    ex, _ = engine()
    place(ex, "alice", "ask", "0.48", 1, time_in_force="immediate_or_cancel")
    assert ex.balance("alice") == D("1000") - D("0.52") - D("0.0175")


# -- reservations -----------------------------------------------------------------------------------


def test_a_resting_bid_reserves_its_cost() -> None:
    ex, _ = engine()
    place(ex, "alice", "bid", "0.40", 10)
    assert (ex.cash("alice"), ex.reserved("alice"), ex.balance("alice")) == (D(1000), D("4.00"), D("996.00"))


def test_a_resting_ask_reserves_the_no_cost() -> None:
    ex, _ = engine()
    place(ex, "alice", "ask", "0.60", 10)
    assert ex.reserved("alice") == D("4.00")


def test_cancelling_releases_the_reservation() -> None:
    ex, _ = engine()
    order = place(ex, "alice", "bid", "0.40", 10)
    ex.cancel_order("alice", order.order_id)
    assert ex.balance("alice") == D(1000)


def test_an_order_that_closes_a_held_position_reserves_nothing() -> None:
    ex, _ = engine()
    place(ex, "alice", "bid", "0.52", 10, time_in_force="immediate_or_cancel")
    before = ex.balance("alice")
    place(ex, "alice", "ask", "0.60", 10)
    assert ex.balance("alice") == before


def test_an_order_beyond_the_balance_is_refused_and_changes_nothing() -> None:
    ex, _ = engine(balance="5")
    with pytest.raises(ExchangeError) as caught:
        place(ex, "alice", "bid", "0.40", 13)
    assert (caught.value.status, caught.value.code) == (400, "insufficient_balance")
    assert (ex.cash("alice"), ex.member_orders("alice")) == (D(5), [])


def test_an_order_exactly_covered_by_the_balance_is_accepted() -> None:
    ex, _ = engine(balance="4.80")
    assert place(ex, "alice", "bid", "0.40", 12).status == "resting"


def test_the_taker_fee_counts_toward_the_funds_check() -> None:
    ex, _ = engine(balance="0.52")
    with pytest.raises(ExchangeError):
        place(ex, "alice", "bid", "0.52", 1, time_in_force="immediate_or_cancel")


# -- positions and realized P&L ---------------------------------------------------------------------


def test_buying_yes_makes_a_positive_position_with_its_cost_as_exposure() -> None:
    ex, _ = engine()
    place(ex, "alice", "bid", "0.52", 10, time_in_force="immediate_or_cancel")
    pos = ex.position("alice", MARKET)
    assert (pos.net, pos.exposure, pos.total_traded, pos.fees_paid) == (
        D(10),
        D("5.20"),
        D("5.20"),
        D("0.1748"),
    )


def test_buying_no_makes_a_negative_position() -> None:
    ex, _ = engine()
    place(ex, "alice", "ask", "0.48", 10, time_in_force="immediate_or_cancel")
    pos = ex.position("alice", MARKET)
    assert (pos.net, pos.exposure) == (D(-10), D("5.20"))


def _bought_at_40(ex: KalshiExchange, count: int = 10) -> None:
    """Alice buys YES at 0.40 from Bob in an empty market."""
    ex.add_market(BLANK, "KXBLANK")
    place(ex, "bob", "ask", "0.40", count, ticker=BLANK)
    place(ex, "alice", "bid", "0.40", count, ticker=BLANK, time_in_force="immediate_or_cancel")


def test_selling_yes_above_cost_realizes_the_gain() -> None:
    ex, _ = engine()
    _bought_at_40(ex)
    place(ex, "bob", "bid", "0.60", 4, ticker=BLANK)
    place(ex, "alice", "ask", "0.60", 4, ticker=BLANK, time_in_force="immediate_or_cancel")
    pos = ex.position("alice", BLANK)
    assert (pos.net, pos.realized_pnl, pos.exposure) == (D(6), D("0.80"), D("2.40"))


def test_selling_yes_below_cost_realizes_the_loss() -> None:
    ex, _ = engine()
    _bought_at_40(ex)
    place(ex, "bob", "bid", "0.30", 10, ticker=BLANK)
    place(ex, "alice", "ask", "0.30", 10, ticker=BLANK, time_in_force="immediate_or_cancel")
    pos = ex.position("alice", BLANK)
    assert (pos.net, pos.realized_pnl, pos.exposure) == (D(0), D("-1.00"), D(0))


def test_closing_a_position_returns_the_proceeds_minus_the_fee() -> None:
    ex, _ = engine()
    _bought_at_40(ex)
    cash = ex.cash("alice")
    place(ex, "bob", "bid", "0.60", 10, ticker=BLANK)
    place(ex, "alice", "ask", "0.60", 10, ticker=BLANK, time_in_force="immediate_or_cancel")
    assert ex.cash("alice") == cash + D("6.00") - taker_fee(D(10), D("0.60"))


def test_buying_yes_while_holding_no_closes_the_no_position() -> None:
    ex, _ = engine()
    place(ex, "alice", "ask", "0.48", 10, time_in_force="immediate_or_cancel")  # 10 NO at 0.52
    place(ex, "alice", "bid", "0.52", 4, time_in_force="immediate_or_cancel")  # closes 4 NO: +0.48 each
    pos = ex.position("alice", MARKET)
    assert (pos.net, pos.realized_pnl) == (D(-6), D(4) * (D("0.48") - D("0.52")))


def test_a_trade_through_zero_closes_then_opens_the_other_side() -> None:
    ex, _ = engine()
    place(ex, "alice", "bid", "0.52", 3, time_in_force="immediate_or_cancel")
    place(ex, "alice", "ask", "0.48", 5, time_in_force="immediate_or_cancel")
    pos = ex.position("alice", MARKET)
    assert (pos.net, pos.exposure) == (D(-2), D(2) * D("0.52"))


# -- settlement -------------------------------------------------------------------------------------


def test_settlement_pays_one_dollar_per_winning_contract() -> None:
    ex, _ = engine()
    place(ex, "alice", "bid", "0.52", 10, time_in_force="immediate_or_cancel")
    cash = ex.cash("alice")
    ex.settle_market(MARKET, "yes")
    assert ex.cash("alice") == cash + D(10)


def test_losing_contracts_pay_nothing() -> None:
    ex, _ = engine()
    place(ex, "alice", "bid", "0.52", 10, time_in_force="immediate_or_cancel")
    cash = ex.cash("alice")
    ex.settle_market(MARKET, "no")
    assert ex.cash("alice") == cash


def test_the_settlement_record_reports_counts_costs_and_revenue() -> None:
    ex, clock = engine()
    place(ex, "alice", "ask", "0.48", 10, time_in_force="immediate_or_cancel")
    ex.settle_market(MARKET, "no")
    s = ex.member_settlements("alice")[0]
    assert (s.market_result, s.yes_count, s.no_count, s.no_total_cost, s.revenue, s.value) == (
        "no",
        D(0),
        D(10),
        D("5.20"),
        D(10),
        D(0),
    )
    assert (s.fee_cost, s.settled_ts) == (D(0), clock.now)  # yes/no settlements charge no fee


def test_settlement_realizes_payout_minus_cost_and_flattens_the_position() -> None:
    ex, _ = engine()
    place(ex, "alice", "bid", "0.52", 10, time_in_force="immediate_or_cancel")
    ex.settle_market(MARKET, "yes")
    pos = ex.position("alice", MARKET)
    assert (pos.net, pos.exposure, pos.realized_pnl) == (D(0), D(0), D("4.80"))


def test_cash_after_settlement_reconciles_with_fills_and_payouts() -> None:
    ex, _ = engine()
    place(ex, "alice", "bid", "0.53", 150, time_in_force="immediate_or_cancel")
    place(ex, "alice", "ask", "0.48", 20, time_in_force="immediate_or_cancel")
    ex.settle_market(MARKET, "yes")
    fills = ex.member_fills("alice")
    paid = sum((f.count * f.yes_price for f in fills if f.book_side == "bid"), Decimal(0))
    received = sum((f.count * f.yes_price for f in fills if f.book_side == "ask"), Decimal(0))
    fees = sum((f.fee for f in fills), Decimal(0))
    payout = sum((s.revenue for s in ex.member_settlements("alice")), Decimal(0))
    assert ex.cash("alice") == D(1000) - paid + received - fees + payout


def test_money_is_conserved_across_members_trades_and_settlement() -> None:
    ex, _ = engine()
    start = sum((m.cash for m in ex.members.values()), Decimal(0))
    place(ex, "alice", "bid", "0.53", 150, time_in_force="immediate_or_cancel")
    place(ex, "bob", "ask", "0.47", 120, time_in_force="immediate_or_cancel")
    place(ex, "bob", "bid", "0.60", 30)
    place(ex, "alice", "ask", "0.55", 60, time_in_force="immediate_or_cancel")
    open_interest = sum((max(p.net, Decimal(0)) for p in ex.positions.values()), Decimal(0))
    cash = sum((m.cash for m in ex.members.values()), Decimal(0))
    assert cash + ex.fees_collected + open_interest == start
    ex.settle_market(MARKET, "no")
    assert sum((m.cash for m in ex.members.values()), Decimal(0)) + ex.fees_collected == start


def test_settlement_cancels_resting_orders_and_closes_the_market() -> None:
    ex, _ = engine()
    order = place(ex, "alice", "bid", "0.40", 10)
    ex.settle_market(MARKET, "yes")
    assert order.status == "canceled"
    assert ex.balance("alice") == D(1000)
    with pytest.raises(ExchangeError) as caught:
        place(ex, "alice", "bid", "0.40", 1)
    assert caught.value.code == "market_inactive"


def test_the_market_maker_is_settled_like_any_member() -> None:
    ex, _ = engine()
    place(ex, "alice", "bid", "0.52", 10, time_in_force="immediate_or_cancel")
    ex.settle_market(MARKET, "no")
    s = ex.member_settlements(MARKET_MAKER_ID)[0]
    assert (s.no_count, s.revenue) == (D(10), D(10))
