"""The MCP Apps views in a real browser (headless Chromium), inside a host built on the official ext-apps host
bridge, against `brokerspec serve --sandbox --http`: the ticket shows the previewed order, Place creates exactly
one order at the sandbox, Cancel creates none, an expired token disables Place; screenshots of both views in
light and dark themes go to .cache/artifacts/ui/ and must not be blank. See tests/browser/harness.py."""

from __future__ import annotations

import contextlib
import re
from collections.abc import AsyncIterator, Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from browser.harness import (  # noqa: F401  (the fixtures `browser` and `page`)
    ARTIFACTS,
    Host,
    Served,
    browser_fixture,
    bundle_host,
    mcp_client,
    missing,
    page_fixture,
    picture_stats,
    serve_sandbox,
)

pytestmark = pytest.mark.oracle_exempt(
    "the Kalshi traffic is a subprocess's (serve --sandbox), not this process's"
)

#: One browser for the module (a fresh context per test): the tests run on the module's event loop.
_MODULE_LOOP = pytest.mark.asyncio(loop_scope="module")

ORDER = {"ticker": "KXDEMO-26-B", "action": "buy", "side": "yes", "count": 2, "price": "0.20"}


@pytest.fixture(scope="module", autouse=True)
def _installed() -> None:
    if (what := missing()) is not None:
        pytest.fail(f"the browser tests need {what}: run ./scripts/test (bootstrap_browser installs it)")


@pytest.fixture(scope="module")
def bundle(_installed: None) -> str:
    return bundle_host()


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Served]:
    with serve_sandbox(tmp_path_factory.mktemp("serve")) as s:
        yield s


@pytest.fixture(scope="module")
def served_short_ttl(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Served]:
    """A server whose preview tokens live 3 seconds."""
    with serve_sandbox(tmp_path_factory.mktemp("serve-ttl"), BROKERSPEC_TOKEN_TTL_SECONDS="3") as s:
        yield s


@pytest.fixture
def hosting(served: Served, page: Any, bundle: str) -> Any:
    """`async with hosting() as host:` a test host page connected to `served` (the MCP client's session is
    entered and left in the test's own task, as anyio requires)."""

    @contextlib.asynccontextmanager
    async def connect(to: Served = served) -> AsyncIterator[Host]:
        async with mcp_client(to) as client:
            yield Host(client, page, bundle)

    return connect


async def _order_ids(host: Host) -> list[str | None]:
    """Every order the sandbox exchange holds (any status), by client_order_id: asked over MCP."""
    ids: list[str | None] = []
    cursor = None
    while True:
        args: dict[str, Any] = {"limit": 100, **({"cursor": cursor} if cursor else {})}
        page = (await host.client.call_tool("kalshi_list_orders", args)).structured_content
        ids += [o.get("client_order_id") for o in page["items"]]
        cursor = page["next_cursor"]
        if not cursor:
            return ids


def _dollars(text: str) -> str:
    """A decimal string as the ticket shows it: "$0.4400" -> "$0.44", "0.0224" -> "$0.0224"."""
    whole, _, frac = text.partition(".")
    return f"${whole}.{frac.rstrip('0').ljust(2, '0')}"


async def _ticket(host: Host, theme: str = "light") -> Any:
    view = await host.open("kalshi_preview_orders", {"orders": [ORDER]}, theme=theme)
    await view.locator(".order").first.wait_for()
    return view


# --- the order ticket ---------------------------------------------------------------------------------------


@_MODULE_LOOP
async def test_the_ticket_shows_the_previewed_order(hosting: Any) -> None:
    async with hosting() as host:
        view = await _ticket(host)
        preview = host.result["structuredContent"]
        card = view.locator(".order").first
        headline = await card.locator(".headline").inner_text()
        assert headline.split() == ["BUY", "2", "YES", "at", "$0.20", "each"]
        text = await card.inner_text()
        assert "KXDEMO-26-B" in text
        assert "bid (buy YES) 2 at $0.20" in text  # the YES-book equivalent, as sent
        first = preview["orders"][0]
        cost, fees = _dollars(first["worst_case_cost_dollars"]), _dollars(first["worst_case_fees_dollars"])
        assert f"{cost} (fees included: {fees})" in text
        assert preview["orders"][0]["client_order_id"] in text
        checks = view.locator("#checks tbody tr")
        assert await checks.count() == len(preview["limit_checks"])
        assert await view.locator("#checks .pass").count() == len(preview["limit_checks"])
        total = _dollars(preview["total_worst_case_cost_dollars"])
        assert f"Worst case, fees included: {total}" in await view.locator("#total").inner_text()
        expiry = await view.locator("#expiry").inner_text()
        assert re.match(r"Token valid for (5:00|4:[0-5]\d)", expiry), (
            expiry
        )  # a 5-minute token, counting down
        assert await view.locator("#env").inner_text() == "sandbox"
        assert await view.locator("#place").is_enabled()


