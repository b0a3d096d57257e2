"""The transport against the real sandbox, through the GENERATED Kalshi client, under every injected fault.

The sandbox runs on 127.0.0.1 (uvicorn, real sockets, so dropped connections are real resets). Faults are
set and counters read over its HTTP admin API (`POST /_sandbox/faults`, `GET /_sandbox/stats`), the way
a maintainer would drive it. Every scenario checks the invariant that matters for money: a create call
reaches the sandbox exactly once (a 429 refused it before executing it, and it is not resent either), and
never leaves more than one order behind.
"""

from __future__ import annotations

import asyncio
import itertools
import time
from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest
from brokerspec.brokers.clients import kalshi_client
from brokerspec.brokers.profiles import profile
from brokerspec.errors import InvalidResponse, RateLimited, Unavailable, Uncertain
from brokerspec.http.auth import KalshiAuth
from brokerspec.http.translate import error_from_exception
from brokerspec.http.transport import NO_RETRY, RateLimiter, RateLimits, RetryPolicy
from brokerspec.sandbox import SandboxServer
from brokerspec_kalshi import Client
from brokerspec_kalshi.api.orders import create_order_v2, get_orders
from brokerspec_kalshi.api.portfolio import get_balance
from brokerspec_kalshi.models.create_order_v2_request import CreateOrderV2Request

API = "/kalshi/trade-api/v2"
CREATE = f"{API}/portfolio/events/orders"
BALANCE = f"{API}/portfolio/balance"
READ_TIMEOUT = 0.5
FAST_RETRY = RetryPolicy(max_retries=2, backoff_base=0.01, backoff_max=0.05, retry_after_max=5, deadline=10)
_ids = itertools.count(1)


# Fixtures


def unlimited() -> RateLimiter:
    return RateLimiter(RateLimits(1000, 1000, 1000, 1000))


@pytest.fixture(scope="module")
def sandbox() -> Iterator[SandboxServer]:
    with SandboxServer() as server:
        if "kalshi" not in server.base_urls:
            pytest.skip("the Kalshi simulator is not installed in this tree")
        yield server


@pytest.fixture
def admin(sandbox: SandboxServer) -> Iterator[Admin]:
    with httpx.Client(base_url=sandbox.url, timeout=5.0) as http:
        control = Admin(http)
        control.reset()
        yield control
        control.reset()


@pytest.fixture(scope="module")
def auth(sandbox: SandboxServer) -> KalshiAuth:
    creds = sandbox.credentials
    assert creds.kalshi_key_id and creds.kalshi_private_key_path
    return KalshiAuth.from_pem_file(creds.kalshi_key_id, creds.kalshi_private_key_path)


def make_client(
    sandbox: SandboxServer,
    auth: KalshiAuth,
    *,
    limits: RateLimiter | None = None,
    read_timeout: float = READ_TIMEOUT,
) -> Client:
    """The generated client as the product builds it (the one factory, with the broker transport)."""
    return kalshi_client(
        auth=auth,
        base_url=sandbox.base_urls["kalshi"],
        timeout=httpx.Timeout(connect=2.0, read=read_timeout, write=2.0, pool=2.0),
        broker_transport=True,
        limits=limits or unlimited(),
        retry=FAST_RETRY,
    )


@pytest.fixture
def client(sandbox: SandboxServer, auth: KalshiAuth, admin: Admin) -> Iterator[Client]:
    with make_client(sandbox, auth) as c:
        yield c


class Admin:
    """The sandbox's HTTP admin API."""

    def __init__(self, http: httpx.Client) -> None:
        self.http = http

    def reset(self) -> None:
        self.http.delete("/_sandbox/faults").raise_for_status()
        self.http.delete("/_sandbox/stats").raise_for_status()

    def faults(self, *rules: dict[str, Any]) -> None:
        self.http.post("/_sandbox/faults", json=list(rules)).raise_for_status()

    def count(self, method: str, path: str) -> int:
        requests: dict[str, int] = self.http.get("/_sandbox/stats").json()["requests"]
        return requests.get(f"{method} {path}", 0)

    def fired(self, kind: str) -> int:
        rules = self.http.get("/_sandbox/faults").json()["rules"]
        return sum(rule["fired"] for rule in rules if rule["kind"] == kind)


def order(client_order_id: str) -> CreateOrderV2Request:
    """A resting bid below the seeded book: it never fills, so one call leaves exactly one order."""
    return CreateOrderV2Request.from_dict(
        {
            "ticker": "KXDEMO-26-A",
            "side": "bid",
            "count": "1.00",
            "price": "0.4000",
            "time_in_force": "good_till_canceled",
            "self_trade_prevention_type": "taker_at_cross",
            "client_order_id": client_order_id,
        }
    )


