"""The market an order trades in, for its preview: read (briefly cached), checked, and shown.

A preview reads, per ticker, the market with its series' fees, the order book and the exchange's trading
status (and the balance once, for the per-shard cash), all at once. Then, before any token is issued:

- an order the exchange would refuse is refused here, with the reason and what to do instead: a market that
  is not trading (status, or its shard paused), a price off the market's grid (with the nearest valid
  prices), a fractional count on a market without fractional trading, a post-only order that would cross;
- what the order would do now against the book (fills at once, at what average, what rests) and the worst
  case with the series' fees are shown beside the market's status, shard, grid and top of book.

Reads are fresh for `FRESH_S` seconds (one preview of a 20-order batch on one market reads it once). The
market's terms are kept longer (`KEEP_S`, beyond the preview token's life): a placement books the same
worst case its preview showed, computed from the same terms, without reading the market again.
"""

from __future__ import annotations

import asyncio
import contextlib
import time
from collections.abc import Awaitable, Callable, Iterator, Sequence
from decimal import Decimal
from typing import TYPE_CHECKING, Any, TypeVar

import attrs

from brokerspec.app.responses import ExecutionView, MarketView
from brokerspec.domain.book import Execution, OrderBook, preview_execution
from brokerspec.domain.market import ExchangeStatus, Market, count_allowed, price_on_grid, tradable
from brokerspec.domain.money import DOLLARS, decimal_text
from brokerspec.domain.orders import OrderIntent, to_book, worst_case_breakdown
from brokerspec.errors import BrokerError, NotFound, ServiceError

if TYPE_CHECKING:
    from brokerspec.brokers.kalshi.adapter import KalshiBroker
    from brokerspec.domain.orders import CostBreakdown

FRESH_S = 2.0
KEEP_S = 900.0
_ONE = Decimal(1)
#: an average fill price is shown to a millionth of a dollar (a price itself is on Kalshi's $0.0001 grid)
AVERAGE_PRICE = Decimal("0.000001")
T = TypeVar("T")


@attrs.frozen
class OrderInMarket:
    """One order of a preview with what was read about its market."""

    intent: OrderIntent
    market: Market
    book: OrderBook
    execution: Execution
    cost: CostBreakdown
    shard_cash_dollars: Decimal | None
    notes: tuple[str, ...]

    def market_view(self) -> MarketView:
        market, book = self.market, self.book
        bid, ask = book.best_yes_bid, book.best_yes_ask
        counter = ask if to_book(self.intent).side == "bid" else bid
        return MarketView(
            status=market.status,
            exchange_index=market.exchange_index,
            price_grid=grid_text(market),
            fractional_trading=market.fractional_trading_enabled,
            fees=fees_text(market),
            yes_bid_dollars=None if bid is None else bid.price,
            yes_ask_dollars=None if ask is None else ask.price,
            fill_now_price_dollars=None if counter is None else _side_price(counter.price, self.intent),
            shard_cash_dollars=self.shard_cash_dollars,
        )

    def execution_view(self) -> ExecutionView:
        ex = self.execution
        return ExecutionView(
            fills_now_contracts=ex.filled_count,
            average_fill_price_dollars=_side_price(ex.average_yes_price, self.intent, AVERAGE_PRICE),
            rests_contracts=ex.resting_count,
            cancelled_contracts=ex.cancelled_count,
            taker_fees_now_dollars=ex.taker_fee_dollars + ex.rounding_fee_dollars,
            maker_fee_if_rest_fills_dollars=ex.resting_maker_fee_dollars,
        )


@contextlib.contextmanager
def market_named(ticker: str) -> Iterator[None]:
    """A market read: Kalshi's 404 becomes `unknown_market`, with where to find the ticker."""
    try:
        yield
    except NotFound as exc:
        raise ServiceError(
            "unknown_market", f"Kalshi has no market {ticker}", "find the ticker with kalshi_find_markets"
        ) from exc


