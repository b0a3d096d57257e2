"""A Kalshi market as an order preview needs it, and the three questions asked of it before any write.

- `tradable(market, exchange)`: is the market open (status `active`), and its shard's exchange and trading active?
- `price_on_grid(market, price)`: is the price on the market's tick grid? If not, the nearest valid prices.
- `count_allowed(market, count)`: may the count be fractional here?

Facts (reference/kalshi.md "Fixed point", "Market data"; Kalshi's *Fixed-point migration* and *Market lifecycle*
pages): the grid is the market's `price_ranges` [{start, end, step}] when given; otherwise its
`price_level_structure` — `linear_cent` ($0.01 everywhere), `tapered_deci_cent` ($0.001 below $0.10 and above
$0.90, $0.01 between) or `deci_cent` ($0.001 everywhere). A market with neither, or with an unknown structure,
is checked against `linear_cent`, whose prices are valid on every known grid. Only `active` markets trade;
`inactive` is a pause. Values come in as plain JSON-like values (the adapter turns generated models into them);
nothing here does I/O.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from decimal import Decimal
from typing import Any, Final

import attrs

from brokerspec.domain.direction import price_text
from brokerspec.domain.fees import FRACTIONAL_FILL_UNIT, WHOLE_FILL_UNIT, FeeSchedule, fee_schedule
from brokerspec.domain.money import to_decimal

__all__ = [
    "DECI_CENT",
    "LINEAR_CENT",
    "STRUCTURES",
    "TAPERED_DECI_CENT",
    "ExchangeStatus",
    "Market",
    "OffGrid",
    "PriceRange",
    "ShardStatus",
    "count_allowed",
    "exchange_status_from_mapping",
    "market_from_mapping",
    "price_on_grid",
    "tradable",
]

_ZERO = Decimal(0)
_ONE = Decimal(1)


def _optional_decimal(value: object) -> Decimal | None:
    """Kalshi's dollar and count strings (or Decimals) as Decimal; absent is None. Floats are refused."""
    if value is None:
        return None
    if not isinstance(value, str | int | Decimal) or isinstance(value, bool):
        raise ValueError(f"not an exact decimal: {value!r}")
    return to_decimal(value)


def _decimal(value: object) -> Decimal:
    result = _optional_decimal(value)
    if result is None:
        raise ValueError(f"a number is required, not {value!r}")
    return result


@attrs.frozen
class PriceRange:
    """Prices from `start` to `end` (both included) in steps of `step`, as Kalshi's `price_ranges` lists them."""

    start: Decimal = attrs.field(converter=_decimal)
    end: Decimal = attrs.field(converter=_decimal)
    step: Decimal = attrs.field(converter=_decimal)

    def __attrs_post_init__(self) -> None:
        if not (_ZERO <= self.start < self.end <= _ONE) or self.step <= 0:
            raise ValueError(f"not a price range: start {self.start}, end {self.end}, step {self.step}")

    def contains(self, price: Decimal) -> bool:
        return self.start <= price <= self.end and (price - self.start) % self.step == 0

    def below(self, price: Decimal) -> Decimal | None:
        """The largest price of this range strictly below `price`."""
        if price <= self.start:
            return None
        top = min(price, self.end)
        steps = (top - self.start) // self.step
        found = self.start + steps * self.step
        if found >= price:
            found -= self.step
        return found if found >= self.start else None

    def above(self, price: Decimal) -> Decimal | None:
        """The smallest price of this range strictly above `price`."""
        if price >= self.end:
            return None
        bottom = max(price, self.start)
        steps = (bottom - self.start) // self.step
        found = self.start + steps * self.step
        if found <= price:
            found += self.step
        return found if found <= self.end else None


def _ranges(*triples: tuple[str, str, str]) -> tuple[PriceRange, ...]:
    return tuple(PriceRange(start, end, step) for start, end, step in triples)


LINEAR_CENT: Final = _ranges(("0", "1", "0.01"))
TAPERED_DECI_CENT: Final = _ranges(("0", "0.10", "0.001"), ("0.10", "0.90", "0.01"), ("0.90", "1", "0.001"))
DECI_CENT: Final = _ranges(("0", "1", "0.001"))
#: The documented price level structures and their grids (used when a market has no `price_ranges`).
STRUCTURES: Final[Mapping[str, tuple[PriceRange, ...]]] = {
    "linear_cent": LINEAR_CENT,
    "tapered_deci_cent": TAPERED_DECI_CENT,
    "deci_cent": DECI_CENT,
}


