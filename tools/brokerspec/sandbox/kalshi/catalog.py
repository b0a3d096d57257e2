"""What the exchange lists: shards, series (with their fee schedule) and markets (with their price grid).

The seed catalog exercises every market feature a client must handle (reference "Corrections and additions"):

| ticker                       | shard | grid                | fractional | status      | series fees                        |
|------------------------------|-------|---------------------|------------|-------------|------------------------------------|
| `KXDEMO-26-A`, `KXDEMO-26-B` | 0     | `linear_cent`       | no         | active      | `quadratic` × 1                    |
| `KXDEMO-26-C`                | 0     | `linear_cent`       | no         | inactive (paused) | `quadratic` × 1              |
| `KXDEMO-25-X`                | 0     | `linear_cent`       | no         | closed      | `quadratic` × 1                    |
| `KXDEMO-25-Y`                | 0     | `linear_cent`       | no         | finalized (yes) | `quadratic` × 1                |
| `KXRAIN-26NOV-T60`           | 1     | `linear_cent`       | no         | active      | `quadratic_with_maker_fees` × 1    |
| `KXBTCD-26DEC31-T100000`     | 1     | `deci_cent`         | yes        | active      | `quadratic_with_maker_fees` × 1    |
| `KXDEMO15M-26DEC011230-30`   | 2     | `tapered_deci_cent` | no         | active      | `quadratic` × 0.5                  |
| `KXWTI-26DEC31-T80`          | 3     | `linear_cent`       | no         | active      | `quadratic` × 1                    |

A new member is funded on shards 0–2 only, so an order on shard 3 meets "Exchange user not found" until
money is moved there with `POST /portfolio/intra_exchange_instance_transfer`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from typing import Literal

from .grid import PRICE_STRUCTURES, PriceRange
from .money import COUNT_QUANTUM, ONE, ZERO

MarketStatus = Literal[
    "initialized", "active", "inactive", "closed", "determined", "disputed", "amended", "finalized"
]
MARKET_STATUSES: tuple[MarketStatus, ...] = (
    "initialized",
    "active",
    "inactive",
    "closed",
    "determined",
    "disputed",
    "amended",
    "finalized",
)
CLOSED_STATUSES = frozenset({"closed", "determined", "disputed", "amended", "finalized"})
"""Past `close_time`: every order operation is refused, cancels included."""
STATUS_FILTERS: dict[str, frozenset[str]] = {
    # `GET /markets?status=` speaks another vocabulary than the market's `status` (Market lifecycle page).
    "unopened": frozenset({"initialized"}),
    "open": frozenset({"active"}),
    "paused": frozenset({"inactive"}),
    "closed": frozenset({"closed", "determined", "disputed", "amended"}),
    "settled": frozenset({"finalized"}),
}

EXCHANGE_INDEXES: tuple[int, ...] = (0, 1, 2, 3)
SHARD_DESCRIPTIONS = {
    0: "Primary exchange shard",
    1: "Exchange shard 1",
    2: "Exchange shard 2",
    3: "Exchange shard 3",
}

_DAY = 86_400.0


@dataclass
class Shard:
    """One exchange shard's switches (`GET /exchange/status`, `exchange_index_statuses`)."""

    exchange_index: int
    exchange_active: bool = True
    trading_active: bool = True
    intra_exchange_transfers_active: bool = True

    @property
    def description(self) -> str:
        return SHARD_DESCRIPTIONS.get(self.exchange_index, f"Exchange shard {self.exchange_index}")


@dataclass(frozen=True)
class Series:
    """A series: the template of its events, and the owner of the fee schedule."""

    ticker: str
    title: str
    category: str
    fee_type: str
    fee_multiplier: Decimal = ONE
    frequency: str = "daily"
    exchange_index: int = 0


@dataclass
class Market:
    """A binary market; `last_price` (YES, dollars) marks positions for `portfolio_value`."""

    ticker: str
    event_ticker: str
    series_ticker: str
    title: str
    exchange_index: int = 0
    price_level_structure: str = "linear_cent"
    fractional_trading_enabled: bool = False
    status: MarketStatus = "active"
    result: Literal["yes", "no", ""] = ""
    last_price: Decimal = ZERO
    previous_price: Decimal = ZERO
    open_ts: float = 0.0
    close_ts: float = 0.0
    created_ts: float = 0.0
    updated_ts: float = 0.0
    settled_ts: float | None = None
    volume: Decimal = ZERO
    trades: list[tuple[float, Decimal]] = field(default_factory=list)
    """(time, contracts) of every trade, for `volume_24h_fp`."""

    @property
    def price_ranges(self) -> tuple[PriceRange, ...]:
        return PRICE_STRUCTURES[self.price_level_structure]

    @property
    def count_step(self) -> Decimal:
        """The smallest order size: 0.01 where fractional trading is enabled, else one contract."""
        return COUNT_QUANTUM if self.fractional_trading_enabled else ONE

    @property
    def closed(self) -> bool:
        return self.status in CLOSED_STATUSES

    @property
    def settled(self) -> bool:
        return self.status == "finalized"

    def volume_since(self, since: float) -> Decimal:
        return sum((count for ts, count in self.trades if ts > since), ZERO)


