"""The MCP server through a real MCP client (in-process): tool list, schemas, every tool against the sandbox,
the YES/NO → bid/ask mapping as previewed, and the normalized portfolio."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from decimal import Decimal
from pathlib import Path
from typing import Any

import jsonschema
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

READ_TOOLS = {
    "capabilities",
    "get_portfolio",
    "get_holdings",
    "get_positions",
    "kalshi_get_balance",
    "kalshi_list_fills",
    "kalshi_list_orders",
    "kalshi_get_order",
    "kalshi_list_positions",
    "kalshi_list_settlements",
    "kalshi_get_queue_positions",
    "kalshi_get_order_groups",
    "kalshi_get_market",
    "kalshi_find_markets",
    "kalshi_get_orderbook",
    "kalshi_preview_orders",  # sends nothing
}
WRITE_TOOLS = {"kalshi_place_orders", "kalshi_amend_order"}
DESTRUCTIVE_TOOLS = {"kalshi_cancel_orders", "kalshi_decrease_order", "kalshi_manage_order_group"}
ALL_TOOLS = READ_TOOLS | WRITE_TOOLS | DESTRUCTIVE_TOOLS
#: Listed, but marked `_meta.ui.visibility: ["app"]`: hosts offer them to the MCP Apps views, not the model.
APP_ONLY_TOOLS = {"kalshi_ticket_place"}


@pytest.fixture
async def c(sandbox: SandboxServer, tmp_path: Path) -> AsyncIterator[Checked]:  # noqa: F811
    service = Service(env=sandbox_env(sandbox, tmp_path))
    async with held_client(service) as checked:
        yield checked
    service.close()


async def _tools(c: Checked) -> list[Any]:
    return (await c.client.list_tools()).tools


# --- the tool list --------------------------------------------------------------------------------


async def test_every_tool_is_listed(c: Checked) -> None:
    # this client negotiated no MCP Apps: the views' app-only tools are not listed to it
    assert {t.name for t in await _tools(c)} == ALL_TOOLS and not APP_ONLY_TOOLS & {
        t.name for t in await _tools(c)
    }


#: The MCP specification's defaults for absent annotations (ToolAnnotations, 2025-06-18 and later).
_SPEC_DEFAULTS = {
    "read_only_hint": False,
    "destructive_hint": True,
    "idempotent_hint": False,
    "open_world_hint": True,
}


def _hint(tool: Any, name: str) -> bool:
    """A hint as a host must read it: the stated value, else the specification's default."""
    value = getattr(tool.annotations, name) if tool.annotations else None
    return _SPEC_DEFAULTS[name] if value is None else bool(value)


async def test_read_tools_are_annotated_read_only(c: Checked) -> None:
    for tool in await _tools(c):
        if tool.name in READ_TOOLS:
            assert tool.annotations.read_only_hint is True, tool.name  # stated, never left to a default


async def test_place_and_amend_are_writes_not_destructive(c: Checked) -> None:
    for tool in await _tools(c):
        if tool.name in WRITE_TOOLS:
            assert _hint(tool, "read_only_hint") is False, tool.name
            assert tool.annotations.destructive_hint is False, tool.name  # stated: the default is true
            assert _hint(tool, "idempotent_hint") is False, tool.name


async def test_cancel_decrease_and_order_group_are_destructive(c: Checked) -> None:
    for tool in await _tools(c):
        if tool.name in DESTRUCTIVE_TOOLS:
            assert _hint(tool, "read_only_hint") is False, tool.name
            assert tool.annotations.destructive_hint is True, tool.name  # stated although it is the default


async def test_every_tool_has_a_description(c: Checked) -> None:
    for tool in await _tools(c):
        assert tool.description and len(tool.description) > 20, tool.name


async def test_output_schemas_are_plain_objects(c: Checked) -> None:
    for tool in await _tools(c):
        schema = tool.output_schema
        assert schema is not None, tool.name
        assert schema.get("type") == "object", tool.name
        assert "anyOf" not in schema and "oneOf" not in schema, tool.name


