"""What an order preview needs from the market, as `domain` values: the market's terms, its book, the exchange.

    market = await broker.market_terms("KXDEMO-26-A")      # domain.market.Market, fees from the series
    book = await broker.order_book("KXDEMO-26-A", depth=10) # domain.book.OrderBook
    status = await broker.trading_status()                  # domain.market.ExchangeStatus

The reads are the ones of `market_reads.py`; this turns their normalized models into the pure values the
preview checks (`domain.market.tradable`, `price_on_grid`, `count_allowed`, `domain.book.preview_execution`).
A market does not name its series, but Kalshi's tickers begin with it (series `KXDEMO`, event `KXDEMO-26`,
market `KXDEMO-26-A`): `series_ticker_of` reads it from there, and a series that cannot be read leaves the
fees unknown (`domain.fees` then charges the taker rate everywhere, the conservative choice).
"""

from __future__ import annotations

import asyncio

from brokerspec import errors
from brokerspec.brokers.kalshi.market_models import (
    KalshiExchangeStatus,
    KalshiMarket,
    KalshiOrderbook,
    KalshiSeries,
)
from brokerspec.brokers.kalshi.market_reads import KalshiMarketReads
from brokerspec.domain.book import Level, OrderBook
from brokerspec.domain.market import ExchangeStatus, Market, PriceRange, ShardStatus

__all__ = ["KalshiMarketTerms", "domain_book", "domain_exchange_status", "domain_market", "series_ticker_of"]


def series_ticker_of(ticker: str) -> str:
    """The series a market or event ticker belongs to: the part before the first `-` (Kalshi's convention)."""
    return ticker.split("-", 1)[0]


def domain_market(market: KalshiMarket, series: KalshiSeries | None) -> Market:
    """A `domain.market.Market` from a market read and its series (None: fees unknown)."""
    return Market(
        ticker=market.ticker,
        status=market.status,
        event_ticker=market.event_ticker,
        exchange_index=market.exchange_index,
        price_level_structure=market.price_level_structure,
        price_ranges=tuple(
            PriceRange(r.start_dollars, r.end_dollars, r.step_dollars) for r in market.price_ranges
        ),
        fractional_trading_enabled=market.fractional_trading_enabled,
        yes_bid_dollars=market.yes_bid_dollars,
        yes_ask_dollars=market.yes_ask_dollars,
        yes_bid_size=market.yes_bid_size_contracts,
        yes_ask_size=market.yes_ask_size_contracts,
        fee_type=None if series is None else series.fee_type,
        fee_multiplier=None if series is None else series.fee_multiplier,
    )


def domain_book(book: KalshiOrderbook) -> OrderBook:
    return OrderBook(
        yes_bids=tuple(Level(lv.price_dollars, lv.count_contracts) for lv in book.yes_bids),
        no_bids=tuple(Level(lv.price_dollars, lv.count_contracts) for lv in book.no_bids),
    )


def domain_exchange_status(status: KalshiExchangeStatus) -> ExchangeStatus:
    shards = tuple(
        ShardStatus(
            exchange_index=s.exchange_index,
            exchange_active=bool(s.exchange_active)
            if s.exchange_active is not None
            else status.exchange_active,
            trading_active=bool(s.trading_active) if s.trading_active is not None else status.trading_active,
        )
        for s in status.shards or ()
    )
    return ExchangeStatus(
        exchange_active=status.exchange_active,
        trading_active=status.trading_active,
        shards=shards,
        estimated_resume_time=status.estimated_resume_time,
    )


class KalshiMarketTerms(KalshiMarketReads):
    """Market reads as the preview's domain values."""

    async def market_terms(self, ticker: str) -> Market:
        """The market (status, shard, grid, fractional flag, top of book) with its series' fee schedule."""
        return (await self.market_with_terms(ticker))[1]

    async def market_with_terms(self, ticker: str) -> tuple[KalshiMarket, Market]:
        """The market as Kalshi answers it, and as the preview's terms (with its series' fees, if any)."""

        async def series_or_none() -> KalshiSeries | None:
            try:
                return await self.series(series_ticker_of(ticker))
            except errors.NotFound:
                return None

        market, series = await asyncio.gather(self.market(ticker), series_or_none())
        return market, domain_market(market, series)

    async def order_book(self, ticker: str, depth: int | None = None) -> OrderBook:
        """The market's resting bids, both sides, best first."""
        return domain_book(await self.orderbook(ticker, depth))

    async def trading_status(self) -> ExchangeStatus:
        """Whether the exchange and each shard is trading."""
        return domain_exchange_status(await self.exchange_status())
