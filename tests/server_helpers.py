"""Helpers for the MCP server tests: a sandbox per module, a Service per test, a checking client.

Every tool call made through `Checked.call` validates the result's structured content against the
outputSchema the server declared for that tool (errors against the error envelope instead), so a
schema/result mismatch fails whatever test made the call.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from brokerspec.app.server import build_server
from brokerspec.app.service import Service
from brokerspec.sandbox.server import SandboxServer
from mcp import Client

CREATE_V2 = "/kalshi/trade-api/v2/portfolio/events/orders"
BATCH_V2 = "/kalshi/trade-api/v2/portfolio/events/orders/batched"

ERROR_SCHEMA = {
    "type": "object",
    "required": ["error"],
    "properties": {
        "error": {
            "type": "object",
            "required": ["code", "message", "retry_safe"],
            "properties": {
                "code": {"type": "string"},
                "message": {"type": "string"},
                "retry_safe": {"type": "boolean"},
            },
        }
    },
}


@pytest.fixture(scope="module")
def sandbox(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SandboxServer]:
    """One sandbox (all three simulators on 127.0.0.1) for the whole test module."""
    with SandboxServer(key_dir=tmp_path_factory.mktemp("keys")) as server:
        yield server


def base_env(tmp_path: Path, **extra: str) -> dict[str, str]:
    """State and audit in the test's own directory: never the real home."""
    return {
        "BROKERSPEC_STATE_DIR": str(tmp_path / "state"),
        "BROKERSPEC_AUDIT_LOG": str(tmp_path / "audit.jsonl"),
        **extra,
    }


def sandbox_env(sandbox: SandboxServer, tmp_path: Path, **extra: str) -> dict[str, str]:
    """A sandbox-mode environment (every broker labelled "sandbox"), trading on unless overridden."""
    return {
        **sandbox.environment(),
        "BROKERSPEC_SANDBOX": "1",
        "BROKERSPEC_TRADING": "1",
        **base_env(tmp_path),
        **extra,
    }


def audit_path(tmp_path: Path, environment: str = "sandbox") -> Path:
    """The audit file an environment writes when BROKERSPEC_AUDIT_LOG is `<tmp_path>/audit.jsonl`:
    production keeps the name, demo and sandbox have their own (`audit.sandbox.jsonl`)."""
    return tmp_path / ("audit.jsonl" if environment == "production" else f"audit.{environment}.jsonl")


def audit_lines(tmp_path: Path, environment: str = "sandbox") -> list[dict[str, Any]]:
    path = audit_path(tmp_path, environment)
    if not path.exists():
        return []
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def audit_text(tmp_path: Path, environment: str = "sandbox") -> str:
    path = audit_path(tmp_path, environment)
    return path.read_text(encoding="utf-8") if path.exists() else ""


def error_of(result: Any) -> dict[str, Any]:
    """The error object of an `isError` tool result (JSON on the text block's second line)."""
    assert result.is_error, result
    return json.loads(result.content[0].text.split("\n", 1)[1])["error"]


class Checked:
    """An MCP client session whose every call is checked against the tool's declared outputSchema."""

    def __init__(self, client: Client) -> None:
        self.client = client
        self.schemas: dict[str, dict[str, Any]] = {}
        self.calls: list[str] = []

    async def load_schemas(self) -> None:
        listed = await self.client.list_tools()
        for tool in listed.tools:
            assert tool.output_schema is not None, tool.name
            self.schemas[tool.name] = tool.output_schema

    async def call(self, name: str, args: dict[str, Any] | None = None) -> Any:
        if not self.schemas:
            await self.load_schemas()
        result = await self.client.call_tool(name, args or {})
        text = result.content[0].text
        if result.is_error:
            # Errors carry no structured content (it would have to match the output schema): the
            # error object is the JSON on the text block's second line.
            assert result.structured_content is None, f"{name}: structured content on an error"
            data = json.loads(text.split("\n", 1)[1])
            jsonschema.Draft202012Validator(ERROR_SCHEMA).validate(data)
        else:
            data = result.structured_content
            assert data is not None, f"{name}: no structured content"
            jsonschema.Draft202012Validator(self.schemas[name]).validate(data)
            # The text block carries the same data after a one-line summary.
            assert json.loads(text.split("\n", 1)[1]) == data
        self.calls.append(name)
        return result

    async def ok(self, name: str, args: dict[str, Any] | None = None) -> dict[str, Any]:
        """A call that must succeed; its structured content."""
        result = await self.call(name, args)
        assert not result.is_error, f"{name} failed: {result.content[0].text[:500]}"
        return result.structured_content

    async def error(self, name: str, args: dict[str, Any] | None = None) -> dict[str, Any]:
        """A call that must fail; its error object."""
        result = await self.call(name, args)
        assert result.is_error, f"{name} unexpectedly succeeded: {result.structured_content}"
        return error_of(result)


