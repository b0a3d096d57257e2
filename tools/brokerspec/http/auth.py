"""Request authentication for the brokers, as `httpx.Auth` classes.

Auth lives at the httpx layer (not in the generated clients, whose generator ignores apiKey schemes) so that
every request is signed at the moment it is sent, with the final URL, and so that the signer can see the
response and heal a skewed clock, which is the only auth failure that is safe to retry.

- `KalshiAuth`: Kalshi's per-request signature (RSA-PSS or Ed25519 over `timestamp + METHOD + path`).
- `HeaderTokenAuth`: a fixed secret in one or more headers (Wealthy's `access-token` and/or raw `Authorization`,
  the vendor gateway's `Authorization`).

No key, PEM, token or signature ever appears in a repr, a str, a log line or an exception message.
"""

from __future__ import annotations

import base64
import datetime
import email.utils
import os
import time
from collections.abc import AsyncGenerator, Callable, Generator, Iterable
from typing import TYPE_CHECKING, TypeAlias, overload

import httpx
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ed25519, padding, rsa

from brokerspec.redaction import mask_identifier
from brokerspec.settings.brokers import GatewaySettings, KalshiSettings, WealthySettings
from brokerspec.settings.keys import parse_private_key

if TYPE_CHECKING:
    from brokerspec.settings.keys import KalshiPrivateKey

__all__ = [
    "HEADER_TIMESTAMP_EXPIRED",
    "KALSHI_ACCESS_KEY",
    "KALSHI_ACCESS_SIGNATURE",
    "KALSHI_ACCESS_TIMESTAMP",
    "Clock",
    "HeaderTokenAuth",
    "KalshiAuth",
    "signing_message",
]

KALSHI_ACCESS_KEY = "KALSHI-ACCESS-KEY"
KALSHI_ACCESS_TIMESTAMP = "KALSHI-ACCESS-TIMESTAMP"
KALSHI_ACCESS_SIGNATURE = "KALSHI-ACCESS-SIGNATURE"

#: The 401 error code Kalshi answers when the signed timestamp is outside its window (±5 s).
HEADER_TIMESTAMP_EXPIRED = "header_timestamp_expired"

#: Returns the current Unix time in milliseconds. Injectable so tests can freeze time.
Clock: TypeAlias = Callable[[], int]

# Salt length = SHA-256 digest length: what Kalshi verifies. MAX_LENGTH (the library default elsewhere) fails.
_PSS_SALT_LENGTH = 32


def _system_clock_ms() -> int:
    return time.time_ns() // 1_000_000


def signing_message(timestamp_ms: int, method: str, path: str) -> bytes:
    """Return the exact bytes Kalshi signs: `timestamp_ms + METHOD + path`, UTF-8.

    `path` is the URL path with any prefix (`/trade-api/v2`, a sandbox's `/kalshi/trade-api/v2`) and without
    the query string; the host and the body are not signed. Kept pure so tests and tools can check it alone.
    """
    if not path.startswith("/"):
        raise ValueError("path must be a URL path starting with '/', not a full URL")
    return f"{int(timestamp_ms)}{method.upper()}{path}".encode()


def _is_timestamp_expired(response: httpx.Response) -> bool:
    """True for Kalshi's clock-skew rejection: 401 with error code `header_timestamp_expired`."""
    if response.status_code != httpx.codes.UNAUTHORIZED:
        return False
    try:
        body = response.json()
    except (httpx.ResponseNotRead, ValueError, UnicodeDecodeError):
        return False
    if not isinstance(body, dict):
        return False
    error = body.get("error", body)  # nested is what Kalshi sends; accept the flat shape too
    return isinstance(error, dict) and error.get("code") == HEADER_TIMESTAMP_EXPIRED


def _server_time_ms(response: httpx.Response) -> int | None:
    """The server's clock from the RFC 7231 `Date` header (second resolution), or None if absent/garbled."""
    value = response.headers.get("Date")
    if not value:
        return None
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:  # "-0000" zones parse naive; HTTP dates are always UTC
        when = when.replace(tzinfo=datetime.UTC)
    return int(when.timestamp() * 1000)


