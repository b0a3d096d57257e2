"""The one httpx transport under every generated client: rate limits, safe retries, one error vocabulary.

It knows no broker: the client factory (`brokerspec.brokers.clients`) builds it from the broker's profile,

    BrokerTransport("kalshi", limits=profile.limits, budget_loader=profile.budget_loader,
                    overrides=settings_overrides, read_paths=profile.read_paths, auth=signer)

and hands it to the generated `Client` in `httpx_args`. `BrokerTransport` implements both
`httpx.BaseTransport` and `httpx.AsyncBaseTransport` (as `httpx.MockTransport` does) because a generated
`Client` hands the same `httpx_args` to its sync and its async httpx client. Timeouts are the `Client`'s
(httpx passes them to the inner transport with each request), so they are set by the factory, not here.

Retry policy (`is_retryable`), decided only from what is provable about the broker's side:

| what happened                                            | read¹                | write            |
|----------------------------------------------------------|----------------------|------------------|
| ConnectError / ConnectTimeout / PoolTimeout (never sent) | retry                | retry            |
| 429 (refused before execution)                           | retry, Retry-After   | no → RateLimited³|
| ReadTimeout, WriteTimeout, connection dropped after send | retry                | no → Uncertain   |
| 408, 500, 502, 503, 504, statuses outside HTTPStatus     | retry                | no → Uncertain²  |
| any other status                                         | no                   | no               |

¹ GET, HEAD, OPTIONS, and POSTs to the `read_paths` given (the vendor gateway's reads).
² a write answered with a 5xx or a CDN status (520, 499...) may have been executed: `Uncertain`.
³ refused before execution (`retry_safe` true) and never resent here: the caller decides, knowing it waited.

Every attempt books its cost in tokens (`RateLimiter.cost`; a batch per item of its body) from the read or
write bucket and waits for them; a 429 empties that bucket. The first request of a broker key with a
`budget_loader` (Kalshi) first reads the real budget (`http.budget`); any failure keeps the defaults.

Backoff is exponential with full jitter (`uniform(0, min(backoff_max, backoff_base * 2**n))`); a Retry-After
(seconds or HTTP date) is waited exactly, unless it exceeds `retry_after_max`: then `RateLimited(retry_after=...)`
is raised at once. No retry starts once `deadline` seconds have passed since the first attempt.

What the transport raises itself, as the translated `BrokerError` (`translate.error_from_response`, which
reads the body): a transport failure it does not retry (or no longer retries), a final reply with a status
>= 500 or outside `http.HTTPStatus` (520, 499, 529), every final 429 (Kalshi's body `{"error": "too many
requests"}` would crash the generated `ErrorResponse` parser), and a 4xx whose body cannot be a JSON object
(HTML pages, empty or bare-text bodies). It never decodes a body itself: a 2xx goes back to the generated
client untouched, whose parser decodes it once (the adapters translate a failure with the call's method:
read → `InvalidResponse`, write → `Uncertain`); a JSON 4xx goes back too, so `KalshiAuth` can heal a
clock-skew 401; translate it with `translate.raise_for_response`.

With `auth=` the request is signed again right before each attempt that waited (rate limit or backoff),
so a queued or retried Kalshi request never carries a timestamp older than Kalshi's ±5 s window.
"""

from __future__ import annotations

import logging
import random
import time
from collections.abc import Awaitable, Callable, Collection
from typing import TYPE_CHECKING

import httpx

from brokerspec.errors import BrokerError, InvalidResponse
from brokerspec.http.budget import aload_budget, budget_flow, load_budget
from brokerspec.http.ratelimit import BudgetLoader, RateLimiter, RateLimits, RequestKind, shared_limiter
from brokerspec.http.retry import (
    NO_RETRY,
    READ_RETRY_STATUSES,
    WRITE_RETRY_STATUSES,
    RetryPolicy,
    backoff_delay,
    is_retryable,
    request_kind,
)
from brokerspec.http.translate import (
    READ_METHODS,
    error_from_exception,
    error_from_response,
    is_known_status,
    parse_retry_after,
)

if TYPE_CHECKING:
    from brokerspec.settings.server import RateOverrides

__all__ = [
    "NO_RETRY",
    "READ_RETRY_STATUSES",
    "WRITE_RETRY_STATUSES",
    "BrokerTransport",
    "RateLimiter",
    "RateLimits",
    "RetryPolicy",
    "backoff_delay",
    "is_retryable",
    "request_kind",
]

logger = logging.getLogger("brokerspec.http.transport")

