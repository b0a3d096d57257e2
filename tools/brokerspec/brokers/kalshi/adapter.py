"""Kalshi adapter: generated client in, normalized models out.

    broker = KalshiBroker(kalshi_client(), environment="demo")
    page = await broker.fills(limit=20)          # KalshiFillPage, same shape for 2025 and 2026 wires
    ack = await broker.create_order(to_v2_body(intent, new_client_order_id()))

Each method makes exactly one call through the generated client's `asyncio_detailed` (the reconciliation
and portfolio helpers page through a bounded number of them), translates a failure into the one error
vocabulary (`translate.raise_for_response` / `translate.error_from_exception`), and converts the generated
attrs model into a `kalshi_models` model. Values are converted once, here: the 2026 strings (`*_dollars`,
`*_fp`) win, the 2025 integer cents and counts are the fallback, `""` means absent. Writes use only the
V2 endpoints under `/portfolio/events/orders`; the legacy ones answer 410.

The generated package is imported inside the methods, never at module level: importing this module is on
the MCP server's start-up path.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from decimal import Decimal
from typing import Any, Final, Literal, TypeVar

from brokerspec import errors
from brokerspec.brokers.kalshi.models import (
    KalshiBalance,
    KalshiBatchCancelItem,
    KalshiBatchCreateItem,
    KalshiCancelAck,
    KalshiCancelAllAck,
    KalshiDecreaseAck,
    KalshiEventPosition,
    KalshiFill,
    KalshiFillPage,
    KalshiMarketPosition,
    KalshiOrder,
    KalshiOrderAck,
    KalshiOrderGroup,
    KalshiOrderGroupAck,
    KalshiOrderGroups,
    KalshiOrderPage,
    KalshiPositionPage,
    KalshiQueuePosition,
    KalshiQueuePositions,
    KalshiSettlement,
    KalshiSettlementPage,
    OrderAckStatus,
)
from brokerspec.domain import identifiers
from brokerspec.domain.money import to_decimal
from brokerspec.domain.orders import InvalidOrder
from brokerspec.domain.portfolio import BrokerPortfolio, Cash, Position, broker_portfolio
from brokerspec.http import translate

__all__ = ["BROKER", "RECONCILE_MAX_PAGES", "KalshiBroker"]

BROKER: Final = "kalshi"
#: Pages of GET /portfolio/orders that `find_order_by_client_order_id` reads before giving up.
RECONCILE_MAX_PAGES: Final = 5
_RECONCILE_PAGE_LIMIT: Final = 200
#: Pages of positions `portfolio()` reads (1000 positions each) before it stops.
_PORTFOLIO_MAX_PAGES: Final = 10
_PORTFOLIO_PAGE_LIMIT: Final = 1000

_CENT: Final = Decimal(100)
_COUNT_QUANTUM: Final = Decimal("0.01")
_READ_METHODS: Final = translate.READ_METHODS

OrderStatus = Literal["resting", "canceled", "executed"]
SettlementStatus = Literal["all", "settled", "unsettled"]

_T = TypeVar("_T")


class KalshiBroker:
    """The Kalshi portfolio and order API, normalized.

    Wraps one generated `brokerspec_kalshi.Client` (authenticated and with the shared transport, see
    `clients.kalshi_client`); `environment` ("demo", "production", "sandbox") is only reported, never
    used to pick a host, so a client and its label cannot disagree about where orders go.
    """

    broker: Final = BROKER

    def __init__(self, client: Any, environment: str) -> None:
        self._client = client
        self.environment = environment

    def __repr__(self) -> str:
        return f"KalshiBroker(environment={self.environment!r})"

    # --- reads ---------------------------------------------------------------------------------------

    async def balance(self) -> KalshiBalance:
        """Cash and portfolio value (GET /portfolio/balance)."""
        from brokerspec_kalshi.api.portfolio import get_balance
        from brokerspec_kalshi.models import Balance

        with _translated("GET"):
            response = await get_balance.asyncio_detailed(client=self._client)
            return _balance(_parsed(response, Balance, "GET"))

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
        _check_query(ticker=ticker, order_id=order_id, cursor=cursor)
        from brokerspec_kalshi.api.portfolio import get_fills
        from brokerspec_kalshi.models import GetFillsResponse

        with _translated("GET"):
            response = await get_fills.asyncio_detailed(
                client=self._client,
                ticker=ticker,
                order_id=order_id,
                min_ts=min_ts,
                max_ts=max_ts,
                limit=limit,
                cursor=cursor,
            )
            parsed = _parsed(response, GetFillsResponse, "GET")
            return KalshiFillPage(
                items=[_fill(fill) for fill in parsed.fills], next_cursor=_next_cursor(parsed)
            )

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
        _check_query(ticker=ticker, event_ticker=event_ticker, cursor=cursor)
        from brokerspec_kalshi.api.orders import get_orders
        from brokerspec_kalshi.models import GetOrdersResponse

        with _translated("GET"):
            response = await get_orders.asyncio_detailed(
                client=self._client,
                ticker=ticker,
                event_ticker=event_ticker,
                status=status,
                limit=limit,
                cursor=cursor,
                min_ts=min_ts,
                max_ts=max_ts,
            )
            parsed = _parsed(response, GetOrdersResponse, "GET")
            return KalshiOrderPage(
                items=[_order(order) for order in parsed.orders], next_cursor=_next_cursor(parsed)
            )

    async def order(self, order_id: str) -> KalshiOrder:
        """One order by id (GET /portfolio/orders/{order_id}); canceled and executed ones may be NotFound."""
        _check_path(order_id=order_id)
        from brokerspec_kalshi.api.orders import get_order
        from brokerspec_kalshi.models import GetOrderResponse

        with _translated("GET"):
            response = await get_order.asyncio_detailed(order_id, client=self._client)
            return _order(_parsed(response, GetOrderResponse, "GET").order)

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
        _check_query(ticker=ticker, event_ticker=event_ticker, cursor=cursor)
        from brokerspec_kalshi.api.portfolio import get_positions
        from brokerspec_kalshi.models import GetPositionsResponse

        with _translated("GET"):
            response = await get_positions.asyncio_detailed(
                client=self._client,
                ticker=ticker,
                event_ticker=event_ticker,
                settlement_status=settlement_status,
                count_filter=count_filter,
                limit=limit,
                cursor=cursor,
            )
            parsed = _parsed(response, GetPositionsResponse, "GET")
            return KalshiPositionPage(
                market_positions=[_market_position(p) for p in parsed.market_positions],
                event_positions=[_event_position(p) for p in parsed.event_positions],
                next_cursor=_next_cursor(parsed),
            )

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
        _check_query(ticker=ticker, event_ticker=event_ticker, cursor=cursor)
        from brokerspec_kalshi.api.portfolio import get_settlements
        from brokerspec_kalshi.models import GetSettlementsResponse

        with _translated("GET"):
            response = await get_settlements.asyncio_detailed(
                client=self._client,
                ticker=ticker,
                event_ticker=event_ticker,
                min_ts=min_ts,
                max_ts=max_ts,
                limit=limit,
                cursor=cursor,
            )
            parsed = _parsed(response, GetSettlementsResponse, "GET")
            return KalshiSettlementPage(
                items=[_settlement(s) for s in parsed.settlements], next_cursor=_next_cursor(parsed)
            )

    async def queue_positions(
        self, market_tickers: Sequence[str] | str | None = None, event_ticker: str | None = None
    ) -> KalshiQueuePositions:
        """Queue positions of resting orders (GET /portfolio/orders/queue_positions)."""
        from brokerspec_kalshi.api.orders import get_queue_positions
        from brokerspec_kalshi.models import GetQueuePositionsResponse

        tickers = (
            market_tickers
            if market_tickers is None or isinstance(market_tickers, str)
            else ",".join(market_tickers)
        )
        _check_query(market_tickers=tickers, event_ticker=event_ticker)
        with _translated("GET"):
            response = await get_queue_positions.asyncio_detailed(
                client=self._client, market_tickers=tickers, event_ticker=event_ticker
            )
            parsed = _parsed(response, GetQueuePositionsResponse, "GET")
            return KalshiQueuePositions(items=[_queue_position(q) for q in parsed.queue_positions])

    async def order_groups(self) -> KalshiOrderGroups:
        """All order groups (GET /portfolio/order_groups); the list does not name member orders."""
        from brokerspec_kalshi.api.order_groups import get_order_groups
        from brokerspec_kalshi.models import GetOrderGroupsResponse

        with _translated("GET"):
            response = await get_order_groups.asyncio_detailed(client=self._client)
            parsed = _parsed(response, GetOrderGroupsResponse, "GET")
            return KalshiOrderGroups(
                items=[
                    _order_group(group, _need(_str(group, "id"), "order group id"))
                    for group in parsed.order_groups
                ]
            )

    async def order_group(self, order_group_id: str) -> KalshiOrderGroup:
        """One order group with its order ids (GET /portfolio/order_groups/{id})."""
        _check_path(order_group_id=order_group_id)
        from brokerspec_kalshi.api.order_groups import get_order_group
        from brokerspec_kalshi.models import GetOrderGroupResponse

        with _translated("GET"):
            response = await get_order_group.asyncio_detailed(order_group_id, client=self._client)
            return _order_group(_parsed(response, GetOrderGroupResponse, "GET"), order_group_id)

    # --- writes (V2 endpoints only) ------------------------------------------------------------------

    async def create_order(self, body: Mapping[str, Any]) -> KalshiOrderAck:
        """Place one order (POST /portfolio/events/orders); `body` is exactly `orders.to_v2_body(...)`."""
        from brokerspec_kalshi.api.orders import create_order_v2
        from brokerspec_kalshi.models import CreateOrderV2Response

        request = _create_request(body)
        with _translated("POST"):
            response = await create_order_v2.asyncio_detailed(client=self._client, body=request)
            parsed = _parsed(response, CreateOrderV2Response, "POST")
            return _order_ack(parsed, requested=_requested(body), client_order_id=body.get("client_order_id"))

    async def batch_create(self, bodies: Sequence[Mapping[str, Any]]) -> list[KalshiBatchCreateItem]:
        """Place several orders in one call (POST /portfolio/events/orders/batched); one result per body.

        Kalshi answers each order on its own: an item carries either an `ack` or the broker's `error`.
        """
        from brokerspec_kalshi.api.orders import batch_create_orders_v2
        from brokerspec_kalshi.models import BatchCreateOrdersV2Request, BatchCreateOrdersV2Response

        if not bodies:
            raise InvalidOrder("batch_create needs at least one order")
        request = BatchCreateOrdersV2Request(orders=[_create_request(body) for body in bodies])
        with _translated("POST"):
            response = await batch_create_orders_v2.asyncio_detailed(client=self._client, body=request)
            parsed = _parsed(response, BatchCreateOrdersV2Response, "POST")
            if len(parsed.orders) != len(bodies):
                raise ValueError(f"{len(bodies)} orders sent, {len(parsed.orders)} results received")
            return [
                _batch_create_item(result, body) for result, body in zip(parsed.orders, bodies, strict=True)
            ]

    async def cancel_order(self, order_id: str) -> KalshiCancelAck:
        """Cancel one resting order (DELETE /portfolio/events/orders/{order_id})."""
        _check_path(order_id=order_id)
        from brokerspec_kalshi.api.orders import cancel_order_v2
        from brokerspec_kalshi.models import CancelOrderV2Response

        with _translated("DELETE"):
            response = await cancel_order_v2.asyncio_detailed(order_id, client=self._client)
            return _cancel_ack(_parsed(response, CancelOrderV2Response, "DELETE"), order_id)

    async def batch_cancel(self, order_ids: Sequence[str]) -> list[KalshiBatchCancelItem]:
        """Cancel several orders (DELETE /portfolio/events/orders/batched); one result per id."""
        from brokerspec_kalshi.api.orders import batch_cancel_orders_v2
        from brokerspec_kalshi.models import BatchCancelOrdersV2Request, BatchCancelOrdersV2Response

        ids = list(order_ids)
        if not ids:
            raise InvalidOrder("batch_cancel needs at least one order id")
        for oid in ids:
            _check_path(order_id=oid)
        with _translated("DELETE"):
            response = await batch_cancel_orders_v2.asyncio_detailed(
                client=self._client, body=BatchCancelOrdersV2Request(ids=ids)
            )
            parsed = _parsed(response, BatchCancelOrdersV2Response, "DELETE")
            if len(parsed.orders) != len(ids):
                raise ValueError(f"{len(ids)} cancels sent, {len(parsed.orders)} results received")
            return [_batch_cancel_item(result, oid) for result, oid in zip(parsed.orders, ids, strict=True)]

    async def amend_order(self, order_id: str, body: Mapping[str, Any]) -> KalshiOrderAck:
        """Change price and/or size (POST /portfolio/events/orders/{order_id}/amend).

        `body` is the AmendOrderV2Request JSON (`ticker`, `side`, `price`, `count` as the new *total* size).
        """
        _check_path(order_id=order_id)
        _check_query(ticker=body.get("ticker"))
        from brokerspec_kalshi.api.orders import amend_order_v2
        from brokerspec_kalshi.models import AmendOrderV2Request, AmendOrderV2Response

        request = _request_model(AmendOrderV2Request, body, "amend")
        with _translated("POST"):
            response = await amend_order_v2.asyncio_detailed(order_id, client=self._client, body=request)
            parsed = _parsed(response, AmendOrderV2Response, "POST")
            client_order_id = body.get("updated_client_order_id", body.get("client_order_id"))
            return _order_ack(
                parsed, requested=_requested(body), client_order_id=client_order_id, order_id=order_id
            )

    async def decrease_order(
        self, order_id: str, reduce_by: int | Decimal | None = None, reduce_to: int | Decimal | None = None
    ) -> KalshiDecreaseAck:
        """Shrink a resting order (POST /portfolio/events/orders/{order_id}/decrease); give exactly one."""
        _check_path(order_id=order_id)
        from brokerspec_kalshi.api.orders import decrease_order_v2
        from brokerspec_kalshi.models import DecreaseOrderV2Request, DecreaseOrderV2Response

        if (reduce_by is None) == (reduce_to is None):
            raise InvalidOrder("give exactly one of reduce_by and reduce_to")
        if reduce_by is not None:
            request = DecreaseOrderV2Request(reduce_by=_count_wire(reduce_by, "reduce_by", minimum=1))
        else:
            assert reduce_to is not None
            request = DecreaseOrderV2Request(reduce_to=_count_wire(reduce_to, "reduce_to", minimum=0))
        with _translated("POST"):
            response = await decrease_order_v2.asyncio_detailed(order_id, client=self._client, body=request)
            parsed = _parsed(response, DecreaseOrderV2Response, "POST")
            return KalshiDecreaseAck(
                order_id=_str(parsed, "order_id") or order_id,
                client_order_id=_str(parsed, "client_order_id"),
                reduced_by_contracts=_num(_str(parsed, "reduced_by")),
                remaining_count_contracts=_num(_str(parsed, "remaining_count")),
                ts_ms=_int(parsed, "ts_ms"),
            )

    async def cancel_all(self) -> KalshiCancelAllAck:
        """Cancel every resting order (DELETE /portfolio/events/orders, 204)."""
        from brokerspec_kalshi.api.orders import cancel_all_orders_v2

        with _translated("DELETE"):
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
        with _translated("POST"):
            response = await create_order_group.asyncio_detailed(client=self._client, body=request)
            parsed = _parsed(response, CreateOrderGroupResponse, "POST")
            return KalshiOrderGroupAck(order_group_id=parsed.order_group_id, action="created")

    async def delete_order_group(self, order_group_id: str) -> KalshiOrderGroupAck:
        """Delete an order group (its resting orders are canceled by Kalshi)."""
        _check_path(order_group_id=order_group_id)
        from brokerspec_kalshi.api.order_groups import delete_order_group

        with _translated("DELETE"):
            response = await delete_order_group.asyncio_detailed(order_group_id, client=self._client)
            translate.raise_for_response(BROKER, response, method="DELETE")
            return KalshiOrderGroupAck(order_group_id=order_group_id, action="deleted")

    async def reset_order_group(self, order_group_id: str) -> KalshiOrderGroupAck:
        """Reset an order group's filled-contracts counter so it accepts orders again."""
        _check_path(order_group_id=order_group_id)
        from brokerspec_kalshi.api.order_groups import reset_order_group

        with _translated("PUT"):
            response = await reset_order_group.asyncio_detailed(order_group_id, client=self._client)
            translate.raise_for_response(BROKER, response, method="PUT")
            return KalshiOrderGroupAck(order_group_id=order_group_id, action="reset")

    # --- reconciliation and the cross-broker view ----------------------------------------------------

    async def find_order_by_client_order_id(
        self,
        client_order_id: str,
        ticker: str,
        *,
        min_ts: int | None = None,
        max_pages: int = RECONCILE_MAX_PAGES,
    ) -> KalshiOrder | None:
        """The order carrying `client_order_id`, or None when the ticker's whole order list lacks it.

        Used after a write whose outcome is unknown. Reads at most `max_pages` pages (newest first, so a
        just-sent order is on the first); if the list goes on beyond that it raises `errors.Uncertain`
        rather than answer "not placed" without having looked everywhere.
        """
        cursor: str | None = None
        for _ in range(max_pages):
            page = await self.orders(ticker=ticker, limit=_RECONCILE_PAGE_LIMIT, cursor=cursor, min_ts=min_ts)
            for order in page.items:
                if order.client_order_id == client_order_id:
                    return order
            if page.next_cursor is None or page.next_cursor == cursor:
                return None
            cursor = page.next_cursor
        raise errors.Uncertain(
            f"client_order_id {client_order_id!r} not in the newest {max_pages} pages of {ticker} orders; "
            "the list is longer, so the order may exist",
            broker=BROKER,
        )

    async def portfolio(self) -> BrokerPortfolio:
        """Cash and market positions in the cross-broker shape (`portfolio.BrokerPortfolio`).

        Positions are Kalshi's default set (markets not yet settled), flat ones included so the realized
        P&L total is complete. Kalshi reports no unrealized P&L, so that total is null while anything is open.
        """
        import asyncio

        balance, (positions, complete) = await asyncio.gather(self.balance(), self._all_market_positions())
        warnings = [
            "Kalshi reports no unrealized P&L or last price; exposure is the cost of the open contracts.",
            "Markets already settled are not listed; see kalshi settlements.",
        ]
        if not complete:
            warnings.append(f"Only the first {len(positions)} positions are listed.")
        return broker_portfolio(
            BROKER,
            [],
            [_portfolio_position(p) for p in positions],
            currency="USD",
            environment=self.environment,
            cash=Cash(available=balance.balance_dollars, currency="USD"),
            warnings=warnings,
        )

    async def _all_market_positions(self) -> tuple[list[KalshiMarketPosition], bool]:
        """Every market position, paging a bounded number of times; the flag says whether all were read."""
        positions: list[KalshiMarketPosition] = []
        cursor: str | None = None
        for _ in range(_PORTFOLIO_MAX_PAGES):
            page = await self.positions(limit=_PORTFOLIO_PAGE_LIMIT, cursor=cursor)
            positions.extend(page.market_positions)
            if page.next_cursor is None or page.next_cursor == cursor:
                return positions, True
            cursor = page.next_cursor
        return positions, False


