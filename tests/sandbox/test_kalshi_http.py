"""Sandbox portfolio endpoints over HTTP: status codes, error bodies, pagination, filters, legacy writes."""

from __future__ import annotations

import pytest

from ._kalshi_support import MARKET, add_member, sandbox

ORDERS = "/portfolio/events/orders"

# -- V2 create -----------------------------------------------------------------------------------------


def test_v2_create_answers_201_with_a_flat_summary() -> None:
    _, alice, _ = sandbox()
    response = alice.create(side="bid", price="0.5200", count="1.00", client_order_id="c-1")
    assert response.status_code == 201
    body = response.json()
    assert set(body) == {
        "order_id",
        "client_order_id",
        "fill_count",
        "remaining_count",
        "average_fill_price",
        "average_fee_paid",
        "ts_ms",
    }
    assert (body["fill_count"], body["remaining_count"]) == ("1.00", "0.00")
    assert (body["average_fill_price"], body["average_fee_paid"]) == ("0.5200", "0.0175")
    assert body["ts_ms"] == 1_780_315_200_000


def test_v2_create_that_rests_has_no_averages() -> None:
    _, alice, _ = sandbox()
    body = alice.create(price="0.40", count="10").json()
    assert (body["fill_count"], body["remaining_count"]) == ("0.00", "10.00")
    assert "average_fill_price" not in body


def test_self_trade_prevented_ioc_answers_201_with_zero_fill_and_zero_remaining() -> None:
    _, alice, _ = sandbox()
    resting = alice.create(side="ask", price="0.50", count="5").json()
    response = alice.create(side="bid", price="0.50", count="5", time_in_force="immediate_or_cancel")
    assert response.status_code == 201
    assert (response.json()["fill_count"], response.json()["remaining_count"]) == ("0.00", "0.00")
    assert alice.get(f"/portfolio/orders/{resting['order_id']}").json()["order"]["status"] == "resting"


@pytest.mark.parametrize("field", ["count", "price"])
def test_a_json_number_for_a_string_field_is_a_flat_bad_request(field: str) -> None:
    _, alice, _ = sandbox()
    response = alice.create(**{field: 1})
    assert response.status_code == 400
    body = response.json()
    assert (body["code"], body["message"]) == ("bad_request", "bad request")
    assert f".{field} of type string" in body["details"]


def test_malformed_json_is_a_flat_bad_request() -> None:
    _, alice, _ = sandbox()
    response = alice.post(ORDERS, content=b'{"ticker": ', headers={"content-type": "application/json"})
    assert response.status_code == 400
    assert set(response.json()) == {"code", "message", "details"}
    assert response.json()["code"] == "bad_request"


def test_a_missing_required_field_is_a_nested_invalid_parameters() -> None:
    _, alice, _ = sandbox()
    body = {
        "ticker": MARKET,
        "side": "bid",
        "count": "1",
        "price": "0.40",
        "time_in_force": "good_till_canceled",
    }
    response = alice.post(ORDERS, body)
    assert response.status_code == 400
    assert response.json()["error"]["code"] == "invalid_parameters"
    assert "self_trade_prevention_type" in response.json()["error"]["details"]


def test_an_unknown_field_is_refused() -> None:
    _, alice, _ = sandbox()
    response = alice.create(yes_price=40)
    assert (response.status_code, response.json()["error"]["code"]) == (400, "invalid_parameters")


def test_a_price_off_the_tick_is_invalid_price() -> None:
    _, alice, _ = sandbox()
    response = alice.create(price="0.5150")
    assert response.status_code == 400
    assert response.json()["error"]["code"] == "invalid_price"


def test_post_only_cross_answers_invalid_order_with_details() -> None:
    _, alice, _ = sandbox()
    response = alice.create(price="0.52", post_only=True)
    assert response.status_code == 400
    assert response.json() == {
        "error": {"code": "invalid_order", "message": "invalid order", "details": "post only cross"}
    }


def test_insufficient_balance_is_a_400() -> None:
    _, alice, _ = sandbox()
    response = alice.create(price="0.40", count="3000")
    assert response.status_code == 400
    assert response.json() == {"error": {"code": "insufficient_balance", "message": "insufficient balance"}}


