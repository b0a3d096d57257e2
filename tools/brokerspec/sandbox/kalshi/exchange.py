"""The simulated exchange: members, markets, one YES order book per market, matching, cash and settlement.

Model (documented because a client's expectations are tested against it):

- **One book per market, on YES.** A bid at p buys YES at p; an ask at p sells YES at p, which is the
  same as buying NO at 1 − p. Legacy yes/no + buy/sell orders are mapped onto it on the way in.
- **Price-time priority.** Best price first, then the order that reached the level first. A trade
  happens at the resting (maker) order's price.
- **Fees.** The taker pays 0.07 × contracts × P × (1 − P) per fill, rounded up to $0.0001; makers pay 0.
- **Cash.** Fully collateralized: opening YES at p costs p, opening NO costs 1 − p, and the opposite side
  first closes what is held (a YES+NO pair is redeemed for $1). Settlement pays $1 per winning contract.
- **Reservations.** A resting order reserves what it would cost if it filled, except for the part that
  would close contracts the member already holds (covered in time order). Reservations are derived
  from the book on demand, never stored, so they cannot drift. `balance` = cash − reservations.
- **Funds check.** An order is refused (`insufficient_balance`) when, after its immediate fills and fees
  and with its remainder resting, the member's balance would be negative.
"""

from __future__ import annotations

import copy
import functools
import random
import threading
import time
import uuid
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from decimal import ROUND_FLOOR, Decimal
from typing import Any, Literal, ParamSpec, TypeVar

from . import errors
from .models import (
    BookSide,
    Fill,
    Market,
    Order,
    OrderGroup,
    OrderRequest,
    Outcome,
    Position,
    Settlement,
)
from .money import ONE, ZERO, is_on_tick, taker_fee
from .signatures import Credential, load_public_key

WireEra = Literal["2025", "2026"]
WIRE_ERAS: tuple[WireEra, ...] = ("2025", "2026")

MARKET_MAKER_ID = "market-maker"
"""The member whose resting ladder gives every seeded market liquidity on both sides."""
DEFAULT_BALANCE_CENTS = 100_000
"""A new member starts with $1,000.00."""
MAX_ORDER_COUNT = 1_000_000
"""The sandbox's cap on one order's size (also keeps every count printable with 2 decimals)."""
_LATEST_EXPIRATION = 253_402_300_799  # 9999-12-31T23:59:59Z
_MARKET_MAKER_BALANCE = Decimal("1000000")
_MEMBER_NAMESPACE = uuid.UUID("6f1c2a52-4b1e-4f7a-9d57-6b3f8c1e2d40")

_P = ParamSpec("_P")
_R = TypeVar("_R")


@dataclass(frozen=True)
class _SeedMarket:
    ticker: str
    event_ticker: str
    title: str
    last_price: str
    bids: tuple[tuple[str, int], ...]
    asks: tuple[tuple[str, int], ...]


SEED_MARKETS: tuple[_SeedMarket, ...] = (
    _SeedMarket(
        "KXDEMO-26-A",
        "KXDEMO-26",
        "Sandbox demo market A",
        "0.50",
        bids=(("0.48", 100), ("0.47", 200), ("0.46", 300)),
        asks=(("0.52", 100), ("0.53", 200), ("0.54", 300)),
    ),
    _SeedMarket(
        "KXDEMO-26-B",
        "KXDEMO-26",
        "Sandbox demo market B",
        "0.32",
        bids=(("0.30", 100), ("0.29", 200)),
        asks=(("0.34", 100), ("0.35", 200)),
    ),
    _SeedMarket(
        "KXRAIN-26NOV-T60",
        "KXRAIN-26NOV",
        "Sandbox: more than 60 mm of rain in November?",
        "0.97",
        bids=(("0.96", 100), ("0.95", 100)),
        asks=(("0.98", 100), ("0.99", 100)),
    ),
)


@dataclass
class Member:
    """An account: cash in dollars (reservations are derived, see the module docstring)."""

    member_id: str
    cash: Decimal
    updated_ts: float = 0.0


@dataclass(frozen=True)
class _Registration:
    key_id: str
    public_key_pem: bytes
    member_id: str
    balance: Decimal


@dataclass(frozen=True)
class _Match:
    maker: Order
    count: Decimal
    price: Decimal


