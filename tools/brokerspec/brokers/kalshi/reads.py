"""Kalshi portfolio reads: one generated GET each, normalized by `convert` (GET /portfolio/...).

Every method has the same steps: check the values that go into the URL, make the generated call with typed
arguments, and hand it to `calls.call` with the operation's success model and its converter. The lists send
`subaccount` explicitly (0, the primary account, unless asked otherwise): an absent one would mean *all*
subaccounts on the orders, fills and settlements lists and 0 elsewhere, and a tool must say which it read.
Orders, fills and queue positions read here are remembered in the route book (`routing.py`), so a later
write naming one of them reaches its shard. The generated operations are imported inside the methods
(start-up path).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Literal

from brokerspec.brokers.kalshi import convert
from brokerspec.brokers.kalshi.calls import (
    call,
    check_exchange_index,
    check_path,
    check_query,
    check_subaccount,
    or_unset,
)
from brokerspec.brokers.kalshi.models import (
    KalshiBalance,
    KalshiFillPage,
    KalshiOrder,
    KalshiOrderGroup,
    KalshiOrderGroups,
    KalshiOrderPage,
    KalshiPositionPage,
    KalshiQueuePositions,
    KalshiSettlementPage,
)
from brokerspec.brokers.kalshi.wire import text, whole

if TYPE_CHECKING:
    from brokerspec_kalshi import Client
    from brokerspec_kalshi.models import Fill, Order

    from brokerspec.brokers.kalshi.routing import RouteBook

__all__ = ["KalshiReads", "OrderStatus", "SettlementStatus"]

OrderStatus = Literal["resting", "canceled", "executed"]
SettlementStatus = Literal["all", "settled", "unsettled"]


class KalshiReads:
    """The portfolio-read half of `KalshiBroker` (which supplies `_client` and `_routes`)."""

    _client: Client
    _routes: RouteBook

    def _note(self, o: Order | Fill) -> None:
        """Remember where an order lives, from Kalshi's own words about it (an order or one of its fills)."""
        self._routes.note(
            text(o.order_id),
            text(o.ticker),
            exchange_index=whole(o.exchange_index),
            subaccount=whole(o.subaccount_number),
        )

    async def balance(self, subaccount: int = 0, exchange_index: int | None = None) -> KalshiBalance:
        """One subaccount's cash and portfolio value, all shards, with cash per shard (GET /portfolio/balance)."""
        check_subaccount(subaccount)
        check_exchange_index(exchange_index)
        from brokerspec_kalshi.api.portfolio import get_balance
        from brokerspec_kalshi.models import Balance

        sent = get_balance.asyncio_detailed(
            client=self._client, subaccount=subaccount, exchange_index=or_unset(exchange_index)
        )
        return await call("GET", sent, Balance, convert.balance)

    async def fills(
        self,
        ticker: str | None = None,
        order_id: str | None = None,
        min_ts: int | None = None,
        max_ts: int | None = None,
        limit: int = 20,
        cursor: str | None = None,
        subaccount: int = 0,
        exchange_index: int | None = None,
    ) -> KalshiFillPage:
        """One page of one subaccount's fills, newest first (GET /portfolio/fills)."""
        check_query(ticker=ticker, order_id=order_id, cursor=cursor)
        check_subaccount(subaccount)
        check_exchange_index(exchange_index)
        from brokerspec_kalshi.api.portfolio import get_fills
        from brokerspec_kalshi.models import GetFillsResponse

        sent = get_fills.asyncio_detailed(
            client=self._client,
            ticker=or_unset(ticker),
            order_id=or_unset(order_id),
            min_ts=or_unset(min_ts),
            max_ts=or_unset(max_ts),
            limit=limit,
            cursor=or_unset(cursor),
            subaccount=subaccount,
            exchange_index=or_unset(exchange_index),
        )

        def read(page: GetFillsResponse) -> KalshiFillPage:
            for fill in page.fills:
                self._note(fill)
            return convert.fill_page(page)

        return await call("GET", sent, GetFillsResponse, read)

    async def orders(
        self,
        ticker: str | None = None,
        event_ticker: str | None = None,
        status: OrderStatus | None = None,
        limit: int = 20,
        cursor: str | None = None,
        min_ts: int | None = None,
        max_ts: int | None = None,
        subaccount: int = 0,
        exchange_index: int | None = None,
    ) -> KalshiOrderPage:
        """One page of one subaccount's orders, newest first (GET /portfolio/orders)."""
        check_query(ticker=ticker, event_ticker=event_ticker, cursor=cursor)
        check_subaccount(subaccount)
        check_exchange_index(exchange_index)
        from brokerspec_kalshi.api.orders import get_orders
        from brokerspec_kalshi.models import GetOrdersResponse

        sent = get_orders.asyncio_detailed(
            client=self._client,
            ticker=or_unset(ticker),
            event_ticker=or_unset(event_ticker),
            status=or_unset(status),
            limit=limit,
            cursor=or_unset(cursor),
            min_ts=or_unset(min_ts),
            max_ts=or_unset(max_ts),
            subaccount=subaccount,
            exchange_index=or_unset(exchange_index),
        )

        def read(page: GetOrdersResponse) -> KalshiOrderPage:
            for order in page.orders:
                self._note(order)
            return convert.order_page(page)

        return await call("GET", sent, GetOrdersResponse, read)

    async def order(self, order_id: str) -> KalshiOrder:
        """One order by id, on any shard and subaccount (GET /portfolio/orders/{order_id}).

        Canceled and executed orders may be NotFound once archived. The order's ticker, shard and
        subaccount are remembered for the writes that name it.
        """
        check_path(order_id=order_id)
        from brokerspec_kalshi.api.orders import get_order
        from brokerspec_kalshi.models import GetOrderResponse

        def read(reply: GetOrderResponse) -> KalshiOrder:
            self._note(reply.order)
            return convert.order(reply.order)

        sent = get_order.asyncio_detailed(order_id, client=self._client)
        return await call("GET", sent, GetOrderResponse, read)

    async def positions(
        self,
        ticker: str | None = None,
        event_ticker: str | None = None,
        settlement_status: SettlementStatus | None = None,
        count_filter: str | None = None,
        limit: int = 20,
        cursor: str | None = None,
        subaccount: int = 0,
        exchange_index: int | None = None,
    ) -> KalshiPositionPage:
        """One page of one subaccount's market and event positions (GET /portfolio/positions)."""
        check_query(ticker=ticker, event_ticker=event_ticker, cursor=cursor)
        check_subaccount(subaccount)
        check_exchange_index(exchange_index)
        from brokerspec_kalshi.api.portfolio import get_positions
        from brokerspec_kalshi.models import GetPositionsResponse

        sent = get_positions.asyncio_detailed(
            client=self._client,
            ticker=or_unset(ticker),
            event_ticker=or_unset(event_ticker),
            settlement_status=or_unset(settlement_status),
            count_filter=or_unset(count_filter),
            limit=limit,
            cursor=or_unset(cursor),
            subaccount=subaccount,
            exchange_index=or_unset(exchange_index),
        )
        return await call("GET", sent, GetPositionsResponse, convert.position_page)

    async def settlements(
        self,
        ticker: str | None = None,
        event_ticker: str | None = None,
        min_ts: int | None = None,
        max_ts: int | None = None,
        limit: int = 20,
        cursor: str | None = None,
        subaccount: int = 0,
    ) -> KalshiSettlementPage:
        """One page of one subaccount's settled markets and what they paid (GET /portfolio/settlements)."""
        check_query(ticker=ticker, event_ticker=event_ticker, cursor=cursor)
        check_subaccount(subaccount)
        from brokerspec_kalshi.api.portfolio import get_settlements
        from brokerspec_kalshi.models import GetSettlementsResponse

        sent = get_settlements.asyncio_detailed(
            client=self._client,
            ticker=or_unset(ticker),
            event_ticker=or_unset(event_ticker),
            min_ts=or_unset(min_ts),
            max_ts=or_unset(max_ts),
            limit=limit,
            cursor=or_unset(cursor),
            subaccount=subaccount,
        )
        return await call("GET", sent, GetSettlementsResponse, convert.settlement_page)

    async def queue_positions(
        self,
        market_tickers: Sequence[str] | str | None = None,
        event_ticker: str | None = None,
        subaccount: int = 0,
    ) -> KalshiQueuePositions:
        """Queue positions of resting orders (GET /portfolio/orders/queue_positions); nothing resting is empty."""
        tickers = (
            market_tickers
            if market_tickers is None or isinstance(market_tickers, str)
            else ",".join(market_tickers)
        )
        check_query(market_tickers=tickers, event_ticker=event_ticker)
        check_subaccount(subaccount)
        from brokerspec_kalshi.api.orders import get_queue_positions
        from brokerspec_kalshi.models import GetQueuePositionsResponse

        sent = get_queue_positions.asyncio_detailed(
            client=self._client,
            market_tickers=or_unset(tickers),
            event_ticker=or_unset(event_ticker),
            subaccount=subaccount,
        )
        result = await call("GET", sent, GetQueuePositionsResponse, convert.queue_positions)
        for q in result.items:
            self._routes.note(q.order_id, q.ticker, subaccount=subaccount)
        return result

    async def order_groups(self, subaccount: int = 0) -> KalshiOrderGroups:
        """One subaccount's order groups (GET /portfolio/order_groups); none is an empty list."""
        check_subaccount(subaccount)
        from brokerspec_kalshi.api.order_groups import get_order_groups
        from brokerspec_kalshi.models import GetOrderGroupsResponse

        def read(reply: GetOrderGroupsResponse) -> KalshiOrderGroups:
            for g in reply.order_groups if isinstance(reply.order_groups, list) else []:
                self._routes.note_group(text(g.id), whole(g.exchange_index), subaccount)
            return convert.order_groups(reply)

        sent = get_order_groups.asyncio_detailed(client=self._client, subaccount=subaccount)
        return await call("GET", sent, GetOrderGroupsResponse, read)

    async def order_group(self, order_group_id: str, subaccount: int = 0) -> KalshiOrderGroup:
        """One order group with its order ids (GET /portfolio/order_groups/{id})."""
        check_path(order_group_id=order_group_id)
        check_subaccount(subaccount)
        from brokerspec_kalshi.api.order_groups import get_order_group
        from brokerspec_kalshi.models import GetOrderGroupResponse

        def read(g: GetOrderGroupResponse) -> KalshiOrderGroup:
            self._routes.note_group(order_group_id, whole(g.exchange_index), subaccount)
            return convert.order_group(g, order_group_id, g.orders)

        sent = get_order_group.asyncio_detailed(order_group_id, client=self._client, subaccount=subaccount)
        return await call("GET", sent, GetOrderGroupResponse, read)