# --- calls -------------------------------------------------------------------------------------------------


@contextmanager
def _translated(method: str) -> Iterator[None]:
    """Turn every failure of one call, from sending to normalizing, into a `BrokerError`.

    A write that got a 2xx whose body we cannot normalize was executed: that is `Uncertain`, never a
    plain error (which would tell the agent the order was not placed).
    """
    import httpx

    try:
        yield
    except errors.BrokerError:
        raise
    except (httpx.HTTPError, ValueError, TypeError, KeyError) as exc:
        raise translate.error_from_exception(BROKER, exc, method) from exc
    except Exception as exc:
        if method.upper() in _READ_METHODS:
            raise
        raise errors.Uncertain(
            f"{method} to {BROKER} failed while reading its reply ({type(exc).__name__}: {exc})",
            broker=BROKER,
        ) from exc


def _invalid(exc: identifiers.InvalidIdentifier) -> errors.InvalidArgument:
    return errors.InvalidArgument(str(exc), broker=BROKER)


def _check_path(**values: str | None) -> None:
    """Every id that goes into a URL path: a safe single segment, or `InvalidArgument` (nothing is sent)."""
    for what, value in values.items():
        try:
            identifiers.check_id(value, what)
        except identifiers.InvalidIdentifier as exc:
            raise _invalid(exc) from None


