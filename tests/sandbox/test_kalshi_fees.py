"""Fees as Kalshi charges them today: the trade fee by the series' `fee_type` and `fee_multiplier`, then the
rounding fee to the member's balance precision and the per-order accumulator's rebates — with the numbers of
the worked examples on Kalshi's *Fee Rounding* page, exactly."""

from __future__ import annotations

import itertools
from decimal import Decimal

import pytest
from brokerspec.sandbox.kalshi import KalshiExchange
from brokerspec.sandbox.kalshi.money import (
    CENT,
    MAKER_RATE,
    TAKER_RATE,
    apply_rounding,
    fee_rate,
    taker_fee,
    trade_fee,
)

from ._kalshi_support import D, engine, place, sandbox

# -- the trade fee -----------------------------------------------------------------------------------


def test_the_fee_multiplier_scales_the_quadratic_fee_before_rounding_up() -> None:
    # 0.07 × 0.5 × 1 × 0.52 × 0.48 = 0.008736 → 0.0088
    assert taker_fee(D(1), D("0.52"), D("0.5")) == D("0.0088")


def test_the_maker_rate_is_0_0175() -> None:
    # 0.0175 × 10 × 0.52 × 0.48 = 0.04368 → 0.0437
    assert trade_fee(D(10), D("0.52"), MAKER_RATE) == D("0.0437")


@pytest.mark.parametrize(
    ("fee_type", "is_taker", "rate"),
    [
        ("quadratic", True, TAKER_RATE),
        ("quadratic", False, D(0)),
        ("quadratic_with_maker_fees", True, TAKER_RATE),
        ("quadratic_with_maker_fees", False, MAKER_RATE),
    ],
)
def test_makers_pay_only_on_quadratic_with_maker_fees(fee_type: str, is_taker: bool, rate: Decimal) -> None:
    assert fee_rate(fee_type, is_taker=is_taker) == rate


def test_a_fractional_fill_is_rounded_per_fill_so_n_times_the_unit_fee_is_no_bound() -> None:
    # 0.07 × 0.01 × 0.5 × 0.5 = 0.000175 → 0.0002 per 0.01-lot: 100 of them cost 0.02, one lot of 1 costs 0.0175.
    assert taker_fee(D("0.01"), D("0.50")) * 100 > taker_fee(D(1), D("0.50"))


# -- the rounding fee and the accumulator: the published worked examples ------------------------------

# (trade fee, rounding fee, accumulator, rebate, net fee, balance change) per fill, at $0.01 precision.
EXAMPLES = {
    "subpenny 3 × 1 @ 0.055": (
        D("-0.055"),
        D("0.0085"),
        [
            ("0.0085", "0.0065", "0.0065", "0", "0.0150", "-0.07"),
            ("0.0085", "0.0065", "0.0130", "0.01", "0.0050", "-0.07"),
            ("0.0085", "0.0065", "0.0095", "0", "0.0150", "-0.07"),
        ],
    ),
    "fractional 3 × 0.30 @ 0.50": (
        D("-0.15"),
        D("0.0041"),
        [
            ("0.0041", "0.0059", "0.0059", "0", "0.0100", "-0.16"),
            ("0.0041", "0.0059", "0.0118", "0.01", "0.0000", "-0.16"),
            ("0.0041", "0.0059", "0.0077", "0", "0.0100", "-0.16"),
        ],
    ),
    "combined 3 × 0.03 @ 0.3301": (
        D("-0.009903"),
        D("0.0005"),
        [
            ("0.0005", "0.009597", "0.009597", "0", "0.010097", "-0.02"),
            ("0.0005", "0.009597", "0.019194", "0.01", "0.000097", "-0.02"),
            ("0.0005", "0.009597", "0.018791", "0.01", "0.000097", "-0.02"),
        ],
    ),
}


@pytest.mark.parametrize("name", sorted(EXAMPLES))
def test_the_fee_rounding_worked_examples_exactly(name: str) -> None:
    revenue, fee, rows = EXAMPLES[name]
    accumulator = D(0)
    for row in rows:
        result = apply_rounding(revenue, fee, accumulator, CENT)
        got = (
            result.trade_fee,
            result.rounding_fee,
            result.accumulated,
            result.rebate,
            result.net_fee,
            result.balance_change,
        )
        assert got == tuple(D(v) for v in row)
        accumulator = result.carry


def test_a_direct_member_rounds_to_a_hundredth_of_a_cent() -> None:
    first = apply_rounding(D("-0.009903"), D("0.0005"), D(0))  # default precision $0.0001
    assert (first.balance_change, first.rounding_fee, first.rebate) == (D("-0.0105"), D("0.000097"), D(0))
    assert apply_rounding(D("-0.055"), D("0.0085"), D(0)).rounding_fee == D(0)


def test_the_net_fee_is_never_negative_and_cash_moves_by_revenue_minus_net_fee() -> None:
    revenues = [D("-0.055"), D("-0.15"), D("0.3301"), D("-0.0099"), D("0.945")]
    fees = [D(0), D("0.0001"), D("0.0041"), D("0.0085")]
    for precision in (CENT, D("0.0001")):
        for sequence in itertools.product(revenues, repeat=3):
            for fee in fees:
                accumulator = D(0)
                for revenue in sequence:
                    result = apply_rounding(revenue, fee, accumulator, precision)
                    assert result.net_fee >= 0
                    assert result.cash_change == revenue - result.net_fee
                    assert result.cash_change % precision == 0
                    accumulator = result.carry


