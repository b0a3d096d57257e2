"""Token-bucket rate limiting the way Kalshi does it (reference "Rate limits are token buckets").

- Every authenticated request costs tokens: `DEFAULT_COST` (10) unless `ENDPOINT_COSTS` lists it
  (cancels and single-order reads cost 2). A batch is billed per item (20 orders × 10 = 200).
- Two buckets per member: **read** (GET) and **write** (everything else: placement, amends, cancels,
  order groups, transfers). Each refills continuously at the tier's rate; the read bucket holds one
  second of budget, the write bucket two.
- A request the bucket cannot pay for is refused with 429 `{"error": "too many requests"}` and spends
  nothing; there is no `Retry-After` and no `X-RateLimit-*` header.

`tier=None` switches limiting off (the buckets are not consulted; `/account/limits` still reports Basic).
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal

DEFAULT_COST = 10
_API = "/trade-api/v2"


@dataclass(frozen=True)
class Tier:
    name: str
    read_rate: int
    write_rate: int

    @property
    def read_capacity(self) -> int:
        return self.read_rate

    @property
    def write_capacity(self) -> int:
        """Write buckets hold two seconds of budget (the burst a 20-order batch needs on Basic)."""
        return 2 * self.write_rate


TIERS: dict[str, Tier] = {
    t.name: t
    for t in (
        Tier("basic", 200, 100),
        Tier("advanced", 300, 300),
        Tier("premier", 1000, 1000),
        Tier("paragon", 2000, 2000),
        Tier("prime", 4000, 4000),
    )
}
DEFAULT_TIER = "basic"

ENDPOINT_COSTS: dict[tuple[str, str], int] = {
    ("DELETE", "/portfolio/events/orders/{order_id}"): 2,
    ("DELETE", "/portfolio/events/orders/batched"): 2,
    ("DELETE", "/portfolio/orders/{order_id}"): 2,
    ("DELETE", "/portfolio/orders/batched"): 2,
    ("GET", "/portfolio/orders/{order_id}"): 2,
    ("GET", "/portfolio/orders/{order_id}/queue_position"): 2,
}
"""Costs that differ from `DEFAULT_COST`, per (method, route under /trade-api/v2); batch costs are per item."""

BATCHED = frozenset(
    {
        ("POST", "/portfolio/events/orders/batched"),
        ("DELETE", "/portfolio/events/orders/batched"),
        ("POST", "/portfolio/orders/batched"),
        ("DELETE", "/portfolio/orders/batched"),
    }
)


def bucket_of(method: str) -> str:
    return "read" if method.upper() in ("GET", "HEAD") else "write"


def cost_of(method: str, route: str, items: int = 1) -> int:
    """Tokens a request costs: the endpoint's cost, times the number of items for a batch."""
    key = (method.upper(), route)
    unit = ENDPOINT_COSTS.get(key, DEFAULT_COST)
    return unit * max(1, items) if key in BATCHED else unit


def max_batch(tier_name: str | None, method: str, route: str) -> int:
    """The largest batch one write bucket can pay for ("the maximum batch size scales with your tier")."""
    tier = TIERS[tier_name or DEFAULT_TIER]
    return max(1, tier.write_capacity // ENDPOINT_COSTS.get((method.upper(), route), DEFAULT_COST))


def endpoint_costs_body() -> dict[str, object]:
    """`GET /account/endpoint_costs`."""
    return {
        "default_cost": DEFAULT_COST,
        "endpoint_costs": [
            {"method": method, "path": _API + route, "cost": cost}
            for (method, route), cost in sorted(ENDPOINT_COSTS.items())
        ],
    }


class TokenBucket:
    """Continuously refilled at `rate` tokens per second up to `capacity`; starts full."""

    def __init__(self, rate: int, capacity: int, now: float) -> None:
        self.rate = Decimal(rate)
        self.capacity = Decimal(capacity)
        self.tokens = Decimal(capacity)
        self.stamp = now

    def refill(self, now: float) -> None:
        if now > self.stamp:
            elapsed = Decimal(repr(now)) - Decimal(repr(self.stamp))
            self.tokens = min(self.capacity, self.tokens + elapsed * self.rate)
        self.stamp = max(self.stamp, now)

    def take(self, cost: int, now: float) -> bool:
        self.refill(now)
        if self.tokens < cost:
            return False
        self.tokens -= cost
        return True


@dataclass(frozen=True)
class Billing:
    """One billed request: when, who, which bucket, what it cost, whether it was admitted."""

    at: float
    member_id: str
    bucket: str
    cost: int
    admitted: bool


_LOG_SIZE = 10_000


class RateLimiter:
    """Per-member read and write buckets for one tier (or none, when limiting is off).

    `log` keeps the last billed requests (also when limiting is off), so a test can check what a client
    really spent per second as the exchange sees it.
    """

    def __init__(self, tier: str | None, clock: Callable[[], float]) -> None:
        self.clock = clock
        self.tier_name: str | None = None
        self.log: deque[Billing] = deque(maxlen=_LOG_SIZE)
        self.set_tier(tier)

    def set_tier(self, tier: str | None) -> None:
        if tier is not None and tier not in TIERS:
            raise ValueError(f"rate-limit tier must be one of {', '.join(TIERS)} or None, not {tier!r}")
        self.tier_name = tier
        self._buckets: dict[tuple[str, str], TokenBucket] = {}

    @property
    def enabled(self) -> bool:
        return self.tier_name is not None

    @property
    def tier(self) -> Tier:
        """The tier reported by `/account/limits` (Basic when limiting is off)."""
        return TIERS[self.tier_name or DEFAULT_TIER]

    def reset(self) -> None:
        self._buckets = {}
        self.log.clear()

    def bucket(self, member_id: str, kind: str) -> TokenBucket:
        key = (member_id, kind)
        bucket = self._buckets.get(key)
        if bucket is None:
            tier = self.tier
            rate, capacity = (
                (tier.read_rate, tier.read_capacity)
                if kind == "read"
                else (tier.write_rate, tier.write_capacity)
            )
            bucket = self._buckets[key] = TokenBucket(rate, capacity, self.clock())
        return bucket

    def admit(self, member_id: str, method: str, cost: int) -> bool:
        """Spend `cost` tokens from the member's bucket for `method`; False (nothing spent) when it cannot."""
        kind = bucket_of(method)
        now = self.clock()
        admitted = not self.enabled or self.bucket(member_id, kind).take(cost, now)
        self.log.append(Billing(now, member_id, kind, cost, admitted))
        return admitted

    def limits_body(self) -> dict[str, object]:
        """`GET /account/limits` (shape of the official `GetAccountApiLimitsResponse`)."""
        tier = self.tier
        return {
            "usage_tier": tier.name,
            "read": {"refill_rate": tier.read_rate, "bucket_capacity": tier.read_capacity},
            "write": {"refill_rate": tier.write_rate, "bucket_capacity": tier.write_capacity},
            "grants": [],
        }
