"""The client helpers hand back generated clients that authenticate and talk to the right base URL."""

from __future__ import annotations

import base64
import importlib.util
import json
import os
import sys
from pathlib import Path
from typing import Any

import attrs
import httpx
import pytest
from brokerspec.clients import (
    DEFAULT_TIMEOUT_S,
    client_for,
    gateway_client,
    kalshi_client,
    timeout_for,
    wealthy_client,
)
from brokerspec.http.auth import HeaderTokenAuth, KalshiAuth
from brokerspec.settings.brokers import GatewaySettings, KalshiSettings, Settings, WealthySettings
from brokerspec.settings.problems import ConfigError
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa

ROOT = Path(__file__).resolve().parents[1]
if importlib.util.find_spec("brokerspec_kalshi") is None:
    # The editable install predates generated/ in this checkout: import the packages from the tree.
    sys.path.insert(0, str(ROOT / "generated"))

from brokerspec_kalshi.api.order_groups import create_order_group  # noqa: E402
from brokerspec_kalshi.api.orders import cancel_order_v2  # noqa: E402
from brokerspec_kalshi.api.portfolio import get_balance, get_fills  # noqa: E402
from brokerspec_kalshi.models import CreateOrderGroupRequest  # noqa: E402
from brokerspec_vendor_gateway.api.portfolio import get_holdings as gateway_get_holdings  # noqa: E402
from brokerspec_vendor_gateway.models import GatewayRequest  # noqa: E402
from brokerspec_wealthy.api.portfolio import get_holdings as wealthy_get_holdings  # noqa: E402

KEY_ID = "a952bcbe-ec3b-4b5b-b8f9-11dae589608c"
NOW_MS = 1_700_000_000_000
DEMO = "https://external-api.demo.kalshi.co/trade-api/v2"
PRODUCTION = "https://external-api.kalshi.com/trade-api/v2"
SANDBOX = "http://127.0.0.1:8765/kalshi/trade-api/v2"
GATEWAY = "https://gw.example/api"


class Recorder:
    """A MockTransport handler that snapshots each request (headers as sent) and answers with one body."""

    def __init__(self, body: Any = None, status: int = 200) -> None:
        self.requests: list[httpx.Request] = []
        self._body = [] if body is None else body
        self._status = status

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(
            httpx.Request(request.method, request.url, headers=request.headers, content=request.read())
        )
        return httpx.Response(self._status, json=self._body)

    @property
    def transport(self) -> dict[str, Any]:
        return {"transport": httpx.MockTransport(self)}


@pytest.fixture(scope="module")
def rsa_key() -> rsa.RSAPrivateKey:
    return rsa.generate_private_key(public_exponent=65537, key_size=2048)


@pytest.fixture
def kalshi_settings(tmp_path: Path, rsa_key: rsa.RSAPrivateKey) -> KalshiSettings:
    path = tmp_path / "kalshi.pem"
    path.write_bytes(
        rsa_key.private_bytes(
            serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
        )
    )
    return KalshiSettings(key_id=KEY_ID, private_key_path=path)


@pytest.fixture
def clean_env(monkeypatch: pytest.MonkeyPatch) -> pytest.MonkeyPatch:
    for name in list(os.environ):
        if name.startswith("BROKERSPEC_"):
            monkeypatch.delenv(name)
    return monkeypatch


def assert_kalshi_signature(key: rsa.RSAPrivateKey, request: httpx.Request) -> None:
    message = f"{request.headers['KALSHI-ACCESS-TIMESTAMP']}{request.method}{request.url.path}".encode()
    key.public_key().verify(
        base64.b64decode(request.headers["KALSHI-ACCESS-SIGNATURE"]),
        message,
        padding.PSS(mgf=padding.MGF1(hashes.SHA256()), salt_length=32),
        hashes.SHA256(),
    )


# --- Kalshi ---------------------------------------------------------------------------------------------

BALANCE = {"balance": 9801, "balance_dollars": "98.0186"}


def test_kalshi_client_signs_requests_to_the_demo_base_url_by_default(
    kalshi_settings: KalshiSettings, rsa_key: rsa.RSAPrivateKey
) -> None:
    recorder = Recorder({"fills": []})
    client = kalshi_client(kalshi_settings, httpx_args=recorder.transport)

    response = get_fills.sync_detailed(client=client, ticker="KXBTC", limit=5)

    assert response.status_code == 200
    (request,) = recorder.requests
    assert str(request.url) == f"{DEMO}/portfolio/fills?ticker=KXBTC&limit=5"
    assert request.headers["KALSHI-ACCESS-KEY"] == KEY_ID
    assert_kalshi_signature(rsa_key, request)


