"""V2 orders as the exchange treats them: direction (`book_side` / `outcome_side` = exposure, the YES-book
price), the legacy pair as optional extra fields, `reduce_only` and `expiration_time` rules, paused / closed /
settled markets and shard pauses with `cancel_order_on_pause`, and subaccounts 0 and 1."""

from __future__ import annotations

import pytest
from brokerspec.sandbox.kalshi import KalshiExchange

from . import _sdk_oracle
from ._kalshi_support import MARKET, Member, add_member, sandbox

ORDERS = "/portfolio/events/orders"
PAUSED, CLOSED, SETTLED = "KXDEMO-26-C", "KXDEMO-25-X", "KXDEMO-25-Y"

# -- direction ---------------------------------------------------------------------------------------


def test_a_bid_is_yes_exposure_at_the_yes_price() -> None:
    _, alice, _ = sandbox()
    order_id = alice.create(side="bid", price="0.40", count="3").json()["order_id"]
    response = alice.get(f"/portfolio/orders/{order_id}")
    order = response.json()["order"]
    assert (
        order["book_side"],
        order["outcome_side"],
        order["yes_price_dollars"],
        order["no_price_dollars"],
    ) == (
        "bid",
        "yes",
        "0.4000",
        "0.6000",
    )
    _sdk_oracle.conforms("GetOrderResponse", response.json())


def test_sell_3_yes_at_0_55_is_an_ask_with_no_exposure_priced_on_the_yes_book() -> None:
    exchange, alice, _ = sandbox()
    exchange.add_market("KXBLANK-26-X", "KXBLANK-26")
    bob = add_member(exchange, alice, "bob")
    bob.create(ticker="KXBLANK-26-X", side="bid", price="0.55", count="3")
    alice.create(
        ticker="KXBLANK-26-X", side="ask", price="0.55", count="3", time_in_force="immediate_or_cancel"
    )
    fill = alice.get("/portfolio/fills").json()["fills"][0]
    assert (fill["book_side"], fill["outcome_side"], fill["yes_price_dollars"], fill["count_fp"]) == (
        "ask",
        "no",
        "0.5500",
        "3.00",
    )
    # The deprecated pair reads the YES book: "sell YES" — never pair `outcome_side` with `action`.
    assert (fill["side"], fill["action"]) == ("yes", "sell")
    position = alice.get("/portfolio/positions").json()["market_positions"][0]
    assert (position["position_fp"], position["market_exposure_dollars"]) == ("-3.00", "1.350000")
    bob_fill = bob.get("/portfolio/fills").json()["fills"][0]
    assert (bob_fill["book_side"], bob_fill["outcome_side"], bob_fill["yes_price_dollars"]) == (
        "bid",
        "yes",
        "0.5500",
    )
    _sdk_oracle.conforms("GetFillsResponse", alice.get("/portfolio/fills").json())


def test_an_order_without_client_order_id_reports_an_empty_string() -> None:
    """The official `Order` model requires `client_order_id` as a string."""
    _, alice, _ = sandbox()
    order_id = alice.create(price="0.40").json()["order_id"]
    assert alice.get(f"/portfolio/orders/{order_id}").json()["order"]["client_order_id"] == ""


# -- time in force, reduce_only, expiration --------------------------------------------------------


@pytest.mark.parametrize("tif", ["good_till_canceled", "fill_or_kill"])
def test_reduce_only_is_refused_unless_immediate_or_cancel(tif: str) -> None:
    _, alice, _ = sandbox()
    response = alice.create(side="ask", price="0.40", reduce_only=True, time_in_force=tif)
    assert (response.status_code, response.json()["error"]["code"]) == (400, "invalid_parameters")


def test_an_immediate_or_cancel_reduce_only_order_is_capped_by_the_position() -> None:
    _, alice, _ = sandbox()
    alice.create(side="bid", price="0.52", count="4", time_in_force="immediate_or_cancel")
    body = alice.create(
        side="ask", price="0.48", count="10", reduce_only=True, time_in_force="immediate_or_cancel"
    )
    assert (body.status_code, body.json()["fill_count"], body.json()["remaining_count"]) == (
        201,
        "4.00",
        "0.00",
    )
    assert alice.get("/portfolio/positions").json()["market_positions"][0]["position_fp"] == "0.00"
    flat = alice.create(
        side="ask", price="0.48", count="1", reduce_only=True, time_in_force="immediate_or_cancel"
    )
    assert (flat.status_code, flat.json()["fill_count"]) == (201, "0.00")