@_MODULE_LOOP
async def test_place_creates_exactly_one_order_and_shows_the_outcome(hosting: Any) -> None:
    async with hosting() as host:
        view = await _ticket(host)
        coid = host.result["structuredContent"]["orders"][0]["client_order_id"]
        before = await _order_ids(host)
        # Keyboard only: Tab reaches Place first, Enter presses it.
        await view.locator("body").press("Tab")
        assert await view.locator("#place").evaluate("b => b === document.activeElement")
        await view.locator("#place").press("Enter")
        outcome = view.locator("[data-outcome]")
        await outcome.first.wait_for()
        assert await outcome.first.get_attribute("data-outcome") == "placed"
        assert coid in await outcome.first.inner_text()
        assert await view.locator("#actions").is_hidden()  # the result replaced the buttons
        assert host.forwarded == ["kalshi_ticket_place"]
        after = await _order_ids(host)
        assert len(after) == len(before) + 1 and after.count(coid) == 1


@_MODULE_LOOP
async def test_cancel_creates_no_order(hosting: Any) -> None:
    async with hosting() as host:
        view = await _ticket(host)
        before = await _order_ids(host)
        await view.locator("#cancel").focus()
        await view.locator("#cancel").press("Enter")
        await view.locator("[data-outcome=cancelled]").wait_for()
        assert await view.locator("#actions").is_hidden()
        await view.locator("body").press("Escape")  # nothing left to cancel, nothing sent
        assert host.forwarded == []
        assert await _order_ids(host) == before


@_MODULE_LOOP
async def test_escape_cancels(hosting: Any) -> None:
    async with hosting() as host:
        view = await _ticket(host)
        await view.locator("h1").click()  # the view has the focus (anywhere in it), not a button
        await host.page.keyboard.press("Escape")
        await view.locator("[data-outcome=cancelled]").wait_for()
        assert host.forwarded == []


@_MODULE_LOOP
async def test_an_expired_token_disables_place(served_short_ttl: Served, page: Any, bundle: str) -> None:
    async with mcp_client(served_short_ttl) as client:
        host = Host(client, page, bundle)
        view = await _ticket(host)
        before = await _order_ids(host)
        expiry = view.locator("#expiry.expired")
        await expiry.wait_for(timeout=10_000)
        assert "expired" in await expiry.inner_text()
        assert await view.locator("#place").is_disabled()
        await view.locator("#place").click(force=True)  # a disabled button does nothing
        await view.locator("#place").press("Enter")
        assert host.forwarded == []
        # The server agrees: the token is dead there too.
        preview = host.result["structuredContent"]
        orders = [{**ORDER, "client_order_id": preview["orders"][0]["client_order_id"]}]
        late = await client.call_tool(
            "kalshi_ticket_place", {"orders": orders, "preview_token": preview["preview_token"]}
        )
        assert late.is_error and "token" in late.content[0].text
        assert await _order_ids(host) == before


@_MODULE_LOOP
async def test_the_ticket_follows_the_host_theme(hosting: Any) -> None:
    async with hosting() as host:
        view = await _ticket(host, theme="light")
        background = "getComputedStyle(document.body).backgroundColor"
        assert await view.locator("html").get_attribute("data-theme") == "light"
        light = await view.locator("body").evaluate(f"() => {background}")
        await host.page.evaluate(
            "window.brokerspecHost.setTheme('dark')"
        )  # ui/notifications/host-context-changed
        await view.locator("html[data-theme=dark]").wait_for()
        assert await view.locator("body").evaluate(f"() => {background}") != light


@_MODULE_LOOP
async def test_the_ticket_shows_the_market_and_what_fills_now(hosting: Any) -> None:
    """The market-aware preview, field by field: status, shard, top of book, what fills now and what rests."""
    async with hosting() as host:
        view = await _ticket(host)
        first = host.result["structuredContent"]["orders"][0]
        market, now = first["market"], first["now"]
        terms = dict(
            zip(
                await view.locator(".order dt").all_inner_texts(),
                await view.locator(".order dd").all_inner_texts(),
                strict=True,
            )
        )
        assert terms["status"] == market["status"] == "active"
        assert terms["yes bid ($)"] == market["yes_bid_dollars"]
        assert terms["yes ask ($)"] == market["yes_ask_dollars"]
        assert terms["exchange index"] == "0"
        assert terms["fills now contracts"] == now["fills_now_contracts"]
        assert terms["rests contracts"] == now["rests_contracts"]
        # buy 2 YES at $0.20 below the best ask: nothing fills, all of it rests
        assert (Decimal(now["fills_now_contracts"]), Decimal(now["rests_contracts"])) == (0, 2)