def test_kalshi_client_signs_the_exact_message_with_an_injected_clock(rsa_key: rsa.RSAPrivateKey) -> None:
    recorder = Recorder(BALANCE)
    auth = KalshiAuth(KEY_ID, rsa_key, clock=lambda: NOW_MS)
    get_balance.sync_detailed(client=kalshi_client(auth=auth, httpx_args=recorder.transport), subaccount=0)

    (request,) = recorder.requests
    assert request.headers["KALSHI-ACCESS-TIMESTAMP"] == str(NOW_MS)
    rsa_key.public_key().verify(
        base64.b64decode(request.headers["KALSHI-ACCESS-SIGNATURE"]),
        b"1700000000000GET/trade-api/v2/portfolio/balance",
        padding.PSS(mgf=padding.MGF1(hashes.SHA256()), salt_length=32),
        hashes.SHA256(),
    )


def test_kalshi_production_settings_use_the_production_base_url(kalshi_settings: KalshiSettings) -> None:
    recorder = Recorder(BALANCE)
    settings = attrs.evolve(kalshi_settings, environment="production")
    get_balance.sync_detailed(client=kalshi_client(settings, httpx_args=recorder.transport))

    assert str(recorder.requests[0].url) == f"{PRODUCTION}/portfolio/balance"


def test_kalshi_environment_argument_overrides_the_settings(kalshi_settings: KalshiSettings) -> None:
    recorder = Recorder(BALANCE)
    settings = attrs.evolve(kalshi_settings, base_url_override=SANDBOX)
    client = kalshi_client(settings, environment="production", httpx_args=recorder.transport)
    get_balance.sync_detailed(client=client)

    assert str(recorder.requests[0].url) == f"{PRODUCTION}/portfolio/balance"


def test_kalshi_base_url_override_is_signed_with_its_path_prefix(
    kalshi_settings: KalshiSettings, rsa_key: rsa.RSAPrivateKey
) -> None:
    recorder = Recorder(BALANCE)
    settings = attrs.evolve(kalshi_settings, base_url_override=SANDBOX)
    get_balance.sync_detailed(client=kalshi_client(settings, httpx_args=recorder.transport))

    (request,) = recorder.requests
    assert str(request.url) == f"{SANDBOX}/portfolio/balance"
    assert request.url.path == "/kalshi/trade-api/v2/portfolio/balance"
    assert_kalshi_signature(rsa_key, request)


def test_kalshi_base_url_argument_wins_over_everything(kalshi_settings: KalshiSettings) -> None:
    recorder = Recorder(BALANCE)
    client = kalshi_client(
        kalshi_settings, environment="production", base_url=SANDBOX, httpx_args=recorder.transport
    )
    get_balance.sync_detailed(client=client)

    assert str(recorder.requests[0].url) == f"{SANDBOX}/portfolio/balance"


def test_kalshi_client_reads_the_environment_by_default(
    clean_env: pytest.MonkeyPatch, kalshi_settings: KalshiSettings, rsa_key: rsa.RSAPrivateKey
) -> None:
    clean_env.setenv("BROKERSPEC_KALSHI_KEY_ID", KEY_ID)
    clean_env.setenv("BROKERSPEC_KALSHI_PRIVATE_KEY_PATH", str(kalshi_settings.private_key_path))
    clean_env.setenv("BROKERSPEC_KALSHI_ENV", "production")
    recorder = Recorder(BALANCE)
    get_balance.sync_detailed(client=kalshi_client(httpx_args=recorder.transport))

    (request,) = recorder.requests
    assert str(request.url) == f"{PRODUCTION}/portfolio/balance"
    assert_kalshi_signature(rsa_key, request)


def test_kalshi_client_without_configuration_says_what_to_set(clean_env: pytest.MonkeyPatch) -> None:
    with pytest.raises(ConfigError, match="BROKERSPEC_KALSHI_KEY_ID"):
        kalshi_client()


