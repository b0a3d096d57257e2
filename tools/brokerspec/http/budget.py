"""Reading a broker key's real budget once, at its first request: the transport's half of `BudgetLoader`.

The loader (from `brokers`) names GET paths under the API root and reads their replies; this module builds
those GETs next to the request that triggered them (same origin, same prefix before the root: a sandbox's
`/kalshi/trade-api/v2/...` probes `/kalshi/trade-api/v2/account/limits`) and hands the loader what came back.
The transport sends them on its inner transport, signed and billed like any read. Nothing here may fail the
request that triggered it: every failure is logged and the limits stay as they were.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable, Generator, Mapping
from typing import TypeAlias

import httpx

from brokerspec.http.ratelimit import BudgetLoader, RateLimiter
from brokerspec.redaction import redact

__all__ = ["aload_budget", "apply_budget", "budget_flow", "budget_requests", "load_budget"]

logger = logging.getLogger("brokerspec.http.budget")

#: What the flow asks of the transport: wait this long (the GET is already billed), sign it, send it.
Step: TypeAlias = tuple[float, httpx.Request]
#: What the transport tells the flow: (status, body), or the exception sending it raised.
Answer: TypeAlias = "tuple[int, bytes] | Exception | None"


def budget_flow(
    broker: str, limiter: RateLimiter, loader: BudgetLoader, request: httpx.Request
) -> Generator[Step, Answer, None]:
    """Read the loader's GETs one by one and put the budget they tell in force (a generator, like an
    `httpx.Auth` flow, so a sync and an async transport drive the same steps)."""
    replies: dict[str, bytes] = {}
    for path, probe in budget_requests(broker, limiter, loader, request):
        wait = limiter.reserve("read", limiter.cost("GET", probe.url.path))
        answer = yield wait, probe
        if answer is None or isinstance(answer, Exception):
            probe_failed(broker, path, answer)
            continue
        status, content = answer
        if status == 429:
            limiter.drain("read")
        if status == 200:
            replies[path] = content
        else:
            probe_failed(broker, path, f"HTTP {status}")
    apply_budget(broker, limiter, loader, replies)


Flow: TypeAlias = Generator[Step, Answer, None]


def load_budget(
    flow: Flow,
    inner: httpx.BaseTransport,
    sign: Callable[[httpx.Request], None],
    sleep: Callable[[float], None],
) -> None:
    """Drive `flow` on a sync transport: wait, sign, send each GET; report what came back."""
    answer: Answer = None
    try:
        while True:
            wait, probe = flow.send(answer)
            if wait > 0:
                sleep(wait)
            try:
                sign(probe)
                response = inner.handle_request(probe)
                try:
                    answer = (response.status_code, response.read())
                finally:
                    response.close()
            except Exception as exc:  # never fatal: the flow logs it and keeps the default
                answer = exc
    except StopIteration:
        pass


async def aload_budget(
    flow: Flow,
    inner: httpx.AsyncBaseTransport,
    sign: Callable[[httpx.Request], None],
    sleep: Callable[[float], Awaitable[None]],
) -> None:
    """The async twin of `load_budget`."""
    answer: Answer = None
    try:
        while True:
            wait, probe = flow.send(answer)
            if wait > 0:
                await sleep(wait)
            try:
                sign(probe)
                response = await inner.handle_async_request(probe)
                try:
                    answer = (response.status_code, await response.aread())
                finally:
                    await response.aclose()
            except Exception as exc:  # never fatal: the flow logs it and keeps the default
                answer = exc
    except StopIteration:
        pass


def budget_requests(
    broker: str, limiter: RateLimiter, loader: BudgetLoader, request: httpx.Request
) -> list[tuple[str, httpx.Request]]:
    """The loader's GETs, next to `request`; none when the API root is not in its URL."""
    root = limiter.limits.costs.root
    path = request.url.path
    at = path.find(root) if root else 0
    if at < 0:
        logger.info("%s: no %s in %s; keeping the default budget", broker, root, path)
        return []
    prefix = path[: at + len(root)] if root else ""
    return [
        (
            wanted,
            httpx.Request(
                "GET",
                request.url.copy_with(raw_path=(prefix + wanted).encode("ascii")),
                headers={"accept": "application/json"},
            ),
        )
        for wanted in loader.paths
    ]


def apply_budget(
    broker: str, limiter: RateLimiter, loader: BudgetLoader, replies: Mapping[str, bytes]
) -> None:
    """Give the loader what was answered (200s only) and put the limits it returns in force."""
    try:
        limits = loader(limiter.limits, replies)
        limiter.update(limits)
    except Exception as exc:  # never fatal: the defaults are a safe budget
        logger.warning("%s: could not read the budget (%s); keeping the default", broker, redact(str(exc)))
        return
    logger.info(
        "%s budget: tier %s, reads %g/s (burst %g), writes %g/s (burst %g), default cost %g",
        broker,
        limiter.limits.tier,
        limiter.limits.reads_per_second,
        limiter.limits.read_burst or 0,
        limiter.limits.writes_per_second,
        limiter.limits.write_burst or 0,
        limiter.limits.costs.default_cost,
    )


def probe_failed(broker: str, path: str, what: object) -> None:
    """Log one GET of the loader that did not answer 200."""
    logger.info(
        "%s: GET %s failed (%s); its part of the budget stays the default", broker, path, redact(str(what))
    )