# --- the portfolio view -------------------------------------------------------------------------------------


async def _portfolio(host: Host, theme: str = "light") -> Any:
    view = await host.open("get_portfolio", {"broker": "all"}, theme=theme)
    await view.locator("#holdings tbody tr").first.wait_for()
    return view


async def _column(view: Any, table: str, index: int) -> list[str]:
    return await view.locator(f"#{table} tbody tr td:nth-child({index})").all_inner_texts()


@_MODULE_LOOP
async def test_the_portfolio_shows_totals_tables_and_pictures(hosting: Any) -> None:
    async with hosting() as host:
        view = await _portfolio(host)
        portfolio = host.result["structuredContent"]
        brokers = portfolio["brokers"]
        holdings = [h for b in brokers for h in b["holdings"]]
        positions = [p for b in brokers for p in b["positions"]]
        assert await _column(view, "totals", 1) == [b["broker"] for b in brokers]
        assert await _column(view, "totals", 3) == [b["totals"]["currency"] for b in brokers]
        assert await view.locator("#holdings tbody tr").count() == len(holdings)
        assert await view.locator("#positions tbody tr").count() == len(positions)
        assert await _column(view, "holdings", 2) == [h["symbol"] for h in holdings]
        # Pictures, drawn inline: allocation by broker and by instrument, P&L per position (per currency).
        captions = await view.locator("figcaption").all_inner_texts()
        assert "Allocation by broker (INR)" in captions
        assert "Allocation by instrument (INR)" in captions
        assert "Unrealized P&L per position (INR)" in captions
        pnl = [p for p in positions if p["unrealized_pnl"] is not None and p["currency"] == "INR"]
        bars = view.locator("figure[data-chart=pnl] rect")
        assert await bars.count() == len(pnl)
        losses = sum(1 for p in pnl if p["unrealized_pnl"].startswith("-"))
        assert await view.locator("figure[data-chart=pnl] rect.loss").count() == losses


@_MODULE_LOOP
async def test_portfolio_tables_sort_by_mouse_and_keyboard(hosting: Any) -> None:
    async with hosting() as host:
        view = await _portfolio(host)
        holdings = [h for b in host.result["structuredContent"]["brokers"] for h in b["holdings"]]
        by_invested = sorted(holdings, key=lambda h: float(h["invested_value"]))
        header = view.locator("#holdings th", has_text="Invested").locator("button")
        await header.click()
        assert await _column(view, "holdings", 2) == [h["symbol"] for h in by_invested]
        assert await view.locator("#holdings th[aria-sort=ascending]").inner_text() == "Invested"
        await header.focus()
        await header.press("Enter")  # a real button: the keyboard sorts too
        assert await _column(view, "holdings", 2) == [h["symbol"] for h in reversed(by_invested)]
        assert await view.locator("#holdings th[aria-sort=descending]").count() == 1
        symbol = view.locator("#holdings th", has_text="Symbol").locator("button")
        await symbol.focus()
        await symbol.press("Space")
        assert await _column(view, "holdings", 2) == sorted(h["symbol"] for h in holdings)


# --- screenshots --------------------------------------------------------------------------------------------


@pytest.mark.parametrize("theme", ["light", "dark"])
@_MODULE_LOOP
async def test_ticket_screenshot_is_not_blank(hosting: Any, browser: Any, theme: str) -> None:
    async with hosting() as host:
        await _ticket(host, theme=theme)
        await _check_screenshot(browser, await _shoot(host, f"order-ticket-{theme}.png"), theme)


@pytest.mark.parametrize("theme", ["light", "dark"])
@_MODULE_LOOP
async def test_portfolio_screenshot_is_not_blank(hosting: Any, browser: Any, theme: str) -> None:
    async with hosting() as host:
        await _portfolio(host, theme=theme)
        await _check_screenshot(browser, await _shoot(host, f"portfolio-{theme}.png"), theme)


async def _check_screenshot(browser: Any, path: Path, theme: str) -> None:
    stats = await picture_stats(browser, path)
    assert stats["width"] == 720 and stats["height"] >= 400, stats
    assert stats["colours"] > 50, stats  # text, borders, badges: not a flat fill
    assert stats["dominant_share"] < 0.97, stats
    if theme == "dark":
        assert stats["luminance"] < 90, stats
    else:
        assert stats["luminance"] > 170, stats


async def _shoot(host: Host, name: str) -> Path:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    path = ARTIFACTS / name
    # The whole view in the viewport (a full-page shot leaves an iframe's off-screen part unpainted).
    height = await host.page.evaluate("document.documentElement.scrollHeight")
    await host.page.set_viewport_size({"width": 720, "height": min(max(height, 400), 4000)})
    await host.page.wait_for_timeout(200)
    await host.page.screenshot(path=str(path))
    return path
