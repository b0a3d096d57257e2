"""The real budget, read once per Kalshi key at its first request; the Basic defaults whenever that fails.

`GET /account/limits` and `GET /account/endpoint_costs` (shapes of Kalshi's official
`GetAccountApiLimitsResponse` / `GetAccountEndpointCostsResponse`) are read by the transport, next to the
first request, signed and billed like any read; `brokers.kalshi.budget` reads their bodies. Nothing about it
may fail the request that triggered it. Everything here runs on `httpx.MockTransport`.
"""

from __future__ import annotations

import asyncio
import json
import logging
from typing import Any

import httpx
import pytest
from brokerspec.brokers.clients import kalshi_client, transport_for
from brokerspec.brokers.kalshi.budget import KalshiBudgetLoader
from brokerspec.brokers.profiles import profile
from brokerspec.http.ratelimit import RateLimiter
from brokerspec.http.transport import BrokerTransport
from brokerspec.settings.server import RateOverrides

BASE = "https://api.test/trade-api/v2"
BASIC = profile("kalshi").limits
LIMITS = {
    "usage_tier": "premier",
    "read": {"refill_rate": 1000, "bucket_capacity": 1000},
    "write": {"refill_rate": 1000, "bucket_capacity": 2000},
    "grants": [],
}
COSTS = {
    "default_cost": 10,
    "endpoint_costs": [
        {"method": "DELETE", "path": "/trade-api/v2/portfolio/events/orders/{order_id}", "cost": 1},
        {"method": "GET", "path": "/trade-api/v2/portfolio/orders/{order_id}", "cost": 2},
    ],
}


class Exchange:
    """A MockTransport handler: the two budget reads as configured, 200 `{}` for everything else."""

    def __init__(self, limits: Any = LIMITS, costs: Any = COSTS, status: int = 200) -> None:
        self.answers = {"/account/limits": limits, "/account/endpoint_costs": costs}
        self.status = status
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        for suffix, answer in self.answers.items():
            if request.url.path.endswith(suffix):
                if isinstance(answer, Exception):
                    raise answer
                content = answer if isinstance(answer, bytes) else json.dumps(answer).encode()
                return httpx.Response(
                    self.status, content=content, headers={"content-type": "application/json"}
                )
        return httpx.Response(200, json={"balance": 1, "portfolio_value": 0, "updated_ts": 1})

    @property
    def paths(self) -> list[str]:
        return [r.url.path for r in self.requests]


class Stamp(httpx.Auth):
    def auth_flow(self, request: httpx.Request):  # type: ignore[no-untyped-def]
        request.headers["x-signed"] = request.url.path
        yield request


def transport(exchange: Exchange, **kwargs: Any) -> BrokerTransport:
    """A Kalshi transport with its own (not the process-wide) limiter and the profile's loader."""
    limiter = RateLimiter(
        BASIC, loader=profile("kalshi").budget_loader, overrides=kwargs.pop("overrides", None)
    )
    return BrokerTransport(
        "kalshi", limits=limiter, inner=httpx.MockTransport(exchange), sleep=lambda s: None, **kwargs
    )


def get(t: BrokerTransport, path: str = "/portfolio/balance", base: str = BASE) -> httpx.Response:
    with httpx.Client(transport=t, base_url=base) as client:
        return client.get(path)


# The loader on its own


def test_the_loader_reads_both_replies_into_the_limits() -> None:
    loaded = KalshiBudgetLoader()(
        BASIC,
        {
            "/account/limits": json.dumps(LIMITS).encode(),
            "/account/endpoint_costs": json.dumps(COSTS).encode(),
        },
    )
    assert loaded.tier == "premier"
    assert (loaded.reads_per_second, loaded.read_burst, loaded.writes_per_second, loaded.write_burst) == (
        1000,
        1000,
        1000,
        2000,
    )
    assert loaded.costs.cost("DELETE", "/trade-api/v2/portfolio/events/orders/o-1") == 1
    assert loaded.costs.cost("DELETE", "/trade-api/v2/portfolio/orders/o-1") == 10  # not listed: default
    batch = json.dumps({"orders": [{}] * 4}).encode()
    assert loaded.costs.cost("POST", "/trade-api/v2/portfolio/events/orders/batched", batch) == 40
    assert loaded.latency_allowance == BASIC.latency_allowance