def make_client(service: Service, **client_kwargs: Any) -> Client:
    return Client(build_server(service=service), **client_kwargs)


@contextlib.asynccontextmanager
async def held_client(service: Service, **client_kwargs: Any) -> AsyncIterator[Checked]:
    """A connected, checking client whose session lives in its own task.

    pytest-asyncio sets a fixture up and tears it down in different tasks, which anyio's cancel scopes
    (inside `Client`) refuse; holding the `async with` in one task makes the client usable from a fixture.
    """
    ready, done = asyncio.Event(), asyncio.Event()
    holder: dict[str, Client] = {}

    async def hold() -> None:
        async with make_client(service, **client_kwargs) as client:
            holder["client"] = client
            ready.set()
            await done.wait()

    task = asyncio.create_task(hold())
    waiter = asyncio.create_task(ready.wait())
    await asyncio.wait({task, waiter}, return_when=asyncio.FIRST_COMPLETED)
    if not ready.is_set():
        waiter.cancel()
        await task  # raises what went wrong
    checked = Checked(holder["client"])
    await checked.load_schemas()
    try:
        yield checked
    finally:
        done.set()
        await task


def order(
    ticker: str = "KXDEMO-26-B",
    action: str = "buy",
    side: str = "yes",
    count: int | str = 2,
    price: str = "0.20",
    **extra: Any,
) -> dict[str, Any]:
    """Default: buy 2 YES on B at $0.20 — below B's best ask (0.34), so it rests and is cancelable."""
    return {"ticker": ticker, "action": action, "side": side, "count": count, "price": price, **extra}


async def preview(c: Checked, *orders: dict[str, Any]) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """Preview `orders`; returns the preview and the orders with their client_order_id filled in."""
    pv = await c.ok("kalshi_preview_orders", {"orders": list(orders)})
    placed = [
        {**o, "client_order_id": p["client_order_id"]} for o, p in zip(orders, pv["orders"], strict=True)
    ]
    return pv, placed


async def preview_and_place(c: Checked, *orders: dict[str, Any]) -> dict[str, Any]:
    pv, placed = await preview(c, *orders)
    assert pv["preview_token"], pv["next_step"]
    return await c.ok("kalshi_place_orders", {"orders": placed, "preview_token": pv["preview_token"]})


def warmed_kalshi_auth(server: SandboxServer) -> Any:
    """The sandbox's Kalshi key, once the exchange is ready and its read bucket full again.

    The exchange's first request loads the suite's response checks (about 2 s on a busy machine); requests
    queued behind it meanwhile would all be billed at once when it resumes, as if sent together. So: two
    signed reads (the second answers once the checks are loaded), then a refill. Returns the `KalshiAuth`."""
    import time

    import httpx
    from brokerspec.http.auth import KalshiAuth

    creds = server.credentials
    assert creds.kalshi_key_id and creds.kalshi_private_key_path
    auth = KalshiAuth.from_pem_file(creds.kalshi_key_id, Path(creds.kalshi_private_key_path))
    with httpx.Client(base_url=server.base_urls["kalshi"], auth=auth, timeout=60) as http:
        for _ in range(2):
            assert http.get("/portfolio/balance").status_code == 200
    time.sleep(1.2)  # the read bucket full again
    return auth
