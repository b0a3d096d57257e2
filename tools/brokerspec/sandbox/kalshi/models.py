"""The exchange's state, as plain dataclasses: accounts, orders, fills, positions, settlements, order groups.

They hold domain values only (Decimal prices on the YES book, Decimal counts, float clock seconds);
how they look on the wire is `shapes.py`'s business, so one state can be served in either era.

Direction (Kalshi's *Order direction* page): an order is a `bid` or an `ask` on the YES book, and its
`outcome_side` is the **exposure** — `bid` ≡ `yes`, `ask` ≡ `no`, always. Selling YES at p and buying NO at
1 − p are the same order. The price is always the YES-book price.
"""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Literal

from .money import ONE, ZERO

BookSide = Literal["bid", "ask"]
Outcome = Literal["yes", "no"]
Action = Literal["buy", "sell"]
TimeInForce = Literal["fill_or_kill", "good_till_canceled", "immediate_or_cancel"]
SelfTradePrevention = Literal["taker_at_cross", "maker"]
OrderStatus = Literal["resting", "canceled", "executed"]

GROUP_WINDOW_SECONDS = 15.0
"""Order groups count matched contracts over a rolling 15-second window (Kalshi's documented rule)."""

SUBACCOUNT_MAX = 63
"""Subaccounts are numbered 0 (primary) to 63."""


def exposure(book_side: BookSide) -> Outcome:
    """`outcome_side` of a bid or an ask: a bid is long YES, an ask is long NO."""
    return "yes" if book_side == "bid" else "no"


@dataclass
class Account:
    """Cash of one member's subaccount on one shard ("exchange user"); reservations are derived."""

    member_id: str
    subaccount: int
    exchange_index: int
    cash: Decimal
    updated_ts: float = 0.0


@dataclass(frozen=True)
class OrderRequest:
    """One order as the exchange understands it: always a bid or an ask on the YES book.

    `side`/`action` only remember how a legacy order was phrased (yes/no + buy/sell) so it can be echoed
    back in the same terms; V2 orders leave them unset.
    """

    ticker: str
    book_side: BookSide
    price: Decimal
    count: Decimal
    time_in_force: TimeInForce = "good_till_canceled"
    self_trade_prevention_type: SelfTradePrevention | None = "taker_at_cross"
    client_order_id: str | None = None
    expiration_ts: int | None = None
    post_only: bool = False
    reduce_only: bool = False
    cancel_order_on_pause: bool = False
    order_group_id: str | None = None
    side: Outcome | None = None
    action: Action | None = None
    order_type: Literal["limit", "market"] = "limit"
    buy_max_cost: Decimal | None = None
    subaccount: int = 0
    exchange_index: int | None = None
    """Where the order is sent: None or -1 routes by ticker; any other value is that shard."""


@dataclass(eq=False)
class Order:
    """A member's order and its running totals (costs in the order's exposure terms); equal only to itself."""

    order_id: str
    member_id: str
    ticker: str
    exchange_index: int
    book_side: BookSide
    price: Decimal
    initial_count: Decimal
    remaining_count: Decimal
    side: Outcome
    action: Action
    time_in_force: TimeInForce
    self_trade_prevention_type: SelfTradePrevention | None
    client_order_id: str | None
    expiration_ts: int | None
    post_only: bool
    reduce_only: bool
    cancel_order_on_pause: bool
    order_group_id: str | None
    order_type: Literal["limit", "market"]
    subaccount: int
    created_ts: float
    updated_ts: float
    seq: int
    priority: int
    status: OrderStatus = "resting"
    fill_count: Decimal = ZERO
    taker_fill_cost: Decimal = ZERO
    maker_fill_cost: Decimal = ZERO
    taker_fees: Decimal = ZERO
    maker_fees: Decimal = ZERO
    fee_accumulator: Decimal = ZERO
    """Rounding fees paid and not yet rebated, across every fill of this order (taker and maker)."""

    @property
    def outcome_side(self) -> Outcome:
        """The exposure: a bid is long YES, an ask is long NO (whatever the legacy phrasing was)."""
        return exposure(self.book_side)

    @property
    def no_price(self) -> Decimal:
        return ONE - self.price

    def own_price(self, yes_price: Decimal) -> Decimal:
        """A YES-book price in exposure terms: what one contract of the order's outcome costs."""
        return yes_price if self.book_side == "bid" else ONE - yes_price


@dataclass(frozen=True)
class Fill:
    """One member's side of one trade; both sides share `trade_id` (the wire sends fill_id == trade_id)."""

    trade_id: str
    order_id: str
    member_id: str
    ticker: str
    exchange_index: int
    subaccount: int
    book_side: BookSide
    side: Outcome
    action: Action
    count: Decimal
    yes_price: Decimal
    is_taker: bool
    trade_fee: Decimal
    rounding_fee: Decimal
    rebate: Decimal
    created_ts: float
    seq: int

    @property
    def fee(self) -> Decimal:
        """The net fee of the fill (trade fee + rounding fee − rebate): what `fee_cost` reports."""
        return self.trade_fee + self.rounding_fee - self.rebate

    @property
    def outcome_side(self) -> Outcome:
        return exposure(self.book_side)


