"""What every Kalshi route shares: JSON answers, the exchange-clock `Date` header, authentication and billing.

After authentication every request is **billed** to the member's token buckets (`ratelimit.py`): the
endpoint's cost, per item for a batch. A request the bucket cannot pay for gets 429
`{"error": "too many requests"}` before anything else happens.

Every response carries a `Date` header from the exchange clock, from which a client learns its offset.
"""

from __future__ import annotations

import json
from collections.abc import Awaitable, Callable
from email.utils import formatdate
from typing import Any

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from . import errors, validation
from .exchange import KalshiExchange
from .ratelimit import cost_of
from .signatures import KEY_HEADER, SIGNATURE_HEADER, TIMESTAMP_HEADER, AuthenticationFailed, authenticate

API_PREFIX = "/trade-api/v2"

Handler = Callable[[Request, str], Awaitable[Response]]
PublicHandler = Callable[[Request], Awaitable[Response]]


def json_response(body: Any, status: int = 200) -> Response:
    """Compact JSON with the content type the real API sends."""
    return Response(
        json.dumps(body, separators=(",", ":")),
        status_code=status,
        headers={"content-type": "application/json; charset=utf-8"},
    )


def error_response(exc: errors.ExchangeError) -> Response:
    return json_response(exc.body(), exc.status)


async def read_body(request: Request) -> Any:
    return validation.decode_json(await request.body())


class DateHeader:
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


class Api:
    """Routes bound to one exchange: authentication, billing, and exchange refusals as wire bodies."""

    def __init__(self, exchange: KalshiExchange) -> None:
        self.x = exchange

    @property
    def era(self) -> str:
        return self.x.wire_era

    def _bill(self, member_id: str, request: Request, route: str, raw: bytes) -> Response | None:
        items = 1
        if raw:
            try:
                items = validation.batch_items(json.loads(raw))
            except ValueError:
                items = 1
        if self.x.limiter.admit(member_id, request.method, cost_of(request.method, route, items)):
            return None
        return error_response(errors.too_many_requests())

    def _authenticate(self, request: Request) -> str:
        return authenticate(
            request.headers,
            request.method,
            request.url.path,
            self.x.credential,
            int(self.x.now() * 1000),
        )

    def signed(self, handler: Handler, route: str) -> Callable[[Request], Awaitable[Response]]:
        """Authenticate, bill, then run the handler; exchange refusals become their wire bodies."""

        async def endpoint(request: Request) -> Response:
            try:
                member_id = self._authenticate(request)
            except AuthenticationFailed as exc:
                return json_response(exc.body, exc.status)
            raw = await request.body()  # read (and cache) the body first: the handler then never suspends
            with self.x.lock:  # one operation at a time, even with callers on other threads
                refused = self._bill(member_id, request, route, raw)
                if refused is not None:
                    return refused
                try:
                    return await handler(request, member_id)
                except errors.ExchangeError as exc:
                    return error_response(exc)

        return endpoint

    def public(self, handler: PublicHandler, route: str) -> Callable[[Request], Awaitable[Response]]:
        """Market data: no signature needed; a signed request is still verified and billed."""

        async def endpoint(request: Request) -> Response:
            signed = any(h in request.headers for h in (KEY_HEADER, TIMESTAMP_HEADER, SIGNATURE_HEADER))
            member_id = None
            if signed:
                try:
                    member_id = self._authenticate(request)
                except AuthenticationFailed as exc:
                    return json_response(exc.body, exc.status)
            await request.body()
            with self.x.lock:
                if member_id is not None:
                    refused = self._bill(member_id, request, route, b"")
                    if refused is not None:
                        return refused
                try:
                    return await handler(request)
                except errors.ExchangeError as exc:
                    return error_response(exc)

        return endpoint


def route(template: str, endpoint: Callable[[Request], Awaitable[Response]], method: str) -> Route:
    return Route(API_PREFIX + template, endpoint, methods=[method])
