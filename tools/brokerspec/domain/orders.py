"""Kalshi orders as people think of them, and their exact V2 wire form.

People (and agents) say "buy 10 NO at 30 cents". Since the 2026 V2 order endpoints, Kalshi only
takes orders on the YES book: a `side` of `bid`/`ask` and a YES price. The translation between
the two is the step most often got wrong, so it lives here, once, with nothing else in the way:

    buy  YES at p  ->  bid at p          sell YES at p  ->  ask at p
    buy  NO  at p  ->  ask at (1 - p)    sell NO  at p  ->  bid at (1 - p)

Everything is Decimal; counts and prices go on the wire as fixed-point strings ("10.00", "0.5600")
because the V2 endpoints answer JSON numbers with a 400.
"""

from __future__ import annotations

import uuid
from decimal import ROUND_CEILING, Decimal
from typing import Any, Literal

import attrs

from brokerspec.domain.money import decimal_text

__all__ = [
    "ORDER_TICK_DOLLARS",
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
    "new_client_order_id",
    "taker_fee",
    "to_book",
    "to_v2_body",
    "worst_case_breakdown",
    "worst_case_cost",
]

Action = Literal["buy", "sell"]
Side = Literal["yes", "no"]
BookSide = Literal["bid", "ask"]
TimeInForce = Literal["good_till_canceled", "immediate_or_cancel", "fill_or_kill"]
SelfTradePrevention = Literal["taker_at_cross", "maker"]

#: Price grid of the orders we send (Kalshi answers `invalid_price` off the market's tick).
ORDER_TICK_DOLLARS = Decimal("0.01")
#: Kalshi's taker fee coefficient: fee = rate x contracts x P x (1 - P), rounded up to $0.0001.
TAKER_FEE_RATE = Decimal("0.07")

_ONE = Decimal(1)
_MIN_PRICE = Decimal("0.01")
_MAX_PRICE = Decimal("0.99")
_FEE_QUANTUM = Decimal("0.0001")
_WIRE_PRICE_QUANTUM = Decimal("0.0001")
_WIRE_COUNT_QUANTUM = Decimal("0.01")
_CLIENT_ORDER_ID_PREFIX = "bs-"


class InvalidOrder(ValueError):
    """An order intent that Kalshi would reject, or that cannot be expressed safely on the wire."""


# --- validation helpers --------------------------------------------------------------------------


def _to_price(value: Decimal | str) -> Decimal:
    """Accept Decimal or a decimal string; refuse floats, which cannot say 0.3 exactly."""
    if isinstance(value, Decimal):
        price = value
    elif isinstance(value, str):
        try:
            price = Decimal(value.strip())
        except ArithmeticError as exc:
            raise InvalidOrder(f"price_dollars {value!r} is not a decimal number") from exc
    else:
        raise InvalidOrder(
            f"price_dollars must be a Decimal or a decimal string, not {type(value).__name__} "
            "(floats cannot represent cent prices exactly)"
        )
    if not price.is_finite():
        raise InvalidOrder(f"price_dollars {value!r} is not a finite number")
    return price


def _check_price(_inst: object, _attr: object, price: Decimal) -> None:
    if not (_MIN_PRICE <= price <= _MAX_PRICE):
        raise InvalidOrder(f"price_dollars {price} is outside [0.01, 0.99]")
    if price % ORDER_TICK_DOLLARS != 0:
        raise InvalidOrder(f"price_dollars {price} is not on the $0.01 tick")


def _check_count(_inst: object, _attr: object, count: int) -> None:
    if isinstance(count, bool) or not isinstance(count, int):
        raise InvalidOrder(f"count must be a whole number of contracts, not {count!r}")
    if count < 1:
        raise InvalidOrder(f"count must be at least 1, not {count}")


def _check_ticker(_inst: object, _attr: object, ticker: str) -> None:
    if not isinstance(ticker, str) or not ticker or any(c.isspace() for c in ticker):
        raise InvalidOrder(f"ticker {ticker!r} must be a non-empty string without whitespace")


def _check_optional_id(_inst: object, attr: attrs.Attribute[Any], value: str | None) -> None:
    if value is not None and (not isinstance(value, str) or not value.strip()):
        raise InvalidOrder(f"{attr.name} must be a non-empty string when given")