_QUERY_CHECKS: Final = {
    "ticker": identifiers.check_ticker,
    "event_ticker": identifiers.check_ticker_list,
    "market_tickers": identifiers.check_ticker_list,
    "order_id": identifiers.check_id,
    "cursor": identifiers.check_cursor,
}


def _check_query(**values: str | None) -> None:
    """Query values are encoded by httpx, but are still bounded and of their documented form."""
    for what, value in values.items():
        if value is None:
            continue
        try:
            _QUERY_CHECKS[what](value, what)
        except identifiers.InvalidIdentifier as exc:
            raise _invalid(exc) from None


def _parsed(response: Any, model: type[_T], method: str) -> _T:
    """The parsed body of a successful reply, checked to be the operation's success model."""
    translate.raise_for_response(BROKER, response, method=method)
    parsed = response.parsed
    if not isinstance(parsed, model):
        raise ValueError(f"HTTP {int(response.status_code)} reply is not a {model.__name__}")
    return parsed


def _request_model(model: Any, body: Mapping[str, Any], what: str) -> Any:
    """Build a generated request model and prove it sends exactly `body` (nothing dropped or renamed)."""
    try:
        request = model.from_dict(dict(body))
    except (KeyError, TypeError, ValueError) as exc:
        raise InvalidOrder(f"{what} body is not a valid V2 request: {exc}") from exc
    sent = request.to_dict()
    if sent != dict(body):
        extra = sorted(set(body) - set(sent))
        raise InvalidOrder(f"{what} body would not be sent as given (unknown or changed fields: {extra})")
    return request


