"""The SDK oracle (tests/oracle/): what it catches, and the recorded cassettes judged by it.

Why it exists: the spec, our client, the Kalshi sandbox and these tests were all written from one reading
of Kalshi's API, so they could share a mistake and every test would pass (the retired `{"ids": [...]}`
batch cancel did). Kalshi's own generated SDK (kalshi-python-sync 3.34.0, fetched and hash-checked into
.cache/ by scripts/fetch_kalshi_sdk.py) is a party none of them wrote; tests/conftest.py lets it judge the
live traffic of every test, and the cassette test below judges what was recorded. The first tests here
pin what it catches, with inputs made up for the purpose, so a silent oracle cannot pass for a clean wire.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest
import yaml
from oracle import kalshi_sdk
from oracle.hooks import COLLECTOR
from oracle.kalshi_sdk import Sdk, Violation
from oracle.traffic import check_request, check_response

ROOT = Path(__file__).resolve().parents[1]
CASSETTES = sorted((ROOT / "cassettes" / "kalshi").glob("*.yaml")) + sorted(
    (ROOT / "cassettes" / "mcp").glob("*.yaml")
)


@pytest.fixture(scope="module")
def sdk() -> Sdk:
    try:
        return kalshi_sdk.load()
    except Exception as exc:
        pytest.fail(f"the pinned Kalshi SDK is unavailable (run scripts/fetch_kalshi_sdk.py): {exc}")


def _where(found: list[Violation]) -> set[tuple[str, str]]:
    return {(v.where, v.reason) for v in found}


def test_the_pinned_sdk_is_read(sdk: Sdk) -> None:
    assert sdk.version == "3.34.0"
    op, params = sdk.index.match("DELETE", "/kalshi/trade-api/v2/portfolio/events/orders/abc") or (None, {})
    assert op is not None and op.name == "cancel_order_v2" and params == {"order_id": "abc"}
    assert set(op.query()) == {"subaccount", "exchange_index", "market_ticker"}
    batched = sdk.index.match("DELETE", "/portfolio/events/orders/batched")
    assert batched is not None and batched[0].body_model == "BatchCancelOrdersV2Request"


def test_a_retired_batch_cancel_body_fails(sdk: Sdk) -> None:
    found = check_request(
        sdk, "DELETE", "/trade-api/v2/portfolio/events/orders/batched", "", b'{"ids": ["a"]}'
    )
    assert ("body /ids", "unknown field: BatchCancelOrdersV2Request has no 'ids'") in _where(found)
    assert ("body /orders", "required by the SDK, absent") in _where(found)
    ok = check_request(
        sdk, "DELETE", "/trade-api/v2/portfolio/events/orders/batched", "",
        json.dumps({"orders": [{"order_id": "a", "market_ticker": "KXDEMO-26-A"}]}),
    )  # fmt: skip
    assert ok == []


def test_unknown_keys_fail_at_any_depth(sdk: Sdk) -> None:
    body = {"orders": [{"order_id": "a", "brand_new": 1}]}
    found = check_request(sdk, "DELETE", "/portfolio/events/orders/batched", "", json.dumps(body))
    assert _where(found) == {
        (
            "body /orders/0/brand_new",
            "unknown field: BatchCancelOrdersV2RequestOrdersInner has no 'brand_new'",
        )
    }


def test_query_names_types_and_required_parameters(sdk: Sdk) -> None:
    path = "/trade-api/v2/portfolio/orders"
    assert check_request(sdk, "GET", path, "limit=20&status=resting&subaccount=0", None) == []
    found = check_request(sdk, "GET", path, "limit=many&shard=2", None)
    assert {w for w, _ in _where(found)} == {"query limit", "query shard"}
    assert check_request(sdk, "GET", path, "limit=5000", None)  # le=1000
    market = check_request(sdk, "GET", "/trade-api/v2/markets/candlesticks", "start_ts=1", None)
    assert {w for w, r in _where(market) if r == "required by the SDK, absent"} == {
        "query market_tickers", "query end_ts", "query period_interval",
    }  # fmt: skip


def test_request_grammar_and_types_come_from_the_sdk(sdk: Sdk) -> None:
    order = {"ticker": "T", "side": "bid", "count": "2.500", "price": "0.5", "time_in_force": "good_till_canceled",
             "self_trade_prevention_type": "taker_at_cross"}  # fmt: skip
    found = check_request(sdk, "POST", "/trade-api/v2/portfolio/events/orders", "", json.dumps(order))
    assert {w for w, _ in _where(found)} == {"body /count", "body /price"}
    found = check_request(
        sdk, "POST", "/trade-api/v2/portfolio/events/orders", "", json.dumps({**order, "count": 2})
    )
    assert "body /count" in {w for w, _ in _where(found)}
    assert check_request(sdk, "GET", "/trade-api/v2/portfolio/balance", "", b'{"x": 1}')  # no body defined
    found = check_request(
        sdk,
        "POST",
        "/trade-api/v2/portfolio/events/orders",
        "",
        json.dumps({**order, "count": "2", "price": "0.50", "expiration_time": None}),
    )
    assert _where(found) == {
        ("body /expiration_time", "null, but the SDK's field is not nullable (the SDK omits it)")
    }


def test_responses_unknown_keys_statuses_and_error_shapes(sdk: Sdk) -> None:
    balance = "/trade-api/v2/portfolio/balance"
    good = {"balance": 100, "balance_dollars": "1.0000", "portfolio_value": 0, "updated_ts": 1}
    assert check_response(sdk, "GET", balance, 200, json.dumps(good)) == []
    found = check_response(sdk, "GET", balance, 200, json.dumps({**good, "invented": True}))
    assert _where(found) == {("body /invented", "unknown field: GetBalanceResponse has no 'invented'")}
    assert check_response(sdk, "GET", balance, 201, json.dumps(good))  # not a status of this operation
    assert check_response(sdk, "DELETE", "/trade-api/v2/portfolio/events/orders", 204, b"") == []
    assert check_response(sdk, "DELETE", "/trade-api/v2/portfolio/events/orders", 204, b"{}")
    for error in (
        {"error": {"code": "not_found", "message": "not found", "service": "exchange"}},
        {"code": "bad_request", "message": "bad request", "details": "x"},
        {"details": "Need to specify market_tickers or event_ticker"},
        {"error": "too many requests"},
        {"msg": "bad"},
    ):
        assert check_response(sdk, "GET", balance, 429, json.dumps(error)) == [], error
    assert check_response(sdk, "GET", balance, 400, json.dumps({"error": {"code": 1}}))
    assert check_response(sdk, "GET", balance, 400, json.dumps({"oops": "x"}))
    assert check_response(sdk, "GET", "/trade-api/v2/portfolio/nothing", 404, json.dumps({"msg": "no"})) == []
    assert check_response(sdk, "GET", "/trade-api/v2/portfolio/nothing", 200, b"{}")


def test_only_named_operations_may_be_outside_the_sdk(sdk: Sdk) -> None:
    assert check_request(sdk, "POST", "/trade-api/v2/portfolio/orders", "", b"{}") == []  # legacy V1
    assert check_request(sdk, "GET", "/_admin/markets", "", None) == []  # sandbox admin
    found = check_request(sdk, "GET", "/trade-api/v2/portfolio/invented", "", None)
    assert _where(found) == {("operation", f"not in the SDK {sdk.version}")}
    for method, pattern, reason in kalshi_sdk.NOT_IN_SDK:
        assert method and pattern.startswith("^") and reason, "every exception names its reason"


@pytest.mark.skipif(
    os.environ.get("BROKERSPEC_ORACLE", "").strip().lower() == "off", reason="BROKERSPEC_ORACLE=off"
)
def test_the_hooks_see_the_client_and_the_sandbox(sdk: Sdk) -> None:
    import httpx
    from brokerspec.sandbox.kalshi import KalshiExchange, create_app
    from brokerspec_kalshi import Client
    from starlette.testclient import TestClient

    COLLECTOR.take()
    client = Client(base_url="https://demo-api.kalshi.co/trade-api/v2", httpx_args={
        "transport": httpx.MockTransport(lambda request: httpx.Response(200, json={"orders": [], "cursor": ""})),
    })  # fmt: skip
    client.get_httpx_client().get("/portfolio/orders", params={"limit": "20", "shard": "2"})
    seen = COLLECTOR.take(expected=True)
    assert [(v.side, v.where) for v in seen] == [("request", "query shard")]
    before = COLLECTOR.checked["response"]
    TestClient(create_app(KalshiExchange())).get("/trade-api/v2/portfolio/balance")  # unsigned: a 401
    assert COLLECTOR.checked["response"] == before + 1
    assert COLLECTOR.take() == []  # the 401 body is a known error shape


def _interactions(path: Path) -> list[dict[str, Any]]:
    doc = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    return [i for i in doc.get("interactions") or [] if kalshi_sdk.SERVER_PATH in str(i["request"]["uri"])]


def _text(value: Any) -> str | None:
    if isinstance(value, dict):
        value = value.get("string")
    return value.decode() if isinstance(value, bytes) else value


@pytest.mark.parametrize("cassette", [pytest.param(p, id=f"{p.parent.name}/{p.stem}") for p in CASSETTES])
def test_every_recorded_kalshi_interaction_agrees_with_the_sdk(cassette: Path, sdk: Sdk) -> None:
    """The request our client sent (client side) and the answer the sandbox recorded (sandbox side)."""
    for interaction in _interactions(cassette):
        request, response = interaction["request"], interaction["response"]
        url = urlsplit(str(request["uri"]))
        source = f"{cassette.parent.name}/{cassette.name}"
        found = check_request(
            sdk, str(request["method"]), url.path, url.query, _text(request.get("body")), source
        )
        status = int(response["status"]["code"])
        found += check_response(
            sdk, str(request["method"]), url.path, status, _text(response.get("body")), source
        )
        COLLECTOR.add(found)  # judged like live traffic: fails the test under BROKERSPEC_ORACLE=enforce
