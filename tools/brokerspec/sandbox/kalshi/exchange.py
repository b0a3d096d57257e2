"""The simulated exchange: shards, members and their accounts, markets, one YES book per market, matching,
fees, cash, order groups and settlement — Kalshi as it is today (reference "Corrections and additions").

Model (documented because a client's expectations are tested against it):

- **Shards.** Every market lives on an exchange shard (`exchange_index` 0–3). Money is held per shard and per
  subaccount: an *account* is (member, subaccount, shard). An order needs a funded account on its market's
  shard, else 404 `user_not_found`. Cash moves between shards with `transfer`.
- **Routing.** Create and amend route by ticker. A write that names an existing order (cancel, decrease)
  goes to the shard given by `exchange_index`, or to the shard of `market_ticker`, or to **shard 0** when
  neither is given — an order on another shard is then `not_found` although it still rests. Order-group
  writes go to `exchange_index` (default 0).
- **One book per market, on YES.** A bid at p buys YES at p; an ask at p sells YES at p, which is the same
  as buying NO at 1 − p. Price-time priority; a trade happens at the resting (maker) order's price.
- **Fees** (`money.py`): trade fee per fill by the series' `fee_type` and `fee_multiplier` (takers 0.07,
  makers 0.0175 on `quadratic_with_maker_fees`), rounded up to $0.0001; then the rounding fee to the
  member's balance precision and the per-order accumulator rebate. `fee_cost` is the net fee.
- **Cash.** Fully collateralized: opening YES at p costs p, opening NO costs 1 − p, and the opposite side
  first closes what is held (a YES+NO pair is redeemed for $1). Settlement pays $1 per winning contract.
- **Reservations.** A resting order reserves what it would cost if it filled (plus the maker fee it could
  pay), except for the part that would close contracts the account already holds. Reservations are
  derived from the book on demand, never stored. `balance` = cash − reservations.
- **Funds check.** An order is refused (`insufficient_balance`) when, after its immediate fills and fees and
  with its remainder resting, its account's balance would be negative.
"""

from __future__ import annotations

import copy
import functools
import random
import threading
import time
import uuid
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from decimal import ROUND_FLOOR, Decimal
from typing import Any, Literal, ParamSpec, TypeVar

from . import errors
from .catalog import (
    CLOSED_STATUSES,
    EXCHANGE_INDEXES,
    MARKET_STATUSES,
    SEED_MARKETS,
    SEED_SERIES,
    Market,
    MarketStatus,
    Series,
    Shard,
    build_market,
)
from .grid import PRICE_STRUCTURES, on_grid
from .models import (
    SUBACCOUNT_MAX,
    Account,
    BookSide,
    Fill,
    Order,
    OrderGroup,
    OrderRequest,
    Outcome,
    Position,
    Settlement,
    Transfer,
)
from .money import (
    CENTICENT,
    DIRECT_MEMBER_PRECISION,
    MAKER_FEE_TYPES,
    MAKER_RATE,
    ONE,
    ZERO,
    apply_rounding,
    fee_rate,
    trade_fee,
)
from .ratelimit import DEFAULT_TIER, RateLimiter
from .signatures import Credential, load_public_key

WireEra = Literal["2025", "2026"]
WIRE_ERAS: tuple[WireEra, ...] = ("2025", "2026")

MARKET_MAKER_ID = "market-maker"
"""The member whose resting ladder gives every seeded market liquidity on both sides."""
DEFAULT_BALANCE_CENTS = 100_000
"""A new member starts with $1,000.00 on its primary subaccount, spread over shards 0–2."""
DEFAULT_ALLOCATION: tuple[tuple[int, Decimal], ...] = (
    (0, Decimal("0.7")),
    (1, Decimal("0.2")),
    (2, Decimal("0.1")),
)
"""How a new member's primary balance is spread over shards (none on shard 3)."""
SUBACCOUNT_1_BALANCE = Decimal("100")
"""A new member also has subaccount 1, with $100.00 on shard 0."""
MAX_ORDER_COUNT = Decimal(1_000_000)
"""The sandbox's cap on one order's size (also keeps every count printable with 2 decimals)."""
_LATEST_EXPIRATION = 253_402_300_799  # 9999-12-31T23:59:59Z
_MARKET_MAKER_BALANCE = Decimal("1000000")
_MEMBER_NAMESPACE = uuid.UUID("6f1c2a52-4b1e-4f7a-9d57-6b3f8c1e2d40")
_UNSET: Any = object()

_P = ParamSpec("_P")
_R = TypeVar("_R")


@dataclass
class Member:
    """A member: its subaccounts, the accounts it holds per (subaccount, shard), its balance precision."""

    member_id: str
    precision: Decimal = DIRECT_MEMBER_PRECISION
    subaccounts: set[int] = field(default_factory=lambda: {0, 1})
    accounts: dict[tuple[int, int], Account] = field(default_factory=dict)

    @property
    def cash(self) -> Decimal:
        """Cash over every subaccount and shard."""
        return sum((a.cash for a in self.accounts.values()), ZERO)

    @property
    def updated_ts(self) -> float:
        return max((a.updated_ts for a in self.accounts.values()), default=0.0)


@dataclass(frozen=True)
class _Registration:
    key_id: str
    public_key_pem: bytes
    member_id: str
    balance: Decimal
    precision: Decimal


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