def test_a_duplicate_client_order_id_is_a_409_even_after_cancel() -> None:
    _, alice, _ = sandbox()
    first = alice.create(client_order_id="c-1").json()
    alice.delete(f"{ORDERS}/{first['order_id']}")
    response = alice.create(client_order_id="c-1")
    assert response.status_code == 409
    assert response.json() == {"error": {"code": "order_already_exists", "message": "order already exists"}}


def test_an_unknown_market_is_a_404() -> None:
    _, alice, _ = sandbox()
    assert alice.create(ticker="KXNOPE-1").status_code == 404


# -- V2 cancel, amend, decrease, batch, cancel all -----------------------------------------------------


def test_v2_cancel_answers_reduced_by() -> None:
    _, alice, _ = sandbox()
    order = alice.create(count="7", client_order_id="c-1").json()
    body = alice.delete(f"{ORDERS}/{order['order_id']}").json()
    assert (body["order_id"], body["client_order_id"], body["reduced_by"]) == (
        order["order_id"],
        "c-1",
        "7.00",
    )
    assert isinstance(body["ts_ms"], int)


def test_cancelling_twice_is_a_404_not_found() -> None:
    _, alice, _ = sandbox()
    order = alice.create().json()
    alice.delete(f"{ORDERS}/{order['order_id']}")
    response = alice.delete(f"{ORDERS}/{order['order_id']}")
    assert (response.status_code, response.json()["error"]["code"]) == (404, "not_found")


def test_an_unknown_order_is_a_404() -> None:
    _, alice, _ = sandbox()
    response = alice.get("/portfolio/orders/00000000-0000-4000-8000-000000000000")
    assert (response.status_code, response.json()) == (
        404,
        {"error": {"code": "not_found", "message": "not found"}},
    )


def test_amend_changes_price_and_size() -> None:
    _, alice, _ = sandbox()
    order = alice.create(price="0.40", count="10", client_order_id="c-1").json()
    body = {
        "ticker": MARKET,
        "side": "bid",
        "price": "0.4100",
        "count": "6.00",
        "updated_client_order_id": "c-2",
    }
    response = alice.post(f"{ORDERS}/{order['order_id']}/amend", body)
    assert response.status_code == 200
    assert (response.json()["client_order_id"], response.json()["remaining_count"]) == ("c-2", "6.00")
    detail = alice.get(f"/portfolio/orders/{order['order_id']}").json()["order"]
    assert (detail["yes_price_dollars"], detail["remaining_count_fp"]) == ("0.4100", "6.00")


def test_amend_with_the_wrong_side_is_refused() -> None:
    _, alice, _ = sandbox()
    order = alice.create(price="0.40").json()
    body = {"ticker": MARKET, "side": "ask", "price": "0.41", "count": "1"}
    assert alice.post(f"{ORDERS}/{order['order_id']}/amend", body).status_code == 400


def test_decrease_answers_the_remaining_count_and_no_reduced_by() -> None:
    _, alice, _ = sandbox()
    order = alice.create(count="10").json()
    body = alice.post(f"{ORDERS}/{order['order_id']}/decrease", {"reduce_by": "3"}).json()
    assert set(body) == {"order_id", "remaining_count", "ts_ms"}
    assert body["remaining_count"] == "7.00"


def test_batch_create_reports_each_order_on_its_own() -> None:
    _, alice, _ = sandbox()
    good = {"ticker": MARKET, "side": "bid", "count": "1", "price": "0.40", "client_order_id": "b-1"}
    common = {"time_in_force": "good_till_canceled", "self_trade_prevention_type": "taker_at_cross"}
    bad = good | {"price": "0.405", "client_order_id": "b-2"}
    response = alice.post(f"{ORDERS}/batched", {"orders": [good | common, bad | common]})
    assert response.status_code == 201
    first, second = response.json()["orders"]
    assert (first["client_order_id"], first["error"], first["remaining_count"]) == ("b-1", None, "1.00")
    assert (second["client_order_id"], second["error"]["code"]) == ("b-2", "invalid_price")


def test_batch_cancel_reports_each_order_on_its_own() -> None:
    _, alice, _ = sandbox()
    order = alice.create(count="2").json()
    response = alice.delete(
        f"{ORDERS}/batched", {"orders": [{"order_id": order["order_id"]}, {"order_id": "nope"}]}
    )
    first, second = response.json()["orders"]
    assert (first["order_id"], first["reduced_by"]) == (order["order_id"], "2.00")
    assert (second["order_id"], second["reduced_by"], second["error"]["code"]) == (
        "nope",
        "0.00",
        "not_found",
    )


