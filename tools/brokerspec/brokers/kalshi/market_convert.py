"""Generated Kalshi market-data models in, normalized market models (`kalshi.market_models`) out.

Prices and counts become Decimal once, here (the 2026 strings first, the 2025 integer cents and counts as
the fallback, as for the portfolio). Kalshi quotes "no YES bid" as `"0.0000"` and "no YES ask" as
`"1.0000"` (no order can rest at 0 or 1): both become null, and so do their NO mirrors. Order book sides
arrive ascending (the best bid last) and leave best first.
"""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING, Final

from brokerspec.brokers.kalshi.market_models import (
    KalshiAccountLimits,
    KalshiBookLevel,
    KalshiBucket,
    KalshiEndpointCost,
    KalshiEndpointCosts,
    KalshiExchangeStatus,
    KalshiMarket,
    KalshiMarketPage,
    KalshiOrderbook,
    KalshiPriceRange,
    KalshiSeries,
    KalshiShardStatus,
)
from brokerspec.brokers.kalshi.wire import (
    contracts,
    dollars,
    flag,
    need,
    next_cursor,
    number,
    plain,
    text,
    whole,
)
from brokerspec.domain.money import to_decimal

if TYPE_CHECKING:
    from brokerspec_kalshi.models import (
        BucketLimit,
        ExchangeStatus,
        GetAccountApiLimitsResponse,
        GetAccountEndpointCostsResponse,
        GetMarketOrderbookResponse,
        GetMarketsResponse,
        GetSeriesResponse,
        Market,
    )
    from brokerspec_kalshi.types import Unset

__all__ = [
    "account_limits",
    "endpoint_costs",
    "exchange_status",
    "market",
    "market_page",
    "orderbook",
    "series",
]

_ZERO: Final = Decimal(0)
_ONE: Final = Decimal(1)


def _quote(value: str | Unset | None, cents: int | Unset | None, none_at: Decimal) -> Decimal | None:
    """A best bid or ask (dollars, else 2025 cents); the price that means "none" (0 bid, 1 ask) is None."""
    price = dollars(value, cents=cents)
    return None if price is None or price == none_at else price


def market(m: Market) -> KalshiMarket:
    ticker = need(text(m.ticker), "market ticker")
    ranges = m.price_ranges
    return KalshiMarket(
        ticker=ticker,
        event_ticker=need(text(m.event_ticker), f"event_ticker of market {ticker}"),
        title=text(m.title),
        status=need(text(m.status), f"status of market {ticker}"),
        exchange_index=whole(m.exchange_index),
        price_level_structure=text(m.price_level_structure),
        price_ranges=[
            KalshiPriceRange(
                start_dollars=need(number(r.start), f"price range start of {ticker}"),
                end_dollars=need(number(r.end), f"price range end of {ticker}"),
                step_dollars=need(number(r.step), f"price range step of {ticker}"),
            )
            for r in ranges
        ]
        if isinstance(ranges, list)
        else [],
        fractional_trading_enabled=flag(m.fractional_trading_enabled),
        yes_bid_dollars=_quote(m.yes_bid_dollars, m.yes_bid, _ZERO),
        yes_ask_dollars=_quote(m.yes_ask_dollars, m.yes_ask, _ONE),
        no_bid_dollars=_quote(m.no_bid_dollars, m.no_bid, _ZERO),
        no_ask_dollars=_quote(m.no_ask_dollars, m.no_ask, _ONE),
        yes_bid_size_contracts=number(m.yes_bid_size_fp),
        yes_ask_size_contracts=number(m.yes_ask_size_fp),
        last_price_dollars=dollars(m.last_price_dollars, cents=m.last_price),
        volume_contracts=contracts(m.volume_fp, m.volume),
        volume_24h_contracts=contracts(m.volume_24h_fp, m.volume_24h),
        open_interest_contracts=contracts(m.open_interest_fp, m.open_interest),
        open_time=text(m.open_time),
        close_time=text(m.close_time),
        result=text(m.result) or None,
    )


