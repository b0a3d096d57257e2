"""Unsigned sandbox controls (`/_admin/...`): list markets and series, pause and settle, fund accounts,
switch the wire era and the rate-limit tier, register keys, reset. Never billed, never faulted."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from decimal import Decimal
from typing import Any

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import BaseRoute, Route

from . import errors, validation
from .base import error_response, json_response, read_body
from .exchange import MARKET_MAKER_ID, KalshiExchange
from .models import OrderRequest
from .money import parse_decimal


def _object(body: Any) -> dict[str, Any]:
    if not isinstance(body, dict):
        raise errors.invalid_parameters("expected a JSON object")
    return body


def _decimal(value: object, name: str) -> Decimal:
    parsed = parse_decimal(str(value))
    if parsed is None:
        raise errors.invalid_parameters(f"{name} must be a decimal string")
    return parsed


def _int(body: dict[str, Any], name: str, default: int) -> int:
    value = body.get(name, default)
    if not isinstance(value, int) or isinstance(value, bool):
        raise errors.invalid_parameters(f"{name} must be an integer")
    return value


class AdminApi:
    def __init__(self, exchange: KalshiExchange) -> None:
        self.x = exchange

    @staticmethod
    def wrap(handler: Callable[[Request], Awaitable[Response]]) -> Callable[[Request], Awaitable[Response]]:
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
        """`{"ticker", "event_ticker", "title"?, "last_price"?, "series_ticker"?, "exchange_index"?,
        "price_level_structure"?, "fractional_trading_enabled"?}`: list an empty active market."""
        body = _object(await read_body(request))
        ticker, event = body.get("ticker"), body.get("event_ticker")
        if not isinstance(ticker, str) or not ticker or not isinstance(event, str) or not event:
            raise errors.invalid_parameters("ticker and event_ticker are required strings")
        series = body.get("series_ticker")
        self.x.add_market(
            ticker,
            event,
            str(body.get("title", "")),
            _decimal(body.get("last_price", "0.50"), "last_price"),
            series_ticker=series if isinstance(series, str) and series else None,
            exchange_index=_int(body, "exchange_index", 0),
            price_level_structure=str(body.get("price_level_structure", "linear_cent")),
            fractional_trading_enabled=bool(body.get("fractional_trading_enabled", False)),
        )
        return json_response({"ticker": ticker}, 201)

    async def add_series(self, request: Request) -> Response:
        """`{"ticker", "fee_type"?, "fee_multiplier"?, "title"?}`."""
        body = _object(await read_body(request))
        ticker = body.get("ticker")
        if not isinstance(ticker, str) or not ticker:
            raise errors.invalid_parameters("ticker is a required string")
        self.x.add_series(
            ticker,
            str(body.get("fee_type", "quadratic")),
            _decimal(body.get("fee_multiplier", "1"), "fee_multiplier"),
            str(body.get("title", "")),
        )
        return json_response({"ticker": ticker}, 201)

    async def book(self, request: Request) -> Response:
        depth = self.x.book(request.path_params["ticker"])
        return json_response(
            {side: [[f"{p:f}", f"{c:.2f}"] for p, c in levels] for side, levels in depth.items()}
        )

    async def settle(self, request: Request) -> Response:
        """`{"result": "yes"|"no", "finalize"?: true, "value_known"?: true}`."""
        body = _object(await read_body(request))
        result = body.get("result")
        if result not in ("yes", "no"):
            raise errors.invalid_parameters('result must be "yes" or "no"')
        done = self.x.settle_market(
            request.path_params["ticker"],
            str(result),
            finalize=bool(body.get("finalize", True)),
            value_known=bool(body.get("value_known", True)),
        )
        return json_response(
            {"ticker": request.path_params["ticker"], "result": result, "settlements": len(done)}
        )

    async def status(self, request: Request) -> Response:
        """`{"status": "active"|"inactive"|"closed"|...}`: pause, resume or close a market."""
        body = _object(await read_body(request))
        market = self.x.set_market_status(request.path_params["ticker"], str(body.get("status", "")))
        return json_response({"ticker": market.ticker, "status": market.status})

    async def quote(self, request: Request) -> Response:
        """Rest a market-maker order (`{"side": "bid"|"ask", "price": "0.45", "count": "10"}`)."""
        body = _object(await read_body(request))
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

    async def shard(self, request: Request) -> Response:
        """`{"trading_active"?, "exchange_active"?, "intra_exchange_transfers_active"?}` for one shard."""
        body = _object(await read_body(request))
        index = int(request.path_params["exchange_index"])
        if "trading_active" in body:
            self.x.set_trading_active(index, bool(body["trading_active"]))
        shard = self.x.shards.get(index)
        if shard is None:
            raise errors.not_found()
        for name in ("exchange_active", "intra_exchange_transfers_active"):
            if name in body:
                setattr(shard, name, bool(body[name]))
        return json_response(
            {
                "exchange_index": index,
                "exchange_active": shard.exchange_active,
                "trading_active": shard.trading_active,
                "intra_exchange_transfers_active": shard.intra_exchange_transfers_active,
            }
        )

    async def get_era(self, request: Request) -> Response:
        return json_response({"wire_era": self.x.wire_era})

    async def set_era(self, request: Request) -> Response:
        body = _object(await read_body(request))
        self.x.set_wire_era(str(body.get("wire_era", body.get("era", ""))))
        return json_response({"wire_era": self.x.wire_era})

    async def get_rate_limits(self, request: Request) -> Response:
        return json_response({"tier": self.x.limiter.tier_name})

    async def set_rate_limits(self, request: Request) -> Response:
        """`{"tier": "basic"|"advanced"|"premier"|"paragon"|"prime"|null}` (null: no limiting)."""
        body = _object(await read_body(request))
        tier = body.get("tier")
        self.x.set_rate_limit_tier(tier if isinstance(tier, str) else None)
        return json_response({"tier": self.x.limiter.tier_name})

    async def register_key(self, request: Request) -> Response:
        body = _object(await read_body(request))
        key_id, pem = body.get("key_id"), body.get("public_key_pem")
        if not isinstance(key_id, str) or not isinstance(pem, str):
            raise errors.invalid_parameters("key_id and public_key_pem are required strings")
        member_id = body.get("member_id")
        balance = _int(body, "balance_cents", 100_000)
        precision = _decimal(body.get("balance_precision", "0.0001"), "balance_precision")
        member = self.x.register_api_key(
            key_id,
            pem.encode(),
            member_id if isinstance(member_id, str) else None,
            balance,
            precision=precision,
        )
        return json_response({"key_id": key_id, "member_id": member}, 201)

    async def member(self, request: Request) -> Response:
        member_id = request.path_params["member_id"]
        member = self.x.members.get(member_id)
        if member is None:
            raise errors.not_found()
        accounts = [
            {
                "subaccount": a.subaccount,
                "exchange_index": a.exchange_index,
                "cash_dollars": f"{a.cash:f}",
                "balance_dollars": f"{self.x.balance(member_id, a.subaccount, a.exchange_index):f}",
            }
            for (_, _), a in sorted(member.accounts.items())
        ]
        return json_response(
            {
                "member_id": member_id,
                "cash_dollars": f"{self.x.cash(member_id):f}",
                "reserved_dollars": f"{self.x.reserved(member_id):f}",
                "balance_dollars": f"{self.x.balance(member_id):f}",
                "accounts": accounts,
            }
        )

    async def fund(self, request: Request) -> Response:
        """`{"amount_dollars": "25.00", "subaccount"?: 0, "exchange_index"?: 0}`: create or top up an account."""
        body = _object(await read_body(request))
        account = self.x.fund(
            request.path_params["member_id"],
            _decimal(body.get("amount_dollars", ""), "amount_dollars"),
            subaccount=_int(body, "subaccount", 0),
            exchange_index=_int(body, "exchange_index", 0),
        )
        return json_response({"cash_dollars": f"{account.cash:f}"})

    async def reset(self, request: Request) -> Response:
        self.x.reset()
        return json_response({})

    def routes(self) -> list[BaseRoute]:
        w = self.wrap
        return [
            Route("/_admin/markets", w(self.markets), methods=["GET"]),
            Route("/_admin/markets", w(self.add_market), methods=["POST"]),
            Route("/_admin/series", w(self.add_series), methods=["POST"]),
            Route("/_admin/markets/{ticker}/book", w(self.book), methods=["GET"]),
            Route("/_admin/markets/{ticker}/settle", w(self.settle), methods=["POST"]),
            Route("/_admin/markets/{ticker}/status", w(self.status), methods=["POST"]),
            Route("/_admin/markets/{ticker}/quote", w(self.quote), methods=["POST"]),
            Route("/_admin/exchange/{exchange_index:int}", w(self.shard), methods=["POST"]),
            Route("/_admin/wire_era", w(self.get_era), methods=["GET"]),
            Route("/_admin/wire_era", w(self.set_era), methods=["POST", "PUT"]),
            Route("/_admin/rate_limits", w(self.get_rate_limits), methods=["GET"]),
            Route("/_admin/rate_limits", w(self.set_rate_limits), methods=["POST", "PUT"]),
            Route("/_admin/keys", w(self.register_key), methods=["POST"]),
            Route("/_admin/members/{member_id}", w(self.member), methods=["GET"]),
            Route("/_admin/members/{member_id}/fund", w(self.fund), methods=["POST"]),
            Route("/_admin/reset", w(self.reset), methods=["POST"]),
        ]
