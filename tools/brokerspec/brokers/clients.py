"""The one client factory: a ready, authenticated generated client per broker, its profile applied.

The generator ignores apiKey security schemes, so auth is an `httpx.Auth` passed through
`Client(httpx_args={"auth": ...})`; that way the signer sees the final URL of every request, sync or async.
Every client gets its broker's timeouts (`brokers.profiles`; the generated `Client` alone has none). With
`broker_transport=True` it also gets the broker's `BrokerTransport` (rate limits, safe retries, one error
vocabulary): what the MCP server uses. Without it, extra `httpx_args` (a transport, event hooks) pass
straight through. The generated packages are imported only when a client is built.

    from brokerspec.brokers.clients import kalshi_client
    from brokerspec_kalshi.api.portfolio import get_balance

    with kalshi_client() as client:  # settings from BROKERSPEC_KALSHI_* variables; demo by default
        balance = get_balance.sync(client=client)
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, Final, Literal, TypeAlias, TypedDict, TypeVar, Unpack

from brokerspec.brokers.profiles import PROFILES, profile
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

    from brokerspec.http.ratelimit import RateLimiter, RateLimits
    from brokerspec.http.transport import BrokerTransport, RetryPolicy
    from brokerspec.settings.keys import KalshiPrivateKey
    from brokerspec.settings.server import RateOverrides

__all__ = [
    "DEFAULT_TIMEOUT_S",
    "PROFILE",
    "ClientOptions",
    "async_transport_for",
    "client_for",
    "gateway_client",
    "kalshi_client",
    "timeout_for",
    "transport_for",
    "wealthy_client",
]

Timeout: TypeAlias = "float | httpx.Timeout | None"
#: The `timeout` default: the broker's own, from its profile (`timeout_for`). None means no timeout at all.
PROFILE: Final = "profile"
TimeoutArg: TypeAlias = "Timeout | Literal['profile']"

#: Kept for `brokerspec.clients.DEFAULT_TIMEOUT_S`: Kalshi's read timeout. Each broker's default is its
#: profile's (`timeout_for`); nothing uses this one.
DEFAULT_TIMEOUT_S: Final = PROFILES["kalshi"].timeouts.read


class ClientOptions(TypedDict, total=False):
    """What every helper takes besides settings and auth."""

    #: Default: the broker's profile (`timeout_for`); None: no timeout at all.
    timeout: TimeoutArg
    #: Passed to httpx; a `transport` here is the broker transport's inner one when `broker_transport`.
    httpx_args: Mapping[str, Any] | None
    #: Send through the broker's `BrokerTransport` (rate limits, safe retries, translated failures).
    broker_transport: bool
    #: The broker transport's budget (default: the profile's, learnt from the broker at first use) and retry policy.
    limits: RateLimits | RateLimiter | None
    retry: RetryPolicy | None
    #: The environment's refill rates (`Configuration.rate_overrides`); they win over any budget.
    rate_overrides: RateOverrides | None


# Arguments the generated Client passes to httpx itself; repeating them in httpx_args would fail (or worse,
# replace the auth) only at the first request, so they are refused up front.
_RESERVED_HTTPX_ARGS: Final = frozenset(
    {"auth", "base_url", "timeout", "headers", "cookies", "verify", "follow_redirects"}
)

_S = TypeVar("_S", KalshiSettings, WealthySettings, GatewaySettings)
_C = TypeVar("_C")


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


def timeout_for(broker: str) -> httpx.Timeout:
    """The broker's connect/read/write/pool timeouts (its profile's), as its generated client gets them."""
    import httpx

    t = profile(broker).timeouts
    return httpx.Timeout(connect=t.connect, read=t.read, write=t.write, pool=t.pool)


def transport_for(
    broker: str,
    *,
    limits: RateLimits | RateLimiter | None = None,
    retry: RetryPolicy | None = None,
    inner: httpx.BaseTransport | httpx.AsyncBaseTransport | None = None,
    auth: httpx.Auth | None = None,
    rate_overrides: RateOverrides | None = None,
    account: str = "",
) -> BrokerTransport:
    """The transport for a broker's generated client, from its profile: `httpx_args={"transport": ...}`.

    Every transport of one broker key (`account`, e.g. base URL and key id) with the same limits and
    overrides shares one budget per process. With the profile's limits (the default) the budget is learnt
    from the broker at the first request (its `budget_loader`); `rate_overrides` (the environment's refill
    rates) win over both. It serves sync and async clients alike; `inner` replaces httpx's own transport
    underneath (sync, async or both, e.g. a `MockTransport`); `auth` signs the budget reads and re-signs a
    request that waited.
    """
    from brokerspec.http.transport import BrokerTransport

    prof = profile(broker)
    return BrokerTransport(
        prof.name,
        limits=prof.limits if limits is None else limits,
        budget_loader=prof.budget_loader if limits is None else None,
        overrides=rate_overrides,
        account=account,
        retry=retry,
        inner=inner,
        read_paths=prof.read_paths,
        auth=auth,
    )


def async_transport_for(
    broker: str,
    *,
    limits: RateLimits | RateLimiter | None = None,
    retry: RetryPolicy | None = None,
    inner: httpx.AsyncBaseTransport | None = None,
    auth: httpx.Auth | None = None,
    rate_overrides: RateOverrides | None = None,
    account: str = "",
) -> BrokerTransport:
    """The twin of `transport_for` for an async-only `inner` (e.g. `httpx.ASGITransport`)."""
    return transport_for(
        broker,
        limits=limits,
        retry=retry,
        inner=inner,
        auth=auth,
        rate_overrides=rate_overrides,
        account=account,
    )


def _client(
    client_class: Callable[..., _C],
    broker: Broker,
    base_url: str,
    auth: httpx.Auth | None,
    *,
    timeout: TimeoutArg = PROFILE,
    httpx_args: Mapping[str, Any] | None = None,
    broker_transport: bool = False,
    limits: RateLimits | RateLimiter | None = None,
    retry: RetryPolicy | None = None,
    rate_overrides: RateOverrides | None = None,
    account: str = "",
) -> _C:
    """The one place a generated client is built: auth, the profile's timeout, the broker transport if asked."""
    import httpx

    args = _httpx_args(auth, httpx_args)
    if broker_transport:
        resign = auth if profile(broker).resign_before_retry else None
        args["transport"] = transport_for(
            broker,
            limits=limits,
            retry=retry,
            inner=args.get("transport"),
            auth=resign,
            rate_overrides=rate_overrides,
            account=account or base_url,
        )
    elif limits is not None or retry is not None or rate_overrides is not None:
        raise TypeError(
            "limits, retry and rate_overrides apply to the broker transport: pass broker_transport=True"
        )
    if isinstance(timeout, str):  # PROFILE
        timeout = timeout_for(broker)
    elif not isinstance(timeout, httpx.Timeout):
        timeout = httpx.Timeout(timeout)
    return client_class(base_url=base_url, timeout=timeout, httpx_args=args)


