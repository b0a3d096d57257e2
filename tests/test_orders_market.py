"""Markets: parsing the plain values, whether an order may go there now, the price grid and fractional counts.

Facts and shapes from reference/kalshi.md ("Fixed point", "Market data", "Real 2026 shapes"), Kalshi's
*Fixed-point migration* page (the three price level structures) and *Market lifecycle* page (statuses).
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest
from brokerspec.domain.fees import TAKER_RATE
from brokerspec.domain.market import (
    ExchangeStatus,
    Market,
    PriceRange,
    ShardStatus,
    count_allowed,
    exchange_status_from_mapping,
    market_from_mapping,
    price_on_grid,
    tradable,
)

D = Decimal

# reference "Real 2026 shapes": a market on shard 2 with tapered ticks
SHARD_2_TAPERED: dict[str, Any] = {
    "ticker": "KXDEMO15M-26DEC011230-30",
    "status": "active",
    "exchange_index": 2,
    "price_level_structure": "tapered_deci_cent",
    "price_ranges": [
        {"start": "0.0000", "end": "0.1000", "step": "0.0010"},
        {"start": "0.1000", "end": "0.9000", "step": "0.0100"},
        {"start": "0.9000", "end": "1.0000", "step": "0.0010"},
    ],
    "yes_bid_dollars": "0.0850",
    "yes_ask_dollars": "0.0870",
}


def _market(structure: str | None = None, **kw: Any) -> Market:
    return Market(
        ticker="KXDEMO-26-A", status=kw.pop("status", "active"), price_level_structure=structure, **kw
    )


# --- parsing ------------------------------------------------------------------------------------------


def test_the_reference_shard_2_market_parses() -> None:
    market = market_from_mapping(
        SHARD_2_TAPERED, {"fee_type": "quadratic_with_maker_fees", "fee_multiplier": 1}
    )
    assert (market.ticker, market.status, market.exchange_index) == ("KXDEMO15M-26DEC011230-30", "active", 2)
    assert market.price_ranges[1] == PriceRange("0.1000", "0.9000", "0.0100")
    assert (market.yes_bid_dollars, market.yes_ask_dollars) == (D("0.0850"), D("0.0870"))
    assert market.fractional_trading_enabled is None and market.fill_unit == D("0.01")
    assert market.fees.rate("maker") == D("0.0175") and market.fees.known


def test_parsing_reads_sizes_fractional_flag_and_a_float_multiplier_exactly() -> None:
    market = market_from_mapping(
        {
            "ticker": "T",
            "event_ticker": "E",
            "status": "active",
            "fractional_trading_enabled": False,
            "yes_bid_size_fp": "12.50",
            "yes_ask_size_fp": "3.00",
        },
        {"fee_type": "quadratic", "fee_multiplier": 0.1},
    )
    assert (market.event_ticker, market.yes_bid_size, market.yes_ask_size) == ("E", D("12.50"), D("3.00"))
    assert market.fill_unit == D(1)
    assert market.fee_multiplier == D("0.1") and market.fees.rate("taker") == D("0.007")


def test_without_a_series_the_fees_are_the_conservative_ones() -> None:
    fees = market_from_mapping({"ticker": "T", "status": "active"}).fees
    assert fees.rate("maker") == fees.rate("taker") == TAKER_RATE and not fees.known


@pytest.mark.parametrize(
    "bad",
    [
        {"ticker": "T", "status": "active", "yes_bid_dollars": 0.5},  # a float dollar amount
        {"ticker": "T", "status": "active", "fractional_trading_enabled": "yes"},
        {"ticker": "T", "status": "active", "exchange_index": "2"},
        {"ticker": "T", "status": "active", "price_ranges": [{"start": "0.5", "end": "0.4", "step": "0.01"}]},
    ],
)
def test_parsing_refuses_values_kalshi_does_not_send(bad: dict[str, Any]) -> None:
    with pytest.raises(ValueError):
        market_from_mapping(bad)


def test_exchange_status_parses_shards_and_a_null_list() -> None:
    status = exchange_status_from_mapping(
        {
            "exchange_active": True,
            "trading_active": True,
            "exchange_index_statuses": [
                {"exchange_index": 2, "exchange_active": True, "trading_active": False, "description": "x"}
            ],
        }
    )
    assert status.shards == (ShardStatus(2, True, False),)
    assert exchange_status_from_mapping(
        {"exchange_active": True, "trading_active": False, "exchange_index_statuses": None}
    ) == ExchangeStatus(True, False)


# --- tradable ------------------------------------------------------------------------------------------


def test_an_active_market_on_an_open_exchange_is_tradable() -> None:
    assert tradable(_market(), ExchangeStatus(True, True)) is None
    assert tradable(_market()) is None


@pytest.mark.parametrize(
    ("status", "words"),
    [
        ("initialized", "not open for trading yet"),
        ("inactive", "paused"),
        ("closed", "closed"),
        ("determined", "determined"),
        ("disputed", "disputed"),
        ("amended", "amended"),
        ("finalized", "settled"),
        ("something_new", "only active markets"),
        ("", "absent"),
    ],
)
def test_markets_that_are_not_active_are_refused_with_the_reason(status: str, words: str) -> None:
    reason = tradable(_market(status=status))
    assert reason is not None and words in reason and "KXDEMO-26-A" in reason


def test_exchange_maintenance_and_trading_pauses_are_refused() -> None:
    maintenance = tradable(
        _market(), ExchangeStatus(False, False, estimated_resume_time="2026-12-01T13:00:00Z")
    )
    assert maintenance is not None and "maintenance" in maintenance and "2026-12-01T13:00:00Z" in maintenance
    paused = tradable(_market(), ExchangeStatus(True, False))
    assert paused is not None and "trading is paused" in paused


def test_a_shard_is_judged_by_its_own_flags_when_listed() -> None:
    on_2 = market_from_mapping(SHARD_2_TAPERED)
    # shard 0 (the top-level flags) paused, shard 2 open: the shard-2 market trades
    status = ExchangeStatus(True, False, shards=(ShardStatus(0, True, False), ShardStatus(2, True, True)))
    assert tradable(on_2, status) is None
    assert tradable(_market(), status) is not None  # a shard-0 market does not
    paused_2 = ExchangeStatus(True, True, shards=(ShardStatus(2, True, False),))
    reason = tradable(on_2, paused_2)
    assert reason is not None and "shard 2" in reason


# --- the price grid ------------------------------------------------------------------------------------


@pytest.mark.parametrize("price", ["0.01", "0.10", "0.55", "0.90", "0.99"])
def test_linear_cent_accepts_whole_cents(price: str) -> None:
    assert price_on_grid(_market("linear_cent"), D(price)) is None


def test_linear_cent_refuses_a_subpenny_price_and_names_the_neighbours() -> None:
    # reference "Errors": 0.5150 on a 1-cent market is invalid_price
    off = price_on_grid(_market("linear_cent"), D("0.5150"))
    assert off is not None and (off.below, off.above) == (D("0.51"), D("0.52"))
    assert "$0.51 or $0.52" in off.message and "linear_cent" in off.message


@pytest.mark.parametrize(
    ("price", "ok"), [("0.005", True), ("0.095", True), ("0.955", True), ("0.995", True)]
)
def test_tapered_deci_cent_takes_tenths_of_a_cent_at_the_tails(price: str, ok: bool) -> None:
    assert (price_on_grid(_market("tapered_deci_cent"), D(price)) is None) is ok


@pytest.mark.parametrize(
    ("price", "below", "above"),
    [
        ("0.555", "0.55", "0.56"),
        ("0.105", "0.10", "0.11"),
        ("0.0955", "0.095", "0.096"),
        ("0.9005", "0.90", "0.901"),
    ],
)
def test_tapered_deci_cent_refuses_tenths_in_the_middle(price: str, below: str, above: str) -> None:
    off = price_on_grid(_market("tapered_deci_cent"), D(price))
    assert off is not None and (off.below, off.above) == (D(below), D(above))


@pytest.mark.parametrize("price", ["0.555", "0.001", "0.999", "0.123"])
def test_deci_cent_takes_tenths_everywhere(price: str) -> None:
    assert price_on_grid(_market("deci_cent"), D(price)) is None


def test_deci_cent_refuses_hundredths_of_a_cent_and_stays_inside_zero_and_one() -> None:
    off = price_on_grid(_market("deci_cent"), D("0.0005"))
    assert off is not None and (off.below, off.above) == (None, D("0.001"))
    top = price_on_grid(_market("deci_cent"), D("0.9995"))
    assert top is not None and (top.below, top.above) == (D("0.999"), None)


def test_price_ranges_are_the_exact_grid_over_the_structure() -> None:
    # the reference's shard-2 market says tapered and lists the same ranges; a market whose ranges differ
    # from its structure name is checked against its ranges
    odd = _market("linear_cent", price_ranges=[{"start": "0", "end": "1", "step": "0.005"}])
    assert price_on_grid(odd, D("0.555")) is None
    off = price_on_grid(odd, D("0.552"))
    assert off is not None and (off.below, off.above) == (D("0.55"), D("0.555"))
    assert odd.grid_source == "price_ranges"
    assert price_on_grid(market_from_mapping(SHARD_2_TAPERED), D("0.085")) is None


def test_a_no_price_is_checked_on_the_yes_book_and_answered_as_no_prices() -> None:
    # buy NO at 0.955 is an ask at 0.045: fine on tapered (tails), off on linear (nearest NO 0.95 / 0.96)
    assert price_on_grid(_market("tapered_deci_cent"), D("0.955"), side="no") is None
    off = price_on_grid(_market("linear_cent"), D("0.955"), side="no")
    assert off is not None and (off.below, off.above) == (D("0.95"), D("0.96"))
    assert off.message.startswith("NO price $0.955")


@pytest.mark.parametrize("structure", [None, "future_structure"])
def test_an_unknown_or_absent_structure_is_checked_as_linear_cent_and_says_so(structure: str | None) -> None:
    market = _market(structure)
    off = price_on_grid(market, D("0.555"))
    assert off is not None and "assumed" in off.message
    assert price_on_grid(market, D("0.55")) is None


# --- fractional counts ---------------------------------------------------------------------------------


def test_whole_counts_are_allowed_everywhere() -> None:
    for flag in (True, False, None):
        assert count_allowed(_market(fractional_trading_enabled=flag), D(3)) is None
        assert count_allowed(_market(fractional_trading_enabled=flag), D("3.00")) is None


def test_fractional_counts_need_a_fractional_market() -> None:
    assert count_allowed(_market(fractional_trading_enabled=True), D("2.50")) is None
    refused = count_allowed(_market(fractional_trading_enabled=False), D("2.50"))
    assert refused is not None and "does not accept fractional" in refused
    unsaid = count_allowed(_market(), D("0.01"))
    assert unsaid is not None and "does not say" in unsaid
