"""Kalshi orders as people think of them, and their exact V2 wire form.

People (and agents) say "buy 10 NO at 30 cents". Since the 2026 V2 order endpoints, Kalshi only
takes orders on the YES book: a `side` of `bid`/`ask` and a YES price. The translation between
the two is the step most often got wrong, so it lives here, once, with nothing else in the way:

    buy  YES at p  ->  bid at p          sell YES at p  ->  ask at p
    buy  NO  at p  ->  ask at (1 - p)    sell NO  at p  ->  bid at (1 - p)

A V2 order cannot tell "sell 3 YES at 0.55" from "buy 3 NO at 0.45" (both are an ask at 0.55 with NO
exposure), so `describe_mapping` shows both readings (`domain.direction`).

The market allows (reference, "Fixed point"): counts of at least 0.01 with at most 2 decimals (whole
numbers where the market has no fractional trading, checked by `domain.market`), prices with at most 4
decimals strictly between 0 and 1 (the market's own grid is checked by `domain.market`). Everything is
Decimal; counts and prices go on the wire as fixed-point strings ("10.00", "0.5600") because the V2
endpoints answer JSON numbers with a 400. `reduce_only` is refused by Kalshi unless the order is
immediate-or-cancel, and `expiration_time` only goes with good-till-canceled: both are refused here first.
"""

from __future__ import annotations

import uuid
from decimal import Decimal
from typing import TYPE_CHECKING, Any, Literal

import attrs

from brokerspec.domain.direction import BookSide, Direction, OutcomeSide, count_text, direction
from brokerspec.domain.fees import (
    DIRECT_MEMBER_PRECISION,
    FRACTIONAL_FILL_UNIT,
    TAKER_RATE,
    UNKNOWN_FEES,
    FeeSchedule,
    Role,
    taker_fee,
    worst_case_charge,
)
from brokerspec.domain.money import CONTRACTS, DOLLARS, decimal_text

if TYPE_CHECKING:
    from brokerspec.domain.market import Market

__all__ = [
    "COUNT_QUANTUM",
    "PRICE_QUANTUM",
    "TAKER_FEE_RATE",
    "Action",
    "BookOrder",
    "BookSide",
    "CostBreakdown",
    "InvalidOrder",
    "OrderIntent",
    "SelfTradePrevention",
    "Side",
    "TimeInForce",
    "describe_mapping",
    "fill_unit_for",
    "new_client_order_id",
    "taker_fee",
    "to_book",
    "to_v2_body",
    "worst_case_breakdown",
    "worst_case_cost",
]

Action = Literal["buy", "sell"]
Side = OutcomeSide
TimeInForce = Literal["good_till_canceled", "immediate_or_cancel", "fill_or_kill"]
SelfTradePrevention = Literal["taker_at_cross", "maker"]

#: Finest price an order may carry (a market's grid may be coarser: `domain.market.price_on_grid`).
PRICE_QUANTUM = DOLLARS
#: Finest count an order may carry (whole contracts only on markets without fractional trading).
COUNT_QUANTUM = CONTRACTS
#: Kalshi's taker fee coefficient (kept here for callers; the fee rules live in `domain.fees`).
TAKER_FEE_RATE = TAKER_RATE

_ONE = Decimal(1)
_CLIENT_ORDER_ID_PREFIX = "bs-"


class InvalidOrder(ValueError):
    """An order intent that Kalshi would reject, or that cannot be expressed safely on the wire."""


# --- validation helpers --------------------------------------------------------------------------


def _exact(value: Decimal | int | str, name: str, *, allow_int: bool) -> Decimal:
    """Accept Decimal, a decimal string (or an int for counts); refuse floats, which cannot say 0.3 exactly."""
    if isinstance(value, bool):
        raise InvalidOrder(f"{name} must be a number, not {value!r}")
    if isinstance(value, Decimal):
        number = value
    elif isinstance(value, int) and allow_int:
        number = Decimal(value)
    elif isinstance(value, str):
        try:
            number = Decimal(value.strip())
        except ArithmeticError as exc:
            raise InvalidOrder(f"{name} {value!r} is not a decimal number") from exc
    else:
        kinds = "a Decimal, an int or a decimal string" if allow_int else "a Decimal or a decimal string"
        raise InvalidOrder(
            f"{name} must be {kinds}, not {type(value).__name__} (floats cannot represent prices exactly)"
        )
    if not number.is_finite():
        raise InvalidOrder(f"{name} {value!r} is not a finite number")
    return number