def test_kalshi_client_signs_a_delete(kalshi_settings: KalshiSettings, rsa_key: rsa.RSAPrivateKey) -> None:
    recorder = Recorder({"order_id": "ord-123", "reduced_by": "1.00", "ts_ms": NOW_MS})
    client = kalshi_client(kalshi_settings, httpx_args=recorder.transport)
    cancel_order_v2.sync_detailed("ord-123", client=client)

    (request,) = recorder.requests
    assert request.method == "DELETE"
    assert request.url.path == "/trade-api/v2/portfolio/events/orders/ord-123"
    assert_kalshi_signature(rsa_key, request)


async def test_kalshi_client_signs_an_async_post(
    kalshi_settings: KalshiSettings, rsa_key: rsa.RSAPrivateKey
) -> None:
    recorder = Recorder({"order_group_id": "og-1"}, status=201)
    client = kalshi_client(kalshi_settings, httpx_args=recorder.transport)

    await create_order_group.asyncio_detailed(client=client, body=CreateOrderGroupRequest(contracts_limit=10))

    (request,) = recorder.requests
    assert request.method == "POST"
    assert json.loads(request.content) == {"contracts_limit": 10}
    assert_kalshi_signature(rsa_key, request)


def test_kalshi_client_heals_clock_skew_through_the_generated_client(rsa_key: rsa.RSAPrivateKey) -> None:
    sent: list[str] = []
    expired = {"error": {"code": "header_timestamp_expired", "message": "header timestamp expired"}}

    def exchange(request: httpx.Request) -> httpx.Response:
        sent.append(request.headers["KALSHI-ACCESS-TIMESTAMP"])
        if len(sent) == 1:
            return httpx.Response(401, json=expired, headers={"Date": "Tue, 14 Nov 2023 22:14:20 GMT"})
        return httpx.Response(200, json=BALANCE)

    auth = KalshiAuth(KEY_ID, rsa_key, clock=lambda: NOW_MS)
    client = kalshi_client(auth=auth, httpx_args={"transport": httpx.MockTransport(exchange)})
    response = get_balance.sync_detailed(client=client)

    assert response.status_code == 200
    assert response.parsed.balance == 9801
    assert sent == [str(NOW_MS), str(NOW_MS + 60_000)]


def test_client_for_kalshi_uses_the_kalshi_settings(kalshi_settings: KalshiSettings) -> None:
    recorder = Recorder(BALANCE)
    client = client_for("kalshi", Settings(kalshi=kalshi_settings), httpx_args=recorder.transport)
    get_balance.sync_detailed(client=client)

    assert str(recorder.requests[0].url) == f"{DEMO}/portfolio/balance"


# --- Wealthy --------------------------------------------------------------------------------------------


def test_wealthy_client_sends_the_raw_token_in_both_headers_to_the_default_base_url() -> None:
    recorder = Recorder()
    client = wealthy_client(WealthySettings(access_token="tok-1"), httpx_args=recorder.transport)

    response = wealthy_get_holdings.sync_detailed(client=client)

    assert response.status_code == 200
    (request,) = recorder.requests
    assert str(request.url) == "https://api.wealthy.in/broking/api/v1/report/holdings/"
    assert request.headers["access-token"] == "tok-1"
    assert request.headers["Authorization"] == "tok-1"  # raw, as Wealthy's own client sends it


WEALTHY_AUTH_SETTINGS = [
    ("both", {"access-token", "authorization"}),
    ("access-token", {"access-token"}),
    ("ACCESS-TOKEN", {"access-token"}),
    ("authorization", {"authorization"}),
    ("Authorization", {"authorization"}),
]


@pytest.mark.parametrize(("setting", "sent"), WEALTHY_AUTH_SETTINGS)
def test_wealthy_auth_header_setting_decides_which_headers_are_sent(
    clean_env: pytest.MonkeyPatch, setting: str, sent: set[str]
) -> None:
    clean_env.setenv("BROKERSPEC_WEALTHY_ACCESS_TOKEN", "env-token")
    clean_env.setenv("BROKERSPEC_WEALTHY_AUTH_HEADER", setting)
    recorder = Recorder()
    wealthy_get_holdings.sync_detailed(client=wealthy_client(httpx_args=recorder.transport))

    headers = recorder.requests[0].headers
    carrying = {name for name, value in headers.items() if value == "env-token"}
    assert carrying == sent
    assert {"access-token", "authorization"} & set(headers.keys()) == sent


