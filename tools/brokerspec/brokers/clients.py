"""One call to a ready, authenticated generated client per broker.

The generator ignores apiKey security schemes, so auth is an `httpx.Auth` passed through
`Client(httpx_args={"auth": ...})`; that way the signer sees the final URL of every request, sync or async.
Extra `httpx_args` (a transport, event hooks) pass straight through so later layers can add retries and
rate limits without touching this module. The generated packages are imported only when a client is built.

    from brokerspec.brokers.clients import kalshi_client
    from brokerspec_kalshi.api.portfolio import get_balance

    with kalshi_client() as client:  # settings from BROKERSPEC_KALSHI_* variables; demo by default
        balance = get_balance.sync(client=client)
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Final, TypeAlias, TypeVar

from brokerspec.config import read_settings
from brokerspec.settings.brokers import (
    KALSHI_BASE_URLS,
    WEALTHY_DEFAULT_BASE_URL,
    GatewaySettings,
    KalshiEnvironment,
    KalshiSettings,
    Settings,
    WealthySettings,
)
from brokerspec.settings.problems import ConfigError
from brokerspec.settings.variables import BROKERS, Broker

if TYPE_CHECKING:
    import httpx
    from brokerspec_kalshi import Client as KalshiClient
    from brokerspec_vendor_gateway import Client as GatewayClient
    from brokerspec_wealthy import Client as WealthyClient

__all__ = [
    "DEFAULT_TIMEOUT_S",
    "client_for",
    "gateway_client",
    "kalshi_client",
    "wealthy_client",
]

#: Seconds. The generated `Client` defaults to *no* timeout (it passes `timeout=None` to httpx); a hung
#: broker call must not hang an agent, so every helper sets one unless told otherwise.
DEFAULT_TIMEOUT_S: Final = 10.0

Timeout: TypeAlias = "float | httpx.Timeout | None"

# Arguments the generated Client passes to httpx itself; repeating them in httpx_args would fail (or worse,
# replace the auth) only at the first request, so they are refused up front.
_RESERVED_HTTPX_ARGS: Final = frozenset(
    {"auth", "base_url", "timeout", "headers", "cookies", "verify", "follow_redirects"}
)

_S = TypeVar("_S", KalshiSettings, WealthySettings, GatewaySettings)


def _broker_settings(
    settings: _S | Settings | None, kind: type[_S], broker: Broker, *, required: bool
) -> _S | None:
    """Narrow what the caller passed (broker settings, all settings, or nothing → the environment)."""
    if settings is None:
        if not required:
            return None
        settings = read_settings()
    if isinstance(settings, Settings):
        found = settings.require(broker) if required else getattr(settings, broker)
        assert found is None or isinstance(found, kind)
        return found
    if not isinstance(settings, kind):
        raise TypeError(f"expected {kind.__name__} or Settings, got {type(settings).__name__}")
    return settings


def _httpx_args(auth: httpx.Auth | None, extra: Mapping[str, Any] | None) -> dict[str, Any]:
    extra = dict(extra or {})
    clash = sorted(_RESERVED_HTTPX_ARGS & extra.keys())
    if clash:
        raise TypeError(f"pass {', '.join(clash)} as the helper's own arguments, not in httpx_args")
    if auth is not None:
        extra["auth"] = auth
    return extra


def _timeout(timeout: Timeout) -> httpx.Timeout:
    import httpx

    return timeout if isinstance(timeout, httpx.Timeout) else httpx.Timeout(timeout)


def _missing_package(package: str) -> ImportError:
    return ImportError(
        f"{package} is not importable: run scripts/generate, then reinstall brokerspec (pip install -e .)"
    )


def kalshi_client(
    settings: KalshiSettings | Settings | None = None,
    *,
    auth: httpx.Auth | None = None,
    environment: KalshiEnvironment | None = None,
    base_url: str | None = None,
    timeout: Timeout = DEFAULT_TIMEOUT_S,
    httpx_args: Mapping[str, Any] | None = None,
) -> KalshiClient:
    """A Kalshi client that signs every request.

    Settings come from the environment unless given; an explicit `auth` replaces them (no environment read).
    Base URL precedence: `base_url`, then `environment`, then the settings' URL, then demo.
    """
    try:
        from brokerspec_kalshi import Client
    except ModuleNotFoundError:
        raise _missing_package("brokerspec_kalshi") from None

    kalshi = _broker_settings(settings, KalshiSettings, "kalshi", required=auth is None)
    if auth is None:
        from brokerspec.http.auth import KalshiAuth

        assert kalshi is not None
        auth = KalshiAuth.from_settings(kalshi)
    if base_url is None:
        if environment is not None:
            if environment not in KALSHI_BASE_URLS:
                raise ValueError(f"environment must be demo or production, got {environment!r}")
            base_url = KALSHI_BASE_URLS[environment]
        else:
            base_url = kalshi.base_url if kalshi is not None else KALSHI_BASE_URLS["demo"]
    return Client(base_url=base_url, timeout=_timeout(timeout), httpx_args=_httpx_args(auth, httpx_args))


def wealthy_client(
    settings: WealthySettings | Settings | None = None,
    *,
    auth: httpx.Auth | None = None,
    base_url: str | None = None,
    timeout: Timeout = DEFAULT_TIMEOUT_S,
    httpx_args: Mapping[str, Any] | None = None,
) -> WealthyClient:
    """A Wealthy client sending the token raw in `access-token` and `Authorization` (or the one chosen).

    Which header carries the token is the settings' `auth_header` (`BROKERSPEC_WEALTHY_AUTH_HEADER`): both by
    default, since the seed documents `access-token` and Wealthy's own client sends `Authorization`.
    Settings come from the environment unless given; an explicit `auth` replaces them (no environment read).
    """
    try:
        from brokerspec_wealthy import Client
    except ModuleNotFoundError:
        raise _missing_package("brokerspec_wealthy") from None

    wealthy = _broker_settings(settings, WealthySettings, "wealthy", required=auth is None)
    if auth is None:
        from brokerspec.http.auth import HeaderTokenAuth

        assert wealthy is not None
        auth = HeaderTokenAuth.from_settings(wealthy)
    if base_url is None:
        base_url = wealthy.base_url if wealthy is not None else WEALTHY_DEFAULT_BASE_URL
    return Client(base_url=base_url, timeout=_timeout(timeout), httpx_args=_httpx_args(auth, httpx_args))


def gateway_client(
    settings: GatewaySettings | Settings | None = None,
    *,
    auth: httpx.Auth | None = None,
    base_url: str | None = None,
    timeout: Timeout = DEFAULT_TIMEOUT_S,
    httpx_args: Mapping[str, Any] | None = None,
) -> GatewayClient:
    """A vendor-gateway client; it sends the configured secret header only if one is configured.

    The gateway has no public host, so a base URL must come from `base_url` or the settings. With an explicit
    `base_url` and no settings the environment is not read: a configured secret never follows an override.
    """
    try:
        from brokerspec_vendor_gateway import Client
    except ModuleNotFoundError:
        raise _missing_package("brokerspec_vendor_gateway") from None

    needs_settings = base_url is None
    gateway = _broker_settings(settings, GatewaySettings, "vendor_gateway", required=needs_settings)
    if auth is None and gateway is not None:
        from brokerspec.http.auth import HeaderTokenAuth

        auth = HeaderTokenAuth.from_settings(gateway)
    if base_url is None:
        assert gateway is not None
        base_url = gateway.base_url
    return Client(base_url=base_url, timeout=_timeout(timeout), httpx_args=_httpx_args(auth, httpx_args))


def client_for(broker: str, settings: Settings | None = None, **kwargs: Any) -> Any:
    """The client for a broker by name (`kalshi`, `wealthy`, `vendor_gateway`), e.g. for a tool dispatcher.

    Extra keyword arguments go to the broker's helper (`base_url`, `timeout`, `httpx_args`, ...).
    """
    if broker not in BROKERS:
        raise ConfigError(f"unknown broker {broker!r}; known: {', '.join(BROKERS)}")
    settings = read_settings() if settings is None else settings
    if broker == "kalshi":
        return kalshi_client(settings, **kwargs)
    if broker == "wealthy":
        return wealthy_client(settings, **kwargs)
    return gateway_client(settings, **kwargs)