def _to_price(value: Decimal | str) -> Decimal:
    return _exact(value, "price_dollars", allow_int=False)


def _to_count(value: Decimal | int | str) -> Decimal:
    return _exact(value, "count", allow_int=True)


def _check_price(_inst: object, _attr: object, price: Decimal) -> None:
    if not (0 < price < 1):
        raise InvalidOrder(f"price_dollars {price} must be strictly between 0 and 1")
    if price != price.quantize(PRICE_QUANTUM):
        raise InvalidOrder(f"price_dollars {price} has more than 4 decimals")


def _check_count(_inst: object, _attr: object, count: Decimal) -> None:
    if count < COUNT_QUANTUM:
        raise InvalidOrder(f"count must be at least {COUNT_QUANTUM} contract, not {count}")
    if count != count.quantize(COUNT_QUANTUM):
        raise InvalidOrder(f"count {count} has more than 2 decimals")


def _check_ticker(_inst: object, _attr: object, ticker: str) -> None:
    if not isinstance(ticker, str) or not ticker or any(c.isspace() for c in ticker):
        raise InvalidOrder(f"ticker {ticker!r} must be a non-empty string without whitespace")


def _check_optional_id(_inst: object, attr: attrs.Attribute[Any], value: str | None) -> None:
    if value is not None and (not isinstance(value, str) or not value.strip()):
        raise InvalidOrder(f"{attr.name} must be a non-empty string when given")


def _check_subaccount(_inst: object, _attr: object, value: int) -> None:
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= 63:
        raise InvalidOrder(f"subaccount must be an integer 0-63 (0 is the primary account), not {value!r}")


def _one_of(*allowed: str) -> Any:
    def check(_inst: object, attr: attrs.Attribute[Any], value: object) -> None:
        if value not in allowed:
            raise InvalidOrder(f"{attr.name} must be one of {', '.join(allowed)}; got {value!r}")

    return check


# --- the intent ------------------------------------------------------------------------------------


@attrs.frozen
class OrderIntent:
    """An order in the words a person uses: action, outcome side, contracts, and a price for that side.

    `price_dollars` is the limit price of the chosen side (a NO price for `side="no"`), in dollars; `count`
    is a Decimal (an int is accepted and converted).
    """

    ticker: str = attrs.field(validator=_check_ticker)
    action: Action = attrs.field(validator=_one_of("buy", "sell"))
    side: Side = attrs.field(validator=_one_of("yes", "no"))
    count: Decimal = attrs.field(converter=_to_count, validator=_check_count)
    price_dollars: Decimal = attrs.field(converter=_to_price, validator=_check_price)
    time_in_force: TimeInForce = attrs.field(
        default="good_till_canceled",
        validator=_one_of("good_till_canceled", "immediate_or_cancel", "fill_or_kill"),
    )
    post_only: bool = attrs.field(default=False, validator=attrs.validators.instance_of(bool))
    reduce_only: bool = attrs.field(default=False, validator=attrs.validators.instance_of(bool))
    expiration_time: int | None = attrs.field(default=None)
    order_group_id: str | None = attrs.field(default=None, validator=_check_optional_id)
    self_trade_prevention_type: SelfTradePrevention = attrs.field(
        default="taker_at_cross", validator=_one_of("taker_at_cross", "maker")
    )
    client_order_id: str | None = attrs.field(default=None, validator=_check_optional_id)
    #: 0 is the primary account, 1-63 subaccounts (Kalshi: absent means 0 on a create)
    subaccount: int = attrs.field(default=0, validator=_check_subaccount)
    #: cancel the resting order if trading on its exchange shard pauses
    cancel_order_on_pause: bool = attrs.field(default=False, validator=attrs.validators.instance_of(bool))

    @reduce_only.validator
    def _check_reduce_only(self, _attr: object, value: bool) -> None:
        if value and self.time_in_force != "immediate_or_cancel":
            raise InvalidOrder(
                "reduce_only orders must be immediate_or_cancel (Kalshi refuses them otherwise); "
                f"got time_in_force {self.time_in_force}"
            )

    @expiration_time.validator
    def _check_expiration(self, _attr: object, value: int | None) -> None:
        if value is None:
            return
        if isinstance(value, bool) or not isinstance(value, int) or value <= 0:
            raise InvalidOrder(f"expiration_time must be Unix seconds (a positive integer), not {value!r}")
        if self.time_in_force != "good_till_canceled":
            raise InvalidOrder("expiration_time only applies to good_till_canceled orders")