def _side_price(yes_price: Decimal | None, intent: OrderIntent, quantum: Decimal = DOLLARS) -> Decimal | None:
    """A YES-book price in the order's own terms (a NO price for side=no), to `quantum` (an average: finer)."""
    if yes_price is None:
        return None
    return (yes_price if intent.side == "yes" else _ONE - yes_price).quantize(quantum)


def grid_text(market: Market) -> str:
    """The market's price grid for people: "0.01-0.99 by 0.01" or the tapered ranges, and where it comes from."""
    parts = []
    for r in market.grid:
        start = max(r.start, r.step) if r.start == 0 else r.start
        end = r.end - r.step if r.end == 1 else r.end
        parts.append(f"{decimal_text(start, DOLLARS)}-{decimal_text(end, DOLLARS)} by {r.step.normalize()}")
    return f"{', '.join(parts)} ({market.grid_source})"


def fees_text(market: Market) -> str:
    fees = market.fees
    what = f"{fees.fee_type or 'unknown'} x{fees.multiplier.normalize()}: taker {fees.taker_rate.normalize()}"
    return f"{what}, maker {fees.maker_rate.normalize()} x count x P x (1-P), rounded up to $0.0001"


class MarketReader:
    """Market reads for previews, cached per ticker (one per server process, shared by every preview).

    Two stores: the fresh reads (any kind, `FRESH_S`, at most `FRESH_MAX` entries, the oldest dropped first)
    and the terms previews used (`KEEP_S`, at most `KEPT_MAX` tickers), so that a burst of other reads can
    never make a placement book a different worst case than its preview showed.
    """

    FRESH_MAX = 512
    KEPT_MAX = 4096

    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self._clock = clock
        self._cache: dict[tuple[str, str], tuple[float, Any]] = {}
        self._kept: dict[str, tuple[float, Market]] = {}  # insertion order = the order they were kept

    async def _cached(self, key: tuple[str, str], read: Callable[[], Awaitable[T]]) -> T:
        hit = self._cache.get(key)
        if hit is not None and self._clock() - hit[0] < FRESH_S:
            return hit[1]  # type: ignore[no-any-return]
        value = await read()
        self._cache[key] = (self._clock(), value)
        if len(self._cache) > self.FRESH_MAX:  # keep the cache small: drop the oldest quarter
            for old in sorted(self._cache, key=lambda k: self._cache[k][0])[: self.FRESH_MAX // 4]:
                del self._cache[old]
        return value

    def terms_for_booking(self, ticker: str) -> Market | None:
        """The terms a preview of `ticker` last used, while a token issued then may still be redeemed."""
        hit = self._kept.get(ticker)
        if hit is None or self._clock() - hit[0] >= KEEP_S:
            return None
        return hit[1]

    async def terms(self, broker: KalshiBroker, ticker: str, *, keep: bool = True) -> Market:
        """The market's terms (fresh for `FRESH_S`); `keep`: what a preview (a token) will be booked with."""
        with market_named(ticker):
            market = await self._cached(("terms", ticker), lambda: broker.market_terms(ticker))
        if keep:
            self._keep(ticker, market)
        return market

    def _keep(self, ticker: str, market: Market) -> None:
        now = self._clock()
        self._kept.pop(ticker, None)
        self._kept[ticker] = (now, market)
        while self._kept:
            first = next(iter(self._kept))
            if len(self._kept) <= self.KEPT_MAX and now - self._kept[first][0] < KEEP_S:
                break
            del self._kept[first]

    async def book(self, broker: KalshiBroker, ticker: str) -> OrderBook:
        return await self._cached(("book", ticker), lambda: broker.order_book(ticker))

    async def status(self, broker: KalshiBroker) -> ExchangeStatus:
        return await self._cached(("status", ""), broker.trading_status)

    async def shard_cash(self, broker: KalshiBroker, subaccount: int = 0) -> dict[int, Decimal] | None:
        """One subaccount's cash per shard, or None when the balance cannot be read (nothing is said then)."""
        try:
            balance = await self._cached(("balance", str(subaccount)), lambda: broker.balance(subaccount))
        except BrokerError:
            return None
        shards: dict[int, Decimal] | None = balance.by_shard_dollars
        return shards

    async def orders_in_markets(
        self, broker: KalshiBroker, intents: Sequence[OrderIntent]
    ) -> list[OrderInMarket]:
        """Every order with its market read and checked; raises the refusal of the first order that fails."""
        out, refusal = await self.read_markets(broker, intents)
        if refusal is not None:
            raise refusal
        return out

    async def read_markets(
        self, broker: KalshiBroker, intents: Sequence[OrderIntent], *, keep: bool = True
    ) -> tuple[list[OrderInMarket], ServiceError | None]:
        """Every order with its market read, and the refusal of the first order Kalshi would refuse now.

        `keep=False` (a look at the market, not a preview): the terms a live token books with stay the
        ones its preview showed."""
        tickers = sorted({i.ticker for i in intents})
        subaccounts = sorted({i.subaccount for i in intents})
        status, cash_of, terms, order_books = await asyncio.gather(
            self.status(broker),
            asyncio.gather(*(self.shard_cash(broker, s) for s in subaccounts)),
            asyncio.gather(*(self.terms(broker, t, keep=keep) for t in tickers)),
            asyncio.gather(*(self.book(broker, t) for t in tickers)),
        )
        cash = dict(zip(subaccounts, cash_of, strict=True))
        markets = dict(zip(tickers, terms, strict=True))
        books = dict(zip(tickers, order_books, strict=True))
        out, refusal = [], None
        for n, intent in enumerate(intents):
            market = markets[intent.ticker]
            label = f"order {n + 1} ({intent.ticker})" if len(intents) > 1 else f"the order ({intent.ticker})"
            execution = preview_execution(intent, books[intent.ticker], market)
            try:
                refuse_if_market_forbids(label, intent, market, status, execution)
            except ServiceError as exc:
                refusal = refusal or exc
            out.append(_in_market(intent, market, books[intent.ticker], execution, cash[intent.subaccount]))
        return out, refusal


def _in_market(
    intent: OrderIntent,
    market: Market,
    book: OrderBook,
    execution: Execution,
    cash: dict[int, Decimal] | None,
) -> OrderInMarket:
    cost = worst_case_breakdown(intent, market)
    notes = list(cost.notes) + list(execution.notes)
    shard = market.exchange_index or 0
    shard_cash = None if cash is None else cash.get(shard, Decimal(0))
    if shard_cash is not None and shard_cash < cost.total_dollars:
        account = f"subaccount {intent.subaccount}'s " if intent.subaccount else ""
        notes.append(
            f"{account}exchange shard {shard} (where {market.ticker} trades) holds ${decimal_text(shard_cash, DOLLARS)}, "
            f"less than the worst case ${decimal_text(cost.total_dollars, DOLLARS)}: Kalshi refuses an order "
            "its shard cannot pay for; move cash there first (intra-exchange transfer)"
        )
    return OrderInMarket(intent, market, book, execution, cost, shard_cash, tuple(dict.fromkeys(notes)))


def refuse_if_market_forbids(
    label: str,
    intent: OrderIntent,
    market: Market,
    status: ExchangeStatus | None,
    execution: Execution | None,
) -> None:
    """Raise the refusal Kalshi would answer, before anything is sent (nothing is booked or issued)."""
    why = tradable(market, status)
    if why is not None:
        raise ServiceError(
            "market_not_tradable", f"{label}: {why}", "choose an active market (kalshi_find_markets)"
        )
    off = price_on_grid(market, intent.price_dollars, intent.side)
    if off is not None:
        raise ServiceError("price_off_grid", f"{label}: {off.message}", "use one of the nearest valid prices")
    whole = count_allowed(market, intent.count)
    if whole is not None:
        raise ServiceError("fractional_not_allowed", f"{label}: {whole}", "order a whole number of contracts")
    if execution is not None and execution.refusal is not None:
        raise ServiceError(
            "post_only_would_cross",
            f"{label}: {execution.refusal}",
            "lower the bid (raise the ask) below the best opposite price, or drop post_only",
        )
