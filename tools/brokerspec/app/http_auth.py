"""The streamable HTTP transport's guards: the bearer-token check or OAuth, and the Host/Origin allow-lists.

A token (static, or OAuth access tokens: `oauth.py`) is required beyond loopback, and on loopback too when
trading is enabled (`cli.py` decides); DNS-rebinding protection is always on, with the names in
`BROKERSPEC_HTTP_ALLOWED_HOSTS` / `_ORIGINS` added. `http_app` composes the served app: `/mcp` behind the guard,
and, without credentials, `/healthz` (for load balancers) and the OAuth protected-resource metadata.
"""

from __future__ import annotations

import hmac
import json
import re
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from starlette.types import ASGIApp, Receive, Scope, Send

if TYPE_CHECKING:
    from mcp.server.mcpserver import MCPServer
    from mcp.server.transport_security import TransportSecuritySettings

    from brokerspec.config import Configuration
    from brokerspec.settings.server import HttpSettings


class BearerTokenMiddleware:
    """Rejects every HTTP request that does not carry `Authorization: Bearer <token>` (constant-time check)."""

    def __init__(self, app: ASGIApp, token: str) -> None:
        self.app = app
        self._expected = f"Bearer {token}".encode()

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        presented = b""
        for name, value in scope.get("headers", []):
            if name.lower() == b"authorization":
                presented = value
                break
        if hmac.compare_digest(presented, self._expected):
            await self.app(scope, receive, send)
            return
        body = json.dumps({"error": "unauthorized", "message": "missing or wrong bearer token"}).encode()
        headers: list[Any] = [(b"content-type", b"application/json"), (b"www-authenticate", b"Bearer")]
        await send({"type": "http.response.start", "status": 401, "headers": headers})
        await send({"type": "http.response.body", "body": body})


#: What the MCP SDK allows on loopback by default; configured names are added, never replace them.
_LOOPBACK_HOSTS = ("127.0.0.1:*", "localhost:*", "[::1]:*")
_LOOPBACK_ORIGINS = ("http://127.0.0.1:*", "http://localhost:*", "http://[::1]:*")
_WILDCARD_BINDS = {"0.0.0.0", "::", "[::]", ""}


def _with_any_port(entries: Iterable[str]) -> list[str]:
    """`name` matches the bare Host/Origin; `name:*` the same with any port (the SDK's pattern)."""
    out: list[str] = []
    for entry in entries:
        out.append(entry)
        if not re.search(r":(\d+|\*)$", entry):
            out.append(f"{entry}:*")
    return out


def transport_security(bind: str, http: HttpSettings) -> TransportSecuritySettings:
    """DNS-rebinding protection that stays on, accepting loopback plus the configured hosts and origins.

    Binding a specific address allows that address as a Host too; a wildcard bind (0.0.0.0) allows only
    what `BROKERSPEC_HTTP_ALLOWED_HOSTS` lists, since any name could point at it.
    """
    from mcp.server.transport_security import TransportSecuritySettings

    hosts = list(_LOOPBACK_HOSTS)
    if bind not in _WILDCARD_BINDS:
        hosts += _with_any_port([f"[{bind}]" if ":" in bind and not bind.startswith("[") else bind])
    hosts += _with_any_port(http.allowed_hosts)
    origins = [*_LOOPBACK_ORIGINS, *_with_any_port(http.allowed_origins)]
    return TransportSecuritySettings(
        enable_dns_rebinding_protection=True,
        allowed_hosts=list(dict.fromkeys(hosts)),
        allowed_origins=list(dict.fromkeys(origins)),
    )


def http_app(
    server: MCPServer, configuration: Configuration, *, host: str, stateless: bool = False
) -> ASGIApp:
    """The ASGI app `serve --http` runs: the MCP endpoint behind its guard, plus the routes that need none.

    Stateless (`--stateless`): no session is kept between requests, and answers are plain JSON, so any
    replica behind a load balancer can take any request.
    """
    from starlette.routing import Route

    inner: ASGIApp = server.streamable_http_app(
        transport_security=transport_security(host, configuration.http),
        host=host,
        stateless_http=stateless,
        json_response=stateless,
    )
    from brokerspec.app.health import Health

    routes: list[Any] = [Route("/healthz", Health(configuration).endpoint, methods=["GET"])]
    guarded = inner
    if configuration.oauth is not None:
        from brokerspec.app.oauth import JwtVerifier, oauth_app

        guarded, metadata = oauth_app(inner, configuration.oauth, JwtVerifier(configuration.oauth))
        routes += metadata
    elif configuration.http.token:
        guarded = BearerTokenMiddleware(inner, configuration.http.token)
    return _Dispatch(inner, guarded, routes)


class _Dispatch:
    """HTTP requests for the open routes go to them; everything else through the guard. The lifespan goes
    straight to the MCP app (its session manager), which no guard would let through."""

    def __init__(self, inner: ASGIApp, guarded: ASGIApp, routes: list[Any]) -> None:
        from starlette.routing import Router

        self._inner, self._guarded = inner, guarded
        self._open = Router(routes=routes)
        self._paths = {route.path for route in routes}

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "lifespan":
            await self._inner(scope, receive, send)
        elif scope["type"] == "http" and scope.get("path") in self._paths:
            await self._open(scope, receive, send)
        else:
            await self._guarded(scope, receive, send)
