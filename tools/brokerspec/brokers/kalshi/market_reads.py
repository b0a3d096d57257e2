"""Kalshi market data and account limits: one generated GET each, normalized by `market_convert`.

Markets, order books, series and the exchange status are public reads (the signed client sends them
signed, which Kalshi accepts and bills to the read budget). `terms.py` turns these into `domain` values.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Literal

from brokerspec.brokers.kalshi import market_convert
from brokerspec.brokers.kalshi.calls import BROKER, call, check_path, check_query, or_unset
from brokerspec.brokers.kalshi.market_models import (
    KalshiAccountLimits,
    KalshiEndpointCosts,
    KalshiExchangeStatus,
    KalshiMarket,
    KalshiMarketPage,
    KalshiOrderbook,
    KalshiSeries,
)
from brokerspec.errors import InvalidArgument

if TYPE_CHECKING:
    from brokerspec_kalshi import Client

__all__ = ["MAX_BOOK_DEPTH", "KalshiMarketReads", "MarketStatusFilter"]

#: What `GET /markets` filters on: a market's trading state, not its lifecycle `status` string.
MarketStatusFilter = Literal["unopened", "open", "closed", "settled"]
#: The deepest order book Kalshi returns per side.
MAX_BOOK_DEPTH = 100


class KalshiMarketReads:
    """The market-data half of `KalshiBroker` (which supplies `_client`)."""

    _client: Client

    async def market(self, ticker: str) -> KalshiMarket:
        """One market: status, shard, price grid, fractional flag, top of book (GET /markets/{ticker})."""
        check_path(ticker=ticker)
        from brokerspec_kalshi.api.markets import get_market
        from brokerspec_kalshi.models import GetMarketResponse

        sent = get_market.asyncio_detailed(ticker, client=self._client)
        return await call("GET", sent, GetMarketResponse, lambda reply: market_convert.market(reply.market))

    async def markets(
        self,
        event_ticker: str | None = None,
        series_ticker: str | None = None,
        status: MarketStatusFilter | None = None,
        tickers: Sequence[str] | str | None = None,
        limit: int = 20,
        cursor: str | None = None,
    ) -> KalshiMarketPage:
        """One page of markets by event, series, trading state or explicit tickers (GET /markets)."""
        joined = tickers if tickers is None or isinstance(tickers, str) else ",".join(tickers)
        check_query(event_ticker=event_ticker, series_ticker=series_ticker, tickers=joined, cursor=cursor)
        from brokerspec_kalshi.api.markets import get_markets
        from brokerspec_kalshi.models import GetMarketsResponse

        sent = get_markets.asyncio_detailed(
            client=self._client,
            event_ticker=or_unset(event_ticker),
            series_ticker=or_unset(series_ticker),
            status=or_unset(status),
            tickers=or_unset(joined),
            limit=limit,
            cursor=or_unset(cursor),
        )
        return await call("GET", sent, GetMarketsResponse, market_convert.market_page)

    async def orderbook(self, ticker: str, depth: int | None = None) -> KalshiOrderbook:
        """The resting bids of both sides, best first, `depth` levels each (all when None)."""
        check_path(ticker=ticker)
        if depth is not None and (
            isinstance(depth, bool) or not isinstance(depth, int) or not 0 < depth <= MAX_BOOK_DEPTH
        ):
            raise InvalidArgument(f"depth must be 1 to {MAX_BOOK_DEPTH} levels, not {depth!r}", broker=BROKER)
        from brokerspec_kalshi.api.markets import get_market_orderbook
        from brokerspec_kalshi.models import GetMarketOrderbookResponse

        sent = get_market_orderbook.asyncio_detailed(ticker, client=self._client, depth=or_unset(depth))
        return await call(
            "GET", sent, GetMarketOrderbookResponse, lambda reply: market_convert.orderbook(reply, ticker)
        )

    async def exchange_status(self) -> KalshiExchangeStatus:
        """Whether the exchange and each shard is trading (GET /exchange/status)."""
        from brokerspec_kalshi.api.exchange import get_exchange_status
        from brokerspec_kalshi.models import ExchangeStatus

        sent = get_exchange_status.asyncio_detailed(client=self._client)
        return await call("GET", sent, ExchangeStatus, market_convert.exchange_status)

    async def series(self, series_ticker: str) -> KalshiSeries:
        """A series and its fee schedule, `fee_type` and `fee_multiplier` (GET /series/{series_ticker})."""
        check_path(series_ticker=series_ticker)
        from brokerspec_kalshi.api.markets import get_series
        from brokerspec_kalshi.models import GetSeriesResponse

        sent = get_series.asyncio_detailed(series_ticker, client=self._client)
        return await call("GET", sent, GetSeriesResponse, market_convert.series)

    async def account_limits(self) -> KalshiAccountLimits:
        """The member's read and write token buckets (GET /account/limits)."""
        from brokerspec_kalshi.api.account import get_account_api_limits
        from brokerspec_kalshi.models import GetAccountApiLimitsResponse

        sent = get_account_api_limits.asyncio_detailed(client=self._client)
        return await call("GET", sent, GetAccountApiLimitsResponse, market_convert.account_limits)

    async def endpoint_costs(self) -> KalshiEndpointCosts:
        """The default token cost and the endpoints that cost otherwise (GET /account/endpoint_costs)."""
        from brokerspec_kalshi.api.account import get_account_endpoint_costs
        from brokerspec_kalshi.models import GetAccountEndpointCostsResponse

        sent = get_account_endpoint_costs.asyncio_detailed(client=self._client)
        return await call("GET", sent, GetAccountEndpointCostsResponse, market_convert.endpoint_costs)
