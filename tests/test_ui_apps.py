"""The MCP Apps views through a real MCP client: the tools' `_meta.ui`, the `ui://` resources and their
Content-Security-Policy, and the ticket's app-only Place tool against the sandbox (exactly one order)."""

from __future__ import annotations

import base64
import hashlib
import re
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest
from brokerspec.app.service import Service
from brokerspec.sandbox.server import SandboxServer
from mcp.client.extension import advertise
from server_helpers import (
    Checked,
    audit_lines,
    held_client,
    order,
    preview,
    sandbox,  # noqa: F401  (module fixture)
    sandbox_env,
)

TICKET = "ui://brokerspec/order-ticket.html"
PORTFOLIO = "ui://brokerspec/portfolio.html"
APP_MIME = "text/html;profile=mcp-app"
#: What a host that renders MCP Apps advertises (the ext-apps host bridge sends the same).
APPS_CLIENT = {"extensions": [advertise("io.modelcontextprotocol/ui", {"mimeTypes": [APP_MIME]})]}


@pytest.fixture
async def service(sandbox: SandboxServer, tmp_path: Path) -> AsyncIterator[Service]:  # noqa: F811
    svc = Service(env=sandbox_env(sandbox, tmp_path))
    yield svc
    svc.close()


@pytest.fixture
async def app_host(service: Service) -> AsyncIterator[Checked]:
    """A client that negotiated MCP Apps, as a host rendering the ticket is."""
    async with held_client(service, **APPS_CLIENT) as checked:
        yield checked


@pytest.fixture
async def plain_host(service: Service) -> AsyncIterator[Checked]:
    """A client without MCP Apps (most hosts today, and every agent framework)."""
    async with held_client(service) as checked:
        yield checked


async def _orders(c: Checked) -> list[str | None]:
    """The client_order_id of every order the exchange holds (any status), as it lists them.

    The exchange's orders, not POST requests, are counted: a POST Kalshi refuses before executing it (a
    clock-skew 401, re-signed and sent once more by the transport) creates nothing.
    """
    ids: list[str | None] = []
    cursor = None
    while True:
        page = await c.ok("kalshi_list_orders", {"limit": 100, **({"cursor": cursor} if cursor else {})})
        ids += [o.get("client_order_id") for o in page["items"]]
        cursor = page["next_cursor"]
        if not cursor:
            return ids


async def _tool(c: Checked, name: str) -> Any:
    return next(t for t in (await c.client.list_tools()).tools if t.name == name)


# --- tools and resources -------------------------------------------------------------------------------


async def test_preview_and_portfolio_name_their_views(plain_host: Checked) -> None:
    assert (await _tool(plain_host, "kalshi_preview_orders")).meta == {"ui": {"resourceUri": TICKET}}
    assert (await _tool(plain_host, "get_portfolio")).meta == {"ui": {"resourceUri": PORTFOLIO}}


async def test_the_ticket_place_tool_is_app_only(plain_host: Checked, app_host: Checked) -> None:
    listed = (await app_host.client.list_tools()).tools
    app_only = [t.name for t in listed if (t.meta or {}).get("ui", {}).get("visibility") == ["app"]]
    assert app_only == ["kalshi_ticket_place"]
    # a client without MCP Apps has no view to press it from: it is not even listed to it
    assert "kalshi_ticket_place" not in {t.name for t in (await plain_host.client.list_tools()).tools}
    tool = await _tool(app_host, "kalshi_ticket_place")
    assert tool.meta["ui"]["resourceUri"] == TICKET
    # ChatGPT's Apps SDK hides a tool from its model by its own key (developers.openai.com/apps-sdk/reference)
    assert (tool.meta["openai/visibility"], tool.meta["openai/widgetAccessible"]) == ("private", True)
    assert set(tool.input_schema["properties"]) == {"orders", "preview_token"}
    # Same answer as kalshi_place_orders, so the ticket reads one shape.
    assert tool.output_schema == (await _tool(plain_host, "kalshi_place_orders")).output_schema


async def test_the_server_advertises_mcp_apps(plain_host: Checked) -> None:
    caps = plain_host.client.server_capabilities
    assert "io.modelcontextprotocol/ui" in (caps.extensions or {})


async def test_every_view_is_served_as_an_mcp_app(plain_host: Checked) -> None:
    listed = {r.uri: r for r in (await plain_host.client.list_resources()).resources}
    assert {TICKET, PORTFOLIO} <= set(listed)
    for uri in (TICKET, PORTFOLIO):
        assert listed[uri].mime_type == APP_MIME
        read = await plain_host.client.read_resource(uri)
        (content,) = read.contents
        assert content.mime_type == APP_MIME
        assert content.text.lstrip().lower().startswith("<!doctype html>")
        assert content.meta == {"ui": {"csp": {}}}  # no domain asked for: the host's strictest sandbox