class KalshiAuth(httpx.Auth):
    """Signs every request with Kalshi's three `KALSHI-ACCESS-*` headers; works for sync and async clients.

    A 401 `header_timestamp_expired` means the exchange rejected the request before executing it, so it is
    safe (even for writes) to learn the clock offset from the response's `Date` header, re-sign with a fresh
    timestamp and send it once more. It is never retried a second time; later requests use the learned offset.
    """

    # Bodies are read selectively (only 401s) by the flow overrides below, so 2xx responses still stream.
    requires_request_body = False
    requires_response_body = False

    def __init__(self, key_id: str, private_key: KalshiPrivateKey, *, clock: Clock | None = None) -> None:
        if not isinstance(key_id, str) or not key_id.strip():
            raise ValueError("Kalshi key id must be a non-empty string")
        if not isinstance(private_key, rsa.RSAPrivateKey | ed25519.Ed25519PrivateKey):
            raise TypeError(f"Kalshi keys are RSA or Ed25519, got {type(private_key).__name__}")
        self._key_id = key_id.strip()
        self._private_key = private_key
        self._clock: Clock = clock or _system_clock_ms
        #: Milliseconds to add to the local clock to match the exchange's; learned from a clock-skew 401.
        self.clock_offset_ms = 0

    @classmethod
    def from_pem(
        cls,
        key_id: str,
        pem: str | bytes,
        *,
        password: str | bytes | None = None,
        clock: Clock | None = None,
    ) -> KalshiAuth:
        """Build from PEM text, e.g. a key held in an environment variable or a secret store."""
        return cls(key_id, parse_private_key(pem, password), clock=clock)

    @classmethod
    def from_pem_file(
        cls,
        key_id: str,
        path: str | os.PathLike[str],
        *,
        password: str | bytes | None = None,
        clock: Clock | None = None,
    ) -> KalshiAuth:
        """Build from the PEM file Kalshi lets you download once when the key is created."""
        with open(path, "rb") as fh:
            pem = fh.read()
        return cls(key_id, parse_private_key(pem, password), clock=clock)

    @classmethod
    def from_settings(cls, settings: KalshiSettings, *, clock: Clock | None = None) -> KalshiAuth:
        """Build from the configured key id and PEM text or file (the file is read now)."""
        password = settings.private_key_password
        if settings.private_key_pem is not None:
            return cls.from_pem(settings.key_id, settings.private_key_pem, password=password, clock=clock)
        assert settings.private_key_path is not None  # guaranteed by KalshiSettings
        return cls.from_pem_file(settings.key_id, settings.private_key_path, password=password, clock=clock)

    @property
    def key_id(self) -> str:
        """The API key id (not a secret, but only shown masked in repr)."""
        return self._key_id

    @property
    def key_type(self) -> str:
        """`"RSA"` or `"Ed25519"`: which signature scheme this signer uses."""
        return "RSA" if isinstance(self._private_key, rsa.RSAPrivateKey) else "Ed25519"

    def __repr__(self) -> str:
        return f"KalshiAuth(key_id={mask_identifier(self._key_id)!r}, key_type={self.key_type!r})"

    def now_ms(self) -> int:
        """The exchange's time as best known: local clock plus the learned offset."""
        return self._clock() + self.clock_offset_ms

    def _sign(self, message: bytes) -> bytes:
        """Sign raw bytes with the scheme the key calls for (RSA-PSS/SHA-256/salt 32, or Ed25519)."""
        if isinstance(self._private_key, rsa.RSAPrivateKey):
            return self._private_key.sign(
                message,
                padding.PSS(mgf=padding.MGF1(hashes.SHA256()), salt_length=_PSS_SALT_LENGTH),
                hashes.SHA256(),
            )
        return self._private_key.sign(message)

    def _sign_request(self, request: httpx.Request) -> None:
        timestamp_ms = self.now_ms()
        signature = self._sign(signing_message(timestamp_ms, request.method, request.url.path))
        request.headers[KALSHI_ACCESS_KEY] = self._key_id
        request.headers[KALSHI_ACCESS_TIMESTAMP] = str(timestamp_ms)
        request.headers[KALSHI_ACCESS_SIGNATURE] = base64.b64encode(signature).decode("ascii")

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        """Sign and send; on a clock-skew 401, learn the offset, re-sign and send exactly once more."""
        self._sign_request(request)
        response = yield request
        if not _is_timestamp_expired(response):
            return
        server_ms = _server_time_ms(response)
        if server_ms is not None:
            self.clock_offset_ms = server_ms - self._clock()
        # Even without a usable Date header a fresh timestamp can succeed (the first one may have gone stale
        # in a queue); either way this is the only retry.
        self._sign_request(request)
        yield request

    # httpx's default wrappers read *every* response when requires_response_body is set, which would buffer
    # streamed 2xx downloads. Only a 401 body is ever needed, so read just those, then defer to auth_flow.

    def sync_auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        flow = self.auth_flow(request)
        request = next(flow)
        while True:
            response = yield request
            if response.status_code == httpx.codes.UNAUTHORIZED:
                response.read()
            try:
                request = flow.send(response)
            except StopIteration:
                break

    async def async_auth_flow(self, request: httpx.Request) -> AsyncGenerator[httpx.Request, httpx.Response]:
        flow = self.auth_flow(request)
        request = next(flow)
        while True:
            response = yield request
            if response.status_code == httpx.codes.UNAUTHORIZED:
                await response.aread()
            try:
                request = flow.send(response)
            except StopIteration:
                break