async def test_output_and_input_schemas_are_valid_json_schema_2020_12(c: Checked) -> None:
    for tool in await _tools(c):
        jsonschema.Draft202012Validator.check_schema(tool.output_schema)
        jsonschema.Draft202012Validator.check_schema(tool.input_schema)


async def test_tool_list_fits_in_8000_tokens(c: Checked) -> None:
    """What the model sees: app-only tools (`_meta.ui.visibility == ["app"]`) are the views' and do not count."""
    listed = (await c.client.list_tools()).model_dump(mode="json", by_alias=True, exclude_none=True)
    app_only = [t for t in listed["tools"] if t.get("_meta", {}).get("ui", {}).get("visibility") == ["app"]]
    assert app_only == []  # a client without MCP Apps is not shown them (test_ui_apps.py lists them to one)
    assert {t["name"] for t in listed["tools"]} == ALL_TOOLS
    text = json.dumps(listed, separators=(",", ":"))
    assert len(text) / 4 < 8000


# --- every tool against the sandbox -----------------------------------------------------------------


async def test_capabilities_reports_trading_in_sandbox(c: Checked) -> None:
    caps = await c.ok("capabilities")
    assert caps["mode"] == "trading"
    assert {b["broker"]: b["environment"] for b in caps["brokers"]} == {
        "kalshi": "sandbox",
        "wealthy": "sandbox",
        "vendor_gateway": "sandbox",
    }
    assert next(b for b in caps["brokers"] if b["broker"] == "kalshi")["writes_allowed"] is True


async def test_portfolio_holdings_and_positions_tools(c: Checked) -> None:
    portfolio = await c.ok("get_portfolio", {"broker": "all"})
    assert {b["broker"] for b in portfolio["brokers"]} == {"kalshi", "wealthy", "vendor_gateway"}
    holdings = await c.ok("get_holdings", {"broker": "wealthy", "limit": 2})
    assert len(holdings["items"]) == 2 and holdings["next_cursor"] == "2"
    rest = await c.ok("get_holdings", {"broker": "wealthy", "limit": 100, "cursor": "2"})
    assert len(rest["items"]) == holdings["total_items"] - 2
    assert (await c.ok("get_positions", {"broker": "vendor_gateway"}))["broker"] == "vendor_gateway"
    assert (await c.ok("get_positions", {"broker": "kalshi"}))["broker"] == "kalshi"


async def test_kalshi_reads(c: Checked) -> None:
    balance = await c.ok("kalshi_get_balance")
    assert "balance_dollars" in balance
    placed = await preview_and_place(c, order())
    order_id = placed["results"][0]["order_id"]
    orders = await c.ok("kalshi_list_orders", {"ticker": "KXDEMO-26-B", "status": "resting"})
    assert order_id in {o["order_id"] for o in orders["items"]}
    one = await c.ok("kalshi_get_order", {"order_id": order_id})
    assert one["order_id"] == order_id and one["status"] == "resting"
    await c.ok("kalshi_list_fills", {"limit": 5})
    await c.ok("kalshi_list_positions", {"settlement_status": "all"})
    await c.ok("kalshi_list_settlements")
    queue = await c.ok("kalshi_get_queue_positions", {"market_tickers": "KXDEMO-26-B"})
    assert isinstance(queue["items"], list)
    await c.ok("kalshi_get_order_groups")


async def test_get_order_of_unknown_id_is_not_found(c: Checked) -> None:
    error = await c.error("kalshi_get_order", {"order_id": "no-such-order"})
    assert error["code"] == "not_found"


async def test_place_single_order_rests(c: Checked) -> None:
    placement = await preview_and_place(c, order())
    (result,) = placement["results"]
    assert result["outcome"] == "placed" and result["status"] == "resting"
    assert placement["environment"] == "sandbox"


async def test_place_batch_of_two_orders(c: Checked) -> None:
    placement = await preview_and_place(c, order(price="0.10"), order(side="no", price="0.80"))
    assert [r["outcome"] for r in placement["results"]] == ["placed", "placed"]
    assert len({r["order_id"] for r in placement["results"]}) == 2