@dataclass(frozen=True)
class SeedMarket:
    ticker: str
    event_ticker: str
    series_ticker: str
    title: str
    last_price: str
    bids: tuple[tuple[str, str], ...] = ()
    asks: tuple[tuple[str, str], ...] = ()
    exchange_index: int = 0
    price_level_structure: str = "linear_cent"
    fractional_trading_enabled: bool = False
    status: MarketStatus = "active"
    result: Literal["yes", "no", ""] = ""
    closed_days_ago: float | None = None


SEED_SERIES: tuple[Series, ...] = (
    Series("KXDEMO", "Sandbox demo markets", "Sandbox", "quadratic"),
    Series(
        "KXRAIN", "Monthly rainfall", "Climate and Weather", "quadratic_with_maker_fees", frequency="monthly"
    ),
    Series("KXBTCD", "Bitcoin price at year end", "Crypto", "quadratic_with_maker_fees", exchange_index=1),
    Series(
        "KXDEMO15M",
        "Sandbox 15-minute markets",
        "Sandbox",
        "quadratic",
        Decimal("0.5"),
        frequency="fifteen_min",
        exchange_index=2,
    ),
    Series("KXWTI", "WTI crude oil at year end", "Commodities", "quadratic", exchange_index=3),
)

SEED_MARKETS: tuple[SeedMarket, ...] = (
    SeedMarket(
        "KXDEMO-26-A",
        "KXDEMO-26",
        "KXDEMO",
        "Sandbox demo market A",
        "0.50",
        bids=(("0.48", "100"), ("0.47", "200"), ("0.46", "300")),
        asks=(("0.52", "100"), ("0.53", "200"), ("0.54", "300")),
    ),
    SeedMarket(
        "KXDEMO-26-B",
        "KXDEMO-26",
        "KXDEMO",
        "Sandbox demo market B",
        "0.32",
        bids=(("0.30", "100"), ("0.29", "200")),
        asks=(("0.34", "100"), ("0.35", "200")),
    ),
    SeedMarket(
        "KXDEMO-26-C",
        "KXDEMO-26",
        "KXDEMO",
        "Sandbox demo market C (trading paused)",
        "0.22",
        bids=(("0.20", "50"),),
        asks=(("0.25", "50"),),
        status="inactive",
    ),
    SeedMarket(
        "KXDEMO-25-X",
        "KXDEMO-25",
        "KXDEMO",
        "Sandbox closed market",
        "0.61",
        status="closed",
        closed_days_ago=1,
    ),
    SeedMarket(
        "KXDEMO-25-Y",
        "KXDEMO-25",
        "KXDEMO",
        "Sandbox settled market",
        "1.00",
        status="finalized",
        result="yes",
        closed_days_ago=30,
    ),
    SeedMarket(
        "KXRAIN-26NOV-T60",
        "KXRAIN-26NOV",
        "KXRAIN",
        "Sandbox: more than 60 mm of rain in November?",
        "0.97",
        bids=(("0.96", "100"), ("0.95", "100")),
        asks=(("0.98", "100"), ("0.99", "100")),
        exchange_index=1,
    ),
    SeedMarket(
        "KXBTCD-26DEC31-T100000",
        "KXBTCD-26DEC31",
        "KXBTCD",
        "Sandbox: Bitcoin above $100,000 on December 31?",
        "0.558",
        bids=(("0.555", "40.50"), ("0.550", "100.00")),
        asks=(("0.562", "12.25"), ("0.570", "100.00")),
        exchange_index=1,
        price_level_structure="deci_cent",
        fractional_trading_enabled=True,
    ),
    SeedMarket(
        "KXDEMO15M-26DEC011230-30",
        "KXDEMO15M-26DEC011230",
        "KXDEMO15M",
        "Sandbox 15-minute market: above 30 at 12:30?",
        "0.086",
        bids=(("0.085", "50"), ("0.080", "100")),
        asks=(("0.087", "50"), ("0.095", "100"), ("0.12", "100")),
        exchange_index=2,
        price_level_structure="tapered_deci_cent",
    ),
    SeedMarket(
        "KXWTI-26DEC31-T80",
        "KXWTI-26DEC31",
        "KXWTI",
        "Sandbox: WTI above $80 on December 31?",
        "0.41",
        bids=(("0.40", "100"),),
        asks=(("0.43", "100"),),
        exchange_index=3,
    ),
)


def build_market(spec: SeedMarket, now: float) -> Market:
    closed_ago = spec.closed_days_ago
    close_ts = now - closed_ago * _DAY if closed_ago is not None else now + 365 * _DAY
    last = Decimal(spec.last_price)
    return Market(
        ticker=spec.ticker,
        event_ticker=spec.event_ticker,
        series_ticker=spec.series_ticker,
        title=spec.title,
        exchange_index=spec.exchange_index,
        price_level_structure=spec.price_level_structure,
        fractional_trading_enabled=spec.fractional_trading_enabled,
        status=spec.status,
        result=spec.result,
        last_price=last,
        previous_price=last,
        open_ts=now - 60 * _DAY,
        close_ts=close_ts,
        created_ts=now - 61 * _DAY,
        updated_ts=now - 61 * _DAY,
        settled_ts=close_ts if spec.status == "finalized" else None,
    )
