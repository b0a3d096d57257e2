"""The shared transport: retry policy, backoff, rate limits and error translation, on `httpx.MockTransport`.

No test here sleeps or reads the wall clock: time is a fake clock, sleeps are recorded.
"""

from __future__ import annotations

import asyncio
import email.utils
import gzip
import json
import threading
import time
from collections.abc import Awaitable, Callable, Iterable
from typing import Any

import httpx
import pytest
from brokerspec.brokers import read_call
from brokerspec.brokers.clients import async_transport_for, timeout_for, transport_for
from brokerspec.brokers.profiles import profile
from brokerspec.errors import InvalidResponse, RateLimited, Unavailable, Uncertain
from brokerspec.http.ratelimit import RateLimiter, RateLimits, TokenBucket, shared_limiter
from brokerspec.http.translate import error_from_exception
from brokerspec.http.transport import (
    BrokerTransport,
    RetryPolicy,
    backoff_delay,
    is_retryable,
    request_kind,
)

URL = "https://broker.test/trade-api/v2"
Step = httpx.Response | Exception | Callable[[httpx.Request], httpx.Response]


class FakeClock:
    """Monotonic time that only moves when told to (or when a recorded sleep passes)."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


class Script:
    """A MockTransport handler answering from a script; records every request that reached 'the broker'."""

    def __init__(self, steps: Iterable[Step]) -> None:
        self.steps = list(steps)
        self.requests: list[httpx.Request] = []
        self.headers: list[dict[str, str]] = []  # as sent: the same Request object is resent on retry

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        self.headers.append(dict(request.headers))
        step = self.steps.pop(0) if len(self.steps) > 1 else self.steps[0]
        if isinstance(step, Exception):
            raise step
        if callable(step):
            return step(request)
        return httpx.Response(step.status_code, headers=step.headers, content=step.content)


def unlimited() -> RateLimiter:
    return RateLimiter(RateLimits(1e9, 1e9, 1e9, 1e9))


class Harness:
    """One transport over a script, with a fake clock and recorded (not slept) delays."""

    def __init__(
        self,
        steps: Iterable[Step],
        *,
        broker: str = "kalshi",
        retry: RetryPolicy | None = None,
        limiter: RateLimiter | None = None,
        auth: httpx.Auth | None = None,
        rand: float = 0.5,
        clock: FakeClock | None = None,
        async_sleep: Callable[[float], Awaitable[None]] | None = None,
    ) -> None:
        self.script = Script(steps)
        self.clock = clock or FakeClock()
        self.sleeps: list[float] = []
        self.transport = BrokerTransport(
            broker,
            limits=limiter or unlimited(),
            retry=retry or RetryPolicy(),
            inner=httpx.MockTransport(self.script),
            auth=auth,
            clock=self.clock,
            sleep=self._sleep,
            async_sleep=async_sleep or self._async_sleep,
            rand=lambda: rand,
        )

    def _sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.clock.advance(seconds)

    async def _async_sleep(self, seconds: float) -> None:
        self._sleep(seconds)

    @property
    def calls(self) -> int:
        return len(self.script.requests)

    def send(self, method: str, path: str = "/portfolio/balance", **kwargs: Any) -> httpx.Response:
        with httpx.Client(transport=self.transport, base_url=URL) as client:
            return client.request(method, path, **kwargs)

    async def asend(self, method: str, path: str = "/portfolio/balance", **kwargs: Any) -> httpx.Response:
        async with httpx.AsyncClient(transport=self.transport, base_url=URL) as client:
            return await client.request(method, path, **kwargs)


def ok(status: int = 200, body: Any = None, headers: dict[str, str] | None = None) -> httpx.Response:
    return httpx.Response(status, json={"ok": True} if body is None else body, headers=headers)


def status(code: int, headers: dict[str, str] | None = None, content: bytes | None = None) -> httpx.Response:
    if content is None:
        return httpx.Response(
            code, json={"error": {"code": "x", "message": f"status {code}"}}, headers=headers
        )
    return httpx.Response(code, content=content, headers=headers)


HTML_520 = status(
    520,
    {"content-type": "text/html"},
    b"<html><title>520: Web server is returning an unknown error</title></html>",
)


# The policy as a pure function

READS = ["GET", "HEAD", "OPTIONS"]
WRITES = ["POST", "PUT", "DELETE", "PATCH"]


@pytest.mark.parametrize("method", READS + WRITES)
@pytest.mark.parametrize(
    "exc", [httpx.ConnectError("refused"), httpx.ConnectTimeout("slow"), httpx.PoolTimeout("busy")]
)
def test_policy_retries_any_method_that_never_left(method: str, exc: Exception) -> None:
    assert is_retryable(method, exc=exc)


@pytest.mark.parametrize(
    "exc",
    [
        httpx.ReadTimeout("t"),
        httpx.WriteTimeout("t"),
        httpx.RemoteProtocolError("Server disconnected"),
        httpx.ReadError("reset"),
        httpx.WriteError("broken pipe"),
    ],
)
def test_policy_retries_reads_but_never_writes_after_sending(exc: Exception) -> None:
    assert all(is_retryable(m, exc=exc) for m in READS)
    assert not any(is_retryable(m, exc=exc) for m in WRITES)


@pytest.mark.parametrize("code", [408, 429, 500, 502, 503, 504, 520, 521, 522, 524, 529, 499])
def test_policy_retries_reads_on_transient_statuses(code: int) -> None:
    assert is_retryable("GET", status=code)


@pytest.mark.parametrize("code", [408, 500, 502, 503, 504, 520, 529, 499])
def test_policy_never_retries_writes_on_5xx_or_cdn_statuses(code: int) -> None:
    assert not any(is_retryable(m, status=code) for m in WRITES)


def test_policy_never_retries_a_write_even_on_429() -> None:
    # Refused before execution, so safe to send again; but that is the caller's decision (RateLimited).
    assert not any(is_retryable(m, status=429) for m in WRITES)
    assert is_retryable("GET", status=429)


@pytest.mark.parametrize("code", [200, 201, 204, 400, 401, 403, 404, 409, 410, 422, 501, 505])
def test_policy_does_not_retry_answers(code: int) -> None:
    assert not is_retryable("GET", status=code)
    assert not is_retryable("POST", status=code)


def test_policy_other_exceptions_are_not_retried() -> None:
    assert not is_retryable("GET", exc=httpx.UnsupportedProtocol("ftp"))
    assert not is_retryable("GET", exc=ValueError("x"))
    assert not is_retryable("GET")


def test_policy_read_flag_overrides_the_method_for_read_only_posts() -> None:
    assert is_retryable("POST", exc=httpx.ReadTimeout("t"), read=True)
    assert is_retryable("POST", status=503, read=True)


def test_request_kind_splits_reads_and_writes() -> None:
    assert request_kind("GET") == "read"
    assert request_kind("head") == "read"
    assert request_kind("POST", "/portfolio/events/orders") == "write"
    assert request_kind("DELETE", "/portfolio/events/orders/o-1") == "write"


def test_gateway_read_posts_are_reads() -> None:
    transport = transport_for("vendor_gateway", inner=httpx.MockTransport(Script([ok()])))
    assert transport.kind(httpx.Request("POST", "https://gw.test/api/holdings/getUsrHold")) == "read"
    assert transport.kind(httpx.Request("POST", "https://gw.test/api/positions/getposition")) == "read"
    assert transport.kind(httpx.Request("POST", "https://gw.test/api/orders/placeorder")) == "write"


@pytest.mark.parametrize("failure", [status(502), httpx.ReadTimeout("t")], ids=["502", "read-timeout"])
def test_a_gateway_read_post_that_keeps_failing_ends_unavailable_not_uncertain(failure: Step) -> None:
    # Retried as a read, and translated as one at the end: a POST that only reads cannot be "maybe executed".
    script = Script([failure])
    transport = BrokerTransport(
        "vendor_gateway",
        limits=unlimited(),
        retry=RetryPolicy(max_retries=1),
        inner=httpx.MockTransport(script),
        read_paths=profile("vendor_gateway").read_paths,
        sleep=lambda seconds: None,
    )
    with httpx.Client(transport=transport) as client, pytest.raises(Unavailable) as caught:
        client.post("https://gw.test/api/holdings/getUsrHold", json={"userId": "U1"})
    assert caught.value.retry_safe is True
    assert len(script.requests) == 2


# Backoff


@pytest.mark.parametrize("retry_number", range(8))
def test_backoff_is_full_jitter_within_the_exponential_cap(retry_number: int) -> None:
    policy = RetryPolicy(backoff_base=0.25, backoff_max=4.0)
    cap = min(4.0, 0.25 * 2**retry_number)
    assert backoff_delay(policy, retry_number, rand=lambda: 0.0) == 0.0
    assert backoff_delay(policy, retry_number, rand=lambda: 0.999999) == pytest.approx(cap, rel=1e-5)
    assert backoff_delay(policy, retry_number, rand=lambda: 0.5) == pytest.approx(cap / 2)


def test_backoff_waits_exactly_retry_after() -> None:
    assert backoff_delay(RetryPolicy(), 0, retry_after=7.0, rand=lambda: 0.9) == 7.0


def test_backoff_gives_up_when_retry_after_exceeds_the_cap() -> None:
    assert backoff_delay(RetryPolicy(retry_after_max=20), 0, retry_after=21.0) is None


# Retries through the transport


def test_get_is_retried_on_503_then_succeeds() -> None:
    h = Harness([status(503), status(503), ok()])
    response = h.send("GET")
    assert response.status_code == 200
    assert response.json() == {"ok": True}
    assert h.calls == 3
    assert len(h.sleeps) == 2


@pytest.mark.parametrize("method", WRITES)
@pytest.mark.parametrize("code", [500, 502, 503, 504])
def test_a_write_is_never_resent_on_5xx_and_is_uncertain(method: str, code: int) -> None:
    h = Harness([status(code), ok(201)])
    with pytest.raises(Uncertain) as caught:
        h.send(method, "/portfolio/events/orders", json={"ticker": "X"})
    assert h.calls == 1
    assert caught.value.http_status == code
    assert h.sleeps == []


def test_a_write_is_never_resent_on_read_timeout() -> None:
    h = Harness([httpx.ReadTimeout("timed out"), ok(201)])
    with pytest.raises(Uncertain) as caught:
        h.send("POST", "/portfolio/events/orders", json={"ticker": "X"})
    assert h.calls == 1
    assert isinstance(caught.value.__cause__, httpx.ReadTimeout)


def test_a_write_is_never_resent_after_a_dropped_connection() -> None:
    h = Harness([httpx.RemoteProtocolError("Server disconnected without sending a response."), ok(201)])
    with pytest.raises(Uncertain):
        h.send("POST", "/portfolio/events/orders", json={"ticker": "X"})
    assert h.calls == 1


def test_a_write_is_resent_when_the_connection_was_refused() -> None:
    h = Harness([httpx.ConnectError("Connection refused"), ok(201)])
    response = h.send("POST", "/portfolio/events/orders", json={"ticker": "X"})
    assert response.status_code == 201
    assert h.calls == 2
    assert json.loads(h.script.requests[1].content) == {"ticker": "X"}


def test_a_write_is_not_resent_after_429_and_is_rate_limited_not_uncertain() -> None:
    h = Harness([status(429, {"Retry-After": "2"}), ok(201)])
    with pytest.raises(RateLimited) as caught:
        h.send("POST", "/portfolio/events/orders", json={"ticker": "X"})
    assert h.calls == 1
    assert h.sleeps == []
    assert caught.value.retry_safe is True
    assert caught.value.retry_after == 2.0


def test_retry_after_as_http_date_is_honoured() -> None:
    when = email.utils.formatdate(time.time() + 30, usegmt=True)
    h = Harness([status(429, {"Retry-After": when}), ok()], retry=RetryPolicy(retry_after_max=60))
    assert h.send("GET").status_code == 200
    assert 25 < h.sleeps[0] <= 30


def test_429_without_retry_after_backs_off_with_jitter() -> None:
    h = Harness(
        [status(429), status(429), ok()], rand=1.0, retry=RetryPolicy(backoff_base=0.5, backoff_max=8)
    )
    assert h.send("GET").status_code == 200
    assert h.sleeps == [0.5, 1.0]


def test_429_with_a_retry_after_beyond_the_cap_is_raised_not_waited() -> None:
    h = Harness([status(429, {"Retry-After": "600"}), ok()], retry=RetryPolicy(retry_after_max=20))
    with pytest.raises(RateLimited) as caught:
        h.send("GET")
    assert h.calls == 1
    assert h.sleeps == []
    assert caught.value.retry_after == 600


def test_retries_stop_after_max_retries_and_raise_for_a_read() -> None:
    h = Harness([httpx.ReadTimeout("timed out")], retry=RetryPolicy(max_retries=3))
    with pytest.raises(Unavailable) as caught:
        h.send("GET")
    assert h.calls == 4
    assert caught.value.retry_safe is True


def test_a_final_5xx_on_a_read_raises_unavailable() -> None:
    h = Harness([status(503)], retry=RetryPolicy(max_retries=2))
    with pytest.raises(Unavailable) as caught:
        h.send("GET")
    assert h.calls == 3
    assert caught.value.http_status == 503


def test_retries_stop_at_the_deadline() -> None:
    h = Harness(
        [status(503)], rand=1.0, retry=RetryPolicy(max_retries=10, backoff_base=1, backoff_max=4, deadline=6)
    )
    with pytest.raises(Unavailable):
        h.send("GET")
    assert sum(h.sleeps) <= 6
    assert h.sleeps == [1.0, 2.0]


def test_no_retry_policy_sends_once() -> None:
    h = Harness([status(503), ok()], retry=RetryPolicy(max_retries=0))
    with pytest.raises(Unavailable):
        h.send("GET")
    assert h.calls == 1


def test_connect_error_on_every_attempt_is_unavailable_and_retry_safe_for_writes() -> None:
    h = Harness([httpx.ConnectError("refused")], retry=RetryPolicy(max_retries=2))
    with pytest.raises(Unavailable) as caught:
        h.send("POST", "/portfolio/events/orders", json={})
    assert h.calls == 3
    assert caught.value.retry_safe is True


# Replies the generated code would crash on


@pytest.mark.parametrize("code", [520, 499, 529, 599])
def test_unknown_statuses_raise_unavailable_instead_of_value_error(code: int) -> None:
    h = Harness(
        [status(code, {"content-type": "text/html"}, b"<html>cdn</html>")], retry=RetryPolicy(max_retries=1)
    )
    with pytest.raises(Unavailable) as caught:
        h.send("GET")
    assert caught.value.http_status == code
    assert h.calls == 2


def test_520_html_on_a_write_is_uncertain_and_sent_once() -> None:
    h = Harness([HTML_520])
    with pytest.raises(Uncertain) as caught:
        h.send("POST", "/portfolio/events/orders", json={})
    assert h.calls == 1
    assert "520" in (caught.value.broker_message or "")


def test_malformed_json_on_a_read_is_invalid_response_without_retry() -> None:
    # The transport never decodes a 2xx: it returns it as it came, and the generated parser's failure
    # is translated by the adapter (`read_call`) as a read's: InvalidResponse.
    from brokerspec_kalshi import Client
    from brokerspec_kalshi.api.portfolio import get_balance

    h = Harness([status(200, {"content-type": "application/json"}, b'{"balance": 12')])
    assert h.send("GET").content == b'{"balance": 12'
    client = Client(base_url=URL, httpx_args={"transport": h.transport})
    with pytest.raises(InvalidResponse):
        asyncio.run(read_call("kalshi", get_balance.asyncio_detailed(client=client)))
    assert h.calls == 2  # one per call: never retried


def test_malformed_json_on_a_created_order_is_uncertain() -> None:
    from brokerspec_kalshi import Client
    from brokerspec_kalshi.api.orders import create_order_v2
    from brokerspec_kalshi.models import CreateOrderV2Request

    h = Harness([status(201, {"content-type": "application/json"}, b'{"order_id": "o-1"')])
    client = Client(base_url=URL, httpx_args={"transport": h.transport})
    body = CreateOrderV2Request.from_dict(
        {
            "ticker": "KXDEMO-26-A",
            "side": "bid",
            "count": "1.00",
            "price": "0.4000",
            "time_in_force": "good_till_canceled",
            "self_trade_prevention_type": "taker_at_cross",
        }
    )
    with pytest.raises(ValueError) as caught:  # the generated parser's; the adapter translates it with POST
        create_order_v2.sync_detailed(client=client, body=body)
    assert isinstance(error_from_exception("kalshi", caught.value, "POST"), Uncertain)
    assert h.calls == 1


def test_html_error_page_with_a_known_status_is_translated() -> None:
    h = Harness([status(404, {"content-type": "text/html"}, b"<html><title>Not Found</title></html>")])
    with pytest.raises(Exception) as caught:
        h.send("GET")
    assert type(caught.value).__name__ == "NotFound"


def test_empty_error_body_is_translated_not_returned() -> None:
    h = Harness([status(400, content=b"")])
    with pytest.raises(Exception) as caught:
        h.send("GET")
    assert type(caught.value).__name__ == "RejectedByBroker"


def test_json_4xx_replies_pass_through_for_the_generated_client_and_auth() -> None:
    for code in (400, 401, 404, 409, 410):
        h = Harness([status(code)])
        assert h.send("GET").status_code == code
        assert h.calls == 1


def test_204_without_body_passes_through() -> None:
    h = Harness([httpx.Response(204)])
    assert h.send("DELETE", "/portfolio/events/orders").status_code == 204


def test_success_body_and_headers_survive_the_rewrap() -> None:
    body = {"balance": 9801, "balance_dollars": "98.0186"}
    compressed = gzip.compress(json.dumps(body).encode())
    h = Harness(
        [
            lambda _: httpx.Response(
                200, content=compressed, headers={"content-encoding": "gzip", "x-request-id": "r-1"}
            )
        ]
    )
    response = h.send("GET")
    assert response.json() == body
    assert response.headers["x-request-id"] == "r-1"
    assert "content-encoding" not in response.headers


def test_bare_json_arrays_are_fine_on_success() -> None:
    h = Harness([ok(body=[{"token": "1"}])], broker="wealthy")
    assert h.send("GET", "/v1/report/holdings/").json() == [{"token": "1"}]


def test_the_generated_kalshi_client_gets_unavailable_not_value_error_for_520() -> None:
    from brokerspec_kalshi import Client
    from brokerspec_kalshi.api.portfolio import get_balance

    h = Harness([HTML_520], retry=RetryPolicy(max_retries=1))
    client = Client(base_url=URL, httpx_args={"transport": h.transport})
    with pytest.raises(Unavailable):
        get_balance.sync_detailed(client=client)
    assert h.calls == 2


def test_the_generated_kalshi_client_parses_what_the_transport_returns() -> None:
    from brokerspec_kalshi import Client
    from brokerspec_kalshi.api.portfolio import get_balance

    h = Harness([status(503), ok(body={"balance": 9801, "portfolio_value": 0, "updated_ts": 1})])
    client = Client(base_url=URL, httpx_args={"transport": h.transport})
    response = get_balance.sync_detailed(client=client)
    assert response.status_code == 200
    assert response.parsed is not None
    assert h.calls == 2


# Async: same policy, same budget


async def test_async_get_is_retried() -> None:
    h = Harness([httpx.ReadTimeout("t"), status(502), ok()])
    response = await h.asend("GET")
    assert response.status_code == 200
    assert h.calls == 3


async def test_async_write_is_not_resent_on_timeout() -> None:
    h = Harness([httpx.ReadTimeout("t"), ok(201)])
    with pytest.raises(Uncertain):
        await h.asend("POST", "/portfolio/events/orders", json={})
    assert h.calls == 1


async def test_async_520_is_unavailable() -> None:
    h = Harness([HTML_520], retry=RetryPolicy(max_retries=0))
    with pytest.raises(Unavailable):
        await h.asend("GET")


async def test_async_malformed_json_is_invalid_response() -> None:
    from brokerspec_kalshi import Client
    from brokerspec_kalshi.api.portfolio import get_balance

    h = Harness([status(200, {"content-type": "application/json"}, b"{nope")])
    client = Client(base_url=URL, httpx_args={"transport": h.transport})
    with pytest.raises(InvalidResponse):
        await read_call("kalshi", get_balance.asyncio_detailed(client=client))
    assert h.calls == 1


async def test_async_transport_for_takes_an_async_inner_transport() -> None:
    script = Script([ok()])
    transport = async_transport_for("kalshi", limits=unlimited(), inner=httpx.MockTransport(script))
    async with httpx.AsyncClient(transport=transport, base_url=URL) as client:
        assert (await client.get("/portfolio/balance")).status_code == 200


# Signing again before a delayed attempt


class CountingAuth(httpx.Auth):
    """Stamps a counter like a signer stamps a timestamp."""

    def __init__(self) -> None:
        self.count = 0

    def auth_flow(self, request: httpx.Request):  # type: ignore[no-untyped-def]
        self.count += 1
        request.headers["x-stamp"] = str(self.count)
        yield request


def test_a_retried_request_is_signed_again_before_it_is_resent() -> None:
    auth = CountingAuth()
    h = Harness([status(503), ok()], auth=auth)
    with httpx.Client(transport=h.transport, base_url=URL, auth=auth) as client:
        assert client.get("/portfolio/balance").status_code == 200
    stamps = [headers["x-stamp"] for headers in h.script.headers]
    assert stamps == ["1", "2"]


def test_a_request_that_did_not_wait_is_not_signed_twice() -> None:
    auth = CountingAuth()
    h = Harness([ok()], auth=auth)
    with httpx.Client(transport=h.transport, base_url=URL, auth=auth) as client:
        client.get("/portfolio/balance")
    assert auth.count == 1


# Helpers for others


def test_transport_for_shares_one_budget_per_broker() -> None:
    a = transport_for("kalshi")
    b = transport_for("kalshi")
    c = async_transport_for("kalshi")
    assert a.limiter is b.limiter is c.limiter
    assert a.limiter is not transport_for("wealthy").limiter
    assert a.limiter.limits == profile("kalshi").limits


def test_transport_for_accepts_custom_limits() -> None:
    limits = RateLimits(reads_per_second=2, writes_per_second=1)
    assert transport_for("kalshi", limits=limits).limiter is shared_limiter("kalshi", limits)
    assert transport_for("kalshi", limits=limits).limiter.limits == limits


def test_transport_for_refuses_unknown_brokers() -> None:
    with pytest.raises(ValueError, match="unknown broker"):
        transport_for("robinhood")


def test_kalshi_defaults_are_the_basic_tier_in_tokens() -> None:
    limits = profile("kalshi").limits
    assert (limits.reads_per_second, limits.writes_per_second) == (200, 100)
    assert (limits.read_burst, limits.write_burst) == (200, 200)  # reads 1 s of refill, writes 2 s
    assert limits.costs.default_cost == 10
    assert limits.tier == "basic"
    for broker in ("wealthy", "vendor_gateway"):
        other = profile(broker).limits
        assert other.costs.default_cost == 1  # one token a request: the budget reads as requests per second
        assert other.reads_per_second / other.costs.default_cost < limits.reads_per_second / 10


@pytest.mark.parametrize("broker", ["kalshi", "wealthy", "vendor_gateway", "gateway"])
def test_timeout_for_gives_every_phase_a_limit(broker: str) -> None:
    timeout = timeout_for(broker)
    assert isinstance(timeout, httpx.Timeout)
    assert None not in (timeout.connect, timeout.read, timeout.write, timeout.pool)


def test_transport_works_as_a_generated_client_transport_for_sync_and_async() -> None:
    from brokerspec_kalshi import Client

    transport = transport_for("kalshi", limits=unlimited(), inner=httpx.MockTransport(Script([ok()])))
    client = Client(base_url=URL, httpx_args={"transport": transport})
    assert client.get_httpx_client().get("/portfolio/balance").status_code == 200

    async def run() -> int:
        return (await client.get_async_httpx_client().get("/portfolio/balance")).status_code

    assert asyncio.run(run()) == 200


# Rate limiting, on a fake clock


def max_in_window(times: list[float], window: float) -> int:
    times = sorted(times)
    best = 0
    j = 0
    for i, start in enumerate(times):
        while j < len(times) and times[j] < start + window - 1e-9:
            j += 1
        best = max(best, j - i)
    return best


def test_bucket_allows_the_burst_then_spaces_requests_at_the_rate() -> None:
    clock = FakeClock()
    bucket = TokenBucket(rate=10, burst=3, clock=clock)
    waits = [bucket.reserve() for _ in range(6)]
    assert waits[:3] == [0.0, 0.0, 0.0]
    assert waits[3:] == pytest.approx([0.1, 0.2, 0.3])


def test_bucket_refills_over_time_up_to_the_burst() -> None:
    clock = FakeClock()
    bucket = TokenBucket(rate=10, burst=2, clock=clock)
    bucket.reserve()
    bucket.reserve()
    clock.advance(10)  # long idle: refills to 2, not 100
    assert [bucket.reserve() for _ in range(3)] == pytest.approx([0.0, 0.0, 0.1])


def test_reads_and_writes_have_separate_budgets() -> None:
    clock = FakeClock()
    limiter = RateLimiter(
        RateLimits(reads_per_second=20, writes_per_second=10, read_burst=1, write_burst=1), clock=clock
    )
    for _ in range(50):
        limiter.reserve("read")
    assert limiter.reserve("write") == 0.0
    assert limiter.reserve("write") == pytest.approx(0.1)
    assert limiter.reserve("read") == pytest.approx(50 / 20)


def test_a_write_waits_in_the_write_bucket_through_the_transport() -> None:
    clock = FakeClock()
    limiter = RateLimiter(
        RateLimits(reads_per_second=100, writes_per_second=2, read_burst=1, write_burst=1), clock=clock
    )
    h = Harness([ok(201)], limiter=limiter, clock=clock)
    for _ in range(3):
        h.send("POST", "/portfolio/events/orders", json={})
    h.send("GET")
    # writes: 0 (burst), then 0.5 s after the last reservation point, each; the read did not wait
    assert h.sleeps == pytest.approx([0.5, 0.5])


async def test_200_concurrent_reads_are_admitted_within_one_seconds_budget_per_window() -> None:
    clock = FakeClock()
    limits = RateLimits(reads_per_second=20, writes_per_second=10, read_burst=10, write_burst=5)
    limiter = RateLimiter(limits, clock=clock)
    admitted: list[float] = []

    async def record(seconds: float) -> None:
        admitted.append(clock() + seconds)  # the moment this request may go; the clock stays frozen
        await asyncio.sleep(0)

    h = Harness([ok()], limiter=limiter, clock=clock, async_sleep=record)
    async with httpx.AsyncClient(transport=h.transport, base_url=URL) as client:
        responses = await asyncio.gather(*(client.get("/portfolio/balance") for _ in range(200)))
    assert all(r.status_code == 200 for r in responses)
    assert h.calls == 200
    starts = admitted + [clock()] * (200 - len(admitted))  # the burst did not sleep at all
    assert len(starts) == 200
    assert max_in_window(starts, 1.0) <= limits.reads_per_second  # one second's budget, burst or not
    assert max(starts) - clock() >= (200 - limits.read_burst) / limits.reads_per_second


def test_200_threads_share_one_bucket_without_losing_reservations() -> None:
    clock = FakeClock()
    limiter = RateLimiter(RateLimits(reads_per_second=20, writes_per_second=10, read_burst=10), clock=clock)
    waits: list[float] = []
    lock = threading.Lock()
    barrier = threading.Barrier(200)

    def worker() -> None:
        barrier.wait()
        wait = limiter.reserve("read")
        with lock:
            waits.append(wait)

    threads = [threading.Thread(target=worker) for _ in range(200)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    alone = RateLimiter(RateLimits(reads_per_second=20, writes_per_second=10, read_burst=10), clock=clock)
    expected = [alone.reserve("read") for _ in range(200)]  # the same 200 reservations, one after the other
    assert sorted(waits) == pytest.approx(expected)
    assert max_in_window(waits, 1.0) <= 20  # never more than one second's budget in one second


def test_limits_must_be_positive() -> None:
    with pytest.raises(ValueError):
        RateLimits(reads_per_second=0, writes_per_second=1)
    with pytest.raises(ValueError):
        TokenBucket(rate=1, burst=0)