def _price_ranges(value: Sequence[PriceRange | Mapping[str, Any]] | None) -> tuple[PriceRange, ...]:
    if value is None:
        return ()
    return tuple(
        r if isinstance(r, PriceRange) else PriceRange(r["start"], r["end"], r["step"]) for r in value
    )


@attrs.frozen
class Market:
    """The fields of a market (and of its series' fees) that a preview needs. Dollars and counts are Decimal."""

    ticker: str
    status: str
    event_ticker: str | None = None
    exchange_index: int | None = None
    price_level_structure: str | None = None
    price_ranges: tuple[PriceRange, ...] = attrs.field(default=(), converter=_price_ranges)
    #: None when the market did not say (the field is newer than the official schema): treated as whole-only
    fractional_trading_enabled: bool | None = None
    yes_bid_dollars: Decimal | None = attrs.field(default=None, converter=_optional_decimal)
    yes_ask_dollars: Decimal | None = attrs.field(default=None, converter=_optional_decimal)
    yes_bid_size: Decimal | None = attrs.field(default=None, converter=_optional_decimal)
    yes_ask_size: Decimal | None = attrs.field(default=None, converter=_optional_decimal)
    #: the series' fee_type and fee_multiplier (None when the series was not read)
    fee_type: str | None = None
    fee_multiplier: Decimal | None = attrs.field(default=None, converter=_optional_decimal)

    @property
    def grid(self) -> tuple[PriceRange, ...]:
        """The price grid orders are checked against (see `grid_source`)."""
        if self.price_ranges:
            return self.price_ranges
        return STRUCTURES.get(self.price_level_structure or "", LINEAR_CENT)

    @property
    def grid_source(self) -> str:
        """Where `grid` comes from, for people: "price_ranges", "tapered_deci_cent", or what was assumed."""
        if self.price_ranges:
            return "price_ranges"
        structure = self.price_level_structure
        if structure is not None and structure in STRUCTURES:
            return structure
        what = self.price_level_structure or "no price_level_structure"
        return f"linear_cent (assumed: {what} and no price_ranges)"

    @property
    def fees(self) -> FeeSchedule:
        """The series' fee schedule; conservative (taker rate everywhere) when the series is unknown."""
        return fee_schedule(self.fee_type, self.fee_multiplier)

    @property
    def fill_unit(self) -> Decimal:
        """The smallest fill to assume: 1 contract only where the market says fractional trading is off."""
        return WHOLE_FILL_UNIT if self.fractional_trading_enabled is False else FRACTIONAL_FILL_UNIT


def market_from_mapping(market: Mapping[str, Any], series: Mapping[str, Any] | None = None) -> Market:
    """A `Market` from the JSON of `GET /markets/{ticker}` (its `market` object) and optionally `GET /series/...`.

    Field names are Kalshi's (`yes_bid_size_fp`, `price_ranges` [{start, end, step}], ...); absent means None.
    Raises ValueError on a value that is not what Kalshi documents.
    """
    fractional = market.get("fractional_trading_enabled")
    if fractional is not None and not isinstance(fractional, bool):
        raise ValueError(f"fractional_trading_enabled must be a boolean, not {fractional!r}")
    index = market.get("exchange_index")
    if index is not None and (isinstance(index, bool) or not isinstance(index, int)):
        raise ValueError(f"exchange_index must be an integer, not {index!r}")
    multiplier = (series or {}).get("fee_multiplier")
    return Market(
        ticker=str(market["ticker"]),
        status=str(market.get("status") or ""),
        event_ticker=market.get("event_ticker"),
        exchange_index=index,
        price_level_structure=market.get("price_level_structure"),
        price_ranges=market.get("price_ranges"),
        fractional_trading_enabled=fractional,
        yes_bid_dollars=market.get("yes_bid_dollars"),
        yes_ask_dollars=market.get("yes_ask_dollars"),
        yes_bid_size=market.get("yes_bid_size_fp"),
        yes_ask_size=market.get("yes_ask_size_fp"),
        fee_type=(series or {}).get("fee_type"),
        # the series read gives a JSON number: through str, never binary arithmetic
        fee_multiplier=str(multiplier) if isinstance(multiplier, float) else multiplier,
    )


@attrs.frozen
class ShardStatus:
    """One exchange shard's flags from `exchange_index_statuses`."""

    exchange_index: int
    exchange_active: bool
    trading_active: bool


@attrs.frozen
class ExchangeStatus:
    """`GET /exchange/status`: the top-level flags describe shard 0; `shards` the per-shard ones when listed."""

    exchange_active: bool
    trading_active: bool
    shards: tuple[ShardStatus, ...] = ()
    estimated_resume_time: str | None = None

    def flags(self, exchange_index: int | None) -> tuple[bool, bool]:
        """(exchange_active, trading_active) for a shard: its own entry if listed, else the top-level flags."""
        for shard in self.shards:
            if shard.exchange_index == (exchange_index or 0):
                return shard.exchange_active, shard.trading_active
        return self.exchange_active, self.trading_active