@dataclass
class Lot:
    """Contracts bought together, at `price` per contract on their own side (YES or NO)."""

    count: Decimal
    price: Decimal


@dataclass
class Position:
    """A member's holding in one market on one subaccount, kept as FIFO lots so realized P&L is exact.

    YES and NO never coexist: buying one side first closes lots of the other (a YES+NO pair is
    redeemed for $1), which is how Kalshi nets `position` to one signed number.
    """

    member_id: str
    ticker: str
    subaccount: int = 0
    exchange_index: int = 0
    yes_lots: deque[Lot] = field(default_factory=deque)
    no_lots: deque[Lot] = field(default_factory=deque)
    realized_pnl: Decimal = ZERO
    fees_paid: Decimal = ZERO
    total_traded: Decimal = ZERO
    last_updated_ts: float = 0.0
    settled: bool = False

    @property
    def yes_count(self) -> Decimal:
        return sum((lot.count for lot in self.yes_lots), ZERO)

    @property
    def no_count(self) -> Decimal:
        return sum((lot.count for lot in self.no_lots), ZERO)

    @property
    def net(self) -> Decimal:
        """Signed position: YES positive, NO negative."""
        return self.yes_count - self.no_count

    @property
    def yes_cost(self) -> Decimal:
        return sum((lot.count * lot.price for lot in self.yes_lots), ZERO)

    @property
    def no_cost(self) -> Decimal:
        return sum((lot.count * lot.price for lot in self.no_lots), ZERO)

    @property
    def exposure(self) -> Decimal:
        """`market_exposure`: what the contracts still held cost."""
        return self.yes_cost + self.no_cost

    def apply_trade(self, book_side: BookSide, count: Decimal, yes_price: Decimal) -> Decimal:
        """Book one fill and return the cash it moves (negative = paid), before fees: the fill's `revenue`.

        A bid buys YES at p: it first closes NO lots, each closed pair paying out 1 − p net; the rest
        opens YES lots at p. An ask is the mirror image (sells YES at p = buys NO at 1 − p).
        """
        if book_side == "bid":
            closing, opening, own_price = self.no_lots, self.yes_lots, yes_price
        else:
            closing, opening, own_price = self.yes_lots, self.no_lots, ONE - yes_price
        proceeds_per_contract = ONE - own_price
        cash = ZERO
        left = count
        while left > 0 and closing:
            lot = closing[0]
            closed = min(left, lot.count)
            proceeds = closed * proceeds_per_contract
            self.realized_pnl += proceeds - closed * lot.price
            cash += proceeds
            lot.count -= closed
            left -= closed
            if lot.count == 0:
                closing.popleft()
        if left > 0:
            opening.append(Lot(left, own_price))
            cash -= left * own_price
        self.total_traded += count * own_price
        return cash

    def settle(self, result: Outcome) -> Decimal:
        """Close every lot at $1 (winning side) or $0 and return the payout."""
        winners = self.yes_lots if result == "yes" else self.no_lots
        payout = sum((lot.count for lot in winners), ZERO) * ONE
        self.realized_pnl += payout - self.exposure
        self.yes_lots.clear()
        self.no_lots.clear()
        self.settled = True
        return payout


@dataclass(frozen=True)
class Settlement:
    """What one member's subaccount got when a market settled (counts and costs as held just before)."""

    member_id: str
    subaccount: int
    exchange_index: int
    ticker: str
    event_ticker: str
    market_result: Outcome
    yes_count: Decimal
    no_count: Decimal
    yes_total_cost: Decimal
    no_total_cost: Decimal
    revenue: Decimal
    fee_cost: Decimal
    """Fees charged *by the settlement* (zero for yes/no markets; trading fees stay on the fills)."""
    settled_ts: float
    seq: int
    value_known: bool = True
    """False when the exchange reports `value: null` (the official schema lets it be null)."""

    @property
    def value(self) -> Decimal:
        """Payout of one YES contract in dollars (1 or 0 for a binary market)."""
        return ONE if self.market_result == "yes" else ZERO


@dataclass
class OrderGroup:
    """A rolling contracts limit over a member's orders; reaching it cancels them and blocks new ones."""

    group_id: str
    member_id: str
    contracts_limit: Decimal
    seq: int
    subaccount: int = 0
    exchange_index: int = 0
    triggered: bool = False
    order_ids: list[str] = field(default_factory=list)
    matched: list[tuple[float, Decimal]] = field(default_factory=list)

    def window_volume(self, now: float) -> Decimal:
        """Contracts matched in the last 15 seconds."""
        horizon = now - GROUP_WINDOW_SECONDS
        return sum((count for ts, count in self.matched if ts > horizon), ZERO)

    def capacity(self, now: float) -> Decimal:
        """Contracts the group may still match before it triggers."""
        if self.triggered:
            return ZERO
        return max(ZERO, self.contracts_limit - self.window_volume(now))


@dataclass(frozen=True)
class Transfer:
    """A move of cash between shards (or subaccounts) of one member: `intra_exchange_instance_transfer`."""

    transfer_id: str
    member_id: str
    source_exchange_shard: int
    destination_exchange_shard: int
    source_subaccount: int
    destination_subaccount: int
    amount: Decimal
    created_ts: float
    client_transfer_id: str | None = None