@pytest.mark.parametrize(
    "limits",
    [
        b"not json",
        b"[]",
        {"usage_tier": "basic"},
        {"read": {"refill_rate": 0, "bucket_capacity": 1}, "write": {"refill_rate": 1, "bucket_capacity": 1}},
        {
            "read": {"refill_rate": "200", "bucket_capacity": 200},
            "write": {"refill_rate": 1, "bucket_capacity": 1},
        },
        {
            "read": {"refill_rate": True, "bucket_capacity": 200},
            "write": {"refill_rate": 1, "bucket_capacity": 1},
        },
    ],
)
def test_a_limits_reply_that_does_not_read_keeps_the_basic_buckets_and_still_takes_the_costs(
    limits: Any,
) -> None:
    raw = limits if isinstance(limits, bytes) else json.dumps(limits).encode()
    loaded = KalshiBudgetLoader()(
        BASIC, {"/account/limits": raw, "/account/endpoint_costs": json.dumps(COSTS).encode()}
    )
    assert loaded.bucket("read") == BASIC.bucket("read")
    assert loaded.bucket("write") == BASIC.bucket("write")
    assert loaded.costs.cost("DELETE", "/trade-api/v2/portfolio/events/orders/o-1") == 1


@pytest.mark.parametrize(
    "costs",
    [
        {"default_cost": -1, "endpoint_costs": []},
        {"default_cost": 10, "endpoint_costs": [{"method": "GET", "cost": 1}]},
        {"default_cost": 10, "endpoint_costs": {"GET": 1}},
        {"endpoint_costs": []},
    ],
)
def test_a_costs_reply_that_does_not_read_keeps_our_table(costs: Any) -> None:
    loaded = KalshiBudgetLoader()(BASIC, {"/account/endpoint_costs": json.dumps(costs).encode()})
    assert loaded.costs == BASIC.costs


def test_a_null_cost_list_means_every_endpoint_costs_the_default() -> None:
    loaded = KalshiBudgetLoader()(
        BASIC, {"/account/endpoint_costs": b'{"default_cost": 5, "endpoint_costs": null}'}
    )
    assert loaded.costs.cost("DELETE", "/trade-api/v2/portfolio/events/orders/o-1") == 5


# Through the transport


def test_the_first_request_reads_the_budget_once_next_to_itself_signed() -> None:
    exchange = Exchange()
    t = transport(exchange, auth=Stamp())
    assert get(t).status_code == 200
    assert get(t).status_code == 200
    assert exchange.paths == [
        "/trade-api/v2/account/limits",
        "/trade-api/v2/account/endpoint_costs",
        "/trade-api/v2/portfolio/balance",
        "/trade-api/v2/portfolio/balance",
    ]
    assert exchange.requests[0].headers["x-signed"] == "/trade-api/v2/account/limits"
    assert exchange.requests[0].method == "GET"
    assert t.limiter.limits.tier == "premier"
    assert t.limiter.limits.writes_per_second == 1000


def test_a_prefix_before_the_api_root_is_kept_for_the_budget_reads() -> None:
    exchange = Exchange()
    t = transport(exchange)
    get(t, base="http://127.0.0.1:9/kalshi/trade-api/v2")
    assert exchange.paths[:2] == [
        "/kalshi/trade-api/v2/account/limits",
        "/kalshi/trade-api/v2/account/endpoint_costs",
    ]


def test_the_budget_reads_are_billed_to_the_read_bucket() -> None:
    exchange = Exchange(status=404)  # keeps Basic: 200 read tokens a second, 10 a read
    sleeps: list[float] = []
    limiter = RateLimiter(BASIC, loader=profile("kalshi").budget_loader, clock=lambda: 0.0)
    t = BrokerTransport(
        "kalshi", limits=limiter, inner=httpx.MockTransport(exchange), sleep=sleeps.append, clock=lambda: 0.0
    )
    for _ in range(18):
        get(t)
    assert sleeps == []
    get(t)  # the 21st read of the second (two were the budget reads)
    assert sleeps and sleeps[0] >= 1.0


