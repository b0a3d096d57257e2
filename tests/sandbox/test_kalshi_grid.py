"""Fixed point: the three price structures with their `price_ranges`, the input grammar of prices (2–4
decimals) and counts (0–2 decimals), fractional markets, and what a refusal looks like."""

from __future__ import annotations

import pytest
from brokerspec.sandbox.kalshi.grid import PRICE_STRUCTURES, on_grid

from ._kalshi_support import D, sandbox

LINEAR = "KXDEMO-26-A"  # shard 0, linear_cent, whole contracts
TAPERED = "KXDEMO15M-26DEC011230-30"  # shard 2, tapered_deci_cent
DECI = "KXBTCD-26DEC31-T100000"  # shard 1, deci_cent, fractional


@pytest.mark.parametrize(
    ("structure", "price", "valid"),
    [
        ("linear_cent", "0.01", True),
        ("linear_cent", "0.99", True),
        ("linear_cent", "0.515", False),
        ("linear_cent", "0.00", False),
        ("linear_cent", "1.00", False),
        ("tapered_deci_cent", "0.005", True),
        ("tapered_deci_cent", "0.095", True),
        ("tapered_deci_cent", "0.10", True),
        ("tapered_deci_cent", "0.105", False),
        ("tapered_deci_cent", "0.555", False),
        ("tapered_deci_cent", "0.90", True),
        ("tapered_deci_cent", "0.995", True),
        ("deci_cent", "0.555", True),
        ("deci_cent", "0.001", True),
        ("deci_cent", "0.5555", False),
    ],
)
def test_the_three_price_structures(structure: str, price: str, valid: bool) -> None:
    assert on_grid(D(price), PRICE_STRUCTURES[structure]) is valid


def test_the_tapered_grid_is_published_as_three_ranges() -> None:
    _, alice, _ = sandbox()
    market = alice.public(f"/markets/{TAPERED}").json()["market"]
    assert (market["price_level_structure"], market["price_ranges"]) == (
        "tapered_deci_cent",
        [
            {"start": "0.0000", "end": "0.1000", "step": "0.0010"},
            {"start": "0.1000", "end": "0.9000", "step": "0.0100"},
            {"start": "0.9000", "end": "1.0000", "step": "0.0010"},
        ],
    )
    assert (market["exchange_index"], market["yes_bid_dollars"], market["yes_ask_dollars"]) == (
        2,
        "0.0850",
        "0.0870",
    )


@pytest.mark.parametrize(
    ("ticker", "price"),
    [(LINEAR, "0.4150"), (TAPERED, "0.455"), (TAPERED, "0.4550"), (DECI, "0.5555")],
)
def test_a_price_off_the_markets_grid_is_400_invalid_price(ticker: str, price: str) -> None:
    _, alice, _ = sandbox()
    response = alice.create(ticker=ticker, price=price)
    assert (response.status_code, response.json()["error"]["code"]) == (400, "invalid_price")
    assert "grid" in response.json()["error"]["details"]


@pytest.mark.parametrize(("ticker", "price"), [(TAPERED, "0.055"), (TAPERED, "0.9950"), (DECI, "0.501")])
def test_subpenny_prices_rest_where_the_grid_allows_them(ticker: str, price: str) -> None:
    _, alice, _ = sandbox()
    side = "ask" if price > "0.9" else "bid"
    response = alice.create(ticker=ticker, side=side, price=price)
    assert response.status_code == 201, response.text
    order = alice.get(f"/portfolio/orders/{response.json()['order_id']}").json()["order"]
    assert order["yes_price_dollars"] == f"{D(price):.4f}"


@pytest.mark.parametrize("price", ["0.5", "0.55555", ".55", "1", "0.00", "1.00", "-0.50", "0x1"])
def test_prices_take_two_to_four_decimals_strictly_between_0_and_1(price: str) -> None:
    _, alice, _ = sandbox()
    response = alice.create(ticker=DECI, price=price)
    assert (response.status_code, response.json()["error"]["code"]) == (400, "invalid_price")


@pytest.mark.parametrize("count", ["2.5", "2.50", "0.01", "3"])
def test_a_fractional_market_takes_counts_with_up_to_two_decimals(count: str) -> None:
    _, alice, _ = sandbox()
    response = alice.create(ticker=DECI, price="0.501", count=count)
    assert response.status_code == 201, response.text
    assert response.json()["remaining_count"] == f"{D(count):.2f}"


@pytest.mark.parametrize("count", ["2.555", "2.", "0", "0.00", "-1", "1e2"])
def test_counts_outside_the_grammar_or_zero_are_refused(count: str) -> None:
    _, alice, _ = sandbox()
    response = alice.create(ticker=DECI, price="0.501", count=count)
    assert (response.status_code, response.json()["error"]["code"]) == (400, "invalid_parameters")


def test_a_fractional_count_on_a_whole_contract_market_is_400() -> None:
    _, alice, _ = sandbox()
    response = alice.create(ticker=LINEAR, price="0.40", count="2.5")
    assert (response.status_code, response.json()["error"]["code"]) == (400, "invalid_parameters")
    assert "whole contracts" in response.json()["error"]["details"]
    assert alice.create(ticker=LINEAR, price="0.40", count="2.00").status_code == 201  # "2.00" is whole


def test_fractional_fills_print_with_two_decimals_everywhere() -> None:
    _, alice, _ = sandbox()
    body = alice.create(
        ticker=DECI, side="bid", price="0.562", count="1.25", time_in_force="immediate_or_cancel"
    )
    assert (body.json()["fill_count"], body.json()["remaining_count"]) == ("1.25", "0.00")
    assert alice.get("/portfolio/fills").json()["fills"][0]["count_fp"] == "1.25"
    position = alice.get("/portfolio/positions", ticker=DECI).json()["market_positions"][0]
    assert (position["position_fp"], position["exchange_index"]) == ("1.25", 1)


def test_the_market_says_whether_fractional_trading_is_enabled() -> None:
    _, alice, _ = sandbox()
    flags = {
        t: alice.public(f"/markets/{t}").json()["market"]["fractional_trading_enabled"]
        for t in (LINEAR, TAPERED, DECI)
    }
    assert flags == {LINEAR: False, TAPERED: False, DECI: True}
