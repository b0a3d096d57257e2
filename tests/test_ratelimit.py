"""Token-bucket rate limiting: what a request costs, and what the buckets let through, on a fake clock.

Kalshi bills tokens, not requests (reference "Rate limits are token buckets"): 10 by default, 2 for cancels
and single-order reads, a batch per item; Basic is 200 read / 100 write tokens per second, the write bucket
holding two seconds. The properties below are checked against a model of the exchange's own bucket: every
sequence the limiter releases must be one the exchange accepts (even when each request arrives up to the
latency allowance late, in any order), and no one-second window may hold more than the budget.
"""

from __future__ import annotations

import json
import threading

import pytest
from brokerspec.brokers.profiles import KALSHI_COSTS, profile
from brokerspec.http.costs import CostTable, EndpointCost
from brokerspec.http.ratelimit import RateLimiter, RateLimits, TokenBucket
from hypothesis import given, settings
from hypothesis import strategies as st

API = "/trade-api/v2"
KALSHI = profile("kalshi").limits


class FakeClock:
    def __init__(self, now: float = 1000.0) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now


def batch(key: str, n: int) -> bytes:
    return json.dumps({key: [{"n": i} for i in range(n)]}).encode()


# What a request costs


@pytest.mark.parametrize(
    ("method", "path", "cost"),
    [
        ("GET", "/portfolio/balance", 10),
        ("GET", "/portfolio/orders", 10),
        ("POST", "/portfolio/events/orders", 10),
        ("POST", "/portfolio/events/orders/o-1/amend", 10),
        ("POST", "/portfolio/events/orders/o-1/decrease", 10),
        ("DELETE", "/portfolio/events/orders/o-1", 2),  # a cancel
        ("DELETE", "/portfolio/orders/o-1", 2),  # the legacy cancel
        ("GET", "/portfolio/orders/o-1", 2),  # a single-order read
        ("GET", "/portfolio/orders/o-1/queue_position", 10),  # not known to be cheaper: the default
        ("DELETE", "/portfolio/events/orders", 10),  # cancel-all
        ("POST", "/portfolio/order_groups/create", 10),
        ("get", "/portfolio/orders/o-1/", 2),  # method case and a trailing slash do not matter
    ],
)
def test_kalshi_costs_by_method_and_path(method: str, path: str, cost: float) -> None:
    assert KALSHI_COSTS.cost(method, API + path) == cost
    assert (
        KALSHI_COSTS.cost(method, "/kalshi" + API + path + "?subaccount=0") == cost
    )  # sandbox prefix, query


def test_a_20_order_batch_costs_20_times_an_order() -> None:
    assert KALSHI_COSTS.cost("POST", API + "/portfolio/events/orders/batched", batch("orders", 20)) == 200
    assert KALSHI_COSTS.cost("POST", API + "/portfolio/orders/batched", batch("orders", 3)) == 30


@pytest.mark.parametrize("key", ["orders", "ids"])
def test_a_batch_cancel_costs_a_cancel_per_item_in_either_body(key: str) -> None:
    # V2 body {"orders": [...]}, retired body {"ids": [...]}: counted either way, never as one request.
    assert KALSHI_COSTS.cost("DELETE", API + "/portfolio/events/orders/batched", batch(key, 7)) == 14
    assert KALSHI_COSTS.cost("DELETE", API + "/portfolio/orders/batched", batch(key, 7)) == 14


@pytest.mark.parametrize("body", [b"", b"not json", b"[1, 2]", b'{"orders": "x"}', b'{"orders": []}'])
def test_an_unreadable_batch_body_counts_as_one_item(body: bytes) -> None:
    assert KALSHI_COSTS.cost("POST", API + "/portfolio/events/orders/batched", body) == 10


def test_the_body_is_read_only_for_a_batch() -> None:
    def unread() -> bytes:
        raise AssertionError("the body of a non-batch request was read")

    assert KALSHI_COSTS.cost("POST", API + "/portfolio/events/orders", unread) == 10
    assert (
        KALSHI_COSTS.cost("POST", API + "/portfolio/events/orders/batched", lambda: batch("orders", 2)) == 20
    )