# -- the engine charges them -----------------------------------------------------------------------


def _member_at_cents(ex: KalshiExchange, name: str) -> None:
    """A non-direct member: balances kept to the cent (the precision of the published examples)."""
    ex.add_member(name, D(100), precision=CENT)


def _oldest_first(ex: KalshiExchange, member: str) -> list[tuple[Decimal, Decimal]]:
    fills = list(reversed(ex.member_fills(member)))
    return [(f.fee, f.rebate) for f in fills]


def test_the_engine_reproduces_the_subpenny_example_over_three_one_lot_matches() -> None:
    ex, _ = engine()
    # fee_multiplier 2.33 makes the trade fee of one contract at 0.055 exactly the example's $0.0085.
    ex.add_series("KXSUB", "quadratic", D("2.33"))
    ex.add_market("KXSUB-26-A", "KXSUB-26", series_ticker="KXSUB", price_level_structure="tapered_deci_cent")
    for _ in range(3):
        place(ex, "bob", "ask", "0.055", 1, ticker="KXSUB-26-A")
    _member_at_cents(ex, "carol")
    place(ex, "carol", "bid", "0.055", 3, ticker="KXSUB-26-A", time_in_force="immediate_or_cancel")
    assert _oldest_first(ex, "carol") == [
        (D("0.0150"), D(0)),
        (D("0.0050"), D("0.01")),
        (D("0.0150"), D(0)),
    ]
    assert ex.cash("carol") == D(100) - D("0.20")  # -0.07, -0.06 (rebate), -0.07


def test_the_engine_reproduces_the_fractional_example_over_three_tenth_lots() -> None:
    ex, _ = engine()
    # fee_multiplier 0.78 makes the trade fee of 0.30 contracts at 0.50 exactly the example's $0.0041.
    ex.add_series("KXFRAC", "quadratic", D("0.78"))
    ex.add_market(
        "KXFRAC-26-A",
        "KXFRAC-26",
        series_ticker="KXFRAC",
        price_level_structure="deci_cent",
        fractional_trading_enabled=True,
    )
    for _ in range(3):
        place(ex, "bob", "ask", "0.50", "0.30", ticker="KXFRAC-26-A")
    _member_at_cents(ex, "carol")
    order = place(
        ex, "carol", "bid", "0.50", "0.90", ticker="KXFRAC-26-A", time_in_force="immediate_or_cancel"
    )
    assert _oldest_first(ex, "carol") == [
        (D("0.0100"), D(0)),
        (D("0.0000"), D("0.01")),
        (D("0.0100"), D(0)),
    ]
    assert (order.fill_count, order.taker_fees, ex.cash("carol")) == (D("0.90"), D("0.0200"), D("99.53"))


def test_a_maker_pays_the_maker_rate_on_a_maker_fee_series_and_nothing_on_quadratic() -> None:
    ex, _ = engine()
    ex.fund("alice", D(100), exchange_index=1)
    place(ex, "alice", "bid", "0.98", 1, ticker="KXRAIN-26NOV-T60", time_in_force="immediate_or_cancel")
    taker, maker = ex.fills[-1], ex.fills[-2]
    # taker 0.07 × 0.98 × 0.02 = 0.001372 → 0.0014; maker 0.0175 × 0.0196 = 0.000343 → 0.0004
    assert (taker.is_taker, taker.fee, maker.is_taker, maker.fee) == (True, D("0.0014"), False, D("0.0004"))
    place(ex, "alice", "bid", "0.52", 1, time_in_force="immediate_or_cancel")  # KXDEMO: quadratic
    assert (ex.fills[-1].fee, ex.fills[-2].fee) == (D("0.0175"), D(0))


def test_the_series_fee_multiplier_applies_to_fills() -> None:
    ex, _ = engine()
    ex.fund("alice", D(100), exchange_index=2)
    place(
        ex,
        "alice",
        "bid",
        "0.087",
        10,
        ticker="KXDEMO15M-26DEC011230-30",
        time_in_force="immediate_or_cancel",
    )
    # 0.07 × 0.5 × 10 × 0.087 × 0.913 = 0.02780085 → 0.0279
    assert ex.fills[-1].fee == D("0.0279")


def test_a_resting_order_on_a_maker_fee_series_reserves_its_maker_fee() -> None:
    ex, _ = engine()
    ex.fund("alice", D(100), exchange_index=1)
    place(ex, "alice", "bid", "0.90", 10, ticker="KXRAIN-26NOV-T60")
    # 10 × 0.90 plus the maker fee 0.0175 × 10 × 0.90 × 0.10 = 0.01575 → 0.0158
    assert ex.reserved("alice", exchange_index=1) == D("9.00") + D("0.0158")


def test_fee_cost_on_the_wire_is_the_net_fee_with_six_decimals() -> None:
    exchange, alice, _ = sandbox()
    alice.create(
        ticker="KXBTCD-26DEC31-T100000",
        side="bid",
        price="0.562",
        count="2.5",
        time_in_force="immediate_or_cancel",
    )
    fill = alice.get("/portfolio/fills").json()["fills"][0]
    # 0.07 × 2.5 × 0.562 × 0.438 = 0.0430773 → 0.0431; revenue −1.405 is on the $0.0001 grid: no rounding fee
    assert (fill["count_fp"], fill["yes_price_dollars"], fill["fee_cost"]) == ("2.50", "0.5620", "0.043100")
    assert exchange.fills[-1].rounding_fee == D(0)