@pytest.mark.parametrize("tif", ["immediate_or_cancel", "fill_or_kill"])
def test_expiration_time_only_with_good_till_canceled(tif: str) -> None:
    _, alice, clock = sandbox()
    response = alice.create(price="0.40", time_in_force=tif, expiration_time=int(clock.now) + 60)
    assert (response.status_code, response.json()["error"]["code"]) == (400, "invalid_parameters")
    assert alice.create(price="0.40", expiration_time=int(clock.now) + 60).status_code == 201


# -- market lifecycle --------------------------------------------------------------------------------


@pytest.mark.parametrize("ticker", [PAUSED, CLOSED, SETTLED])
def test_orders_on_a_market_that_is_not_active_are_refused(ticker: str) -> None:
    _, alice, _ = sandbox()
    response = alice.create(ticker=ticker, price="0.21")
    assert (response.status_code, response.json()["error"]["code"]) == (400, "market_inactive")


def test_pausing_a_market_cancels_only_the_orders_that_asked_for_it() -> None:
    exchange, alice, _ = sandbox()
    keep = alice.create(price="0.40").json()["order_id"]
    go = alice.create(price="0.41", cancel_order_on_pause=True).json()["order_id"]
    alice.client.post(f"/_admin/markets/{MARKET}/status", json={"status": "inactive"})
    statuses = {oid: alice.get(f"/portfolio/orders/{oid}").json()["order"]["status"] for oid in (keep, go)}
    assert statuses == {keep: "resting", go: "canceled"}
    order = alice.get(f"/portfolio/orders/{keep}").json()["order"]
    assert order["cancel_order_on_pause"] is False
    # Paused: no new orders and no amends, but cancels still work.
    assert alice.create(price="0.42").json()["error"]["code"] == "market_inactive"
    amend = {"ticker": MARKET, "side": "bid", "price": "0.39", "count": "1"}
    assert alice.post(f"{ORDERS}/{keep}/amend", amend).json()["error"]["code"] == "market_inactive"
    assert alice.delete(f"{ORDERS}/{keep}").status_code == 200
    assert exchange.markets[MARKET].status == "inactive"


def test_reactivating_a_paused_market_cancels_every_resting_order() -> None:
    exchange, alice, _ = sandbox()
    order_id = alice.create(price="0.40").json()["order_id"]
    exchange.set_market_status(MARKET, "inactive")
    exchange.set_market_status(MARKET, "active")
    assert alice.get(f"/portfolio/orders/{order_id}").json()["order"]["status"] == "canceled"
    assert exchange.book(MARKET) == {"bids": [], "asks": []}


def test_a_shard_trading_pause_refuses_orders_keeps_cancels_and_honours_cancel_on_pause() -> None:
    exchange, alice, _ = sandbox()
    keep = alice.create(price="0.40").json()["order_id"]
    go = alice.create(price="0.41", cancel_order_on_pause=True).json()["order_id"]
    alice.client.post("/_admin/exchange/0", json={"trading_active": False})
    assert alice.get(f"/portfolio/orders/{go}").json()["order"]["status"] == "canceled"
    refused = alice.create(price="0.42")
    assert (refused.status_code, refused.json()["error"]["code"]) == (400, "trading_paused")
    assert alice.create(ticker="KXDEMO-26-B", price="0.20").json()["error"]["code"] == "trading_paused"
    assert alice.create(ticker="KXDEMO15M-26DEC011230-30", price="0.050").status_code == 201  # shard 2 trades
    assert alice.delete(f"{ORDERS}/{keep}").status_code == 200
    exchange.set_trading_active(0, True)
    assert alice.create(price="0.42").status_code == 201


def test_closing_a_market_cancels_its_orders_and_refuses_even_cancels() -> None:
    exchange, alice, _ = sandbox()
    order_id = alice.create(price="0.40").json()["order_id"]
    exchange.set_market_status(MARKET, "closed")
    assert alice.get(f"/portfolio/orders/{order_id}").json()["order"]["status"] == "canceled"
    assert alice.create(price="0.40").json()["error"]["code"] == "market_inactive"