@dataclass(frozen=True)
class AmendResult:
    before: Order
    after: Order
    fills: list[Fill]
    resized: bool
    """The resting size changed (or something filled): the reply then carries the counts."""

    def __iter__(self) -> Iterator[Order]:
        """`before, after = exchange.amend_order(...)`."""
        return iter((self.before, self.after))


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
    """In-memory Kalshi back end, deterministic for a given seed and clock.

    `rate_limit_tier`: `"basic"` (default) … `"prime"`, or None to switch token-bucket limiting off.
    """

    def __init__(
        self,
        seed: int = 0,
        wire_era: str = "2026",
        clock: Callable[[], float] = time.time,
        rate_limit_tier: str | None = DEFAULT_TIER,
    ) -> None:
        self.clock = clock
        self.wire_era: WireEra = _check_era(wire_era)
        self._seed = seed
        self.lock = threading.RLock()
        self._registrations: dict[str, _Registration] = {}
        self.limiter = RateLimiter(rate_limit_tier, clock)
        self._build()

    # -- lifecycle -------------------------------------------------------------------------------

    def _build(self) -> None:
        self._rng = random.Random(self._seed)
        self._seq = 0
        now = self.now()
        self.shards: dict[int, Shard] = {i: Shard(i) for i in EXCHANGE_INDEXES}
        self.series: dict[str, Series] = {s.ticker: s for s in SEED_SERIES}
        self.markets: dict[str, Market] = {}
        self.members: dict[str, Member] = {}
        self.api_keys: dict[str, Credential] = {}
        self.orders: dict[str, Order] = {}
        self.fills: list[Fill] = []
        self.settlements: list[Settlement] = []
        self.order_groups: dict[str, OrderGroup] = {}
        self.positions: dict[tuple[str, int, str], Position] = {}
        self.transfers: list[Transfer] = []
        self.fees_collected = ZERO
        self._book: dict[str, list[Order]] = {}
        self._client_order_ids: dict[tuple[str, str], str] = {}
        self._client_transfer_ids: dict[tuple[str, str], Transfer] = {}
        self.limiter.reset()
        self._add_market_maker()
        for spec in SEED_MARKETS:
            market = build_market(spec, now)
            market.status = "active"  # list the ladder first, then take the market to its seeded state
            self._list(market)
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
            market.status = spec.status
        for reg in self._registrations.values():
            self._install_key(reg)

    def _add_market_maker(self) -> None:
        allocation = {(0, shard): _MARKET_MAKER_BALANCE for shard in EXCHANGE_INDEXES}
        self.add_member(MARKET_MAKER_ID, ZERO, allocation=allocation, subaccounts={0})

    @_locked
    def reset(self) -> None:
        """Back to the seeded state; registered API keys survive with their starting balances."""
        self._build()

    @_locked
    def set_wire_era(self, era: str) -> None:
        """Serve the 2025 wire shape (and the legacy writes) or the 2026 one."""
        self.wire_era = _check_era(era)

    @_locked
    def set_rate_limit_tier(self, tier: str | None) -> None:
        """Change the tier (`None` switches limiting off); every bucket starts full again."""
        self.limiter.set_tier(tier)

    def now(self) -> float:
        return self.clock()

    def _next_seq(self) -> int:
        self._seq += 1
        return self._seq

    def new_id(self) -> str:
        """A UUID drawn from the seeded generator, so recordings replay with the same ids."""
        return str(uuid.UUID(int=self._rng.getrandbits(128), version=4))

    # -- members, keys, accounts -----------------------------------------------------------------

    @_locked
    def add_member(
        self,
        member_id: str,
        balance: Decimal,
        *,
        allocation: Mapping[tuple[int, int], Decimal] | None = None,
        subaccounts: Iterable[int] = (0, 1),
        precision: Decimal = DIRECT_MEMBER_PRECISION,
    ) -> Member:
        """Create a member (or return the existing one untouched).

        Without `allocation` the whole `balance` goes to subaccount 0 on shard 0, and empty accounts exist
        on shards 1 and 2 and for subaccount 1 on shard 0. `allocation` maps (subaccount, shard) to cash.
        """
        member = self.members.get(member_id)
        if member is not None:
            return member
        member = self.members[member_id] = Member(member_id, precision, set(subaccounts))
        if allocation is None:
            allocation = {(0, 0): balance, (0, 1): ZERO, (0, 2): ZERO}
            if 1 in member.subaccounts:
                allocation[(1, 0)] = ZERO
        for (sub, shard), cash in allocation.items():
            self._open_account(member, sub, shard, cash)
        return member

    def _open_account(self, member: Member, subaccount: int, shard: int, cash: Decimal) -> Account:
        account = member.accounts.get((subaccount, shard))
        if account is None:
            account = member.accounts[(subaccount, shard)] = Account(
                member.member_id, subaccount, shard, ZERO, self.now()
            )
        account.cash += cash
        account.updated_ts = self.now()
        return account

    @_locked
    def fund(
        self, member_id: str, amount: Decimal, *, subaccount: int = 0, exchange_index: int = 0
    ) -> Account:
        """Add cash to an account (creating it): the admin way to give a member money on a shard."""
        member = self._member(member_id)
        self._check_shard(exchange_index)
        member.subaccounts.add(subaccount)
        return self._open_account(member, subaccount, exchange_index, amount)

    @_locked
    def register_api_key(
        self,
        key_id: str,
        public_key_pem: bytes,
        member_id: str | None = None,
        balance_cents: int = DEFAULT_BALANCE_CENTS,
        *,
        precision: Decimal = DIRECT_MEMBER_PRECISION,
    ) -> str:
        """Accept signatures from this key (RSA or Ed25519 PEM) for a member; returns the member id.

        Without `member_id` the member is derived from the key id, so the same key always maps to the
        same account. A new member gets `balance_cents` on subaccount 0 spread 70/20/10 over shards 0–2,
        and $100 on subaccount 1 (shard 0). A member that already exists keeps its accounts.
        """
        member = member_id or str(uuid.uuid5(_MEMBER_NAMESPACE, key_id))
        reg = _Registration(key_id, public_key_pem, member, Decimal(balance_cents) / 100, precision)
        self._install_key(reg)
        self._registrations[key_id] = reg
        return member

    def _install_key(self, reg: _Registration) -> None:
        self.api_keys[reg.key_id] = Credential(reg.member_id, load_public_key(reg.public_key_pem))
        if reg.member_id in self.members:
            return
        allocation: dict[tuple[int, int], Decimal] = {}
        rest = reg.balance
        for shard, share in DEFAULT_ALLOCATION[1:]:
            allocation[(0, shard)] = (reg.balance * share).quantize(CENTICENT, rounding=ROUND_FLOOR)
            rest -= allocation[(0, shard)]
        allocation[(0, DEFAULT_ALLOCATION[0][0])] = rest
        allocation[(1, 0)] = SUBACCOUNT_1_BALANCE
        self.add_member(reg.member_id, ZERO, allocation=allocation, precision=reg.precision)

    def credential(self, key_id: str) -> Credential | None:
        """Who a key id belongs to and its public key (None for an unknown key)."""
        return self.api_keys.get(key_id)

    def _member(self, member_id: str) -> Member:
        member = self.members.get(member_id)
        if member is None:
            raise errors.not_found()
        return member

    def check_subaccount(self, member_id: str, subaccount: int) -> None:
        """0–63 is the grammar; only the subaccounts the member has (0 and 1 by default) exist."""
        if not 0 <= subaccount <= SUBACCOUNT_MAX:
            raise errors.invalid_parameters(f"subaccount must be between 0 and {SUBACCOUNT_MAX}")
        if subaccount not in self._member(member_id).subaccounts:
            raise errors.invalid_parameters(f"subaccount {subaccount} does not exist")

    def _check_shard(self, exchange_index: int) -> None:
        if exchange_index not in self.shards:
            raise errors.invalid_parameters(
                f"exchange_index must be one of {', '.join(map(str, self.shards))} (or -1 to route by ticker)"
            )

    def _account(self, member_id: str, subaccount: int, shard: int) -> Account:
        account = self._member(member_id).accounts.get((subaccount, shard))
        if account is None:
            raise errors.user_not_found(shard)
        return account

    def accounts_of(self, member_id: str, subaccount: int) -> list[Account]:
        """The member's accounts on one subaccount, by shard."""
        member = self._member(member_id)
        return sorted(
            (a for (sub, _), a in member.accounts.items() if sub == subaccount),
            key=lambda a: a.exchange_index,
        )

    # -- catalog ---------------------------------------------------------------------------------

    @_locked
    def add_series(
        self,
        ticker: str,
        fee_type: str = "quadratic",
        fee_multiplier: Decimal = ONE,
        title: str = "",
        category: str = "Sandbox",
    ) -> Series:
        series = Series(ticker, title or ticker, category, fee_type, fee_multiplier)
        self.series[ticker] = series
        return series

    @_locked
    def add_market(
        self,
        ticker: str,
        event_ticker: str,
        title: str = "",
        last_price: Decimal = Decimal("0.50"),
        *,
        series_ticker: str | None = None,
        exchange_index: int = 0,
        price_level_structure: str = "linear_cent",
        fractional_trading_enabled: bool = False,
    ) -> Market:
        """List a new active market with an empty book (its series is created `quadratic` × 1 if unknown)."""
        self._check_shard(exchange_index)
        if price_level_structure not in PRICE_STRUCTURES:
            raise errors.invalid_parameters(
                f"price_level_structure must be one of {', '.join(PRICE_STRUCTURES)}"
            )
        series = series_ticker or event_ticker.split("-", 1)[0]
        if series not in self.series:
            self.add_series(series)
        now = self.now()
        market = Market(
            ticker,
            event_ticker,
            series,
            title or ticker,
            exchange_index=exchange_index,
            price_level_structure=price_level_structure,
            fractional_trading_enabled=fractional_trading_enabled,
            last_price=last_price,
            previous_price=last_price,
            open_ts=now,
            close_ts=now + 365 * 86_400,
            created_ts=now,
            updated_ts=now,
        )
        self._list(market)
        return market

    def _list(self, market: Market) -> None:
        self.markets[market.ticker] = market
        self._book[market.ticker] = []

    def _market(self, ticker: str) -> Market:
        market = self.markets.get(ticker)
        if market is None:
            raise errors.market_not_found(ticker)
        return market

    def _tradable(self, market: Market) -> None:
        """Orders and amends need an `active` market on a shard where trading is not paused."""
        if market.status != "active":
            raise errors.market_inactive(market.ticker, market.status)
        if not self.shards[market.exchange_index].trading_active:
            raise errors.trading_paused(market.exchange_index)

    @_locked
    def set_market_status(self, ticker: str, status: str) -> Market:
        """Move a market through its lifecycle, with the exchange's side effects on resting orders.

        Pausing (`inactive`) cancels the orders that asked for `cancel_order_on_pause`; reactivating a paused
        market cancels **all** its resting orders (Market lifecycle page); closing cancels them all too.
        """
        if status not in MARKET_STATUSES:
            raise errors.invalid_parameters(f"status must be one of {', '.join(MARKET_STATUSES)}")
        market = self._market(ticker)
        now = self.now()
        previous = market.status
        if status == "inactive":
            for order in self.resting_orders(ticker=ticker):
                if order.cancel_order_on_pause:
                    self._cancel(order, now)
        elif (status == "active" and previous == "inactive") or status in CLOSED_STATUSES:
            for order in self.resting_orders(ticker=ticker):
                self._cancel(order, now)
        market.status = _status(status)
        market.updated_ts = now
        return market

    @_locked
    def set_trading_active(self, exchange_index: int, active: bool) -> Shard:
        """Pause or resume trading on a shard; a pause cancels the orders flagged `cancel_order_on_pause`."""
        self._check_shard(exchange_index)
        shard = self.shards[exchange_index]
        if shard.trading_active and not active:
            now = self.now()
            for order in self.resting_orders():
                if order.exchange_index == exchange_index and order.cancel_order_on_pause:
                    self._cancel(order, now)
        shard.trading_active = active
        return shard

    def position(self, member_id: str, ticker: str, subaccount: int = 0) -> Position:
        """The member's position record in a market (created empty on first use)."""
        key = (member_id, subaccount, ticker)
        pos = self.positions.get(key)
        if pos is None:
            shard = self.markets[ticker].exchange_index
            pos = self.positions[key] = Position(
                member_id, ticker, subaccount, shard, last_updated_ts=self.now()
            )
        return pos

    # -- money -----------------------------------------------------------------------------------

    def _scoped_accounts(self, member_id: str, subaccount: int, exchange_index: int | None) -> list[Account]:
        return [
            a
            for a in self.accounts_of(member_id, subaccount)
            if exchange_index is None or a.exchange_index == exchange_index
        ]

    @_locked
    def cash(self, member_id: str, subaccount: int = 0, exchange_index: int | None = None) -> Decimal:
        return sum((a.cash for a in self._scoped_accounts(member_id, subaccount, exchange_index)), ZERO)

    @_locked
    def reserved(self, member_id: str, subaccount: int = 0, exchange_index: int | None = None) -> Decimal:
        """Funds held by the resting orders of a subaccount (on one shard, or all)."""
        self._expire(self.now())
        resting = [
            o
            for o in self.resting_orders(member_id)
            if o.subaccount == subaccount and (exchange_index is None or o.exchange_index == exchange_index)
        ]
        return self._reservation(member_id, subaccount, resting, {})

    @_locked
    def balance(self, member_id: str, subaccount: int = 0, exchange_index: int | None = None) -> Decimal:
        """Available cash: what `GET /portfolio/balance` reports."""
        return self.cash(member_id, subaccount, exchange_index) - self.reserved(
            member_id, subaccount, exchange_index
        )

    @_locked
    def portfolio_value(
        self, member_id: str, subaccount: int = 0, exchange_index: int | None = None
    ) -> Decimal:
        """Held contracts marked at each market's last trade price (NO at 1 − last)."""
        total = ZERO
        for (owner, sub, ticker), pos in self.positions.items():
            market = self.markets[ticker]
            if owner != member_id or sub != subaccount:
                continue
            if exchange_index is not None and market.exchange_index != exchange_index:
                continue
            total += pos.yes_count * market.last_price + pos.no_count * (ONE - market.last_price)
        return total

    def _fee_reserve(self, order: Order) -> Decimal:
        """What a resting order may still pay in fees as a maker: its maker fee, plus one step of the
        member's balance precision when its fills can need a rounding fee (fractional fills, or amounts
        finer than the precision)."""
        market = self.markets[order.ticker]
        series = self.series[market.series_ticker]
        precision = self.members[order.member_id].precision
        reserve = ZERO
        if series.fee_type in MAKER_FEE_TYPES:
            reserve += trade_fee(order.remaining_count, order.price, MAKER_RATE, series.fee_multiplier)
        amount = order.remaining_count * order.own_price(order.price)
        if market.fractional_trading_enabled or amount % precision != 0 or reserve % precision != 0:
            reserve += precision
        return reserve

    def _reservation(
        self,
        member_id: str,
        subaccount: int,
        resting: Iterable[Order],
        nets: Mapping[str, Decimal],
    ) -> Decimal:
        """What the resting orders would cost (and pay in maker fees), minus what would close held contracts."""
        by_leg: dict[tuple[str, BookSide], list[Order]] = {}
        for order in resting:
            by_leg.setdefault((order.ticker, order.book_side), []).append(order)
        total = ZERO
        for (ticker, side), orders in by_leg.items():
            net = nets[ticker] if ticker in nets else self._net(member_id, subaccount, ticker)
            closable = max(ZERO, -net) if side == "bid" else max(ZERO, net)
            for order in sorted(orders, key=lambda o: o.priority):
                covered = min(order.remaining_count, closable)
                closable -= covered
                own_price = order.price if side == "bid" else ONE - order.price
                total += (order.remaining_count - covered) * own_price + self._fee_reserve(order)
        return total

    def _net(self, member_id: str, subaccount: int, ticker: str) -> Decimal:
        pos = self.positions.get((member_id, subaccount, ticker))
        return pos.net if pos is not None else ZERO

    # -- queries ---------------------------------------------------------------------------------

    def resting_orders(self, member_id: str | None = None, ticker: str | None = None) -> list[Order]:
        """Resting orders in time priority, optionally for one member and/or market."""
        books = [self._book[ticker]] if ticker is not None else list(self._book.values())
        out = [o for book in books for o in book if member_id is None or o.member_id == member_id]
        return sorted(out, key=lambda o: o.priority)

    @_locked
    def member_orders(self, member_id: str, subaccount: int | None = None) -> list[Order]:
        """A member's orders (one subaccount, or all), newest first."""
        self._expire(self.now())
        return sorted(
            (
                o
                for o in self.orders.values()
                if o.member_id == member_id and (subaccount is None or o.subaccount == subaccount)
            ),
            key=lambda o: -o.seq,
        )

    @_locked
    def get_order(self, member_id: str, order_id: str) -> Order:
        """One of the member's orders, on any subaccount and shard (`GET /portfolio/orders/{id}`)."""
        self._expire(self.now())
        order = self.orders.get(order_id)
        if order is None or order.member_id != member_id:
            raise errors.not_found()
        return order

    @_locked
    def member_fills(self, member_id: str, subaccount: int | None = None) -> list[Fill]:
        """The member's fills (one subaccount, or all), newest first."""
        return sorted(
            (
                f
                for f in self.fills
                if f.member_id == member_id and (subaccount is None or f.subaccount == subaccount)
            ),
            key=lambda f: -f.seq,
        )

    @_locked
    def member_positions(self, member_id: str, subaccount: int = 0) -> list[Position]:
        """Every market the subaccount has traded or quoted in, by ticker."""
        self._expire(self.now())
        return sorted(
            (p for (owner, sub, _), p in self.positions.items() if owner == member_id and sub == subaccount),
            key=lambda p: p.ticker,
        )

    @_locked
    def member_settlements(self, member_id: str, subaccount: int | None = None) -> list[Settlement]:
        """The member's settlements (one subaccount, or all), newest first."""
        return sorted(
            (
                s
                for s in self.settlements
                if s.member_id == member_id and (subaccount is None or s.subaccount == subaccount)
            ),
            key=lambda s: -s.seq,
        )

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
        """Aggregated depth per YES price, best first: `{"bids": [(price, count)], "asks": [...]}`."""
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

    @_locked
    def open_interest(self, ticker: str) -> Decimal:
        """Contracts outstanding: every YES held (each is matched by a NO somewhere)."""
        return sum((p.yes_count for (_, _, t), p in self.positions.items() if t == ticker), ZERO)

    # -- routing ---------------------------------------------------------------------------------

    def route(self, exchange_index: int | None, market_ticker: str | None) -> int:
        """The shard a write naming an existing order goes to.

        `exchange_index` (not -1) wins; else the shard of `market_ticker`; else shard 0 — without either, an
        order on another shard cannot be found.
        """
        if exchange_index is not None and exchange_index != -1:
            self._check_shard(exchange_index)
            return exchange_index
        if market_ticker:
            return self._market(market_ticker).exchange_index
        if exchange_index == -1:
            raise errors.invalid_parameters("market_ticker is required to auto-route (exchange_index -1)")
        return 0

    def _routed(self, member_id: str, order_id: str, subaccount: int, shard: int) -> Order:
        """The member's order on that subaccount and shard, resting, or 404 (the shard does not know it)."""
        order = self.orders.get(order_id)
        if (
            order is None
            or order.member_id != member_id
            or order.subaccount != subaccount
            or order.exchange_index != shard
            or order.status != "resting"
        ):
            raise errors.not_found()
        return order

    # -- placing ---------------------------------------------------------------------------------

    @_locked
    def place_order(self, member_id: str, request: OrderRequest) -> Order:
        """Validate, match and (for good-till-canceled) rest one order; see the module docstring."""
        now = self.now()
        self._expire(now)
        self._member(member_id)
        self.check_subaccount(member_id, request.subaccount)
        market = self._market(request.ticker)
        if request.exchange_index not in (None, -1):
            self._check_shard(request.exchange_index)
            if request.exchange_index != market.exchange_index:
                raise errors.market_not_found(request.ticker)  # that shard does not list the market
        shard = market.exchange_index
        self._account(member_id, request.subaccount, shard)
        self._tradable(market)
        self._check_price(market, request.price)
        self._check_count(market, request.count)
        if request.reduce_only and request.time_in_force != "immediate_or_cancel":
            raise errors.invalid_parameters("reduce_only orders must be immediate_or_cancel")
        if request.expiration_ts is not None:
            if request.time_in_force != "good_till_canceled":
                raise errors.invalid_parameters("expiration_time is only allowed with good_till_canceled")
            if not now < request.expiration_ts <= _LATEST_EXPIRATION:
                raise errors.invalid_parameters("expiration_time must be a Unix time in the future")
        if (
            request.client_order_id is not None
            and (member_id, request.client_order_id) in self._client_order_ids
        ):
            raise errors.order_already_exists()
        group = self._usable_group(member_id, request.order_group_id, request.subaccount, shard)
        if request.post_only and self._would_cross(request.ticker, request.book_side, request.price):
            raise errors.invalid_order("post only cross")

        seq = self._next_seq()
        side, action = _phrasing(request)
        order = Order(
            order_id=self.new_id(),
            member_id=member_id,
            ticker=request.ticker,
            exchange_index=shard,
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
        if request.reduce_only:
            # "the order place count is capped by the member's current position" (official schema).
            net = self._net(member_id, request.subaccount, request.ticker)
            closable = max(ZERO, -net) if request.book_side == "bid" else max(ZERO, net)
            order.remaining_count = min(order.remaining_count, closable)
        plan = self._plan(order, now, request.buy_max_cost)
        killed = order.time_in_force == "fill_or_kill" and plan.filled < order.initial_count
        if not killed:
            self._check_funds(order, plan)
        self.orders[order.order_id] = order
        self.position(member_id, order.ticker, order.subaccount)
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

    def _check_price(self, market: Market, price: Decimal) -> None:
        if not on_grid(price, market.price_ranges):
            raise errors.invalid_price(
                f"price {price} is not on the {market.price_level_structure} grid of market {market.ticker}"
            )

    def _check_count(self, market: Market, count: Decimal, name: str = "count") -> None:
        if count <= 0 or count > MAX_ORDER_COUNT:
            raise errors.invalid_parameters(f"{name} must be between 0.01 and {MAX_ORDER_COUNT}")
        if count % market.count_step != 0:
            raise errors.invalid_parameters(
                f"{name} {count} is fractional but market {market.ticker} trades whole contracts only"
                if market.count_step == ONE
                else f"{name} must be a multiple of 0.01 contracts"
            )

    def _usable_group(
        self, member_id: str, group_id: str | None, subaccount: int, shard: int
    ) -> OrderGroup | None:
        if group_id is None:
            return None
        group = self.order_groups.get(group_id)
        if (
            group is None
            or group.member_id != member_id
            or group.subaccount != subaccount
            or group.exchange_index != shard
        ):
            raise errors.not_found("order group not found")
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
        step = self.markets[order.ticker].count_step
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
                affordable = (budget / own_price / step).to_integral_value(rounding=ROUND_FLOOR) * step
                take = min(take, affordable)
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

    def _fill_fee(self, order: Order, count: Decimal, price: Decimal, *, is_taker: bool) -> Decimal:
        market = self.markets[order.ticker]
        series = self.series[market.series_ticker]
        rate = fee_rate(series.fee_type, is_taker=is_taker)
        return trade_fee(count, price, rate, series.fee_multiplier) if rate > 0 else ZERO

    def _check_funds(self, order: Order, plan: _Plan, replacing: Order | None = None) -> None:
        """Refuse the order if its account's balance would go negative once it has traded and rested."""
        member = self._member(order.member_id)
        account = self._account(order.member_id, order.subaccount, order.exchange_index)
        held = self.positions.get((order.member_id, order.subaccount, order.ticker))
        scratch = (
            copy.deepcopy(held)
            if held is not None
            else Position(order.member_id, order.ticker, order.subaccount, order.exchange_index)
        )
        cash = account.cash
        accumulator = order.fee_accumulator
        for m in plan.matches:
            revenue = scratch.apply_trade(order.book_side, m.count, m.price)
            fee = apply_rounding(
                revenue, self._fill_fee(order, m.count, m.price, is_taker=True), accumulator, member.precision
            )
            accumulator = fee.carry
            cash += fee.cash_change
        leftover = order.remaining_count - plan.filled
        rests = order.time_in_force == "good_till_canceled" and not plan.stopped_by_self_trade
        dropped = {id(o) for o in plan.self_cancels}
        if replacing is not None:
            dropped.add(id(replacing))
        resting = [
            o
            for o in self.resting_orders(order.member_id)
            if id(o) not in dropped
            and o.subaccount == order.subaccount
            and o.exchange_index == order.exchange_index
        ]
        if rests and leftover > 0:
            pending = copy.copy(order)
            pending.remaining_count = leftover
            resting.append(pending)
        reserved = self._reservation(order.member_id, order.subaccount, resting, {order.ticker: scratch.net})
        if cash - reserved < 0:
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
            market.volume += m.count
            market.trades.append((now, m.count))
        if (
            order.remaining_count > 0
            and order.time_in_force == "good_till_canceled"
            and not (plan.stopped_by_self_trade)
        ):
            order.status = "resting"
            if not any(o is order for o in self._book[order.ticker]):
                self._book[order.ticker].append(order)
        else:
            order.remaining_count = ZERO
            order.status = "executed" if order.fill_count >= order.initial_count else "canceled"
        self._enforce_groups(now)

    def _fill(
        self, order: Order, count: Decimal, price: Decimal, trade_id: str, *, is_taker: bool, now: float
    ) -> None:
        member = self.members[order.member_id]
        account = self._account(order.member_id, order.subaccount, order.exchange_index)
        pos = self.position(order.member_id, order.ticker, order.subaccount)
        revenue = pos.apply_trade(order.book_side, count, price)
        fee = apply_rounding(
            revenue,
            self._fill_fee(order, count, price, is_taker=is_taker),
            order.fee_accumulator,
            member.precision,
        )
        order.fee_accumulator = fee.carry
        pos.fees_paid += fee.net_fee
        pos.last_updated_ts = now
        account.cash += fee.cash_change
        account.updated_ts = now
        self.fees_collected += fee.net_fee
        own_price = order.own_price(price)
        order.fill_count += count
        order.remaining_count -= count
        order.updated_ts = now
        if is_taker:
            order.taker_fill_cost += count * own_price
            order.taker_fees += fee.net_fee
        else:
            order.maker_fill_cost += count * own_price
            order.maker_fees += fee.net_fee
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
                exchange_index=order.exchange_index,
                subaccount=order.subaccount,
                book_side=order.book_side,
                side=order.side,
                action=order.action,
                count=count,
                yes_price=price,
                is_taker=is_taker,
                trade_fee=fee.trade_fee,
                rounding_fee=fee.rounding_fee,
                rebate=fee.rebate,
                created_ts=now,
                seq=self._next_seq(),
            )
        )

    # -- changing and cancelling -----------------------------------------------------------------

    def _cancel(self, order: Order, now: float) -> Decimal:
        reduced = order.remaining_count
        order.remaining_count = ZERO
        order.status = "canceled"
        order.updated_ts = now
        self._book[order.ticker].remove(order)
        return reduced

    def _not_closed(self, order: Order) -> None:
        """Past close every order operation is refused, cancels included (paused markets still cancel)."""
        market = self.markets[order.ticker]
        if market.closed:
            raise errors.market_inactive(market.ticker, market.status)

    @_locked
    def cancel_order(
        self,
        member_id: str,
        order_id: str,
        *,
        subaccount: int = 0,
        exchange_index: int | None = None,
        market_ticker: str | None = None,
    ) -> tuple[Order, Decimal]:
        """Cancel a resting order on the routed shard; returns it and how many contracts came off the book."""
        now = self.now()
        self._expire(now)
        shard = self.route(exchange_index, market_ticker)
        order = self._routed(member_id, order_id, subaccount, shard)
        self._not_closed(order)
        return order, self._cancel(order, now)

    @_locked
    def cancel_order_anywhere(self, member_id: str, order_id: str) -> tuple[Order, Decimal]:
        """The legacy cancel (2025 wire), from before shards were visible: finds the order wherever it is."""
        now = self.now()
        self._expire(now)
        order = self.orders.get(order_id)
        if order is None or order.member_id != member_id or order.status != "resting":
            raise errors.not_found()
        self._not_closed(order)
        return order, self._cancel(order, now)

    @_locked
    def cancel_all_orders(self, member_id: str, subaccount: int | None = None) -> list[Order]:
        """Cancel every resting order of the member on every shard (one subaccount, or all)."""
        now = self.now()
        self._expire(now)
        cancelled = [
            o
            for o in self.resting_orders(member_id)
            if (subaccount is None or o.subaccount == subaccount) and not self.markets[o.ticker].closed
        ]
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
        subaccount: int = 0,
        exchange_index: int | None = None,
        market_ticker: str | None = None,
    ) -> tuple[Order, Decimal]:
        """Shrink a resting order in place (it keeps its queue position); to zero it is cancelled."""
        now = self.now()
        self._expire(now)
        if (reduce_by is None) == (reduce_to is None):
            raise errors.invalid_parameters("exactly one of reduce_by and reduce_to is required")
        shard = self.route(exchange_index, market_ticker)
        order = self._routed(member_id, order_id, subaccount, shard)
        self._not_closed(order)
        market = self.markets[order.ticker]
        if reduce_by is not None:
            self._check_count(market, reduce_by, "reduce_by")
            target = max(ZERO, order.remaining_count - reduce_by)
        else:
            assert reduce_to is not None
            if reduce_to < 0 or reduce_to % market.count_step != 0:
                raise errors.invalid_parameters("reduce_to must be a count the market accepts, >= 0")
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
        expiration_ts: int | None = _UNSET,
        subaccount: int = 0,
        exchange_index: int | None = None,
        ticker: str | None = None,
        side: BookSide | None = None,
        client_order_id: str | None = None,
    ) -> AmendResult:
        """Change price, total count (filled + wanted remaining) and/or expiry of a resting order.

        Routes by `ticker` (or `exchange_index`). Shrinking or an expiry-only change at the same price keeps
        the queue position; any other change goes to the back of the queue and may trade at once.
        `expiration_ts=0` removes the expiry; leaving it out keeps it.
        """
        now = self.now()
        self._expire(now)
        shard = self.route(exchange_index, ticker)
        order = self._routed(member_id, order_id, subaccount, shard)
        if (ticker is not None and ticker != order.ticker) or (side is not None and side != order.book_side):
            raise errors.invalid_order("ticker and side must match the order being amended")
        if client_order_id is not None and client_order_id != order.client_order_id:
            raise errors.invalid_order("client_order_id does not match the order being amended")
        market = self.markets[order.ticker]
        self._tradable(market)
        new_price = order.price if price is None else price
        new_total = order.initial_count if count is None else count
        self._check_price(market, new_price)
        self._check_count(market, new_total)
        new_expiry = order.expiration_ts
        if expiration_ts is not _UNSET:
            new_expiry = expiration_ts if expiration_ts else None
            if new_expiry is not None and not now < new_expiry <= _LATEST_EXPIRATION:
                raise errors.invalid_parameters("expiration_time must be 0 or a Unix time in the future")
        if new_total <= order.fill_count:
            raise errors.invalid_parameters("count must exceed the contracts already filled")
        if (
            updated_client_order_id is not None
            and updated_client_order_id != order.client_order_id
            and (member_id, updated_client_order_id) in self._client_order_ids
        ):
            raise errors.order_already_exists()
        before = copy.copy(order)
        mark = len(self.fills)
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
        order.expiration_ts = new_expiry
        if updated_client_order_id is not None and updated_client_order_id != order.client_order_id:
            order.client_order_id = updated_client_order_id
            self._client_order_ids[(member_id, updated_client_order_id)] = order.order_id
        order.updated_ts = now
        fills = [f for f in self.fills[mark:] if f.order_id == order.order_id]
        resized = bool(fills) or order.remaining_count != before.remaining_count
        return AmendResult(before, order, fills, resized)

    def _expire(self, now: float) -> None:
        """Cancel resting orders whose `expiration_time` has passed (done lazily, on every call)."""
        for order in self.resting_orders():
            if order.expiration_ts is not None and order.expiration_ts <= now:
                self._cancel(order, now)

    # -- order groups ----------------------------------------------------------------------------

    @_locked
    def create_order_group(
        self, member_id: str, contracts_limit: Decimal, *, subaccount: int = 0, exchange_index: int = 0
    ) -> OrderGroup:
        """A group with a rolling 15-second contracts limit, on one subaccount and shard."""
        self._member(member_id)
        self.check_subaccount(member_id, subaccount)
        self._check_shard(exchange_index)
        _check_group_limit(contracts_limit)
        group = OrderGroup(
            self.new_id(), member_id, contracts_limit, self._next_seq(), subaccount, exchange_index
        )
        self.order_groups[group.group_id] = group
        return group

    @_locked
    def member_order_groups(self, member_id: str, subaccount: int | None = None) -> list[OrderGroup]:
        self._enforce_groups(self.now())
        return sorted(
            (
                g
                for g in self.order_groups.values()
                if g.member_id == member_id and (subaccount is None or g.subaccount == subaccount)
            ),
            key=lambda g: g.seq,
        )

    @_locked
    def get_order_group(self, member_id: str, group_id: str, subaccount: int | None = None) -> OrderGroup:
        """A group of the member (on one subaccount, or any), whatever its shard."""
        self._enforce_groups(self.now())
        group = self.order_groups.get(group_id)
        if group is None or group.member_id != member_id or subaccount not in (None, group.subaccount):
            raise errors.not_found()
        return group

    def _routed_group(
        self, member_id: str, group_id: str, subaccount: int, exchange_index: int
    ) -> OrderGroup:
        """Group writes go to `exchange_index` (default 0): a group elsewhere is not found there."""
        self._check_shard(exchange_index)
        group = self.order_groups.get(group_id)
        if (
            group is None
            or group.member_id != member_id
            or group.subaccount != subaccount
            or group.exchange_index != exchange_index
        ):
            raise errors.not_found()
        return group

    @_locked
    def delete_order_group(
        self, member_id: str, group_id: str, *, subaccount: int = 0, exchange_index: int = 0
    ) -> None:
        """Remove the group and cancel its resting orders."""
        group = self._routed_group(member_id, group_id, subaccount, exchange_index)
        self._cancel_group_orders(group, self.now())
        del self.order_groups[group_id]

    @_locked
    def reset_order_group(
        self, member_id: str, group_id: str, *, subaccount: int = 0, exchange_index: int = 0
    ) -> None:
        """Clear the triggered state and the rolling volume, so orders can be placed again."""
        group = self._routed_group(member_id, group_id, subaccount, exchange_index)
        group.triggered = False
        group.matched.clear()

    @_locked
    def trigger_order_group(
        self, member_id: str, group_id: str, *, subaccount: int = 0, exchange_index: int = 0
    ) -> None:
        """Trigger now: cancel the group's orders and refuse new ones until it is reset."""
        group = self._routed_group(member_id, group_id, subaccount, exchange_index)
        group.triggered = True
        self._cancel_group_orders(group, self.now())

    @_locked
    def update_order_group_limit(
        self,
        member_id: str,
        group_id: str,
        contracts_limit: Decimal,
        *,
        subaccount: int = 0,
        exchange_index: int = 0,
    ) -> None:
        """A new rolling limit; one the last 15 seconds already reached triggers the group at once."""
        group = self._routed_group(member_id, group_id, subaccount, exchange_index)
        _check_group_limit(contracts_limit)
        group.contracts_limit = contracts_limit
        self._enforce_groups(self.now())

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

    # -- transfers -------------------------------------------------------------------------------

    @_locked
    def transfer(
        self,
        member_id: str,
        amount: Decimal,
        *,
        source_exchange_shard: int = 0,
        destination_exchange_shard: int = 0,
        source_subaccount: int = 0,
        destination_subaccount: int = 0,
        client_transfer_id: str | None = None,
    ) -> Transfer:
        """Move available cash between shards and/or subaccounts of one member (`amount` in dollars)."""
        member = self._member(member_id)
        for shard in (source_exchange_shard, destination_exchange_shard):
            self._check_shard(shard)
            if not self.shards[shard].intra_exchange_transfers_active:
                raise errors.invalid_order(f"intra-exchange transfers are paused on exchange index {shard}")
        for sub in (source_subaccount, destination_subaccount):
            self.check_subaccount(member_id, sub)
        if (source_exchange_shard, source_subaccount) == (destination_exchange_shard, destination_subaccount):
            raise errors.invalid_parameters("source and destination are the same account")
        if amount <= 0:
            raise errors.invalid_parameters("amount must be a positive number of centicents")
        if client_transfer_id is not None:
            if source_subaccount or destination_subaccount:
                raise errors.invalid_parameters("client_transfer_id is only supported for primary accounts")
            previous = self._client_transfer_ids.get((member_id, client_transfer_id))
            if previous is not None:
                same = (
                    previous.amount,
                    previous.source_exchange_shard,
                    previous.destination_exchange_shard,
                ) == (amount, source_exchange_shard, destination_exchange_shard)
                if not same:
                    raise errors.ExchangeError(
                        409,
                        "transfer_already_exists",
                        "transfer already exists",
                        "client_transfer_id was used",
                    )
                return previous
        source = self._account(member_id, source_subaccount, source_exchange_shard)
        if self.balance(member_id, source_subaccount, source_exchange_shard) < amount:
            raise errors.insufficient_balance()
        now = self.now()
        source.cash -= amount
        source.updated_ts = now
        self._open_account(member, destination_subaccount, destination_exchange_shard, amount)
        record = Transfer(
            self.new_id(),
            member_id,
            source_exchange_shard,
            destination_exchange_shard,
            source_subaccount,
            destination_subaccount,
            amount,
            now,
            client_transfer_id,
        )
        self.transfers.append(record)
        if client_transfer_id is not None:
            self._client_transfer_ids[(member_id, client_transfer_id)] = record
        return record

    # -- settlement ------------------------------------------------------------------------------

    @_locked
    def settle_market(
        self, ticker: str, result: str, *, finalize: bool = True, value_known: bool = True
    ) -> list[Settlement]:
        """Determine a market (cancel its orders, set the result); finalized, it pays $1 per winning contract.

        `value_known=False` records settlements whose `value` the wire reports as null.
        """
        if result not in ("yes", "no"):
            raise errors.invalid_parameters("result must be yes or no")
        outcome: Outcome = "yes" if result == "yes" else "no"
        now = self.now()
        market = self._market(ticker)
        if market.settled:
            raise errors.market_inactive(ticker, market.status)
        for order in self.resting_orders(ticker=ticker):
            self._cancel(order, now)
        market.result = outcome
        market.updated_ts = now
        if not finalize:
            market.status = "determined"
            return []
        recorded: list[Settlement] = []
        for (member_id, sub, pos_ticker), pos in sorted(self.positions.items()):
            if pos_ticker != ticker:
                continue
            yes_count, no_count = pos.yes_count, pos.no_count
            yes_cost, no_cost = pos.yes_cost, pos.no_cost
            payout = pos.settle(outcome)
            pos.last_updated_ts = now
            if yes_count == 0 and no_count == 0:
                continue
            account = self._account(member_id, sub, market.exchange_index)
            account.cash += payout
            account.updated_ts = now
            settlement = Settlement(
                member_id=member_id,
                subaccount=sub,
                exchange_index=market.exchange_index,
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
                value_known=value_known,
            )
            self.settlements.append(settlement)
            recorded.append(settlement)
        market.status = "finalized"
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
                    "series_ticker": market.series_ticker,
                    "title": market.title,
                    "status": market.status,
                    "result": market.result,
                    "exchange_index": market.exchange_index,
                    "price_level_structure": market.price_level_structure,
                    "fractional_trading_enabled": market.fractional_trading_enabled,
                    "last_price": f"{market.last_price:f}",
                    "bids": [[f"{p:f}", f"{c:.2f}"] for p, c in depth["bids"]],
                    "asks": [[f"{p:f}", f"{c:.2f}"] for p, c in depth["asks"]],
                }
            )
        return out


