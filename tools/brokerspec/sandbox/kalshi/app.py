"""The sandbox over HTTP: Kalshi's `/trade-api/v2/portfolio/...` routes plus unsigned `/_admin/...` routes.

Every portfolio request is authenticated against `request.url.path` exactly as received — with whatever
prefix the app is mounted under — because that is the path a client pointed at this server signs.
Every response carries a `Date` header from the exchange clock, from which a client learns its offset.
"""

from __future__ import annotations

import json
from collections.abc import Awaitable, Callable
from email.utils import formatdate
from typing import Any

from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.middleware import Middleware
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import BaseRoute, Route
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from . import errors, shapes, validation
from .exchange import MARKET_MAKER_ID, KalshiExchange
from .models import Fill, Order, OrderRequest, Position
from .money import parse_decimal
from .pagination import paginate
from .signatures import AuthenticationFailed, authenticate

API_PREFIX = "/trade-api/v2"
_P = API_PREFIX + "/portfolio"

Handler = Callable[[Request, str], Awaitable[Response]]


def json_response(body: Any, status: int = 200) -> Response:
    """Compact JSON with the content type the real API sends."""
    return Response(
        json.dumps(body, separators=(",", ":")),
        status_code=status,
        headers={"content-type": "application/json; charset=utf-8"},
    )


def error_response(exc: errors.ExchangeError) -> Response:
    return json_response(exc.body(), exc.status)