async def test_cancel_single_order(c: Checked) -> None:
    order_id = (await preview_and_place(c, order()))["results"][0]["order_id"]
    cancel = await c.ok("kalshi_cancel_orders", {"order_ids": [order_id]})
    (result,) = cancel["results"]
    assert (result["order_id"], result["outcome"]) == (order_id, "canceled")
    assert Decimal(result["reduced_by_contracts"]) == 2
    assert (await c.ok("kalshi_get_order", {"order_id": order_id}))["status"] == "canceled"


async def test_cancel_batch_of_two_orders(c: Checked) -> None:
    placement = await preview_and_place(c, order(price="0.11"), order(price="0.12", count=3))
    ids = [r["order_id"] for r in placement["results"]]
    cancel = await c.ok("kalshi_cancel_orders", {"order_ids": ids})
    assert [r["outcome"] for r in cancel["results"]] == ["canceled", "canceled"]


async def test_amend_preview_then_token(c: Checked) -> None:
    order_id = (await preview_and_place(c, order()))["results"][0]["order_id"]
    args = {
        "order_id": order_id,
        "ticker": "KXDEMO-26-B",
        "action": "buy",
        "side": "yes",
        "price": "0.21",
        "count": 4,
    }
    first = await c.ok("kalshi_amend_order", args)
    assert first["result"] is None
    token = first["preview"]["preview_token"]
    assert token
    assert first["preview"]["orders"][0]["wire_body"]["price"] == "0.2100"
    done = await c.ok("kalshi_amend_order", {**args, "preview_token": token})
    assert done["preview"] is None and done["result"]["outcome"] == "placed"
    amended = await c.ok("kalshi_get_order", {"order_id": done["result"]["order_id"]})
    assert amended["status"] == "resting"


async def test_decrease_order(c: Checked) -> None:
    order_id = (await preview_and_place(c, order(count=5)))["results"][0]["order_id"]
    decreased = await c.ok("kalshi_decrease_order", {"order_id": order_id, "reduce_by": 2})
    # 5 resting, reduced by 2 → 3 left.
    assert decreased["order_id"] == order_id
    assert Decimal(decreased["reduced_by_contracts"]) == 2
    assert Decimal(decreased["remaining_count_contracts"]) == 3


async def test_decrease_needs_exactly_one_of_reduce_by_and_reduce_to(c: Checked) -> None:
    error = await c.error("kalshi_decrease_order", {"order_id": "x", "reduce_by": 1, "reduce_to": 1})
    assert error["code"] == "invalid_request"


async def test_order_group_create_reset_delete(c: Checked) -> None:
    created = await c.ok("kalshi_manage_order_group", {"action": "create", "contracts_limit": 10})
    group_id = created["order_group_id"]
    assert created["action"] == "create" and group_id
    groups = await c.ok("kalshi_get_order_groups", {"order_group_id": group_id})
    assert len(groups["items"]) == 1
    reset = await c.ok("kalshi_manage_order_group", {"action": "reset", "order_group_id": group_id})
    assert reset["action"] == "reset"
    deleted = await c.ok("kalshi_manage_order_group", {"action": "delete", "order_group_id": group_id})
    assert deleted == {"environment": "sandbox", "action": "delete", "order_group_id": group_id}


async def test_order_group_create_needs_contracts_limit(c: Checked) -> None:
    error = await c.error("kalshi_manage_order_group", {"action": "create"})
    assert error["code"] == "invalid_request"


# --- YES/NO → bid/ask as previewed ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("action", "side", "book_side", "book_price"),
    [
        ("buy", "yes", "bid", "0.4000"),
        ("sell", "yes", "ask", "0.4000"),
        ("buy", "no", "ask", "0.6000"),  # buying NO at 0.40 = selling YES at 1 - 0.40
        ("sell", "no", "bid", "0.6000"),  # selling NO at 0.40 = buying YES at 1 - 0.40
    ],
)
async def test_yes_no_maps_to_bid_ask_on_the_yes_book(
    c: Checked, action: str, side: str, book_side: str, book_price: str
) -> None:
    pv, _ = await preview(c, order(action=action, side=side, count=3, price="0.40"))
    body = pv["orders"][0]["wire_body"]
    assert (body["side"], body["price"], body["count"]) == (book_side, book_price, "3.00")


