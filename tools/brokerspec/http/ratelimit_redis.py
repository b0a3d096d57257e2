"""The token buckets of one broker key shared by every replica, in Redis (`BROKERSPEC_REDIS_URL`).

Each bucket is two Redis keys, named by a hash of the broker and the key's account (base URL and API key
id; never a secret, and not even the id in clear): a hash holding the bucket's theoretical arrival time
(GCRA), the last reservation and a sequence number, and a sorted set of the reservations of the last
window. One Lua script (`RESERVE`) runs atomically on the server for every request, with the server's own
clock (`TIME`), so replicas on different machines never disagree about time and never interleave:

* the broker's bucket can pay for every request released, even when each reaches it up to
  `latency_allowance` seconds late (that much refill is kept spare);
* no window of one second holds more than `max(capacity, one second of refill)` tokens (the same two
  guarantees as the in-process `TokenBucket`), even when a request leaves up to `SHARED_LATENESS_S` later
  still (the reply's trip and a busy event loop; measured on a loaded 2-core machine: up to 0.3 s).

The script books the request's slot and answers how long to wait before sending (0 when it may go now);
the caller sleeps that long, exactly as with the in-process bucket. `drain` (the broker said 429) marks the
bucket empty for every replica. redis-py is imported at first use. If Redis cannot be reached the limiter
falls back to this process's own buckets and says so in the log (rate limits are then per replica again,
and the broker's 429s are still honoured), rather than stop trading.
"""

from __future__ import annotations

import asyncio
import hashlib
import logging
import threading
import time
import weakref
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Final

from brokerspec.http.ratelimit import (
    WINDOW_S,
    BudgetLoader,
    RateLimiter,
    RateLimits,
    RequestKind,
    use_shared_backend,
)
from brokerspec.redaction import redact

if TYPE_CHECKING:
    from brokerspec.settings.server import RateOverrides

__all__ = ["RESERVE", "RedisRateLimiter", "bucket_keys", "use_redis"]

_log = logging.getLogger("brokerspec.http.ratelimit")

#: KEYS: the bucket's hash, its window's sorted set. ARGV: rate, capacity, cost, latency allowance, window
#: seconds, "reserve" | "drain", the extra lateness allowed for the window. Returns the seconds to wait before
#: sending and the release time (the server's clock, seconds since the epoch), as text.
RESERVE: Final = """
local rate = tonumber(ARGV[1])
local burst = tonumber(ARGV[2])
local cost = math.min(tonumber(ARGV[3]), burst)
local allowance = tonumber(ARGV[4])
local window = tonumber(ARGV[5])
local late = tonumber(ARGV[7])
local t = redis.call('TIME')
local now = tonumber(t[1]) + tonumber(t[2]) / 1000000
local state = redis.call('HMGET', KEYS[1], 'tat', 'last')
local tat = tonumber(state[1]) or now
local last = tonumber(state[2]) or now
local ttl = math.ceil((burst / rate + window + allowance + late) * 1000) + 60000
if ARGV[6] == 'drain' then
  tat = math.max(tat, now + burst / rate)
  redis.call('HSET', KEYS[1], 'tat', string.format('%.6f', tat), 'last', string.format('%.6f', math.max(last, now)))
  redis.call('PEXPIRE', KEYS[1], ttl)
  return {'0', string.format('%.6f', now)}
end
local capacity = math.max(burst - rate * allowance, cost)
local at = math.max(now, last, tat - (capacity - cost) / rate)
local budget = math.max(burst, rate * window)
local horizon = at - window - allowance - late
local entries = redis.call('ZRANGEBYSCORE', KEYS[2], '(' .. string.format('%.6f', horizon), '+inf', 'WITHSCORES')
local sum = cost
for i = 1, #entries, 2 do
  sum = sum + tonumber(string.match(entries[i], ':(.+)$'))
end
if sum > budget then
  local total = cost
  for i = #entries - 1, 1, -2 do
    total = total + tonumber(string.match(entries[i], ':(.+)$'))
    if total > budget then
      at = math.max(at, tonumber(entries[i + 1]) + window + allowance + late)
      break
    end
  end
end
tat = math.max(tat, at) + cost / rate
local seq = redis.call('HINCRBY', KEYS[1], 'seq', 1)
redis.call('ZADD', KEYS[2], string.format('%.6f', at), seq .. ':' .. string.format('%.6f', cost))
redis.call('ZREMRANGEBYSCORE', KEYS[2], '-inf', string.format('%.6f', at - window - allowance - late))
redis.call('HSET', KEYS[1], 'tat', string.format('%.6f', tat), 'last', string.format('%.6f', at))
redis.call('PEXPIRE', KEYS[1], ttl)
redis.call('PEXPIRE', KEYS[2], ttl)
return {string.format('%.6f', at - now), string.format('%.6f', at)}
"""

_PREFIX: Final = "brokerspec:ratelimit"
#: How much later than the broker's own allowance a replica's request may leave after its release and the
#: one-second windows still hold: the reply's trip back and the wait for a busy event loop to resume the
#: caller (the in-process bucket sends without yielding in between).
SHARED_LATENESS_S: Final = 0.3
_TIMEOUT_S: Final = 2.0
_WARN_EVERY_S: Final = 60.0