def _missing_package(package: str) -> ImportError:
    return ImportError(
        f"{package} is not importable: run scripts/generate, then reinstall brokerspec (pip install -e .)"
    )


def kalshi_client(
    settings: KalshiSettings | Settings | None = None,
    *,
    auth: httpx.Auth | None = None,
    kalshi_key: KalshiPrivateKey | None = None,
    environment: KalshiEnvironment | None = None,
    base_url: str | None = None,
    **options: Unpack[ClientOptions],
) -> KalshiClient:
    """A Kalshi client that signs every request.

    Settings come from the environment unless given; an explicit `auth` replaces them (no environment read),
    and `kalshi_key` (a key already loaded) signs as the settings' key id without reading the key again.
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
        if kalshi_key is None:
            auth = KalshiAuth.from_settings(kalshi)
        else:
            auth = KalshiAuth(kalshi.key_id, kalshi_key)
    if base_url is None:
        if environment is not None:
            if environment not in KALSHI_BASE_URLS:
                raise ValueError(f"environment must be demo or production, got {environment!r}")
            base_url = KALSHI_BASE_URLS[environment]
        else:
            base_url = kalshi.base_url if kalshi is not None else KALSHI_BASE_URLS["demo"]
    account = f"{base_url} {kalshi.key_id}" if kalshi is not None else base_url  # budgets are per key
    return _client(Client, "kalshi", base_url, auth, account=account, **options)


def wealthy_client(
    settings: WealthySettings | Settings | None = None,
    *,
    auth: httpx.Auth | None = None,
    base_url: str | None = None,
    **options: Unpack[ClientOptions],
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
    return _client(Client, "wealthy", base_url, auth, **options)


def gateway_client(
    settings: GatewaySettings | Settings | None = None,
    *,
    auth: httpx.Auth | None = None,
    base_url: str | None = None,
    **options: Unpack[ClientOptions],
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
    return _client(Client, "vendor_gateway", base_url, auth, **options)


def client_for(
    broker: str,
    settings: Settings | None = None,
    *,
    kalshi_key: KalshiPrivateKey | None = None,
    **kwargs: Any,
) -> Any:
    """The client for a broker by name (`kalshi`, `wealthy`, `vendor_gateway`), e.g. for a tool dispatcher.

    Extra keyword arguments go to the broker's helper (`base_url`, `timeout`, `httpx_args`,
    `broker_transport`, `limits`...); `kalshi_key` only to Kalshi's.
    """
    if broker not in BROKERS:
        raise ConfigError(f"unknown broker {broker!r}; known: {', '.join(BROKERS)}")
    settings = read_settings() if settings is None else settings
    if broker == "kalshi":
        return kalshi_client(settings, kalshi_key=kalshi_key, **kwargs)
    if broker == "wealthy":
        return wealthy_client(settings, **kwargs)
    return gateway_client(settings, **kwargs)
