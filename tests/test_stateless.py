"""`serve --http --stateless`: two replicas on two ports sharing `BROKERSPEC_TOKEN_KEY` and one store; a preview
made on A is placed on B exactly once, and a second redemption on A is `token_reused`. Also the start-up rules of
the key: required in this mode, refused when weak, a server-wide problem (writes refused) in any mode."""

from __future__ import annotations

import secrets
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from brokerspec.config import read_configuration
from brokerspec.sandbox.server import SandboxServer
from remote_helpers import clean_env, mcp_client, serving, tool_error
from server_helpers import order

HTTP_TOKEN = secrets.token_urlsafe(32)


def _refusal(env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "brokerspec", "serve", "--http", "--port", "1", *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_stateless_without_a_token_key_refuses_to_start(tmp_path: Path) -> None:
    done = _refusal(clean_env(tmp_path), "--stateless")
    assert done.returncode == 2
    assert "BROKERSPEC_TOKEN_KEY" in done.stderr


@pytest.mark.parametrize("key", ["short", "a" * 64, "ab" * 40, "not base64 at all!"])
def test_stateless_with_a_weak_token_key_refuses_to_start(tmp_path: Path, key: str) -> None:
    done = _refusal(clean_env(tmp_path, BROKERSPEC_TOKEN_KEY=key), "--stateless")
    assert done.returncode == 2
    assert "BROKERSPEC_TOKEN_KEY" in done.stderr
    assert key not in done.stderr  # the key is a secret, even a bad one


def test_a_weak_token_key_is_a_server_wide_problem(tmp_path: Path) -> None:
    configuration = read_configuration(clean_env(tmp_path, BROKERSPEC_TOKEN_KEY="x" * 10))
    assert [p.variable for p in configuration.problems] == ["BROKERSPEC_TOKEN_KEY"]
    assert configuration.writes_blocked
    good = secrets.token_urlsafe(32)
    assert read_configuration(clean_env(tmp_path, BROKERSPEC_TOKEN_KEY=good)).safety.token_key is not None
    assert read_configuration(clean_env(tmp_path, BROKERSPEC_TOKEN_KEY=secrets.token_hex(32))).problems == ()


@pytest.fixture(scope="module")
def sandbox(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SandboxServer]:
    with SandboxServer(key_dir=tmp_path_factory.mktemp("keys")) as server:
        yield server


@pytest.fixture(scope="module")
def replicas(sandbox: SandboxServer, tmp_path_factory: pytest.TempPathFactory) -> Iterator[list[str]]:
    """Two `serve --http --stateless` processes with one token key and one state directory (the store)."""
    tmp_path = tmp_path_factory.mktemp("stateless")
    env = clean_env(
        tmp_path,
        **sandbox.environment(),
        BROKERSPEC_SANDBOX="1",
        BROKERSPEC_TRADING="1",
        BROKERSPEC_HTTP_TOKEN=HTTP_TOKEN,
        BROKERSPEC_TOKEN_KEY=secrets.token_urlsafe(32),
    )
    with (
        serving(env, "--stateless", log=tmp_path / "a.txt") as a,
        serving(env, "--stateless", log=tmp_path / "b.txt") as b,
    ):
        yield [a.url, b.url]  # type: ignore[attr-defined]


def _orders_held(sandbox: SandboxServer, client_order_id: str) -> int:
    """How many orders the exchange holds with this client_order_id (a 429 retried is not an order)."""
    return sum(1 for o in list(sandbox.exchange.orders.values()) if o.client_order_id == client_order_id)


async def _preview(url: str, *orders: dict[str, Any]) -> tuple[str, list[dict[str, Any]]]:
    async with mcp_client(url, HTTP_TOKEN) as client:
        result = await client.call_tool("kalshi_preview_orders", {"orders": list(orders)})
        data = result.structured_content
        assert data is not None and data["preview_token"], result.content[0].text
    placed = [
        {**o, "client_order_id": p["client_order_id"]} for o, p in zip(orders, data["orders"], strict=True)
    ]
    return str(data["preview_token"]), placed


async def _place(url: str, token: str, placed: list[dict[str, Any]]) -> Any:
    async with mcp_client(url, HTTP_TOKEN) as client:
        return await client.call_tool("kalshi_place_orders", {"orders": placed, "preview_token": token})


async def test_preview_on_one_replica_place_on_another_exactly_once(
    replicas: list[str], sandbox: SandboxServer
) -> None:
    a, b = replicas
    token, placed = await _preview(a, order())
    first = await _place(b, token, placed)
    assert not first.is_error, first.content[0].text
    cid = placed[0]["client_order_id"]
    assert _orders_held(sandbox, cid) == 1
    again = await _place(a, token, placed)
    assert tool_error(again)["code"] == "token_reused"
    assert _orders_held(sandbox, cid) == 1


async def test_a_changed_order_is_refused_on_the_other_replica(
    replicas: list[str], sandbox: SandboxServer
) -> None:
    a, b = replicas
    token, placed = await _preview(a, order())
    changed = [{**placed[0], "count": 3}]
    error = tool_error(await _place(b, token, changed))
    assert error["code"] in ("order_changed", "token_invalid")
    assert _orders_held(sandbox, placed[0]["client_order_id"]) == 0


async def test_reads_answer_on_every_replica_without_a_session(replicas: list[str]) -> None:
    for url in replicas:
        async with mcp_client(url, HTTP_TOKEN) as client:
            assert not (await client.call_tool("capabilities", {})).is_error


# --- the health endpoint the load balancer checks -----------------------------------------------------------


def test_healthz_reports_the_store_without_credentials(replicas: list[str]) -> None:
    import httpx

    for url in replicas:
        response = httpx.get(f"{url}/healthz", timeout=10)
        assert response.status_code == 200
        body = response.json()
        assert body["status"] == "ok"
        assert body["store"]["engine"] == "sqlite" and body["store"]["ok"] is True
        assert body["redis"] is None


def test_healthz_is_503_when_redis_is_unreachable_and_names_no_secret(tmp_path: Path) -> None:
    import httpx

    password = secrets.token_urlsafe(12)
    env = clean_env(tmp_path, BROKERSPEC_REDIS_URL=f"redis://:{password}@127.0.0.1:1/0")
    with serving(env, log=tmp_path / "stderr.txt") as process:
        response = httpx.get(f"{process.url}/healthz", timeout=10)  # type: ignore[attr-defined]
    assert response.status_code == 503
    body = response.json()
    assert body["status"] == "unavailable"
    assert body["store"]["ok"] is True and body["redis"]["ok"] is False
    assert password not in response.text and ":1/" not in response.text
