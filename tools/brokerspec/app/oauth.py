"""The HTTP transport as an OAuth 2.1 resource server (the MCP authorization spec, RFC 9728, RFC 9068).

Built on the MCP SDK's auth pieces — `TokenVerifier`/`AccessToken`, `BearerAuthBackend`, `AuthContextMiddleware`,
`RequireAuthMiddleware` and the protected-resource metadata route — with PyJWT doing every signature check:

* `JwtVerifier` accepts a bearer JWT only if it is signed by a key of the issuer's JWKS with an allowed asymmetric
  algorithm matching the key's type (never `none`, never HMAC), its `iss` is the configured issuer, its `aud`
  names this server's resource URL, and `exp`/`nbf` hold (30 s leeway);
* `Jwks` caches the issuer's keys, refetches them when a token names an unknown `kid` (key rotation) at most
  once per `min_refetch_seconds`, and every hour anyway; the JWKS URL defaults to the issuer's metadata;
* `OAuthGuard` answers 401 with `WWW-Authenticate: Bearer resource_metadata="…"` (plus `error="invalid_token"`
  when a token was presented) and 403 `insufficient_scope` for the connection's required scopes;
* `authorized_call` is the per-tool-call check: reads need `brokerspec:read`, writes `brokerspec:trade`, refused
  as a tool error in our vocabulary; the token's `sub` is `current_subject` for the call (audit, daily limit).
"""

from __future__ import annotations

import logging
import time
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any, Final
from urllib.parse import urlsplit

import anyio
import httpx
import jwt
from mcp.server.auth.middleware.bearer_auth import RequireAuthMiddleware
from mcp.server.auth.provider import AccessToken
from mcp_types import CallToolResult
from starlette.types import Receive, Scope, Send

from brokerspec.app.results import error_result
from brokerspec.policy.principal import current_subject
from brokerspec.settings.remote import READ_SCOPE, TRADE_SCOPE

if TYPE_CHECKING:
    from mcp.server.mcpserver.tools import Tool
    from starlette.types import ASGIApp

    from brokerspec.settings.remote import OAuthSettings

log = logging.getLogger("brokerspec.app.oauth")

#: Asymmetric algorithms only, by the key type (`kty`) each needs: no `none`, no HS* (an RSA public key
#: presented as an HMAC secret is the classic confusion attack).
ALGORITHMS: Final[dict[str, str]] = {
    "RS256": "RSA",
    "RS384": "RSA",
    "RS512": "RSA",
    "PS256": "RSA",
    "PS384": "RSA",
    "PS512": "RSA",
    "ES256": "EC",
    "ES384": "EC",
    "ES512": "EC",
    "EdDSA": "OKP",
}
LEEWAY_SECONDS: Final = 30
#: Unknown `kid`s refetch the JWKS at most this often (a flood of made-up kids is not a flood of fetches).
MIN_REFETCH_SECONDS: Final = 10.0
#: Known keys are refetched this often anyway, so a key the issuer withdrew stops working.
MAX_JWKS_AGE_SECONDS: Final = 3600.0
_FETCH_TIMEOUT: Final = httpx.Timeout(5.0)


