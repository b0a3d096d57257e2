"""Kalshi order placement, V2 endpoints only (`/portfolio/events/orders...`; the legacy ones answer 410).

The order path is: `OrderIntent` -> the generated request model (`create_request`, `amend_request`) ->
the generated call -> the generated reply model -> a normalized ack (`acks`). No dict is built on the
way: the generated client serializes the request model itself. `create_request(intent).to_dict()` is
exactly `domain.orders.to_v2_body(intent)`, the body the preview token and the audit log carry (tested).

Counts and prices go out exactly as the intent holds them, or not at all: a count with more than 2
decimals or a price with more than 4 cannot be expressed on the wire and is refused before anything is
sent (never rounded). Whether the market takes fractional counts or a given price is the preview's check
(`domain.market`); Kalshi refuses the rest (`invalid_price`, `invalid_parameters`).

Changes to existing orders are in `changes.py`, order groups and transfers in `groups.py`.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from typing import TYPE_CHECKING

from brokerspec.brokers.kalshi import acks
from brokerspec.brokers.kalshi.calls import call, or_unset, success, translated
from brokerspec.brokers.kalshi.models import KalshiBatchCreateItem, KalshiOrderAck
from brokerspec.domain.money import CONTRACTS, DOLLARS, decimal_text
from brokerspec.domain.orders import InvalidOrder, OrderIntent, to_book

if TYPE_CHECKING:
    from brokerspec_kalshi import Client
    from brokerspec_kalshi.models import AmendOrderV2Request, CreateOrderV2Request

    from brokerspec.brokers.kalshi.routing import RouteBook

__all__ = ["KalshiWrites", "amend_request", "count_wire", "create_request", "price_wire"]


def _client_order_id(intent: OrderIntent) -> str:
    coid = intent.client_order_id
    if coid is None or not coid.strip():
        raise InvalidOrder("every write needs a client_order_id (see new_client_order_id())")
    return coid


def _exact(value: int | Decimal, quantum: Decimal, name: str, *, minimum: Decimal) -> Decimal:
    if isinstance(value, bool) or not isinstance(value, int | Decimal):
        raise InvalidOrder(f"{name} must be a Decimal or a whole number, not {value!r}")
    number = Decimal(value)
    if not number.is_finite() or number != number.quantize(quantum) or number < minimum:
        places = -int(quantum.as_tuple().exponent)
        raise InvalidOrder(f"{name} must be at least {minimum} with at most {places} decimals, not {value!r}")
    return number


def count_wire(value: int | Decimal, name: str = "count", *, minimum: Decimal = CONTRACTS) -> str:
    """A contract count as the V2 endpoints take it ("3.00", "2.50"): 2 decimals at most, never rounded."""
    return decimal_text(_exact(value, CONTRACTS, name, minimum=minimum), CONTRACTS)


def price_wire(value: Decimal, name: str = "price") -> str:
    """A YES price as the V2 endpoints take it ("0.5600", "0.0875"): strictly between 0 and 1, 4 decimals at most."""
    price = _exact(value, DOLLARS, name, minimum=DOLLARS)
    if price >= 1:
        raise InvalidOrder(f"{name} must be below 1, not {value!r}")
    return decimal_text(price, DOLLARS)


def create_request(intent: OrderIntent) -> CreateOrderV2Request:
    """The V2 create request of an intent that carries its client_order_id (`OrderIntent.client_order_id`)."""
    from brokerspec_kalshi.models import CreateOrderV2Request
    from brokerspec_kalshi.types import UNSET

    book = to_book(intent)
    return CreateOrderV2Request(
        ticker=intent.ticker,
        side=book.side,
        count=count_wire(book.count),
        price=price_wire(book.yes_price_dollars),
        time_in_force=intent.time_in_force,
        self_trade_prevention_type=intent.self_trade_prevention_type,
        client_order_id=_client_order_id(intent),
        expiration_time=or_unset(intent.expiration_time),
        post_only=True if intent.post_only else UNSET,
        reduce_only=True if intent.reduce_only else UNSET,
        order_group_id=or_unset(intent.order_group_id),
        cancel_order_on_pause=True if intent.cancel_order_on_pause else UNSET,
        subaccount=intent.subaccount or UNSET,
    )


def amend_request(
    intent: OrderIntent, *, expiration_time: int | None = None, updated_client_order_id: str | None = None
) -> AmendOrderV2Request:
    """The V2 amend request: the order's new price and new *total* size, on the YES book.

    `expiration_time` sets a new expiry (0 removes it); `updated_client_order_id` renames the order. The
    subaccount is a query parameter and the shard follows the ticker, so neither is in the body.
    """
    from brokerspec_kalshi.models import AmendOrderV2Request

    if expiration_time is not None and (
        isinstance(expiration_time, bool) or not isinstance(expiration_time, int) or expiration_time < 0
    ):
        raise InvalidOrder(
            f"expiration_time must be Unix seconds, or 0 to remove it, not {expiration_time!r}"
        )
    book = to_book(intent)
    return AmendOrderV2Request(
        ticker=intent.ticker,
        side=book.side,
        price=price_wire(book.yes_price_dollars),
        count=count_wire(book.count),
        expiration_time=or_unset(expiration_time),
        updated_client_order_id=or_unset(updated_client_order_id),
    )


class KalshiWrites:
    """The placement half of `KalshiBroker` (which supplies `_client` and `_routes`)."""

    _client: Client
    _routes: RouteBook

    async def create_order(self, intent: OrderIntent) -> KalshiOrderAck:
        """Place one order (POST /portfolio/events/orders); the intent carries its client_order_id."""
        from brokerspec_kalshi.api.orders import create_order_v2
        from brokerspec_kalshi.models import CreateOrderV2Response

        request = create_request(intent)
        sent = create_order_v2.asyncio_detailed(client=self._client, body=request)
        ack = await call(
            "POST",
            sent,
            CreateOrderV2Response,
            lambda r: acks.order_ack(
                r, requested=Decimal(intent.count), client_order_id=intent.client_order_id
            ),
        )
        self._routes.note(ack.order_id, intent.ticker, subaccount=intent.subaccount)
        return ack

    async def batch_create(self, intents: Sequence[OrderIntent]) -> list[KalshiBatchCreateItem]:
        """Place several orders in one call (POST /portfolio/events/orders/batched); one result per intent.

        Kalshi answers each order on its own: an item carries either an `ack` or the broker's `error`.
        """
        from brokerspec_kalshi.api.orders import batch_create_orders_v2
        from brokerspec_kalshi.models import BatchCreateOrdersV2Request, BatchCreateOrdersV2Response

        if not intents:
            raise InvalidOrder("batch_create needs at least one order")
        request = BatchCreateOrdersV2Request(orders=[create_request(intent) for intent in intents])
        with translated("POST"):
            response = await batch_create_orders_v2.asyncio_detailed(client=self._client, body=request)
            results = success(response, BatchCreateOrdersV2Response, "POST").orders
            if len(results) != len(intents):
                raise ValueError(f"{len(intents)} orders sent, {len(results)} results received")
            items = [
                acks.batch_create_item(
                    result, requested=Decimal(intent.count), client_order_id=intent.client_order_id
                )
                for result, intent in zip(results, intents, strict=True)
            ]
        for item, intent in zip(items, intents, strict=True):
            if item.ack is not None:
                self._routes.note(item.ack.order_id, intent.ticker, subaccount=intent.subaccount)
        return items
