"""The shared rate limiter against a real Redis: two replicas on one broker key stay within its budget.

The oracle is the sandbox, which bills every Kalshi request to token buckets the way the exchange does and
answers 429 when a bucket cannot pay (tests/test_ratelimit_sandbox.py): two limiter instances (two
replicas, each with its own transport and Redis connections) send through one recording network, and the
sandbox must never refuse, nor any one-second window hold more than the budget. The control shows the
test can fail: two replicas each with its own in-process buckets get the 429s.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
import redis
from brokerspec.brokers.clients import transport_for
from brokerspec.brokers.profiles import profile
from brokerspec.errors import RateLimited
from brokerspec.http.auth import KalshiAuth
from brokerspec.http.ratelimit import RateLimiter, RateLimits
from brokerspec.http.ratelimit_redis import SHARED_LATENESS_S, RedisRateLimiter, bucket_keys
from brokerspec.http.transport import RetryPolicy
from brokerspec.sandbox import SandboxServer
from server_helpers import warmed_kalshi_auth
from test_ratelimit_sandbox import BASIC, Recording, assert_within_budget, heaviest_second

KEY_ID = "0f6c2a5e-key-id-of-the-test"


@pytest.fixture
def sandbox(tmp_path: Path) -> Iterator[SandboxServer]:
    with SandboxServer(key_dir=tmp_path / "keys") as server:
        yield server


@pytest.fixture
def auth(sandbox: SandboxServer) -> KalshiAuth:
    """The sandbox's key, the exchange ready and its read bucket full (`warmed_kalshi_auth`)."""
    auth: KalshiAuth = warmed_kalshi_auth(sandbox)
    return auth


@pytest.fixture
def fresh_redis(redis_url: str) -> str:
    redis.Redis.from_url(redis_url).flushall()
    return redis_url


def _replica(
    limiter: RateLimiter, recording: Recording, auth: KalshiAuth, sandbox: SandboxServer
) -> httpx.AsyncClient:
    transport = transport_for(
        "kalshi",
        limits=limiter,
        inner=recording,
        auth=auth,
        retry=RetryPolicy(max_retries=0, deadline=30),
    )
    return httpx.AsyncClient(
        base_url=sandbox.base_urls["kalshi"], auth=auth, transport=transport, timeout=20.0
    )


async def _burst(clients: list[httpx.AsyncClient], per_client: int) -> list[int]:
    async def one(c: httpx.AsyncClient) -> list[int]:
        replies = await asyncio.gather(*(c.get("/portfolio/balance") for _ in range(per_client)))
        return [r.status_code for r in replies]

    results = await asyncio.gather(*(one(c) for c in clients))
    for c in clients:
        await c.aclose()
    return [s for r in results for s in r]


async def test_two_replicas_sharing_redis_never_exceed_the_keys_budget(
    fresh_redis: str, sandbox: SandboxServer, auth: KalshiAuth
) -> None:
    limits = profile("kalshi").limits
    account = f"{sandbox.base_urls['kalshi']} {KEY_ID}"
    recording = Recording()
    replicas = [
        _replica(
            RedisRateLimiter(limits, url=fresh_redis, broker="kalshi", account=account),
            recording,
            auth,
            sandbox,
        )
        for _ in range(2)
    ]
    started = time.monotonic()
    statuses = await _burst(replicas, 30)  # 600 read tokens against 200 a second
    assert statuses == [200] * 60
    assert time.monotonic() - started >= 2.0
    assert_within_budget(recording)
    assert heaviest_second(recording.sent, "read") <= BASIC["read"][1]
    # the keys name neither the key id nor the base URL
    names = [k.decode() for k in redis.Redis.from_url(fresh_redis).keys("*")]
    assert names and not any(KEY_ID in n or "127.0.0.1" in n for n in names)


async def test_the_control_two_replicas_with_their_own_buckets_get_429s(
    sandbox: SandboxServer, auth: KalshiAuth
) -> None:
    limits = profile("kalshi").limits
    recording = Recording()
    replicas = [_replica(RateLimiter(limits), recording, auth, sandbox) for _ in range(2)]
    with contextlib.suppress(RateLimited):
        await _burst(replicas, 30)
    # each replica spent the whole budget: together twice it, and the sandbox refused
    assert 429 in [s.status for s in recording.sent]


