"""Kalshi reads: one generated GET each, normalized by `convert` (GET /portfolio/...).

Every method has the same three steps: check the values that go into the URL, make the generated call
with typed arguments, and hand it to `calls.call` with the operation's success model and its converter.
The generated operations are imported inside the methods (start-up path).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Literal

from brokerspec.brokers.kalshi import convert
from brokerspec.brokers.kalshi.calls import call, check_path, check_query, or_unset
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

if TYPE_CHECKING:
    from brokerspec_kalshi import Client

__all__ = ["KalshiReads", "OrderStatus", "SettlementStatus"]

OrderStatus = Literal["resting", "canceled", "executed"]
SettlementStatus = Literal["all", "settled", "unsettled"]


class KalshiReads:
    """The read half of `KalshiBroker` (which supplies `_client`)."""

    _client: Client

    async def balance(self) -> KalshiBalance:
        """Cash and portfolio value (GET /portfolio/balance)."""
        from brokerspec_kalshi.api.portfolio import get_balance
        from brokerspec_kalshi.models import Balance

        return await call("GET", get_balance.asyncio_detailed(client=self._client), Balance, convert.balance)

    async def fills(
        self,
        ticker: str | None = None,
        order_id: str | None = None,
        min_ts: int | None = None,
        max_ts: int | None = None,
        limit: int = 20,
        cursor: str | None = None,
    ) -> KalshiFillPage:
        """One page of fills, newest first (GET /portfolio/fills)."""
        check_query(ticker=ticker, order_id=order_id, cursor=cursor)
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
        )
        return await call("GET", sent, GetFillsResponse, convert.fill_page)

    async def orders(
        self,
        ticker: str | None = None,
        event_ticker: str | None = None,
        status: OrderStatus | None = None,
        limit: int = 20,
        cursor: str | None = None,
        min_ts: int | None = None,
        max_ts: int | None = None,
    ) -> KalshiOrderPage:
        """One page of orders, newest first (GET /portfolio/orders)."""
        check_query(ticker=ticker, event_ticker=event_ticker, cursor=cursor)
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
        )
        return await call("GET", sent, GetOrdersResponse, convert.order_page)

    async def order(self, order_id: str) -> KalshiOrder:
        """One order by id (GET /portfolio/orders/{order_id}); canceled and executed ones may be NotFound."""
        check_path(order_id=order_id)
        from brokerspec_kalshi.api.orders import get_order
        from brokerspec_kalshi.models import GetOrderResponse

        sent = get_order.asyncio_detailed(order_id, client=self._client)
        return await call("GET", sent, GetOrderResponse, lambda reply: convert.order(reply.order))

    async def positions(
        self,
        ticker: str | None = None,
        event_ticker: str | None = None,
        settlement_status: SettlementStatus | None = None,
        count_filter: str | None = None,
        limit: int = 20,
        cursor: str | None = None,
    ) -> KalshiPositionPage:
        """One page of market and event positions (GET /portfolio/positions)."""
        check_query(ticker=ticker, event_ticker=event_ticker, cursor=cursor)
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
    ) -> KalshiSettlementPage:
        """One page of settled markets and what they paid (GET /portfolio/settlements)."""
        check_query(ticker=ticker, event_ticker=event_ticker, cursor=cursor)
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
        )
        return await call("GET", sent, GetSettlementsResponse, convert.settlement_page)

    async def queue_positions(
        self, market_tickers: Sequence[str] | str | None = None, event_ticker: str | None = None
    ) -> KalshiQueuePositions:
        """Queue positions of resting orders (GET /portfolio/orders/queue_positions)."""
        tickers = (
            market_tickers
            if market_tickers is None or isinstance(market_tickers, str)
            else ",".join(market_tickers)
        )
        check_query(market_tickers=tickers, event_ticker=event_ticker)
        from brokerspec_kalshi.api.orders import get_queue_positions
        from brokerspec_kalshi.models import GetQueuePositionsResponse

        sent = get_queue_positions.asyncio_detailed(
            client=self._client, market_tickers=or_unset(tickers), event_ticker=or_unset(event_ticker)
        )
        return await call("GET", sent, GetQueuePositionsResponse, convert.queue_positions)

    async def order_groups(self) -> KalshiOrderGroups:
        """All order groups (GET /portfolio/order_groups); the list does not name member orders."""
        from brokerspec_kalshi.api.order_groups import get_order_groups
        from brokerspec_kalshi.models import GetOrderGroupsResponse

        sent = get_order_groups.asyncio_detailed(client=self._client)
        return await call("GET", sent, GetOrderGroupsResponse, convert.order_groups)

    async def order_group(self, order_group_id: str) -> KalshiOrderGroup:
        """One order group with its order ids (GET /portfolio/order_groups/{id})."""
        check_path(order_group_id=order_group_id)
        from brokerspec_kalshi.api.order_groups import get_order_group
        from brokerspec_kalshi.models import GetOrderGroupResponse

        sent = get_order_group.asyncio_detailed(order_group_id, client=self._client)
        return await call(
            "GET", sent, GetOrderGroupResponse, lambda g: convert.order_group(g, order_group_id, g.orders)
        )