def _create_request(body: Mapping[str, Any]) -> Any:
    from brokerspec_kalshi.models import CreateOrderV2Request

    return _request_model(CreateOrderV2Request, body, "create")


def _requested(body: Mapping[str, Any]) -> Decimal | None:
    """The order size a write asked for (a wire count string)."""
    count = body.get("count")
    return to_decimal(count) if isinstance(count, str | int) else None


def _count_wire(value: int | Decimal, name: str, *, minimum: int) -> str:
    """A contract count as the V2 endpoints take it: a string with two decimals ("3.00")."""
    if isinstance(value, bool) or not isinstance(value, int | Decimal):
        raise InvalidOrder(f"{name} must be a whole number of contracts, not {value!r}")
    count = Decimal(value)
    if not count.is_finite() or count != count.to_integral_value() or count < minimum:
        raise InvalidOrder(f"{name} must be a whole number >= {minimum}, not {value!r}")
    return format(count.quantize(_COUNT_QUANTUM), "f")


# --- reading generated models ------------------------------------------------------------------------------
# Generated attributes are the value, None, or UNSET; type checks keep UNSET (and wrong types) out.


def _str(obj: Any, name: str) -> str | None:
    value = getattr(obj, name, None)
    return value if isinstance(value, str) else None


def _int(obj: Any, name: str) -> int | None:
    value = getattr(obj, name, None)
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def _bool(obj: Any, name: str) -> bool | None:
    value = getattr(obj, name, None)
    return value if isinstance(value, bool) else None


