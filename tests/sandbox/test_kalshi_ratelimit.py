"""Token-bucket rate limiting like the exchange: per-request costs (default 10, cancels and single-order reads
2), batches billed per item, separate read and write buckets refilled per second (Basic 200 read / 100
write, the write bucket holding two seconds), `GET /account/limits` and `GET /account/endpoint_costs`, and a
refusal that is 429 `{"error": "too many requests"}` with no Retry-After and no X-RateLimit headers."""

from __future__ import annotations

import httpx
import pytest
from brokerspec.sandbox import Sandbox
from brokerspec.sandbox.kalshi.ratelimit import TIERS, RateLimiter, TokenBucket, cost_of

from . import _sdk_oracle
from ._kalshi_support import MARKET, Clock, sandbox

ORDERS = "/portfolio/events/orders"


def _assert_refused(response: httpx.Response) -> None:
    assert response.status_code == 429
    assert response.json() == {"error": "too many requests"}
    assert "retry-after" not in response.headers
    assert not [h for h in response.headers if h.lower().startswith("x-ratelimit")]


def _order(**fields: str) -> dict[str, str]:
    return {
        "ticker": MARKET,
        "side": "bid",
        "count": "1",
        "price": "0.30",
        "time_in_force": "good_till_canceled",
        "self_trade_prevention_type": "taker_at_cross",
    } | fields


def test_the_basic_read_bucket_pays_for_20_default_reads_then_429() -> None:
    _, alice, _ = sandbox(tier="basic")
    for _ in range(20):
        assert alice.get("/portfolio/balance").status_code == 200
    _assert_refused(alice.get("/portfolio/balance"))


def test_the_bucket_refills_continuously_and_a_refusal_spends_nothing() -> None:
    _, alice, clock = sandbox(tier="basic")
    for _ in range(20):
        alice.get("/portfolio/fills")
    _assert_refused(alice.get("/portfolio/fills"))
    _assert_refused(alice.get("/portfolio/fills"))
    clock.advance(0.05)  # 200 tokens/s × 0.05 s = 10 tokens: one more read, however many were refused
    assert alice.get("/portfolio/fills").status_code == 200
    _assert_refused(alice.get("/portfolio/fills"))
    clock.advance(10)  # never more than the capacity
    assert sum(alice.get("/portfolio/fills").status_code == 200 for _ in range(25)) == 20


def test_single_order_reads_cost_2() -> None:
    _, alice, _ = sandbox(tier="basic")
    order_id = alice.create(price="0.40").json()["order_id"]
    for _ in range(100):
        assert alice.get(f"/portfolio/orders/{order_id}").status_code == 200
    _assert_refused(alice.get(f"/portfolio/orders/{order_id}"))


def test_reads_and_writes_have_separate_buckets() -> None:
    _, alice, _ = sandbox(tier="basic")
    for _ in range(20):
        alice.get("/portfolio/balance")
    _assert_refused(alice.get("/portfolio/balance"))
    assert alice.create(price="0.40").status_code == 201


def test_the_write_bucket_holds_two_seconds_so_a_20_order_batch_fits_and_then_empties_it() -> None:
    _, alice, clock = sandbox(tier="basic")
    batch = {"orders": [_order(price=f"0.{10 + i}") for i in range(20)]}
    response = alice.post(f"{ORDERS}/batched", batch)
    assert response.status_code == 201 and len(response.json()["orders"]) == 20
    _assert_refused(alice.create(price="0.40"))  # the batch cost 20 × 10 = 200 tokens
    clock.advance(0.1)  # 100 tokens/s: 10 tokens back
    assert alice.create(price="0.40").status_code == 201


def test_a_batch_larger_than_the_write_bucket_is_refused_before_it_runs() -> None:
    exchange, alice, _ = sandbox(tier="basic")
    response = alice.post(f"{ORDERS}/batched", {"orders": [_order() for _ in range(21)]})
    _assert_refused(response)
    assert not exchange.member_orders("alice")


def test_cancels_cost_2_and_a_batch_cancel_2_per_item() -> None:
    exchange, alice, clock = sandbox(tier="basic")
    ids = [alice.create(price=f"0.{20 + i}").json()["order_id"] for i in range(20)]  # 200 tokens spent
    clock.advance(2)  # full again: 200
    for order_id in ids:  # 20 single cancels × 2 = 40
        assert alice.delete(f"{ORDERS}/{order_id}").status_code == 200
    more = [alice.create(price=f"0.{40 + i}").json()["order_id"] for i in range(16)]  # 160: bucket at 0
    _assert_refused(alice.delete(f"{ORDERS}/batched", {"orders": [{"order_id": i} for i in more]}))
    clock.advance(0.32)  # 32 tokens = 16 items × 2
    response = alice.delete(f"{ORDERS}/batched", {"orders": [{"order_id": i} for i in more]})
    assert response.status_code == 200
    assert not exchange.resting_orders("alice")