def _check_era(era: str) -> WireEra:
    if era == "2025":
        return "2025"
    if era == "2026":
        return "2026"
    raise ValueError(f"wire_era must be one of {WIRE_ERAS}, not {era!r}")


def _status(status: str) -> MarketStatus:
    for known in MARKET_STATUSES:
        if known == status:
            return known
    raise ValueError(status)


def _check_group_limit(limit: Decimal) -> None:
    if not Decimal("0.01") <= limit <= MAX_ORDER_COUNT or limit % Decimal("0.01") != 0:
        raise errors.invalid_parameters(
            "contracts_limit must be from 1 (0.01 with contracts_limit_fp) to 1000000"
        )


def _crosses(side: BookSide, price: Decimal, resting_price: Decimal) -> bool:
    return resting_price <= price if side == "bid" else resting_price >= price


def _phrasing(request: OrderRequest) -> tuple[Outcome, Literal["buy", "sell"]]:
    """The deprecated legacy pair an order is echoed with.

    Legacy orders keep the yes/no + buy/sell they were placed with. A V2 order is a bid or an ask on the YES
    book, so it reads as buy YES (bid) or sell YES (ask) — and its `outcome_side` (exposure) is then `yes`
    or `no`: never pair `outcome_side` with `action`.
    """
    if request.side is not None and request.action is not None:
        return request.side, request.action
    return ("yes", "buy") if request.book_side == "bid" else ("yes", "sell")