def exchange_status_from_mapping(data: Mapping[str, Any]) -> ExchangeStatus:
    """An `ExchangeStatus` from the JSON of `GET /exchange/status` (a `null` shard list is no list)."""
    shards = tuple(
        ShardStatus(
            exchange_index=int(s["exchange_index"]),
            exchange_active=bool(s["exchange_active"]),
            trading_active=bool(s["trading_active"]),
        )
        for s in data.get("exchange_index_statuses") or ()
    )
    resume = data.get("exchange_estimated_resume_time")
    return ExchangeStatus(
        exchange_active=bool(data["exchange_active"]),
        trading_active=bool(data["trading_active"]),
        shards=shards,
        estimated_resume_time=None if resume is None else str(resume),
    )


_NOT_TRADING: Final = {
    "initialized": "is not open for trading yet",
    "unopened": "is not open for trading yet",
    "inactive": "is paused by the exchange",
    "paused": "is paused by the exchange",
    "closed": "is closed (past its close time): no new orders",
    "determined": "is determined (its result is known): no new orders",
    "disputed": "is determined and disputed: no new orders",
    "amended": "is determined (amended after a dispute): no new orders",
    "finalized": "is settled: no new orders",
    "settled": "is settled: no new orders",
}


def tradable(market: Market, exchange: ExchangeStatus | None = None) -> str | None:
    """None when an order may be sent to `market` now; otherwise the reason it would be refused."""
    if market.status != "active":
        why = _NOT_TRADING.get(market.status, "does not trade: only active markets accept orders")
        return f"market {market.ticker} {why} (status {market.status or 'absent'})"
    if exchange is not None:
        exchange_active, trading_active = exchange.flags(market.exchange_index)
        shard = f"exchange shard {market.exchange_index or 0}"
        resume = (
            f"; estimated resume {exchange.estimated_resume_time}" if exchange.estimated_resume_time else ""
        )
        if not exchange_active:
            return f"the exchange ({shard}) is under maintenance and takes no orders{resume}"
        if not trading_active:
            return f"trading is paused on the exchange ({shard}){resume}"
    return None


@attrs.frozen
class OffGrid:
    """A price that is not on the market's grid, with the nearest valid prices (in the same side's terms)."""

    ticker: str
    side: str
    price: Decimal
    below: Decimal | None
    above: Decimal | None
    grid_source: str

    @property
    def message(self) -> str:
        nearest = " or ".join(f"${p}" for p in (self.below, self.above) if p is not None) or "none"
        return (
            f"{self.side.upper()} price ${self.price} is not on market {self.ticker}'s price grid "
            f"({self.grid_source}); nearest valid: {nearest}"
        )


def _valid(grid: tuple[PriceRange, ...], price: Decimal) -> bool:
    return _ZERO < price < _ONE and any(r.contains(price) for r in grid)


def price_on_grid(market: Market, price: Decimal, side: str = "yes") -> OffGrid | None:
    """None when `price` may be ordered on `market`; else the nearest valid prices below and above.

    `price` is a YES price, or a NO price with `side="no"`: the grid is checked on the YES book (at 1 - price)
    and the nearest prices are given back as NO prices. Valid prices lie strictly between 0 and 1.
    """
    yes = price if side == "yes" else _ONE - price
    grid = market.grid
    if _valid(grid, yes):
        return None
    lows = [p for p in (r.below(yes) for r in grid) if p is not None and _valid(grid, p)]
    highs = [p for p in (r.above(yes) for r in grid) if p is not None and _valid(grid, p)]
    below, above = (max(lows) if lows else None), (min(highs) if highs else None)
    if side != "yes":
        below, above = (None if above is None else _ONE - above), (None if below is None else _ONE - below)
    return OffGrid(market.ticker, side, price, _plain(below), _plain(above), market.grid_source)


def _plain(price: Decimal | None) -> Decimal | None:
    return None if price is None else Decimal(price_text(price))


def count_allowed(market: Market, count: Decimal) -> str | None:
    """None when `count` contracts may be ordered on `market`; else why not (a fractional count where the
    market does not say it accepts fractional orders)."""
    if count == count.to_integral_value() or market.fractional_trading_enabled is True:
        return None
    said = "does not accept" if market.fractional_trading_enabled is False else "does not say it accepts"
    return f"market {market.ticker} {said} fractional counts: {count} is not a whole number of contracts"
