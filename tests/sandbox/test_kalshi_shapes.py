"""The two wire eras the sandbox serves: the 2025 shape field for field like the recorded cassettes, and the
2026 shape (strings only for counts and money) described in the reference."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest
import yaml

from ._kalshi_support import MARKET, Member, sandbox

FIXTURES = Path(__file__).resolve().parents[3] / "shared" / "fixtures" / "kalshi-wire-2025"
FP = re.compile(r"^-?[0-9]+\.[0-9]{2}$")
PRICE = re.compile(r"^[0-9]+\.[0-9]{4}$")
MONEY = re.compile(r"^-?[0-9]+\.[0-9]{6}$")


def _recorded(name: str, index: int = 0) -> Any:
    path = FIXTURES / f"{name}.yaml"
    if not path.exists():
        pytest.skip(f"fixture {path} is not available")
    interaction = yaml.safe_load(path.read_text())["interactions"][index]
    return json.loads(interaction["response"]["body"]["string"])


def _traded(era: str) -> Member:
    """Alice after buying 3 NO (ask at 0.48) and resting a YES bid."""
    _, alice, _ = sandbox(era=era)
    alice.create(side="ask", price="0.48", count="3", time_in_force="immediate_or_cancel")
    alice.create(side="bid", price="0.40", count="2", client_order_id="rest-1")
    return alice


# -- 2025 ---------------------------------------------------------------------------------------------


def test_2025_balance_has_the_recorded_fields() -> None:
    alice = _traded("2025")
    body = alice.get("/portfolio/balance").json()
    assert set(body) == set(_recorded("kalshi_get_balance"))
    assert all(isinstance(v, int) for v in body.values())


def test_2025_fill_has_the_recorded_fields_and_types() -> None:
    alice = _traded("2025")
    fill = alice.get("/portfolio/fills").json()["fills"][0]
    recorded = _recorded("kalshi_get_fills")["fills"][0]
    assert set(fill) == set(recorded)
    assert {k: type(v) for k, v in fill.items()} == {k: type(v) for k, v in recorded.items()}
    # A V2 ask reads as "sell YES" in the legacy pair (its exposure is NO).
    assert (fill["side"], fill["action"], fill["yes_price"], fill["no_price_fixed"], fill["price"]) == (
        "yes",
        "sell",
        48,
        "0.5200",
        0.48,
    )


def test_2025_positions_have_the_recorded_fields() -> None:
    alice = _traded("2025")
    body = alice.get("/portfolio/positions").json()
    recorded = _recorded("kalshi_get_positions")
    assert set(body["market_positions"][0]) == set(recorded["market_positions"][0])
    assert set(body["event_positions"][0]) == set(recorded["event_positions"][0])
    position = body["market_positions"][0]
    assert (position["position"], position["market_exposure"], position["market_exposure_dollars"]) == (
        -3,
        156,
        "1.5600",
    )


def test_2025_fresh_order_has_the_recorded_fields_and_empty_cost_strings() -> None:
    _, alice, _ = sandbox(era="2025")
    body = {
        "ticker": MARKET,
        "side": "yes",
        "action": "buy",
        "count": 1,
        "type": "limit",
        "yes_price_dollars": "0.0200",
    }
    order = alice.post("/portfolio/orders", body | {"client_order_id": "vcr-1"}).json()["order"]
    recorded = _recorded("kalshi_order_lifecycle", 1)["order"]
    assert set(order) == set(recorded)
    assert (order["taker_fill_cost_dollars"], order["maker_fill_cost_dollars"]) == ("", "")
    assert (order["expiration_time"], order["order_group_id"]) == (None, None)


def test_2025_get_and_cancel_have_the_recorded_fields() -> None:
    _, alice, _ = sandbox(era="2025")
    body = {"ticker": MARKET, "side": "yes", "action": "buy", "count": 1, "yes_price_dollars": "0.0200"}
    order_id = alice.post("/portfolio/orders", body).json()["order"]["order_id"]
    fetched = alice.get(f"/portfolio/orders/{order_id}").json()
    cancelled = alice.delete(f"/portfolio/orders/{order_id}").json()
    assert set(fetched["order"]) == set(_recorded("kalshi_order_lifecycle", 2)["order"])
    assert set(cancelled) == set(_recorded("kalshi_order_lifecycle", 3))


def test_2025_settlement_has_the_seed_fields_in_cents() -> None:
    exchange, alice, _ = sandbox(era="2025")
    alice.create(side="bid", price="0.52", count="10", time_in_force="immediate_or_cancel")
    exchange.settle_market(MARKET, "yes")
    settlement = alice.get("/portfolio/settlements").json()["settlements"][0]
    assert set(settlement) == {
        "market_result",
        "no_count",
        "no_total_cost",
        "revenue",
        "settled_time",
        "ticker",
        "value",
        "yes_count",
        "yes_total_cost",
    }
    assert (settlement["revenue"], settlement["value"], settlement["yes_total_cost"]) == (1000, 100, 520)


def test_2025_fees_are_reported_in_whole_cents_rounded_up() -> None:
    alice = _traded("2025")
    position = alice.get("/portfolio/positions").json()["market_positions"][0]
    # 0.07 × 3 × 0.48 × 0.52 = 0.052416 → $0.0525 charged → 6 cents on the integer field
    assert (position["fees_paid"], position["fees_paid_dollars"]) == (6, "0.0525")


# -- 2026 ---------------------------------------------------------------------------------------------


def _no_integers_except(body: dict[str, Any], allowed: set[str]) -> list[str]:
    return [k for k, v in body.items() if isinstance(v, int) and not isinstance(v, bool) and k not in allowed]


def test_2026_fill_carries_strings_only_for_counts_and_money() -> None:
    alice = _traded("2026")
    fill = alice.get("/portfolio/fills").json()["fills"][0]
    assert _no_integers_except(fill, {"ts", "subaccount_number", "exchange_index"}) == []
    assert (fill["outcome_side"], fill["book_side"], fill["count_fp"]) == ("no", "ask", "3.00")
    assert PRICE.match(fill["yes_price_dollars"]) and MONEY.match(fill["fee_cost"])
    assert fill["fill_id"] == fill["trade_id"]


def test_2026_fill_has_every_field_of_the_reference_example() -> None:
    alice = _traded("2026")
    fill = alice.get("/portfolio/fills").json()["fills"][0]
    example = {"fill_id", "trade_id", "order_id", "ticker", "market_ticker", "side", "action", "outcome_side"}
    example |= {"book_side", "count_fp", "yes_price_dollars", "no_price_dollars", "is_taker", "fee_cost"}
    example |= {"created_time", "ts", "subaccount_number"}
    assert example <= set(fill)


def test_2026_order_carries_fp_counts_and_dollar_strings() -> None:
    alice = _traded("2026")
    order = alice.get("/portfolio/orders", status="resting").json()["orders"][0]
    assert _no_integers_except(order, {"subaccount_number", "exchange_index"}) == []
    assert [order[k] for k in ("initial_count_fp", "fill_count_fp", "remaining_count_fp")] == [
        "2.00",
        "0.00",
        "2.00",
    ]
    assert (order["book_side"], order["outcome_side"], order["yes_price_dollars"]) == ("bid", "yes", "0.4000")
    assert MONEY.match(order["taker_fill_cost_dollars"])


def test_2026_positions_carry_signed_position_fp() -> None:
    alice = _traded("2026")
    body = alice.get("/portfolio/positions").json()
    position = body["market_positions"][0]
    assert _no_integers_except(position, {"exchange_index"}) == []
    assert (position["position_fp"], position["market_exposure_dollars"]) == ("-3.00", "1.560000")
    assert body["event_positions"][0]["total_cost_shares_fp"] == "3.00"


def test_2026_balance_is_truncated_cents_next_to_four_decimal_dollars() -> None:
    _, alice, _ = sandbox()
    alice.create(side="bid", price="0.52", count="1", time_in_force="immediate_or_cancel")
    body = alice.get("/portfolio/balance").json()
    assert (body["balance"], body["balance_dollars"]) == (99_946, "999.4625")
    # $1,000 is spread 70/20/10 over shards 0–2; the breakdown's balances are dollar strings.
    assert body["balance_breakdown"] == [
        {"exchange_index": 0, "balance": "699.4625"},
        {"exchange_index": 1, "balance": "200.0000"},
        {"exchange_index": 2, "balance": "100.0000"},
    ]


def test_2026_settlement_keeps_revenue_and_value_in_cents() -> None:
    exchange, alice, _ = sandbox()
    alice.create(side="ask", price="0.48", count="10", time_in_force="immediate_or_cancel")
    exchange.settle_market(MARKET, "no")
    settlement = alice.get("/portfolio/settlements").json()["settlements"][0]
    assert (settlement["revenue"], settlement["value"], settlement["no_count_fp"]) == (1000, 0, "10.00")
    assert settlement["no_total_cost_dollars"] == "5.200000"


def test_the_same_state_is_served_in_either_era() -> None:
    exchange, alice, _ = sandbox()
    alice.create(side="bid", price="0.52", count="2", time_in_force="immediate_or_cancel")
    new = alice.get("/portfolio/fills").json()["fills"][0]
    exchange.set_wire_era("2025")
    old = alice.get("/portfolio/fills").json()["fills"][0]
    assert (old["trade_id"], old["count"], old["yes_price_fixed"]) == (
        new["trade_id"],
        2,
        new["yes_price_dollars"],
    )


def test_2026_fee_cost_has_six_decimals_and_rounds_up() -> None:
    _, alice, _ = sandbox()
    alice.create(ticker="KXRAIN-26NOV-T60", price="0.99", count="101", time_in_force="immediate_or_cancel")
    fees = {f["yes_price_dollars"]: f["fee_cost"] for f in alice.get("/portfolio/fills").json()["fills"]}
    # 0.07 × 1 × 0.99 × 0.01 = 0.000693 → 0.0007; 0.07 × 100 × 0.98 × 0.02 = 0.1372
    assert fees == {"0.9900": "0.000700", "0.9800": "0.137200"}
