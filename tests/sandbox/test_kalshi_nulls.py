"""Null and omitted fields the wire really sends: `{"queue_positions": null}`, the bare `{"details"}` 400,
the single-order queue position, a maker fill without `created_time`, a settlement whose `value` is null."""

from __future__ import annotations

from . import _sdk_oracle
from ._kalshi_support import MARKET, add_member, sandbox

QUEUE = "/portfolio/orders/queue_positions"


def test_queue_positions_is_null_when_nothing_rests() -> None:
    _, alice, _ = sandbox()
    response = alice.get(QUEUE, market_tickers=MARKET)
    assert (response.status_code, response.json()) == (200, {"queue_positions": None})


def test_queue_positions_need_market_tickers_or_event_ticker() -> None:
    _, alice, _ = sandbox()
    alice.create(price="0.40")
    response = alice.get(QUEUE)
    assert (response.status_code, response.json()) == (
        400,
        {"details": "Need to specify market_tickers or event_ticker"},
    )


def test_queue_positions_by_event_and_for_one_subaccount() -> None:
    _, alice, _ = sandbox()
    mine = alice.create(price="0.48", count="3").json()["order_id"]
    alice.create(price="0.48", count="2", subaccount=1)
    body = alice.get(QUEUE, event_ticker="KXDEMO-26").json()
    assert body == {
        "queue_positions": [{"market_ticker": MARKET, "order_id": mine, "queue_position_fp": "100.00"}]
    }
    _sdk_oracle.conforms("GetOrderQueuePositionsResponse", body)
    assert len(alice.get(QUEUE, event_ticker="KXDEMO-26", subaccount=1).json()["queue_positions"]) == 1


def test_one_orders_queue_position() -> None:
    exchange, alice, _ = sandbox()
    bob = add_member(exchange, alice, "bob")
    bob.create(price="0.48", count="7")
    order_id = alice.create(price="0.48", count="3").json()["order_id"]
    response = alice.get(f"/portfolio/orders/{order_id}/queue_position")
    assert response.json() == {"queue_position_fp": "107.00"}
    _sdk_oracle.conforms("GetOrderQueuePositionResponse", response.json())
    assert alice.get("/portfolio/orders/nope/queue_position").status_code == 404


def test_a_maker_fill_has_no_created_time_but_keeps_ts() -> None:
    exchange, alice, _ = sandbox()
    bob = add_member(exchange, alice, "bob")
    alice.create(price="0.50", count="2")
    bob.create(price="0.50", count="2", side="ask", time_in_force="immediate_or_cancel")
    maker = alice.get("/portfolio/fills").json()["fills"][0]
    taker = bob.get("/portfolio/fills").json()["fills"][0]
    assert (maker["is_taker"], "created_time" in maker, maker["ts"]) == (False, False, 1_780_315_200)
    assert (taker["is_taker"], taker["created_time"]) == (True, "2026-06-01T12:00:00.000000Z")
    _sdk_oracle.conforms("GetFillsResponse", alice.get("/portfolio/fills").json())


def test_a_settlement_value_is_a_number_unless_the_exchange_reports_it_null() -> None:
    exchange, alice, _ = sandbox()
    alice.create(price="0.52", count="1", time_in_force="immediate_or_cancel")
    alice.create(ticker="KXDEMO-26-B", price="0.34", count="1", time_in_force="immediate_or_cancel")
    exchange.settle_market(MARKET, "yes")
    alice.client.post("/_admin/markets/KXDEMO-26-B/settle", json={"result": "yes", "value_known": False})
    values = {s["ticker"]: s["value"] for s in alice.get("/portfolio/settlements").json()["settlements"]}
    assert values == {MARKET: 100, "KXDEMO-26-B": None}
