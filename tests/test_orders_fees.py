"""Fees: the trade fee per fill, maker and taker rates by fee type, the rounding fee, and the worst-case bound.

Expected values are the reference's worked numbers (reference/kalshi.md, "Fees" and "Exchange behaviour") and
the mechanics of Kalshi's *Fee rounding* page worked out by hand. The property test is the proof that the
worst case is a true upper bound however an order is split into fills: it recomputes every fill's charge
with exact fractions, independently of `domain.fees`.
"""

from __future__ import annotations

import math
from decimal import Decimal
from fractions import Fraction

import pytest
from brokerspec.domain.fees import (
    COMBO_MAKER_RATE,
    DIRECT_MEMBER_PRECISION,
    MAKER_RATE,
    NON_DIRECT_MEMBER_PRECISION,
    TAKER_RATE,
    UNKNOWN_FEES,
    fee_schedule,
    fill_charge,
    taker_fee,
    trade_fee,
    worst_case_charge,
)
from brokerspec.domain.market import DECI_CENT, LINEAR_CENT, TAPERED_DECI_CENT, Market, PriceRange
from brokerspec.domain.orders import OrderIntent, to_book, worst_case_breakdown
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

D = Decimal


# --- trade fee (reference "Exchange behaviour" and "Fees") -----------------------------------------


def test_one_contract_at_52_cents_pays_0_0175() -> None:
    # 0.07 × 1 × 0.52 × 0.48 = 0.017472 → up to 0.0175 (the fill's fee_cost "0.017500")
    assert taker_fee(1, D("0.52")) == D("0.0175")


def test_one_contract_at_99_cents_pays_0_0007() -> None:
    # 0.07 × 0.99 × 0.01 = 0.000693 → up to 0.0007 ("0.000700")
    assert taker_fee(1, D("0.99")) == D("0.0007")


def test_v2_average_fee_paid_is_per_contract() -> None:
    # the V2 create reply's average_fee_paid "0.0175" for one contract at 0.52: fee / contracts
    assert trade_fee(1, D("0.52"), fee_schedule("quadratic", 1).rate("taker")) / 1 == D("0.0175")


def test_fee_is_symmetric_in_the_yes_and_no_price() -> None:
    assert taker_fee(7, D("0.30")) == taker_fee(7, D("0.70"))
    assert taker_fee(D("2.5"), D("0.045")) == taker_fee(D("2.5"), D("0.955"))


def test_fractional_fills_each_round_up_so_n_times_fee_of_one_is_no_bound() -> None:
    # reference: with fractional counts the per-fill rounding makes n × fee(1) no upper bound.
    # one contract in a hundred 0.01 fills at 0.50: each ceil(0.07 × 0.01 × 0.25 = 0.000175) = 0.0002
    assert taker_fee(D("0.01"), D("0.50")) == D("0.0002")
    assert 100 * taker_fee(D("0.01"), D("0.50")) == D("0.0200") > taker_fee(1, D("0.50")) == D("0.0175")


def test_subpenny_fee_rounds_up_to_the_centicent() -> None:
    # 0.07 × 1 × 0.055 × 0.945 = 0.00363825 → 0.0037
    assert taker_fee(1, D("0.055")) == D("0.0037")


# --- rates by fee type (reference "Fees"; the official SDK's FeeType) ---------------------------------


def test_quadratic_series_charges_makers_nothing() -> None:
    schedule = fee_schedule("quadratic", 1)
    assert (schedule.rate("taker"), schedule.rate("maker"), schedule.known) == (TAKER_RATE, 0, True)


def test_quadratic_with_maker_fees_charges_makers_0_0175() -> None:
    schedule = fee_schedule("quadratic_with_maker_fees", 1)
    assert schedule.rate("maker") == MAKER_RATE
    # 0.0175 × 1 × 0.5 × 0.5 = 0.004375 → 0.0044; 100 contracts: 0.4375 exactly
    assert trade_fee(1, D("0.50"), schedule.rate("maker")) == D("0.0044")
    assert trade_fee(100, D("0.50"), schedule.rate("maker")) == D("0.4375")


def test_combo_maker_fees_use_half_the_taker_rate() -> None:
    assert fee_schedule("quadratic_with_combo_maker_fees", 1).rate("maker") == COMBO_MAKER_RATE == D("0.035")


def test_the_multiplier_scales_both_rates() -> None:
    schedule = fee_schedule("quadratic_with_maker_fees", "0.5")
    assert (schedule.rate("taker"), schedule.rate("maker")) == (D("0.035"), D("0.00875"))
    # a JSON number from the series read goes through str, never binary
    assert fee_schedule("quadratic", 1.5).rate("taker") == D("0.105")


@pytest.mark.parametrize("fee_type", ["flat", "something_new", None])
def test_unknown_fee_types_charge_every_fill_the_taker_rate_and_say_so(fee_type: str | None) -> None:
    schedule = fee_schedule(fee_type, 1)
    assert schedule.rate("maker") == schedule.rate("taker") == TAKER_RATE
    assert not schedule.known
    assert schedule.note is not None and "taker rate" in schedule.note


