"""Vendor-gateway simulator: the multi-broker middleware's portfolio endpoints over real HTTP.

* `POST /holdings/getUsrHold` and `POST /positions/getposition`, JSON body `{"userId": ..., "vendor": ...}`.
* Every answer the gateway's own logic produces is HTTP 200 with the envelope
  `{"status": "Ok" | "Not ok", "message": ..., "result": [...] | null}`:
  - known user at a known vendor: `Ok` / `success` / the rows;
  - unknown vendor (only `KOTAK` and `INDIRA` are fronted), unknown user, or a body that is not a JSON object
    with non-empty string `userId` and `vendor`: `Not ok`, a reason in `message`, `result: null`.
  - The Indira account reproduces the real gateway's quirk of a *successful* holdings reply saying `Not ok`
    with the message `success`.
* Optional authentication (off by default, as in the published docs): when `auth_header` is set, a request
  without exactly that header value is refused before the envelope logic with **HTTP 401, `text/plain`**
  (the spec's "rejected before the gateway produced its envelope").
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, PlainTextResponse, Response
from starlette.routing import Route

from brokerspec.sandbox import data

__all__ = ["KNOWN_VENDORS", "VendorGateway", "create_gateway_app"]

Json = dict[str, Any]

KNOWN_VENDORS: tuple[str, ...] = ("KOTAK", "INDIRA")


class VendorGateway:
    """The simulated gateway: fronted vendors, accounts keyed by (vendor, userId), optional auth header."""

    def __init__(
        self,
        *,
        accounts: dict[tuple[str, str], Json] | None = None,
        vendors: Iterable[str] = KNOWN_VENDORS,
        auth_header: tuple[str, str] | None = None,
    ) -> None:
        self.accounts: dict[tuple[str, str], Json] = data.gateway_accounts() if accounts is None else accounts
        self.vendors: set[str] = set(vendors)
        #: (header name, exact value), e.g. ("Authorization", "Bearer SBX001 <token>"); None: no check.
        self.auth_header = auth_header

    def answer(self, kind: str, body: Any) -> Json:
        """The envelope for a `holdings` or `positions` request with the parsed JSON `body`."""
        if (
            not isinstance(body, dict)
            or not isinstance(body.get("userId"), str)
            or not isinstance(body.get("vendor"), str)
            or not body["userId"]
            or not body["vendor"]
        ):
            return _not_ok("Invalid request: userId and vendor are required")
        vendor, user_id = body["vendor"], body["userId"]
        if vendor not in self.vendors:
            return _not_ok(f"Invalid vendor: {vendor}")
        account = self.accounts.get((vendor, user_id))
        if account is None:
            return _not_ok(f"User {user_id} not found for vendor {vendor}")
        status = account.get("status_quirk", "Ok") if kind == "holdings" else "Ok"
        return {"status": status, "message": "success", "result": account[kind]}

    def _rejection(self, request: Request) -> Response | None:
        if self.auth_header is None:
            return None
        name, expected = self.auth_header
        if request.headers.get(name) != expected:
            return PlainTextResponse(f"Unauthorized: missing or invalid {name} header", status_code=401)
        return None


def _not_ok(message: str) -> Json:
    return {"status": "Not ok", "message": message, "result": None}


def create_gateway_app(gateway: VendorGateway | None = None) -> Starlette:
    """The vendor-gateway HTTP surface as an ASGI app, serving `gateway` (default accounts if None)."""
    state = gateway if gateway is not None else VendorGateway()

    async def _handle(request: Request, kind: str) -> Response:
        rejected = state._rejection(request)
        if rejected is not None:
            return rejected
        raw = await request.body()
        try:
            body = json.loads(raw)
        except ValueError:
            return JSONResponse(_not_ok("Invalid request: body is not valid JSON"))
        return JSONResponse(state.answer(kind, body))

    async def holdings(request: Request) -> Response:
        return await _handle(request, "holdings")

    async def positions(request: Request) -> Response:
        return await _handle(request, "positions")

    app = Starlette(
        routes=[
            Route("/holdings/getUsrHold", holdings, methods=["POST"]),
            Route("/positions/getposition", positions, methods=["POST"]),
        ]
    )
    app.router.redirect_slashes = False
    app.state.gateway = state
    return app
