"""Kalshi's real 429, through the generated client and the broker transport, on `httpx.MockTransport`.

The body is `{"error": "too many requests"}` with no Retry-After and no X-RateLimit-* header (reference
"Rate limits are token buckets"). `error` is a string there, and the generated `ErrorResponse` parser
crashed on it (`ValueError`) until the spec described it, which an adapter reported as `invalid_response` for
a read and as `outcome_uncertain — do not resend` for a write that never executed. So the transport translates every
final 429 itself: reads are retried with capped exponential backoff and full jitter, then `RateLimited`;
writes are never resent and are `RateLimited` with `retry_safe` true at once. No test sleeps.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import Callable
from decimal import Decimal
from typing import Any

import httpx
import pytest
from brokerspec.brokers import read_call
from brokerspec.brokers.kalshi.adapter import KalshiBroker
from brokerspec.domain.orders import OrderIntent
from brokerspec.errors import RateLimited, Uncertain
from brokerspec.http.ratelimit import RateLimiter, RateLimits
from brokerspec.http.translate import raise_for_response
from brokerspec.http.transport import BrokerTransport, RetryPolicy
from brokerspec_kalshi import Client
from brokerspec_kalshi.api.orders import batch_create_orders_v2, cancel_order_v2, create_order_v2, get_order
from brokerspec_kalshi.api.portfolio import get_balance
from brokerspec_kalshi.models import BatchCreateOrdersV2Request, CreateOrderV2Request

URL = "https://api.test/trade-api/v2"
TOO_MANY = b'{"error": "too many requests"}'
BALANCE = {"balance": 9801, "portfolio_value": 0, "updated_ts": 1}
ORDER = {
    "ticker": "KXDEMO-26-A",
    "side": "bid",
    "count": "1.00",
    "price": "0.4000",
    "time_in_force": "good_till_canceled",
    "self_trade_prevention_type": "taker_at_cross",
}


def too_many(headers: dict[str, str] | None = None) -> httpx.Response:
    return httpx.Response(
        429, content=TOO_MANY, headers={"content-type": "application/json", **(headers or {})}
    )


class Kalshi:
    """Answers from a list (the last one repeats); records what reached it and what the transport slept."""

    def __init__(self, *answers: httpx.Response | Callable[[], httpx.Response]) -> None:
        self.answers = list(answers)
        self.requests: list[httpx.Request] = []
        self.sleeps: list[float] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        answer = self.answers.pop(0) if len(self.answers) > 1 else self.answers[0]
        return answer() if callable(answer) else answer

    def client(self, retry: RetryPolicy | None = None, rand: float = 1.0) -> Client:
        transport = BrokerTransport(
            "kalshi",
            limits=RateLimiter(RateLimits(1e9, 1e9)),
            retry=retry or RetryPolicy(max_retries=4, backoff_base=0.25, backoff_max=1.0),
            inner=httpx.MockTransport(self),
            sleep=self.sleeps.append,
            async_sleep=self._async_sleep,
            rand=lambda: rand,
        )
        return Client(base_url=URL, httpx_args={"transport": transport})

    async def _async_sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)


def ok(status: int, body: Any) -> httpx.Response:
    return httpx.Response(status, json=body)


def test_without_the_broker_transport_the_429_body_parses_and_translates_to_rate_limited() -> None:
    # What happened before openapi/kalshi.yaml knew the string `error`: the generated parser crashed
    # (ValueError -> Uncertain for a write, InvalidResponse for a read). Now it parses, and the one
    # translator says RateLimited, retry-safe, even without the broker transport.
    kalshi = Kalshi(too_many())
    client = Client(base_url=URL, httpx_args={"transport": httpx.MockTransport(kalshi)})
    written = create_order_v2.sync_detailed(client=client, body=CreateOrderV2Request.from_dict(ORDER))
    assert written.parsed is not None and written.parsed.error == "too many requests"  # type: ignore[union-attr]
    with pytest.raises(RateLimited) as refused:
        raise_for_response("kalshi", written, method="POST")
    assert refused.value.retry_safe
    with pytest.raises(RateLimited):
        raise_for_response("kalshi", get_balance.sync_detailed(client=client), method="GET")


# Reads: retried with capped exponential backoff, then RateLimited


def test_a_rate_limited_read_is_retried_and_parsed() -> None:
    kalshi = Kalshi(too_many(), too_many(), ok(200, BALANCE))
    response = get_balance.sync_detailed(client=kalshi.client())
    assert response.status_code == 200
    assert response.parsed is not None and response.parsed.balance == 9801  # type: ignore[union-attr]
    assert len(kalshi.requests) == 3
    assert kalshi.sleeps == [0.25, 0.5]


def test_read_backoff_is_exponential_capped_and_bounded_then_rate_limited() -> None:
    kalshi = Kalshi(too_many())
    with pytest.raises(RateLimited) as caught:
        get_balance.sync_detailed(client=kalshi.client())
    assert len(kalshi.requests) == 5  # 1 + max_retries
    assert kalshi.sleeps == [0.25, 0.5, 1.0, 1.0]  # rand=1: the cap of each full-jitter draw
    error = caught.value
    assert error.retry_safe is True
    assert error.http_status == 429
    assert error.broker_message == "too many requests"
    assert error.retry_after is None


def test_read_backoff_has_full_jitter() -> None:
    kalshi = Kalshi(too_many(), too_many(), too_many(), ok(200, BALANCE))
    get_balance.sync_detailed(client=kalshi.client(rand=0.5))
    assert kalshi.sleeps == [0.125, 0.25, 0.5]


def test_a_retry_after_on_a_read_is_honoured_exactly() -> None:
    kalshi = Kalshi(too_many({"Retry-After": "3"}), ok(200, BALANCE))
    assert get_balance.sync_detailed(client=kalshi.client()).status_code == 200
    assert kalshi.sleeps == [3.0]


def test_a_single_order_read_is_rate_limited_not_invalid_response() -> None:
    kalshi = Kalshi(too_many())
    with pytest.raises(RateLimited):
        get_order.sync_detailed("o-1", client=kalshi.client(retry=RetryPolicy(max_retries=1)))
    assert len(kalshi.requests) == 2


async def test_an_async_read_through_the_adapters_helper_ends_rate_limited() -> None:
    kalshi = Kalshi(too_many())
    client = kalshi.client(retry=RetryPolicy(max_retries=2, backoff_base=0.1))
    with pytest.raises(RateLimited):
        await read_call("kalshi", get_balance.asyncio_detailed(client=client))
    assert len(kalshi.requests) == 3
    assert kalshi.sleeps == [0.1, 0.2]


# Writes: refused before execution, never resent, never Uncertain


@pytest.mark.parametrize("headers", [None, {"Retry-After": "1"}], ids=["bare", "retry-after"])
def test_a_rate_limited_create_is_reported_retry_safe_and_sent_once(headers: dict[str, str] | None) -> None:
    kalshi = Kalshi(too_many(headers), ok(201, {"order_id": "o-1"}))
    with pytest.raises(RateLimited) as caught:
        create_order_v2.sync_detailed(client=kalshi.client(), body=CreateOrderV2Request.from_dict(ORDER))
    assert len(kalshi.requests) == 1
    assert kalshi.sleeps == []
    error = caught.value
    assert not isinstance(error, Uncertain)
    assert error.retry_safe is True
    assert "not executed" in error.message
    assert error.to_dict()["code"] == "rate_limited"


def test_a_rate_limited_batch_and_cancel_are_sent_once() -> None:
    kalshi = Kalshi(too_many())
    client = kalshi.client()
    body = BatchCreateOrdersV2Request.from_dict({"orders": [ORDER] * 20})
    with pytest.raises(RateLimited):
        batch_create_orders_v2.sync_detailed(client=client, body=body)
    with pytest.raises(RateLimited):
        cancel_order_v2.sync_detailed("o-1", client=client)
    assert [r.method for r in kalshi.requests] == ["POST", "DELETE"]
    assert len(json.loads(kalshi.requests[0].content)["orders"]) == 20


async def test_an_async_create_through_the_adapter_is_rate_limited_not_uncertain() -> None:
    kalshi = Kalshi(too_many())
    broker = KalshiBroker(kalshi.client(), "demo")
    with pytest.raises(RateLimited) as caught:
        await broker.create_order(
            OrderIntent(
                ticker="KXDEMO-26-A",
                action="buy",
                side="yes",
                count=1,
                price_dollars=Decimal("0.40"),
                client_order_id="bs-429",
            )
        )
    assert caught.value.retry_safe is True
    assert len(kalshi.requests) == 1
    assert kalshi.sleeps == []


def test_a_429_empties_the_bucket_so_the_next_request_waits_for_a_refill() -> None:
    clock = [0.0]
    kalshi = Kalshi(too_many(), ok(201, {"order_id": "o-1"}))
    limiter = RateLimiter(RateLimits(reads_per_second=100, writes_per_second=100), clock=lambda: clock[0])
    transport = BrokerTransport(
        "kalshi",
        limits=limiter,
        inner=httpx.MockTransport(kalshi),
        sleep=kalshi.sleeps.append,
        clock=lambda: clock[0],
    )
    client = Client(base_url=URL, httpx_args={"transport": transport})
    body = CreateOrderV2Request.from_dict(ORDER)
    with pytest.raises(RateLimited):
        create_order_v2.sync_detailed(client=client, body=body)
    assert client.get_httpx_client().post("/portfolio/events/orders", json=ORDER).status_code == 201
    assert kalshi.sleeps == [pytest.approx(0.01)]  # one token at 100/s, from an empty bucket


def test_the_429_body_is_translated_whatever_its_shape() -> None:
    for content in (
        TOO_MANY,
        b"",
        b"<html>slow down</html>",
        b'{"error": {"code": "rate_limited", "message": "x"}}',
    ):
        kalshi = Kalshi(httpx.Response(429, content=content))
        with pytest.raises(RateLimited):
            asyncio.run(
                read_call("kalshi", get_balance.asyncio_detailed(client=kalshi.client(retry=RetryPolicy(0))))
            )