def _release_times(limiters: list[RedisRateLimiter], calls: int, cost: float) -> list[float]:
    """Each reservation's release time, by the Redis server's clock (as the script answered it)."""
    times: list[float] = []
    lock = threading.Lock()
    barrier = threading.Barrier(len(limiters) * 2)

    def run(limiter: RedisRateLimiter) -> None:
        barrier.wait()
        for _ in range(calls):
            _wait, at = limiter.reserve_slot("read", cost)
            assert at is not None
            with lock:
                times.append(at)

    threads = [threading.Thread(target=run, args=(lim,)) for lim in limiters for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    return sorted(times)


def test_the_script_is_atomic_under_concurrent_calls(fresh_redis: str) -> None:
    # 4 replicas x 2 threads x 25 calls of 10 tokens against 100 tokens a second: every slot distinct,
    # and no one-second window of release times holds more than 100 tokens (10 calls).
    limits = RateLimits(reads_per_second=100, writes_per_second=100)
    limiters = [RedisRateLimiter(limits, url=fresh_redis, broker="kalshi", account="acct") for _ in range(4)]
    times = _release_times(limiters, 25, 10)
    assert len(times) == 200
    for i, start in enumerate(times):
        in_window = [t for t in times[i:] if t < start + 1.0]
        assert len(in_window) <= 10, (i, len(in_window))
    # 2000 tokens, at most 100 in any second: the last is released at least 19 s after the first
    assert times[-1] - times[0] >= 19.0
    seq = redis.Redis.from_url(fresh_redis).hget(bucket_keys("kalshi", "acct", "read")[0], "seq")
    assert int(seq or 0) == 200


@pytest.mark.parametrize(("pattern", "times_the_bound"), [("random", 1.0), ("early ones late", 1.0)])
def test_releases_that_leave_late_still_fit_the_exchanges_bucket(
    fresh_redis: str, pattern: str, times_the_bound: float
) -> None:
    """A replica's request can leave its release later than planned (a busy machine: the script allows the
    broker's `latency_allowance` plus `SHARED_LATENESS_S`). Replayed into the sandbox's own exchange-side
    bucket (Basic: 200 read tokens a second, capacity 200) at release + lateness, in arrival order, every
    request is admitted. (With lateness beyond the bound it is not: at 0.6 s the bunched case fails.)"""
    import random

    from brokerspec.sandbox.kalshi.ratelimit import RateLimiter as ExchangeLimiter

    limits = profile("kalshi").limits
    limiters = [RedisRateLimiter(limits, url=fresh_redis, broker="kalshi", account="late") for _ in range(3)]
    releases = _release_times(limiters, 15, 10)  # 90 reads of 10 tokens: a burst, then the steady rate
    most = (limits.latency_allowance + SHARED_LATENESS_S) * times_the_bound
    rng = random.Random(7)
    first = releases[0]

    def lateness(at: float) -> float:
        if pattern == "early ones late":  # the burst leaves late, the next ones on time: bunched arrivals
            return most if at - first < 0.5 else 0.0
        return rng.uniform(0, most)

    arrivals = sorted(at + lateness(at) for at in releases)
    clock = {"now": arrivals[0] - 10}  # the exchange's bucket has been full for a while
    exchange = ExchangeLimiter("basic", lambda: clock["now"])
    exchange.bucket("member", "read")
    refused = []
    for at in arrivals:
        clock["now"] = at
        if not exchange.admit("member", "GET", 10):
            refused.append(round(at - first, 3))
    assert refused == []


async def test_async_and_sync_callers_share_the_buckets(fresh_redis: str) -> None:
    limits = RateLimits(reads_per_second=10, writes_per_second=10)
    one = RedisRateLimiter(limits, url=fresh_redis, broker="kalshi", account="shared")
    two = RedisRateLimiter(limits, url=fresh_redis, broker="kalshi", account="shared")
    assert one.reserve("read", 10) == 0.0  # the whole bucket
    wait = await two.areserve("read", 5)
    assert 0.4 < wait <= 1.0 + SHARED_LATENESS_S + 0.01  # the other replica's spend is seen
    other = RedisRateLimiter(limits, url=fresh_redis, broker="kalshi", account="another key")
    assert await other.areserve("read", 10) == 0.0  # a different key has its own budget


def test_a_429_drains_the_bucket_for_every_replica(fresh_redis: str) -> None:
    limits = RateLimits(reads_per_second=10, writes_per_second=10)
    one = RedisRateLimiter(limits, url=fresh_redis, broker="kalshi", account="drained")
    two = RedisRateLimiter(limits, url=fresh_redis, broker="kalshi", account="drained")
    one.drain("write")
    assert two.reserve("write", 1) > 0.05


def test_without_redis_the_limiter_falls_back_to_its_own_buckets(caplog: pytest.LogCaptureFixture) -> None:
    limits = RateLimits(reads_per_second=10, writes_per_second=10)
    limiter = RedisRateLimiter(limits, url="redis://127.0.0.1:1/0", broker="kalshi", account="gone")
    with caplog.at_level(logging.WARNING, "brokerspec.http.ratelimit"):
        assert limiter.reserve("read", 10) == 0.0
        assert limiter.reserve("read", 10) > 0.5  # the local bucket still limits
    assert "unreachable" in caplog.text


def test_with_redis_configured_every_transport_of_a_key_gets_the_shared_limiter(fresh_redis: str) -> None:
    from brokerspec.http.ratelimit import shared_limiter
    from brokerspec.http.ratelimit_redis import use_redis

    limits = RateLimits(reads_per_second=7, writes_per_second=7)
    assert type(shared_limiter("kalshi", limits, account="k")) is RateLimiter
    use_redis(fresh_redis)
    try:
        shared = shared_limiter("kalshi", limits, account="k")
        assert isinstance(shared, RedisRateLimiter)
        assert shared_limiter("kalshi", limits, account="k") is shared
        assert transport_for("kalshi", account="k2").limiter is not shared
        assert isinstance(transport_for("kalshi", account="k2").limiter, RedisRateLimiter)
    finally:
        use_redis(None)
    assert type(shared_limiter("kalshi", limits, account="k")) is RateLimiter