def test_cancel_all_answers_204_and_cancels_every_resting_order() -> None:
    _, alice, _ = sandbox()
    alice.create(price="0.40")
    alice.create(price="0.41")
    response = alice.delete(ORDERS)
    assert (response.status_code, response.content) == (204, b"")
    assert alice.get("/portfolio/orders", status="resting").json()["orders"] == []


# -- order groups over HTTP ------------------------------------------------------------------------------


def test_order_group_lifecycle_over_http() -> None:
    _, alice, _ = sandbox()
    created = alice.post("/portfolio/order_groups/create", {"contracts_limit_fp": "2.00"})
    assert created.status_code == 201
    group_id = created.json()["order_group_id"]
    assert created.json() == {"order_group_id": group_id, "subaccount": 0, "exchange_index": 0}
    order = alice.create(price="0.40", order_group_id=group_id).json()
    assert alice.get(f"/portfolio/order_groups/{group_id}").json() == {
        "is_auto_cancel_enabled": True,
        "orders": [order["order_id"]],
        "contracts_limit_fp": "2.00",
        "exchange_index": 0,
    }
    assert alice.get("/portfolio/order_groups").json()["order_groups"][0]["id"] == group_id
    assert (
        alice.put(f"/portfolio/order_groups/{group_id}/reset").json(),
        alice.delete(f"/portfolio/order_groups/{group_id}").json(),
    ) == ({}, {})
    assert alice.get(f"/portfolio/order_groups/{group_id}").status_code == 404


def test_order_group_create_needs_a_limit_and_both_forms_must_match() -> None:
    _, alice, _ = sandbox()
    create = "/portfolio/order_groups/create"
    assert alice.post(create, {"contracts_limit": 2, "contracts_limit_fp": "2.00"}).status_code == 201
    assert alice.post(create, {"contracts_limit": 2, "contracts_limit_fp": "3.00"}).status_code == 400
    assert alice.post(create, {}).status_code == 400


# -- reads: pagination and filters -----------------------------------------------------------------------


def _five_orders(alice: object) -> list[str]:
    assert hasattr(alice, "create")
    return [alice.create(price=f"0.4{i}").json()["order_id"] for i in range(5)]


def test_pages_follow_the_cursor_and_end_with_an_empty_cursor() -> None:
    _, alice, _ = sandbox()
    ids = _five_orders(alice)
    seen: list[str] = []
    cursor = None
    for _ in range(3):
        params = {"limit": 2} | ({"cursor": cursor} if cursor else {})
        page = alice.get("/portfolio/orders", **params).json()
        seen += [o["order_id"] for o in page["orders"]]
        cursor = page["cursor"]
    assert seen == list(reversed(ids))
    assert cursor == ""


def test_a_page_that_reaches_the_end_exactly_has_an_empty_cursor() -> None:
    _, alice, _ = sandbox()
    _five_orders(alice)
    assert alice.get("/portfolio/orders", limit=5).json()["cursor"] == ""


def test_a_garbage_cursor_answers_200_with_nothing() -> None:
    _, alice, _ = sandbox()
    _five_orders(alice)
    response = alice.get("/portfolio/orders", cursor="garbage")
    assert (response.status_code, response.json()) == (200, {"cursor": "", "orders": []})


@pytest.mark.parametrize("limit", ["1001", "0", "ten"])
def test_a_limit_outside_1_to_1000_is_a_bare_400(limit: str) -> None:
    _, alice, _ = sandbox()
    response = alice.get("/portfolio/fills", limit=limit)
    assert response.status_code == 400
    assert set(response.json()) == {"msg"}


def test_limit_1000_is_accepted() -> None:
    _, alice, _ = sandbox()
    assert alice.get("/portfolio/settlements", limit=1000).status_code == 200


def test_orders_filter_by_status_and_ticker() -> None:
    _, alice, _ = sandbox()
    alice.create(price="0.40")
    alice.create(price="0.52")
    alice.create(price="0.20", ticker="KXDEMO-26-B")
    resting_a = alice.get("/portfolio/orders", status="resting", ticker=MARKET).json()["orders"]
    assert [o["yes_price_dollars"] for o in resting_a] == ["0.4000"]


