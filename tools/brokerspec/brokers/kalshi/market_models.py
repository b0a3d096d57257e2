"""Normalized Kalshi market data: markets, order books, series (fee schedules), exchange status, API limits.

Filled by `market_convert.py` from the generated models. Prices are Decimal dollars and YES prices unless
named `no_*`; counts are Decimal contracts. A side without a bid or an ask is null, never 0 or 1 (Kalshi
sends `"0.0000"` for "no YES bid" and `"1.0000"` for "no YES ask"; no order can rest at either). Order
book levels are listed best first.
"""

from __future__ import annotations

from pydantic import Field

from brokerspec.brokers.kalshi.models import _Model
from brokerspec.domain.portfolio import Dec, OptDec

__all__ = [
    "KalshiAccountLimits",
    "KalshiBookLevel",
    "KalshiBucket",
    "KalshiEndpointCost",
    "KalshiEndpointCosts",
    "KalshiExchangeStatus",
    "KalshiMarket",
    "KalshiMarketPage",
    "KalshiOrderbook",
    "KalshiPriceRange",
    "KalshiSeries",
    "KalshiShardStatus",
]

_NEXT_CURSOR = "pass as cursor for the next page; null on the last page"


class KalshiPriceRange(_Model):
    start_dollars: Dec
    end_dollars: Dec
    step_dollars: Dec = Field(description="tick between start and end")


class KalshiMarket(_Model):
    ticker: str
    event_ticker: str
    title: str | None
    status: str = Field(
        description="active = trading; inactive = paused; initialized|closed|determined|finalized|..."
    )
    exchange_index: int | None = Field(description="the shard the market and its orders live on")
    price_level_structure: str | None = Field(description="linear_cent|tapered_deci_cent|deci_cent|...")
    price_ranges: list[KalshiPriceRange] = Field(description="the exact grid an order price must sit on")
    fractional_trading_enabled: bool | None = Field(
        description="counts down to 0.01 accepted; null: not said"
    )
    yes_bid_dollars: OptDec
    yes_ask_dollars: OptDec
    no_bid_dollars: OptDec
    no_ask_dollars: OptDec
    yes_bid_size_contracts: OptDec
    yes_ask_size_contracts: OptDec
    last_price_dollars: OptDec
    volume_contracts: OptDec
    volume_24h_contracts: OptDec
    open_interest_contracts: OptDec
    open_time: str | None
    close_time: str | None
    result: str | None = Field(description="yes|no|scalar once determined")


class KalshiMarketPage(_Model):
    items: list[KalshiMarket]
    next_cursor: str | None = Field(description=_NEXT_CURSOR)


class KalshiBookLevel(_Model):
    price_dollars: Dec
    count_contracts: Dec


class KalshiOrderbook(_Model):
    """Bids only, per side in that side's own price; a YES ask at p is a NO bid at 1 - p."""

    ticker: str
    yes_bids: list[KalshiBookLevel] = Field(description="best (highest) first")
    no_bids: list[KalshiBookLevel] = Field(description="best (highest) first")
    best_yes_bid_dollars: OptDec
    best_yes_ask_dollars: OptDec = Field(description="1 - best NO bid")


class KalshiSeries(_Model):
    ticker: str
    title: str | None
    category: str | None
    frequency: str | None
    fee_type: str | None = Field(description="quadratic|quadratic_with_maker_fees|flat|...")
    fee_multiplier: OptDec
    exchange_index: int | None


class KalshiShardStatus(_Model):
    exchange_index: int
    description: str | None
    exchange_active: bool | None
    trading_active: bool | None
    transfers_active: bool | None


class KalshiExchangeStatus(_Model):
    exchange_active: bool = Field(description="false during maintenance (default shard)")
    trading_active: bool = Field(description="false outside trading hours or paused (default shard)")
    estimated_resume_time: str | None
    shards: list[KalshiShardStatus] | None = Field(description="per shard; null when not reported")


class KalshiBucket(_Model):
    refill_rate: int = Field(description="tokens per second")
    bucket_capacity: int = Field(description="most tokens held (burst)")


class KalshiAccountLimits(_Model):
    usage_tier: str | None
    read: KalshiBucket
    write: KalshiBucket


class KalshiEndpointCost(_Model):
    method: str
    path: str
    cost: int


class KalshiEndpointCosts(_Model):
    default_cost: int
    endpoint_costs: list[KalshiEndpointCost]
