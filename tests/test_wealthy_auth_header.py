"""`wealthy_client` against the Wealthy sandbox: which header carries the token is what the sandbox receives.

The seed documents `access-token: <token>`; Wealthy's own client sends a raw `Authorization: <token>`. By default
both go out; `BROKERSPEC_WEALTHY_AUTH_HEADER` picks one. Assertions read what the simulator itself saw
(`WealthyBroker.auth_headers_seen`, names only) and its answer, through the generated client.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from brokerspec.clients import wealthy_client
from brokerspec.config import read_settings
from brokerspec.sandbox import Sandbox, SandboxServer
from brokerspec_wealthy.api.portfolio import get_holdings, get_positions
from brokerspec_wealthy.models import WealthyHolding

ORIGIN = "http://sandbox.test"
BOTH = ("access-token", "authorization")
SETTINGS = [("both", BOTH), ("access-token", ("access-token",)), ("authorization", ("authorization",))]


@pytest.fixture(scope="module")
def _sandbox() -> Iterator[Sandbox]:
    sb = Sandbox()
    yield sb
    sb.close()


@pytest.fixture
def sandbox(_sandbox: Sandbox) -> Iterator[Sandbox]:
    """The shared composed sandbox, with a fresh Wealthy token list and an empty header record."""
    token = _sandbox.credentials.wealthy_access_token
    _sandbox.wealthy.access_tokens = {token}
    _sandbox.wealthy.auth_headers_seen.clear()
    yield _sandbox
    _sandbox.wealthy.access_tokens = {token}


def _env(sandbox: Sandbox, setting: str | None, token: str | None = None) -> dict[str, str]:
    env = {
        "BROKERSPEC_WEALTHY_ACCESS_TOKEN": token or sandbox.credentials.wealthy_access_token,
        "BROKERSPEC_WEALTHY_BASE_URL": f"{ORIGIN}/wealthy",
    }
    if setting is not None:
        env["BROKERSPEC_WEALTHY_AUTH_HEADER"] = setting
    return env


def _client(sandbox: Sandbox, env: dict[str, str]) -> Any:
    transport = httpx.ASGITransport(app=sandbox.app)
    return wealthy_client(read_settings(env), httpx_args={"transport": transport})


async def test_by_default_the_sandbox_receives_the_token_in_both_headers(sandbox: Sandbox) -> None:
    response = await get_holdings.asyncio_detailed(client=_client(sandbox, _env(sandbox, None)))

    assert response.status_code == 200
    assert isinstance(response.parsed, list) and isinstance(response.parsed[0], WealthyHolding)
    assert list(sandbox.wealthy.auth_headers_seen) == [BOTH]


@pytest.mark.parametrize(("setting", "received"), SETTINGS, ids=[s for s, _ in SETTINGS])
async def test_each_setting_sends_exactly_its_headers_and_the_sandbox_accepts_them(
    sandbox: Sandbox, setting: str, received: tuple[str, ...]
) -> None:
    client = _client(sandbox, _env(sandbox, setting.upper()))  # case does not matter
    holdings = await get_holdings.asyncio_detailed(client=client)
    positions = await get_positions.asyncio_detailed(client=client)

    assert (holdings.status_code, positions.status_code) == (200, 200)
    assert list(sandbox.wealthy.auth_headers_seen) == [received, received]


@pytest.mark.parametrize(("setting", "received"), SETTINGS, ids=[s for s, _ in SETTINGS])
async def test_an_expired_token_is_401_whichever_header_carries_it(
    sandbox: Sandbox, setting: str, received: tuple[str, ...]
) -> None:
    sandbox.wealthy.expire_token(sandbox.credentials.wealthy_access_token)
    response = await get_holdings.asyncio_detailed(client=_client(sandbox, _env(sandbox, setting)))

    assert response.status_code == 401
    assert response.content == b"access-token is invalid or expired: log in again"
    assert list(sandbox.wealthy.auth_headers_seen) == [received]


async def test_a_wrong_token_is_401_in_either_header(sandbox: Sandbox) -> None:
    for setting, _ in SETTINGS:
        env = _env(sandbox, setting, token="made-up-token-0000")
        response = await get_holdings.asyncio_detailed(client=_client(sandbox, env))
        assert response.status_code == 401, setting


async def test_the_token_is_not_logged(sandbox: Sandbox, caplog: pytest.LogCaptureFixture) -> None:
    token = sandbox.wealthy.issue_token()
    caplog.set_level(logging.DEBUG)
    caplog.set_level(logging.DEBUG, logger="httpx")  # the MCP server quiets httpx when built (other tests)
    response = await get_holdings.asyncio_detailed(client=_client(sandbox, _env(sandbox, None, token)))

    assert response.status_code == 200
    assert caplog.records  # httpx/httpcore did log the exchange
    assert token not in caplog.text


def test_both_headers_survive_real_http() -> None:
    with SandboxServer() as server:
        server.sandbox.wealthy.auth_headers_seen.clear()
        env = {
            "BROKERSPEC_WEALTHY_ACCESS_TOKEN": server.credentials.wealthy_access_token,
            "BROKERSPEC_WEALTHY_BASE_URL": server.base_urls["wealthy"],
        }
        with wealthy_client(read_settings(env)) as client:
            response = get_positions.sync_detailed(client=client)

        assert response.status_code == 200
        assert list(server.sandbox.wealthy.auth_headers_seen) == [BOTH]