def _plain(value: Decimal) -> Decimal:
    """Drop trailing zeros, so "0.9600", "0.96" and 96 cents print alike (and shorter)."""
    value = value.normalize()
    exponent = value.as_tuple().exponent
    return value.quantize(Decimal(1)) if isinstance(exponent, int) and exponent > 0 else value


def _num(text: str | None) -> Decimal | None:
    value = to_decimal(text)
    return None if value is None else _plain(value)


def _dollars(obj: Any, *strings: str, cents: str | None = None) -> Decimal | None:
    """Dollars from the first non-empty dollar string, else from integer cents, else None."""
    for name in strings:
        value = _num(_str(obj, name))
        if value is not None:
            return value
    if cents is not None:
        whole_cents = _int(obj, cents)
        if whole_cents is not None:
            return _plain(Decimal(whole_cents) / _CENT)
    return None


def _contracts(obj: Any, fp: str, count: str) -> Decimal | None:
    """Contracts from the `*_fp` string (2026), else the integer count (2025)."""
    value = _num(_str(obj, fp))
    if value is not None:
        return value
    whole = _int(obj, count)
    return None if whole is None else Decimal(whole)


def _need(value: _T | None, what: str) -> _T:
    """A value every known wire sends; its absence makes the reply unreadable."""
    if value is None:
        raise ValueError(f"Kalshi reply has no {what}")
    return value