def test_orders_filter_by_event_ticker_list() -> None:
    _, alice, _ = sandbox()
    alice.create(price="0.40")
    alice.create(price="0.90", ticker="KXRAIN-26NOV-T60")
    orders = alice.get("/portfolio/orders", event_ticker="KXRAIN-26NOV,KXOTHER").json()["orders"]
    assert [o["ticker"] for o in orders] == ["KXRAIN-26NOV-T60"]


def test_fills_filter_by_order_id() -> None:
    _, alice, _ = sandbox()
    first = alice.create(price="0.52", time_in_force="immediate_or_cancel").json()
    alice.create(price="0.52", time_in_force="immediate_or_cancel")
    fills = alice.get("/portfolio/fills", order_id=first["order_id"]).json()["fills"]
    assert [f["order_id"] for f in fills] == [first["order_id"]]


def test_fills_filter_by_time_window() -> None:
    _, alice, clock = sandbox()
    alice.create(price="0.52", time_in_force="immediate_or_cancel")
    clock.advance(100)
    alice.create(price="0.52", time_in_force="immediate_or_cancel")
    fills = alice.get("/portfolio/fills", min_ts=int(clock.now) - 10).json()["fills"]
    assert len(fills) == 1


def test_positions_default_to_unsettled_markets() -> None:
    exchange, alice, _ = sandbox()
    alice.create(price="0.52", time_in_force="immediate_or_cancel")
    alice.create(price="0.34", ticker="KXDEMO-26-B", time_in_force="immediate_or_cancel")
    exchange.settle_market("KXDEMO-26-B", "yes")
    default = alice.get("/portfolio/positions").json()["market_positions"]
    settled = alice.get("/portfolio/positions", settlement_status="settled").json()["market_positions"]
    assert ([p["ticker"] for p in default], [p["ticker"] for p in settled]) == ([MARKET], ["KXDEMO-26-B"])


def test_positions_count_filter_drops_flat_markets() -> None:
    _, alice, _ = sandbox()
    alice.create(price="0.40")  # resting only: no position
    assert alice.get("/portfolio/positions", count_filter="position").json()["market_positions"] == []
    alice.create(price="0.52", count="2", time_in_force="immediate_or_cancel")
    listed = alice.get("/portfolio/positions", count_filter="total_traded").json()["market_positions"]
    assert [p["ticker"] for p in listed] == [MARKET]
    # The official schema accepts only position and total_traded.
    assert set(alice.get("/portfolio/positions", count_filter="resting_order_count").json()) == {"msg"}


def test_queue_positions_report_contracts_ahead() -> None:
    exchange, alice, _ = sandbox()
    bob = add_member(exchange, alice, "bob")
    bob.create(price="0.48", count="7")
    order = alice.create(price="0.48", count="3").json()
    body = alice.get("/portfolio/orders/queue_positions", market_tickers=MARKET).json()
    assert body == {
        "queue_positions": [
            {"market_ticker": MARKET, "order_id": order["order_id"], "queue_position_fp": "107.00"}
        ]
    }


def test_members_see_only_their_own_orders() -> None:
    exchange, alice, _ = sandbox()
    bob = add_member(exchange, alice, "bob")
    order = bob.create().json()
    assert alice.get("/portfolio/orders").json()["orders"] == []
    assert alice.get(f"/portfolio/orders/{order['order_id']}").status_code == 404


def test_a_subaccount_that_does_not_exist_is_refused() -> None:
    _, alice, _ = sandbox()
    response = alice.get("/portfolio/balance", subaccount=3)
    assert (response.status_code, response.json()["error"]["code"]) == (400, "invalid_parameters")


def test_an_unknown_path_is_a_nested_404() -> None:
    _, alice, _ = sandbox()
    response = alice.get("/portfolio/nothing-here")
    assert (response.status_code, response.json()["error"]["code"]) == (404, "not_found")


# -- legacy writes ----------------------------------------------------------------------------------------


LEGACY = {
    "ticker": MARKET,
    "side": "yes",
    "action": "buy",
    "count": 1,
    "type": "limit",
    "yes_price_dollars": "0.0200",
}


