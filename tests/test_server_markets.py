"""The market-aware preview and the market tools, through a real MCP client against the sandbox.

The sandbox's exchange is the oracle here: its catalog, grids, matching engine and per-shard accounts were
written from the reference (`sandbox/kalshi/catalog.py`), not from the client. So "the preview says 12.25
fill now" is checked against what the sandbox's matching engine actually fills when the order is placed,
and every number below is worked by hand from the reference's fee formula in the test's own comments.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from decimal import ROUND_CEILING, Decimal
from pathlib import Path

import pytest
from brokerspec.app.service import Service
from brokerspec.sandbox.server import SandboxServer
from server_helpers import (
    Checked,
    held_client,
    order,
    preview,
    preview_and_place,
    sandbox,  # noqa: F401  (module fixture)
    sandbox_env,
)

LIMITS = {
    "BROKERSPEC_MAX_ORDER_CONTRACTS": "500",
    "BROKERSPEC_MAX_ORDER_DOLLARS": "200",
    "BROKERSPEC_MAX_DAILY_DOLLARS": "1000",
}


@pytest.fixture
async def c(sandbox: SandboxServer, tmp_path: Path) -> AsyncIterator[Checked]:  # noqa: F811
    service = Service(env=sandbox_env(sandbox, tmp_path, **LIMITS))
    async with held_client(service) as checked:
        yield checked


def _member(sandbox: SandboxServer) -> str:  # noqa: F811
    credential = sandbox.exchange.credential(sandbox.credentials.kalshi_key_id)
    assert credential is not None
    return str(credential.member_id)


def _creates(sandbox: SandboxServer) -> int:  # noqa: F811
    return sum(
        1 for r in sandbox.requests if r.method == "POST" and r.path.endswith("/portfolio/events/orders")
    )


def _fee(rate: str, count: str, price: str) -> Decimal:
    """Kalshi's trade fee: rate x count x P x (1 - P), rounded up to $0.0001 (reference, "Fees")."""
    p = Decimal(price)
    raw = Decimal(rate) * Decimal(count) * p * (1 - p)
    return raw.quantize(Decimal("0.0001"), rounding=ROUND_CEILING)


# --- refusals before anything is sent -------------------------------------------------------------


@pytest.mark.parametrize(
    ("ticker", "words"),
    [("KXDEMO-26-C", "paused"), ("KXDEMO-25-X", "closed"), ("KXDEMO-25-Y", "settled")],
)
async def test_a_market_that_does_not_trade_is_refused_at_preview(
    c: Checked,
    sandbox: SandboxServer,  # noqa: F811
    ticker: str,
    words: str,
) -> None:
    before = _creates(sandbox)
    error = await c.error("kalshi_preview_orders", {"orders": [order(ticker=ticker, price="0.20")]})
    assert error["code"] == "market_not_tradable" and words in error["message"]
    assert _creates(sandbox) == before


async def test_a_paused_shard_is_refused_at_preview(c: Checked, sandbox: SandboxServer) -> None:  # noqa: F811
    sandbox.exchange.set_trading_active(1, False)
    try:
        error = await c.error(
            "kalshi_preview_orders", {"orders": [order(ticker="KXRAIN-26NOV-T60", price="0.90")]}
        )
        other_shard, _ = await preview(c, order(price="0.20"))  # KXDEMO-26-B lives on shard 0: still trades
    finally:
        sandbox.exchange.set_trading_active(1, True)
    assert error["code"] == "market_not_tradable" and "shard 1" in error["message"]
    assert other_shard["preview_token"]


