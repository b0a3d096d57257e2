"""Exchange sharding as the exchange routes it: a write that names an existing order goes to shard 0 unless it
says `market_ticker` or `exchange_index` — so an order on another shard is "not found" while it keeps
resting. Create and amend route by ticker. The V2 batch-cancel body only; amend replies without counts."""

from __future__ import annotations

from typing import Any

from brokerspec.sandbox.kalshi import MARKET_MAKER_ID

from ._kalshi_support import MARKET, Member, place, sandbox

ORDERS = "/portfolio/events/orders"
SHARD2 = "KXDEMO15M-26DEC011230-30"  # tapered grid, exchange_index 2


def _rest_on_shard_2(alice: Member, **fields: Any) -> str:
    body = alice.create(ticker=SHARD2, price="0.050", count="10", **fields)
    assert body.status_code == 201, body.text
    return str(body.json()["order_id"])


def _status(alice: Member, order_id: str) -> str:
    return str(alice.get(f"/portfolio/orders/{order_id}").json()["order"]["status"])


def test_an_order_carries_its_markets_shard() -> None:
    _, alice, _ = sandbox()
    order_id = _rest_on_shard_2(alice)
    assert alice.get(f"/portfolio/orders/{order_id}").json()["order"]["exchange_index"] == 2


def test_a_cancel_without_ticker_or_shard_goes_to_shard_0_and_misses_the_order() -> None:
    _, alice, _ = sandbox()
    order_id = _rest_on_shard_2(alice)
    response = alice.delete(f"{ORDERS}/{order_id}")
    assert (response.status_code, response.json()["error"]["code"]) == (404, "not_found")
    assert _status(alice, order_id) == "resting"  # "not found", and still resting


def test_a_cancel_with_the_market_ticker_reaches_the_right_shard() -> None:
    _, alice, _ = sandbox()
    order_id = _rest_on_shard_2(alice)
    response = alice.delete(f"{ORDERS}/{order_id}", market_ticker=SHARD2)
    assert response.status_code == 200
    assert (response.json()["order_id"], response.json()["reduced_by"]) == (order_id, "10.00")
    assert _status(alice, order_id) == "canceled"


def test_a_cancel_with_the_exchange_index_reaches_that_shard_only() -> None:
    _, alice, _ = sandbox()
    order_id = _rest_on_shard_2(alice)
    assert alice.delete(f"{ORDERS}/{order_id}", exchange_index=1).status_code == 404
    assert alice.delete(f"{ORDERS}/{order_id}", exchange_index=2).status_code == 200


def test_exchange_index_minus_one_auto_routes_and_needs_the_ticker() -> None:
    _, alice, _ = sandbox()
    order_id = _rest_on_shard_2(alice)
    refused = alice.delete(f"{ORDERS}/{order_id}", exchange_index=-1)
    assert (refused.status_code, refused.json()["error"]["code"]) == (400, "invalid_parameters")
    assert alice.delete(f"{ORDERS}/{order_id}", exchange_index=-1, market_ticker=SHARD2).status_code == 200


def test_an_order_on_shard_0_is_found_without_routing() -> None:
    _, alice, _ = sandbox()
    order_id = alice.create(price="0.40").json()["order_id"]
    assert alice.delete(f"{ORDERS}/{order_id}").status_code == 200


def test_decrease_routes_by_its_body() -> None:
    _, alice, _ = sandbox()
    order_id = _rest_on_shard_2(alice)
    assert alice.post(f"{ORDERS}/{order_id}/decrease", {"reduce_by": "4"}).status_code == 404
    response = alice.post(f"{ORDERS}/{order_id}/decrease", {"reduce_by": "4", "market_ticker": SHARD2})
    assert response.json() == {"order_id": order_id, "remaining_count": "6.00", "ts_ms": 1_780_315_200_000}
    by_index = alice.post(f"{ORDERS}/{order_id}/decrease", {"reduce_to": "1", "exchange_index": 2})
    assert by_index.json()["remaining_count"] == "1.00"


def test_a_decrease_body_with_subaccount_is_refused_it_is_a_query_parameter() -> None:
    _, alice, _ = sandbox()
    order_id = alice.create(price="0.40", count="5").json()["order_id"]
    response = alice.post(f"{ORDERS}/{order_id}/decrease", {"reduce_by": "1", "subaccount": 0})
    assert (response.status_code, response.json()["error"]["code"]) == (400, "invalid_parameters")


def test_batch_cancel_routes_each_item() -> None:
    _, alice, _ = sandbox()
    far, near = _rest_on_shard_2(alice), alice.create(price="0.40", count="3").json()["order_id"]
    lost = _rest_on_shard_2(alice, client_order_id="lost-1")
    body = {"orders": [{"order_id": far, "market_ticker": SHARD2}, {"order_id": near}, {"order_id": lost}]}
    first, second, third = alice.delete(f"{ORDERS}/batched", body).json()["orders"]
    assert (first["order_id"], first["reduced_by"], "error" in first) == (far, "10.00", False)
    assert (second["order_id"], second["reduced_by"]) == (near, "3.00")
    assert (third["order_id"], third["reduced_by"], third["error"]["code"]) == (lost, "0.00", "not_found")
    assert "ts_ms" not in third
    assert _status(alice, lost) == "resting"


def test_the_retired_ids_body_is_a_400_and_cancels_nothing() -> None:
    _, alice, _ = sandbox()
    order_id = alice.create(price="0.40").json()["order_id"]
    response = alice.delete(f"{ORDERS}/batched", {"ids": [order_id]})
    assert (response.status_code, response.json()["error"]["code"]) == (400, "invalid_parameters")
    assert _status(alice, order_id) == "resting"