@attrs.frozen
class BookOrder:
    """The same order as Kalshi's V2 endpoints see it: a bid or an ask on the YES book."""

    side: BookSide
    count: Decimal
    yes_price_dollars: Decimal

    @property
    def direction(self) -> Direction:
        """book_side, outcome_side (the exposure) and both readings (`domain.direction`)."""
        return direction(book_side=self.side, yes_price=self.yes_price_dollars)

    @property
    def outcome_side(self) -> Side:
        """The exposure: `yes` for a bid, `no` for an ask."""
        return self.direction.outcome_side

    @property
    def cost_per_contract_dollars(self) -> Decimal:
        """What one contract of the exposure costs at the limit: the YES price for a bid, 1 - it for an ask."""
        return self.yes_price_dollars if self.side == "bid" else _ONE - self.yes_price_dollars


def to_book(intent: OrderIntent) -> BookOrder:
    """Map (action, outcome side, side price) onto the YES book, exactly (0.955 NO -> YES 0.045).

    Buying NO is the same trade as selling YES at the complementary price, and selling NO the same
    as buying YES, which is why NO orders flip both the book side and the price.
    """
    if intent.side == "yes":
        book_side: BookSide = "bid" if intent.action == "buy" else "ask"
        yes_price = intent.price_dollars
    else:
        book_side = "ask" if intent.action == "buy" else "bid"
        yes_price = _ONE - intent.price_dollars
    return BookOrder(side=book_side, count=intent.count, yes_price_dollars=yes_price)


def to_v2_body(intent: OrderIntent, client_order_id: str | None = None) -> dict[str, Any]:
    """The exact JSON body for `POST /portfolio/events/orders`.

    Every write carries a `client_order_id` (it is how a timed-out create is reconciled), so one
    must come from the argument or the intent; if both are given they must agree, because two ids
    for one order would make reconciliation ambiguous. Optional fields appear only when set.
    """
    if (
        client_order_id is not None
        and intent.client_order_id is not None
        and client_order_id != intent.client_order_id
    ):
        raise InvalidOrder(
            f"client_order_id {client_order_id!r} differs from the intent's {intent.client_order_id!r}"
        )
    coid = client_order_id if client_order_id is not None else intent.client_order_id
    if coid is None or not isinstance(coid, str) or not coid.strip():
        raise InvalidOrder("every write needs a client_order_id (see new_client_order_id())")

    book = to_book(intent)
    body: dict[str, Any] = {
        "ticker": intent.ticker,
        "side": book.side,
        "count": decimal_text(book.count, COUNT_QUANTUM),
        "price": decimal_text(book.yes_price_dollars, PRICE_QUANTUM),
        "time_in_force": intent.time_in_force,
        "self_trade_prevention_type": intent.self_trade_prevention_type,
        "client_order_id": coid,
    }
    if intent.expiration_time is not None:
        body["expiration_time"] = intent.expiration_time
    if intent.post_only:
        body["post_only"] = True
    if intent.reduce_only:
        body["reduce_only"] = True
    if intent.order_group_id is not None:
        body["order_group_id"] = intent.order_group_id
    if intent.cancel_order_on_pause:
        body["cancel_order_on_pause"] = True
    if intent.subaccount:
        body["subaccount"] = intent.subaccount
    return body