def test_nothing_known_assumes_multiplier_one_and_says_so() -> None:
    assert UNKNOWN_FEES.multiplier == 1 and UNKNOWN_FEES.note and "fee_multiplier" in UNKNOWN_FEES.note


def test_a_negative_multiplier_is_refused() -> None:
    with pytest.raises(ValueError):
        fee_schedule("quadratic", "-1")


# --- rounding fee (Kalshi's Fee rounding page) -------------------------------------------------------


def test_three_one_lot_fills_at_0_055_for_a_whole_cent_member() -> None:
    # buy 1 at 0.055: revenue -0.055, trade fee 0.0037, balance change -0.0587 floored to -0.06 → rounding 0.0013
    charge = fill_charge(1, D("0.055"), TAKER_RATE, NON_DIRECT_MEMBER_PRECISION)
    assert (charge.principal_dollars, charge.trade_fee_dollars, charge.rounding_fee_dollars) == (
        D("0.055"),
        D("0.0037"),
        D("0.0013"),
    )
    assert charge.total_dollars == D("0.0600")
    assert 3 * charge.total_dollars == D("0.18")  # before the accumulator's whole-cent refunds


def test_one_three_lot_fill_at_0_055_for_a_whole_cent_member() -> None:
    # 3 × 0.055 = 0.165; fee ceil(0.01091475) = 0.0110; -0.176 floored to -0.18 → rounding 0.004
    charge = fill_charge(3, D("0.055"), TAKER_RATE, NON_DIRECT_MEMBER_PRECISION)
    assert (charge.trade_fee_dollars, charge.rounding_fee_dollars, charge.total_dollars) == (
        D("0.0110"),
        D("0.0040"),
        D("0.1800"),
    )


def test_a_direct_member_pays_no_rounding_on_a_centicent_aligned_fill() -> None:
    charge = fill_charge(1, D("0.055"), TAKER_RATE, DIRECT_MEMBER_PRECISION)
    assert (charge.rounding_fee_dollars, charge.total_dollars) == (D(0), D("0.0587"))


def test_a_fractional_subpenny_fill_is_floored_to_the_direct_precision() -> None:
    # 0.25 at 0.555: 0.13875; fee ceil(0.07 × 0.25 × 0.555 × 0.445 = 0.00432206..) = 0.0044; 0.14315 → 0.1432
    charge = fill_charge(D("0.25"), D("0.555"), TAKER_RATE, DIRECT_MEMBER_PRECISION)
    assert (charge.trade_fee_dollars, charge.rounding_fee_dollars, charge.total_dollars) == (
        D("0.0044"),
        D("0.00005"),
        D("0.1432"),
    )


# --- the worst case -----------------------------------------------------------------------------------


def test_worst_case_of_whole_fills_is_count_times_the_worst_one_contract_fill() -> None:
    # 10 × (0.52 + 0.0175)
    assert worst_case_charge(10, D("0.52"), fill_unit=D(1)).total_dollars == D("5.3750")


def test_worst_case_of_hundredth_fills_at_0_50() -> None:
    # 100 fills of 0.01: 0.005 + 0.0002 = 0.0052 each
    bound = worst_case_charge(1, D("0.50"))
    assert (bound.unit_charge_dollars, bound.total_dollars, bound.fees_dollars) == (
        D("0.0052"),
        D("0.52"),
        D("0.0200"),
    )


def test_worst_case_looks_at_improved_prices_that_pay_a_higher_fee() -> None:
    # with a large multiplier (rate 1.4) q + 1.4 q (1 - q) peaks near 0.857: a bid at 0.90 filled at 0.857 costs
    # more than at its limit (1.0286 > 1.026), so the limit alone is not the worst fill; brute force agrees
    rate, limit = D("1.4"), D("0.9")
    bound = worst_case_charge(1, limit, rate, fill_unit=D(1))
    at_limit = _oracle_charge(1, limit, rate, DIRECT_MEMBER_PRECISION)
    brute = max(_oracle_charge(1, D(n) / 10_000, rate, DIRECT_MEMBER_PRECISION) for n in range(1, 9001))
    assert bound.unit_charge_dollars == brute > at_limit


def test_worst_case_refuses_a_count_that_is_not_whole_fills() -> None:
    with pytest.raises(ValueError):
        worst_case_charge(D("2.5"), D("0.5"), fill_unit=D(1))


@pytest.mark.parametrize("limit", ["0.01", "0.2345", "0.5", "0.56", "0.9", "0.9999"])
@pytest.mark.parametrize("precision", [DIRECT_MEMBER_PRECISION, NON_DIRECT_MEMBER_PRECISION])
def test_worst_case_unit_charge_is_the_exact_maximum_over_every_price(limit: str, precision: Decimal) -> None:
    # brute force over every 4-decimal price at or below the limit: the bound is reached, not just respected
    q_limit = D(limit)
    prices = [D(n) / 10_000 for n in range(1, int(q_limit * 10_000) + 1)]
    brute = max(_oracle_charge(D("0.01"), q, TAKER_RATE, precision) for q in prices)
    assert worst_case_charge(1, q_limit, precision=precision).unit_charge_dollars == brute


