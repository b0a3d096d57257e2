"""The server as a host runs it: `python -m brokerspec serve --sandbox` over stdio, the demo, the HTTP
guard, the bearer-token middleware, and the light import of `brokerspec.app.server`."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import httpx
from brokerspec.app.http_auth import BearerTokenMiddleware
from mcp import Client, StdioServerParameters
from server_helpers import Checked
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import PlainTextResponse
from starlette.routing import Route


def _clean_env(tmp_path: Path, **extra: str) -> dict[str, str]:
    """The parent's environment without any BROKERSPEC_* setting; state and audit under tmp_path."""
    return {
        **{k: v for k, v in os.environ.items() if not k.startswith("BROKERSPEC_")},
        "HOME": str(tmp_path / "home"),
        "BROKERSPEC_STATE_DIR": str(tmp_path / "state"),
        "BROKERSPEC_AUDIT_LOG": str(tmp_path / "audit.jsonl"),
        **extra,
    }


async def test_stdio_server_lists_tools_and_answers(tmp_path: Path) -> None:
    params = StdioServerParameters(
        command=sys.executable,
        args=["-m", "brokerspec", "serve", "--sandbox"],
        env=_clean_env(tmp_path),
    )
    async with Client(params) as client:
        c = Checked(client)
        await c.load_schemas()
        assert len(c.schemas) == 21
        caps = await c.ok("capabilities")
        balance = await c.ok("kalshi_get_balance")
    assert caps["mode"] == "read_only"  # no BROKERSPEC_TRADING
    assert {b["broker"]: b["environment"] for b in caps["brokers"]}["kalshi"] == "sandbox"
    assert "balance_dollars" in balance


def test_demo_runs_green(tmp_path: Path) -> None:
    run = subprocess.run(
        [sys.executable, "-m", "brokerspec", "demo"],
        env=_clean_env(tmp_path),
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert run.returncode == 0, run.stderr[-3000:]
    assert "placed" in run.stdout
    # the subpenny, fractional order (deci_cent market on shard 1) reaches the wire exactly, and off-grid is refused
    assert '"count": "2.50", "price": "0.5610"' in run.stdout
    assert "cancel (routed to shard 1 by its ticker): canceled" in run.stdout
    assert "price_off_grid" in run.stdout and "$0.561 or $0.562" in run.stdout


def test_http_on_all_interfaces_without_token_exits_2(tmp_path: Path) -> None:
    run = subprocess.run(
        [sys.executable, "-m", "brokerspec", "serve", "--http", "--host", "0.0.0.0", "--port", "1"],
        env=_clean_env(tmp_path),
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert run.returncode == 2
    assert "BROKERSPEC_HTTP_TOKEN" in run.stderr


def _guarded_app() -> BearerTokenMiddleware:
    async def hello(request: Request) -> PlainTextResponse:
        return PlainTextResponse("hello")

    return BearerTokenMiddleware(Starlette(routes=[Route("/mcp", hello)]), "s3cret-token")


async def _get(headers: dict[str, str]) -> httpx.Response:
    transport = httpx.ASGITransport(app=_guarded_app())
    async with httpx.AsyncClient(transport=transport, base_url="http://127.0.0.1") as client:
        return await client.get("/mcp", headers=headers)


async def test_bearer_middleware_rejects_missing_token() -> None:
    response = await _get({})
    assert response.status_code == 401
    assert response.headers["www-authenticate"] == "Bearer"
    assert response.json()["error"] == "unauthorized"


async def test_bearer_middleware_rejects_wrong_token() -> None:
    assert (await _get({"Authorization": "Bearer s3cret-tokeN"})).status_code == 401
    assert (await _get({"Authorization": "s3cret-token"})).status_code == 401


async def test_bearer_middleware_passes_right_token() -> None:
    response = await _get({"Authorization": "Bearer s3cret-token"})
    assert (response.status_code, response.text) == (200, "hello")


def test_importing_the_server_stays_light(tmp_path: Path) -> None:
    code = (
        "import json, sys; import brokerspec.app.server; "
        "print(json.dumps(sorted(m for m in sys.modules if m.startswith(('brokerspec', 'httpx')))))"
    )
    run = subprocess.run(
        [sys.executable, "-c", code], env=_clean_env(tmp_path), capture_output=True, text=True, timeout=60
    )
    assert run.returncode == 0, run.stderr
    loaded = json.loads(run.stdout)
    heavy = [
        m
        for m in loaded
        if m == "httpx"
        or m.startswith(
            (
                "httpx.",
                "brokerspec_kalshi",
                "brokerspec_wealthy",
                "brokerspec_vendor_gateway",
                "brokerspec.sandbox",
                "brokerspec.clients",
                "brokerspec.http.transport",
            )
        )
    ]
    assert heavy == []
    assert "brokerspec.app.server" in loaded