def test_a_literal_segment_beats_a_template() -> None:
    table = CostTable(
        default_cost=5,
        endpoints=(
            EndpointCost("DELETE", "/o/{id}", 1),
            EndpointCost("DELETE", "/o/batched", 3, items=("ids",)),
        ),
    )
    assert table.cost("DELETE", "/o/abc") == 1
    assert table.cost("DELETE", "/o/batched", batch("ids", 2)) == 6
    assert table.cost("DELETE", "/o/abc/more") == 5
    assert table.cost("GET", "/o/abc") == 5


def test_a_path_outside_the_root_costs_the_default() -> None:
    assert KALSHI_COSTS.cost("DELETE", "/elsewhere/portfolio/events/orders/o-1") == 10


def test_the_brokers_costs_replace_ours_and_keep_our_batch_rules() -> None:
    table = KALSHI_COSTS.replaced(
        12,
        [
            ("DELETE", API + "/portfolio/events/orders/{order_id}", 3),  # the root and another name are fine
            ("DELETE", "/portfolio/events/orders/batched", 1),
            ("GET", API + "/portfolio/fills", 20),  # one we did not know
        ],
    )
    assert table.default_cost == 12
    assert table.cost("DELETE", API + "/portfolio/events/orders/o-1") == 3
    assert table.cost("DELETE", API + "/portfolio/events/orders/batched", batch("orders", 5)) == 5
    assert (
        table.cost("POST", API + "/portfolio/events/orders/batched", batch("orders", 2)) == 24
    )  # default now
    assert table.cost("GET", API + "/portfolio/orders/o-1") == 12  # not listed any more: the default
    assert table.cost("GET", API + "/portfolio/fills") == 20
    assert table.cost("GET", API + "/portfolio/balance") == 12


def test_the_default_table_bills_one_token_a_request() -> None:
    for broker in ("wealthy", "vendor_gateway"):
        assert profile(broker).limits.costs.cost("POST", "/anything", batch("orders", 9)) == 1


# The buckets


def test_a_20_order_batch_then_writes_wait_instead_of_exceeding_the_write_budget() -> None:
    clock = FakeClock()
    limits = RateLimits(reads_per_second=200, writes_per_second=100, write_burst=200, costs=KALSHI_COSTS)
    limiter = RateLimiter(limits, clock=clock)
    assert limiter.reserve("write", 200) == 0.0  # the whole burst, at once
    waits = [limiter.reserve("write", 10) for _ in range(20)]
    assert waits[0] == pytest.approx(1.0)  # nothing more in the batch's second
    sent = [0.0, *waits]
    costs = [200.0] + [10.0] * 20
    assert max_window(sent, costs) <= 200
    assert server_accepts(limits.bucket("write"), sent, costs)
    assert limiter.reserve("read", 10) == 0.0  # reads have their own bucket


def test_kalshi_basic_reads_are_20_plain_gets_in_any_second() -> None:
    clock = FakeClock()
    limiter = RateLimiter(KALSHI, clock=clock)
    sent = [limiter.reserve("read") for _ in range(100)]  # the table's default cost: 10 tokens
    assert max_window(sent, [1.0] * 100) == 20
    assert sent[19] == 0.0
    assert sent[20] >= 1.0


def test_an_idle_bucket_refills_up_to_its_capacity_only() -> None:
    clock = FakeClock()
    bucket = TokenBucket(rate=10, burst=20, clock=clock)
    bucket.reserve(20)
    clock.now += 100
    assert bucket.reserve(20) == 0.0
    assert bucket.reserve(1) == pytest.approx(1.0)  # the window: 20 tokens were sent this very second


def test_a_request_dearer_than_the_bucket_waits_for_a_full_idle_bucket_and_goes() -> None:
    clock = FakeClock()
    bucket = TokenBucket(rate=100, burst=200, clock=clock)
    bucket.reserve(50)
    assert bucket.reserve(250) == pytest.approx(1.0)  # billed as the whole bucket; the broker decides
    assert bucket.reserve(10) == pytest.approx(2.0)


