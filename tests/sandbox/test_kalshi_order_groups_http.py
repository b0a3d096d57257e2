"""Order groups over HTTP: the rolling 15-second contracts window, trigger and limit, the list that may omit
`order_groups`, and groups that belong to one subaccount and one shard."""

from __future__ import annotations

from . import _sdk_oracle
from ._kalshi_support import MARKET, Member, sandbox

GROUPS = "/portfolio/order_groups"


def _group(alice: Member, **body: object) -> str:
    response = alice.post(f"{GROUPS}/create", {"contracts_limit": 5} | body)
    assert response.status_code == 201, response.text
    _sdk_oracle.conforms("CreateOrderGroupResponse", response.json())
    return str(response.json()["order_group_id"])


def _take(alice: Member, group_id: str, count: str) -> dict[str, object]:
    body = alice.create(
        price="0.52", count=count, time_in_force="immediate_or_cancel", order_group_id=group_id
    )
    return dict(body.json())


def test_the_limit_counts_contracts_matched_over_a_rolling_15_seconds() -> None:
    _, alice, clock = sandbox()
    group_id = _group(alice)
    assert _take(alice, group_id, "4")["fill_count"] == "4.00"
    clock.advance(10)
    assert _take(alice, group_id, "1")["fill_count"] == "1.00"  # 5 in the window: the limit is reached
    refused = alice.create(price="0.40", order_group_id=group_id)
    assert (refused.status_code, refused.json()["error"]["code"]) == (400, "invalid_order")
    assert alice.put(f"{GROUPS}/{group_id}/reset").status_code == 200  # the counter starts again from zero
    assert _take(alice, group_id, "4")["fill_count"] == "4.00"
    clock.advance(6)  # 16 s after the first fills: only the 4 just taken are in the window
    assert _take(alice, group_id, "1")["fill_count"] == "1.00"
    assert alice.create(price="0.40", order_group_id=group_id).status_code == 400  # 5 within 15 s: triggered


def test_fills_beyond_the_window_do_not_count() -> None:
    _, alice, clock = sandbox()
    group_id = _group(alice)
    _take(alice, group_id, "4")
    clock.advance(16)
    assert _take(alice, group_id, "4")["fill_count"] == "4.00"
    assert alice.create(price="0.40", order_group_id=group_id).status_code == 201  # not triggered


def test_trigger_cancels_the_groups_orders_now_and_blocks_new_ones() -> None:
    _, alice, _ = sandbox()
    group_id = _group(alice)
    order_id = alice.create(price="0.40", order_group_id=group_id).json()["order_id"]
    other = alice.create(price="0.41").json()["order_id"]
    response = alice.put(f"{GROUPS}/{group_id}/trigger")
    assert (response.status_code, response.json()) == (200, {})
    statuses = [alice.get(f"/portfolio/orders/{oid}").json()["order"]["status"] for oid in (order_id, other)]
    assert statuses == ["canceled", "resting"]
    assert alice.create(price="0.40", order_group_id=group_id).status_code == 400
    alice.put(f"{GROUPS}/{group_id}/reset")
    assert alice.create(price="0.40", order_group_id=group_id).status_code == 201


def test_a_new_limit_the_window_already_reached_triggers_the_group() -> None:
    _, alice, _ = sandbox()
    group_id = _group(alice, contracts_limit=10)
    _take(alice, group_id, "4")
    resting = alice.create(price="0.40", order_group_id=group_id).json()["order_id"]
    assert alice.put(f"{GROUPS}/{group_id}/limit", {"contracts_limit_fp": "12.00"}).status_code == 200
    assert alice.get(f"{GROUPS}/{group_id}").json()["contracts_limit_fp"] == "12.00"
    assert alice.put(f"{GROUPS}/{group_id}/limit", {"contracts_limit": 3}).status_code == 200
    assert alice.get(f"/portfolio/orders/{resting}").json()["order"]["status"] == "canceled"
    assert alice.create(price="0.40", order_group_id=group_id).json()["error"]["code"] == "invalid_order"


def test_the_limit_body_needs_a_limit() -> None:
    _, alice, _ = sandbox()
    group_id = _group(alice)
    assert alice.put(f"{GROUPS}/{group_id}/limit", {}).status_code == 400
    assert alice.put(f"{GROUPS}/{group_id}/limit", {"contracts_limit": 0}).status_code == 400


def test_the_list_may_omit_order_groups_when_there_are_none() -> None:
    _, alice, _ = sandbox()
    assert alice.get(GROUPS).json() == {}
    _sdk_oracle.conforms("GetOrderGroupsResponse", alice.get(GROUPS).json())
    group_id = _group(alice)
    listed = alice.get(GROUPS).json()
    assert listed == {
        "order_groups": [
            {
                "id": group_id,
                "is_auto_cancel_enabled": True,
                "contracts_limit_fp": "5.00",
                "exchange_index": 0,
            }
        ]
    }
    _sdk_oracle.conforms("GetOrderGroupsResponse", listed)
    _sdk_oracle.conforms("GetOrderGroupResponse", alice.get(f"{GROUPS}/{group_id}").json())


def test_a_group_belongs_to_one_subaccount() -> None:
    _, alice, _ = sandbox()
    group_id = _group(alice, subaccount=1)
    assert alice.create(price="0.40", order_group_id=group_id).status_code == 404  # subaccount 0's order
    assert alice.create(price="0.40", order_group_id=group_id, subaccount=1).status_code == 201
    assert [g["id"] for g in alice.get(GROUPS).json()["order_groups"]] == [
        group_id
    ]  # absent: all subaccounts
    assert alice.get(GROUPS, subaccount=0).json() == {}
    assert alice.put(f"{GROUPS}/{group_id}/trigger").status_code == 404  # writes default to subaccount 0
    assert alice.put(f"{GROUPS}/{group_id}/trigger", subaccount=1).status_code == 200


def test_group_writes_go_to_exchange_index_0_unless_told() -> None:
    _, alice, _ = sandbox()
    group_id = _group(alice, exchange_index=1)
    for action in ("reset", "trigger"):
        assert alice.put(f"{GROUPS}/{group_id}/{action}").status_code == 404
        assert alice.put(f"{GROUPS}/{group_id}/{action}", exchange_index=1).status_code == 200
    assert alice.put(f"{GROUPS}/{group_id}/limit", {"contracts_limit": 2}).status_code == 404
    assert (
        alice.put(f"{GROUPS}/{group_id}/limit", {"contracts_limit": 2}, exchange_index=1).status_code == 200
    )
    assert alice.create(ticker=MARKET, price="0.40", order_group_id=group_id).status_code == 404