@pytest.mark.parametrize(
    ("ticker", "side", "price", "nearest"),
    [
        ("KXDEMO-26-B", "yes", "0.555", ("$0.55", "$0.56")),  # linear_cent: whole cents only
        ("KXDEMO15M-26DEC011230-30", "yes", "0.0855", ("$0.085", "$0.086")),  # tapered: $0.001 below $0.10
        ("KXDEMO15M-26DEC011230-30", "yes", "0.555", ("$0.55", "$0.56")),  # ... but cents in the middle
        ("KXDEMO15M-26DEC011230-30", "no", "0.445", ("$0.44", "$0.45")),  # NO 0.445 = YES 0.555: off
    ],
)
async def test_an_off_grid_price_is_refused_with_the_nearest_valid_prices(
    c: Checked, ticker: str, side: str, price: str, nearest: tuple[str, str]
) -> None:
    error = await c.error("kalshi_preview_orders", {"orders": [order(ticker=ticker, side=side, price=price)]})
    assert error["code"] == "price_off_grid"
    assert all(p in error["message"] for p in nearest), error["message"]


@pytest.mark.parametrize(
    ("ticker", "side", "price"),
    [
        ("KXDEMO15M-26DEC011230-30", "yes", "0.083"),  # tapered, below $0.10
        ("KXDEMO15M-26DEC011230-30", "no", "0.915"),  # NO 0.915 = YES 0.085: on the tapered grid
        ("KXBTCD-26DEC31-T100000", "yes", "0.501"),  # deci_cent everywhere
    ],
)
async def test_a_subpenny_price_on_the_grid_is_placed_and_the_sandbox_takes_it(
    c: Checked,
    sandbox: SandboxServer,  # noqa: F811
    ticker: str,
    side: str,
    price: str,
) -> None:
    placed = await preview_and_place(c, order(ticker=ticker, side=side, count=1, price=price))
    result = placed["results"][0]
    assert result["outcome"] == "placed", result
    at_sandbox = sandbox.exchange.get_order(_member(sandbox), result["order_id"])
    yes = Decimal(price) if side == "yes" else 1 - Decimal(price)
    assert at_sandbox.price == yes and at_sandbox.exchange_index is not None
    await c.ok("kalshi_cancel_orders", {"order_ids": [result["order_id"]]})


async def test_an_amend_to_an_off_grid_price_or_on_a_paused_shard_is_refused_at_its_preview(
    c: Checked,
    sandbox: SandboxServer,  # noqa: F811
) -> None:
    """An amend's preview checks the new price against the market's grid and the market's status now."""
    ticker = "KXDEMO15M-26DEC011230-30"  # tapered: $0.001 steps below $0.10, cents in the middle
    placed = await preview_and_place(c, order(ticker=ticker, count=1, price="0.083"))
    order_id = placed["results"][0]["order_id"]
    amend = {"order_id": order_id, "ticker": ticker, "action": "buy", "side": "yes", "count": 1}
    amends = sum(1 for r in sandbox.requests if r.method == "POST" and r.path.endswith("/amend"))
    try:
        off_grid = await c.error("kalshi_amend_order", {**amend, "price": "0.555"})
        on_grid = await c.ok("kalshi_amend_order", {**amend, "price": "0.084"})
        shard = (await c.ok("kalshi_get_market", {"ticker": ticker}))["exchange_index"]
        sandbox.exchange.set_trading_active(shard, False)
        try:
            await asyncio.sleep(2.1)  # past the 2 s market-read cache: the amend's preview reads it now
            paused = await c.error("kalshi_amend_order", {**amend, "price": "0.085"})
        finally:
            sandbox.exchange.set_trading_active(shard, True)
    finally:
        await c.ok("kalshi_cancel_orders", {"order_ids": [order_id]})
    assert off_grid["code"] == "price_off_grid"
    assert "$0.55" in off_grid["message"] and "$0.56" in off_grid["message"]
    assert on_grid["preview"]["preview_token"]
    assert paused["code"] == "market_not_tradable" and f"shard {shard}" in paused["message"]
    assert sum(1 for r in sandbox.requests if r.method == "POST" and r.path.endswith("/amend")) == amends