def test_the_latency_allowance_delays_what_follows_a_drained_bucket() -> None:
    clock = FakeClock()
    bucket = TokenBucket(rate=100, burst=200, latency_allowance=0.1, clock=clock)
    assert bucket.reserve(200) == 0.0
    assert bucket.reserve(10) == pytest.approx(1.1)


def test_a_429_empties_the_bucket() -> None:
    clock = FakeClock()
    limiter = RateLimiter(RateLimits(reads_per_second=100, writes_per_second=10), clock=clock)
    assert limiter.reserve("read", 10) == 0.0
    limiter.drain("read")
    assert limiter.reserve("read", 10) == pytest.approx(0.1)  # refilling from empty
    assert limiter.reserve("write", 10) == 0.0


def test_a_new_budget_keeps_what_was_spent() -> None:
    clock = FakeClock()
    limiter = RateLimiter(RateLimits(reads_per_second=10, writes_per_second=10), clock=clock)
    limiter.reserve("read", 10)
    limiter.update(RateLimits(reads_per_second=100, writes_per_second=10, read_burst=20))
    assert limiter.limits.read_burst == 20
    assert limiter.reserve("read", 10) == 0.0
    assert limiter.reserve("read", 10) == pytest.approx(0.1)  # 10 spent before the change still count


def test_overrides_win_over_a_new_budget() -> None:
    from brokerspec.settings.server import RateOverrides

    limiter = RateLimiter(KALSHI, overrides=RateOverrides(writes_per_second=50))
    assert (limiter.limits.writes_per_second, limiter.limits.write_burst) == (50, 100)
    limiter.update(RateLimits(reads_per_second=1000, writes_per_second=1000, write_burst=2000))
    assert limiter.limits.reads_per_second == 1000
    assert (limiter.limits.writes_per_second, limiter.limits.write_burst) == (50, 100)


