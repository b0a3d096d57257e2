"""Broker settings, read only from documented environment variables.

One place decides what the environment means, so the MCP server, the CLI and scripts agree on which brokers
are configured. Settings are frozen attrs classes; secrets (PEM text, tokens) are kept out of every repr.
The import stays cheap (an MCP host spawns the server per session): httpx and cryptography load only when
an auth object is built.

Environment variables (empty values count as unset):

    BROKERSPEC_KALSHI_KEY_ID            Kalshi API key id; enables Kalshi with one of the two below
    BROKERSPEC_KALSHI_PRIVATE_KEY_PATH  path to the PEM private key file
    BROKERSPEC_KALSHI_PRIVATE_KEY       the PEM private key text itself (secret)
    BROKERSPEC_KALSHI_ENV               demo (default) | production
    BROKERSPEC_KALSHI_BASE_URL          overrides the environment's base URL (e.g. a local sandbox)
    BROKERSPEC_WEALTHY_ACCESS_TOKEN     Wealthy access token (secret); enables Wealthy
    BROKERSPEC_WEALTHY_BASE_URL         default https://api.wealthy.in/broking/api
    BROKERSPEC_WEALTHY_AUTH_HEADER      both (default) | access-token | authorization: header(s) carrying the token
    BROKERSPEC_GATEWAY_BASE_URL         gateway base URL; enables the gateway (there is no default host)
    BROKERSPEC_GATEWAY_USER_ID          the gateway user id sent in request bodies
    BROKERSPEC_GATEWAY_VENDOR           back-end broker, e.g. KOTAK or INDIRA (upper-cased)
    BROKERSPEC_GATEWAY_AUTH_HEADER      header carrying the gateway secret; default Authorization
    BROKERSPEC_GATEWAY_AUTH_VALUE       the gateway secret (optional; nothing is sent without it)
"""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Final, Literal, TypeAlias, TypeVar, get_args
from urllib.parse import urlsplit

import attrs

if TYPE_CHECKING:
    from brokerspec.auth import HeaderTokenAuth, KalshiAuth

__all__ = [
    "BROKERS",
    "GATEWAY_DEFAULT_AUTH_HEADER",
    "KALSHI_BASE_URLS",
    "WEALTHY_DEFAULT_BASE_URL",
    "Broker",
    "ConfigError",
    "GatewaySettings",
    "KalshiEnvironment",
    "KalshiSettings",
    "Settings",
    "WealthySettings",
    "mask_identifier",
]

KalshiEnvironment: TypeAlias = Literal["demo", "production"]
Broker: TypeAlias = Literal["kalshi", "wealthy", "vendor_gateway"]

#: Canonical broker names, matching the spec and generated package names.
BROKERS: Final[tuple[Broker, ...]] = get_args(Broker)

KALSHI_BASE_URLS: Final[Mapping[KalshiEnvironment, str]] = {
    "demo": "https://external-api.demo.kalshi.co/trade-api/v2",
    "production": "https://external-api.kalshi.com/trade-api/v2",
}
WEALTHY_DEFAULT_BASE_URL: Final = "https://api.wealthy.in/broking/api"
GATEWAY_DEFAULT_AUTH_HEADER: Final = "Authorization"

_KALSHI_KEY_ID: Final = "BROKERSPEC_KALSHI_KEY_ID"
_KALSHI_PRIVATE_KEY_PATH: Final = "BROKERSPEC_KALSHI_PRIVATE_KEY_PATH"
_KALSHI_PRIVATE_KEY: Final = "BROKERSPEC_KALSHI_PRIVATE_KEY"
_KALSHI_ENV: Final = "BROKERSPEC_KALSHI_ENV"
_KALSHI_BASE_URL: Final = "BROKERSPEC_KALSHI_BASE_URL"
_WEALTHY_ACCESS_TOKEN: Final = "BROKERSPEC_WEALTHY_ACCESS_TOKEN"
_WEALTHY_BASE_URL: Final = "BROKERSPEC_WEALTHY_BASE_URL"
_GATEWAY_BASE_URL: Final = "BROKERSPEC_GATEWAY_BASE_URL"
_GATEWAY_USER_ID: Final = "BROKERSPEC_GATEWAY_USER_ID"
_GATEWAY_VENDOR: Final = "BROKERSPEC_GATEWAY_VENDOR"
_GATEWAY_AUTH_HEADER: Final = "BROKERSPEC_GATEWAY_AUTH_HEADER"
_GATEWAY_AUTH_VALUE: Final = "BROKERSPEC_GATEWAY_AUTH_VALUE"


class ConfigError(ValueError):
    """The environment names a broker but its settings are incomplete or invalid."""


def mask_identifier(value: str) -> str:
    """Enough of an identifier to tell two apart in a repr or log, never the whole of it."""
    if len(value) <= 8:
        return "***"
    return f"{value[:4]}…{value[-4:]}"


