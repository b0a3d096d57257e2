"""`serve --http` as an OAuth 2.1 resource server: a real authorization-server stand-in on 127.0.0.1 (keys made
here, JWKS served), a real `brokerspec serve --http` process against a sandbox, a real MCP client over streamable
HTTP. Shown: the RFC 9728 metadata document, 401 challenges naming it, every bad token refused, key rotation
picked up (and unknown kids not refetched more often than the floor), scopes enforced per tool call with no order
reaching the sandbox, and the token's subject in the audit lines."""

from __future__ import annotations

import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from brokerspec.sandbox.server import SandboxServer
from cryptography.hazmat.primitives.asymmetric import rsa
from remote_helpers import AuthServer, clean_env, free_port, mcp_client, serving, tool_error
from server_helpers import BATCH_V2, CREATE_V2, audit_lines, order

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def auth_server() -> Iterator[AuthServer]:
    with AuthServer() as server:
        yield server


@pytest.fixture(scope="module")
def sandbox(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SandboxServer]:
    with SandboxServer(key_dir=tmp_path_factory.mktemp("keys")) as server:
        yield server


class Served:
    def __init__(self, url: str, resource: str, tmp_path: Path) -> None:
        self.url, self.resource, self.tmp_path = url, resource, tmp_path


@pytest.fixture(scope="module")
def served(
    auth_server: AuthServer, sandbox: SandboxServer, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Served]:
    tmp_path = tmp_path_factory.mktemp("oauth")
    port = free_port()
    resource = f"http://127.0.0.1:{port}/mcp"
    env = clean_env(
        tmp_path,
        **sandbox.environment(),
        BROKERSPEC_SANDBOX="1",
        BROKERSPEC_TRADING="1",
        BROKERSPEC_OAUTH_ISSUER=auth_server.issuer,
        BROKERSPEC_OAUTH_RESOURCE_URL=resource,
    )
    with serving(env, port=port, log=tmp_path / "stderr.txt") as process:
        yield Served(process.url, resource, tmp_path)  # type: ignore[attr-defined]


def _post(served: Served, token: str | None) -> httpx.Response:
    headers = {"Content-Type": "application/json", "Accept": "application/json, text/event-stream"}
    if token is not None:
        headers["Authorization"] = f"Bearer {token}"
    body = {
        "jsonrpc": "2.0",
        "id": 1,
        "method": "initialize",
        "params": {
            "protocolVersion": "2025-06-18",
            "capabilities": {},
            "clientInfo": {"name": "t", "version": "0"},
        },
    }
    return httpx.post(f"{served.url}/mcp", json=body, headers=headers, timeout=30)


# --- the metadata document and the challenge ---------------------------------------------------------------


def test_protected_resource_metadata_names_the_authorization_server(
    served: Served, auth_server: AuthServer
) -> None:
    for path in ("/.well-known/oauth-protected-resource/mcp", "/.well-known/oauth-protected-resource"):
        response = httpx.get(served.url + path, timeout=10)
        assert response.status_code == 200, path
        document = response.json()
        assert document["resource"] == served.resource
        assert document["authorization_servers"] == [auth_server.issuer]
        assert {"brokerspec:read", "brokerspec:trade"} <= set(document["scopes_supported"])
        assert document["bearer_methods_supported"] == ["header"]


def test_no_token_is_a_401_challenge_naming_the_metadata(served: Served) -> None:
    response = _post(served, None)
    assert response.status_code == 401
    challenge = response.headers["www-authenticate"]
    assert challenge.startswith("Bearer ")
    assert f'resource_metadata="{served.url}/.well-known/oauth-protected-resource/mcp"' in challenge
    assert "error=" not in challenge  # RFC 6750 §3.1: no error code when no credentials were sent


def test_the_health_endpoint_needs_no_token(served: Served) -> None:
    response = httpx.get(f"{served.url}/healthz", timeout=10)
    assert response.status_code == 200
    assert response.json()["status"] == "ok"


def test_a_good_token_is_accepted(served: Served, auth_server: AuthServer) -> None:
    assert _post(served, auth_server.mint(served.resource)).status_code == 200