def test_wealthy_client_with_a_bad_auth_header_setting_is_a_config_error(
    clean_env: pytest.MonkeyPatch,
) -> None:
    clean_env.setenv("BROKERSPEC_WEALTHY_ACCESS_TOKEN", "env-token")
    clean_env.setenv("BROKERSPEC_WEALTHY_AUTH_HEADER", "bearer")
    with pytest.raises(ConfigError, match="BROKERSPEC_WEALTHY_AUTH_HEADER"):
        wealthy_client()


def test_wealthy_client_uses_the_configured_base_url() -> None:
    recorder = Recorder()
    settings = WealthySettings(access_token="tok-1", base_url="http://127.0.0.1:8765/wealthy")
    wealthy_get_holdings.sync_detailed(client=wealthy_client(settings, httpx_args=recorder.transport))

    assert str(recorder.requests[0].url) == "http://127.0.0.1:8765/wealthy/v1/report/holdings/"


def test_wealthy_client_reads_the_environment_by_default(clean_env: pytest.MonkeyPatch) -> None:
    clean_env.setenv("BROKERSPEC_WEALTHY_ACCESS_TOKEN", "env-token")
    recorder = Recorder()
    wealthy_get_holdings.sync_detailed(client=wealthy_client(httpx_args=recorder.transport))

    assert recorder.requests[0].headers["access-token"] == "env-token"


def test_wealthy_client_without_configuration_says_what_to_set(clean_env: pytest.MonkeyPatch) -> None:
    with pytest.raises(ConfigError, match="BROKERSPEC_WEALTHY_ACCESS_TOKEN"):
        wealthy_client()


async def test_wealthy_client_works_async() -> None:
    recorder = Recorder()
    client = wealthy_client(WealthySettings(access_token="tok-1"), httpx_args=recorder.transport)

    response = await wealthy_get_holdings.asyncio_detailed(client=client)

    assert response.status_code == 200
    assert recorder.requests[0].headers["access-token"] == "tok-1"


# --- vendor gateway ---------------------------------------------------------------------------------------


def gateway_holdings(client: Any) -> Any:
    return gateway_get_holdings.sync_detailed(
        client=client, body=GatewayRequest(user_id="U1", vendor="KOTAK")
    )


def test_gateway_client_posts_to_the_configured_base_url_without_auth_by_default() -> None:
    recorder = Recorder({"status": "Ok", "message": "ok", "result": []})
    gateway_holdings(gateway_client(GatewaySettings(base_url=GATEWAY), httpx_args=recorder.transport))

    (request,) = recorder.requests
    assert str(request.url) == "https://gw.example/api/holdings/getUsrHold"
    assert json.loads(request.content) == {"userId": "U1", "vendor": "KOTAK"}
    assert "Authorization" not in request.headers


def test_gateway_client_sends_the_configured_secret_header() -> None:
    settings = GatewaySettings(base_url=GATEWAY, auth_header="X-Session", auth_value="s3cr3t")
    recorder = Recorder({"status": "Ok", "message": "ok", "result": []})
    gateway_holdings(gateway_client(settings, httpx_args=recorder.transport))

    assert recorder.requests[0].headers["X-Session"] == "s3cr3t"


def test_gateway_client_needs_a_base_url(clean_env: pytest.MonkeyPatch) -> None:
    with pytest.raises(ConfigError, match="BROKERSPEC_GATEWAY_BASE_URL"):
        gateway_client()


def test_gateway_base_url_override_does_not_pick_up_the_environments_secret(
    clean_env: pytest.MonkeyPatch,
) -> None:
    clean_env.setenv("BROKERSPEC_GATEWAY_BASE_URL", GATEWAY)
    clean_env.setenv("BROKERSPEC_GATEWAY_AUTH_VALUE", "real-secret")
    recorder = Recorder({"status": "Ok", "message": "ok", "result": []})
    gateway_holdings(gateway_client(base_url="http://127.0.0.1:8765/gateway", httpx_args=recorder.transport))

    (request,) = recorder.requests
    assert str(request.url) == "http://127.0.0.1:8765/gateway/holdings/getUsrHold"
    assert "Authorization" not in request.headers


# --- shared behaviour -----------------------------------------------------------------------------------


