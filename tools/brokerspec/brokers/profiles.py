"""What differs between brokers below the adapters: timeouts, rate limits and costs, read-only POSTs, quirks.

`http/` knows no broker by name: the one client factory (`brokers.clients`) reads a broker's profile and hands
its values to the generated `Client` (timeouts) and to the transport (limits, costs, the budget loader, read
paths, re-signing). Plain data; no httpx import, so reading a profile costs nothing at start-up.

    from brokerspec.brokers.profiles import profile

    profile("vendor_gateway").timeouts.read   # 30.0: the gateway fronts slow back-office systems
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Final

from brokerspec.brokers.kalshi.budget import KalshiBudgetLoader
from brokerspec.http.costs import CostTable, EndpointCost
from brokerspec.http.ratelimit import BudgetLoader, RateLimits

__all__ = ["KALSHI_COSTS", "PROFILES", "BrokerProfile", "Timeouts", "broker_name", "profile"]


@dataclass(frozen=True)
class Timeouts:
    """Seconds per phase of one request, as `httpx.Timeout` takes them."""

    connect: float
    read: float
    write: float
    pool: float


@dataclass(frozen=True)
class BrokerProfile:
    """One broker's defaults and quirks."""

    name: str
    #: The generated `Client` defaults to no timeout at all; a hung broker call must not hang an agent.
    timeouts: Timeouts
    #: Read and write token buckets and what each request costs; `BROKERSPEC_<BROKER>_READS_PER_SECOND` /
    #: `_WRITES_PER_SECOND` override the refill rates (tokens per second).
    limits: RateLimits
    #: POST endpoints that only read (matched on the end of the URL path): retried like GETs, read budget.
    read_paths: tuple[str, ...] = ()
    #: The signature carries a timestamp (Kalshi: ±5 s), so a request that waited is signed again before sending.
    resign_before_retry: bool = False
    #: Reads the key's real budget at its first request (Kalshi: `GET /account/limits`, `/account/endpoint_costs`).
    budget_loader: BudgetLoader | None = None


#: What a Kalshi request costs in tokens (reference "Rate limits are token buckets"): 10 by default; cancels and
#: single-order reads 2; a batch its per-item cost times the items of its body. Replaced at first use by
#: `GET /account/endpoint_costs` (which keeps our batch rules). Queue positions and cancel-all stay at the
#: default: over-counting only waits, under-counting earns a 429.
KALSHI_COSTS: Final = CostTable(
    default_cost=10,
    root="/trade-api/v2",
    endpoints=(
        EndpointCost("DELETE", "/portfolio/events/orders/{order_id}", 2),
        EndpointCost("DELETE", "/portfolio/orders/{order_id}", 2),
        EndpointCost("DELETE", "/portfolio/events/orders/batched", 2, items=("orders", "ids")),
        EndpointCost("DELETE", "/portfolio/orders/batched", 2, items=("orders", "ids")),
        EndpointCost("POST", "/portfolio/events/orders/batched", 10, items=("orders",)),
        EndpointCost("POST", "/portfolio/orders/batched", 10, items=("orders",)),
        EndpointCost("GET", "/portfolio/orders/{order_id}", 2),
    ),
)

#: Connect fast, allow the broker time to answer.
#: Kalshi's Basic tier: 200 read and 100 write tokens per second per key; the read bucket holds one second of
#: refill, the write bucket two (a 20-order batch, 200 tokens, fits; the writes after it wait). A request may
#: reach Kalshi up to 0.1 s after it is released and the limiter still stays within the budget.
#: Wealthy and the vendor gateway publish no limits and bill every request alike (one token each): stay well
#: below anything a broker would mind.
PROFILES: Final[dict[str, BrokerProfile]] = {
    "kalshi": BrokerProfile(
        name="kalshi",
        timeouts=Timeouts(connect=5.0, read=10.0, write=10.0, pool=5.0),
        limits=RateLimits(
            reads_per_second=200,
            writes_per_second=100,
            read_burst=200,
            write_burst=200,
            costs=KALSHI_COSTS,
            latency_allowance=0.1,
            tier="basic",
        ),
        resign_before_retry=True,
        budget_loader=KalshiBudgetLoader(),
    ),
    "wealthy": BrokerProfile(
        name="wealthy",
        timeouts=Timeouts(connect=5.0, read=20.0, write=10.0, pool=5.0),
        limits=RateLimits(reads_per_second=5, writes_per_second=2, read_burst=5, write_burst=2),
    ),
    "vendor_gateway": BrokerProfile(
        name="vendor_gateway",
        timeouts=Timeouts(connect=5.0, read=30.0, write=10.0, pool=5.0),
        limits=RateLimits(reads_per_second=3, writes_per_second=1, read_burst=3, write_burst=1),
        read_paths=("/holdings/getUsrHold", "/positions/getposition"),
    ),
}

_ALIASES: Final[Mapping[str, str]] = {"gateway": "vendor_gateway", "vendor": "vendor_gateway"}


def broker_name(broker: str) -> str:
    """The canonical name: `Kalshi`, `vendor-gateway`, `gateway` -> `kalshi`, `vendor_gateway`; ValueError if unknown."""
    name = broker.strip().lower().replace("-", "_")
    name = _ALIASES.get(name, name)
    if name not in PROFILES:
        raise ValueError(f"unknown broker {broker!r}; known: {', '.join(PROFILES)}")
    return name


def profile(broker: str) -> BrokerProfile:
    """The profile of `broker` (any spelling `broker_name` accepts)."""
    return PROFILES[broker_name(broker)]