async def test_a_fractional_count_is_refused_where_the_market_takes_whole_contracts(c: Checked) -> None:
    error = await c.error("kalshi_preview_orders", {"orders": [order(count="2.5")]})
    assert error["code"] == "fractional_not_allowed" and "KXDEMO-26-B" in error["message"]


async def test_a_fractional_order_is_placed_decreased_and_canceled_on_a_fractional_market(
    c: Checked,
    sandbox: SandboxServer,  # noqa: F811
) -> None:
    placed = await preview_and_place(c, order(ticker="KXBTCD-26DEC31-T100000", count="2.5", price="0.500"))
    oid = placed["results"][0]["order_id"]
    member = _member(sandbox)
    assert sandbox.exchange.get_order(member, oid).remaining_count == Decimal("2.50")
    decreased = await c.ok("kalshi_decrease_order", {"order_id": oid, "reduce_by": "0.75"})
    assert decreased["remaining_count_contracts"] == "1.75"
    assert sandbox.exchange.get_order(member, oid).remaining_count == Decimal("1.75")
    canceled = await c.ok("kalshi_cancel_orders", {"order_ids": [oid]})
    assert canceled["results"][0]["outcome"] == "canceled"  # shard 1: routed by the order's ticker


async def test_a_post_only_order_that_would_cross_is_refused(c: Checked) -> None:
    # KXDEMO-26-B's best YES ask is 0.34: a post-only bid at 0.34 would take it
    error = await c.error("kalshi_preview_orders", {"orders": [order(price="0.34", post_only=True)]})
    assert error["code"] == "post_only_would_cross"


# --- what the preview shows -----------------------------------------------------------------------


async def test_the_preview_shows_the_market_and_what_fills_now_and_the_sandbox_agrees(
    c: Checked,
    sandbox: SandboxServer,  # noqa: F811
) -> None:
    # KXBTCD (shard 1, deci_cent, fractional, quadratic_with_maker_fees x1): asks 12.25 at 0.562, 100 at 0.570.
    # Buy 20 YES at 0.565: 12.25 fill now at 0.562, 7.75 rest at 0.565.
    pv, placed_orders = await preview(c, order(ticker="KXBTCD-26DEC31-T100000", count=20, price="0.565"))
    shown = pv["orders"][0]
    market, now = shown["market"], shown["now"]
    assert (market["status"], market["exchange_index"], market["fractional_trading"]) == ("active", 1, True)
    assert "by 0.001" in market["price_grid"] and "quadratic_with_maker_fees" in market["fees"]
    assert (market["yes_bid_dollars"], market["yes_ask_dollars"]) == ("0.555", "0.562")
    assert Decimal(market["fill_now_price_dollars"]) == Decimal("0.562")
    assert (now["fills_now_contracts"], now["rests_contracts"]) == ("12.25", "7.75")
    assert Decimal(now["average_fill_price_dollars"]) == Decimal("0.562")
    assert Decimal(now["taker_fees_now_dollars"]) == _fee("0.07", "12.25", "0.562")  # 0.2111, no rounding fee
    assert Decimal(now["maker_fee_if_rest_fills_dollars"]) == _fee("0.0175", "7.75", "0.565")
    placed = await c.ok(
        "kalshi_place_orders", {"orders": placed_orders, "preview_token": pv["preview_token"]}
    )
    result = placed["results"][0]
    # the sandbox's matching engine, not the preview, decides the fill: they must agree
    assert (result["fill_count_contracts"], result["remaining_count_contracts"]) == ("12.25", "7.75")
    await c.ok("kalshi_cancel_orders", {"order_ids": [result["order_id"]]})


async def test_a_sell_that_fills_now_is_shown_in_the_orders_own_terms(c: Checked) -> None:
    # sell 150 YES at 0.29 on KXDEMO-26-B: YES bids 100 at 0.30 and 200 at 0.29 take it, average 0.29666...
    pv, _ = await preview(c, order(action="sell", count=150, price="0.29"))
    now = pv["orders"][0]["now"]
    assert (now["fills_now_contracts"], now["rests_contracts"]) == ("150", "0")
    assert Decimal(now["average_fill_price_dollars"]).quantize(Decimal("0.0001")) == Decimal("0.2967")
    assert Decimal(pv["orders"][0]["market"]["fill_now_price_dollars"]) == Decimal("0.3")