# --- the proof: random fill partitions never exceed the worst case --------------------------------


def _oracle_charge(count: Decimal | int, cost: Decimal, rate: Decimal, precision: Decimal) -> Fraction:
    """One fill's debit from the reference's mechanics, in exact fractions (no Decimal rounding modes)."""
    c, q, r, step = Fraction(count), Fraction(cost), Fraction(rate), Fraction(precision)
    fee = Fraction(math.ceil(r * c * q * (1 - q) * 10_000), 10_000)
    return Fraction(math.ceil((q * c + fee) / step)) * step


def _cents() -> list[Decimal]:
    return [D(n) / 100 for n in range(1, 100)]


def _grid_prices(grid: tuple[PriceRange, ...]) -> list[Decimal]:
    prices: set[Decimal] = set()
    for r in grid:
        p = r.start
        while p <= r.end:
            if 0 < p < 1:
                prices.add(p)
            p += r.step
    return sorted(prices)


_GRIDS = {"linear_cent": LINEAR_CENT, "tapered_deci_cent": TAPERED_DECI_CENT, "deci_cent": DECI_CENT}
_ALL_PRICES = {name: _grid_prices(grid) for name, grid in _GRIDS.items()}


@st.composite
def _scenario(draw: st.DrawFn) -> tuple[OrderIntent, Market, Decimal, list[tuple[Decimal, Decimal, str]]]:
    structure = draw(st.sampled_from(sorted(_GRIDS)))
    fractional = draw(st.booleans())
    fee_type = draw(st.sampled_from(["quadratic", "quadratic_with_maker_fees", "flat", None]))
    multiplier = draw(st.sampled_from(["1", "0.5", "2", "1.25"]))
    market = Market(
        ticker="KXPROOF-26",
        status="active",
        price_level_structure=structure,
        fractional_trading_enabled=fractional,
        fee_type=fee_type,
        fee_multiplier=multiplier,
    )
    unit = D("0.01") if fractional else D(1)
    # whole counts on fractional markets too: they can still fill in hundredths
    units = (
        draw(st.integers(1, 40))
        if not fractional
        else draw(st.integers(1, 4).map(lambda n: n * 100) | st.integers(1, 400))
    )
    count = unit * units
    prices = _ALL_PRICES[structure]
    action = draw(st.sampled_from(["buy", "sell"]))
    side = draw(st.sampled_from(["yes", "no"]))
    yes_limit = draw(st.sampled_from(prices))
    post_only = draw(st.booleans())
    intent = OrderIntent(
        ticker=market.ticker,
        action=action,
        side=side,
        count=count,
        price_dollars=yes_limit if side == "yes" else 1 - yes_limit,
        post_only=post_only,
    )
    book = to_book(intent)
    # fills at YES prices no worse than the limit: at or below it for a bid, at or above it for an ask
    better = [
        p
        for p in prices
        if (p <= book.yes_price_dollars if book.side == "bid" else p >= book.yes_price_dollars)
    ]
    filled = draw(st.just(units) | st.integers(1, units))  # complete or partial
    tiny = draw(st.booleans())  # many one-unit fills are where rounding adds up
    at_limit = draw(st.booleans())
    fills: list[tuple[Decimal, Decimal, str]] = []
    left = filled
    while left:
        size = min(left, draw(st.integers(1, 2) if tiny else st.integers(1, units)))
        price = book.yes_price_dollars if at_limit else draw(st.sampled_from(better))
        role = "maker" if post_only else draw(st.sampled_from(["taker", "maker"]))
        fills.append((size * unit, price, role))
        left -= size
    precision = draw(st.sampled_from([DIRECT_MEMBER_PRECISION, NON_DIRECT_MEMBER_PRECISION]))
    return intent, market, precision, fills


@settings(
    max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large]
)
@given(_scenario())
def test_worst_case_is_an_upper_bound_for_any_way_the_order_fills(
    scenario: tuple[OrderIntent, Market, Decimal, list[tuple[Decimal, Decimal, str]]],
) -> None:
    intent, market, precision, fills = scenario
    schedule = market.fees
    ask = to_book(intent).side == "ask"
    exact = sum(
        (
            _oracle_charge(count, 1 - price if ask else price, schedule.rate(role), precision)  # type: ignore[arg-type]
            for count, price, role in fills
        ),
        Fraction(0),
    )
    bound = worst_case_breakdown(intent, market, precision=precision)
    assert exact <= Fraction(bound.total_dollars), (fills, bound)
    assert bound.principal_dollars + bound.fees_dollars == bound.total_dollars
