"""Kalshi writes, V2 endpoints only (`/portfolio/events/orders...`; the legacy ones answer 410).

The order path is: `OrderIntent` -> the generated request model (`create_request`, `amend_request`) ->
the generated call -> the generated reply model -> a normalized ack (`convert`). No dict is built on the
way: the generated client serializes the request model itself. `create_request(intent).to_dict()` is
exactly `domain.orders.to_v2_body(intent)`, the body the preview token and the audit log carry (tested).
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from typing import TYPE_CHECKING

from brokerspec.brokers.kalshi import convert
from brokerspec.brokers.kalshi.calls import (
    BROKER,
    call,
    check_path,
    check_query,
    or_unset,
    success,
    translated,
)
from brokerspec.brokers.kalshi.models import (
    KalshiBatchCancelItem,
    KalshiBatchCreateItem,
    KalshiCancelAck,
    KalshiCancelAllAck,
    KalshiDecreaseAck,
    KalshiOrderAck,
    KalshiOrderGroupAck,
)
from brokerspec.domain.money import CONTRACTS, DOLLARS, decimal_text
from brokerspec.domain.orders import InvalidOrder, OrderIntent, to_book
from brokerspec.http import translate

if TYPE_CHECKING:
    from brokerspec_kalshi import Client
    from brokerspec_kalshi.models import AmendOrderV2Request, CreateOrderV2Request

__all__ = ["KalshiWrites", "amend_request", "create_request"]


def _client_order_id(intent: OrderIntent) -> str:
    coid = intent.client_order_id
    if coid is None or not coid.strip():
        raise InvalidOrder("every write needs a client_order_id (see new_client_order_id())")
    return coid


def create_request(intent: OrderIntent) -> CreateOrderV2Request:
    """The V2 create request of an intent that carries its client_order_id (`OrderIntent.client_order_id`)."""
    from brokerspec_kalshi.models import CreateOrderV2Request
    from brokerspec_kalshi.types import UNSET

    book = to_book(intent)
    return CreateOrderV2Request(
        ticker=intent.ticker,
        side=book.side,
        count=decimal_text(Decimal(book.count), CONTRACTS),
        price=decimal_text(book.yes_price_dollars, DOLLARS),
        time_in_force=intent.time_in_force,
        self_trade_prevention_type=intent.self_trade_prevention_type,
        client_order_id=_client_order_id(intent),
        expiration_time=or_unset(intent.expiration_time),
        post_only=True if intent.post_only else UNSET,
        reduce_only=True if intent.reduce_only else UNSET,
        order_group_id=or_unset(intent.order_group_id),
    )


def amend_request(intent: OrderIntent) -> AmendOrderV2Request:
    """The V2 amend request: the order's new price and new *total* size, on the YES book."""
    from brokerspec_kalshi.models import AmendOrderV2Request

    book = to_book(intent)
    return AmendOrderV2Request(
        ticker=intent.ticker,
        side=book.side,
        price=decimal_text(book.yes_price_dollars, DOLLARS),
        count=decimal_text(Decimal(book.count), CONTRACTS),
    )


def _count_wire(value: int | Decimal, name: str, *, minimum: int) -> str:
    """A whole contract count as the V2 endpoints take it ("3.00")."""
    if isinstance(value, bool) or not isinstance(value, int | Decimal):
        raise InvalidOrder(f"{name} must be a whole number of contracts, not {value!r}")
    count = Decimal(value)
    if not count.is_finite() or count != count.to_integral_value() or count < minimum:
        raise InvalidOrder(f"{name} must be a whole number >= {minimum}, not {value!r}")
    return decimal_text(count, CONTRACTS)


