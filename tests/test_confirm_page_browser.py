"""The URL-mode confirmation page in a real browser (headless Chromium), against `serve --sandbox --http` under
BROKERSPEC_CONFIRM=human, with a host that declares URL-mode elicitation only.

The host receives the page's address in the elicitation request (as Claude Code or an IDE would), and the
person opens it in Chromium and presses Approve or Decline. What the browser itself decides is what this
tests beyond tests/test_confirm.py (which drives the same page over httpx): whether the form submits under
the page's CSP, whether the Origin header Chromium sends passes the server's check, whether the SameSite
cookie comes back, and what the person then sees. The oracle of "exactly one order" is the sandbox exchange,
asked over MCP.
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from typing import Any

import mcp_types
import pytest
from browser.harness import (  # noqa: F401  (the fixtures `browser` and `page`)
    ARTIFACTS,
    CHROMIUM,
    Served,
    browser_fixture,
    mcp_client,
    page_fixture,
    picture_stats,
    serve_sandbox,
)
from mcp.client.session import ClientSession

pytestmark = [
    pytest.mark.oracle_exempt("the Kalshi traffic is a subprocess's (serve --sandbox), not this process's"),
    pytest.mark.asyncio(loop_scope="module"),
]

ORDER = {"ticker": "KXDEMO-26-B", "action": "buy", "side": "no", "count": 3, "price": "0.80"}


@pytest.fixture(scope="module", autouse=True)
def _installed() -> None:
    if not CHROMIUM.exists():
        pytest.fail(f"the browser tests need {CHROMIUM}: run ./scripts/test (bootstrap_browser installs it)")


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Served]:
    with serve_sandbox(tmp_path_factory.mktemp("serve-human"), BROKERSPEC_CONFIRM="human") as s:
        yield s


@pytest.fixture(autouse=True)
def url_only_host(monkeypatch: pytest.MonkeyPatch) -> None:
    """The client declares URL-mode elicitation only (no form), as some hosts do."""
    original = ClientSession._build_capabilities

    def build(self: ClientSession, version: str) -> mcp_types.ClientCapabilities:
        caps = original(self, version)
        url_only = mcp_types.ElicitationCapability(url=mcp_types.UrlElicitationCapability())
        return caps.model_copy(update={"elicitation": url_only})

    monkeypatch.setattr(ClientSession, "_build_capabilities", build)


class UrlHost:
    """A host that hands the address it is sent to its person (here: a queue the test reads)."""

    def __init__(self) -> None:
        self.urls: asyncio.Queue[str] = asyncio.Queue()
        self.requests: list[Any] = []

    async def __call__(self, context: Any, params: Any) -> mcp_types.ElicitResult:
        self.requests.append(params)
        self.urls.put_nowait(params.url)
        return mcp_types.ElicitResult(action="accept")  # "I opened it": the decision is the page's


async def _held(client: Any, coid: str) -> int:
    """How many orders the sandbox exchange holds with this client_order_id (any status)."""
    listed = (
        await client.call_tool("kalshi_list_orders", {"ticker": ORDER["ticker"], "limit": 100})
    ).structured_content
    return sum(1 for o in listed["items"] if o.get("client_order_id") == coid)


def _dollars(text: str) -> str:
    """A decimal string as people read dollars: "0.3000" -> "$0.30", "0.5610" -> "$0.561"."""
    whole, _, frac = text.partition(".")
    return f"${whole}.{frac.rstrip('0').ljust(2, '0')}"


def _count(text: str) -> str:
    """A decimal count without trailing zeros: "3.00" -> "3", "2.50" -> "2.5"."""
    return text.rstrip("0").rstrip(".") if "." in text else text


async def _preview_and_place(
    client: Any, host: UrlHost
) -> tuple[str, asyncio.Task[Any], str, dict[str, Any]]:
    """Preview, then start the placement: the page's address, the running call, the order's id, the preview."""
    previewed = await client.call_tool("kalshi_preview_orders", {"orders": [ORDER]})
    assert not previewed.is_error, previewed.content[0].text
    pv = previewed.structured_content
    placed = [{**ORDER, "client_order_id": pv["orders"][0]["client_order_id"]}]
    call = asyncio.create_task(
        client.call_tool("kalshi_place_orders", {"orders": placed, "preview_token": pv["preview_token"]})
    )
    url = await asyncio.wait_for(host.urls.get(), 30)
    return url, call, placed[0]["client_order_id"], pv


async def _decide(page: Any, url: str, button: str) -> str:
    response = await page.goto(url)
    assert response.status == 200
    await page.get_by_role("button", name=button).click()
    await page.wait_for_load_state()
    return str(await page.locator("body").inner_text())


async def test_approve_in_the_browser_places_exactly_one_order(served: Served, page: Any) -> None:
    host = UrlHost()
    async with mcp_client(served, apps=False, elicitation_callback=host, mode="legacy") as client:
        url, call, coid, pv = await _preview_and_place(client, host)
        response = await page.goto(url)
        assert response.status == 200
        ticket = await page.locator("body").inner_text()
        assert "Buy 3 NO at $0.80" in ticket and ORDER["ticker"] in ticket
        assert "Approve" in ticket and "Decline" in ticket
        # the market as the preview read it, worded for people (the same reads, cached 2 s, or fresher)
        market, now = pv["orders"][0]["market"], pv["orders"][0]["now"]
        assert f"{market['status']}, exchange shard 0" in ticket
        assert f"{_dollars(market['yes_bid_dollars'])} / {_dollars(market['yes_ask_dollars'])}" in ticket
        assert f"Fills now\n{_count(now['fills_now_contracts'])} contracts" in ticket
        assert f"Rests on the book\n{_count(now['rests_contracts'])} contracts" in ticket
        assert f"${pv['total_worst_case_cost_dollars']}" in ticket
        assert await _held(client, coid) == 0  # nothing is sent while the page waits
        # Keyboard: the person tabs to Approve and presses Enter (nothing is focused before).
        assert await page.evaluate("document.activeElement === document.body")
        await page.keyboard.press("Tab")
        assert await page.evaluate("document.activeElement.value") == "approve"
        await page.keyboard.press("Enter")
        await page.wait_for_load_state()
        after = await page.locator("body").inner_text()
        assert "Approved" in after, after
        result = await asyncio.wait_for(call, 60)
        held = await _held(client, coid)
        reload = await page.goto(url)
    assert not result.is_error, result.content[0].text
    assert result.structured_content["results"][0]["outcome"] == "placed"
    assert "Approved" in after
    assert held == 1
    assert reload.status == 410  # the page works once
    assert url not in result.content[0].text


async def test_decline_in_the_browser_places_nothing(served: Served, page: Any) -> None:
    host = UrlHost()
    async with mcp_client(served, apps=False, elicitation_callback=host, mode="legacy") as client:
        url, call, coid, _ = await _preview_and_place(client, host)
        after = await _decide(page, url, "Decline")
        result = await asyncio.wait_for(call, 60)
        held = await _held(client, coid)
    assert "Declined. Nothing was sent." in after
    assert result.is_error and '"human_declined"' in result.content[0].text
    assert held == 0


async def test_another_site_cannot_approve(served: Served, page: Any, browser: Any) -> None:
    """A page on another origin that knows the address (but not the page's token) posts Approve: refused,
    and the person's own page still works afterwards (then declined here, so nothing is placed)."""
    host = UrlHost()
    async with mcp_client(served, apps=False, elicitation_callback=host, mode="legacy") as client:
        url, call, coid, _ = await _preview_and_place(client, host)
        evil = await browser.new_context()
        try:
            attacker = await evil.new_page()
            await attacker.set_content(
                f'<form method="post" action="{url}"><input name="csrf" value="guess">'
                '<button name="decision" value="approve">go</button></form>'
            )
            async with attacker.expect_navigation():
                await attacker.get_by_role("button").click()
            refused = await attacker.locator("body").inner_text()
        finally:
            await evil.close()
        assert await _held(client, coid) == 0
        after = await _decide(page, url, "Decline")
        result = await asyncio.wait_for(call, 60)
    assert "Refused" in refused
    assert "Declined" in after and result.is_error


@pytest.mark.parametrize("theme", ["light", "dark"])
async def test_confirm_page_screenshot_is_not_blank(
    served: Served, page: Any, browser: Any, theme: str
) -> None:
    """The page follows the system theme (color-scheme: light dark); its screenshot shows the ticket."""
    host = UrlHost()
    await page.emulate_media(color_scheme=theme)
    async with mcp_client(served, apps=False, elicitation_callback=host, mode="legacy") as client:
        url, call, _, _ = await _preview_and_place(client, host)
        await page.goto(url)
        ARTIFACTS.mkdir(parents=True, exist_ok=True)
        shot = ARTIFACTS / f"confirm-page-{theme}.png"
        await page.screenshot(path=str(shot))
        await page.get_by_role("button", name="Decline").click()
        await asyncio.wait_for(call, 60)
    stats = await picture_stats(browser, shot)
    assert stats["colours"] > 50 and stats["dominant_share"] < 0.97, stats  # text and rules, not a flat fill
    assert stats["luminance"] < 90 if theme == "dark" else stats["luminance"] > 170, stats
