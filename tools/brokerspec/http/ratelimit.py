"""Token buckets with separate read and write budgets, shared by every client of one broker.

A bucket hands out *reservations*: `reserve()` takes a token now (the balance may go negative) and
returns how long the caller must wait before sending. The arithmetic happens under a `threading.Lock`
that is never held across a sleep or an `await`, so one bucket is correct for threads and asyncio
tasks at once, and a burst of N concurrent callers is spread out exactly: at most `burst + rate * t`
requests are admitted in any window of length `t`.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Literal

if TYPE_CHECKING:
    from brokerspec.settings.server import RateOverrides

__all__ = [
    "RateLimiter",
    "RateLimits",
    "RequestKind",
    "TokenBucket",
    "shared_limiter",
]

RequestKind = Literal["read", "write"]


@dataclass(frozen=True)
class RateLimits:
    """Per-broker budgets in requests per second; `*_burst` is how many may go at once after idling."""

    reads_per_second: float
    writes_per_second: float
    read_burst: float = 1.0
    write_burst: float = 1.0

    def __post_init__(self) -> None:
        for name in ("reads_per_second", "writes_per_second", "read_burst", "write_burst"):
            if not getattr(self, name) > 0:
                raise ValueError(f"RateLimits.{name} must be > 0")

    def with_overrides(self, overrides: RateOverrides) -> RateLimits:
        """These limits with the environment's overrides (`BROKERSPEC_<BROKER>_READS_PER_SECOND` / `_WRITES_...`).

        Kalshi's higher API tiers allow more than the Basic defaults; an overridden rate's burst is half a
        second's worth (at least 1), like the defaults.
        """
        values: dict[str, float] = {}
        if overrides.reads_per_second is not None:
            values["reads_per_second"] = overrides.reads_per_second
            values["read_burst"] = max(1.0, overrides.reads_per_second / 2)
        if overrides.writes_per_second is not None:
            values["writes_per_second"] = overrides.writes_per_second
            values["write_burst"] = max(1.0, overrides.writes_per_second / 2)
        return replace(self, **values) if values else self


class TokenBucket:
    """A thread-safe token bucket that reserves future slots instead of failing or spinning."""

    def __init__(self, rate: float, burst: float, *, clock: Callable[[], float] = time.monotonic) -> None:
        if rate <= 0 or burst <= 0:
            raise ValueError("rate and burst must be > 0")
        self.rate = float(rate)
        self.burst = float(burst)
        self._clock = clock
        self._lock = threading.Lock()
        self._tokens = float(burst)
        self._updated = clock()

    def reserve(self, tokens: float = 1.0) -> float:
        """Take `tokens` now and return the seconds to wait before using them (0.0 when available)."""
        with self._lock:
            now = self._clock()
            elapsed = max(0.0, now - self._updated)
            self._tokens = min(self.burst, self._tokens + elapsed * self.rate)
            self._updated = now
            self._tokens -= tokens
            if self._tokens >= 0:
                return 0.0
            return -self._tokens / self.rate


class RateLimiter:
    """The read and the write bucket of one broker (one API key)."""

    def __init__(self, limits: RateLimits, *, clock: Callable[[], float] = time.monotonic) -> None:
        self.limits = limits
        self.read = TokenBucket(limits.reads_per_second, limits.read_burst, clock=clock)
        self.write = TokenBucket(limits.writes_per_second, limits.write_burst, clock=clock)

    def reserve(self, kind: RequestKind) -> float:
        """Reserve one request of `kind`; returns the seconds to wait before sending it."""
        return (self.read if kind == "read" else self.write).reserve()


_shared: dict[tuple[str, RateLimits], RateLimiter] = {}
_shared_lock = threading.Lock()


def shared_limiter(broker: str, limits: RateLimits) -> RateLimiter:
    """The process-wide limiter for `broker` (any key naming one budget): every client built for it draws on it.

    Budgets are per API key at the broker, so a sync and an async client, or two MCP tools running at
    once, must not each think they own the whole budget.
    """
    with _shared_lock:
        limiter = _shared.get((broker, limits))
        if limiter is None:
            limiter = _shared[(broker, limits)] = RateLimiter(limits)
        return limiter