def describe_mapping(intent: OrderIntent) -> str:
    """One line a human can check: the order as asked, its other reading, and what is sent.

    `sell 3 YES at $0.55 ≡ buy 3 NO at $0.45 → ask 3 on the YES book at $0.5500 (book_side ask, outcome_side no)`
    """
    book = to_book(intent)
    buy, sell = book.direction.readings()
    asked, other = (buy, sell) if intent.action == "buy" else (sell, buy)
    return (
        f"{asked.text(intent.count)} ≡ {other.text(intent.count)} → {book.side} {count_text(book.count)} on the YES book at "
        f"${decimal_text(book.yes_price_dollars, PRICE_QUANTUM)} "
        f"(book_side {book.side}, outcome_side {book.outcome_side})"
    )


# --- money -------------------------------------------------------------------------------------------


@attrs.frozen
class CostBreakdown:
    """Worst-case cash an order can consume if fully filled at its limit, split so a preview can show it.

    `fees_dollars` is everything above the principal: trade fees and rounding fees at their worst.
    `notes` say what was assumed (an unknown fee schedule, fractional fills on an unknown market).
    """

    principal_dollars: Decimal
    fees_dollars: Decimal
    total_dollars: Decimal
    fill_unit: Decimal = FRACTIONAL_FILL_UNIT
    role: Role = "taker"
    notes: tuple[str, ...] = ()


def fill_unit_for(intent: OrderIntent, market: Market | None) -> Decimal:
    """The smallest fill to assume for `intent`: whole contracts only on a market that says so, for a whole count."""
    if market is None or intent.count != intent.count.to_integral_value():
        return FRACTIONAL_FILL_UNIT
    return market.fill_unit


def worst_case_breakdown(
    intent: OrderIntent,
    market: Market | None = None,
    *,
    precision: Decimal = DIRECT_MEMBER_PRECISION,
) -> CostBreakdown:
    """The most cash the order can consume, in dollars (see `worst_case_cost`).

    With `market`, its series' fees and its fractional flag are used; without, the conservative taker rate
    (multiplier 1) and fills as small as 0.01 contract. `precision` is the member's balance precision
    (`domain.fees`: $0.0001 for direct members, $0.01 otherwise).
    """
    schedule: FeeSchedule = UNKNOWN_FEES if market is None else market.fees
    role: Role = "maker" if intent.post_only else "taker"
    unit = fill_unit_for(intent, market)
    bound = worst_case_charge(
        intent.count,
        to_book(intent).cost_per_contract_dollars,
        schedule.rate(role),
        precision=precision,
        fill_unit=unit,
    )
    notes: list[str] = []
    if market is None:
        notes.append(
            "no market read: the series' fees are unknown, every fill is charged the taker rate 0.07"
        )
    elif schedule.note is not None:
        notes.append(schedule.note)
    if unit == FRACTIONAL_FILL_UNIT:
        notes.append("fills of 0.01 contract assumed possible: each pays its own rounded fee")
    return CostBreakdown(
        principal_dollars=bound.principal_dollars,
        fees_dollars=bound.fees_dollars.quantize(DOLLARS),
        total_dollars=bound.total_dollars.quantize(DOLLARS),
        fill_unit=unit,
        role=role,
        notes=tuple(notes),
    )


def worst_case_cost(
    intent: OrderIntent, market: Market | None = None, *, precision: Decimal = DIRECT_MEMBER_PRECISION
) -> Decimal:
    """The most cash the order can consume if fully filled at its limit, fees and rounding included.

    Buying side X at p costs p per contract. Selling side X at p is, for someone holding none of X,
    opening the other side at (1 - p), so it costs (1 - p) per contract. Existing positions are
    deliberately *not* netted (we do not trust a possibly stale position to make an order look
    cheaper), so a sell that closes a position is over-estimated, never under-estimated; the same
    goes for `reduce_only`. Every fill is charged the taker rate unless the order is post-only (then
    it can only make), fills may be as small as the market allows and each pays its own rounded trade
    fee and rounding fee; price improvement is covered too (`domain.fees.worst_case_charge` proves the
    bound). Refunds of the rounding accumulator are ignored: they only lower the cost.
    """
    return worst_case_breakdown(intent, market, precision=precision).total_dollars


def new_client_order_id() -> str:
    """A fresh, unique `client_order_id` (Kalshi keeps ids taken forever, even after a cancel)."""
    return f"{_CLIENT_ORDER_ID_PREFIX}{uuid.uuid4().hex}"
