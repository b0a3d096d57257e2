"""Money is held per shard (and per subaccount): `balance_breakdown`, the `exchange_index` filter, moving cash
with `POST /portfolio/intra_exchange_instance_transfer`, and 404 `user_not_found` on a shard without an
account."""

from __future__ import annotations

import uuid

from . import _sdk_oracle
from ._kalshi_support import sandbox

SHARD3 = "KXWTI-26DEC31-T80"
TRANSFER = "/portfolio/intra_exchange_instance_transfer"


def _transfer(**fields: object) -> dict[str, object]:
    return {"source": "event_contract", "destination": "event_contract"} | fields


def test_a_new_member_has_money_on_shards_0_to_2() -> None:
    _, alice, _ = sandbox()
    response = alice.get("/portfolio/balance")
    body = response.json()
    assert (body["balance"], body["balance_dollars"], body["portfolio_value"]) == (100_000, "1000.0000", 0)
    assert body["balance_breakdown"] == [
        {"exchange_index": 0, "balance": "700.0000"},
        {"exchange_index": 1, "balance": "200.0000"},
        {"exchange_index": 2, "balance": "100.0000"},
    ]
    _sdk_oracle.conforms("GetBalanceResponse", body)


def test_the_exchange_index_filter_scopes_balance_and_portfolio_value() -> None:
    _, alice, _ = sandbox()
    alice.create(ticker="KXRAIN-26NOV-T60", price="0.98", count="10", time_in_force="immediate_or_cancel")
    shard1 = alice.get("/portfolio/balance", exchange_index=1).json()
    shard0 = alice.get("/portfolio/balance", exchange_index=0).json()
    # 10 × 0.98 + fee 0.07 × 10 × 0.98 × 0.02 = 0.01372 → 0.0138
    assert (shard1["balance_dollars"], shard1["portfolio_value"]) == ("190.1862", 980)
    assert (shard0["balance_dollars"], shard0["portfolio_value"]) == ("700.0000", 0)
    assert alice.get("/portfolio/balance").json()["balance_dollars"] == "990.1862"
    assert set(alice.get("/portfolio/balance", exchange_index=9).json()) == {"msg"}


def test_resting_orders_hold_money_on_their_own_shard_only() -> None:
    _, alice, _ = sandbox()
    alice.create(ticker="KXDEMO15M-26DEC011230-30", price="0.050", count="100")
    breakdown = alice.get("/portfolio/balance").json()["balance_breakdown"]
    assert breakdown[2] == {"exchange_index": 2, "balance": "95.0000"}
    assert breakdown[0]["balance"] == "700.0000"


def test_an_order_beyond_its_shards_money_is_insufficient_even_if_others_have_plenty() -> None:
    _, alice, _ = sandbox()
    response = alice.create(ticker="KXDEMO15M-26DEC011230-30", price="0.050", count="2500")  # $125 > $100
    assert (response.status_code, response.json()["error"]["code"]) == (400, "insufficient_balance")


def test_an_order_on_a_shard_without_an_account_is_404_user_not_found() -> None:
    _, alice, _ = sandbox()
    response = alice.create(ticker=SHARD3, price="0.40")
    assert response.status_code == 404
    error = response.json()["error"]
    assert (error["code"], error["message"]) == ("user_not_found", "Exchange user not found")


def test_a_transfer_moves_money_between_shards_and_opens_the_account() -> None:
    _, alice, _ = sandbox()
    body = _transfer(
        amount=250_000, source_exchange_shard=0, destination_exchange_shard=3
    )  # $25 in centicents
    response = alice.post(TRANSFER, body)
    assert response.status_code == 200
    assert set(response.json()) == {"transfer_id"}
    _sdk_oracle.conforms("IntraExchangeInstanceTransferResponse", response.json())
    breakdown = alice.get("/portfolio/balance").json()["balance_breakdown"]
    assert {row["exchange_index"]: row["balance"] for row in breakdown} == {
        0: "675.0000",
        1: "200.0000",
        2: "100.0000",
        3: "25.0000",
    }
    assert alice.create(ticker=SHARD3, price="0.40", count="10").status_code == 201
    listed = alice.get("/portfolio/intra_exchange_instance_transfers").json()["transfers"]
    assert (listed[0]["amount"], listed[0]["destination_exchange_shard"], listed[0]["status"]) == (
        "25.0000",
        3,
        "complete",
    )
    one = alice.get(f"/portfolio/intra_exchange_instance_transfers/{response.json()['transfer_id']}")
    _sdk_oracle.conforms("GetIntraExchangeInstanceTransferResponse", one.json())


def test_a_transfer_between_subaccounts_on_one_shard() -> None:
    _, alice, _ = sandbox()
    response = alice.post(TRANSFER, _transfer(amount=100_000, destination_subaccount=1))
    assert response.status_code == 200
    assert alice.get("/portfolio/balance", subaccount=1).json()["balance_dollars"] == "110.0000"
    assert alice.get("/portfolio/balance").json()["balance_dollars"] == "990.0000"


def test_a_transfer_cannot_spend_money_held_by_resting_orders() -> None:
    _, alice, _ = sandbox()
    alice.create(
        ticker="KXDEMO15M-26DEC011230-30", price="0.050", count="1000"
    )  # holds $50 of shard 2's $100
    response = alice.post(TRANSFER, _transfer(amount=600_000, source_exchange_shard=2))
    assert (response.status_code, response.json()["error"]["code"]) == (400, "insufficient_balance")
    assert alice.post(TRANSFER, _transfer(amount=500_000, source_exchange_shard=2)).status_code == 200


def test_a_client_transfer_id_makes_a_repeat_idempotent() -> None:
    _, alice, _ = sandbox()
    body = _transfer(amount=10_000, destination_exchange_shard=1, client_transfer_id=str(uuid.uuid4()))
    first, again = alice.post(TRANSFER, body).json(), alice.post(TRANSFER, body).json()
    assert first == again
    assert alice.get("/portfolio/balance", exchange_index=1).json()["balance_dollars"] == "201.0000"
    changed = alice.post(TRANSFER, body | {"amount": 20_000})
    assert changed.status_code == 409


def test_transfer_validation() -> None:
    _, alice, _ = sandbox()
    same = alice.post(TRANSFER, _transfer(amount=1))
    assert (same.status_code, same.json()["error"]["code"]) == (400, "invalid_parameters")
    margined = alice.post(TRANSFER, _transfer(amount=1, destination="margined", destination_exchange_shard=1))
    assert margined.status_code == 400
    assert alice.post(TRANSFER, _transfer(amount=0, destination_exchange_shard=1)).status_code == 400
    number_as_string = alice.post(TRANSFER, _transfer(amount="1", destination_exchange_shard=1))
    assert number_as_string.json()["code"] == "bad_request"  # flat: a JSON type Go cannot decode
    from_nowhere = alice.post(TRANSFER, _transfer(amount=1, source_exchange_shard=3))
    assert (from_nowhere.status_code, from_nowhere.json()["error"]["code"]) == (404, "user_not_found")