class Jwks:
    """The issuer's signing keys by `kid`, fetched on first use and on rotation (see the module docstring)."""

    def __init__(
        self,
        settings: OAuthSettings,
        *,
        min_refetch_seconds: float = MIN_REFETCH_SECONDS,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._settings = settings
        self._jwks_url = settings.jwks_url
        self._min_refetch = min_refetch_seconds
        self._clock = clock
        self._keys: dict[str, dict[str, Any]] = {}
        self._fetched_at: float | None = None
        self._lock = anyio.Lock()

    async def key(self, kid: str) -> dict[str, Any] | None:
        """The JWK named `kid`, or None when the issuer does not list it (even after a refetch allowed now)."""
        async with self._lock:
            now = self._clock()
            stale = self._fetched_at is None or now - self._fetched_at >= MAX_JWKS_AGE_SECONDS
            may_refetch = self._fetched_at is None or now - self._fetched_at >= self._min_refetch
            if stale or (kid not in self._keys and may_refetch):
                await self._refresh(now)
            return self._keys.get(kid)

    async def _refresh(self, now: float) -> None:
        try:
            async with httpx.AsyncClient(timeout=_FETCH_TIMEOUT, follow_redirects=False) as client:
                if self._jwks_url is None:
                    self._jwks_url = await _discover_jwks_url(client, self._settings.issuer)
                response = await client.get(self._jwks_url)
                response.raise_for_status()
                document = response.json()
            keys = {
                str(k["kid"]): k
                for k in document.get("keys", [])
                if isinstance(k, dict) and "kid" in k and k.get("use", "sig") == "sig"
            }
        except (httpx.HTTPError, ValueError, TypeError, AttributeError) as exc:
            # Keep the keys we had: the issuer being briefly down must not lock every client out.
            log.warning("cannot fetch the issuer's JWKS: %s", type(exc).__name__)
            self._fetched_at = now
            return
        self._keys, self._fetched_at = keys, now


async def _discover_jwks_url(client: httpx.AsyncClient, issuer: str) -> str:
    """`jwks_uri` of the issuer's RFC 8414 metadata, else of its OpenID configuration; the issuer must match."""
    parts = urlsplit(issuer)
    path = parts.path.rstrip("/")
    candidates = [
        f"{parts.scheme}://{parts.netloc}/.well-known/oauth-authorization-server{path}",
        f"{issuer.rstrip('/')}/.well-known/openid-configuration",
    ]
    for url in candidates:
        response = await client.get(url)
        if response.status_code != 200:
            continue
        metadata = response.json()
        if metadata.get("issuer") == issuer and isinstance(metadata.get("jwks_uri"), str):
            return str(metadata["jwks_uri"])
    raise ValueError("the issuer publishes no metadata naming itself and a jwks_uri")


class JwtVerifier:
    """The SDK's `TokenVerifier` for RFC 9068 JWT access tokens of one issuer, bound to this resource."""

    def __init__(self, settings: OAuthSettings, jwks: Jwks | None = None) -> None:
        self.settings = settings
        self.jwks = jwks or Jwks(settings)
        self._keys: dict[tuple[str, str], Any] = {}  # (kid, alg) -> the parsed public key

    async def verify_token(self, token: str) -> AccessToken | None:
        try:
            return await self._verify(token)
        except jwt.PyJWTError as exc:
            log.info("bearer token refused: %s", type(exc).__name__)
            return None

    async def _verify(self, token: str) -> AccessToken | None:
        header = jwt.get_unverified_header(token)
        alg, kid = header.get("alg"), header.get("kid")
        if not isinstance(alg, str) or alg not in ALGORITHMS or not isinstance(kid, str):
            log.info("bearer token refused: algorithm %r or no kid", alg)
            return None
        jwk = await self.jwks.key(kid)
        if jwk is None or jwk.get("kty") != ALGORITHMS[alg] or jwk.get("alg", alg) != alg:
            log.info("bearer token refused: no %s key %r in the issuer's JWKS", alg, kid)
            return None
        key = self._keys.get((kid, alg))
        if key is None:
            key = self._keys[(kid, alg)] = jwt.PyJWK(jwk, algorithm=alg).key
        claims = jwt.decode(
            token,
            key,
            algorithms=[alg],
            audience=self.settings.resource_url,
            issuer=self.settings.issuer,
            leeway=LEEWAY_SECONDS,
            options={"require": ["exp", "iss", "aud", "sub"]},
        )
        return AccessToken(
            token=token,
            client_id=str(claims.get("client_id") or claims.get("azp") or claims["sub"]),
            scopes=token_scopes(claims),
            expires_at=int(claims["exp"]),
            resource=self.settings.resource_url,
            subject=str(claims["sub"]),
            claims={"iss": claims["iss"]},
        )


def token_scopes(claims: dict[str, Any]) -> list[str]:
    """RFC 9068 `scope` (space-separated), or `scp` as a list or a string (Okta, Entra)."""
    found: list[str] = []
    for name in ("scope", "scp"):
        value = claims.get(name)
        if isinstance(value, str):
            found += value.split()
        elif isinstance(value, list):
            found += [s for s in value if isinstance(s, str)]
    return list(dict.fromkeys(found))


class OAuthGuard(RequireAuthMiddleware):
    """The SDK's `RequireAuthMiddleware`, except that a request with no credentials at all gets a bare
    challenge (RFC 6750 §3.1: no error code), so a client knows to start the authorization flow."""

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        presented = any(name.lower() == b"authorization" for name, _ in scope.get("headers", []))
        if scope["type"] != "http" or presented:
            await super().__call__(scope, receive, send)
            return
        challenge = f'Bearer resource_metadata="{self.resource_metadata_url}"'
        body = b'{"error":"unauthorized","error_description":"an OAuth access token is required"}'
        headers = [
            (b"content-type", b"application/json"),
            (b"content-length", str(len(body)).encode()),
            (b"www-authenticate", challenge.encode()),
        ]
        await send({"type": "http.response.start", "status": 401, "headers": headers})
        await send({"type": "http.response.body", "body": body})


def oauth_app(inner: ASGIApp, settings: OAuthSettings, verifier: JwtVerifier) -> tuple[ASGIApp, list[Any]]:
    """`inner` behind the SDK's bearer authentication and `OAuthGuard`, and the metadata routes to serve."""
    from mcp.server.auth.middleware.auth_context import AuthContextMiddleware
    from mcp.server.auth.middleware.bearer_auth import BearerAuthBackend
    from mcp.server.auth.routes import build_resource_metadata_url, create_protected_resource_routes
    from pydantic import AnyHttpUrl
    from starlette.middleware.authentication import AuthenticationMiddleware
    from starlette.routing import Route

    resource = AnyHttpUrl(settings.resource_url)
    metadata_url = build_resource_metadata_url(resource)
    guarded = OAuthGuard(inner, list(settings.required_scopes), metadata_url)
    app: Any = AuthenticationMiddleware(AuthContextMiddleware(guarded), backend=BearerAuthBackend(verifier))
    routes = create_protected_resource_routes(
        resource_url=resource,
        authorization_servers=[AnyHttpUrl(settings.issuer)],
        scopes_supported=list(dict.fromkeys([*settings.required_scopes, READ_SCOPE, TRADE_SCOPE])),
        resource_name="brokerspec",
    )
    # RFC 9728 §3.1 puts the document at the path-suffixed URL; clients that only try the root find it too.
    if routes[0].path != "/.well-known/oauth-protected-resource":
        root = routes[0]
        routes.append(
            Route("/.well-known/oauth-protected-resource", root.endpoint, methods=["GET", "OPTIONS"])
        )
    return app, routes


def required_scope(tool: Tool | None) -> str:
    """`brokerspec:read` for a tool marked read-only, `brokerspec:trade` for every other (unmarked too)."""
    annotations = tool.annotations if tool is not None else None
    return READ_SCOPE if annotations is not None and annotations.read_only_hint else TRADE_SCOPE


async def authorized_call(
    token: AccessToken, tool: Tool | None, call: Callable[[], Awaitable[Any]]
) -> CallToolResult | Any:
    """`call()` as the token's subject, if the token carries the scope the tool needs; else a refusal."""
    needed = required_scope(tool)
    if tool is not None and needed not in token.scopes:
        return error_result(
            {
                "code": "insufficient_scope",
                "message": f"{tool.name} needs the OAuth scope {needed}; this access token has "
                + (" ".join(token.scopes) or "no scope"),
                "retry_safe": False,
                "suggestion": f"sign in again asking for the scope {needed}, or ask an administrator to grant it",
            }
        )
    reset = current_subject.set(token.subject)
    try:
        return await call()
    finally:
        current_subject.reset(reset)
