"""Every environment variable brokerspec reads, by name (what each means: `brokerspec.config`'s docstring),
and the brokers they configure."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Final, Literal, TypeAlias, get_args

Broker: TypeAlias = Literal["kalshi", "wealthy", "vendor_gateway"]

#: Canonical broker names, matching the spec and generated package names.
BROKERS: Final[tuple[Broker, ...]] = get_args(Broker)

KALSHI_KEY_ID: Final = "BROKERSPEC_KALSHI_KEY_ID"
KALSHI_PRIVATE_KEY_PATH: Final = "BROKERSPEC_KALSHI_PRIVATE_KEY_PATH"
KALSHI_PRIVATE_KEY: Final = "BROKERSPEC_KALSHI_PRIVATE_KEY"
KALSHI_PRIVATE_KEY_PASSWORD: Final = "BROKERSPEC_KALSHI_PRIVATE_KEY_PASSWORD"
KALSHI_ENV: Final = "BROKERSPEC_KALSHI_ENV"
KALSHI_BASE_URL: Final = "BROKERSPEC_KALSHI_BASE_URL"
WEALTHY_ACCESS_TOKEN: Final = "BROKERSPEC_WEALTHY_ACCESS_TOKEN"
WEALTHY_BASE_URL: Final = "BROKERSPEC_WEALTHY_BASE_URL"
WEALTHY_AUTH_HEADER: Final = "BROKERSPEC_WEALTHY_AUTH_HEADER"
GATEWAY_BASE_URL: Final = "BROKERSPEC_GATEWAY_BASE_URL"
GATEWAY_USER_ID: Final = "BROKERSPEC_GATEWAY_USER_ID"
GATEWAY_VENDOR: Final = "BROKERSPEC_GATEWAY_VENDOR"
GATEWAY_AUTH_HEADER: Final = "BROKERSPEC_GATEWAY_AUTH_HEADER"
GATEWAY_AUTH_VALUE: Final = "BROKERSPEC_GATEWAY_AUTH_VALUE"

TRADING: Final = "BROKERSPEC_TRADING"
ALLOW_LIVE: Final = "BROKERSPEC_ALLOW_LIVE"
MAX_ORDER_CONTRACTS: Final = "BROKERSPEC_MAX_ORDER_CONTRACTS"
MAX_ORDER_DOLLARS: Final = "BROKERSPEC_MAX_ORDER_DOLLARS"
MAX_DAILY_DOLLARS: Final = "BROKERSPEC_MAX_DAILY_DOLLARS"
TICKER_ALLOWLIST: Final = "BROKERSPEC_TICKER_ALLOWLIST"
STATE_DIR: Final = "BROKERSPEC_STATE_DIR"
TOKEN_TTL_SECONDS: Final = "BROKERSPEC_TOKEN_TTL_SECONDS"
CONFIRM: Final = "BROKERSPEC_CONFIRM"
MAX_DAILY_DOLLARS_PER_SUBJECT: Final = "BROKERSPEC_MAX_DAILY_DOLLARS_PER_SUBJECT"

DATABASE_URL: Final = "BROKERSPEC_DATABASE_URL"
REDIS_URL: Final = "BROKERSPEC_REDIS_URL"

AUDIT_LOG: Final = "BROKERSPEC_AUDIT_LOG"
AUDIT_MAX_BYTES: Final = "BROKERSPEC_AUDIT_MAX_BYTES"
AUDIT_KEEP: Final = "BROKERSPEC_AUDIT_KEEP"

HTTP_TOKEN: Final = "BROKERSPEC_HTTP_TOKEN"
HTTP_ALLOWED_HOSTS: Final = "BROKERSPEC_HTTP_ALLOWED_HOSTS"
HTTP_ALLOWED_ORIGINS: Final = "BROKERSPEC_HTTP_ALLOWED_ORIGINS"

OAUTH_ISSUER: Final = "BROKERSPEC_OAUTH_ISSUER"
OAUTH_RESOURCE_URL: Final = "BROKERSPEC_OAUTH_RESOURCE_URL"
OAUTH_JWKS_URL: Final = "BROKERSPEC_OAUTH_JWKS_URL"
OAUTH_REQUIRED_SCOPES: Final = "BROKERSPEC_OAUTH_REQUIRED_SCOPES"
TOKEN_KEY: Final = "BROKERSPEC_TOKEN_KEY"

#: "1" marks loopback broker URLs as the sandbox (`brokerspec demo` sets it for its server).
SANDBOX: Final = "BROKERSPEC_SANDBOX"

#: Variables whose values are secrets: never shown in a problem, a log line or a tool result.
SECRET_VARIABLES: Final = (
    KALSHI_PRIVATE_KEY,
    KALSHI_PRIVATE_KEY_PASSWORD,
    WEALTHY_ACCESS_TOKEN,
    GATEWAY_AUTH_VALUE,
    HTTP_TOKEN,
    TOKEN_KEY,
)
#: Variables that hold URLs, whose user, password, query and fragment may carry credentials.
URL_VARIABLES: Final = (
    KALSHI_BASE_URL,
    WEALTHY_BASE_URL,
    GATEWAY_BASE_URL,
    DATABASE_URL,
    REDIS_URL,
    OAUTH_ISSUER,
    OAUTH_RESOURCE_URL,
    OAUTH_JWKS_URL,
)
#: The prefixes of the broker variables (rate limits, `..._READS_PER_SECOND`, are not broker settings).
BROKER_PREFIXES: Final = ("BROKERSPEC_KALSHI_", "BROKERSPEC_WEALTHY_", "BROKERSPEC_GATEWAY_")


def rate_variable(broker: str, kind: str) -> str:
    """`BROKERSPEC_<BROKER>_READS_PER_SECOND` (kind "reads") or `..._WRITES_PER_SECOND` (kind "writes")."""
    return f"BROKERSPEC_{broker.upper()}_{kind.upper()}_PER_SECOND"


def is_rate_variable(name: str) -> bool:
    return name.endswith(("_READS_PER_SECOND", "_WRITES_PER_SECOND"))


def get(env: Mapping[str, str], name: str) -> str | None:
    """The variable's value stripped, or None when it is unset or blank (empty values count as unset)."""
    value = env.get(name)
    if value is None or not value.strip():
        return None
    return value.strip()