class HeaderTokenAuth(httpx.Auth):
    """Sets one or more headers to the same secret value on every request.

    One header for the vendor gateway's `Authorization`; Wealthy sends its token in `access-token` (the seed),
    in a raw `Authorization` (Wealthy's own client), or in both (see `openapi/wealthy.yaml`).
    An `httpx.Auth` rather than a default header so the secret stays out of the client's visible headers
    and out of its repr, and so every broker is authenticated the same way.
    """

    def __init__(self, header: str | Iterable[str], value: str) -> None:
        names = (header,) if isinstance(header, str) else tuple(header)
        if not names or not all(isinstance(name, str) and name.strip() for name in names):
            raise ValueError("header names must be non-empty")
        cleaned = tuple(name.strip() for name in names)
        if len({name.lower() for name in cleaned}) != len(cleaned):
            raise ValueError(f"header names must be distinct (case-insensitively), got {cleaned!r}")
        if not value:
            raise ValueError(f"value for header {', '.join(cleaned)!r} must be non-empty")
        self._headers = cleaned
        self._value = value

    @overload
    @classmethod
    def from_settings(cls, settings: WealthySettings) -> HeaderTokenAuth: ...

    @overload
    @classmethod
    def from_settings(cls, settings: GatewaySettings) -> HeaderTokenAuth | None: ...

    @classmethod
    def from_settings(cls, settings: WealthySettings | GatewaySettings) -> HeaderTokenAuth | None:
        """Wealthy's token in every header its `auth_header` selects, raw (no prefix); the gateway's configured
        secret header, or None: the documented gateway API has no auth, so nothing is sent without a secret."""
        if isinstance(settings, WealthySettings):
            return cls(settings.auth_headers, settings.access_token)
        if settings.auth_value is None:
            return None
        return cls(settings.auth_header, settings.auth_value)

    @property
    def header(self) -> str:
        """The header name (not secret); the first one when several carry the value."""
        return self._headers[0]

    @property
    def headers(self) -> tuple[str, ...]:
        """Every header name set on each request, in order (not secret)."""
        return self._headers

    def __repr__(self) -> str:
        if len(self._headers) == 1:
            return f"HeaderTokenAuth(header={self._headers[0]!r}, value='***')"
        return f"HeaderTokenAuth(headers={self._headers!r}, value='***')"

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        for name in self._headers:
            request.headers[name] = self._value
        yield request