def market_page(page: GetMarketsResponse) -> KalshiMarketPage:
    return KalshiMarketPage(items=[market(m) for m in page.markets], next_cursor=next_cursor(page.cursor))


def _levels(side: list[list[str]] | Unset | None, what: str) -> list[KalshiBookLevel]:
    """`[[price, count], ...]` ascending -> levels best (highest) first; null or absent is empty."""
    if not isinstance(side, list):
        return []
    levels = []
    for pair in side:
        if not isinstance(pair, list) or len(pair) != 2:
            raise ValueError(f"order book level {pair!r} of {what} is not [price, count]")
        levels.append(
            KalshiBookLevel(
                price_dollars=need(number(pair[0]), f"price of a {what} level"),
                count_contracts=need(number(pair[1]), f"count of a {what} level"),
            )
        )
    return sorted(levels, key=lambda level: level.price_dollars, reverse=True)


def orderbook(reply: GetMarketOrderbookResponse, ticker: str) -> KalshiOrderbook:
    book = reply.orderbook_fp
    yes = _levels(book.yes_dollars, "YES bid")
    no = _levels(book.no_dollars, "NO bid")
    return KalshiOrderbook(
        ticker=ticker,
        yes_bids=yes,
        no_bids=no,
        best_yes_bid_dollars=yes[0].price_dollars if yes else None,
        best_yes_ask_dollars=plain(_ONE - no[0].price_dollars) if no else None,
    )


def series(reply: GetSeriesResponse) -> KalshiSeries:
    s = reply.series
    multiplier = s.fee_multiplier
    return KalshiSeries(
        ticker=need(text(s.ticker), "series ticker"),
        title=text(s.title),
        category=text(s.category),
        frequency=text(s.frequency),
        fee_type=text(s.fee_type),
        # a JSON number: read through its shortest decimal text (1 -> 1, 0.5 -> 0.5), never binary arithmetic
        fee_multiplier=None
        if isinstance(multiplier, bool) or not isinstance(multiplier, int | float)
        else to_decimal(multiplier),
        exchange_index=whole(s.exchange_index),
    )


def exchange_status(s: ExchangeStatus) -> KalshiExchangeStatus:
    shards = s.exchange_index_statuses
    return KalshiExchangeStatus(
        exchange_active=need(flag(s.exchange_active), "exchange_active"),
        trading_active=need(flag(s.trading_active), "trading_active"),
        estimated_resume_time=text(s.exchange_estimated_resume_time),
        shards=[
            KalshiShardStatus(
                exchange_index=need(whole(x.exchange_index), "exchange_index of a shard status"),
                description=text(x.description),
                exchange_active=flag(x.exchange_active),
                trading_active=flag(x.trading_active),
                transfers_active=flag(x.intra_exchange_transfers_active),
            )
            for x in shards
        ]
        if isinstance(shards, list)
        else None,
    )


def _bucket(b: BucketLimit, name: str) -> KalshiBucket:
    return KalshiBucket(
        refill_rate=need(whole(b.refill_rate), f"{name} refill_rate"),
        bucket_capacity=need(whole(b.bucket_capacity), f"{name} bucket_capacity"),
    )


def account_limits(reply: GetAccountApiLimitsResponse) -> KalshiAccountLimits:
    return KalshiAccountLimits(
        usage_tier=text(reply.usage_tier),
        read=_bucket(reply.read, "read"),
        write=_bucket(reply.write, "write"),
    )


def endpoint_costs(reply: GetAccountEndpointCostsResponse) -> KalshiEndpointCosts:
    return KalshiEndpointCosts(
        default_cost=need(whole(reply.default_cost), "default_cost"),
        endpoint_costs=[
            KalshiEndpointCost(
                method=need(text(c.method), "endpoint cost method"),
                path=need(text(c.path), "endpoint cost path"),
                cost=need(whole(c.cost), "endpoint cost"),
            )
            for c in reply.endpoint_costs
        ],
    )
