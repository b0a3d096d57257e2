"""What differs between brokers below the adapters: timeouts, rate limits, read-only POSTs, signing quirks.

`http/` knows no broker by name: the one client factory (`brokers.clients`) reads a broker's profile and hands
its values to the generated `Client` (timeouts) and to the transport (limits, read paths, re-signing). Plain
data; no httpx import, so reading a profile costs nothing at start-up.

    from brokerspec.brokers.profiles import profile

    profile("vendor_gateway").timeouts.read   # 30.0: the gateway fronts slow back-office systems
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Final

from brokerspec.http.ratelimit import RateLimits

__all__ = ["PROFILES", "BrokerProfile", "Timeouts", "broker_name", "profile"]


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
    #: Separate read and write budgets; `BROKERSPEC_<BROKER>_READS_PER_SECOND` / `_WRITES_...` override the rates.
    limits: RateLimits
    #: POST endpoints that only read (matched on the end of the URL path): retried like GETs, read budget.
    read_paths: tuple[str, ...] = ()
    #: The signature carries a timestamp (Kalshi: ±5 s), so a request that waited is signed again before sending.
    resign_before_retry: bool = False


#: Connect fast, allow the broker time to answer.
#: Kalshi Basic tier is 20 reads/s and 10 writes/s per key; bursts are half a second's worth so a burst plus the
#: steady rate stays near the tier even if Kalshi counts per fixed second. Wealthy and the vendor gateway publish
#: no limits: stay well below anything a broker would mind.
PROFILES: Final[dict[str, BrokerProfile]] = {
    "kalshi": BrokerProfile(
        name="kalshi",
        timeouts=Timeouts(connect=5.0, read=10.0, write=10.0, pool=5.0),
        limits=RateLimits(reads_per_second=20, writes_per_second=10, read_burst=10, write_burst=5),
        resign_before_retry=True,
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