async def test_a_fractional_count_and_a_subpenny_price_reach_the_wire_exactly(c: Checked) -> None:
    # since March 2026: counts in 0.01 steps, prices to $0.0001; buying NO at 0.955 is an ask at 0.045
    # (on a market that takes both: deci_cent grid, fractional trading on)
    pv, _ = await preview(c, order(ticker="KXBTCD-26DEC31-T100000", side="no", count="2.5", price="0.955"))
    body = pv["orders"][0]["wire_body"]
    assert (body["side"], body["price"], body["count"]) == ("ask", "0.0450", "2.50")


@pytest.mark.parametrize(
    ("count", "price"), [("2.555", "0.40"), ("0.001", "0.40"), ("1", "0.12345"), ("1", "1")]
)
async def test_a_count_or_price_finer_than_the_exchange_takes_is_an_invalid_argument(
    c: Checked, count: str, price: str
) -> None:
    error = await c.error("kalshi_preview_orders", {"orders": [order(count=count, price=price)]})
    assert error["code"] == "invalid_argument"


async def test_preview_worst_case_includes_fee(c: Checked) -> None:
    # buy 5 NO at $0.40 on KXDEMO-26-B: whole contracts only, series fee_type quadratic × 1 (read by the preview),
    # so at worst 5 fills of 1, each 0.40 + fee ceil(0.07 × 1 × 0.40 × 0.60 = 0.0168) → fees 0.0840, total 2.0840
    pv, _ = await preview(c, order(side="no", count=5, price="0.40"))
    assert pv["orders"][0]["worst_case_fees_dollars"] == "0.0840"
    assert pv["total_worst_case_cost_dollars"] == "2.0840"


# --- normalized portfolio vs the seeds ---------------------------------------------------------------


def _broker(portfolio: dict[str, Any], name: str) -> dict[str, Any]:
    return next(b for b in portfolio["brokers"] if b["broker"] == name)


async def test_wealthy_grinfra_quantity_by_noren_rule(c: Checked) -> None:
    wealthy = _broker(await c.ok("get_portfolio", {"broker": "wealthy"}), "wealthy")
    grinfra = next(h for h in wealthy["holdings"] if h["symbol"] == "GRINFRA")
    # holding 1300 + btst/broker/unpledged/beneficiary 0 - used 0 = 1300; 1300 × 1220.00 = 1586000.00
    assert grinfra["quantity"] == "1300"
    assert grinfra["invested_value"] == "1586000.00"
    assert grinfra["currency"] == "INR"


async def test_gateway_bhel_invested_and_unrealized(c: Checked) -> None:
    gateway = _broker(await c.ok("get_portfolio", {"broker": "vendor_gateway"}), "vendor_gateway")
    bhel = next(h for h in gateway["holdings"] if h["symbol"] == "BHEL")
    # 45 × 110.00 = 4950; 45 × (71.40 - 110.00) = -1737.00
    assert bhel["invested_value"] == "4950"
    assert bhel["unrealized_pnl"] == "-1737.00"
    assert bhel["currency"] == "INR"


async def test_gateway_starpaper_absent_values_are_null(c: Checked) -> None:
    gateway = _broker(await c.ok("get_portfolio", {"broker": "vendor_gateway"}), "vendor_gateway")
    star = next(p for p in gateway["positions"] if p["symbol"] == "STARPAPER")
    # the seed has "mtm": "" — the broker did not say: null, not zero
    assert star["unrealized_pnl"] is None
    assert star["currency"] == "INR"


async def test_portfolio_amounts_are_strings_with_currency(c: Checked) -> None:
    portfolio = await c.ok("get_portfolio")
    money = ("quantity", "average_price", "invested_value", "last_price", "unrealized_pnl", "pnl")
    for bp in portfolio["brokers"]:
        for row in bp["holdings"] + bp["positions"]:
            assert row["currency"], row
            for key in money:
                if key in row:
                    assert row[key] is None or isinstance(row[key], str), (key, row)