def test_threads_share_one_bucket_without_losing_reservations() -> None:
    clock = FakeClock()
    bucket = TokenBucket(rate=100, burst=200, latency_allowance=0.1, clock=clock)
    costs = [float(2 + i % 11) for i in range(300)]
    barrier = threading.Barrier(30)
    sent: list[tuple[float, float]] = []
    lock = threading.Lock()

    def worker(mine: list[float]) -> None:
        barrier.wait()
        for cost in mine:
            wait = bucket.reserve(cost)
            with lock:
                sent.append((clock() + wait, cost))

    threads = [threading.Thread(target=worker, args=(costs[i::30],)) for i in range(30)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(sent) == 300
    times, spent = [t for t, _ in sent], [c for _, c in sent]
    assert max_window(times, spent, allowance=0.1) <= 200
    assert server_accepts((100, 200), times, spent, delays=[0.1 * (i % 2) for i in range(300)])


# Properties, against a model of the exchange's bucket


def max_window(
    times: list[float], costs: list[float], *, allowance: float = 0.0, width: float = 1.0
) -> float:
    """The most tokens sent within any window of `width + allowance` seconds: what may arrive in one window
    of `width` when each request can reach the broker up to `allowance` late."""
    pairs = sorted(zip(times, costs, strict=True))
    best = total = 0.0
    j = 0
    for i, (start, _) in enumerate(pairs):
        while j < len(pairs) and pairs[j][0] < start + width + allowance - 1e-9:
            total += pairs[j][1]
            j += 1
        best = max(best, total)
        total -= pairs[i][1]
    return best


def server_accepts(
    bucket: tuple[float, float], sent: list[float], costs: list[float], delays: list[float] | None = None
) -> bool:
    """Whether the exchange's bucket (rate, capacity; starts full; refuses without spending) admits all."""
    rate, capacity = bucket
    arrivals = sorted(
        (t + (delays[i] if delays else 0.0), min(c, capacity))
        for i, (t, c) in enumerate(zip(sent, costs, strict=True))
    )
    tokens, last = capacity, arrivals[0][0] if arrivals else 0.0
    for when, cost in arrivals:
        tokens = min(capacity, tokens + (when - last) * rate)
        last = when
        if tokens + 1e-6 < cost:
            return False
        tokens -= cost
    return True


request = st.tuples(
    st.sampled_from(["read", "write"]),
    st.sampled_from([2.0, 10.0, 10.0, 10.0, 40.0, 200.0]),  # cancels, plain calls, small and 20-order batches
    st.floats(min_value=0.0, max_value=0.3),  # think time before the next one
)


@settings(max_examples=150, deadline=None)
@given(
    st.lists(request, min_size=1, max_size=120),
    st.sampled_from([0.0, 0.05, 0.1]),
    st.lists(st.floats(min_value=0.0, max_value=1.0), min_size=120, max_size=120),
)
def test_random_mixes_never_exceed_the_budget_in_any_window_and_the_exchange_accepts_them(
    requests: list[tuple[str, float, float]], allowance: float, jitter: list[float]
) -> None:
    clock = FakeClock()
    limits = RateLimits(
        reads_per_second=200,
        writes_per_second=100,
        write_burst=200,
        costs=KALSHI_COSTS,
        latency_allowance=allowance,
    )
    limiter = RateLimiter(limits, clock=clock)
    sent: dict[str, list[tuple[float, float]]] = {"read": [], "write": []}
    for kind, cost, think in requests:
        clock.now += think
        wait = limiter.reserve(kind, cost)  # type: ignore[arg-type]
        assert wait >= 0
        sent[kind].append((clock.now + wait, cost))
    for kind in ("read", "write"):
        times = [t for t, _ in sent[kind]]
        costs = [c for _, c in sent[kind]]
        rate, capacity = limits.bucket(kind)  # type: ignore[arg-type]
        # Whatever the request's lateness within the allowance, one second at the exchange holds the budget at most.
        assert max_window(times, costs, allowance=allowance) <= max(capacity, rate) + 1e-6
        delays = [allowance * j for j in jitter[: len(times)]]
        assert server_accepts((rate, capacity), times, costs, delays)
        assert server_accepts((rate, capacity), times, costs)


@settings(max_examples=100, deadline=None)
@given(st.lists(st.sampled_from([2.0, 10.0, 200.0]), min_size=1, max_size=60))
def test_concurrent_callers_on_a_frozen_clock_are_spread_within_the_budget(costs: list[float]) -> None:
    # Everybody asks at the same instant (an asyncio.gather): the reservations alone spread them out.
    clock = FakeClock()
    bucket = TokenBucket(rate=100, burst=200, clock=clock)
    times = [clock.now + bucket.reserve(cost) for cost in costs]
    assert times == sorted(times)  # first come, first served
    assert max_window(times, costs) <= 200 + 1e-6
    assert server_accepts((100, 200), times, costs)


@settings(max_examples=100, deadline=None)
@given(st.lists(st.tuples(st.sampled_from([2.0, 10.0]), st.floats(0.0, 0.5)), min_size=1, max_size=80))
def test_the_limiter_never_waits_when_an_idle_exchange_bucket_would_accept(
    requests: list[tuple[float, float]],
) -> None:
    # Not just safe but not needlessly slow: with no allowance, a request that finds a full window budget
    # and enough tokens in the exchange's bucket goes at once.
    clock = FakeClock()
    bucket = TokenBucket(rate=100, burst=200, clock=clock)
    history: list[tuple[float, float]] = []
    for cost, think in requests:
        clock.now += think
        wait = bucket.reserve(cost)
        if wait == 0:
            history.append((clock.now, cost))
            continue
        at = clock.now + wait
        history.append((at, cost))
        times = [t for t, _ in history]
        spent = [c for _, c in history]
        # Sent a hair earlier, it would have broken one of the two rules.
        earlier = [*times[:-1], at - 1e-3]
        assert max_window(earlier, spent) > 200 or not server_accepts((100, 200), earlier, spent)