@pytest.mark.parametrize("uri", [TICKET, PORTFOLIO])
async def test_every_view_is_self_contained_under_a_strict_csp(plain_host: Checked, uri: str) -> None:
    html = (await plain_host.client.read_resource(uri)).contents[0].text
    metas = re.findall(r'<meta http-equiv="Content-Security-Policy" content="([^"]+)">', html)
    assert len(metas) == 1
    assert html.index(metas[0]) < html.index("<script>"), "the policy must come before any script"
    policy = {}
    for part in filter(None, (p.strip() for p in metas[0].split(";"))):
        name, _, value = part.partition(" ")
        policy[name] = value
    assert policy["default-src"] == "'none'"
    assert policy["connect-src"] == "'none'" and policy["font-src"] == "'none'"
    assert policy["img-src"] == "data:"
    # Inline code runs by hash only: recompute each block's hash independently.
    for kind in ("script", "style"):
        blocks = re.findall(rf"<{kind}>(.*?)</{kind}>", html, re.S)
        assert blocks, kind
        want = {
            "'sha256-" + base64.b64encode(hashlib.sha256(b.encode()).digest()).decode() + "'" for b in blocks
        }
        assert set(policy[f"{kind}-src"].split()) == want
    # Nothing remote, no external script/style, no inline event handler attribute or style attribute.
    assert not re.search(r"""(src|href)\s*=\s*["']?(https?:|//)""", html, re.I)
    assert not re.search(r"<script[^>]+src=|<link[^>]+stylesheet|@import|url\(", html, re.I)
    assert not re.search(r"<[^>]+\son[a-z]+\s*=", html, re.I)
    assert not re.search(r"<[a-z][^>]*\sstyle\s*=", html, re.I)


# --- the app-only Place tool -----------------------------------------------------------------------------


async def test_ticket_place_places_exactly_one_order(app_host: Checked) -> None:
    pv, orders = await preview(app_host, order())
    before = await _orders(app_host)
    args = {"orders": orders, "preview_token": pv["preview_token"]}
    placed = await app_host.ok("kalshi_ticket_place", args)
    assert [r["outcome"] for r in placed["results"]] == ["placed"]
    assert placed["human_confirmed"] is True
    after = await _orders(app_host)
    assert len(after) == len(before) + 1
    assert after.count(orders[0]["client_order_id"]) == 1
    # The token was single use: pressing Place again places nothing.
    again = await app_host.error("kalshi_ticket_place", args)
    assert again["code"].startswith("token")
    assert await _orders(app_host) == after


async def test_ticket_place_refuses_changed_orders(app_host: Checked) -> None:
    pv, orders = await preview(app_host, order())
    before = await _orders(app_host)
    changed = [{**orders[0], "count": 3}]
    await app_host.error("kalshi_ticket_place", {"orders": changed, "preview_token": pv["preview_token"]})
    assert await _orders(app_host) == before


async def test_ticket_place_refuses_a_client_without_apps(plain_host: Checked) -> None:
    """A client that renders no ticket (the model's own tool calls, in a host without Apps) cannot press Place."""
    pv, orders = await preview(plain_host, order())
    before = await _orders(plain_host)
    args = {"orders": orders, "preview_token": pv["preview_token"]}
    error = await plain_host.error("kalshi_ticket_place", args)
    assert error["code"] == "app_only"
    assert await _orders(plain_host) == before
    # ... and the token is still good for the normal path.
    placed = await plain_host.ok("kalshi_place_orders", args)
    assert [r["outcome"] for r in placed["results"]] == ["placed"]


async def test_tool_results_are_the_same_with_or_without_apps(app_host: Checked, plain_host: Checked) -> None:
    for broker in ("wealthy", "vendor_gateway", "kalshi"):
        with_apps = await app_host.call("get_portfolio", {"broker": broker})
        without = await plain_host.call("get_portfolio", {"broker": broker})
        assert with_apps.structured_content == without.structured_content
        assert with_apps.content[0].text.split("\n", 1)[1] == without.content[0].text.split("\n", 1)[1]
    # capabilities differs only where it should: the channels this host offers to reach its human.
    caps = [(await c.ok("capabilities")) for c in (app_host, plain_host)]
    assert "ticket" in caps[0]["confirm_channels"] and "ticket" not in caps[1]["confirm_channels"]
    assert [{k: v for k, v in c.items() if k != "confirm_channels"} for c in caps] == [
        {k: v for k, v in caps[1].items() if k != "confirm_channels"}
    ] * 2


async def test_under_confirm_human_the_model_cannot_place_and_the_ticket_can(
    sandbox: SandboxServer,  # noqa: F811
    tmp_path: Path,
) -> None:
    """BROKERSPEC_CONFIRM=human in a host that shows the ticket: the model's place call is refused, the
    ticket's Place button places (exactly one order), recorded as the human's act on the ticket."""
    service = Service(env=sandbox_env(sandbox, tmp_path, BROKERSPEC_CONFIRM="human"))
    try:
        async with held_client(service, **APPS_CLIENT) as c:
            pv, orders = await preview(c, order())
            args = {"orders": orders, "preview_token": pv["preview_token"]}
            before = await _orders(c)
            refused = await c.error("kalshi_place_orders", args)
            assert refused["code"] == "confirm_on_ticket"
            assert await _orders(c) == before
            placed = await c.ok("kalshi_ticket_place", args)
            assert [r["outcome"] for r in placed["results"]] == ["placed"]
            after = await _orders(c)
            assert len(after) == len(before) + 1 and after.count(orders[0]["client_order_id"]) == 1
    finally:
        service.close()
    attempts = [e for e in audit_lines(tmp_path) if e.get("client_order_id") == orders[0]["client_order_id"]]
    writes = [e for e in attempts if e["event"] == "write_attempt"]
    assert len(writes) == 1 and writes[0]["channel"] == "ticket", attempts
