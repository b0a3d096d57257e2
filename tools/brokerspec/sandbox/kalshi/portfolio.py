"""`/portfolio/...` routes (signed): balance, fills, orders, positions, settlements, order groups, the V2
writes, transfers, and the legacy writes of the 2025 wire.

What an absent `subaccount` means depends on the endpoint (reference "Other V2 rules"): **all** subaccounts on
the orders, fills, settlements and order-group lists and on cancel-all; subaccount **0** on balance,
positions, queue positions, cancel, amend, decrease and the order-group writes.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import BaseRoute

from . import errors, shapes, validation
from .base import Api, json_response, read_body, route
from .catalog import EXCHANGE_INDEXES
from .models import Fill, Order, OrderRequest, Position
from .money import fp
from .pagination import paginate
from .ratelimit import max_batch

_BATCHED = "/portfolio/events/orders/batched"


def _in_window(ts: float, min_ts: int | None, max_ts: int | None) -> bool:
    return (min_ts is None or ts >= min_ts) and (max_ts is None or int(ts) <= max_ts)


def _shard_filter(q: Mapping[str, str]) -> int | None:
    index = validation.query_exchange_index(q)
    if index is not None and index not in EXCHANGE_INDEXES:
        raise errors.bad_query(f"exchange_index must be one of {', '.join(map(str, EXCHANGE_INDEXES))}")
    return index


class PortfolioApi(Api):
    def _subaccount(self, q: Mapping[str, str], member: str, *, default: int | None) -> int | None:
        value = validation.query_subaccount(q)
        if value is None:
            return default
        if default is not None:  # a single-account endpoint: the subaccount must exist
            self.x.check_subaccount(member, value)
        return value

    # -- reads -----------------------------------------------------------------------------------

    async def get_balance(self, request: Request, member: str) -> Response:
        q = request.query_params
        sub = self._subaccount(q, member, default=0)
        assert sub is not None
        shard = _shard_filter(q)
        breakdown = [
            (a.exchange_index, self.x.balance(member, sub, a.exchange_index))
            for a in self.x.accounts_of(member, sub)
        ]
        body = shapes.balance(
            self.x.balance(member, sub, shard),
            self.x.portfolio_value(member, sub, shard),
            self.x.members[member].updated_ts,
            self.era,
            breakdown,
        )
        return json_response(body)

    async def get_fills(self, request: Request, member: str) -> Response:
        q = request.query_params
        limit = validation.query_limit(q)
        tickers = validation.query_list(q, "ticker", max_items=100)
        order_id = q.get("order_id") or None
        min_ts, max_ts = validation.query_int(q, "min_ts"), validation.query_int(q, "max_ts")
        sub = self._subaccount(q, member, default=None)
        shard = _shard_filter(q)

        def keep(f: Fill) -> bool:
            return (
                (tickers is None or f.ticker in tickers)
                and (order_id is None or f.order_id == order_id)
                and (shard is None or f.exchange_index == shard)
                and _in_window(f.created_ts, min_ts, max_ts)
            )

        items = [f for f in self.x.member_fills(member, sub) if keep(f)]
        page, cursor = paginate(items, lambda f: f.trade_id, q.get("cursor"), limit)
        return json_response({"cursor": cursor, "fills": [shapes.fill(f, self.era) for f in page]})

    async def get_orders(self, request: Request, member: str) -> Response:
        q = request.query_params
        limit = validation.query_limit(q)
        ticker = q.get("ticker") or None
        events = validation.query_list(q, "event_ticker", max_items=10)
        min_ts, max_ts = validation.query_int(q, "min_ts"), validation.query_int(q, "max_ts")
        status = validation.query_choice(q, "status", ("resting", "canceled", "executed"))
        sub = self._subaccount(q, member, default=None)
        shard = _shard_filter(q)

        def keep(o: Order) -> bool:
            return (
                (ticker is None or o.ticker == ticker)
                and (events is None or self.x.markets[o.ticker].event_ticker in events)
                and (status is None or o.status == status)
                and (shard is None or o.exchange_index == shard)
                and _in_window(o.created_ts, min_ts, max_ts)
            )

        items = [o for o in self.x.member_orders(member, sub) if keep(o)]
        page, cursor = paginate(items, lambda o: o.order_id, q.get("cursor"), limit)
        return json_response({"cursor": cursor, "orders": [shapes.order(o, self.era) for o in page]})

    async def get_order(self, request: Request, member: str) -> Response:
        order = self.x.get_order(member, request.path_params["order_id"])
        return json_response({"order": shapes.order(order, self.era)})

    async def get_order_queue_position(self, request: Request, member: str) -> Response:
        order = self.x.get_order(member, request.path_params["order_id"])
        return json_response({"queue_position_fp": fp(self.x.queue_position(order))})

    async def get_queue_positions(self, request: Request, member: str) -> Response:
        q = request.query_params
        tickers = validation.query_list(q, "market_tickers")
        event = q.get("event_ticker") or None
        if tickers is None and event is None:
            raise errors.bare_details("Need to specify market_tickers or event_ticker")
        sub = self._subaccount(q, member, default=0)
        resting = [
            o
            for o in self.x.resting_orders(member)
            if o.subaccount == sub
            and (tickers is None or o.ticker in tickers)
            and (event is None or self.x.markets[o.ticker].event_ticker == event)
        ]
        if not resting and self.era != "2025":
            return json_response({"queue_positions": None})  # today's wire's way of saying "none"
        body = [shapes.queue_position(o, self.x.queue_position(o), self.era) for o in resting]
        return json_response({"queue_positions": body})

    async def get_positions(self, request: Request, member: str) -> Response:
        q = request.query_params
        limit = validation.query_limit(q)
        counts = validation.query_list(q, "count_filter")
        known = ("position", "total_traded")
        if counts is not None and any(c not in known for c in counts):
            raise errors.bad_query(f"count_filter takes {', '.join(known)}")
        settled = (
            validation.query_choice(q, "settlement_status", ("all", "settled", "unsettled")) or "unsettled"
        )
        ticker, event = q.get("ticker") or None, q.get("event_ticker") or None
        sub = self._subaccount(q, member, default=0)
        assert sub is not None
        shard = _shard_filter(q)
        resting: dict[str, int] = {}
        for o in self.x.resting_orders(member):
            if o.subaccount == sub:
                resting[o.ticker] = resting.get(o.ticker, 0) + 1

        def keep(p: Position) -> bool:
            market = self.x.markets[p.ticker]
            state_ok = settled == "all" or (settled == "settled") == market.settled
            nonzero = {"position": p.net != 0, "total_traded": p.total_traded != 0}
            return (
                state_ok
                and (ticker is None or p.ticker == ticker)
                and (event is None or market.event_ticker == event)
                and (shard is None or market.exchange_index == shard)
                and (counts is None or any(nonzero[c] for c in counts))
            )

        items = [p for p in self.x.member_positions(member, sub) if keep(p)]
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
        sub = self._subaccount(q, member, default=None)
        items = [
            s
            for s in self.x.member_settlements(member, sub)
            if (ticker is None or s.ticker == ticker)
            and (event is None or s.event_ticker == event)
            and _in_window(s.settled_ts, min_ts, max_ts)
        ]
        page, cursor = paginate(items, lambda s: f"{s.subaccount}:{s.ticker}", q.get("cursor"), limit)
        return json_response(
            {"cursor": cursor, "settlements": [shapes.settlement(s, self.era) for s in page]}
        )

    # -- order groups ----------------------------------------------------------------------------

    def _group_route(self, q: Mapping[str, str], member: str) -> tuple[int, int]:
        sub = self._subaccount(q, member, default=0)
        assert sub is not None
        index = validation.query_exchange_index(q)
        return sub, 0 if index is None else index

    async def get_order_groups(self, request: Request, member: str) -> Response:
        sub = self._subaccount(request.query_params, member, default=None)
        groups = self.x.member_order_groups(member, sub)
        if not groups and self.era != "2025":
            return json_response({})  # today's list reply may omit `order_groups`
        return json_response({"order_groups": [shapes.order_group(g, self.era) for g in groups]})

    async def create_order_group(self, request: Request, member: str) -> Response:
        spec = validation.order_group_create(await read_body(request))
        group = self.x.create_order_group(
            member, spec.contracts_limit, subaccount=spec.subaccount, exchange_index=spec.exchange_index
        )
        return json_response(shapes.order_group_created(group, self.era), 201)

    async def get_order_group(self, request: Request, member: str) -> Response:
        sub = self._subaccount(request.query_params, member, default=None)
        group = self.x.get_order_group(member, request.path_params["order_group_id"], sub)
        return json_response(shapes.order_group_detail(group, self.era))

    async def delete_order_group(self, request: Request, member: str) -> Response:
        sub, shard = self._group_route(request.query_params, member)
        self.x.delete_order_group(
            member, request.path_params["order_group_id"], subaccount=sub, exchange_index=shard
        )
        return json_response({})

    async def reset_order_group(self, request: Request, member: str) -> Response:
        sub, shard = self._group_route(request.query_params, member)
        self.x.reset_order_group(
            member, request.path_params["order_group_id"], subaccount=sub, exchange_index=shard
        )
        return json_response({})

    async def trigger_order_group(self, request: Request, member: str) -> Response:
        sub, shard = self._group_route(request.query_params, member)
        self.x.trigger_order_group(
            member, request.path_params["order_group_id"], subaccount=sub, exchange_index=shard
        )
        return json_response({})

    async def update_order_group_limit(self, request: Request, member: str) -> Response:
        sub, shard = self._group_route(request.query_params, member)
        limit = validation.order_group_limit(await read_body(request))
        self.x.update_order_group_limit(
            member, request.path_params["order_group_id"], limit, subaccount=sub, exchange_index=shard
        )
        return json_response({})

    # -- V2 writes -------------------------------------------------------------------------------

    def _place_v2(self, member: str, request: OrderRequest) -> dict[str, Any]:
        mark = len(self.x.fills)
        order = self.x.place_order(member, request)
        return shapes.v2_summary(order, self.x.fills[mark:], self.x.now())

    async def create_order_v2(self, request: Request, member: str) -> Response:
        order_request = validation.v2_create(await read_body(request))
        return json_response(self._place_v2(member, order_request), 201)

    async def batch_create_orders_v2(self, request: Request, member: str) -> Response:
        limit = max_batch(self.x.limiter.tier_name, "POST", _BATCHED)
        results: list[dict[str, Any]] = []
        for client_order_id, item in validation.v2_batch_create(await read_body(request), limit):
            if isinstance(item, errors.ExchangeError):
                results.append({"client_order_id": client_order_id, "error": item.detail()})
                continue
            try:
                results.append({**self._place_v2(member, item), "error": None})
            except errors.ExchangeError as exc:
                results.append({"client_order_id": item.client_order_id, "error": exc.detail()})
        return json_response({"orders": results}, 201)

    async def batch_cancel_orders_v2(self, request: Request, member: str) -> Response:
        limit = max_batch(self.x.limiter.tier_name, "DELETE", _BATCHED)
        results: list[dict[str, Any]] = []
        for item in validation.v2_batch_cancel(await read_body(request), limit):
            if isinstance(item, tuple):
                order_id, refusal = item
                results.append({"order_id": order_id, "reduced_by": "0.00", "error": refusal.detail()})
                continue
            try:
                self.x.check_subaccount(member, item.subaccount)
                order, reduced = self.x.cancel_order(
                    member,
                    item.order_id,
                    subaccount=item.subaccount,
                    exchange_index=item.exchange_index,
                    market_ticker=item.market_ticker,
                )
            except errors.ExchangeError as exc:
                results.append({"order_id": item.order_id, "reduced_by": "0.00", "error": exc.detail()})
                continue
            results.append(shapes.v2_cancelled(order, reduced, self.x.now()))
        return json_response({"orders": results})

    async def cancel_order_v2(self, request: Request, member: str) -> Response:
        q = request.query_params
        sub = self._subaccount(q, member, default=0)
        assert sub is not None
        order, reduced = self.x.cancel_order(
            member,
            request.path_params["order_id"],
            subaccount=sub,
            exchange_index=validation.query_exchange_index(q, allow_auto=True),
            market_ticker=q.get("market_ticker") or None,
        )
        return json_response(shapes.v2_cancelled(order, reduced, self.x.now()))

    async def cancel_all_orders_v2(self, request: Request, member: str) -> Response:
        sub = self._subaccount(request.query_params, member, default=None)
        self.x.cancel_all_orders(member, sub)
        return Response(status_code=204)

    async def amend_order_v2(self, request: Request, member: str) -> Response:
        sub = self._subaccount(request.query_params, member, default=0)
        assert sub is not None
        change = validation.amend(await read_body(request))
        result = self.x.amend_order(
            member,
            request.path_params["order_id"],
            price=change.price,
            count=change.count,
            updated_client_order_id=change.updated_client_order_id,
            **({"expiration_ts": change.expiration_time} if change.has_expiration else {}),
            subaccount=sub,
            exchange_index=change.exchange_index,
            ticker=change.ticker,
            side=change.side,
            client_order_id=change.client_order_id,
        )
        changed_id = result.after.client_order_id != result.before.client_order_id
        body = shapes.v2_amended(result.after, result.fills, result.resized, changed_id, self.x.now())
        return json_response(body)

    async def decrease_order_v2(self, request: Request, member: str) -> Response:
        sub = self._subaccount(request.query_params, member, default=0)
        assert sub is not None
        change = validation.decrease(await read_body(request))
        order, _ = self.x.decrease_order(
            member,
            request.path_params["order_id"],
            reduce_by=change.reduce_by,
            reduce_to=change.reduce_to,
            subaccount=sub,
            exchange_index=change.exchange_index,
            market_ticker=change.market_ticker,
        )
        return json_response(shapes.v2_decreased(order, self.x.now()))

    # -- transfers -------------------------------------------------------------------------------

    async def transfer(self, request: Request, member: str) -> Response:
        spec = validation.transfer(await read_body(request))
        record = self.x.transfer(
            member,
            spec.amount,
            source_exchange_shard=spec.source_exchange_shard,
            destination_exchange_shard=spec.destination_exchange_shard,
            source_subaccount=spec.source_subaccount,
            destination_subaccount=spec.destination_subaccount,
            client_transfer_id=spec.client_transfer_id,
        )
        return json_response({"transfer_id": record.transfer_id})

    async def get_transfers(self, request: Request, member: str) -> Response:
        q = request.query_params
        limit = validation.query_limit(q)
        items = sorted((t for t in self.x.transfers if t.member_id == member), key=lambda t: -t.created_ts)
        page, cursor = paginate(items, lambda t: t.transfer_id, q.get("cursor"), limit)
        body: dict[str, Any] = {"transfers": [shapes.transfer(t) for t in page]}
        if cursor:
            body["cursor"] = cursor
        return json_response(body)

    async def get_transfer(self, request: Request, member: str) -> Response:
        wanted = request.path_params["transfer_id"]
        for t in self.x.transfers:
            if t.member_id == member and t.transfer_id == wanted:
                return json_response({"transfer": shapes.transfer(t)})
        raise errors.not_found()

    # -- legacy writes (2025 wire only) ----------------------------------------------------------

    def legacy(self) -> None:
        """The four legacy writes answer 410 on the 2026 wire."""
        if self.era != "2025":
            raise errors.deprecated_v1_order_endpoint()

    async def create_order_legacy(self, request: Request, member: str) -> Response:
        self.legacy()
        order = self.x.place_order(member, validation.legacy_create(await read_body(request)))
        return json_response({"order": shapes.order(order, self.era)}, 201)

    async def batch_create_orders_legacy(self, request: Request, member: str) -> Response:
        self.legacy()
        results: list[dict[str, Any]] = []
        for client_order_id, item in validation.legacy_batch_create(await read_body(request)):
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
        for order_id in validation.order_ids(await read_body(request), "BatchCancelOrdersRequest"):
            try:
                order, reduced = self.x.cancel_order_anywhere(member, order_id)
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
        order, reduced = self.x.cancel_order_anywhere(member, request.path_params["order_id"])
        return json_response({"order": shapes.order(order, self.era), "reduced_by": int(reduced)})

    # -- routes ----------------------------------------------------------------------------------

    def routes(self) -> list[BaseRoute]:
        table: list[tuple[str, str, Any]] = [
            # More specific paths first: `queue_positions` and `batched` must not be read as an order id.
            ("GET", "/portfolio/balance", self.get_balance),
            ("GET", "/portfolio/fills", self.get_fills),
            ("GET", "/portfolio/order_groups", self.get_order_groups),
            ("POST", "/portfolio/order_groups/create", self.create_order_group),
            ("GET", "/portfolio/order_groups/{order_group_id}", self.get_order_group),
            ("DELETE", "/portfolio/order_groups/{order_group_id}", self.delete_order_group),
            ("PUT", "/portfolio/order_groups/{order_group_id}/reset", self.reset_order_group),
            ("PUT", "/portfolio/order_groups/{order_group_id}/trigger", self.trigger_order_group),
            ("PUT", "/portfolio/order_groups/{order_group_id}/limit", self.update_order_group_limit),
            ("GET", "/portfolio/orders", self.get_orders),
            ("POST", "/portfolio/orders", self.create_order_legacy),
            ("POST", "/portfolio/orders/batched", self.batch_create_orders_legacy),
            ("DELETE", "/portfolio/orders/batched", self.batch_cancel_orders_legacy),
            ("GET", "/portfolio/orders/queue_positions", self.get_queue_positions),
            ("GET", "/portfolio/orders/{order_id}", self.get_order),
            ("DELETE", "/portfolio/orders/{order_id}", self.cancel_order_legacy),
            ("GET", "/portfolio/orders/{order_id}/queue_position", self.get_order_queue_position),
            ("GET", "/portfolio/positions", self.get_positions),
            ("GET", "/portfolio/settlements", self.get_settlements),
            ("POST", "/portfolio/events/orders", self.create_order_v2),
            ("DELETE", "/portfolio/events/orders", self.cancel_all_orders_v2),
            ("POST", _BATCHED, self.batch_create_orders_v2),
            ("DELETE", _BATCHED, self.batch_cancel_orders_v2),
            ("DELETE", "/portfolio/events/orders/{order_id}", self.cancel_order_v2),
            ("POST", "/portfolio/events/orders/{order_id}/amend", self.amend_order_v2),
            ("POST", "/portfolio/events/orders/{order_id}/decrease", self.decrease_order_v2),
            ("POST", "/portfolio/intra_exchange_instance_transfer", self.transfer),
            ("GET", "/portfolio/intra_exchange_instance_transfers", self.get_transfers),
            ("GET", "/portfolio/intra_exchange_instance_transfers/{transfer_id}", self.get_transfer),
        ]
        return [
            route(template, self.signed(handler, template), method) for method, template, handler in table
        ]