@dataclass
class _Plan:
    """What an incoming order would do, computed before anything changes (so a refusal changes nothing)."""

    matches: list[_Match] = field(default_factory=list)
    self_cancels: list[Order] = field(default_factory=list)
    stopped_by_self_trade: bool = False

    @property
    def filled(self) -> Decimal:
        return sum((m.count for m in self.matches), ZERO)


def _locked(method: Callable[_P, _R]) -> Callable[_P, _R]:
    """Serialize public operations: the HTTP layer and an embedding test may share one exchange."""

    @functools.wraps(method)
    def wrapper(*args: _P.args, **kwargs: _P.kwargs) -> _R:
        self = args[0]
        assert isinstance(self, KalshiExchange)
        with self.lock:
            return method(*args, **kwargs)

    return wrapper


class KalshiExchange:
    """In-memory Kalshi portfolio back end, deterministic for a given seed and clock."""

    def __init__(
        self,
        seed: int = 0,
        wire_era: str = "2026",
        clock: Callable[[], float] = time.time,
    ) -> None:
        self.clock = clock
        self.wire_era: WireEra = _check_era(wire_era)
        self._seed = seed
        self.lock = threading.RLock()
        self._registrations: dict[str, _Registration] = {}
        self._build()

    # -- lifecycle -------------------------------------------------------------------------------

    def _build(self) -> None:
        self._rng = random.Random(self._seed)
        self._seq = 0
        self.markets: dict[str, Market] = {}
        self.members: dict[str, Member] = {}
        self.api_keys: dict[str, Credential] = {}
        self.orders: dict[str, Order] = {}
        self.fills: list[Fill] = []
        self.settlements: list[Settlement] = []
        self.order_groups: dict[str, OrderGroup] = {}
        self.positions: dict[tuple[str, str], Position] = {}
        self.fees_collected = ZERO
        self._book: dict[str, list[Order]] = {}
        self._client_order_ids: dict[tuple[str, str], str] = {}
        self.add_member(MARKET_MAKER_ID, _MARKET_MAKER_BALANCE)
        for spec in SEED_MARKETS:
            self.add_market(spec.ticker, spec.event_ticker, spec.title, Decimal(spec.last_price))
            for side, levels in (("bid", spec.bids), ("ask", spec.asks)):
                for price, count in levels:
                    self.place_order(
                        MARKET_MAKER_ID,
                        OrderRequest(
                            ticker=spec.ticker,
                            book_side="bid" if side == "bid" else "ask",
                            price=Decimal(price),
                            count=Decimal(count),
                        ),
                    )
        for reg in self._registrations.values():
            self._install_key(reg)

    @_locked
    def reset(self) -> None:
        """Back to the seeded state; registered API keys survive with their starting balances."""
        self._build()

    @_locked
    def set_wire_era(self, era: str) -> None:
        """Serve the 2025 wire shape (and the legacy writes) or the 2026 one."""
        self.wire_era = _check_era(era)

    def now(self) -> float:
        return self.clock()

    def _next_seq(self) -> int:
        self._seq += 1
        return self._seq

    def new_id(self) -> str:
        """A UUID drawn from the seeded generator, so recordings replay with the same ids."""
        return str(uuid.UUID(int=self._rng.getrandbits(128), version=4))

    # -- members, keys, markets ------------------------------------------------------------------

    @_locked
    def add_member(self, member_id: str, balance: Decimal) -> Member:
        """Create a member (or return the existing one untouched)."""
        member = self.members.get(member_id)
        if member is None:
            member = self.members[member_id] = Member(member_id, balance, self.now())
        return member

    @_locked
    def register_api_key(
        self,
        key_id: str,
        public_key_pem: bytes,
        member_id: str | None = None,
        balance_cents: int = DEFAULT_BALANCE_CENTS,
    ) -> str:
        """Accept signatures from this key (RSA or Ed25519 PEM) for a member; returns the member id.

        Without `member_id` the member is derived from the key id, so the same key always maps to the
        same account. A member that already exists keeps its balance.
        """
        member = member_id or str(uuid.uuid5(_MEMBER_NAMESPACE, key_id))
        reg = _Registration(key_id, public_key_pem, member, Decimal(balance_cents) / 100)
        self._install_key(reg)
        self._registrations[key_id] = reg
        return member

    def _install_key(self, reg: _Registration) -> None:
        self.api_keys[reg.key_id] = Credential(reg.member_id, load_public_key(reg.public_key_pem))
        self.add_member(reg.member_id, reg.balance)

    def credential(self, key_id: str) -> Credential | None:
        """Who a key id belongs to and its public key (None for an unknown key)."""
        return self.api_keys.get(key_id)

    @_locked
    def add_market(
        self, ticker: str, event_ticker: str, title: str = "", last_price: Decimal = Decimal("0.50")
    ) -> Market:
        """List a new open market with an empty book."""
        market = Market(ticker, event_ticker, title or ticker, last_price)
        self.markets[ticker] = market
        self._book[ticker] = []
        return market

    def _member(self, member_id: str) -> Member:
        member = self.members.get(member_id)
        if member is None:
            raise errors.not_found()
        return member

    def _open_market(self, ticker: str) -> Market:
        market = self.markets.get(ticker)
        if market is None:
            raise errors.market_not_found(ticker)
        if market.status != "open":
            raise errors.market_closed(ticker)
        return market

    def position(self, member_id: str, ticker: str) -> Position:
        """The member's position record in a market (created empty on first use)."""
        key = (member_id, ticker)
        pos = self.positions.get(key)
        if pos is None:
            pos = self.positions[key] = Position(member_id, ticker, last_updated_ts=self.now())
        return pos

    # -- money -----------------------------------------------------------------------------------

    @_locked
    def cash(self, member_id: str) -> Decimal:
        return self._member(member_id).cash

    @_locked
    def reserved(self, member_id: str) -> Decimal:
        """Funds held by the member's resting orders."""
        self._expire(self.now())
        return self._reservation(member_id, self.resting_orders(member_id), {})

    @_locked
    def balance(self, member_id: str) -> Decimal:
        """Available cash: what `GET /portfolio/balance` reports."""
        return self.cash(member_id) - self.reserved(member_id)

    @_locked
    def portfolio_value(self, member_id: str) -> Decimal:
        """Held contracts marked at each market's last trade price (NO at 1 − last)."""
        total = ZERO
        for (owner, ticker), pos in self.positions.items():
            if owner != member_id:
                continue
            last = self.markets[ticker].last_price
            total += pos.yes_count * last + pos.no_count * (ONE - last)
        return total

    def _reservation(
        self,
        member_id: str,
        resting: Iterable[Order],
        nets: Mapping[str, Decimal],
    ) -> Decimal:
        """Sum of what the resting orders would cost, minus the part that would close held contracts."""
        by_leg: dict[tuple[str, BookSide], list[Order]] = {}
        for order in resting:
            by_leg.setdefault((order.ticker, order.book_side), []).append(order)
        total = ZERO
        for (ticker, side), orders in by_leg.items():
            net = nets[ticker] if ticker in nets else self._net(member_id, ticker)
            closable = max(ZERO, -net) if side == "bid" else max(ZERO, net)
            for order in sorted(orders, key=lambda o: o.priority):
                covered = min(order.remaining_count, closable)
                closable -= covered
                own_price = order.price if side == "bid" else ONE - order.price
                total += (order.remaining_count - covered) * own_price
        return total

    def _net(self, member_id: str, ticker: str) -> Decimal:
        pos = self.positions.get((member_id, ticker))
        return pos.net if pos is not None else ZERO

    # -- queries ---------------------------------------------------------------------------------

    def resting_orders(self, member_id: str | None = None, ticker: str | None = None) -> list[Order]:
        """Resting orders in time priority, optionally for one member and/or market."""
        books = [self._book[ticker]] if ticker is not None else list(self._book.values())
        out = [o for book in books for o in book if member_id is None or o.member_id == member_id]
        return sorted(out, key=lambda o: o.priority)

    @_locked
    def member_orders(self, member_id: str) -> list[Order]:
        """All of a member's orders, newest first."""
        self._expire(self.now())
        return sorted((o for o in self.orders.values() if o.member_id == member_id), key=lambda o: -o.seq)

    @_locked
    def get_order(self, member_id: str, order_id: str) -> Order:
        self._expire(self.now())
        order = self.orders.get(order_id)
        if order is None or order.member_id != member_id:
            raise errors.not_found()
        return order

    @_locked
    def member_fills(self, member_id: str) -> list[Fill]:
        """The member's fills, newest first."""
        return sorted((f for f in self.fills if f.member_id == member_id), key=lambda f: -f.seq)

    @_locked
    def member_positions(self, member_id: str) -> list[Position]:
        """Every market the member has traded or quoted in, by ticker."""
        self._expire(self.now())
        return sorted(
            (p for (owner, _), p in self.positions.items() if owner == member_id), key=lambda p: p.ticker
        )

    @_locked
    def member_settlements(self, member_id: str) -> list[Settlement]:
        """The member's settlements, newest first."""
        return sorted((s for s in self.settlements if s.member_id == member_id), key=lambda s: -s.seq)

    def queue_position(self, order: Order) -> Decimal:
        """Contracts resting ahead of this order at the same price on the same side."""
        if order.status != "resting":
            return ZERO
        return sum(
            (
                o.remaining_count
                for o in self._book[order.ticker]
                if o.book_side == order.book_side and o.price == order.price and o.priority < order.priority
            ),
            ZERO,
        )

    @_locked
    def book(self, ticker: str) -> dict[str, list[tuple[Decimal, Decimal]]]:
        """Aggregated depth per price, best first: `{"bids": [(price, count)], "asks": [...]}`."""
        self._expire(self.now())
        if ticker not in self._book:
            raise errors.market_not_found(ticker)
        levels: dict[str, dict[Decimal, Decimal]] = {"bids": {}, "asks": {}}
        for o in self._book[ticker]:
            side = levels["bids" if o.book_side == "bid" else "asks"]
            side[o.price] = side.get(o.price, ZERO) + o.remaining_count
        return {
            "bids": sorted(levels["bids"].items(), key=lambda kv: -kv[0]),
            "asks": sorted(levels["asks"].items(), key=lambda kv: kv[0]),
        }

    # -- placing ---------------------------------------------------------------------------------

    @_locked
    def place_order(self, member_id: str, request: OrderRequest) -> Order:
        """Validate, match and (for good-till-canceled) rest one order; see the module docstring."""
        now = self.now()
        self._expire(now)
        self._member(member_id)
        self._open_market(request.ticker)
        _check_price(request.price)
        _check_count(request.count)
        if request.expiration_ts is not None and not now < request.expiration_ts <= _LATEST_EXPIRATION:
            raise errors.invalid_parameters("expiration_time must be a Unix time in the future")
        if (
            request.client_order_id is not None
            and (member_id, request.client_order_id) in self._client_order_ids
        ):
            raise errors.order_already_exists()
        group = self._usable_group(member_id, request.order_group_id)
        if request.reduce_only:
            net = self._net(member_id, request.ticker)
            closable = max(ZERO, -net) if request.book_side == "bid" else max(ZERO, net)
            if request.count > closable:
                raise errors.invalid_order("reduce only order would increase the position")
        if request.post_only and self._would_cross(request.ticker, request.book_side, request.price):
            raise errors.invalid_order("post only cross")

        seq = self._next_seq()
        side, action = _phrasing(request)
        order = Order(
            order_id=self.new_id(),
            member_id=member_id,
            ticker=request.ticker,
            book_side=request.book_side,
            price=request.price,
            initial_count=request.count,
            remaining_count=request.count,
            side=side,
            action=action,
            time_in_force=request.time_in_force,
            self_trade_prevention_type=request.self_trade_prevention_type,
            client_order_id=request.client_order_id,
            expiration_ts=request.expiration_ts,
            post_only=request.post_only,
            reduce_only=request.reduce_only,
            cancel_order_on_pause=request.cancel_order_on_pause,
            order_group_id=request.order_group_id,
            order_type=request.order_type,
            subaccount=request.subaccount,
            created_ts=now,
            updated_ts=now,
            seq=seq,
            priority=seq,
        )
        plan = self._plan(order, now, request.buy_max_cost)
        killed = order.time_in_force == "fill_or_kill" and plan.filled < order.initial_count
        if not killed:
            self._check_funds(order, plan)
        self.orders[order.order_id] = order
        self.position(member_id, order.ticker)
        if order.client_order_id is not None:
            self._client_order_ids[(member_id, order.client_order_id)] = order.order_id
        if group is not None:
            group.order_ids.append(order.order_id)
        if killed:
            order.remaining_count = ZERO
            order.status = "canceled"
            return order
        self._execute(order, plan, now)
        return order

    def _usable_group(self, member_id: str, group_id: str | None) -> OrderGroup | None:
        if group_id is None:
            return None
        group = self.order_groups.get(group_id)
        if group is None or group.member_id != member_id:
            raise errors.not_found()
        if group.triggered:
            raise errors.invalid_order("order group contracts limit reached; reset the group first")
        return group

    def _opposite(self, ticker: str, side: BookSide) -> list[Order]:
        """Resting orders an incoming `side` order could hit, best price first, then time."""
        if side == "bid":
            asks = [o for o in self._book[ticker] if o.book_side == "ask"]
            return sorted(asks, key=lambda o: (o.price, o.priority))
        bids = [o for o in self._book[ticker] if o.book_side == "bid"]
        return sorted(bids, key=lambda o: (-o.price, o.priority))

    def _would_cross(self, ticker: str, side: BookSide, price: Decimal) -> bool:
        opposite = self._opposite(ticker, side)
        return bool(opposite) and _crosses(side, price, opposite[0].price)

    def _plan(self, order: Order, now: float, max_cost: Decimal | None = None) -> _Plan:
        """Walk the opposite side without touching it: matches, self-trade outcome, group caps."""
        plan = _Plan()
        remaining = order.remaining_count
        taker_cap: Decimal | None = None
        if order.order_group_id is not None:
            taker_cap = self.order_groups[order.order_group_id].capacity(now)
        maker_caps: dict[str, Decimal] = {}
        budget = max_cost
        for maker in self._opposite(order.ticker, order.book_side):
            if remaining <= 0 or not _crosses(order.book_side, order.price, maker.price):
                break
            if maker.member_id == order.member_id:
                if order.self_trade_prevention_type == "maker":
                    plan.self_cancels.append(maker)
                    continue
                plan.stopped_by_self_trade = True
                break
            take = min(remaining, maker.remaining_count)
            if maker.order_group_id is not None:
                gid = maker.order_group_id
                if gid not in maker_caps:
                    maker_caps[gid] = self.order_groups[gid].capacity(now)
                take = min(take, maker_caps[gid])
            if taker_cap is not None:
                take = min(take, taker_cap)
            own_price = maker.price if order.book_side == "bid" else ONE - maker.price
            if budget is not None:
                take = min(take, (budget / own_price).to_integral_value(rounding=ROUND_FLOOR))
            if take <= 0:
                if (taker_cap is not None and taker_cap <= 0) or (budget is not None and budget < own_price):
                    break
                continue
            plan.matches.append(_Match(maker, take, maker.price))
            remaining -= take
            if maker.order_group_id is not None:
                maker_caps[maker.order_group_id] -= take
            if taker_cap is not None:
                taker_cap -= take
            if budget is not None:
                budget -= take * own_price
        return plan

    def _check_funds(self, order: Order, plan: _Plan, replacing: Order | None = None) -> None:
        """Refuse the order if the member's balance would go negative once it has traded and rested."""
        member = self._member(order.member_id)
        held = self.positions.get((order.member_id, order.ticker))
        scratch = copy.deepcopy(held) if held is not None else Position(order.member_id, order.ticker)
        cash = member.cash
        for m in plan.matches:
            cash += scratch.apply_trade(order.book_side, m.count, m.price)
            cash -= taker_fee(m.count, m.price)
        leftover = order.remaining_count - plan.filled
        rests = order.time_in_force == "good_till_canceled" and not plan.stopped_by_self_trade
        dropped = {id(o) for o in plan.self_cancels}
        if replacing is not None:
            dropped.add(id(replacing))
        resting = [o for o in self.resting_orders(order.member_id) if id(o) not in dropped]
        if rests and leftover > 0:
            pending = copy.copy(order)
            pending.remaining_count = leftover
            resting.append(pending)
        if cash - self._reservation(order.member_id, resting, {order.ticker: scratch.net}) < 0:
            raise errors.insufficient_balance()

    def _execute(self, order: Order, plan: _Plan, now: float) -> None:
        """Apply a plan: self-trade cancels, fills on both sides, then rest or cancel the remainder."""
        for maker in plan.self_cancels:
            self._cancel(maker, now)
        market = self.markets[order.ticker]
        for m in plan.matches:
            trade_id = self.new_id()
            self._fill(m.maker, m.count, m.price, trade_id, is_taker=False, now=now)
            self._fill(order, m.count, m.price, trade_id, is_taker=True, now=now)
            market.last_price = m.price
        if order.remaining_count > 0:
            if order.time_in_force == "good_till_canceled" and not plan.stopped_by_self_trade:
                order.status = "resting"
                self._book[order.ticker].append(order)
            else:
                order.remaining_count = ZERO
                order.status = "canceled"
        else:
            order.status = "executed"
        self._enforce_groups(now)

    def _fill(
        self, order: Order, count: Decimal, price: Decimal, trade_id: str, *, is_taker: bool, now: float
    ) -> None:
        fee = taker_fee(count, price) if is_taker else ZERO
        pos = self.position(order.member_id, order.ticker)
        cash = pos.apply_trade(order.book_side, count, price)
        pos.fees_paid += fee
        pos.last_updated_ts = now
        member = self.members[order.member_id]
        member.cash += cash - fee
        member.updated_ts = now
        self.fees_collected += fee
        own_price = order.own_price(price)
        order.fill_count += count
        order.remaining_count -= count
        order.updated_ts = now
        if is_taker:
            order.taker_fill_cost += count * own_price
            order.taker_fees += fee
        else:
            order.maker_fill_cost += count * own_price
            order.maker_fees += fee
            if order.remaining_count == 0:
                order.status = "executed"
                self._book[order.ticker].remove(order)
        if order.order_group_id is not None:
            self.order_groups[order.order_group_id].matched.append((now, count))
        self.fills.append(
            Fill(
                trade_id=trade_id,
                order_id=order.order_id,
                member_id=order.member_id,
                ticker=order.ticker,
                book_side=order.book_side,
                side=order.side,
                action=order.action,
                count=count,
                yes_price=price,
                is_taker=is_taker,
                fee=fee,
                created_ts=now,
                seq=self._next_seq(),
            )
        )

    # -- changing and cancelling -----------------------------------------------------------------

    def _own_resting(self, member_id: str, order_id: str) -> Order:
        order = self.orders.get(order_id)
        if order is None or order.member_id != member_id or order.status != "resting":
            raise errors.not_found()
        return order

    def _cancel(self, order: Order, now: float) -> Decimal:
        reduced = order.remaining_count
        order.remaining_count = ZERO
        order.status = "canceled"
        order.updated_ts = now
        self._book[order.ticker].remove(order)
        return reduced

    @_locked
    def cancel_order(self, member_id: str, order_id: str) -> tuple[Order, Decimal]:
        """Cancel a resting order; returns it and how many contracts were taken off the book."""
        now = self.now()
        self._expire(now)
        order = self._own_resting(member_id, order_id)
        return order, self._cancel(order, now)

    @_locked
    def cancel_all_orders(self, member_id: str) -> list[Order]:
        """Cancel every resting order of the member."""
        now = self.now()
        self._expire(now)
        cancelled = self.resting_orders(member_id)
        for order in cancelled:
            self._cancel(order, now)
        return cancelled

    @_locked
    def decrease_order(
        self,
        member_id: str,
        order_id: str,
        *,
        reduce_by: Decimal | None = None,
        reduce_to: Decimal | None = None,
    ) -> tuple[Order, Decimal]:
        """Shrink a resting order in place (it keeps its queue position); to zero it is cancelled."""
        now = self.now()
        self._expire(now)
        if (reduce_by is None) == (reduce_to is None):
            raise errors.invalid_parameters("exactly one of reduce_by and reduce_to is required")
        order = self._own_resting(member_id, order_id)
        if reduce_by is not None:
            _check_count(reduce_by, "reduce_by")
            target = max(ZERO, order.remaining_count - reduce_by)
        else:
            assert reduce_to is not None
            if reduce_to < 0 or reduce_to != reduce_to.to_integral_value():
                raise errors.invalid_parameters("reduce_to must be a whole number of contracts >= 0")
            if reduce_to >= order.remaining_count:
                raise errors.invalid_parameters("reduce_to must be below the remaining count")
            target = reduce_to
        if target == 0:
            return order, self._cancel(order, now)
        reduced = order.remaining_count - target
        order.remaining_count = target
        order.updated_ts = now
        return order, reduced

    @_locked
    def amend_order(
        self,
        member_id: str,
        order_id: str,
        *,
        price: Decimal | None = None,
        count: Decimal | None = None,
        updated_client_order_id: str | None = None,
    ) -> tuple[Order, Order]:
        """Change price and/or total count (filled + wanted remaining); returns (before, after).

        Shrinking at the same price keeps the queue position; any other change goes to the back of the
        queue and may trade at once if the new price crosses.
        """
        now = self.now()
        self._expire(now)
        order = self._own_resting(member_id, order_id)
        new_price = order.price if price is None else price
        new_total = order.initial_count if count is None else count
        _check_price(new_price)
        _check_count(new_total)
        if new_total <= order.fill_count:
            raise errors.invalid_parameters("count must exceed the contracts already filled")
        if (
            updated_client_order_id is not None
            and updated_client_order_id != order.client_order_id
            and (member_id, updated_client_order_id) in self._client_order_ids
        ):
            raise errors.order_already_exists()
        before = copy.copy(order)
        new_remaining = new_total - order.fill_count
        if new_price == order.price and new_remaining <= order.remaining_count:
            order.initial_count = new_total
            order.remaining_count = new_remaining
        else:
            if order.post_only and self._would_cross(order.ticker, order.book_side, new_price):
                raise errors.invalid_order("post only cross")
            candidate = copy.copy(order)
            candidate.price = new_price
            candidate.initial_count = new_total
            candidate.remaining_count = new_remaining
            candidate.priority = self._seq + 1
            plan = self._plan(candidate, now)
            self._check_funds(candidate, plan, replacing=order)
            self._book[order.ticker].remove(order)
            order.price = new_price
            order.initial_count = new_total
            order.remaining_count = new_remaining
            order.priority = self._next_seq()
            self._execute(order, plan, now)
        if updated_client_order_id is not None and updated_client_order_id != order.client_order_id:
            order.client_order_id = updated_client_order_id
            self._client_order_ids[(member_id, updated_client_order_id)] = order.order_id
        order.updated_ts = now
        return before, order

    def _expire(self, now: float) -> None:
        """Cancel resting orders whose `expiration_time` has passed (done lazily, on every call)."""
        for order in self.resting_orders():
            if order.expiration_ts is not None and order.expiration_ts <= now:
                self._cancel(order, now)

    # -- order groups ----------------------------------------------------------------------------

    @_locked
    def create_order_group(self, member_id: str, contracts_limit: Decimal) -> OrderGroup:
        """A group with a rolling 15-second contracts limit (1 to 1,000,000)."""
        self._member(member_id)
        if not (1 <= contracts_limit <= 1_000_000) or contracts_limit != contracts_limit.to_integral_value():
            raise errors.invalid_parameters("contracts_limit must be a whole number from 1 to 1000000")
        group = OrderGroup(self.new_id(), member_id, contracts_limit, self._next_seq())
        self.order_groups[group.group_id] = group
        return group

    @_locked
    def member_order_groups(self, member_id: str) -> list[OrderGroup]:
        self._enforce_groups(self.now())
        return sorted(
            (g for g in self.order_groups.values() if g.member_id == member_id), key=lambda g: g.seq
        )

    @_locked
    def get_order_group(self, member_id: str, group_id: str) -> OrderGroup:
        group = self.order_groups.get(group_id)
        if group is None or group.member_id != member_id:
            raise errors.not_found()
        return group

    @_locked
    def delete_order_group(self, member_id: str, group_id: str) -> None:
        """Remove the group and cancel its resting orders."""
        group = self.get_order_group(member_id, group_id)
        self._cancel_group_orders(group, self.now())
        del self.order_groups[group_id]

    @_locked
    def reset_order_group(self, member_id: str, group_id: str) -> None:
        """Clear the triggered state and the rolling volume, so orders can be placed again."""
        group = self.get_order_group(member_id, group_id)
        group.triggered = False
        group.matched.clear()

    def _cancel_group_orders(self, group: OrderGroup, now: float) -> None:
        for order_id in group.order_ids:
            order = self.orders[order_id]
            if order.status == "resting":
                self._cancel(order, now)

    def _enforce_groups(self, now: float) -> None:
        """Trigger every group whose rolling volume reached its limit: cancel its orders, block new ones."""
        for group in self.order_groups.values():
            if not group.triggered and group.window_volume(now) >= group.contracts_limit:
                group.triggered = True
                self._cancel_group_orders(group, now)

    # -- settlement ------------------------------------------------------------------------------

    @_locked
    def settle_market(self, ticker: str, result: str) -> list[Settlement]:
        """Determine a market: cancel its orders, pay $1 per winning contract, record settlements."""
        if result not in ("yes", "no"):
            raise errors.invalid_parameters("result must be yes or no")
        outcome: Outcome = "yes" if result == "yes" else "no"
        now = self.now()
        market = self._open_market(ticker)
        for order in self.resting_orders(ticker=ticker):
            self._cancel(order, now)
        recorded: list[Settlement] = []
        for (member_id, pos_ticker), pos in sorted(self.positions.items()):
            if pos_ticker != ticker:
                continue
            yes_count, no_count = pos.yes_count, pos.no_count
            yes_cost, no_cost = pos.yes_cost, pos.no_cost
            payout = pos.settle(outcome)
            pos.last_updated_ts = now
            if yes_count == 0 and no_count == 0:
                continue
            member = self.members[member_id]
            member.cash += payout
            member.updated_ts = now
            settlement = Settlement(
                member_id=member_id,
                ticker=ticker,
                event_ticker=market.event_ticker,
                market_result=outcome,
                yes_count=yes_count,
                no_count=no_count,
                yes_total_cost=yes_cost,
                no_total_cost=no_cost,
                revenue=payout,
                fee_cost=ZERO,  # a yes/no determination charges no settlement fee
                settled_ts=now,
                seq=self._next_seq(),
            )
            self.settlements.append(settlement)
            recorded.append(settlement)
        market.status = "settled"
        market.result = outcome
        market.settled_ts = now
        market.last_price = ONE if outcome == "yes" else ZERO
        return recorded

    # -- admin views -----------------------------------------------------------------------------

    @_locked
    def describe_markets(self) -> list[dict[str, Any]]:
        """A debugging view of every market and its depth (for `/_admin/markets`)."""
        out: list[dict[str, Any]] = []
        for market in self.markets.values():
            depth = self.book(market.ticker)
            out.append(
                {
                    "ticker": market.ticker,
                    "event_ticker": market.event_ticker,
                    "title": market.title,
                    "status": market.status,
                    "result": market.result,
                    "last_price": f"{market.last_price:.2f}",
                    "bids": [[f"{p:.2f}", f"{c:.2f}"] for p, c in depth["bids"]],
                    "asks": [[f"{p:.2f}", f"{c:.2f}"] for p, c in depth["asks"]],
                }
            )
        return out


def _check_era(era: str) -> WireEra:
    if era == "2025":
        return "2025"
    if era == "2026":
        return "2026"
    raise ValueError(f"wire_era must be one of {WIRE_ERAS}, not {era!r}")


def _check_price(price: Decimal) -> None:
    if not is_on_tick(price):
        raise errors.invalid_price()


def _check_count(count: Decimal, name: str = "count") -> None:
    if count <= 0 or count != count.to_integral_value() or count > MAX_ORDER_COUNT:
        raise errors.invalid_parameters(
            f"{name} must be a whole number of contracts from 1 to {MAX_ORDER_COUNT}"
        )


def _crosses(side: BookSide, price: Decimal, resting_price: Decimal) -> bool:
    return resting_price <= price if side == "bid" else resting_price >= price


def _phrasing(request: OrderRequest) -> tuple[Outcome, Literal["buy", "sell"]]:
    """How the order is echoed: legacy orders keep their yes/no + buy/sell; V2 bid = buy YES, ask = buy NO."""
    if request.side is not None and request.action is not None:
        return request.side, request.action
    return ("yes", "buy") if request.book_side == "bid" else ("no", "buy")
