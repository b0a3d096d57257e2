"""Broker settings: which exchange or deployment to talk to, and the credentials to use there.

Frozen attrs classes; secrets (PEM text, tokens) are kept out of every repr and identifiers are masked. They
are pure values: `broker_env.read_brokers` builds them from the environment, `brokerspec.http.auth` builds
the request signers from them.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path
from typing import Final, Literal, TypeAlias
from urllib.parse import urlsplit

import attrs

from brokerspec.redaction import mask_identifier
from brokerspec.settings import variables as v
from brokerspec.settings.problems import ConfigError
from brokerspec.settings.variables import BROKERS, Broker

__all__ = [
    "GATEWAY_DEFAULT_AUTH_HEADER",
    "KALSHI_BASE_URLS",
    "WEALTHY_AUTH_HEADERS",
    "WEALTHY_DEFAULT_BASE_URL",
    "GatewaySettings",
    "KalshiEnvironment",
    "KalshiSettings",
    "Settings",
    "WealthySettings",
    "check_base_url",
    "shown_url",
    "without_broker_settings",
]

KalshiEnvironment: TypeAlias = Literal["demo", "production"]

KALSHI_BASE_URLS: Final[Mapping[KalshiEnvironment, str]] = {
    "demo": "https://external-api.demo.kalshi.co/trade-api/v2",
    "production": "https://external-api.kalshi.com/trade-api/v2",
}
WEALTHY_DEFAULT_BASE_URL: Final = "https://api.wealthy.in/broking/api"
GATEWAY_DEFAULT_AUTH_HEADER: Final = "Authorization"

#: Setting -> the header(s) that carry the Wealthy token. `access-token` is the seed's header, `Authorization`
#: (raw, no `Bearer`) is what Wealthy's own client sends; both by default (see openapi/wealthy.yaml).
WEALTHY_AUTH_HEADERS: Final[Mapping[str, tuple[str, ...]]] = {
    "both": ("access-token", "Authorization"),
    "access-token": ("access-token",),
    "authorization": ("Authorization",),
}
WEALTHY_AUTH_CHOICES: Final = ", ".join(WEALTHY_AUTH_HEADERS)


def _masked(value: str | None) -> str:
    return "None" if value is None else repr(mask_identifier(value))


def shown_url(value: str) -> str:
    """A URL as it may be shown: no user, password, query or fragment (they can carry credentials)."""
    try:
        parts = urlsplit(value)
        host = parts.hostname or ""
        port = f":{parts.port}" if parts.port else ""
    except ValueError:
        return "<unparsable URL>"
    if not parts.scheme and not host:
        return "<not a URL>" if "@" in value or "?" in value else repr(value)[1:-1]
    if ":" in host:
        host = f"[{host}]"
    userinfo = "***@" if "@" in parts.netloc else ""
    extra = "?…" if parts.query or parts.fragment else ""
    return f"{parts.scheme}://{userinfo}{host}{port}{parts.path}{extra}"


def check_base_url(value: str, *, name: str) -> str:
    """Validate an http(s) base URL and drop a trailing slash (the generated clients append `/path`)."""
    try:
        parts = urlsplit(value)
        parts.port  # noqa: B018  (raises on a port that is not a number)
    except ValueError:
        raise ConfigError(f"{name} must be an http(s) URL with a host, got {shown_url(value)!r}") from None
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ConfigError(f"{name} must be an http(s) URL with a host, got {shown_url(value)!r}")
    if parts.query or parts.fragment:
        raise ConfigError(f"{name} must not have a query or fragment, got {shown_url(value)!r}")
    if parts.username is not None or parts.password is not None:
        raise ConfigError(f"{name} must not carry credentials, got {shown_url(value)!r}")
    return value.rstrip("/")


def _optional_base_url(instance: object, attribute: attrs.Attribute[str | None], value: str | None) -> None:
    if value is not None:
        check_base_url(value, name=attribute.name)


def _required_text(instance: object, attribute: attrs.Attribute[str], value: str) -> None:
    if not isinstance(value, str) or not value.strip():
        raise ConfigError(f"{attribute.name} must be a non-empty string")


def _path(value: str | os.PathLike[str]) -> Path:
    # Hosts pass the environment verbatim (no shell), so expand "~" here.
    return Path(value).expanduser()


def _strip_slash(value: str) -> str:
    return value.rstrip("/")


def _upper(value: str) -> str:
    return value.strip().upper()


def _lower(value: str) -> str:
    return value.strip().lower()


@attrs.frozen
class KalshiSettings:
    """Kalshi credentials and which exchange to talk to (demo unless production is asked for)."""

    key_id: str = attrs.field(validator=_required_text, repr=_masked)
    private_key_path: Path | None = attrs.field(default=None, converter=attrs.converters.optional(_path))
    private_key_pem: str | None = attrs.field(default=None, repr=False)
    private_key_password: str | None = attrs.field(default=None, repr=False)
    environment: KalshiEnvironment = "demo"
    base_url_override: str | None = attrs.field(
        default=None, converter=attrs.converters.optional(_strip_slash), validator=_optional_base_url
    )

    def __attrs_post_init__(self) -> None:
        if (self.private_key_path is None) == (self.private_key_pem is None):
            raise ConfigError("Kalshi needs exactly one of private_key_path or private_key_pem")
        if self.environment not in KALSHI_BASE_URLS:
            raise ConfigError(f"Kalshi environment must be demo or production, got {self.environment!r}")

    @property
    def base_url(self) -> str:
        """The override if set, else the chosen environment's official base URL."""
        return self.base_url_override or KALSHI_BASE_URLS[self.environment]


