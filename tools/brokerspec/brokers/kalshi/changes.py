"""Changes to existing Kalshi orders: cancel, batch cancel, amend, decrease, cancel-all — always routed.

Kalshi sends a cancel, a decrease or a batch-cancel item without `market_ticker`/`exchange_index` to shard 0,
and any of them without `subaccount` to subaccount 0: an order elsewhere answers "not found" and keeps
resting. So every write here names the order's market ticker (and its shard and subaccount when known),
taken, in this order, from the caller, from the route book (`routing.py`), or from a lookup
(`GET /portfolio/orders/{id}`, which finds an order on any shard and subaccount). A "not found" is reported
only after the right shard was asked: when the route did not come from a lookup just made, the order is
looked up and, if it still rests somewhere else, the write is sent once more, there. A lookup that finds the
order but not resting reports "not found" without sending anything.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from decimal import Decimal
from typing import TYPE_CHECKING, TypeVar

from brokerspec import errors
from brokerspec.brokers.kalshi import acks
from brokerspec.brokers.kalshi.calls import (
    BROKER,
    call,
    check_exchange_index,
    check_path,
    check_query,
    check_subaccount,
    or_unset,
    success,
    translated,
)
from brokerspec.brokers.kalshi.models import (
    KalshiAmendAck,
    KalshiBatchCancelItem,
    KalshiCancelAck,
    KalshiCancelAllAck,
    KalshiDecreaseAck,
    KalshiOrder,
)
from brokerspec.brokers.kalshi.orders import amend_request, count_wire
from brokerspec.brokers.kalshi.reads import KalshiReads
from brokerspec.brokers.kalshi.routing import OrderRoute
from brokerspec.domain.orders import InvalidOrder, OrderIntent
from brokerspec.http import translate

if TYPE_CHECKING:
    from brokerspec_kalshi.models import BatchCancelOrdersV2RequestItem

__all__ = ["KalshiOrderChanges"]

_T = TypeVar("_T")


@dataclass(frozen=True, slots=True)
class _Resolved:
    route: OrderRoute
    looked_up: KalshiOrder | None  # the order read just now to find the route, else None


def _same_place(a: OrderRoute, b: OrderRoute) -> bool:
    if a.ticker != b.ticker or (a.subaccount or 0) != (b.subaccount or 0):
        return False
    return a.exchange_index is None or b.exchange_index is None or a.exchange_index == b.exchange_index


def _not_resting(order: KalshiOrder) -> errors.NotFound:
    return errors.NotFound(
        f"order {order.order_id} is {order.status}: nothing of it rests on the book to change",
        broker=BROKER,
        http_status=404,
        broker_code="not_found",
    )


class KalshiOrderChanges(KalshiReads):
    """Cancel, batch cancel, amend, decrease and cancel-all, each routed to the order's shard and subaccount."""

    def remember_order(
        self, order_id: str, ticker: str, *, exchange_index: int | None = None, subaccount: int | None = None
    ) -> None:
        """Tell the adapter where an order lives (from a preview or the caller's own records)."""
        check_path(order_id=order_id)
        check_query(market_ticker=ticker)
        self._routes.note(
            order_id,
            ticker,
            exchange_index=check_exchange_index(exchange_index),
            subaccount=check_subaccount(subaccount),
        )

    def order_route(self, order_id: str) -> OrderRoute | None:
        """Where the adapter believes `order_id` lives, or None when it would have to look it up."""
        return self._routes.get(order_id)

    # --- routing -------------------------------------------------------------------------------------

    def _route_of(self, order: KalshiOrder) -> OrderRoute:
        """Where a just-read order lives: its read noted ticker, shard and subaccount in the route book."""
        known = self._routes.get(order.order_id)
        return known if known is not None else OrderRoute(order.ticker)

    async def _resolve(
        self, order_id: str, ticker: str | None, exchange_index: int | None, subaccount: int | None
    ) -> _Resolved:
        check_path(order_id=order_id)
        check_query(market_ticker=ticker)
        check_exchange_index(exchange_index, route=True)
        check_subaccount(subaccount)
        known = self._routes.get(order_id)
        if ticker is not None:
            given = OrderRoute(ticker, exchange_index, subaccount)
            return _Resolved(known.merged(given) if known is not None else given, None)
        if known is not None:
            return _Resolved(
                replace(
                    known,
                    exchange_index=known.exchange_index if exchange_index is None else exchange_index,
                    subaccount=known.subaccount if subaccount is None else subaccount,
                ),
                None,
            )
        found = await self.order(order_id)  # NotFound: the order is on no shard
        if found.status != "resting":
            raise _not_resting(found)
        route = self._route_of(found)
        if subaccount is not None or exchange_index is not None:
            route = replace(
                route,
                exchange_index=route.exchange_index if exchange_index is None else exchange_index,
                subaccount=route.subaccount if subaccount is None else subaccount,
            )
        return _Resolved(route, found)

    async def _elsewhere(self, order_id: str, used: OrderRoute) -> OrderRoute | None:
        """After a "not found" on `used`: the order's own route if it still rests somewhere else, else None."""
        try:
            found = await self.order(order_id)
        except errors.NotFound:
            return None
        if found.status != "resting":
            return None
        now = self._route_of(found)
        return None if _same_place(now, used) else now

    async def _routed(
        self, order_id: str, where: _Resolved, send: Callable[[OrderRoute], Awaitable[_T]]
    ) -> _T:
        """Send on the resolved route; after a "not found" on a route not just looked up, look and resend once."""
        try:
            return await send(where.route)
        except errors.NotFound:
            if where.looked_up is not None:
                raise
            retry = await self._elsewhere(order_id, where.route)
            if retry is None:
                raise
        return await send(retry)

    # --- the writes ----------------------------------------------------------------------------------

    async def cancel_order(
        self,
        order_id: str,
        *,
        ticker: str | None = None,
        exchange_index: int | None = None,
        subaccount: int | None = None,
    ) -> KalshiCancelAck:
        """Cancel one resting order on its shard (DELETE /portfolio/events/orders/{order_id})."""
        from brokerspec_kalshi.api.orders import cancel_order_v2
        from brokerspec_kalshi.models import CancelOrderV2Response

        where = await self._resolve(order_id, ticker, exchange_index, subaccount)

        async def send(route: OrderRoute) -> KalshiCancelAck:
            sent = cancel_order_v2.asyncio_detailed(
                order_id,
                client=self._client,
                market_ticker=route.ticker,
                exchange_index=or_unset(route.exchange_index),
                subaccount=or_unset(route.subaccount),
            )
            return await call("DELETE", sent, CancelOrderV2Response, lambda r: acks.cancel_ack(r, order_id))

        return await self._routed(order_id, where, send)

    async def batch_cancel(
        self,
        order_ids: Sequence[str],
        *,
        tickers: Mapping[str, str] | None = None,
        subaccount: int | None = None,
    ) -> list[KalshiBatchCancelItem]:
        """Cancel several orders (DELETE /portfolio/events/orders/batched), each item routed; one result per id.

        `tickers` may give the market of some ids; the others come from the route book or a lookup. An id
        that no shard knows, or whose order no longer rests, is answered "not found" without being sent.
        """
        ids = list(order_ids)
        if not ids:
            raise InvalidOrder("batch_cancel needs at least one order id")
        if len(set(ids)) != len(ids):
            raise InvalidOrder("batch_cancel needs distinct order ids")
        given = tickers or {}

        async def resolve(oid: str) -> _Resolved | errors.NotFound:
            try:
                return await self._resolve(oid, given.get(oid), None, subaccount)
            except errors.NotFound as exc:
                return exc

        resolved = dict(zip(ids, await asyncio.gather(*(resolve(oid) for oid in ids)), strict=True))
        results: dict[str, KalshiBatchCancelItem] = {
            oid: KalshiBatchCancelItem(order_id=oid, ack=None, error=r.to_dict())
            for oid, r in resolved.items()
            if isinstance(r, errors.NotFound)
        }
        routes = {oid: r for oid, r in resolved.items() if isinstance(r, _Resolved)}
        if routes:
            results.update(await self._send_batch_cancel(routes))
        for oid, where in routes.items():
            item = results[oid]
            if where.looked_up is not None or acks.item_error_code(item) != "not_found":
                continue
            retry = await self._elsewhere(oid, where.route)
            if retry is not None:
                results[oid] = await self._cancel_item(oid, retry)
        return [results[oid] for oid in ids]

    async def _send_batch_cancel(self, routes: Mapping[str, _Resolved]) -> dict[str, KalshiBatchCancelItem]:
        from brokerspec_kalshi.api.orders import batch_cancel_orders_v2
        from brokerspec_kalshi.models import BatchCancelOrdersV2Request, BatchCancelOrdersV2Response

        ids = list(routes)
        body = BatchCancelOrdersV2Request(orders=[_cancel_item_body(oid, routes[oid].route) for oid in ids])
        with translated("DELETE"):
            response = await batch_cancel_orders_v2.asyncio_detailed(client=self._client, body=body)
            replies = success(response, BatchCancelOrdersV2Response, "DELETE").orders
            if len(replies) != len(ids):
                raise ValueError(f"{len(ids)} cancels sent, {len(replies)} results received")
            return {oid: acks.batch_cancel_item(reply, oid) for oid, reply in zip(ids, replies, strict=True)}

    async def _cancel_item(self, order_id: str, route: OrderRoute) -> KalshiBatchCancelItem:
        """A second, single cancel for a batch item that was asked on the wrong shard."""
        try:
            ack = await self.cancel_order(
                order_id,
                ticker=route.ticker,
                exchange_index=route.exchange_index,
                subaccount=route.subaccount,
            )
        except errors.BrokerError as exc:
            return KalshiBatchCancelItem(order_id=order_id, ack=None, error=exc.to_dict())
        return KalshiBatchCancelItem(order_id=order_id, ack=ack, error=None)

    async def amend_order(
        self,
        order_id: str,
        intent: OrderIntent,
        *,
        subaccount: int | None = None,
        expiration_time: int | None = None,
        updated_client_order_id: str | None = None,
    ) -> KalshiAmendAck:
        """Change price and/or size (POST /portfolio/events/orders/{order_id}/amend).

        The intent gives the new price and the new *total* size (`count`); its ticker routes the amend to the
        market's shard, and the order's subaccount goes in the query. A price-only amend answers without
        counts: still a success (`KalshiAmendAck` with null counts, status resting).
        """
        from brokerspec_kalshi.api.orders import amend_order_v2
        from brokerspec_kalshi.models import AmendOrderV2Response

        request = amend_request(
            intent, expiration_time=expiration_time, updated_client_order_id=updated_client_order_id
        )
        # The ticker routes the amend; an unknown subaccount is sent as 0, and a "not found" then looks again.
        where = await self._resolve(order_id, intent.ticker, None, subaccount)
        requested = Decimal(intent.count)

        async def send(route: OrderRoute) -> KalshiAmendAck:
            sent = amend_order_v2.asyncio_detailed(
                order_id, client=self._client, body=request, subaccount=or_unset(route.subaccount)
            )
            return await call(
                "POST",
                sent,
                AmendOrderV2Response,
                lambda r: acks.amend_ack(r, order_id=order_id, requested=requested),
            )

        return await self._routed(order_id, where, send)

    async def decrease_order(
        self,
        order_id: str,
        reduce_by: int | Decimal | None = None,
        reduce_to: int | Decimal | None = None,
        *,
        ticker: str | None = None,
        exchange_index: int | None = None,
        subaccount: int | None = None,
    ) -> KalshiDecreaseAck:
        """Shrink a resting order on its shard (POST /portfolio/events/orders/{order_id}/decrease); give one of two.

        Kalshi's reply says what remains and not what came off: `reduced_by_contracts` is `reduce_by` when
        something still rests, else the remainder before minus after when it was read in this call (a lookup
        to find the order), else null.
        """
        from brokerspec_kalshi.api.orders import decrease_order_v2
        from brokerspec_kalshi.models import DecreaseOrderV2Request, DecreaseOrderV2Response

        if reduce_by is not None and reduce_to is None:
            by, to = count_wire(reduce_by, "reduce_by"), None
            by_count: Decimal | None = Decimal(by)
        elif reduce_to is not None and reduce_by is None:
            by, to, by_count = None, count_wire(reduce_to, "reduce_to", minimum=Decimal(0)), None
        else:
            raise InvalidOrder("give exactly one of reduce_by and reduce_to")
        where = await self._resolve(order_id, ticker, exchange_index, subaccount)
        before = None if where.looked_up is None else where.looked_up.remaining_count_contracts

        async def send(route: OrderRoute) -> KalshiDecreaseAck:
            body = DecreaseOrderV2Request(
                reduce_by=or_unset(by),
                reduce_to=or_unset(to),
                market_ticker=route.ticker,
                exchange_index=or_unset(route.exchange_index),
            )
            sent = decrease_order_v2.asyncio_detailed(
                order_id, client=self._client, body=body, subaccount=or_unset(route.subaccount)
            )
            return await call(
                "POST",
                sent,
                DecreaseOrderV2Response,
                lambda r: acks.decrease_ack(r, order_id, reduce_by=by_count, before=before),
            )

        return await self._routed(order_id, where, send)

    async def cancel_all(self, subaccount: int | None = None) -> KalshiCancelAllAck:
        """Cancel every resting order on every shard (DELETE /portfolio/events/orders, 204).

        Every subaccount unless `subaccount` is given (Kalshi's meaning of an absent one here).
        """
        check_subaccount(subaccount)
        from brokerspec_kalshi.api.orders import cancel_all_orders_v2

        with translated("DELETE"):
            response = await cancel_all_orders_v2.asyncio_detailed(
                client=self._client, subaccount=or_unset(subaccount)
            )
            translate.raise_for_response(BROKER, response, method="DELETE")
            return KalshiCancelAllAck()


def _cancel_item_body(order_id: str, route: OrderRoute) -> BatchCancelOrdersV2RequestItem:
    from brokerspec_kalshi.models import BatchCancelOrdersV2RequestItem

    return BatchCancelOrdersV2RequestItem(
        order_id=order_id,
        market_ticker=route.ticker,
        exchange_index=or_unset(route.exchange_index),
        subaccount=or_unset(route.subaccount),
    )