@pytest.mark.parametrize(
    ("method", "path", "body"),
    [
        ("POST", "/portfolio/orders", LEGACY),
        ("POST", "/portfolio/orders/batched", {"orders": [LEGACY]}),
        ("DELETE", "/portfolio/orders/batched", {"ids": ["x"]}),
        ("DELETE", "/portfolio/orders/some-order", None),
    ],
)
def test_legacy_writes_answer_410_on_the_2026_wire(method: str, path: str, body: object) -> None:
    _, alice, _ = sandbox()
    response = alice.request(method, path, json=body)
    assert response.status_code == 410
    assert response.json()["error"]["code"] == "deprecated_v1_order_endpoint"


def test_legacy_create_works_on_the_2025_wire() -> None:
    _, alice, _ = sandbox(era="2025")
    response = alice.post("/portfolio/orders", LEGACY | {"client_order_id": "vcr-1"})
    assert response.status_code == 201
    order = response.json()["order"]
    assert (order["status"], order["yes_price"], order["no_price"], order["side"]) == (
        "resting",
        2,
        98,
        "yes",
    )


def test_legacy_buy_no_maps_to_an_ask_on_the_yes_book() -> None:
    exchange, alice, _ = sandbox(era="2025")
    body = {"ticker": MARKET, "side": "no", "action": "buy", "count": 2, "no_price": 52}
    order = alice.post("/portfolio/orders", body).json()["order"]
    assert (order["status"], order["fill_count"], order["yes_price"]) == ("executed", 2, 48)
    assert exchange.position("alice", MARKET).net == -2


def test_legacy_cancel_works_on_the_2025_wire() -> None:
    _, alice, _ = sandbox(era="2025")
    order = alice.post("/portfolio/orders", LEGACY).json()["order"]
    body = alice.delete(f"/portfolio/orders/{order['order_id']}").json()
    assert (body["order"]["status"], body["order"]["remaining_count"], body["reduced_by"]) == (
        "canceled",
        0,
        1,
    )


def test_legacy_batch_create_and_cancel_work_on_the_2025_wire() -> None:
    _, alice, _ = sandbox(era="2025")
    created = alice.post("/portfolio/orders/batched", {"orders": [LEGACY, LEGACY | {"yes_price": 3}]})
    first, second = created.json()["orders"]
    assert (first["error"], first["order"]["status"]) == (None, "resting")
    assert (second["order"], second["error"]["code"]) == (None, "invalid_parameters")
    cancelled = alice.delete("/portfolio/orders/batched", {"ids": [first["order"]["order_id"]]}).json()
    assert (cancelled["orders"][0]["reduced_by"], cancelled["orders"][0]["order"]["status"]) == (
        1,
        "canceled",
    )


def test_switching_the_wire_era_through_admin_enables_legacy_writes() -> None:
    _, alice, _ = sandbox()
    assert alice.client.post("/_admin/wire_era", json={"wire_era": "2025"}).json() == {"wire_era": "2025"}
    assert alice.post("/portfolio/orders", LEGACY).status_code == 201


# -- admin ------------------------------------------------------------------------------------------------


def test_admin_settle_pays_out_and_shows_in_settlements() -> None:
    _, alice, _ = sandbox()
    alice.create(price="0.52", count="10", time_in_force="immediate_or_cancel")
    response = alice.client.post(f"/_admin/markets/{MARKET}/settle", json={"result": "yes"})
    assert response.json()["settlements"] == 2  # Alice and the market maker
    settlement = alice.get("/portfolio/settlements").json()["settlements"][0]
    assert (settlement["revenue"], settlement["value"], settlement["yes_count_fp"]) == (1000, 100, "10.00")


def test_admin_reset_restores_the_seeded_book_and_keeps_keys() -> None:
    _, alice, _ = sandbox()
    alice.create(price="0.52", count="100", time_in_force="immediate_or_cancel")
    assert alice.client.post("/_admin/reset").status_code == 200
    assert alice.client.get(f"/_admin/markets/{MARKET}/book").json()["asks"][0] == ["0.52", "100.00"]
    assert alice.get("/portfolio/balance").json()["balance"] == 100_000


def test_admin_quote_adds_market_maker_liquidity() -> None:
    _, alice, _ = sandbox()
    alice.client.post(f"/_admin/markets/{MARKET}/quote", json={"side": "ask", "price": "0.50", "count": "5"})
    body = alice.create(price="0.50", count="5", time_in_force="immediate_or_cancel").json()
    assert body["fill_count"] == "5.00"
