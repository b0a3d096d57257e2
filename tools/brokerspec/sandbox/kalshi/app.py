"""The sandbox over HTTP: Kalshi's `/trade-api/v2/...` routes plus unsigned `/_admin/...` routes.

Every portfolio request is authenticated against `request.url.path` exactly as received — with whatever
prefix the app is mounted under — because that is the path a client pointed at this server signs. Market
data (`/markets`, `/series`, `/exchange/status`) is public: signed requests are checked and billed, unsigned
ones are served as they are. Every authenticated request is billed to the member's token buckets before it
runs (`base.Api`); every response carries a `Date` header from the exchange clock.
"""

from __future__ import annotations

from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.middleware import Middleware
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import BaseRoute

from .admin import AdminApi
from .base import API_PREFIX, DateHeader, json_response
from .exchange import KalshiExchange
from .portfolio import PortfolioApi
from .public import PublicApi


async def _http_error(request: Request, exc: Exception) -> Response:
    """Unknown paths and wrong methods answer in Kalshi's nested shape too."""
    status = exc.status_code if isinstance(exc, HTTPException) else 500
    code = {404: "not_found", 405: "method_not_allowed"}.get(status, "internal_server_error")
    return json_response({"error": {"code": code, "message": code.replace("_", " ")}}, status)


def create_app(exchange: KalshiExchange) -> Starlette:
    """An ASGI app serving `exchange`; mount it anywhere (signatures cover the full received path)."""
    routes: list[BaseRoute] = [
        *PortfolioApi(exchange).routes(),
        *PublicApi(exchange).routes(),
        *AdminApi(exchange).routes(),
    ]
    return Starlette(
        routes=routes,
        middleware=[Middleware(DateHeader, exchange=exchange)],
        exception_handlers={404: _http_error, 405: _http_error, 500: _http_error},
    )


__all__ = ["API_PREFIX", "create_app"]