def _sum(*values: Decimal | None) -> Decimal | None:
    present = [v for v in values if v is not None]
    return _plain(sum(present, Decimal(0))) if present else None


def _next_cursor(parsed: Any) -> str | None:
    """Kalshi marks the last page with an empty cursor; agents get null instead."""
    return _str(parsed, "cursor") or None


# --- wire → models -----------------------------------------------------------------------------------------


def _balance(b: Any) -> KalshiBalance:
    return KalshiBalance(
        balance_dollars=_need(_dollars(b, "balance_dollars", cents="balance"), "balance"),
        portfolio_value_dollars=_dollars(b, cents="portfolio_value"),
        updated_ts=_int(b, "updated_ts"),
    )


def _fill(f: Any) -> KalshiFill:
    ticker = _need(_str(f, "ticker") or _str(f, "market_ticker"), "fill ticker")
    outcome = _need(
        _str(f, "outcome_side") or _str(f, "side") or _str(f, "purchased_side"), f"side of fill in {ticker}"
    )
    yes_price = _dollars(f, "yes_price_dollars", "yes_price_fixed", cents="yes_price")
    no_price = _dollars(f, "no_price_dollars", "no_price_fixed", cents="no_price")
    if outcome == "yes":
        price = yes_price
    elif outcome == "no":
        price = no_price if no_price is not None else (None if yes_price is None else 1 - yes_price)
    else:
        raise ValueError(f"unknown outcome side {outcome!r} of a fill in {ticker}")
    return KalshiFill(
        fill_id=_need(_str(f, "fill_id") or _str(f, "trade_id"), "fill id"),
        order_id=_need(_str(f, "order_id"), "fill order_id"),
        ticker=ticker,
        outcome_side=outcome,
        book_side=_str(f, "book_side"),
        action=_str(f, "action"),
        count_contracts=_need(_contracts(f, "count_fp", "count"), f"count of a fill in {ticker}"),
        price_dollars=_need(price, f"price of a fill in {ticker}"),
        yes_price_dollars=_need(yes_price, f"yes price of a fill in {ticker}"),
        fee_dollars=_dollars(f, "fee_cost"),
        is_taker=_need(_bool(f, "is_taker"), f"is_taker of a fill in {ticker}"),
        created_time=_need(_str(f, "created_time"), f"created_time of a fill in {ticker}"),
    )