def new_id() -> str:
    return f"transport-test-{time.time_ns()}-{next(_ids)}"


def orders_with(client: Client, client_order_id: str) -> int:
    """Reconcile as the MCP layer will: list orders and look for our client_order_id."""
    response = get_orders.sync_detailed(client=client, ticker="KXDEMO-26-A", limit=1000)
    assert response.status_code == 200
    parsed = response.parsed
    return sum(1 for o in parsed.orders if o.client_order_id == client_order_id)  # type: ignore[union-attr]


def create(client: Client, client_order_id: str) -> Any:
    return create_order_v2.sync_detailed(client=client, body=order(client_order_id))


def translated(method: str, call: Callable[[], Any]) -> Any:
    """What an adapter does around a generated call: a failure of the generated parser (a 2xx the transport
    returned undecoded) is translated with the call's method."""
    try:
        return call()
    except (ValueError, TypeError, KeyError) as exc:
        raise error_from_exception("kalshi", exc, method) from exc


def assert_one_executed_create(admin: Admin, calls: int = 1) -> None:
    """Creates that reached the sandbox, minus those it refused before executing (429), = create calls."""
    assert admin.count("POST", CREATE) - admin.fired("rate_limit") == calls


# Baseline


def test_create_and_read_without_faults(client: Client, admin: Admin) -> None:
    cid = new_id()
    assert create(client, cid).status_code == 201
    assert get_balance.sync_detailed(client=client).status_code == 200
    assert_one_executed_create(admin)
    assert orders_with(client, cid) == 1


# Latency


def test_latency_within_the_read_timeout_is_fine(client: Client, admin: Admin) -> None:
    admin.faults({"kind": "latency", "delay_ms": 100, "path": "/kalshi/**"})
    cid = new_id()
    assert create(client, cid).status_code == 201
    assert get_balance.sync_detailed(client=client).status_code == 200
    assert_one_executed_create(admin)
    assert admin.count("GET", BALANCE) == 1


def test_latency_beyond_the_read_timeout_makes_a_get_unavailable_after_retries(
    client: Client, admin: Admin
) -> None:
    admin.faults({"kind": "latency", "delay_ms": 1500, "method": "GET", "path": BALANCE})
    with pytest.raises(Unavailable) as caught:
        get_balance.sync_detailed(client=client)
    assert caught.value.retry_safe is True
    assert admin.count("GET", BALANCE) == 1 + FAST_RETRY.max_retries


def test_latency_beyond_the_read_timeout_makes_a_create_uncertain_and_it_is_sent_once(
    client: Client, admin: Admin
) -> None:
    admin.faults({"kind": "latency", "delay_ms": 1500, "method": "POST", "path": CREATE})
    cid = new_id()
    with pytest.raises(Uncertain) as caught:
        create(client, cid)
    assert caught.value.retry_safe is False
    assert_one_executed_create(admin)
    time.sleep(1.5)  # let the slow request finish server-side, then reconcile
    assert orders_with(client, cid) <= 1


# Rate limits


#: Kalshi's real 429 body: `error` is a string here, which the generated error parser cannot read.
TOO_MANY = '{"error": "too many requests"}'


@pytest.mark.parametrize("retry_after", ["1", None])
def test_429_on_a_get_is_retried_and_succeeds(client: Client, admin: Admin, retry_after: str | None) -> None:
    rule: dict[str, Any] = {
        "kind": "rate_limit",
        "method": "GET",
        "path": BALANCE,
        "times": 1,
        "body": TOO_MANY,
    }
    if retry_after is not None:
        rule["retry_after"] = retry_after
    admin.faults(rule)
    started = time.monotonic()
    assert get_balance.sync_detailed(client=client).status_code == 200
    assert admin.count("GET", BALANCE) == 2
    if retry_after is not None:
        assert time.monotonic() - started >= 0.9  # Retry-After: 1 was honoured


@pytest.mark.parametrize("retry_after", ["1", None])
def test_429_on_a_create_is_rate_limited_retry_safe_and_never_resent(
    client: Client, admin: Admin, retry_after: str | None
) -> None:
    rule: dict[str, Any] = {
        "kind": "rate_limit",
        "method": "POST",
        "path": CREATE,
        "times": 1,
        "body": TOO_MANY,
    }
    if retry_after is not None:
        rule["retry_after"] = retry_after
    admin.faults(rule)
    cid = new_id()
    with pytest.raises(RateLimited) as caught:
        create(client, cid)
    assert caught.value.retry_safe is True  # refused before execution: never Uncertain
    assert caught.value.broker_message == "too many requests"
    assert caught.value.retry_after == (None if retry_after is None else 1.0)
    assert admin.count("POST", CREATE) == 1
    assert_one_executed_create(admin, calls=0)
    assert orders_with(client, cid) == 0
    assert create(client, cid).status_code == 201  # the caller may send it again: it was not executed
    assert orders_with(client, cid) == 1


