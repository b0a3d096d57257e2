"""Token buckets with separate read and write budgets, shared by every client of one broker key.

A budget (`RateLimits`) is counted in **tokens**: each bucket refills at `*_per_second` tokens per second up
to `*_burst` tokens, and every request costs tokens by its method and path (`http.costs.CostTable`).

A bucket hands out *reservations*: `reserve(cost)` books the tokens now and returns how long the caller must
wait before sending (never 0 > wait; the bucket may go into debt for requests queued in the future). The
arithmetic happens under a `threading.Lock` that is never held across a sleep or an `await`, so one bucket is
correct for threads and asyncio tasks at once. Two guarantees hold for every sequence of reservations:

* **the broker's bucket can pay for it**: a server-side bucket of the same rate and capacity, starting full,
  admits every request even when each one reaches it up to `latency_allowance` seconds after it was released
  (in any order within that allowance);
* **no 1-second window holds more than the budget**: the requests arriving in any window of one second cost
  at most `max(capacity, one second of refill)` tokens (so a read bucket holding one second of refill never
  lets more than one second's budget through, and a 20-order batch on Kalshi's Basic write bucket, 200
  tokens, is followed by a pause instead of more writes).

A request costing more than the bucket can hold is billed the whole bucket: it waits for a full, idle bucket
and is sent; the broker decides (Kalshi refuses a batch above its tier's write budget before executing it).

The real budget may be learnt at first use: a broker's `BudgetLoader` names the GET paths to read and turns
their replies into `RateLimits` (Kalshi: `GET /account/limits` and `GET /account/endpoint_costs`); the
transport does the I/O. The environment's overrides (`RateOverrides`) win over both the defaults and what was
learnt.

With a shared backend (`ratelimit_redis.use_redis`, from `BROKERSPEC_REDIS_URL`) `shared_limiter` hands out
a `ratelimit_redis.RedisRateLimiter` instead: the same interface, its buckets shared by every replica of the
server through one atomic server-side script. Async callers use `areserve` (it does not block the loop).
"""

from __future__ import annotations

import threading
import time
from collections import deque
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Literal, Protocol

from brokerspec.http.costs import CostTable

if TYPE_CHECKING:
    from brokerspec.settings.server import RateOverrides

__all__ = [
    "BudgetLoader",
    "LimiterFactory",
    "RateLimiter",
    "RateLimits",
    "RequestKind",
    "TokenBucket",
    "shared_limiter",
    "use_shared_backend",
]

RequestKind = Literal["read", "write"]

#: A window of this many seconds never holds more than a bucket's window budget.
WINDOW_S = 1.0


@dataclass(frozen=True)
class RateLimits:
    """One broker key's budget: per bucket a refill rate (tokens/s) and a capacity (`*_burst`, tokens).

    A capacity left out is one second of refill. `latency_allowance` is how late (seconds) a request may
    reach the broker after the limiter released it; the limiter stays within the budget anyway.
    `tier` is the broker's name for the budget (Kalshi's `usage_tier`), when known.
    """

    reads_per_second: float
    writes_per_second: float
    read_burst: float | None = None
    write_burst: float | None = None
    costs: CostTable = field(default_factory=CostTable)
    latency_allowance: float = 0.0
    tier: str | None = None

    def __post_init__(self) -> None:
        if self.read_burst is None:
            object.__setattr__(self, "read_burst", float(self.reads_per_second))
        if self.write_burst is None:
            object.__setattr__(self, "write_burst", float(self.writes_per_second))
        for name in ("reads_per_second", "writes_per_second", "read_burst", "write_burst"):
            if not getattr(self, name) > 0:
                raise ValueError(f"RateLimits.{name} must be > 0")
        if not self.latency_allowance >= 0:
            raise ValueError("RateLimits.latency_allowance must be >= 0")

    def bucket(self, kind: RequestKind) -> tuple[float, float]:
        """(refill rate in tokens/s, capacity in tokens) of the `kind` bucket."""
        if kind == "read":
            return self.reads_per_second, float(self.read_burst or 0)
        return self.writes_per_second, float(self.write_burst or 0)

    def with_overrides(self, overrides: RateOverrides | None) -> RateLimits:
        """These limits with the environment's refill rates (`BROKERSPEC_<BROKER>_READS_PER_SECOND` /
        `_WRITES_PER_SECOND`, tokens per second); an overridden bucket keeps its burst length in seconds
        (Kalshi: reads 1 s, writes 2 s)."""
        if overrides is None:
            return self
        limits = self
        if overrides.reads_per_second is not None:
            rate = overrides.reads_per_second
            burst = rate * (float(self.read_burst or 0) / self.reads_per_second)
            limits = replace(limits, reads_per_second=rate, read_burst=burst)
        if overrides.writes_per_second is not None:
            rate = overrides.writes_per_second
            burst = rate * (float(self.write_burst or 0) / self.writes_per_second)
            limits = replace(limits, writes_per_second=rate, write_burst=burst)
        return limits