def test_clients_get_their_brokers_timeout_by_default() -> None:
    # One default per broker, the profile's; the generated Client alone would have none.
    wealthy = wealthy_client(WealthySettings(access_token="tok-1")).get_httpx_client().timeout
    gateway = gateway_client(GatewaySettings(base_url=GATEWAY)).get_httpx_client().timeout
    kalshi = kalshi_client(auth=httpx.Auth()).get_httpx_client().timeout
    assert wealthy == timeout_for("wealthy") == httpx.Timeout(connect=5.0, read=20.0, write=10.0, pool=5.0)
    assert gateway == timeout_for("vendor_gateway") and gateway.read == 30.0
    assert kalshi == timeout_for("kalshi") and kalshi.read == DEFAULT_TIMEOUT_S == 10.0


def test_timeout_can_be_set_or_disabled() -> None:
    settings = WealthySettings(access_token="tok-1")
    assert wealthy_client(settings, timeout=2.5).get_httpx_client().timeout == httpx.Timeout(2.5)
    assert wealthy_client(settings, timeout=None).get_httpx_client().timeout == httpx.Timeout(None)


def test_extra_httpx_args_pass_through() -> None:
    seen: list[str] = []
    recorder = Recorder()
    hooks = {"request": [lambda request: seen.append(request.url.path)]}
    client = wealthy_client(
        WealthySettings(access_token="tok-1"), httpx_args={**recorder.transport, "event_hooks": hooks}
    )
    wealthy_get_holdings.sync_detailed(client=client)

    assert seen == ["/broking/api/v1/report/holdings/"]


@pytest.mark.parametrize("key", ["auth", "base_url", "timeout", "headers"])
def test_httpx_args_may_not_replace_the_helpers_own_arguments(key: str) -> None:
    with pytest.raises(TypeError, match=key):
        wealthy_client(WealthySettings(access_token="tok-1"), httpx_args={key: None})


def test_wrong_settings_type_is_a_type_error() -> None:
    with pytest.raises(TypeError, match="WealthySettings"):
        wealthy_client(GatewaySettings(base_url=GATEWAY))  # type: ignore[arg-type]


def test_client_for_picks_the_brokers_helper() -> None:
    recorder = Recorder()
    settings = Settings(wealthy=WealthySettings(access_token="tok-1"))
    wealthy_get_holdings.sync_detailed(client=client_for("wealthy", settings, httpx_args=recorder.transport))

    assert recorder.requests[0].headers["access-token"] == "tok-1"


def test_client_for_an_unconfigured_broker_is_a_config_error() -> None:
    with pytest.raises(ConfigError, match="vendor_gateway is not configured"):
        client_for("vendor_gateway", Settings())


def test_client_for_an_unknown_broker_is_a_config_error() -> None:
    with pytest.raises(ConfigError, match="unknown broker"):
        client_for("zerodha", Settings())


def test_client_repr_shows_no_secret() -> None:
    client = wealthy_client(WealthySettings(access_token="tok-very-secret"))
    assert "tok-very-secret" not in repr(client)
    assert "tok-very-secret" not in repr(client.get_httpx_client().auth)
    assert "Authorization" in repr(client.get_httpx_client().auth)  # the header names stay visible


def test_helpers_accept_an_explicit_auth_without_settings(clean_env: pytest.MonkeyPatch) -> None:
    recorder = Recorder()
    client = wealthy_client(auth=HeaderTokenAuth("access-token", "explicit"), httpx_args=recorder.transport)
    wealthy_get_holdings.sync_detailed(client=client)

    assert recorder.requests[0].headers["access-token"] == "explicit"
    assert str(recorder.requests[0].url).startswith("https://api.wealthy.in/broking/api/")


def test_the_broker_transport_comes_from_the_profile_and_wraps_a_given_transport() -> None:
    from brokerspec.brokers.profiles import profile
    from brokerspec.http.transport import BrokerTransport

    recorder = Recorder({"status": "Ok", "message": "ok", "result": []})
    client = gateway_client(
        GatewaySettings(base_url=GATEWAY), broker_transport=True, httpx_args=recorder.transport
    )
    transport = client.get_httpx_client()._transport
    assert isinstance(transport, BrokerTransport)
    assert transport.read_paths == profile("vendor_gateway").read_paths
    assert transport.limiter.limits == profile("vendor_gateway").limits
    gateway_holdings(client)
    assert len(recorder.requests) == 1  # the given transport is the network under the broker transport


def test_limits_and_retry_need_the_broker_transport() -> None:
    from brokerspec.http.transport import NO_RETRY

    with pytest.raises(TypeError, match="broker_transport"):
        wealthy_client(WealthySettings(access_token="tok-1"), retry=NO_RETRY)
