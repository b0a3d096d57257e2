"""The client's token buckets against the sandbox's: what the limiter lets through, the sandbox accepts.

The sandbox bills every Kalshi request to per-member token buckets the way the exchange does (reference "Rate
limits are token buckets": 10 tokens a request, 2 a cancel, a batch per item; Basic 200 read / 100 write tokens
a second, the write bucket holding two seconds) and refuses what a bucket cannot pay for with the real 429,
`{"error": "too many requests"}`. Through the product's transport (the Kalshi profile's budget, read from
`GET /account/limits` at first use), every request is recorded as it leaves for the sandbox; the tests assert
that no one-second window holds more than the budget and that the sandbox never answered 429 — in particular
not after a 20-order batch (the whole Basic write budget) followed by more writes, which wait instead.

The costs are counted here from the reference's rules, not from the product's table, so a wrong table fails.
The last test checks the sandbox really counts: the same traffic without the limiter gets the real 429.
"""

from __future__ import annotations

import asyncio
import itertools
import json
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest
from brokerspec.brokers.clients import transport_for
from brokerspec.http.auth import KalshiAuth
from brokerspec.http.transport import BrokerTransport, RetryPolicy
from brokerspec.sandbox import SandboxServer

API = "/trade-api/v2"
TICKER = "KXDEMO-26-A"  # shard 0, whole cents, whole contracts
BASIC = {"read": (200.0, 200.0), "write": (100.0, 200.0)}  # (tokens per second, bucket capacity)
_ids = itertools.count(1)


@dataclass
class Sent:
    at: float
    method: str
    path: str
    tokens: float
    status: int = 0


def tokens(method: str, path: str, body: bytes) -> float:
    """What Kalshi bills, from the reference: cancels 2, a batch per item, everything else 10."""
    route = path.split(API, 1)[-1]
    items = 1
    if route.endswith("/batched") and body:
        items = max(1, len(json.loads(body).get("orders") or json.loads(body).get("ids") or [1]))
    cancel = method == "DELETE" and route.startswith("/portfolio/events/orders/")
    single_read = method == "GET" and route.startswith("/portfolio/orders/") and route.count("/") == 3
    single_read = single_read and not route.endswith("/queue_positions")
    if route.endswith("/batched"):
        return (2 if method == "DELETE" else 10) * items
    return 2 if cancel or single_read else 10


