"""Market reads for agents: one market with its terms and top of book, markets by event or series, a book.

An agent cannot price an order without them. Every answer is small on purpose: a market's terms are shown
as a person reads them (the grid as ranges, the fees as a formula), pages are capped at 100 markets and a
book at 100 levels a side. Prices are dollars on the YES book unless the name says otherwise.
"""

from __future__ import annotations

import asyncio
from decimal import Decimal
from typing import TYPE_CHECKING, Literal

from pydantic import Field

from brokerspec.app.market_preview import fees_text, grid_text, market_named
from brokerspec.app.responses import DecimalStr, _Model
from brokerspec.app.runtime import Runtime
from brokerspec.domain.market import tradable

if TYPE_CHECKING:
    from brokerspec.brokers.kalshi.market_models import KalshiMarket

_ONE = Decimal(1)
MarketFilter = Literal["unopened", "open", "closed", "settled"]


class MarketDetail(_Model):
    ticker: str
    event_ticker: str
    title: str | None
    status: str
    #: null when an order may be sent now; else why the exchange would refuse it
    not_tradable_because: str | None
    exchange_index: int | None
    price_grid: str
    fractional_trading: bool | None
    fees: str
    yes_bid_dollars: DecimalStr | None
    yes_ask_dollars: DecimalStr | None
    yes_bid_size_contracts: DecimalStr | None
    yes_ask_size_contracts: DecimalStr | None
    last_price_dollars: DecimalStr | None
    volume_24h_contracts: DecimalStr | None
    close_time: str | None
    result: str | None


class MarketRow(_Model):
    ticker: str
    title: str | None
    status: str
    exchange_index: int | None
    yes_bid_dollars: DecimalStr | None
    yes_ask_dollars: DecimalStr | None
    last_price_dollars: DecimalStr | None
    volume_24h_contracts: DecimalStr | None
    close_time: str | None


class MarketsPage(_Model):
    items: list[MarketRow]
    next_cursor: str | None


class Level(_Model):
    price_dollars: DecimalStr
    count_contracts: DecimalStr


class BookView(_Model):
    ticker: str
    yes_bids: list[Level] = Field(description="best first")
    yes_asks: list[Level] = Field(description="best first; a YES ask at p is a NO bid at 1-p")


def _row(m: KalshiMarket) -> MarketRow:
    return MarketRow(
        ticker=m.ticker,
        title=m.title,
        status=m.status,
        exchange_index=m.exchange_index,
        yes_bid_dollars=m.yes_bid_dollars,
        yes_ask_dollars=m.yes_ask_dollars,
        last_price_dollars=m.last_price_dollars,
        volume_24h_contracts=m.volume_24h_contracts,
        close_time=m.close_time,
    )


class Markets(Runtime):
    """The market-read use cases (no gate: they never write)."""

    async def market_detail(self, ticker: str) -> MarketDetail:
        from brokerspec.brokers.kalshi.terms import domain_exchange_status

        broker = await self.kalshi()
        with market_named(ticker):
            (market, terms), status = await asyncio.gather(
                broker.market_with_terms(ticker), broker.exchange_status()
            )
        return MarketDetail(
            ticker=market.ticker,
            event_ticker=market.event_ticker,
            title=market.title,
            status=market.status,
            not_tradable_because=tradable(terms, domain_exchange_status(status)),
            exchange_index=market.exchange_index,
            price_grid=grid_text(terms),
            fractional_trading=market.fractional_trading_enabled,
            fees=fees_text(terms),
            yes_bid_dollars=market.yes_bid_dollars,
            yes_ask_dollars=market.yes_ask_dollars,
            yes_bid_size_contracts=market.yes_bid_size_contracts,
            yes_ask_size_contracts=market.yes_ask_size_contracts,
            last_price_dollars=market.last_price_dollars,
            volume_24h_contracts=market.volume_24h_contracts,
            close_time=market.close_time,
            result=market.result,
        )

    async def find_markets(
        self,
        event_ticker: str | None,
        series_ticker: str | None,
        status: MarketFilter | None,
        limit: int,
        cursor: str | None,
    ) -> MarketsPage:
        broker = await self.kalshi()
        page = await broker.markets(
            event_ticker=event_ticker, series_ticker=series_ticker, status=status, limit=limit, cursor=cursor
        )
        return MarketsPage(items=[_row(m) for m in page.items], next_cursor=page.next_cursor)

    async def market_book(self, ticker: str, depth: int) -> BookView:
        broker = await self.kalshi()
        with market_named(ticker):
            book = await broker.orderbook(ticker, depth)
        return BookView(
            ticker=ticker,
            yes_bids=[
                Level(price_dollars=lv.price_dollars, count_contracts=lv.count_contracts)
                for lv in book.yes_bids
            ],
            yes_asks=[
                Level(price_dollars=_ONE - lv.price_dollars, count_contracts=lv.count_contracts)
                for lv in book.no_bids
            ],
        )