class KalshiWrites:
    """The write half of `KalshiBroker` (which supplies `_client`)."""

    _client: Client

    async def create_order(self, intent: OrderIntent) -> KalshiOrderAck:
        """Place one order (POST /portfolio/events/orders); the intent carries its client_order_id."""
        from brokerspec_kalshi.api.orders import create_order_v2
        from brokerspec_kalshi.models import CreateOrderV2Response

        request = create_request(intent)
        sent = create_order_v2.asyncio_detailed(client=self._client, body=request)
        return await call(
            "POST",
            sent,
            CreateOrderV2Response,
            lambda r: convert.order_ack(
                r, requested=Decimal(intent.count), client_order_id=intent.client_order_id
            ),
        )

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
            return [
                convert.batch_create_item(
                    result, requested=Decimal(intent.count), client_order_id=intent.client_order_id
                )
                for result, intent in zip(results, intents, strict=True)
            ]

    async def cancel_order(self, order_id: str) -> KalshiCancelAck:
        """Cancel one resting order (DELETE /portfolio/events/orders/{order_id})."""
        check_path(order_id=order_id)
        from brokerspec_kalshi.api.orders import cancel_order_v2
        from brokerspec_kalshi.models import CancelOrderV2Response

        sent = cancel_order_v2.asyncio_detailed(order_id, client=self._client)
        return await call("DELETE", sent, CancelOrderV2Response, lambda r: convert.cancel_ack(r, order_id))

    async def batch_cancel(self, order_ids: Sequence[str]) -> list[KalshiBatchCancelItem]:
        """Cancel several orders (DELETE /portfolio/events/orders/batched); one result per id."""
        from brokerspec_kalshi.api.orders import batch_cancel_orders_v2
        from brokerspec_kalshi.models import BatchCancelOrdersV2Request, BatchCancelOrdersV2Response

        ids = list(order_ids)
        if not ids:
            raise InvalidOrder("batch_cancel needs at least one order id")
        for oid in ids:
            check_path(order_id=oid)
        with translated("DELETE"):
            response = await batch_cancel_orders_v2.asyncio_detailed(
                client=self._client, body=BatchCancelOrdersV2Request(ids=ids)
            )
            results = success(response, BatchCancelOrdersV2Response, "DELETE").orders
            if len(results) != len(ids):
                raise ValueError(f"{len(ids)} cancels sent, {len(results)} results received")
            return [convert.batch_cancel_item(result, oid) for result, oid in zip(results, ids, strict=True)]

    async def amend_order(self, order_id: str, intent: OrderIntent) -> KalshiOrderAck:
        """Change price and/or size (POST /portfolio/events/orders/{order_id}/amend).

        The intent gives the new price and the new *total* size (`count`) of the order.
        """
        check_path(order_id=order_id)
        check_query(ticker=intent.ticker)
        from brokerspec_kalshi.api.orders import amend_order_v2
        from brokerspec_kalshi.models import AmendOrderV2Response

        request = amend_request(intent)
        sent = amend_order_v2.asyncio_detailed(order_id, client=self._client, body=request)
        return await call(
            "POST",
            sent,
            AmendOrderV2Response,
            lambda r: convert.order_ack(
                r, requested=Decimal(intent.count), client_order_id=None, order_id=order_id
            ),
        )

    async def decrease_order(
        self, order_id: str, reduce_by: int | Decimal | None = None, reduce_to: int | Decimal | None = None
    ) -> KalshiDecreaseAck:
        """Shrink a resting order (POST /portfolio/events/orders/{order_id}/decrease); give exactly one."""
        check_path(order_id=order_id)
        from brokerspec_kalshi.api.orders import decrease_order_v2
        from brokerspec_kalshi.models import DecreaseOrderV2Request, DecreaseOrderV2Response

        if reduce_by is not None and reduce_to is None:
            request = DecreaseOrderV2Request(reduce_by=_count_wire(reduce_by, "reduce_by", minimum=1))
        elif reduce_to is not None and reduce_by is None:
            request = DecreaseOrderV2Request(reduce_to=_count_wire(reduce_to, "reduce_to", minimum=0))
        else:
            raise InvalidOrder("give exactly one of reduce_by and reduce_to")
        sent = decrease_order_v2.asyncio_detailed(order_id, client=self._client, body=request)
        return await call("POST", sent, DecreaseOrderV2Response, lambda r: convert.decrease_ack(r, order_id))

    async def cancel_all(self) -> KalshiCancelAllAck:
        """Cancel every resting order (DELETE /portfolio/events/orders, 204)."""
        from brokerspec_kalshi.api.orders import cancel_all_orders_v2

        with translated("DELETE"):
            response = await cancel_all_orders_v2.asyncio_detailed(client=self._client)
            translate.raise_for_response(BROKER, response, method="DELETE")
            return KalshiCancelAllAck()

    async def create_order_group(self, contracts_limit: int) -> KalshiOrderGroupAck:
        """Create an order group that auto-cancels its orders past `contracts_limit` fills."""
        from brokerspec_kalshi.api.order_groups import create_order_group
        from brokerspec_kalshi.models import CreateOrderGroupRequest, CreateOrderGroupResponse

        if isinstance(contracts_limit, bool) or not isinstance(contracts_limit, int) or contracts_limit < 1:
            raise InvalidOrder(f"contracts_limit must be a positive whole number, not {contracts_limit!r}")
        request = CreateOrderGroupRequest(contracts_limit=contracts_limit)
        sent = create_order_group.asyncio_detailed(client=self._client, body=request)
        return await call(
            "POST",
            sent,
            CreateOrderGroupResponse,
            lambda r: KalshiOrderGroupAck(order_group_id=r.order_group_id, action="created"),
        )

    async def delete_order_group(self, order_group_id: str) -> KalshiOrderGroupAck:
        """Delete an order group (its resting orders are canceled by Kalshi)."""
        check_path(order_group_id=order_group_id)
        from brokerspec_kalshi.api.order_groups import delete_order_group
        from brokerspec_kalshi.models import EmptyResponse

        sent = delete_order_group.asyncio_detailed(order_group_id, client=self._client)
        ack = KalshiOrderGroupAck(order_group_id=order_group_id, action="deleted")
        return await call("DELETE", sent, EmptyResponse, lambda _: ack)

    async def reset_order_group(self, order_group_id: str) -> KalshiOrderGroupAck:
        """Reset an order group's filled-contracts counter so it accepts orders again."""
        check_path(order_group_id=order_group_id)
        from brokerspec_kalshi.api.order_groups import reset_order_group
        from brokerspec_kalshi.models import EmptyResponse

        sent = reset_order_group.asyncio_detailed(order_group_id, client=self._client)
        ack = KalshiOrderGroupAck(order_group_id=order_group_id, action="reset")
        return await call("PUT", sent, EmptyResponse, lambda _: ack)