@pytest.mark.parametrize(
    "make",
    [
        pytest.param(lambda a, r: a.mint("http://127.0.0.1:1/mcp"), id="wrong-audience"),
        pytest.param(lambda a, r: a.mint(r, iss="http://127.0.0.1:1/realms/other"), id="wrong-issuer"),
        pytest.param(lambda a, r: a.mint(r, exp=int(time.time()) - 120), id="expired"),
        pytest.param(lambda a, r: a.mint(r, nbf=int(time.time()) + 600), id="not-yet-valid"),
        pytest.param(lambda a, r: a.mint(r, exp=None), id="no-expiry"),
        pytest.param(lambda a, r: a.mint(r, sub=None), id="no-subject"),
        pytest.param(
            lambda a, r: a.mint(r, key=rsa.generate_private_key(public_exponent=65537, key_size=2048)),
            id="bad-signature",
        ),
        pytest.param(lambda a, r: a.mint(r, kid="key-unknown", key=a.keys[a.current]), id="unknown-kid"),
        pytest.param(lambda a, r: a.unsigned(r), id="alg-none"),
        pytest.param(lambda a, r: a.hmac_with_public_key(r), id="hs256-with-the-rsa-key"),
        pytest.param(lambda a, r: "not-a-jwt", id="garbage"),
    ],
)
def test_bad_tokens_are_401_invalid_token(served: Served, auth_server: AuthServer, make: Any) -> None:
    response = _post(served, make(auth_server, served.resource))
    assert response.status_code == 401
    challenge = response.headers["www-authenticate"]
    assert 'error="invalid_token"' in challenge
    assert "resource_metadata=" in challenge


def test_a_token_without_the_required_scope_is_403(served: Served, auth_server: AuthServer) -> None:
    response = _post(served, auth_server.mint(served.resource, scope="brokerspec:trade"))
    assert response.status_code == 403
    assert 'error="insufficient_scope"' in response.headers["www-authenticate"]


# --- a real MCP client: scopes per tool call, the subject in the audit ------------------------------------


async def test_a_client_without_a_token_cannot_connect(served: Served) -> None:
    with pytest.raises(Exception):  # noqa: B017 - the SDK reports the 401 as its own error type
        async with mcp_client(served.url) as client:
            await client.list_tools()


async def test_a_read_only_token_reads_but_cannot_place(
    served: Served, auth_server: AuthServer, sandbox: SandboxServer
) -> None:
    token = auth_server.mint(served.resource, scope="brokerspec:read", sub="reader@desk")
    posted_before = sandbox.faults.count("POST", CREATE_V2) + sandbox.faults.count("POST", BATCH_V2)
    async with mcp_client(served.url, token) as client:
        assert not (await client.call_tool("kalshi_get_balance", {})).is_error
        preview = await client.call_tool("kalshi_preview_orders", {"orders": [order()]})
        assert not preview.is_error, preview.content[0].text
        data = preview.structured_content
        assert data is not None
        placed = [{**order(), "client_order_id": data["orders"][0]["client_order_id"]}]
        result = await client.call_tool(
            "kalshi_place_orders", {"orders": placed, "preview_token": data["preview_token"]}
        )
        error = tool_error(result)
        assert error["code"] == "insufficient_scope"
        assert "brokerspec:trade" in error["message"]
        for write in ("kalshi_cancel_orders", "kalshi_decrease_order", "kalshi_amend_order"):
            tools = {t.name: t for t in (await client.list_tools()).tools}
            assert write in tools
    posted_after = sandbox.faults.count("POST", CREATE_V2) + sandbox.faults.count("POST", BATCH_V2)
    assert posted_after == posted_before  # nothing reached the exchange
    assert not any(line.get("subject") == "reader@desk" and "place" in str(line) for line in _audit(served))


def _audit(served: Served) -> list[dict[str, Any]]:
    return audit_lines(served.tmp_path)


