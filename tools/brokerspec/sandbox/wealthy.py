"""Wealthy simulator: the portfolio endpoints of Wealthy Broking over real HTTP.

Paths, as the production service answers them (see `openapi/wealthy.yaml`):

* `GET /v1/report/holdings/` and `GET /v0/report/positions/` — the versioned paths Wealthy's own client uses;
* `GET /report/holdings/` and `GET /report/positions/` — the unversioned form the published page writes.

Trailing slashes are part of the paths; there is no redirect from the slash-less form (404).

Authentication: the token, raw (no prefix), in `access-token` (what the seed's page shows), in `Authorization`
(what Wealthy's own client sends), or in both. Every one of the two headers that is present must carry a
valid token, so a client that puts a wrong or stale value in either is caught. `Authorization: Bearer <token>`
is refused: Wealthy's client sends the token raw and no source shows the real API accepting a `Bearer` prefix,
so accepting it here would let a client pass the sandbox that production may reject. Success is HTTP 200 with
a bare JSON array.

Errors: Wealthy documents no error body. The simulator answers a missing, unknown or expired token with
**HTTP 401, `text/plain`**, and a one-line reason (`access-token or Authorization header is missing`,
`access-token is invalid or expired: log in again`), which matches the spec's "raw text" rule and gives a
client nothing to parse but the status — exactly what a client of the real API may rely on.

`WealthyBroker.auth_headers_seen` records, per request, *which* auth headers arrived (names only, never their
values), so a test can prove what a client really sent.
"""

from __future__ import annotations

import collections
import secrets
from collections.abc import Iterable
from typing import Any

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, PlainTextResponse, Response
from starlette.routing import Route

from brokerspec.sandbox import data

__all__ = ["AUTH_HEADERS", "WealthyBroker", "create_wealthy_app"]

Json = dict[str, Any]

#: The headers that may carry the token, in the order they are checked and recorded (lower-case, as received).
AUTH_HEADERS = ("access-token", "authorization")
_SEEN_LOG_SIZE = 1_000


class WealthyBroker:
    """The simulated account: accepted tokens and the portfolio served to them.

    Mutate it freely from tests (e.g. `expire_token`, or replace `holdings`); the app reads it per request.
    """

    def __init__(
        self,
        *,
        access_tokens: Iterable[str] = (data.WEALTHY_ACCESS_TOKEN,),
        holdings: list[Json] | None = None,
        positions: list[Json] | None = None,
    ) -> None:
        self.access_tokens: set[str] = set(access_tokens)
        self.holdings: list[Json] = data.wealthy_holdings() if holdings is None else holdings
        self.positions: list[Json] = data.wealthy_positions() if positions is None else positions
        #: Per request, oldest first (bounded): the non-empty auth headers it carried, names only.
        self.auth_headers_seen: collections.deque[tuple[str, ...]] = collections.deque(maxlen=_SEEN_LOG_SIZE)

    def issue_token(self) -> str:
        """A fresh valid token, as the OAuth login would hand out."""
        token = secrets.token_urlsafe(24)
        self.access_tokens.add(token)
        return token

    def expire_token(self, token: str) -> None:
        """Make a token invalid: Wealthy tokens expire daily and cannot be refreshed."""
        self.access_tokens.discard(token)

    def _is_valid(self, token: str) -> bool:
        # Bytes, not str: compare_digest refuses non-ASCII text, and a stray byte must be a 401, not a crash.
        presented = token.encode()
        return any(secrets.compare_digest(presented, known.encode()) for known in self.access_tokens)

    def _rejection(self, request: Request) -> Response | None:
        presented = {name: request.headers.get(name, "") for name in AUTH_HEADERS}
        presented = {name: value for name, value in presented.items() if value.strip()}
        self.auth_headers_seen.append(tuple(presented))
        if not presented:
            return PlainTextResponse("access-token or Authorization header is missing", status_code=401)
        # Every header sent must hold a valid token (check them all: no early exit on the first match).
        if not all([self._is_valid(token) for token in presented.values()]):
            return PlainTextResponse("access-token is invalid or expired: log in again", status_code=401)
        return None


def create_wealthy_app(broker: WealthyBroker | None = None) -> Starlette:
    """The Wealthy HTTP surface as an ASGI app, serving `broker` (a fresh default account if None)."""
    account = broker if broker is not None else WealthyBroker()

    async def holdings(request: Request) -> Response:
        return account._rejection(request) or JSONResponse(account.holdings)

    async def positions(request: Request) -> Response:
        return account._rejection(request) or JSONResponse(account.positions)

    app = Starlette(
        routes=[
            Route("/v1/report/holdings/", holdings, methods=["GET"]),
            Route("/v0/report/positions/", positions, methods=["GET"]),
            Route("/report/holdings/", holdings, methods=["GET"]),
            Route("/report/positions/", positions, methods=["GET"]),
        ]
    )
    app.router.redirect_slashes = False
    app.state.broker = account
    return app