@pytest.mark.parametrize(
    "exchange",
    [
        Exchange(status=404),
        Exchange(status=403),
        Exchange(status=500),
        Exchange(status=429),
        Exchange(limits=b"<html>", costs=b"<html>"),
        Exchange(limits=httpx.ConnectError("refused"), costs=httpx.ReadTimeout("slow")),
        Exchange(limits=RuntimeError("network access during cassette replay"), costs=ValueError("x")),
    ],
    ids=["404", "403", "500", "429", "html", "httpx-errors", "other-errors"],
)
def test_any_failure_keeps_basic_and_never_fails_the_request(
    exchange: Exchange, caplog: pytest.LogCaptureFixture
) -> None:
    t = transport(exchange)
    with caplog.at_level(logging.INFO, logger="brokerspec"):
        assert get(t).status_code == 200
    assert t.limiter.limits == BASIC
    assert exchange.paths[-1] == "/trade-api/v2/portfolio/balance"
    assert "budget" in caplog.text or "failed" in caplog.text
    get(t)
    assert exchange.paths.count("/trade-api/v2/account/limits") == 1  # tried once, not at every request


def test_a_loader_that_raises_keeps_the_defaults() -> None:
    class Broken:
        paths = ("/account/limits",)

        def __call__(self, limits: Any, replies: Any) -> Any:
            raise RuntimeError("boom")

    exchange = Exchange()
    t = BrokerTransport(
        "kalshi",
        limits=RateLimiter(BASIC, loader=Broken()),
        inner=httpx.MockTransport(exchange),
        sleep=lambda s: None,
    )
    assert get(t).status_code == 200
    assert t.limiter.limits == BASIC


def test_the_environment_wins_over_the_budget_read_from_the_key() -> None:
    exchange = Exchange()
    t = transport(exchange, overrides=RateOverrides(reads_per_second=50))
    get(t)
    assert t.limiter.limits.tier == "premier"
    assert (t.limiter.limits.reads_per_second, t.limiter.limits.read_burst) == (50, 50)
    assert t.limiter.limits.writes_per_second == 1000


def test_a_url_without_the_api_root_reads_nothing() -> None:
    exchange = Exchange()
    t = transport(exchange)
    get(t, "/elsewhere", base="https://api.test")
    assert exchange.paths == ["/elsewhere"]
    assert t.limiter.limits == BASIC


async def test_async_clients_read_the_budget_once_for_many_concurrent_first_requests() -> None:
    exchange = Exchange()
    t = transport(exchange)

    async def nap(seconds: float) -> None:
        await asyncio.sleep(0)

    t._async_sleep = nap
    async with httpx.AsyncClient(transport=t, base_url=BASE) as client:
        responses = await asyncio.gather(*(client.get("/portfolio/balance") for _ in range(10)))
    assert [r.status_code for r in responses] == [200] * 10
    assert exchange.paths.count("/trade-api/v2/account/limits") == 1
    assert exchange.paths.count("/trade-api/v2/account/endpoint_costs") == 1
    assert t.limiter.limits.tier == "premier"


def test_the_factory_gives_kalshi_clients_the_loader_and_one_budget_per_key() -> None:
    exchange = Exchange()
    a = kalshi_client(
        auth=Stamp(),
        base_url=BASE + "/",
        broker_transport=True,
        httpx_args={"transport": httpx.MockTransport(exchange)},
    )
    b = kalshi_client(auth=Stamp(), base_url="https://other.test/trade-api/v2", broker_transport=True)
    ta = a.get_httpx_client()._transport
    tb = b.get_httpx_client()._transport
    assert isinstance(ta, BrokerTransport) and isinstance(tb, BrokerTransport)
    assert ta.limiter is not tb.limiter  # another base URL is another key
    assert transport_for("kalshi", limits=BASIC).limiter.claim_loader() is None  # explicit limits: no loader
    assert transport_for("wealthy").limiter.claim_loader() is None  # only Kalshi tells its budget