def _wealthy_auth_header(instance: object, attribute: attrs.Attribute[str], value: str) -> None:
    if value not in WEALTHY_AUTH_HEADERS:
        raise ConfigError(f"{attribute.name} must be one of {WEALTHY_AUTH_CHOICES}, got {value!r}")


@attrs.frozen
class WealthySettings:
    """Wealthy's access token (expires daily; a 401 means log in again), base URL, and which header carries it.

    `auth_header` (`BROKERSPEC_WEALTHY_AUTH_HEADER`, case-insensitive): `both` (default) sends the token in
    `access-token` and in a raw `Authorization` header, `access-token` or `authorization` only in that one.
    """

    access_token: str = attrs.field(validator=_required_text, repr=False)
    base_url: str = attrs.field(default=WEALTHY_DEFAULT_BASE_URL, converter=_strip_slash)
    auth_header: str = attrs.field(default="both", converter=_lower, validator=_wealthy_auth_header)

    def __attrs_post_init__(self) -> None:
        check_base_url(self.base_url, name="base_url")

    @property
    def auth_headers(self) -> tuple[str, ...]:
        """The header names the token is sent in, e.g. `("access-token", "Authorization")`."""
        return WEALTHY_AUTH_HEADERS[self.auth_header]


@attrs.frozen
class GatewaySettings:
    """A vendor gateway deployment: base URL (never guessed), user, vendor, an optional secret header."""

    base_url: str = attrs.field(converter=_strip_slash)
    user_id: str | None = attrs.field(default=None, repr=_masked)
    vendor: str | None = attrs.field(default=None, converter=attrs.converters.optional(_upper))
    auth_header: str = GATEWAY_DEFAULT_AUTH_HEADER
    auth_value: str | None = attrs.field(default=None, repr=False)

    def __attrs_post_init__(self) -> None:
        check_base_url(self.base_url, name="base_url")
        if not self.auth_header.strip():
            raise ConfigError("auth_header must be a non-empty header name")


@attrs.frozen
class Settings:
    """The brokers' settings; a broker is None when it is not configured."""

    kalshi: KalshiSettings | None = None
    wealthy: WealthySettings | None = None
    vendor_gateway: GatewaySettings | None = None

    @property
    def configured(self) -> tuple[Broker, ...]:
        """Names of the configured brokers, in `BROKERS` order."""
        return tuple(name for name in BROKERS if getattr(self, name) is not None)

    def require(self, broker: Broker) -> KalshiSettings | WealthySettings | GatewaySettings:
        """The broker's settings, or a `ConfigError` that says which variables to set."""
        if broker not in BROKERS:
            raise ConfigError(f"unknown broker {broker!r}; known: {', '.join(BROKERS)}")
        found: KalshiSettings | WealthySettings | GatewaySettings | None = getattr(self, broker)
        if found is None:
            raise ConfigError(f"{broker} is not configured: set {_ENABLING_VARIABLES[broker]}")
        return found


_ENABLING_VARIABLES: Final[Mapping[Broker, str]] = {
    "kalshi": f"{v.KALSHI_KEY_ID} and {v.KALSHI_PRIVATE_KEY_PATH} (or {v.KALSHI_PRIVATE_KEY})",
    "wealthy": v.WEALTHY_ACCESS_TOKEN,
    "vendor_gateway": v.GATEWAY_BASE_URL,
}


def without_broker_settings(env: Mapping[str, str]) -> dict[str, str]:
    """`env` without the broker variables: what `serve --sandbox` validates (the sandbox supplies those)."""
    return {
        k: value
        for k, value in env.items()
        if not (k.startswith(v.BROKER_PREFIXES) and not v.is_rate_variable(k))
    }
