"""Every V2 reply of the sandbox parses with Kalshi's official SDK model for it (when the SDK is unpacked; see
`_sdk_oracle`): the sandbox must not drift into our client's idea of the API."""

from __future__ import annotations

from . import _sdk_oracle
from ._kalshi_support import MARKET, sandbox

ORDERS = "/portfolio/events/orders"


def _v2(**fields: str) -> dict[str, str]:
    return {
        "ticker": MARKET,
        "side": "bid",
        "count": "2",
        "price": "0.40",
        "time_in_force": "good_till_canceled",
        "self_trade_prevention_type": "taker_at_cross",
    } | fields


def test_every_v2_write_reply_parses_with_the_official_model() -> None:
    _sdk_oracle.require()
    exchange, alice, _ = sandbox()
    created = alice.post(ORDERS, _v2(client_order_id="sdk-1"))
    _sdk_oracle.conforms("CreateOrderV2Response", created.json())
    taken = alice.post(ORDERS, _v2(price="0.52", time_in_force="immediate_or_cancel"))
    _sdk_oracle.conforms("CreateOrderV2Response", taken.json())
    order_id = created.json()["order_id"]

    amended = alice.post(
        f"{ORDERS}/{order_id}/amend", {"ticker": MARKET, "side": "bid", "price": "0.41", "count": "2"}
    )
    _sdk_oracle.conforms("AmendOrderV2Response", amended.json())
    decreased = alice.post(f"{ORDERS}/{order_id}/decrease", {"reduce_by": "1", "market_ticker": MARKET})
    _sdk_oracle.conforms("DecreaseOrderV2Response", decreased.json())
    cancelled = alice.delete(f"{ORDERS}/{order_id}", market_ticker=MARKET)
    _sdk_oracle.conforms("CancelOrderV2Response", cancelled.json())

    batch = alice.post(f"{ORDERS}/batched", {"orders": [_v2(price="0.30"), _v2(price="0.305")]})
    _sdk_oracle.conforms("BatchCreateOrdersV2Response", batch.json())
    ids = [o["order_id"] for o in batch.json()["orders"] if o.get("order_id")]
    batch_cancel = alice.delete(f"{ORDERS}/batched", {"orders": [{"order_id": i} for i in [*ids, "nope"]]})
    _sdk_oracle.conforms("BatchCancelOrdersV2Response", batch_cancel.json())

    exchange.settle_market(MARKET, "yes")
    for path, model in [
        ("/portfolio/orders", "GetOrdersResponse"),
        ("/portfolio/fills", "GetFillsResponse"),
        ("/portfolio/balance", "GetBalanceResponse"),
        ("/portfolio/settlements", "GetSettlementsResponse"),
    ]:
        _sdk_oracle.conforms(model, alice.get(path).json())
    _sdk_oracle.conforms(
        "GetPositionsResponse", alice.get("/portfolio/positions", settlement_status="all").json()
    )