async def test_a_trade_token_places_and_its_subject_is_in_every_audit_line(
    served: Served, auth_server: AuthServer, sandbox: SandboxServer
) -> None:
    token = auth_server.mint(served.resource, sub="trader-7@desk")
    before = len(_audit(served))
    async with mcp_client(served.url, token) as client:
        preview = await client.call_tool("kalshi_preview_orders", {"orders": [order()]})
        data = preview.structured_content
        assert data is not None, preview.content[0].text
        placed = [{**order(), "client_order_id": data["orders"][0]["client_order_id"]}]
        result = await client.call_tool(
            "kalshi_place_orders", {"orders": placed, "preview_token": data["preview_token"]}
        )
        assert not result.is_error, result.content[0].text
    new = _audit(served)[before:]
    assert new, "the placement wrote no audit line"
    assert all(line.get("subject") == "trader-7@desk" for line in new), new


# --- key rotation and the refetch floor ------------------------------------------------------------------


def test_a_rotated_key_is_picked_up_without_refetching_per_unknown_kid(
    served: Served, auth_server: AuthServer
) -> None:
    assert _post(served, auth_server.mint(served.resource)).status_code == 200  # keys cached
    old = auth_server.current
    new = auth_server.rotate()
    fetches = auth_server.jwks_fetches
    deadline = time.monotonic() + 25
    while _post(served, auth_server.mint(served.resource, kid=new)).status_code != 200:
        assert time.monotonic() < deadline, "the rotated key was never picked up"
        # A flood of made-up kids meanwhile costs no extra fetch beyond the floor.
        for i in range(5):
            assert (
                _post(
                    served, auth_server.mint(served.resource, kid=f"made-up-{i}", key=auth_server.keys[new])
                ).status_code
                == 401
            )
        time.sleep(0.5)
    assert auth_server.jwks_fetches - fetches <= 2  # at most once per 10 s floor over the wait
    assert (
        _post(served, auth_server.mint(served.resource, kid=old)).status_code == 200
    )  # both still published


# --- configuration ----------------------------------------------------------------------------------------


def _refuse(tmp_path: Path, *args: str, **env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "brokerspec", "serve", "--http", "--port", "1", *args],
        env=clean_env(tmp_path, **env),
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_half_an_oauth_configuration_refuses_to_start(tmp_path: Path) -> None:
    done = _refuse(tmp_path, BROKERSPEC_OAUTH_ISSUER="https://login.example/realms/desk")
    assert done.returncode == 2
    assert "BROKERSPEC_OAUTH_RESOURCE_URL" in done.stderr


def test_a_plain_http_issuer_beyond_loopback_is_refused(tmp_path: Path) -> None:
    done = _refuse(
        tmp_path,
        BROKERSPEC_OAUTH_ISSUER="http://login.example/realms/desk",
        BROKERSPEC_OAUTH_RESOURCE_URL="https://trader.example/mcp",
    )
    assert done.returncode == 2
    assert "BROKERSPEC_OAUTH_ISSUER" in done.stderr and "https" in done.stderr


def test_a_static_token_and_oauth_together_are_refused(tmp_path: Path) -> None:
    done = _refuse(
        tmp_path,
        BROKERSPEC_HTTP_TOKEN="t" * 40,
        BROKERSPEC_OAUTH_ISSUER="https://login.example/",
        BROKERSPEC_OAUTH_RESOURCE_URL="https://trader.example/mcp",
    )
    assert done.returncode == 2
    assert "not both" in done.stderr


def test_oauth_counts_as_the_credential_beyond_loopback_and_for_trading(tmp_path: Path) -> None:
    from brokerspec.app.cli import _http_refusal
    from brokerspec.config import read_configuration

    configuration = read_configuration(
        clean_env(
            tmp_path,
            BROKERSPEC_TRADING="1",
            BROKERSPEC_OAUTH_ISSUER="https://login.example/",
            BROKERSPEC_OAUTH_RESOURCE_URL="https://trader.example/mcp",
            BROKERSPEC_OAUTH_REQUIRED_SCOPES="brokerspec:read, openid",
        )
    )
    assert configuration.oauth is not None
    assert configuration.oauth.required_scopes == ("brokerspec:read", "openid")
    assert _http_refusal("0.0.0.0", configuration) is None
    assert "BROKERSPEC_HTTP_TOKEN" in (
        _http_refusal("0.0.0.0", read_configuration(clean_env(tmp_path))) or ""
    )