async def test_post_only_worst_case_uses_the_series_maker_rate(c: Checked) -> None:
    # KXRAIN (quadratic_with_maker_fees x1, whole contracts): post-only buy 10 YES at 0.50 can only make,
    # so at worst 10 fills of 1 at the maker rate: 10 x (0.50 + ceil(0.0175 x 0.25 = 0.004375) = 0.0044)
    pv, _ = await preview(c, order(ticker="KXRAIN-26NOV-T60", count=10, price="0.50", post_only=True))
    assert pv["orders"][0]["worst_case_fees_dollars"] == "0.0440"
    assert pv["total_worst_case_cost_dollars"] == "5.0440"


async def test_a_placement_books_the_worst_case_its_preview_showed(c: Checked) -> None:
    pv, placed_orders = await preview(
        c, order(ticker="KXRAIN-26NOV-T60", count=10, price="0.50", post_only=True)
    )
    await c.ok("kalshi_place_orders", {"orders": placed_orders, "preview_token": pv["preview_token"]})
    caps = await c.ok("capabilities")
    assert caps["limits"]["spent_today_dollars"] == pv["total_worst_case_cost_dollars"] == "5.0440"


async def test_an_unfunded_shard_is_named_in_the_preview(c: Checked) -> None:
    # a new member holds nothing on shard 3, where KXWTI trades
    pv, _ = await preview(c, order(ticker="KXWTI-26DEC31-T80", count=1, price="0.40"))
    shown = pv["orders"][0]
    assert shown["market"]["exchange_index"] == 3 and Decimal(shown["market"]["shard_cash_dollars"]) == 0
    assert any("exchange shard 3" in n and "transfer" in n for n in shown["notes"])


async def test_buy_no_at_a_subpenny_price_maps_exactly_to_the_yes_book(c: Checked) -> None:
    pv, _ = await preview(c, order(ticker="KXBTCD-26DEC31-T100000", side="no", count="1.5", price="0.955"))
    body = pv["orders"][0]["wire_body"]
    assert (body["side"], body["price"], body["count"]) == ("ask", "0.0450", "1.50")


# --- the market tools -----------------------------------------------------------------------------


async def test_get_market_shows_terms_top_of_book_and_why_it_cannot_trade(c: Checked) -> None:
    tapered = await c.ok("kalshi_get_market", {"ticker": "KXDEMO15M-26DEC011230-30"})
    assert tapered["exchange_index"] == 2 and tapered["not_tradable_because"] is None
    assert "by 0.001" in tapered["price_grid"] and "by 0.01" in tapered["price_grid"]
    assert "x0.5" in tapered["fees"]  # the series' fee_multiplier
    assert (tapered["yes_bid_dollars"], tapered["yes_ask_dollars"]) == ("0.085", "0.087")
    paused = await c.ok("kalshi_get_market", {"ticker": "KXDEMO-26-C"})
    assert "paused" in paused["not_tradable_because"]
    missing = await c.error("kalshi_get_market", {"ticker": "KXNOPE-00-X"})
    assert missing["code"] == "unknown_market"


async def test_find_markets_by_series_and_status_is_paged(c: Checked) -> None:
    every = await c.ok("kalshi_find_markets", {"series_ticker": "KXDEMO", "limit": 100})
    tickers = {m["ticker"] for m in every["items"]}
    assert {"KXDEMO-26-A", "KXDEMO-26-B", "KXDEMO-26-C"} <= tickers and "KXRAIN-26NOV-T60" not in tickers
    open_only = await c.ok("kalshi_find_markets", {"series_ticker": "KXDEMO", "status": "open", "limit": 100})
    assert {m["status"] for m in open_only["items"]} == {"active"}
    first = await c.ok("kalshi_find_markets", {"series_ticker": "KXDEMO", "limit": 2})
    assert len(first["items"]) == 2 and first["next_cursor"]
    second = await c.ok(
        "kalshi_find_markets", {"series_ticker": "KXDEMO", "limit": 2, "cursor": first["next_cursor"]}
    )
    assert not {m["ticker"] for m in first["items"]} & {m["ticker"] for m in second["items"]}