def test_cancel_all_spans_every_shard() -> None:
    _, alice, _ = sandbox()
    far, near = _rest_on_shard_2(alice), alice.create(price="0.40").json()["order_id"]
    assert alice.delete(ORDERS).status_code == 204
    assert (_status(alice, far), _status(alice, near)) == ("canceled", "canceled")


# -- create and amend route by ticker ----------------------------------------------------------------


def test_create_routes_by_ticker_and_a_wrong_exchange_index_does_not_find_the_market() -> None:
    _, alice, _ = sandbox()
    assert alice.create(ticker=SHARD2, price="0.050", exchange_index=-1).status_code == 201
    assert alice.create(ticker=SHARD2, price="0.050", exchange_index=2).status_code == 201
    wrong = alice.create(ticker=SHARD2, price="0.050", exchange_index=0)
    assert (wrong.status_code, wrong.json()["error"]["code"]) == (404, "market_not_found")


def _amend(alice: Member, order_id: str, **fields: Any) -> Any:
    body = {"ticker": SHARD2, "side": "bid", "price": "0.050", "count": "10"} | fields
    return alice.post(f"{ORDERS}/{order_id}/amend", body)


def test_a_price_only_amend_answers_just_the_order_id_and_ts_ms() -> None:
    _, alice, _ = sandbox()
    order_id = _rest_on_shard_2(alice)
    response = _amend(alice, order_id, price="0.060")
    assert response.status_code == 200
    assert response.json() == {"order_id": order_id, "ts_ms": 1_780_315_200_000}
    assert alice.get(f"/portfolio/orders/{order_id}").json()["order"]["yes_price_dollars"] == "0.0600"


def test_an_amend_that_changes_the_size_reports_the_counts() -> None:
    _, alice, _ = sandbox()
    order_id = _rest_on_shard_2(alice, client_order_id="a-1")
    body = _amend(alice, order_id, count="7", updated_client_order_id="a-2").json()
    assert body == {
        "order_id": order_id,
        "client_order_id": "a-2",
        "remaining_count": "7.00",
        "fill_count": "0.00",
        "ts_ms": 1_780_315_200_000,
    }


def test_an_amend_that_crosses_reports_what_it_filled() -> None:
    _, alice, _ = sandbox()
    order_id = _rest_on_shard_2(alice)
    body = _amend(alice, order_id, price="0.087", count="10").json()
    assert (body["fill_count"], body["remaining_count"], body["average_fill_price"]) == (
        "10.00",
        "0.00",
        "0.0870",
    )


def test_amend_sent_to_the_wrong_shard_is_not_found() -> None:
    _, alice, _ = sandbox()
    order_id = _rest_on_shard_2(alice)
    assert _amend(alice, order_id, price="0.060", exchange_index=0).status_code == 404


def test_an_expiry_only_amend_keeps_the_queue_position_and_zero_removes_the_expiry() -> None:
    exchange, alice, clock = sandbox()
    order_id = _rest_on_shard_2(alice, expiration_time=int(clock.now) + 600)
    place(exchange, MARKET_MAKER_ID, "bid", "0.050", 5, ticker=SHARD2)  # queues behind Alice
    later = int(clock.now) + 3600
    assert _amend(alice, order_id, expiration_time=later).json() == {
        "order_id": order_id,
        "ts_ms": 1_780_315_200_000,
    }
    positions = alice.get("/portfolio/orders/queue_positions", market_tickers=SHARD2).json()[
        "queue_positions"
    ]
    assert positions[0]["queue_position_fp"] == "0.00"  # still ahead of the 5 placed after it
    order = alice.get(f"/portfolio/orders/{order_id}").json()["order"]
    assert order["expiration_time"] == "2026-06-01T13:00:00.000000Z"
    _amend(alice, order_id, expiration_time=0)
    assert alice.get(f"/portfolio/orders/{order_id}").json()["order"]["expiration_time"] is None


def test_amend_takes_subaccount_as_a_query_parameter_only() -> None:
    _, alice, _ = sandbox()
    order_id = alice.create(price="0.40").json()["order_id"]
    body = {"ticker": MARKET, "side": "bid", "price": "0.41", "count": "1", "subaccount": 0}
    response = alice.post(f"{ORDERS}/{order_id}/amend", body)
    assert (response.status_code, response.json()["error"]["code"]) == (400, "invalid_parameters")


# -- order groups route by exchange_index ------------------------------------------------------------


def test_an_order_group_lives_on_one_shard() -> None:
    _, alice, _ = sandbox()
    created = alice.post(
        "/portfolio/order_groups/create", {"contracts_limit": 10, "exchange_index": 2}
    ).json()
    group_id = created["order_group_id"]
    assert (created["subaccount"], created["exchange_index"]) == (0, 2)
    assert alice.create(ticker=SHARD2, price="0.050", order_group_id=group_id).status_code == 201
    elsewhere = alice.create(price="0.40", order_group_id=group_id)  # KXDEMO-26-A is on shard 0
    assert elsewhere.status_code == 404
    assert alice.delete(f"/portfolio/order_groups/{group_id}").status_code == 404  # sent to shard 0
    assert alice.get(f"/portfolio/order_groups/{group_id}").json()["exchange_index"] == 2
    assert alice.delete(f"/portfolio/order_groups/{group_id}", exchange_index=2).status_code == 200
    assert alice.get(f"/portfolio/order_groups/{group_id}").status_code == 404


# -- subaccounts route too ---------------------------------------------------------------------------


def test_cancel_without_subaccount_means_subaccount_0() -> None:
    _, alice, _ = sandbox()
    order_id = alice.create(price="0.40", subaccount=1).json()["order_id"]
    assert alice.delete(f"{ORDERS}/{order_id}").status_code == 404
    assert alice.delete(f"{ORDERS}/{order_id}", subaccount=1).status_code == 200