_DROPPED_HEADERS = frozenset({"content-encoding", "transfer-encoding", "content-length"})


# The transport


class BrokerTransport(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """Wraps httpx's own transport: waits for the broker's read or write budget, retries what is safe,
    and turns failures the generated clients cannot handle into `BrokerError`s.

    `broker` names the broker in errors; with `limits` (a `RateLimits`) it keys the process-wide budget of
    `account` (`shared_limiter`, with the environment's `overrides` and the broker's `budget_loader`), or pass
    a `RateLimiter` of your own. `inner` is httpx's transport underneath (sync, async or both, e.g. a
    `MockTransport`); `async_inner` an async-only one (e.g. `httpx.ASGITransport`).
    """

    def __init__(
        self,
        broker: str,
        *,
        limits: RateLimits | RateLimiter,
        retry: RetryPolicy | None = None,
        inner: httpx.BaseTransport | httpx.AsyncBaseTransport | None = None,
        async_inner: httpx.AsyncBaseTransport | None = None,
        read_paths: Collection[str] = (),
        auth: httpx.Auth | None = None,
        overrides: RateOverrides | None = None,
        budget_loader: BudgetLoader | None = None,
        account: str = "",
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], None] = time.sleep,
        async_sleep: Callable[[float], Awaitable[None]] | None = None,
        rand: Callable[[], float] = random.random,
    ) -> None:
        self.broker = broker
        if isinstance(limits, RateLimiter):
            self.limiter = limits
        else:
            self.limiter = shared_limiter(
                broker, limits, account=account, overrides=overrides, loader=budget_loader
            )
        self.retry = retry or RetryPolicy()
        self.read_paths = tuple(read_paths)
        if async_inner is None and isinstance(inner, httpx.AsyncBaseTransport):
            async_inner = inner
        if isinstance(async_inner, httpx.BaseTransport) and not isinstance(inner, httpx.BaseTransport):
            inner = async_inner
        self._inner = inner if isinstance(inner, httpx.BaseTransport) else None
        self._async_inner = async_inner
        self._auth = auth
        self._clock = clock
        self._sleep = sleep
        self._async_sleep = async_sleep or _anyio_sleep
        self._rand = rand

    def __repr__(self) -> str:
        return f"BrokerTransport({self.broker!r}, limits={self.limiter.limits!r}, retry={self.retry!r})"

    # sync

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        """Send with rate limiting and safe retries; raise `BrokerError` for what cannot be returned."""
        inner = self._inner
        if inner is None:
            inner = self._inner = httpx.HTTPTransport()
        loader = self.limiter.claim_loader()
        if loader is not None:
            flow = budget_flow(self.broker, self.limiter, loader, request)
            load_budget(flow, inner, self._resign, self._sleep)
        kind = self.kind(request)
        cost = self.cost(request)
        started = self._clock()
        retries = 0
        while True:
            wait = self.limiter.reserve(kind, cost)
            if wait > 0:
                self._sleep(wait)
            if wait > 0 or retries:
                self._resign(request)
            try:
                response = inner.handle_request(request)
                try:
                    delay = self._response_delay(request, kind, response, retries, started)
                    if delay is None:
                        return self._finish(request, kind, response, response.read())
                finally:
                    response.close()
            except httpx.TransportError as exc:
                delay = self._exception_delay(request, kind, exc, retries, started)
                if delay is None:
                    raise error_from_exception(self.broker, exc, _method(request, kind)) from exc
            self._log_retry(request, retries, delay)
            self._sleep(delay)
            retries += 1

    def close(self) -> None:
        if self._inner is not None:
            self._inner.close()

    # async

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        """The async twin of `handle_request`; shares the same budget (and lock) with sync callers."""
        inner = self._async_inner
        if inner is None:
            inner = self._async_inner = httpx.AsyncHTTPTransport()
        loader = self.limiter.claim_loader()
        if loader is not None:
            flow = budget_flow(self.broker, self.limiter, loader, request)
            await aload_budget(flow, inner, self._resign, self._async_sleep)
        kind = self.kind(request)
        cost = self.cost(request)
        started = self._clock()
        retries = 0
        while True:
            wait = await self.limiter.areserve(kind, cost)
            if wait > 0:
                await self._async_sleep(wait)
            if wait > 0 or retries:
                self._resign(request)
            try:
                response = await inner.handle_async_request(request)
                try:
                    delay = self._response_delay(request, kind, response, retries, started)
                    if delay is None:
                        return self._finish(request, kind, response, await response.aread())
                finally:
                    await response.aclose()
            except httpx.TransportError as exc:
                delay = self._exception_delay(request, kind, exc, retries, started)
                if delay is None:
                    raise error_from_exception(self.broker, exc, _method(request, kind)) from exc
            self._log_retry(request, retries, delay)
            await self._async_sleep(delay)
            retries += 1

    async def aclose(self) -> None:
        if self._async_inner is not None:
            await self._async_inner.aclose()

    # shared decisions

    def kind(self, request: httpx.Request) -> RequestKind:
        """Which budget and which retry rules apply to `request`."""
        return request_kind(request.method, request.url.path, self.read_paths)

    def cost(self, request: httpx.Request) -> float:
        """The tokens `request` costs (a batch: per item of its body)."""
        return self.limiter.cost(request.method, request.url.path, lambda: _body(request))

    def _response_delay(
        self,
        request: httpx.Request,
        kind: RequestKind,
        response: httpx.Response,
        retries: int,
        started: float,
    ) -> float | None:
        status = response.status_code
        if status == 429:
            self.limiter.drain(kind)
        if not is_retryable(request.method, status=status, read=kind == "read"):
            return None
        retry_after = parse_retry_after(response.headers.get("retry-after"))
        return self._delay(retries, started, retry_after)

    def _exception_delay(
        self,
        request: httpx.Request,
        kind: RequestKind,
        exc: httpx.TransportError,
        retries: int,
        started: float,
    ) -> float | None:
        if not is_retryable(request.method, exc=exc, read=kind == "read"):
            return None
        return self._delay(retries, started, None)

    def _delay(self, retries: int, started: float, retry_after: float | None) -> float | None:
        if retries >= self.retry.max_retries:
            return None
        delay = backoff_delay(self.retry, retries, retry_after=retry_after, rand=self._rand)
        if delay is None or self._clock() - started + delay > self.retry.deadline:
            return None
        return delay

    def _finish(
        self, request: httpx.Request, kind: RequestKind, response: httpx.Response, content: bytes
    ) -> httpx.Response:
        """Raise for the replies listed in the module doc; rebuild the rest around the body, unread."""
        status = response.status_code
        if _must_translate(request, response, content):
            error: BrokerError | None = error_from_response(
                self.broker, status, response.headers, content, method=_method(request, kind)
            )
            if error is None:  # pragma: no cover - error_from_response classifies every such reply
                error = InvalidResponse(f"{self.broker} sent an unreadable reply", broker=self.broker)
            raise error
        headers = [(k, v) for k, v in response.headers.multi_items() if k.lower() not in _DROPPED_HEADERS]
        headers.append(("content-length", str(len(content))))
        return httpx.Response(
            status,
            headers=headers,
            stream=httpx.ByteStream(content),
            extensions=response.extensions,
            request=request,
        )

    def _resign(self, request: httpx.Request) -> None:
        """Run the first step of the auth flow again so the signature's timestamp is fresh."""
        if self._auth is None:
            return
        flow = self._auth.auth_flow(request)
        try:
            next(flow)
        except StopIteration:
            pass
        finally:
            flow.close()

    def _log_retry(self, request: httpx.Request, retries: int, delay: float) -> None:
        logger.info(
            "%s %s %s: retry %d in %.2fs", self.broker, request.method, request.url.path, retries + 1, delay
        )


# Private helpers


def _method(request: httpx.Request, kind: RequestKind) -> str:
    """The method `translate` classifies a failure by: a POST to a read path failed as a read (never Uncertain)."""
    return "GET" if kind == "read" and request.method.upper() not in READ_METHODS else request.method


def _body(request: httpx.Request) -> bytes:
    """The request body as sent (generated clients build it in memory); empty for a streamed one."""
    try:
        return request.content
    except httpx.RequestNotRead:
        return b""


def _must_translate(request: httpx.Request, response: httpx.Response, content: bytes) -> bool:
    """True for the replies the transport raises for itself; decided from the status and the body's first
    byte, never by decoding it (the generated parser decodes a success once, `translate` an error once).
    Every 429: Kalshi's body `{"error": "too many requests"}` would crash the generated error parser."""
    status = response.status_code
    if status >= 500 or status == 429 or not is_known_status(status):
        return True
    if status < 400 or request.method.upper() == "HEAD":
        return False
    # A generated error model is built with `from_dict`, which needs a JSON object.
    content_type = response.headers.get("content-type", "").lower()
    return "html" in content_type or content.lstrip()[:1] != b"{"


async def _anyio_sleep(seconds: float) -> None:
    import anyio

    await anyio.sleep(seconds)
