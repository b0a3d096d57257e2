"""Reading several brokers' portfolios at once: each broker's failure is isolated, the others still answer.

The normalized models are pure data (`brokerspec.domain.portfolio`); turning an exception into a row of
`Portfolio.errors` needs the error vocabulary and the redactor, so it lives here, with the use case.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Mapping

from brokerspec.domain.portfolio import BrokerPortfolio, Portfolio, PortfolioError
from brokerspec.errors import BrokerError
from brokerspec.redaction import redact

__all__ = ["failure_from_exception", "gather_portfolio"]

_log = logging.getLogger(__name__)


def failure_from_exception(broker: str, exc: BaseException) -> PortfolioError:
    """A broker's failure as a row of `Portfolio.errors`, keeping the broker's code and message."""
    if isinstance(exc, BrokerError):
        return PortfolioError(
            broker=broker,
            code=exc.code,
            message=exc.message,
            retry_safe=exc.retry_safe,
            suggestion=exc.suggestion,
        )
    return PortfolioError(
        broker=broker,
        code="internal_error",
        message=redact(f"{type(exc).__name__}: {exc}"),
        retry_safe=False,
        suggestion="A bug in brokerspec, not at the broker; the other brokers are unaffected.",
    )


async def gather_portfolio(fetches: Mapping[str, Awaitable[BrokerPortfolio]]) -> Portfolio:
    """Run every broker's fetch concurrently; a broker that fails becomes an entry of `errors`.

    `fetches` maps a broker id to its pending fetch, e.g.
    `{"wealthy": wealthy.fetch_portfolio(client)}`. Unexpected exceptions (bugs) are logged and reported
    as `internal_error` rather than hiding the brokers that worked; cancellation still propagates.
    """
    import asyncio

    names = list(fetches)
    results = await asyncio.gather(*(fetches[name] for name in names), return_exceptions=True)
    brokers: list[BrokerPortfolio] = []
    errors: list[PortfolioError] = []
    for name, result in zip(names, results, strict=True):
        if isinstance(result, BrokerPortfolio):
            brokers.append(result)
            continue
        if not isinstance(result, Exception):  # cancellation, KeyboardInterrupt: not a broker failure
            raise result
        failure = failure_from_exception(name, result)
        if failure.code == "internal_error":
            _log.error("portfolio fetch for %s failed unexpectedly", name, exc_info=result)
        errors.append(failure)
    return Portfolio(brokers=brokers, errors=errors)