class _DateHeader:
    """Stamp every response with `Date` from the exchange clock (which may be skewed on purpose)."""

    def __init__(self, app: ASGIApp, exchange: KalshiExchange) -> None:
        self.app = app
        self.exchange = exchange

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_date(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = [(k, v) for k, v in message.get("headers", []) if k.lower() != b"date"]
                headers.append((b"date", formatdate(self.exchange.now(), usegmt=True).encode()))
                message = {**message, "headers": headers}
            await send(message)

        await self.app(scope, receive, send_with_date)


class _KalshiApi:
    """Route handlers bound to one exchange."""

    def __init__(self, exchange: KalshiExchange) -> None:
        self.x = exchange

    @property
    def era(self) -> str:
        return self.x.wire_era

    def signed(self, handler: Handler) -> Callable[[Request], Awaitable[Response]]:
        """Authenticate, then run the handler; exchange refusals become their wire bodies."""

        async def endpoint(request: Request) -> Response:
            try:
                member_id = authenticate(
                    request.headers,
                    request.method,
                    request.url.path,
                    self.x.credential,
                    int(self.x.now() * 1000),
                )
            except AuthenticationFailed as exc:
                return json_response(exc.body, exc.status)
            await request.body()  # read (and cache) the body first: the handler then never suspends
            try:
                with self.x.lock:  # one operation at a time, even with callers on other threads
                    return await handler(request, member_id)
            except errors.ExchangeError as exc:
                return error_response(exc)

        return endpoint

    def legacy(self) -> None:
        """The four legacy writes answer 410 on the 2026 wire."""
        if self.era != "2025":
            raise errors.deprecated_v1_order_endpoint()

    # -- reads -----------------------------------------------------------------------------------

    async def get_balance(self, request: Request, member: str) -> Response:
        validation.query_subaccount(request.query_params)
        body = shapes.balance(
            self.x.balance(member),
            self.x.portfolio_value(member),
            self.x.members[member].updated_ts,
            self.era,
        )
        return json_response(body)

    async def get_fills(self, request: Request, member: str) -> Response:
        q = request.query_params
        limit = validation.query_limit(q)
        ticker, order_id = q.get("ticker") or None, q.get("order_id") or None
        min_ts, max_ts = validation.query_int(q, "min_ts"), validation.query_int(q, "max_ts")
        validation.query_subaccount(q)

        def keep(f: Fill) -> bool:
            return (
                (ticker is None or f.ticker == ticker)
                and (order_id is None or f.order_id == order_id)
                and _in_window(f.created_ts, min_ts, max_ts)
            )

        items = [f for f in self.x.member_fills(member) if keep(f)]
        page, cursor = paginate(items, lambda f: f.trade_id, q.get("cursor"), limit)
        return json_response({"cursor": cursor, "fills": [shapes.fill(f, self.era) for f in page]})

    async def get_orders(self, request: Request, member: str) -> Response:
        q = request.query_params
        limit = validation.query_limit(q)
        ticker = q.get("ticker") or None
        events = validation.query_list(q, "event_ticker", max_items=10)
        min_ts, max_ts = validation.query_int(q, "min_ts"), validation.query_int(q, "max_ts")
        status = validation.query_choice(q, "status", ("resting", "canceled", "executed"))
        validation.query_subaccount(q)

        def keep(o: Order) -> bool:
            return (
                (ticker is None or o.ticker == ticker)
                and (events is None or self.x.markets[o.ticker].event_ticker in events)
                and (status is None or o.status == status)
                and _in_window(o.created_ts, min_ts, max_ts)
            )

        items = [o for o in self.x.member_orders(member) if keep(o)]
        page, cursor = paginate(items, lambda o: o.order_id, q.get("cursor"), limit)
        return json_response({"cursor": cursor, "orders": [shapes.order(o, self.era) for o in page]})

    async def get_order(self, request: Request, member: str) -> Response:
        validation.query_subaccount(request.query_params)
        order = self.x.get_order(member, request.path_params["order_id"])
        return json_response({"order": shapes.order(order, self.era)})

    async def get_queue_positions(self, request: Request, member: str) -> Response:
        q = request.query_params
        tickers = validation.query_list(q, "market_tickers")
        event = q.get("event_ticker") or None
        validation.query_subaccount(q)
        resting = [
            o
            for o in self.x.resting_orders(member)
            if (tickers is None or o.ticker in tickers)
            and (event is None or self.x.markets[o.ticker].event_ticker == event)
        ]
        body = [shapes.queue_position(o, self.x.queue_position(o), self.era) for o in resting]
        return json_response({"queue_positions": body})

    async def get_positions(self, request: Request, member: str) -> Response:
        q = request.query_params
        limit = validation.query_limit(q)
        counts = validation.query_list(q, "count_filter")
        known = ("position", "total_traded", "resting_order_count")
        if counts is not None and any(c not in known for c in counts):
            raise errors.bad_query(f"count_filter takes {', '.join(known)}")
        settled = (
            validation.query_choice(q, "settlement_status", ("all", "settled", "unsettled")) or "unsettled"
        )
        ticker, event = q.get("ticker") or None, q.get("event_ticker") or None
        validation.query_subaccount(q)
        resting: dict[str, int] = {}
        for o in self.x.resting_orders(member):
            resting[o.ticker] = resting.get(o.ticker, 0) + 1

        def keep(p: Position) -> bool:
            market = self.x.markets[p.ticker]
            state_ok = settled == "all" or (settled == "settled") == (market.status == "settled")
            nonzero = {
                "position": p.net != 0,
                "total_traded": p.total_traded != 0,
                "resting_order_count": resting.get(p.ticker, 0) != 0,
            }
            return (
                state_ok
                and (ticker is None or p.ticker == ticker)
                and (event is None or market.event_ticker == event)
                and (counts is None or all(nonzero[c] for c in counts))
            )

        items = [p for p in self.x.member_positions(member) if keep(p)]
        page, cursor = paginate(items, lambda p: p.ticker, q.get("cursor"), limit)
        by_event: dict[str, list[Position]] = {}
        for p in page:
            by_event.setdefault(self.x.markets[p.ticker].event_ticker, []).append(p)
        return json_response(
            {
                "cursor": cursor,
                "event_positions": [shapes.event_position(e, ps, self.era) for e, ps in by_event.items()],
                "market_positions": [
                    shapes.market_position(p, resting.get(p.ticker, 0), self.era) for p in page
                ],
            }
        )

    async def get_settlements(self, request: Request, member: str) -> Response:
        q = request.query_params
        limit = validation.query_limit(q)
        ticker, event = q.get("ticker") or None, q.get("event_ticker") or None
        min_ts, max_ts = validation.query_int(q, "min_ts"), validation.query_int(q, "max_ts")
        validation.query_subaccount(q)
        items = [
            s
            for s in self.x.member_settlements(member)
            if (ticker is None or s.ticker == ticker)
            and (event is None or s.event_ticker == event)
            and _in_window(s.settled_ts, min_ts, max_ts)
        ]
        page, cursor = paginate(items, lambda s: s.ticker, q.get("cursor"), limit)
        return json_response(
            {"cursor": cursor, "settlements": [shapes.settlement(s, self.era) for s in page]}
        )

    # -- order groups ----------------------------------------------------------------------------

    async def get_order_groups(self, request: Request, member: str) -> Response:
        validation.query_subaccount(request.query_params)
        groups = self.x.member_order_groups(member)
        return json_response({"order_groups": [shapes.order_group(g, self.era) for g in groups]})

    async def create_order_group(self, request: Request, member: str) -> Response:
        limit = validation.order_group_limit(await _body(request))
        group = self.x.create_order_group(member, limit)
        return json_response({"order_group_id": group.group_id}, 201)

    async def get_order_group(self, request: Request, member: str) -> Response:
        validation.query_subaccount(request.query_params)
        group = self.x.get_order_group(member, request.path_params["order_group_id"])
        return json_response(shapes.order_group_detail(group, self.era))

    async def delete_order_group(self, request: Request, member: str) -> Response:
        validation.query_subaccount(request.query_params)
        self.x.delete_order_group(member, request.path_params["order_group_id"])
        return json_response({})

    async def reset_order_group(self, request: Request, member: str) -> Response:
        validation.query_subaccount(request.query_params)
        self.x.reset_order_group(member, request.path_params["order_group_id"])
        return json_response({})

    # -- V2 writes -------------------------------------------------------------------------------

    def _place_v2(self, member: str, request: OrderRequest) -> dict[str, Any]:
        mark = len(self.x.fills)
        order = self.x.place_order(member, request)
        return shapes.v2_summary(order, self.x.fills[mark:], self.x.now())

    async def create_order_v2(self, request: Request, member: str) -> Response:
        order_request = validation.v2_create(await _body(request))
        return json_response(self._place_v2(member, order_request), 201)

    async def batch_create_orders_v2(self, request: Request, member: str) -> Response:
        results: list[dict[str, Any]] = []
        for client_order_id, item in validation.v2_batch_create(await _body(request)):
            if isinstance(item, errors.ExchangeError):
                results.append({"client_order_id": client_order_id, "error": item.detail()})
                continue
            try:
                results.append({**self._place_v2(member, item), "error": None})
            except errors.ExchangeError as exc:
                results.append({"client_order_id": item.client_order_id, "error": exc.detail()})
        return json_response({"orders": results}, 201)

    async def batch_cancel_orders_v2(self, request: Request, member: str) -> Response:
        results: list[dict[str, Any]] = []
        for order_id in validation.order_ids(await _body(request), "BatchCancelOrdersV2Request"):
            try:
                order, reduced = self.x.cancel_order(member, order_id)
            except errors.ExchangeError as exc:
                results.append({"order_id": order_id, "error": exc.detail()})
                continue
            results.append(shapes.v2_reduced(order, reduced, self.x.now()))
        return json_response({"orders": results})

    async def cancel_order_v2(self, request: Request, member: str) -> Response:
        validation.query_subaccount(request.query_params)
        order, reduced = self.x.cancel_order(member, request.path_params["order_id"])
        return json_response(shapes.v2_reduced(order, reduced, self.x.now()))

    async def cancel_all_orders_v2(self, request: Request, member: str) -> Response:
        validation.query_subaccount(request.query_params)
        self.x.cancel_all_orders(member)
        return Response(status_code=204)

    async def amend_order_v2(self, request: Request, member: str) -> Response:
        change = validation.amend(await _body(request))
        order_id = request.path_params["order_id"]
        order = self.x.get_order(member, order_id)
        if order.status != "resting":
            raise errors.not_found()
        if change.ticker != order.ticker or change.side != order.book_side:
            raise errors.invalid_order("ticker and side must match the order being amended")
        if change.client_order_id is not None and change.client_order_id != order.client_order_id:
            raise errors.invalid_order("client_order_id does not match the order being amended")
        mark = len(self.x.fills)
        _, after = self.x.amend_order(
            member,
            order_id,
            price=change.price,
            count=change.count,
            updated_client_order_id=change.updated_client_order_id,
        )
        return json_response(shapes.v2_summary(after, self.x.fills[mark:], self.x.now()))

    async def decrease_order_v2(self, request: Request, member: str) -> Response:
        reduce_by, reduce_to = validation.decrease(await _body(request))
        order, reduced = self.x.decrease_order(
            member, request.path_params["order_id"], reduce_by=reduce_by, reduce_to=reduce_to
        )
        return json_response(shapes.v2_reduced(order, reduced, self.x.now(), with_remaining=True))

    # -- legacy writes (2025 wire only) ----------------------------------------------------------

    async def create_order_legacy(self, request: Request, member: str) -> Response:
        self.legacy()
        order = self.x.place_order(member, validation.legacy_create(await _body(request)))
        return json_response({"order": shapes.order(order, self.era)}, 201)

    async def batch_create_orders_legacy(self, request: Request, member: str) -> Response:
        self.legacy()
        results: list[dict[str, Any]] = []
        for client_order_id, item in validation.legacy_batch_create(await _body(request)):
            if isinstance(item, errors.ExchangeError):
                results.append({"client_order_id": client_order_id, "error": item.detail(), "order": None})
                continue
            try:
                order = self.x.place_order(member, item)
            except errors.ExchangeError as exc:
                results.append(
                    {"client_order_id": item.client_order_id, "error": exc.detail(), "order": None}
                )
                continue
            results.append(
                {
                    "client_order_id": order.client_order_id,
                    "error": None,
                    "order": shapes.order(order, self.era),
                }
            )
        return json_response({"orders": results}, 201)

    async def batch_cancel_orders_legacy(self, request: Request, member: str) -> Response:
        self.legacy()
        results: list[dict[str, Any]] = []
        for order_id in validation.order_ids(await _body(request), "BatchCancelOrdersRequest"):
            try:
                order, reduced = self.x.cancel_order(member, order_id)
            except errors.ExchangeError as exc:
                results.append({"error": exc.detail(), "order": None, "order_id": order_id, "reduced_by": 0})
                continue
            results.append(
                {
                    "error": None,
                    "order": shapes.order(order, self.era),
                    "order_id": order_id,
                    "reduced_by": int(reduced),
                }
            )
        return json_response({"orders": results})

    async def cancel_order_legacy(self, request: Request, member: str) -> Response:
        self.legacy()
        order, reduced = self.x.cancel_order(member, request.path_params["order_id"])
        return json_response({"order": shapes.order(order, self.era), "reduced_by": int(reduced)})

    # -- routes ----------------------------------------------------------------------------------

    def routes(self) -> list[BaseRoute]:
        s = self.signed
        # More specific paths first: `queue_positions` and `batched` must not be read as an order id.
        return [
            Route(f"{_P}/balance", s(self.get_balance), methods=["GET"]),
            Route(f"{_P}/fills", s(self.get_fills), methods=["GET"]),
            Route(f"{_P}/order_groups", s(self.get_order_groups), methods=["GET"]),
            Route(f"{_P}/order_groups/create", s(self.create_order_group), methods=["POST"]),
            Route(f"{_P}/order_groups/{{order_group_id}}", s(self.get_order_group), methods=["GET"]),
            Route(f"{_P}/order_groups/{{order_group_id}}", s(self.delete_order_group), methods=["DELETE"]),
            Route(f"{_P}/order_groups/{{order_group_id}}/reset", s(self.reset_order_group), methods=["PUT"]),
            Route(f"{_P}/orders", s(self.get_orders), methods=["GET"]),
            Route(f"{_P}/orders", s(self.create_order_legacy), methods=["POST"]),
            Route(f"{_P}/orders/batched", s(self.batch_create_orders_legacy), methods=["POST"]),
            Route(f"{_P}/orders/batched", s(self.batch_cancel_orders_legacy), methods=["DELETE"]),
            Route(f"{_P}/orders/queue_positions", s(self.get_queue_positions), methods=["GET"]),
            Route(f"{_P}/orders/{{order_id}}", s(self.get_order), methods=["GET"]),
            Route(f"{_P}/orders/{{order_id}}", s(self.cancel_order_legacy), methods=["DELETE"]),
            Route(f"{_P}/positions", s(self.get_positions), methods=["GET"]),
            Route(f"{_P}/settlements", s(self.get_settlements), methods=["GET"]),
            Route(f"{_P}/events/orders", s(self.create_order_v2), methods=["POST"]),
            Route(f"{_P}/events/orders", s(self.cancel_all_orders_v2), methods=["DELETE"]),
            Route(f"{_P}/events/orders/batched", s(self.batch_create_orders_v2), methods=["POST"]),
            Route(f"{_P}/events/orders/batched", s(self.batch_cancel_orders_v2), methods=["DELETE"]),
            Route(f"{_P}/events/orders/{{order_id}}", s(self.cancel_order_v2), methods=["DELETE"]),
            Route(f"{_P}/events/orders/{{order_id}}/amend", s(self.amend_order_v2), methods=["POST"]),
            Route(f"{_P}/events/orders/{{order_id}}/decrease", s(self.decrease_order_v2), methods=["POST"]),
        ]


class _AdminApi:
    """Unsigned sandbox controls: settle, switch era, inspect, add liquidity, reset."""

    def __init__(self, exchange: KalshiExchange) -> None:
        self.x = exchange

    @staticmethod
    def wrap(
        handler: Callable[[Request], Awaitable[Response]],
    ) -> Callable[[Request], Awaitable[Response]]:
        async def endpoint(request: Request) -> Response:
            try:
                return await handler(request)
            except errors.ExchangeError as exc:
                return error_response(exc)
            except ValueError as exc:
                return error_response(errors.invalid_parameters(str(exc)))

        return endpoint

    async def markets(self, request: Request) -> Response:
        return json_response({"markets": self.x.describe_markets()})

    async def add_market(self, request: Request) -> Response:
        body = _admin_object(await _body(request))
        ticker, event = body.get("ticker"), body.get("event_ticker")
        if not isinstance(ticker, str) or not ticker or not isinstance(event, str) or not event:
            raise errors.invalid_parameters("ticker and event_ticker are required strings")
        last = parse_decimal(str(body.get("last_price", "0.50")))
        if last is None:
            raise errors.invalid_parameters("last_price must be a dollar string")
        self.x.add_market(ticker, event, str(body.get("title", "")), last)
        return json_response({"ticker": ticker}, 201)

    async def book(self, request: Request) -> Response:
        depth = self.x.book(request.path_params["ticker"])
        return json_response(
            {side: [[f"{p:.2f}", f"{c:.2f}"] for p, c in levels] for side, levels in depth.items()}
        )

    async def settle(self, request: Request) -> Response:
        body = _admin_object(await _body(request))
        result = body.get("result")
        if result not in ("yes", "no"):
            raise errors.invalid_parameters('result must be "yes" or "no"')
        done = self.x.settle_market(request.path_params["ticker"], str(result))
        return json_response(
            {"ticker": request.path_params["ticker"], "result": result, "settlements": len(done)}
        )

    async def quote(self, request: Request) -> Response:
        """Rest a market-maker order (`{"side": "bid"|"ask", "price": "0.45", "count": "10"}`)."""
        body = _admin_object(await _body(request))
        side, price, count = body.get("side"), body.get("price"), body.get("count")
        if side not in ("bid", "ask") or not isinstance(price, str) or not isinstance(count, str):
            raise errors.invalid_parameters('side ("bid"|"ask"), price and count (strings) are required')
        order = self.x.place_order(
            MARKET_MAKER_ID,
            OrderRequest(
                ticker=request.path_params["ticker"],
                book_side="bid" if side == "bid" else "ask",
                price=validation.parse_v2_price(price),
                count=validation.parse_count(count),
            ),
        )
        return json_response({"order_id": order.order_id, "status": order.status}, 201)

    async def get_era(self, request: Request) -> Response:
        return json_response({"wire_era": self.x.wire_era})

    async def set_era(self, request: Request) -> Response:
        body = _admin_object(await _body(request))
        self.x.set_wire_era(str(body.get("wire_era", body.get("era", ""))))
        return json_response({"wire_era": self.x.wire_era})

    async def register_key(self, request: Request) -> Response:
        body = _admin_object(await _body(request))
        key_id, pem = body.get("key_id"), body.get("public_key_pem")
        if not isinstance(key_id, str) or not isinstance(pem, str):
            raise errors.invalid_parameters("key_id and public_key_pem are required strings")
        member_id = body.get("member_id")
        balance = body.get("balance_cents", 100_000)
        if not isinstance(balance, int):
            raise errors.invalid_parameters("balance_cents must be an integer")
        member = self.x.register_api_key(
            key_id, pem.encode(), member_id if isinstance(member_id, str) else None, balance
        )
        return json_response({"key_id": key_id, "member_id": member}, 201)

    async def member(self, request: Request) -> Response:
        member_id = request.path_params["member_id"]
        if member_id not in self.x.members:
            raise errors.not_found()
        return json_response(
            {
                "member_id": member_id,
                "cash_dollars": f"{self.x.cash(member_id):f}",
                "reserved_dollars": f"{self.x.reserved(member_id):f}",
                "balance_dollars": f"{self.x.balance(member_id):f}",
            }
        )

    async def reset(self, request: Request) -> Response:
        self.x.reset()
        return json_response({})

    def routes(self) -> list[BaseRoute]:
        w = self.wrap
        return [
            Route("/_admin/markets", w(self.markets), methods=["GET"]),
            Route("/_admin/markets", w(self.add_market), methods=["POST"]),
            Route("/_admin/markets/{ticker}/book", w(self.book), methods=["GET"]),
            Route("/_admin/markets/{ticker}/settle", w(self.settle), methods=["POST"]),
            Route("/_admin/markets/{ticker}/quote", w(self.quote), methods=["POST"]),
            Route("/_admin/wire_era", w(self.get_era), methods=["GET"]),
            Route("/_admin/wire_era", w(self.set_era), methods=["POST", "PUT"]),
            Route("/_admin/keys", w(self.register_key), methods=["POST"]),
            Route("/_admin/members/{member_id}", w(self.member), methods=["GET"]),
            Route("/_admin/reset", w(self.reset), methods=["POST"]),
        ]


async def _body(request: Request) -> Any:
    return validation.decode_json(await request.body())


def _admin_object(body: Any) -> dict[str, Any]:
    if not isinstance(body, dict):
        raise errors.invalid_parameters("expected a JSON object")
    return body


def _in_window(ts: float, min_ts: int | None, max_ts: int | None) -> bool:
    return (min_ts is None or ts >= min_ts) and (max_ts is None or int(ts) <= max_ts)


async def _http_error(request: Request, exc: Exception) -> Response:
    """Unknown paths and wrong methods answer in Kalshi's nested shape too."""
    status = exc.status_code if isinstance(exc, HTTPException) else 500
    code = {404: "not_found", 405: "method_not_allowed"}.get(status, "internal_server_error")
    return json_response({"error": {"code": code, "message": code.replace("_", " ")}}, status)


def create_app(exchange: KalshiExchange) -> Starlette:
    """An ASGI app serving `exchange`; mount it anywhere (signatures cover the full received path)."""
    api, admin = _KalshiApi(exchange), _AdminApi(exchange)
    return Starlette(
        routes=[*api.routes(), *admin.routes()],
        middleware=[Middleware(_DateHeader, exchange=exchange)],
        exception_handlers={404: _http_error, 405: _http_error, 500: _http_error},
    )


__all__ = ["API_PREFIX", "create_app"]