class Recording(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """The network under the broker transport: notes each request (time, tokens) and the status it got."""

    def __init__(self) -> None:
        self.sync = httpx.HTTPTransport()
        self.async_ = httpx.AsyncHTTPTransport()
        self.sent: list[Sent] = []

    def _note(self, request: httpx.Request) -> Sent:
        entry = Sent(
            time.monotonic(),
            request.method,
            request.url.path,
            tokens(request.method, request.url.path, request.content),
        )
        self.sent.append(entry)
        return entry

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        entry = self._note(request)
        response = self.sync.handle_request(request)
        entry.status = response.status_code
        return response

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        entry = self._note(request)
        response = await self.async_.handle_async_request(request)
        entry.status = response.status_code
        return response

    def close(self) -> None:
        self.sync.close()

    async def aclose(self) -> None:
        await self.async_.aclose()


@pytest.fixture(scope="module")
def sandbox(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SandboxServer]:
    with SandboxServer(key_dir=tmp_path_factory.mktemp("keys")) as server:
        yield server


@pytest.fixture(scope="module")
def auth(sandbox: SandboxServer) -> KalshiAuth:
    creds = sandbox.credentials
    assert creds.kalshi_key_id and creds.kalshi_private_key_path
    return KalshiAuth.from_pem_file(creds.kalshi_key_id, Path(creds.kalshi_private_key_path))


@pytest.fixture(scope="module")
def recording() -> Recording:
    return Recording()


@pytest.fixture(scope="module")
def transport(sandbox: SandboxServer, auth: KalshiAuth, recording: Recording) -> BrokerTransport:
    """The product's Kalshi transport (profile budget and loader), one per sandbox key, as the factory builds it."""
    return transport_for(
        "kalshi",
        inner=recording,
        auth=auth,
        account=f"{sandbox.base_urls['kalshi']} rate-limit-test",
        retry=RetryPolicy(max_retries=3, backoff_base=0.2, backoff_max=1.0, deadline=30),
    )


def client(sandbox: SandboxServer, auth: KalshiAuth, transport: BrokerTransport) -> httpx.Client:
    return httpx.Client(base_url=sandbox.base_urls["kalshi"], auth=auth, transport=transport, timeout=10.0)


def order(client_order_id: str) -> dict[str, Any]:
    """A resting bid below the seeded book: it never fills."""
    return {
        "ticker": TICKER,
        "side": "bid",
        "count": "1.00",
        "price": "0.4000",
        "time_in_force": "good_till_canceled",
        "self_trade_prevention_type": "taker_at_cross",
        "client_order_id": client_order_id,
    }


def new_id() -> str:
    return f"ratelimit-{time.time_ns()}-{next(_ids)}"


def heaviest_second(sent: list[Sent], bucket: str) -> float:
    """The most tokens of `bucket` sent within any one-second window."""
    entries = sorted((s.at, s.tokens) for s in sent if (s.method == "GET") == (bucket == "read"))
    best = total = 0.0
    j = 0
    for i, (start, _) in enumerate(entries):
        while j < len(entries) and entries[j][0] < start + 1.0:
            total += entries[j][1]
            j += 1
        best = max(best, total)
        total -= entries[i][1]
    return best


def assert_within_budget(recording: Recording) -> None:
    refused = [(s.method, s.path) for s in recording.sent if s.status == 429]
    assert refused == [], "the sandbox refused requests the limiter let through"
    for bucket, (rate, capacity) in BASIC.items():
        assert heaviest_second(recording.sent, bucket) <= max(rate, capacity), bucket


def test_the_budget_is_read_from_the_key_and_is_basic(
    sandbox: SandboxServer, auth: KalshiAuth, transport: BrokerTransport, recording: Recording
) -> None:
    with client(sandbox, auth, transport) as http:
        assert http.get("/portfolio/balance").status_code == 200
    limits = transport.limiter.limits
    assert limits.bucket("read") == BASIC["read"]
    assert limits.bucket("write") == BASIC["write"]
    assert [s.path.split(API)[-1] for s in recording.sent[:2]] == [
        "/account/limits",
        "/account/endpoint_costs",
    ]
    assert_within_budget(recording)


async def test_a_burst_of_reads_never_exceeds_the_read_budget_in_any_second(
    sandbox: SandboxServer, auth: KalshiAuth, transport: BrokerTransport, recording: Recording
) -> None:
    started = time.monotonic()
    async with httpx.AsyncClient(
        base_url=sandbox.base_urls["kalshi"], auth=auth, transport=transport, timeout=10.0
    ) as http:
        responses = await asyncio.gather(*(http.get("/portfolio/balance") for _ in range(60)))
    assert [r.status_code for r in responses] == [200] * 60
    assert time.monotonic() - started >= 2.0  # 600 tokens at 200 a second, 200 at most in any one
    assert_within_budget(recording)


def test_a_20_order_batch_followed_by_writes_waits_and_gets_no_429(
    sandbox: SandboxServer, auth: KalshiAuth, transport: BrokerTransport, recording: Recording
) -> None:
    with client(sandbox, auth, transport) as http:
        time.sleep(2.5)  # both buckets full again, at the sandbox and here
        batch = http.post(
            "/portfolio/events/orders/batched", json={"orders": [order(new_id()) for _ in range(20)]}
        )
        assert batch.status_code == 201, batch.text
        after_batch = time.monotonic()
        created = []
        for _ in range(10):
            reply = http.post("/portfolio/events/orders", json=order(new_id()))
            assert reply.status_code == 201, reply.text
            created.append(reply.json()["order_id"])
        assert time.monotonic() - after_batch >= 0.9  # the first write after the batch waited for the refill
        for order_id in created:
            assert http.delete(f"/portfolio/events/orders/{order_id}").status_code == 200
        assert http.delete("/portfolio/events/orders").status_code in (200, 204)  # the batch's orders
    writes = [s for s in recording.sent if s.method != "GET"]
    assert writes[0].tokens == 200
    assert [s.tokens for s in writes[1:11]] == [10] * 10
    assert [s.tokens for s in writes[11:21]] == [2] * 10
    assert_within_budget(recording)


async def test_the_sandbox_refuses_what_no_limiter_would_let_through(
    sandbox: SandboxServer, auth: KalshiAuth
) -> None:
    # The control: the sandbox really counts tokens, and answers exactly as Kalshi does. Last in this file.
    await asyncio.sleep(2.5)
    async with httpx.AsyncClient(base_url=sandbox.base_urls["kalshi"], auth=auth, timeout=10.0) as http:
        # 400 tokens at once against a 200-token bucket
        replies = await asyncio.gather(*(http.get("/portfolio/balance") for _ in range(40)))
    refused = [r for r in replies if r.status_code == 429]
    assert refused, "the sandbox did not rate-limit 400 read tokens sent at once"
    assert refused[0].json() == {"error": "too many requests"}
    assert "retry-after" not in refused[0].headers
    assert not any(h.lower().startswith("x-ratelimit") for h in refused[0].headers)
