"""What may be retried, and how long to wait: the transport's policy as pure functions (no I/O).

A read is retried after a connection that never opened, a timeout, 408/429/5xx or a status outside
`http.HTTPStatus`; a write only when the request provably never left this machine. Waits are Retry-After when
the broker gives one (up to a cap), else capped exponential backoff with full jitter.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Collection
from dataclasses import dataclass

import httpx

from brokerspec.http.ratelimit import RequestKind
from brokerspec.http.translate import READ_METHODS, is_known_status

__all__ = [
    "NO_RETRY",
    "READ_RETRY_STATUSES",
    "WRITE_RETRY_STATUSES",
    "RetryPolicy",
    "backoff_delay",
    "is_retryable",
    "request_kind",
]

#: Statuses after which a *read* is retried (plus every status outside `http.HTTPStatus`).
READ_RETRY_STATUSES = frozenset({408, 429, 500, 502, 503, 504})
#: Statuses after which a *write* is retried: none. A 429 proves the write was not executed, but resending it
#: is the caller's decision (it is reported as `RateLimited`, `retry_safe`).
WRITE_RETRY_STATUSES: frozenset[int] = frozenset()


@dataclass(frozen=True)
class RetryPolicy:
    """How often and how long to retry; what may be retried is `is_retryable`'s business."""

    max_retries: int = 3
    backoff_base: float = 0.25
    backoff_max: float = 4.0
    retry_after_max: float = 20.0
    deadline: float = 30.0

    def __post_init__(self) -> None:
        if self.max_retries < 0 or self.backoff_base < 0 or self.backoff_max < 0:
            raise ValueError("RetryPolicy values must be >= 0")


#: Never retry: for callers that want every failure immediately.
NO_RETRY = RetryPolicy(max_retries=0)


# The policy, as pure functions


def request_kind(method: str, path: str = "", read_paths: Collection[str] = ()) -> RequestKind:
    """`"read"` for GET/HEAD/OPTIONS and for POSTs to known read-only endpoints; `"write"` otherwise."""
    if method.upper() in READ_METHODS:
        return "read"
    if path and any(path.endswith(suffix) for suffix in read_paths):
        return "read"
    return "write"


def is_retryable(
    method: str,
    *,
    status: int | None = None,
    exc: BaseException | None = None,
    read: bool | None = None,
) -> bool:
    """Whether resending can neither duplicate an effect nor be pointless; see the table in the module doc.

    `read` overrides the method's classification (a POST that only reads).
    """
    is_read = method.upper() in READ_METHODS if read is None else read
    if exc is not None:
        if isinstance(exc, httpx.ConnectError | httpx.ConnectTimeout | httpx.PoolTimeout):
            return True  # the request never left this machine
        if isinstance(exc, httpx.TimeoutException | httpx.NetworkError | httpx.RemoteProtocolError):
            return is_read  # sent, maybe executed
        return False
    if status is None:
        return False
    if status in WRITE_RETRY_STATUSES:
        return True
    return is_read and (status in READ_RETRY_STATUSES or not is_known_status(status))


def backoff_delay(
    policy: RetryPolicy,
    retry_number: int,
    *,
    retry_after: float | None = None,
    rand: Callable[[], float] = random.random,
) -> float | None:
    """Seconds before retry `retry_number` (0-based): Retry-After if given, else full-jitter backoff.

    None when the broker asks for a longer wait than `policy.retry_after_max`: giving up then beats both
    blocking an agent for minutes and coming back sooner than the broker asked.
    """
    if retry_after is not None:
        return retry_after if retry_after <= policy.retry_after_max else None
    cap = min(policy.backoff_max, policy.backoff_base * (2.0**retry_number))
    return rand() * cap