def _masked(value: str | None) -> str:
    return "None" if value is None else repr(mask_identifier(value))


def _base_url(value: str, *, name: str) -> str:
    """Validate an http(s) base URL and drop a trailing slash (the generated clients append `/path`)."""
    parts = urlsplit(value)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise ConfigError(f"{name} must be an http(s) URL with a host, got {value!r}")
    if parts.query or parts.fragment:
        raise ConfigError(f"{name} must not have a query or fragment, got {value!r}")
    return value.rstrip("/")


def _optional_base_url(instance: object, attribute: attrs.Attribute[str | None], value: str | None) -> None:
    if value is not None:
        _base_url(value, name=attribute.name)


def _required_text(instance: object, attribute: attrs.Attribute[str], value: str) -> None:
    if not isinstance(value, str) or not value.strip():
        raise ConfigError(f"{attribute.name} must be a non-empty string")


def _strip_slash(value: str) -> str:
    return value.rstrip("/")


def _upper(value: str) -> str:
    return value.strip().upper()


@attrs.frozen
class KalshiSettings:
    """Kalshi credentials and which exchange to talk to (demo unless production is asked for)."""

    key_id: str = attrs.field(validator=_required_text, repr=_masked)
    private_key_path: Path | None = attrs.field(default=None, converter=attrs.converters.optional(Path))
    private_key_pem: str | None = attrs.field(default=None, repr=False)
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

    def auth(self) -> KalshiAuth:
        """Load the private key and build the request signer (reads the key file now)."""
        from brokerspec.auth import KalshiAuth

        if self.private_key_pem is not None:
            return KalshiAuth.from_pem(self.key_id, self.private_key_pem)
        assert self.private_key_path is not None  # guaranteed by __attrs_post_init__
        return KalshiAuth.from_pem_file(self.key_id, self.private_key_path)


_WEALTHY_AUTH_HEADER: Final = "BROKERSPEC_WEALTHY_AUTH_HEADER"
#: Setting -> the header(s) that carry the Wealthy token. `access-token` is the seed's header, `Authorization`
#: (raw, no `Bearer`) is what Wealthy's own client sends; both by default (see openapi/wealthy.yaml).
_WEALTHY_AUTH_HEADERS: Final[Mapping[str, tuple[str, ...]]] = {
    "both": ("access-token", "Authorization"),
    "access-token": ("access-token",),
    "authorization": ("Authorization",),
}
_WEALTHY_AUTH_CHOICES: Final = ", ".join(_WEALTHY_AUTH_HEADERS)


def _lower(value: str) -> str:
    return value.strip().lower()


def _wealthy_auth_header(instance: object, attribute: attrs.Attribute[str], value: str) -> None:
    if value not in _WEALTHY_AUTH_HEADERS:
        raise ConfigError(f"{attribute.name} must be one of {_WEALTHY_AUTH_CHOICES}, got {value!r}")


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
        _base_url(self.base_url, name="base_url")

    @property
    def auth_headers(self) -> tuple[str, ...]:
        """The header names the token is sent in, e.g. `("access-token", "Authorization")`."""
        return _WEALTHY_AUTH_HEADERS[self.auth_header]

    def auth(self) -> HeaderTokenAuth:
        """The token in every header `auth_header` selects, raw (no prefix), on every call."""
        from brokerspec.auth import HeaderTokenAuth

        return HeaderTokenAuth(self.auth_headers, self.access_token)


@attrs.frozen
class GatewaySettings:
    """A vendor gateway deployment: base URL (never guessed), user, vendor, an optional secret header."""

    base_url: str = attrs.field(converter=_strip_slash)
    user_id: str | None = attrs.field(default=None, repr=_masked)
    vendor: str | None = attrs.field(default=None, converter=attrs.converters.optional(_upper))
    auth_header: str = GATEWAY_DEFAULT_AUTH_HEADER
    auth_value: str | None = attrs.field(default=None, repr=False)

    def __attrs_post_init__(self) -> None:
        _base_url(self.base_url, name="base_url")
        if not self.auth_header.strip():
            raise ConfigError("auth_header must be a non-empty header name")

    def auth(self) -> HeaderTokenAuth | None:
        """The configured secret header, or None: the documented API has no auth, so send nothing."""
        if self.auth_value is None:
            return None
        from brokerspec.auth import HeaderTokenAuth

        return HeaderTokenAuth(self.auth_header, self.auth_value)


def _get(env: Mapping[str, str], name: str) -> str | None:
    value = env.get(name)
    if value is None or not value.strip():
        return None
    return value.strip()


