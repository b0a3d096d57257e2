"""What an order would do now against a market's order book: fill at once, rest, or be cancelled.

Kalshi's order book lists **bids only** on each side (reference, "Market data"): YES bids and NO bids as
(price, count). A YES ask at p is the NO bid at 1 - p. So a bid on the YES book at limit L takes the NO bids
n with 1 - n <= L (cheapest YES ask first), and an ask at L takes the YES bids >= L (highest first). Each
taken level is estimated as one fill at the resting price (price improvement), paying the taker fee; Kalshi
may split a level into several fills, one per resting order, which the worst case covers.

Time in force: good-till-canceled rests what does not fill; immediate-or-cancel rests nothing; fill-or-kill
fills everything now or nothing. A post-only order that would cross is refused by Kalshi (`invalid_order`,
"post only cross"). The book is a snapshot: what really fills can differ, so the worst case of the order
(`domain.fees.worst_case_charge`) does not rely on it.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from decimal import Decimal
from typing import Any

import attrs

from brokerspec.domain.fees import (
    DIRECT_MEMBER_PRECISION,
    FRACTIONAL_FILL_UNIT,
    UNKNOWN_FEES,
    FeeSchedule,
    Role,
    WorstCase,
    fill_charge,
    worst_case_charge,
)
from brokerspec.domain.market import Market
from brokerspec.domain.money import to_decimal
from brokerspec.domain.orders import BookSide, OrderIntent, TimeInForce, fill_unit_for, to_book

__all__ = [
    "Execution",
    "Fill",
    "Level",
    "OrderBook",
    "fill_now_vs_rest",
    "order_book_from_mapping",
    "preview_execution",
]

_ZERO = Decimal(0)
_ONE = Decimal(1)


def _number(value: object, what: str) -> Decimal:
    if isinstance(value, float | bool) or not isinstance(value, str | int | Decimal):
        raise ValueError(f"{what} must be a decimal string, not {value!r}")
    result = to_decimal(value)
    if result is None:
        raise ValueError(f"{what} is missing")
    return result


@attrs.frozen
class Level:
    """One price level of one side of the book: `count` contracts bid at `price` (that side's price)."""

    price: Decimal
    count: Decimal

    def __attrs_post_init__(self) -> None:
        if not (_ZERO < self.price < _ONE) or self.count < 0:
            raise ValueError(f"not a book level: {self.count} at {self.price}")


def _levels(levels: Iterable[Level | Sequence[Any]]) -> tuple[Level, ...]:
    parsed = [
        lv if isinstance(lv, Level) else Level(_number(lv[0], "price"), _number(lv[1], "count"))
        for lv in levels
    ]
    return tuple(sorted((lv for lv in parsed if lv.count > 0), key=lambda lv: lv.price, reverse=True))


@attrs.frozen
class OrderBook:
    """YES bids and NO bids, each best (highest) first; empty levels are dropped."""

    yes_bids: tuple[Level, ...] = attrs.field(default=(), converter=_levels)
    no_bids: tuple[Level, ...] = attrs.field(default=(), converter=_levels)

    @property
    def yes_asks(self) -> tuple[Level, ...]:
        """The YES asks implied by the NO bids (1 - price), cheapest first."""
        return tuple(Level(_ONE - lv.price, lv.count) for lv in self.no_bids)

    @property
    def best_yes_bid(self) -> Level | None:
        return self.yes_bids[0] if self.yes_bids else None

    @property
    def best_yes_ask(self) -> Level | None:
        asks = self.yes_asks
        return asks[0] if asks else None


def order_book_from_mapping(data: Mapping[str, Any]) -> OrderBook:
    """An `OrderBook` from `GET /markets/{ticker}/orderbook` JSON (`{"orderbook_fp": {...}}` or its inside).

    `yes_dollars` / `no_dollars` are lists of [price, count_fp] strings; a null or absent side is empty.
    """
    inner = data.get("orderbook_fp", data)
    if not isinstance(inner, Mapping):
        raise ValueError(f"orderbook_fp must be an object, not {inner!r}")
    return OrderBook(yes_bids=inner.get("yes_dollars") or (), no_bids=inner.get("no_dollars") or ())


@attrs.frozen
class Fill:
    """One estimated fill: `count` at YES-book price `yes_price`, i.e. exposure costing `cost_price` each."""

    yes_price: Decimal
    cost_price: Decimal
    count: Decimal
    trade_fee_dollars: Decimal
    rounding_fee_dollars: Decimal


@attrs.frozen
class Execution:
    """The order against the book now: what fills at once, what rests, what is cancelled, and the worst case."""

    book_side: BookSide
    limit_yes_price: Decimal
    count: Decimal
    time_in_force: TimeInForce
    post_only: bool
    #: why Kalshi would refuse the order as it stands (a post-only order that would cross); nothing happens then
    refusal: str | None
    fills: tuple[Fill, ...]
    resting_count: Decimal
    cancelled_count: Decimal
    #: maker fee if the resting part later fills at the limit in one fill (0 on `quadratic` series)
    resting_maker_fee_dollars: Decimal
    worst_case: WorstCase
    notes: tuple[str, ...] = ()

    @property
    def filled_count(self) -> Decimal:
        return sum((f.count for f in self.fills), _ZERO)

    @property
    def average_yes_price(self) -> Decimal | None:
        """The contract-weighted average YES-book price of the immediate fills (None when nothing fills)."""
        filled = self.filled_count
        if not filled:
            return None
        return sum((f.yes_price * f.count for f in self.fills), _ZERO) / filled

    @property
    def average_cost_price(self) -> Decimal | None:
        """The average cost of one contract of the exposure in the immediate fills."""
        average = self.average_yes_price
        if average is None:
            return None
        return average if self.book_side == "bid" else _ONE - average

    @property
    def filled_principal_dollars(self) -> Decimal:
        return sum((f.cost_price * f.count for f in self.fills), _ZERO)

    @property
    def taker_fee_dollars(self) -> Decimal:
        return sum((f.trade_fee_dollars for f in self.fills), _ZERO)

    @property
    def rounding_fee_dollars(self) -> Decimal:
        return sum((f.rounding_fee_dollars for f in self.fills), _ZERO)


def _crossing(book: OrderBook, side: BookSide, limit: Decimal) -> list[Level]:
    """The levels the order would take, best first, as YES-book prices."""
    if side == "bid":
        return [lv for lv in book.yes_asks if lv.price <= limit]
    return [lv for lv in book.yes_bids if lv.price >= limit]


def fill_now_vs_rest(
    book: OrderBook,
    book_side: BookSide,
    limit_yes_price: Decimal,
    count: Decimal,
    *,
    time_in_force: TimeInForce = "good_till_canceled",
    post_only: bool = False,
    fees: FeeSchedule = UNKNOWN_FEES,
    precision: Decimal = DIRECT_MEMBER_PRECISION,
    fill_unit: Decimal = FRACTIONAL_FILL_UNIT,
) -> Execution:
    """What an order on the YES book (`book_side` at `limit_yes_price`, `count` contracts) does against `book`.

    The immediate part pays the taker rate of `fees`; the resting part would pay the maker rate when it
    fills. The worst case charges every fill the taker rate (the maker rate for post-only, which can only
    make), in pieces as small as `fill_unit`, at `precision` (`domain.fees.worst_case_charge`).
    """
    count = Decimal(count)
    cost_limit = limit_yes_price if book_side == "bid" else _ONE - limit_yes_price
    role: Role = "maker" if post_only else "taker"
    worst = worst_case_charge(count, cost_limit, fees.rate(role), precision=precision, fill_unit=fill_unit)
    notes = [fees.note] if fees.note else []
    levels = _crossing(book, book_side, limit_yes_price)

    def execution(
        refusal: str | None, fills: Sequence[Fill], resting: Decimal, cancelled: Decimal, *more: str
    ) -> Execution:
        maker = _ZERO
        if resting:
            maker = fill_charge(resting, cost_limit, fees.rate("maker"), precision).trade_fee_dollars
        return Execution(
            book_side=book_side,
            limit_yes_price=limit_yes_price,
            count=count,
            time_in_force=time_in_force,
            post_only=post_only,
            refusal=refusal,
            fills=tuple(fills),
            resting_count=resting,
            cancelled_count=cancelled,
            resting_maker_fee_dollars=maker,
            worst_case=worst,
            notes=(*notes, *more),
        )

    if post_only and levels:
        best = levels[0].price
        other = "ask" if book_side == "bid" else "bid"
        refusal = (
            f"post_only {book_side} at {limit_yes_price} would cross the best YES {other} at {best}: "
            "Kalshi refuses it (invalid_order, post only cross)"
        )
        return execution(refusal, (), _ZERO, count)
    available = sum((lv.count for lv in levels), _ZERO)
    if time_in_force == "fill_or_kill" and available < count:
        return execution(
            None, (), _ZERO, count, f"fill_or_kill: only {available} of {count} can fill now, so none would"
        )
    fills: list[Fill] = []
    remaining = count
    for lv in levels:
        if remaining <= 0:
            break
        take = min(remaining, lv.count)
        cost = lv.price if book_side == "bid" else _ONE - lv.price
        charge = fill_charge(take, cost, fees.rate("taker"), precision)
        fills.append(Fill(lv.price, cost, take, charge.trade_fee_dollars, charge.rounding_fee_dollars))
        remaining -= take
    if time_in_force == "good_till_canceled":
        return execution(None, fills, remaining, _ZERO)
    more = (f"immediate_or_cancel: the {remaining} that cannot fill now is cancelled",) if remaining else ()
    return execution(None, fills, _ZERO, remaining, *more)


def preview_execution(
    intent: OrderIntent,
    book: OrderBook,
    market: Market | None = None,
    *,
    precision: Decimal = DIRECT_MEMBER_PRECISION,
) -> Execution:
    """`fill_now_vs_rest` for an `OrderIntent`, with the market's fees and fill unit when it is known."""
    order = to_book(intent)
    return fill_now_vs_rest(
        book,
        order.side,
        order.yes_price_dollars,
        order.count,
        time_in_force=intent.time_in_force,
        post_only=intent.post_only,
        fees=UNKNOWN_FEES if market is None else market.fees,
        precision=precision,
        fill_unit=fill_unit_for(intent, market),
    )