def test_429_asking_for_too_long_a_wait_is_rate_limited_at_once(client: Client, admin: Admin) -> None:
    admin.faults(
        {"kind": "rate_limit", "method": "GET", "path": BALANCE, "retry_after": "600", "body": TOO_MANY}
    )
    with pytest.raises(RateLimited) as caught:
        get_balance.sync_detailed(client=client)
    assert admin.count("GET", BALANCE) == 1
    assert caught.value.retry_after == 600


def test_429_on_every_read_attempt_ends_rate_limited_not_invalid_response(
    client: Client, admin: Admin
) -> None:
    admin.faults({"kind": "rate_limit", "method": "GET", "path": BALANCE, "body": TOO_MANY})
    with pytest.raises(RateLimited) as caught:
        get_balance.sync_detailed(client=client)
    assert caught.value.retry_safe is True
    assert admin.count("GET", BALANCE) == 1 + FAST_RETRY.max_retries


# Server errors


@pytest.mark.parametrize("status", [500, 502, 503])
def test_5xx_on_a_get_is_retried(client: Client, admin: Admin, status: int) -> None:
    admin.faults({"kind": "error", "status": status, "method": "GET", "path": BALANCE, "times": 1})
    assert get_balance.sync_detailed(client=client).status_code == 200
    assert admin.count("GET", BALANCE) == 2


@pytest.mark.parametrize("status", [500, 502, 503])
def test_5xx_on_a_create_is_not_retried_and_is_uncertain(client: Client, admin: Admin, status: int) -> None:
    admin.faults({"kind": "error", "status": status, "method": "POST", "path": CREATE, "times": 1})
    cid = new_id()
    with pytest.raises(Uncertain) as caught:
        create(client, cid)
    assert caught.value.http_status == status
    assert_one_executed_create(admin)
    assert (
        orders_with(client, cid) == 0
    )  # the fault answered instead of the exchange: reconcile says "not placed"


def test_persistent_5xx_on_a_get_ends_unavailable(client: Client, admin: Admin) -> None:
    admin.faults({"kind": "error", "status": 503, "method": "GET", "path": BALANCE})
    with pytest.raises(Unavailable) as caught:
        get_balance.sync_detailed(client=client)
    assert caught.value.http_status == 503
    assert admin.count("GET", BALANCE) == 1 + FAST_RETRY.max_retries


# CDN HTML with an unusual status


def test_520_html_on_a_get_is_unavailable_not_a_crash(client: Client, admin: Admin) -> None:
    admin.faults({"kind": "html_error", "status": 520, "method": "GET", "path": BALANCE})
    with pytest.raises(Unavailable) as caught:
        get_balance.sync_detailed(client=client)
    assert caught.value.http_status == 520
    assert "520" in (caught.value.broker_message or "")
    assert admin.count("GET", BALANCE) == 1 + FAST_RETRY.max_retries


def test_520_html_once_on_a_get_is_retried_and_succeeds(client: Client, admin: Admin) -> None:
    admin.faults({"kind": "html_error", "status": 520, "method": "GET", "path": BALANCE, "times": 1})
    assert get_balance.sync_detailed(client=client).status_code == 200


def test_520_html_on_a_create_is_uncertain_not_a_crash(client: Client, admin: Admin) -> None:
    admin.faults({"kind": "html_error", "status": 520, "method": "POST", "path": CREATE})
    cid = new_id()
    with pytest.raises(Uncertain) as caught:
        create(client, cid)
    assert caught.value.http_status == 520
    assert_one_executed_create(admin)


# Malformed JSON


def test_malformed_json_on_a_get_is_invalid_response(client: Client, admin: Admin) -> None:
    admin.faults({"kind": "malformed_json", "method": "GET", "path": BALANCE})
    with pytest.raises(InvalidResponse):
        translated("GET", lambda: get_balance.sync_detailed(client=client))
    assert admin.count("GET", BALANCE) == 1


def test_malformed_json_on_a_create_is_uncertain_and_the_order_exists(client: Client, admin: Admin) -> None:
    admin.faults({"kind": "malformed_json", "method": "POST", "path": CREATE})
    cid = new_id()
    with pytest.raises(Uncertain):
        translated("POST", lambda: create(client, cid))
    assert_one_executed_create(admin)
    assert orders_with(client, cid) == 1