def _kalshi_from_env(env: Mapping[str, str]) -> KalshiSettings | None:
    key_id = _get(env, _KALSHI_KEY_ID)
    path = _get(env, _KALSHI_PRIVATE_KEY_PATH)
    pem = _get(env, _KALSHI_PRIVATE_KEY)
    if key_id is None and path is None and pem is None:
        return None
    if key_id is None:
        raise ConfigError(f"{_KALSHI_KEY_ID} is not set but a Kalshi private key is")
    if path is None and pem is None:
        raise ConfigError(
            f"{_KALSHI_KEY_ID} is set but neither {_KALSHI_PRIVATE_KEY_PATH} nor {_KALSHI_PRIVATE_KEY}"
        )
    if path is not None and pem is not None:
        raise ConfigError(f"set only one of {_KALSHI_PRIVATE_KEY_PATH} and {_KALSHI_PRIVATE_KEY}")
    environment = (_get(env, _KALSHI_ENV) or "demo").lower()
    if environment not in KALSHI_BASE_URLS:
        raise ConfigError(f"{_KALSHI_ENV} must be 'demo' or 'production', got {environment!r}")
    base_url = _get(env, _KALSHI_BASE_URL)
    if base_url is not None:
        base_url = _base_url(base_url, name=_KALSHI_BASE_URL)
    if pem is not None:
        pem = pem.replace("\\n", "\n")  # one-line secrets (.env files, CI) often carry literal \n
    return KalshiSettings(
        key_id=key_id,
        private_key_path=path,
        private_key_pem=pem,
        environment="production" if environment == "production" else "demo",
        base_url_override=base_url,
    )


def _wealthy_from_env(env: Mapping[str, str]) -> WealthySettings | None:
    # A bad header choice is an error even without a token: a typo must never pass for "off".
    auth_header = (_get(env, _WEALTHY_AUTH_HEADER) or "both").lower()
    if auth_header not in _WEALTHY_AUTH_HEADERS:
        raise ConfigError(
            f"{_WEALTHY_AUTH_HEADER} must be one of {_WEALTHY_AUTH_CHOICES} (case-insensitive), "
            f"got {_get(env, _WEALTHY_AUTH_HEADER)!r}; unset it to send the token in both headers"
        )
    token = _get(env, _WEALTHY_ACCESS_TOKEN)
    if token is None:
        return None
    base_url = _base_url(_get(env, _WEALTHY_BASE_URL) or WEALTHY_DEFAULT_BASE_URL, name=_WEALTHY_BASE_URL)
    return WealthySettings(access_token=token, base_url=base_url, auth_header=auth_header)


def _gateway_from_env(env: Mapping[str, str]) -> GatewaySettings | None:
    base_url = _get(env, _GATEWAY_BASE_URL)
    if base_url is None:
        others = (_GATEWAY_USER_ID, _GATEWAY_VENDOR, _GATEWAY_AUTH_HEADER, _GATEWAY_AUTH_VALUE)
        if any(_get(env, name) is not None for name in others):
            raise ConfigError(
                f"vendor gateway settings are set but {_GATEWAY_BASE_URL} is not (it has no default)"
            )
        return None
    return GatewaySettings(
        base_url=_base_url(base_url, name=_GATEWAY_BASE_URL),
        user_id=_get(env, _GATEWAY_USER_ID),
        vendor=_get(env, _GATEWAY_VENDOR),
        auth_header=_get(env, _GATEWAY_AUTH_HEADER) or GATEWAY_DEFAULT_AUTH_HEADER,
        auth_value=_get(env, _GATEWAY_AUTH_VALUE),
    )


_T = TypeVar("_T")


def _collect(
    problems: list[str], read: Callable[[Mapping[str, str]], _T], env: Mapping[str, str]
) -> _T | None:
    try:
        return read(env)
    except ConfigError as exc:
        problems.append(str(exc))
        return None


@attrs.frozen
class Settings:
    """Everything brokerspec reads from the environment; a broker is None when it is not configured."""

    kalshi: KalshiSettings | None = None
    wealthy: WealthySettings | None = None
    vendor_gateway: GatewaySettings | None = None

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None) -> Settings:
        """Read the documented variables (from `os.environ` by default).

        A broker with none of its variables set is simply not configured; a broker with some of them set
        wrongly raises `ConfigError` naming every problem at once, so a typo is never mistaken for "off".
        """
        source: Mapping[str, str] = os.environ if env is None else env
        problems: list[str] = []
        kalshi = _collect(problems, _kalshi_from_env, source)
        wealthy = _collect(problems, _wealthy_from_env, source)
        vendor_gateway = _collect(problems, _gateway_from_env, source)
        if problems:
            raise ConfigError("; ".join(problems))
        return cls(kalshi=kalshi, wealthy=wealthy, vendor_gateway=vendor_gateway)

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
    "kalshi": f"{_KALSHI_KEY_ID} and {_KALSHI_PRIVATE_KEY_PATH} (or {_KALSHI_PRIVATE_KEY})",
    "wealthy": _WEALTHY_ACCESS_TOKEN,
    "vendor_gateway": _GATEWAY_BASE_URL,
}