def _one_of(*allowed: str) -> Any:
    def check(_inst: object, attr: attrs.Attribute[Any], value: object) -> None:
        if value not in allowed:
            raise InvalidOrder(f"{attr.name} must be one of {', '.join(allowed)}; got {value!r}")

    return check


# --- the intent ------------------------------------------------------------------------------------


@attrs.frozen
class OrderIntent:
    """An order in the words a person uses: action, outcome side, contracts, and a price for that side.

    `price_dollars` is the limit price of the chosen side (a NO price for `side="no"`), in dollars.
    """

    ticker: str = attrs.field(validator=_check_ticker)
    action: Action = attrs.field(validator=_one_of("buy", "sell"))
    side: Side = attrs.field(validator=_one_of("yes", "no"))
    count: int = attrs.field(validator=_check_count)
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
    count: int
    yes_price_dollars: Decimal


def to_book(intent: OrderIntent) -> BookOrder:
    """Map (action, outcome side, side price) onto the YES book.

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
        "count": decimal_text(Decimal(book.count), _WIRE_COUNT_QUANTUM),
        "price": decimal_text(book.yes_price_dollars, _WIRE_PRICE_QUANTUM),
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
    return body


def describe_mapping(intent: OrderIntent) -> str:
    """One line a human can check: the order as asked, then as it will be sent."""
    book = to_book(intent)
    asked = decimal_text(intent.price_dollars, ORDER_TICK_DOLLARS)
    sent = decimal_text(book.yes_price_dollars, ORDER_TICK_DOLLARS)
    return (
        f"{intent.action} {intent.count} {intent.side.upper()} at ${asked} "
        f"→ {book.side} {book.count} on the YES book at ${sent}"
    )


# --- money -------------------------------------------------------------------------------------------


def taker_fee(count: int | Decimal, price: Decimal) -> Decimal:
    """Kalshi's taker fee for one fill: 0.07 x count x P x (1 - P), rounded up to $0.0001.

    P x (1 - P) is symmetric, so the YES price and the NO price of the same trade give the same fee.
    """
    contracts = Decimal(count)
    if contracts < 0:
        raise InvalidOrder(f"count must not be negative, not {count}")
    raw = TAKER_FEE_RATE * contracts * price * (_ONE - price)
    return raw.quantize(_FEE_QUANTUM, rounding=ROUND_CEILING)


@attrs.frozen
class CostBreakdown:
    """Worst-case cash an order can consume if fully filled at its limit, split so a preview can show it."""

    principal_dollars: Decimal
    fees_dollars: Decimal
    total_dollars: Decimal


def worst_case_breakdown(intent: OrderIntent) -> CostBreakdown:
    """The most cash the order can consume, in dollars (see `worst_case_cost`)."""
    p = intent.price_dollars
    per_contract = p if intent.action == "buy" else _ONE - p
    # Kalshi rounds each fill's fee up. With whole-contract fills, a fill of n contracts pays
    # ceil(n*f) <= n*ceil(f), so charging every contract the rounded single-contract fee bounds
    # the fees of any way the order can be split into fills.
    fee_per_contract = taker_fee(1, p)
    principal = per_contract * intent.count
    fees = fee_per_contract * intent.count
    return CostBreakdown(
        principal_dollars=principal.quantize(_FEE_QUANTUM),
        fees_dollars=fees.quantize(_FEE_QUANTUM),
        total_dollars=(principal + fees).quantize(_FEE_QUANTUM),
    )


def worst_case_cost(intent: OrderIntent) -> Decimal:
    """The most cash the order can consume if fully filled at its limit, taker fees included.

    Buying side X at p costs p per contract. Selling side X at p is, for someone holding none of X,
    opening the other side at (1 - p), so it costs (1 - p) per contract. Existing positions are
    deliberately *not* netted (we do not trust a possibly stale position to make an order look
    cheaper), so a sell that closes a position is over-estimated, never under-estimated; the same
    goes for `reduce_only`. Every contract is assumed to fill as a taker (maker fees are lower), and
    fills to be whole contracts. Price improvement cannot raise the cost: per contract,
    p + 0.07 p (1 - p) rises with p, so the limit is the worst fill.
    """
    return worst_case_breakdown(intent).total_dollars


def new_client_order_id() -> str:
    """A fresh, unique `client_order_id` (Kalshi keeps ids taken forever, even after a cancel)."""
    return f"{_CLIENT_ORDER_ID_PREFIX}{uuid.uuid4().hex}"