# Dropped connections


def test_drop_before_on_a_get_is_retried_and_succeeds(client: Client, admin: Admin) -> None:
    admin.faults({"kind": "drop_before", "method": "GET", "path": BALANCE, "times": 1})
    assert get_balance.sync_detailed(client=client).status_code == 200
    assert admin.count("GET", BALANCE) == 2


def test_drop_before_on_a_create_is_uncertain_sent_once_and_reconciles_to_not_placed(
    client: Client, admin: Admin
) -> None:
    # From the client's side a reset before and after processing look the same: it must not resend.
    admin.faults({"kind": "drop_before", "method": "POST", "path": CREATE, "times": 1})
    cid = new_id()
    with pytest.raises(Uncertain):
        create(client, cid)
    assert_one_executed_create(admin)
    assert orders_with(client, cid) == 0


def test_drop_after_on_a_create_is_uncertain_and_the_order_exists(client: Client, admin: Admin) -> None:
    admin.faults({"kind": "drop_after", "method": "POST", "path": CREATE, "times": 1})
    cid = new_id()
    with pytest.raises(Uncertain) as caught:
        create(client, cid)
    assert caught.value.retry_safe is False
    assert_one_executed_create(admin)
    assert orders_with(client, cid) == 1


def test_drop_after_on_a_get_is_retried_and_succeeds(client: Client, admin: Admin) -> None:
    admin.faults({"kind": "drop_after", "method": "GET", "path": BALANCE, "times": 1})
    assert get_balance.sync_detailed(client=client).status_code == 200
    assert admin.count("GET", BALANCE) == 2


def test_connection_refused_on_a_create_is_retried_then_unavailable(auth: KalshiAuth) -> None:
    attempts = 0

    class Counting(httpx.BaseTransport):
        def __init__(self) -> None:
            self.inner = httpx.HTTPTransport()

        def handle_request(self, request: httpx.Request) -> httpx.Response:
            nonlocal attempts
            attempts += 1
            return self.inner.handle_request(request)

    client = kalshi_client(
        auth=auth,
        base_url=refused_url(),
        timeout=httpx.Timeout(2.0),
        httpx_args={"transport": Counting()},  # under the broker transport
        broker_transport=True,
        limits=unlimited(),
        retry=FAST_RETRY,
    )
    with pytest.raises(Unavailable) as caught:
        create(client, new_id())
    assert isinstance(caught.value.__cause__, httpx.ConnectError)
    assert caught.value.retry_safe is True  # never sent: the caller may safely try again
    assert attempts == 1 + FAST_RETRY.max_retries


# Rate limits under a burst


async def test_a_burst_of_60_concurrent_reads_on_kalshis_basic_budget_is_spread_and_never_refused(
    sandbox: SandboxServer, auth: KalshiAuth, admin: Admin
) -> None:
    # 600 tokens against Basic's 200 a second (10 a read). The sandbox bills tokens as Kalshi does, so
    # a 429 here would mean the limiter let through more than the sandbox's bucket holds.
    limits = profile("kalshi").limits
    sent: list[float] = []

    class Recording(httpx.AsyncBaseTransport):
        def __init__(self) -> None:
            self.inner = httpx.AsyncHTTPTransport()

        async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
            sent.append(time.monotonic())
            return await self.inner.handle_async_request(request)

        async def aclose(self) -> None:
            await self.inner.aclose()

    client = kalshi_client(
        auth=auth,
        base_url=sandbox.base_urls["kalshi"],
        timeout=httpx.Timeout(10.0),
        httpx_args={"transport": Recording()},  # under the broker transport
        broker_transport=True,
        limits=RateLimiter(limits),  # a full bucket of our own...
        retry=NO_RETRY,
    )
    await asyncio.sleep(2.5)  # ...and the sandbox's refilled after the tests before
    started = time.monotonic()
    async with client:
        responses = await asyncio.gather(*(get_balance.asyncio_detailed(client=client) for _ in range(60)))
    elapsed = time.monotonic() - started

    assert [r.status_code for r in responses] == [200] * 60
    assert admin.count("GET", BALANCE) == 60
    # Only a lower bound: a slow machine spreads requests out further, never closer. (Per-window counts
    # of send times are asserted in test_ratelimit_sandbox and, exactly, on a fake clock in test_ratelimit.)
    rate, burst = limits.bucket("read")
    assert elapsed >= (600 - burst) / rate * 0.95
    assert len(sent) == 60


def refused_url() -> str:
    """A 127.0.0.1 URL whose port was just released, so connecting is refused."""
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    return f"http://127.0.0.1:{port}/trade-api/v2"