def test_a_settled_market_is_finalized_and_refuses_orders() -> None:
    _, alice, _ = sandbox()
    alice.create(price="0.52", count="2", time_in_force="immediate_or_cancel")
    alice.client.post(f"/_admin/markets/{MARKET}/settle", json={"result": "yes"})
    market = alice.public(f"/markets/{MARKET}").json()["market"]
    assert (market["status"], market["result"], market["settlement_value_dollars"]) == (
        "finalized",
        "yes",
        "1.0000",
    )
    assert alice.create(price="0.40").json()["error"]["code"] == "market_inactive"
    settled = alice.get("/portfolio/positions", settlement_status="settled").json()["market_positions"]
    assert [p["ticker"] for p in settled] == [MARKET]


def test_a_determined_market_awaits_finalization_before_paying_out() -> None:
    exchange, alice, _ = sandbox()
    alice.create(price="0.52", count="2", time_in_force="immediate_or_cancel")
    before = exchange.cash("alice")
    exchange.settle_market(MARKET, "yes", finalize=False)
    assert (exchange.markets[MARKET].status, exchange.cash("alice")) == ("determined", before)
    exchange.settle_market(MARKET, "yes")
    assert exchange.cash("alice") == before + 2


# -- subaccounts ---------------------------------------------------------------------------------


def _trade_on_both_subaccounts() -> tuple[KalshiExchange, Member]:
    exchange, alice, _ = sandbox()
    alice.create(price="0.52", count="2", time_in_force="immediate_or_cancel")
    alice.create(price="0.52", count="1", time_in_force="immediate_or_cancel", subaccount=1)
    return exchange, alice


@pytest.mark.parametrize("path", ["/portfolio/orders", "/portfolio/fills"])
def test_lists_without_subaccount_cover_every_subaccount(path: str) -> None:
    _, alice = _trade_on_both_subaccounts()
    key = path.rsplit("/", 1)[1]
    everything = alice.get(path).json()[key]
    assert sorted(item["subaccount_number"] for item in everything) == [0, 1]
    assert [item["subaccount_number"] for item in alice.get(path, subaccount=1).json()[key]] == [1]
    assert [item["subaccount_number"] for item in alice.get(path, subaccount=0).json()[key]] == [0]


def test_settlements_without_subaccount_cover_every_subaccount() -> None:
    exchange, alice = _trade_on_both_subaccounts()
    exchange.settle_market(MARKET, "no", value_known=False)
    response = alice.get("/portfolio/settlements")
    assert len(response.json()["settlements"]) == 2
    assert {s["value"] for s in response.json()["settlements"]} == {None}  # the official schema allows null
    assert len(alice.get("/portfolio/settlements", subaccount=1).json()["settlements"]) == 1
    _sdk_oracle.conforms("GetSettlementsResponse", response.json())


def test_balance_and_positions_without_subaccount_mean_subaccount_0() -> None:
    _, alice = _trade_on_both_subaccounts()
    positions = alice.get("/portfolio/positions").json()["market_positions"]
    assert [p["position_fp"] for p in positions] == ["2.00"]
    assert (
        alice.get("/portfolio/positions", subaccount=1).json()["market_positions"][0]["position_fp"] == "1.00"
    )
    primary = alice.get("/portfolio/balance").json()
    second = alice.get("/portfolio/balance", subaccount=1).json()
    # $1,000 − 2 × (0.52 + fee) on subaccount 0; $100 − (0.52 + 0.0175) on subaccount 1
    assert (primary["balance_dollars"], second["balance_dollars"]) == ("998.9250", "99.4625")
    assert second["balance_breakdown"] == [{"exchange_index": 0, "balance": "99.4625"}]


@pytest.mark.parametrize("subaccount", [2, 63])
def test_a_subaccount_the_member_does_not_have_is_refused_for_orders(subaccount: int) -> None:
    _, alice, _ = sandbox()
    response = alice.create(price="0.40", subaccount=subaccount)
    assert (response.status_code, response.json()["error"]["code"]) == (400, "invalid_parameters")


def test_a_subaccount_outside_0_to_63_is_a_bare_400_on_reads() -> None:
    _, alice, _ = sandbox()
    assert set(alice.get("/portfolio/orders", subaccount=64).json()) == {"msg"}