def _order(o: Any) -> KalshiOrder:
    order_id = _need(_str(o, "order_id"), "order_id")
    return KalshiOrder(
        order_id=order_id,
        client_order_id=_str(o, "client_order_id"),
        ticker=_need(_str(o, "ticker"), f"ticker of order {order_id}"),
        status=_need(_str(o, "status"), f"status of order {order_id}"),
        outcome_side=_str(o, "outcome_side") or _str(o, "side"),
        book_side=_str(o, "book_side"),
        action=_str(o, "action"),
        yes_price_dollars=_dollars(o, "yes_price_dollars", cents="yes_price"),
        no_price_dollars=_dollars(o, "no_price_dollars", cents="no_price"),
        initial_count_contracts=_contracts(o, "initial_count_fp", "initial_count"),
        fill_count_contracts=_contracts(o, "fill_count_fp", "fill_count"),
        remaining_count_contracts=_contracts(o, "remaining_count_fp", "remaining_count"),
        fees_dollars=_sum(
            _dollars(o, "taker_fees_dollars", cents="taker_fees"),
            _dollars(o, "maker_fees_dollars", cents="maker_fees"),
        ),
        order_group_id=_str(o, "order_group_id"),
        created_time=_str(o, "created_time"),
        expiration_time=_str(o, "expiration_time"),
    )


def _market_position(p: Any) -> KalshiMarketPosition:
    ticker = _need(_str(p, "ticker"), "position ticker")

    def money(field: str) -> Decimal:
        return _need(_dollars(p, f"{field}_dollars", cents=field), f"{field} of the {ticker} position")

    return KalshiMarketPosition(
        ticker=ticker,
        position_contracts=_need(_contracts(p, "position_fp", "position"), f"size of the {ticker} position"),
        market_exposure_dollars=money("market_exposure"),
        realized_pnl_dollars=money("realized_pnl"),
        fees_paid_dollars=money("fees_paid"),
        total_traded_dollars=money("total_traded"),
        resting_orders_count=_int(p, "resting_orders_count"),
    )


def _event_position(p: Any) -> KalshiEventPosition:
    return KalshiEventPosition(
        event_ticker=_need(_str(p, "event_ticker"), "event position ticker"),
        event_exposure_dollars=_dollars(p, "event_exposure_dollars", cents="event_exposure"),
        total_cost_dollars=_dollars(p, "total_cost_dollars", cents="total_cost"),
        realized_pnl_dollars=_dollars(p, "realized_pnl_dollars", cents="realized_pnl"),
        fees_paid_dollars=_dollars(p, "fees_paid_dollars", cents="fees_paid"),
    )


def _settlement(s: Any) -> KalshiSettlement:
    ticker = _need(_str(s, "ticker"), "settlement ticker")
    return KalshiSettlement(
        ticker=ticker,
        event_ticker=_str(s, "event_ticker"),
        market_result=_need(_str(s, "market_result"), f"market_result of {ticker}"),
        yes_count_contracts=_need(_contracts(s, "yes_count_fp", "yes_count"), f"yes count of {ticker}"),
        no_count_contracts=_need(_contracts(s, "no_count_fp", "no_count"), f"no count of {ticker}"),
        yes_total_cost_dollars=_dollars(s, "yes_total_cost_dollars", cents="yes_total_cost"),
        no_total_cost_dollars=_dollars(s, "no_total_cost_dollars", cents="no_total_cost"),
        revenue_dollars=_need(_dollars(s, cents="revenue"), f"revenue of {ticker}"),
        fee_dollars=_dollars(s, "fee_cost"),
        settled_time=_need(_str(s, "settled_time"), f"settled_time of {ticker}"),
    )