def test_costs_per_endpoint() -> None:
    assert cost_of("GET", "/portfolio/balance") == 10
    assert cost_of("POST", "/portfolio/events/orders") == 10
    assert cost_of("DELETE", "/portfolio/events/orders/{order_id}") == 2
    assert cost_of("GET", "/portfolio/orders/{order_id}") == 2
    assert cost_of("POST", "/portfolio/events/orders/batched", 20) == 200
    assert cost_of("DELETE", "/portfolio/events/orders/batched", 20) == 40


def test_no_one_second_window_exceeds_the_bucket() -> None:
    """A greedy client (a read every 2 ms for 5 s): after the first full bucket, no window of one second
    is admitted more than the refill rate (plus one request's cost of discreteness)."""
    clock = Clock(0.0)
    limiter = RateLimiter("basic", clock)
    admitted: list[float] = []
    for step in range(2500):
        clock.now = step * 0.002
        if limiter.admit("alice", "GET", 10):
            admitted.append(clock.now)
    tier = TIERS["basic"]
    for start in [i * 0.01 for i in range(400)]:
        in_window = sum(10 for t in admitted if start <= t < start + 1)
        assert in_window <= tier.read_capacity + tier.read_rate
        if start >= 1:
            assert in_window <= tier.read_rate + 10
    # the first second's burst (20) plus the refill of the 5 seconds (20 per second), give or take one
    assert 20 + 20 * 5 - 1 <= len(admitted) <= 20 + 20 * 5


def test_a_token_bucket_starts_full_and_never_overfills() -> None:
    bucket = TokenBucket(100, 200, now=0.0)
    assert bucket.take(200, 0.0) and not bucket.take(1, 0.0)
    assert bucket.take(100, 1.0) and not bucket.take(1, 1.0)
    assert bucket.take(200, 100.0) and not bucket.take(1, 100.0)


# -- what the exchange says about itself -----------------------------------------------------------


@pytest.mark.parametrize(
    ("tier", "read", "write"),
    [("basic", 200, 100), ("advanced", 300, 300), ("premier", 1000, 1000), ("prime", 4000, 4000)],
)
def test_account_limits_report_the_tier_and_both_buckets(tier: str, read: int, write: int) -> None:
    _, alice, _ = sandbox(tier=tier)
    response = alice.get("/account/limits")
    assert response.json() == {
        "usage_tier": tier,
        "read": {"refill_rate": read, "bucket_capacity": read},
        "write": {"refill_rate": write, "bucket_capacity": 2 * write},
        "grants": [],
    }
    _sdk_oracle.conforms("GetAccountApiLimitsResponse", response.json())


def test_endpoint_costs_list_the_costs_that_differ_from_the_default() -> None:
    _, alice, _ = sandbox()
    response = alice.get("/account/endpoint_costs")
    body = response.json()
    assert body["default_cost"] == 10
    costs = {(row["method"], row["path"]): row["cost"] for row in body["endpoint_costs"]}
    assert costs[("DELETE", "/trade-api/v2/portfolio/events/orders/{order_id}")] == 2
    assert costs[("GET", "/trade-api/v2/portfolio/orders/{order_id}")] == 2
    assert all(cost != 10 for cost in costs.values())
    _sdk_oracle.conforms("GetAccountEndpointCostsResponse", body)


def test_account_endpoints_need_a_signature() -> None:
    _, alice, _ = sandbox()
    assert alice.client.get("/trade-api/v2/account/limits").status_code == 401


# -- switching it -------------------------------------------------------------------------------------


def test_limits_can_be_switched_off_and_on_through_admin() -> None:
    _, alice, _ = sandbox(tier="basic")
    assert alice.client.post("/_admin/rate_limits", json={"tier": None}).json() == {"tier": None}
    assert all(alice.get("/portfolio/balance").status_code == 200 for _ in range(50))
    assert alice.get("/account/limits").json()["usage_tier"] == "basic"  # what a client is told meanwhile
    alice.client.post("/_admin/rate_limits", json={"tier": "advanced"})
    assert sum(alice.get("/portfolio/balance").status_code == 200 for _ in range(31)) == 30


def test_the_sandbox_takes_the_tier_at_start_and_is_basic_by_default() -> None:
    assert Sandbox().exchange.limiter.tier_name == "basic"
    assert Sandbox(rate_limit_tier="prime").exchange.limiter.tier_name == "prime"
    assert Sandbox(rate_limit_tier=None).exchange.limiter.enabled is False


def test_unsigned_market_reads_are_not_billed_signed_ones_are() -> None:
    exchange, alice, _ = sandbox(tier="basic")
    for _ in range(30):
        assert alice.public(f"/markets/{MARKET}").status_code == 200
    for _ in range(20):
        assert alice.get(f"/markets/{MARKET}").status_code == 200
    _assert_refused(alice.get(f"/markets/{MARKET}"))
    assert {b.bucket for b in exchange.limiter.log} == {"read"}


def test_the_billing_log_records_what_each_request_cost() -> None:
    exchange, alice, _ = sandbox()  # limiting off: still billed and logged
    alice.create(price="0.40")
    alice.get("/portfolio/balance")
    assert [(b.bucket, b.cost, b.admitted) for b in exchange.limiter.log] == [
        ("write", 10, True),
        ("read", 10, True),
    ]