class BudgetLoader(Protocol):
    """How a broker tells its real budget (provided by `brokers`; the transport does the I/O once).

    `paths` are GETs under the cost table's root, read at the first request of a key (signed, billed to the
    read bucket); the loader gets the bodies of those answered 200 and returns the new limits. Whatever
    goes wrong (a failed read, a loader that raises) keeps the limits as they were.
    """

    @property
    def paths(self) -> tuple[str, ...]: ...

    def __call__(self, limits: RateLimits, replies: Mapping[str, bytes]) -> RateLimits: ...


class TokenBucket:
    """One bucket: reserves future slots instead of failing or spinning (see the module doc)."""

    def __init__(
        self,
        rate: float,
        burst: float,
        *,
        latency_allowance: float = 0.0,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        if rate <= 0 or burst <= 0:
            raise ValueError("rate and burst must be > 0")
        self._clock = clock
        self._lock = threading.Lock()
        self.rate = float(rate)
        self.burst = float(burst)
        self.latency_allowance = float(latency_allowance)
        # The debt (tokens short of a full bucket) every earlier request may still weigh on, at `_at`.
        self._debt = 0.0
        self._at = clock()
        self._last = self._at  # reservations are handed out in order: never before the last one
        self._spent = 0.0  # all tokens booked so far
        # Reservations still within `latency_allowance` of `_at`: (time, tokens booked before them); the
        # broker may not have seen them yet, so the refill after them is not counted.
        self._pending: deque[tuple[float, float]] = deque()
        # Reservations within the window (time, tokens), and their sum.
        self._window: deque[tuple[float, float]] = deque()
        self._window_sum = 0.0

    @property
    def window_budget(self) -> float:
        """The most tokens any window of `WINDOW_S` may hold."""
        return max(self.burst, self.rate * WINDOW_S)

    def reserve(self, tokens: float = 1.0) -> float:
        """Book `tokens` and return the seconds to wait before sending (0.0 when they are there now)."""
        with self._lock:
            now = self._clock()
            cost = min(float(tokens), self.burst)
            at = max(now, self._last, self._earliest(max(now, self._last), cost))
            self._book(at, cost)
            return at - now

    def drain(self) -> None:
        """The broker said the bucket is empty (a 429): count it empty from now on."""
        with self._lock:
            self._advance(max(self._clock(), self._last))
            self._debt = max(self._debt, self.burst)

    def configure(self, rate: float, burst: float, latency_allowance: float) -> None:
        """New figures for the bucket (a budget learnt from the broker); what was booked stays booked."""
        if rate <= 0 or burst <= 0:
            raise ValueError("rate and burst must be > 0")
        with self._lock:
            self._advance(max(self._clock(), self._last))
            self.rate, self.burst, self.latency_allowance = (
                float(rate),
                float(burst),
                float(latency_allowance),
            )

    # Private, under the lock

    def _advance(self, to: float) -> None:
        """Let the debt decay until `to` and fold in the pending reservations the broker has seen by then."""
        if to > self._at:
            self._debt = max(0.0, self._debt - self.rate * (to - self._at))
            self._at = to
        allowance = self.latency_allowance
        while self._pending and self._pending[0][0] + allowance <= to:
            when, before = self._pending.popleft()
            debt = (self._spent - before) - self.rate * (to - when - allowance)
            self._debt = max(self._debt, debt)

    def _earliest(self, start: float, cost: float) -> float:
        """The first moment from `start` at which `cost` more tokens keep both guarantees."""
        self._advance(start)
        at = start
        over = self._debt + cost - self.burst
        if over > 0:
            at = max(at, start + over / self.rate)
        for when, before in self._pending:
            over = (self._spent - before) + cost - self.burst
            if over > 0:
                at = max(at, when + self.latency_allowance + over / self.rate)
        if self._window_sum + cost > self.window_budget:
            total = cost
            for when, tokens in reversed(self._window):
                total += tokens
                if total > self.window_budget:
                    at = max(at, when + WINDOW_S + self.latency_allowance)
                    break
        return at

    def _book(self, at: float, cost: float) -> None:
        self._advance(at)
        self._pending.append((at, self._spent))
        self._spent += cost
        self._debt += cost
        self._last = at
        self._window.append((at, cost))
        self._window_sum += cost
        horizon = at - WINDOW_S - self.latency_allowance
        while self._window and self._window[0][0] <= horizon:
            self._window_sum -= self._window.popleft()[1]
        if not self._window:
            self._window_sum = 0.0
        self._advance(at)  # with no allowance, the new reservation is folded in at once


class RateLimiter:
    """The read and the write bucket of one broker key, its cost table and its budget loader."""

    def __init__(
        self,
        limits: RateLimits,
        *,
        overrides: RateOverrides | None = None,
        loader: BudgetLoader | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._overrides = overrides
        self._loader = loader
        self._lock = threading.Lock()
        #: The limits in force: the defaults or what the loader learnt, with the environment's overrides.
        self.limits = limits.with_overrides(overrides)
        self.read = self._bucket("read", clock)
        self.write = self._bucket("write", clock)

    def _bucket(self, kind: RequestKind, clock: Callable[[], float]) -> TokenBucket:
        rate, burst = self.limits.bucket(kind)
        return TokenBucket(rate, burst, latency_allowance=self.limits.latency_allowance, clock=clock)

    def cost(self, method: str, path: str, body: bytes | Callable[[], bytes] = b"") -> float:
        """The tokens one request costs (see `CostTable.cost`)."""
        return self.limits.costs.cost(method, path, body)

    def reserve(self, kind: RequestKind, tokens: float | None = None) -> float:
        """Book `tokens` (default: the table's default cost) of `kind`; the seconds to wait before sending."""
        cost = self.limits.costs.default_cost if tokens is None else tokens
        return (self.read if kind == "read" else self.write).reserve(cost)

    async def areserve(self, kind: RequestKind, tokens: float | None = None) -> float:
        """`reserve` for async callers (a shared backend answers without blocking the event loop)."""
        return self.reserve(kind, tokens)

    def drain(self, kind: RequestKind) -> None:
        """The broker answered 429 for `kind`: its bucket is empty, whatever we counted."""
        (self.read if kind == "read" else self.write).drain()

    def claim_loader(self) -> BudgetLoader | None:
        """The budget loader, to the first caller only (it reads the budget); None to everyone else."""
        with self._lock:
            loader, self._loader = self._loader, None
            return loader

    def update(self, limits: RateLimits) -> None:
        """Replace the budget (the environment's overrides still win); tokens already booked stay booked."""
        limits = limits.with_overrides(self._overrides)
        with self._lock:
            self.limits = limits
            self.read.configure(*limits.bucket("read"), limits.latency_allowance)
            self.write.configure(*limits.bucket("write"), limits.latency_allowance)


class LimiterFactory(Protocol):
    """Builds the limiter of one broker key (the shared backend's, e.g. `ratelimit_redis.RedisRateLimiter`)."""

    def __call__(
        self,
        limits: RateLimits,
        *,
        broker: str,
        account: str,
        overrides: RateOverrides | None,
        loader: BudgetLoader | None,
    ) -> RateLimiter: ...


_shared: dict[tuple[str, str, RateLimits, RateOverrides | None, str | None], RateLimiter] = {}
_shared_lock = threading.Lock()
_backend: tuple[str, LimiterFactory] | None = None


def use_shared_backend(name: str | None, factory: LimiterFactory | None = None) -> None:
    """Build every broker key's limiter with `factory` from now on (`name` tells backends apart; None: the
    in-process buckets again). `ratelimit_redis.use_redis` is the one caller; limiters handed out stay."""
    global _backend
    with _shared_lock:
        _backend = None if name is None or factory is None else (name, factory)


def shared_limiter(
    broker: str,
    limits: RateLimits,
    *,
    account: str = "",
    overrides: RateOverrides | None = None,
    loader: BudgetLoader | None = None,
) -> RateLimiter:
    """The process-wide limiter of one broker key (`account`: who is billed, e.g. base URL and key id).

    Budgets are per API key at the broker, so a sync and an async client, or two MCP tools running at once,
    must not each think they own the whole budget. The first caller's `loader` is the one used.
    """
    with _shared_lock:
        backend = _backend
        key = (broker, account, limits, overrides, None if backend is None else backend[0])
        limiter = _shared.get(key)
        if limiter is None:
            if backend is None:
                limiter = RateLimiter(limits, overrides=overrides, loader=loader)
            else:
                limiter = backend[1](
                    limits, broker=broker, account=account, overrides=overrides, loader=loader
                )
            _shared[key] = limiter
        return limiter