def _queue_position(q: Any) -> KalshiQueuePosition:
    order_id = _need(_str(q, "order_id"), "queue position order_id")
    return KalshiQueuePosition(
        order_id=order_id,
        ticker=_str(q, "market_ticker"),
        queue_position_contracts=_need(
            _contracts(q, "queue_position_fp", "queue_position"), f"queue position of {order_id}"
        ),
    )


def _order_group(g: Any, order_group_id: str) -> KalshiOrderGroup:
    orders = getattr(g, "orders", None)
    return KalshiOrderGroup(
        order_group_id=order_group_id,
        is_auto_cancel_enabled=_bool(g, "is_auto_cancel_enabled"),
        contracts_limit=_contracts(g, "contracts_limit_fp", "contracts_limit"),
        order_ids=[str(o) for o in orders] if isinstance(orders, list) else None,
    )


def _portfolio_position(p: KalshiMarketPosition) -> Position:
    return Position(
        broker=BROKER,
        symbol=p.ticker,
        quantity=p.position_contracts,
        realized_pnl=p.realized_pnl_dollars,
        unrealized_pnl=None,
        exposure=p.market_exposure_dollars,
        fees_paid=p.fees_paid_dollars,
        total_traded=p.total_traded_dollars,
        currency="USD",
    )


def _ack_status(fill: Decimal, remaining: Decimal, requested: Decimal | None) -> OrderAckStatus:
    """What happened right away. An IOC that filled part of its size reports 0 remaining: still partial."""
    if fill == 0:
        return "resting" if remaining > 0 else "canceled"
    if remaining > 0 or (requested is not None and fill < requested):
        return "partially_filled"
    return "filled"


def _order_ack(
    r: Any, *, requested: Decimal | None, client_order_id: Any, order_id: str | None = None
) -> KalshiOrderAck:
    oid = _need(_str(r, "order_id") or order_id, "order_id in the write reply")
    fill = _need(_num(_str(r, "fill_count")), f"fill_count of order {oid}")
    remaining = _need(_num(_str(r, "remaining_count")), f"remaining_count of order {oid}")
    return KalshiOrderAck(
        order_id=oid,
        client_order_id=_str(r, "client_order_id")
        or (client_order_id if isinstance(client_order_id, str) else None),
        status=_ack_status(fill, remaining, requested),
        fill_count_contracts=fill,
        remaining_count_contracts=remaining,
        average_fill_price_dollars=_num(_str(r, "average_fill_price")),
        average_fee_dollars=_num(_str(r, "average_fee_paid")),
        ts_ms=_need(_int(r, "ts_ms"), f"ts_ms of order {oid}"),
    )


def _cancel_ack(r: Any, order_id: str) -> KalshiCancelAck:
    oid = _str(r, "order_id") or order_id
    return KalshiCancelAck(
        order_id=oid,
        client_order_id=_str(r, "client_order_id"),
        reduced_by_contracts=_need(_num(_str(r, "reduced_by")), f"reduced_by of order {oid}"),
        ts_ms=_int(r, "ts_ms"),
    )


def _item_error(r: Any) -> dict[str, Any] | None:
    """A refused batch item's error as `{"code", "message"}`, Kalshi's words verbatim."""
    error = getattr(r, "error", None)
    if error is None or not hasattr(error, "code"):  # absent, null or UNSET
        return None
    return {"code": _str(error, "code"), "message": _str(error, "message") or _str(error, "details")}


def _batch_create_item(r: Any, body: Mapping[str, Any]) -> KalshiBatchCreateItem:
    sent_id = body.get("client_order_id")
    client_order_id = _str(r, "client_order_id") or (sent_id if isinstance(sent_id, str) else None)
    error = _item_error(r)
    if error is not None:
        return KalshiBatchCreateItem(client_order_id=client_order_id, ack=None, error=error)
    ack = _order_ack(r, requested=_requested(body), client_order_id=client_order_id)
    return KalshiBatchCreateItem(client_order_id=client_order_id, ack=ack, error=None)


def _batch_cancel_item(r: Any, order_id: str) -> KalshiBatchCancelItem:
    error = _item_error(r)
    if error is not None:
        return KalshiBatchCancelItem(order_id=order_id, ack=None, error=error)
    return KalshiBatchCancelItem(order_id=order_id, ack=_cancel_ack(r, order_id), error=None)