def bucket_keys(broker: str, account: str, kind: RequestKind, prefix: str = _PREFIX) -> list[str]:
    """The two Redis keys of one bucket; `{...}` keeps them in one cluster slot."""
    digest = hashlib.sha256(f"{broker}\0{account}".encode()).hexdigest()[:32]
    return [f"{prefix}:{{{digest}}}:{kind}", f"{prefix}:{{{digest}}}:{kind}:window"]


class RedisRateLimiter(RateLimiter):
    """A `RateLimiter` whose buckets live in Redis, shared by every replica using the same key."""

    def __init__(
        self,
        limits: RateLimits,
        *,
        url: str,
        broker: str,
        account: str,
        overrides: RateOverrides | None = None,
        loader: BudgetLoader | None = None,
        clock: Callable[[], float] = time.monotonic,
        prefix: str = _PREFIX,
    ) -> None:
        super().__init__(limits, overrides=overrides, loader=loader, clock=clock)
        self._url = url
        self._keys = {kind: bucket_keys(broker, account, kind, prefix) for kind in ("read", "write")}
        self._client_lock = threading.Lock()
        self._sync: Any = None
        self._async: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, Any] = weakref.WeakKeyDictionary()
        self._warned_at = -_WARN_EVERY_S

    def _args(self, kind: RequestKind, cost: float, mode: str) -> list[str]:
        rate, burst = self.limits.bucket(kind)
        return [
            repr(rate),
            repr(burst),
            repr(cost),
            repr(self.limits.latency_allowance),
            repr(WINDOW_S),
            mode,
            repr(SHARED_LATENESS_S),
        ]

    def _cost(self, tokens: float | None) -> float:
        return float(self.limits.costs.default_cost if tokens is None else tokens)

    def reserve(self, kind: RequestKind, tokens: float | None = None) -> float:
        """Book `tokens` of `kind` in the shared bucket; the seconds to wait before sending."""
        return self.reserve_slot(kind, tokens)[0]

    def reserve_slot(self, kind: RequestKind, tokens: float | None = None) -> tuple[float, float | None]:
        """`reserve`, and the slot's release time by the Redis server's clock (None after a fallback)."""
        cost = self._cost(tokens)
        try:
            script = self._sync_script()
            wait, at = script(keys=self._keys[kind], args=self._args(kind, cost, "reserve"))
            return max(0.0, float(wait)), float(at)
        except Exception as exc:  # Redis unreachable or failing: fall back to this process's bucket
            self._fallback(exc)
            return super().reserve(kind, cost), None

    async def areserve(self, kind: RequestKind, tokens: float | None = None) -> float:
        """`reserve` without blocking the event loop (redis-py asyncio)."""
        cost = self._cost(tokens)
        try:
            script = self._async_script()
            wait, _at = await script(keys=self._keys[kind], args=self._args(kind, cost, "reserve"))
            return max(0.0, float(wait))
        except Exception as exc:
            self._fallback(exc)
            return super().reserve(kind, cost)

    def drain(self, kind: RequestKind) -> None:
        """The broker answered 429: the shared bucket (and this process's) is empty from now on."""
        super().drain(kind)
        try:
            self._sync_script()(keys=self._keys[kind], args=self._args(kind, 0.0, "drain"))
        except Exception as exc:
            self._fallback(exc)

    def _sync_script(self) -> Any:
        with self._client_lock:
            if self._sync is None:
                import redis

                client = redis.Redis.from_url(
                    self._url, socket_timeout=_TIMEOUT_S, socket_connect_timeout=_TIMEOUT_S
                )
                self._sync = client.register_script(RESERVE)
            return self._sync

    def _async_script(self) -> Any:
        loop = asyncio.get_running_loop()
        with self._client_lock:
            script = self._async.get(loop)
            if script is None:
                import redis.asyncio

                client = redis.asyncio.Redis.from_url(
                    self._url, socket_timeout=_TIMEOUT_S, socket_connect_timeout=_TIMEOUT_S
                )
                script = self._async[loop] = client.register_script(RESERVE)
            return script

    def _fallback(self, exc: BaseException) -> None:
        if not (isinstance(exc, OSError) or type(exc).__module__.split(".")[0] == "redis"):
            raise exc  # a bug, not an outage
        now = time.monotonic()
        if now - self._warned_at >= _WARN_EVERY_S:
            self._warned_at = now
            _log.warning(
                "the shared rate limiter (BROKERSPEC_REDIS_URL) is unreachable (%s); this replica limits "
                "itself alone until it is back",
                redact(f"{type(exc).__name__}: {exc}"),
            )


def use_redis(url: str | None) -> None:
    """Every broker key's buckets shared through Redis at `url` from now on (None: in process again)."""
    if url is None:
        use_shared_backend(None)
        return

    def factory(
        limits: RateLimits,
        *,
        broker: str,
        account: str,
        overrides: RateOverrides | None,
        loader: BudgetLoader | None,
    ) -> RateLimiter:
        return RedisRateLimiter(
            limits, url=url, broker=broker, account=account, overrides=overrides, loader=loader
        )

    use_shared_backend(f"redis {hashlib.sha256(url.encode()).hexdigest()[:16]}", factory)