async def test_the_order_book_to_a_depth(c: Checked) -> None:
    book = await c.ok("kalshi_get_orderbook", {"ticker": "KXDEMO-26-B", "depth": 1})
    assert book["yes_bids"] == [{"price_dollars": "0.3", "count_contracts": "100"}]
    assert book["yes_asks"] == [{"price_dollars": "0.34", "count_contracts": "100"}]
    deeper = await c.ok("kalshi_get_orderbook", {"ticker": "KXDEMO-26-B", "depth": 5})
    assert [lv["price_dollars"] for lv in deeper["yes_asks"]] == ["0.34", "0.35"]
    too_deep = await c.error("kalshi_get_orderbook", {"ticker": "KXDEMO-26-B", "depth": 101})
    assert too_deep["code"] == "invalid_argument"


# --- subaccounts and order groups -----------------------------------------------------------------


def _queries(sandbox: SandboxServer, path_end: str) -> list[str]:  # noqa: F811
    return [r.query for r in sandbox.requests if r.method == "GET" and r.path.endswith(path_end)]


async def test_lists_send_the_subaccount_and_an_order_in_subaccount_1_is_listed_and_canceled_there(
    c: Checked,
    sandbox: SandboxServer,  # noqa: F811
) -> None:
    placed = await preview_and_place(c, order(price="0.21", subaccount=1))
    oid = placed["results"][0]["order_id"]
    assert sandbox.exchange.get_order(_member(sandbox), oid).subaccount == 1
    primary = await c.ok("kalshi_list_orders", {"ticker": "KXDEMO-26-B", "status": "resting", "limit": 100})
    sub1 = await c.ok("kalshi_list_orders", {"ticker": "KXDEMO-26-B", "subaccount": 1, "limit": 100})
    assert oid not in {o["order_id"] for o in primary["items"]}
    assert oid in {o["order_id"] for o in sub1["items"]}
    queries = _queries(sandbox, "/portfolio/orders")
    assert any("subaccount=0" in q for q in queries) and any("subaccount=1" in q for q in queries)
    balance = await c.ok("kalshi_get_balance", {"subaccount": 1})
    assert Decimal(balance["balance_dollars"]) <= Decimal(100)
    canceled = await c.ok("kalshi_cancel_orders", {"order_ids": [oid]})
    assert canceled["results"][0]["outcome"] == "canceled"


async def test_order_group_limit_and_trigger(c: Checked, sandbox: SandboxServer) -> None:  # noqa: F811
    made = await c.ok("kalshi_manage_order_group", {"action": "create", "contracts_limit": "10"})
    gid = made["order_group_id"]
    placed = await preview_and_place(c, order(price="0.22", order_group_id=gid))
    oid = placed["results"][0]["order_id"]
    await c.ok(
        "kalshi_manage_order_group", {"action": "limit", "order_group_id": gid, "contracts_limit": "25"}
    )
    member = _member(sandbox)
    assert sandbox.exchange.get_order_group(member, gid).contracts_limit == Decimal(25)
    await c.ok("kalshi_manage_order_group", {"action": "trigger", "order_group_id": gid})
    assert sandbox.exchange.get_order(member, oid).status == "canceled"  # trigger cancels the group's orders
    missing = await c.error("kalshi_manage_order_group", {"action": "limit", "order_group_id": gid})
    assert missing["code"] == "invalid_request"
    await c.ok("kalshi_manage_order_group", {"action": "delete", "order_group_id": gid})
