"""The MCP tools, as a table: one `@tool(...)` entry each, in the order `tools/list` shows them.

An entry gives the title, annotations, description and a one-line summary of the result, on an async
function named after the tool whose body is its one use-case call. The function's first parameter is
what it acts on, by name: `service` (the `Service`) or `kalshi` (the Kalshi adapter, `Service.kalshi()`);
the parameters after it are the tool's inputs, from which the SDK derives the input schema. Its return
annotation names the output model (`schemas.OUTPUT_MODELS` holds the same by import path; a test keeps
the two equal). `server.build_server` registers every entry the same way.

Not `from __future__ import annotations`: the input annotations are evaluated here, at definition, so the
SDK reads the tool inputs as objects while the (quoted) output models load only on the first call.
"""

from decimal import Decimal
from typing import TYPE_CHECKING, Annotated, Any, Literal

from mcp.server.mcpserver import ElicitationResult, Resolve
from pydantic import Field

from brokerspec.app.confirm import (
    Channel,
    ConfirmOrder,
    ask_to_amend,
    ask_to_place,
    channel_of,
    host_channels,
    human_confirmed,
)
from brokerspec.app.inputs import (
    Count,
    Cursor,
    Id,
    IdList,
    Limit,
    OrderInput,
    OrderList,
    Price,
    Subaccount,
    Ticker,
    TickerList,
    Token,
    UnixSeconds,
)
from brokerspec.app.tool_table import DESTRUCTIVE, LOCAL, READ, TOOLS, WRITE, ToolSpec, tool

__all__ = ["TOOLS", "ToolSpec"]

if TYPE_CHECKING:  # the output models and what the tools act on: loaded on the first call
    from brokerspec.app import markets, responses
    from brokerspec.app.service import Service
    from brokerspec.brokers.kalshi import models
    from brokerspec.brokers.kalshi.adapter import KalshiBroker
    from brokerspec.domain import portfolio


def _more(page: Any) -> str:
    return " (more: next_cursor)" if page.next_cursor else ""


# --- cross-broker --------------------------------------------------------------------------------------


@tool(
    "Server capabilities",
    LOCAL,
    "Mode (read_only/trading), brokers and their environment (sandbox/demo/production), "
    "live-money switch, limits, today's spend, who confirms writes. Call first; no broker is contacted.",
    lambda c, _: (
        f"mode {c.mode}; brokers: "
        + ", ".join(f"{b.broker}={b.environment}" for b in c.brokers if b.configured)
    ),
)
async def capabilities(
    service: "Service", host: Annotated[list[Channel], Resolve(host_channels)]
) -> "responses.Capabilities":
    return await service.capabilities(host)


@tool(
    "Portfolio across brokers",
    READ,
    "Normalized holdings, positions, cash and totals for every configured broker (or one). "
    "Amounts are decimal strings with a currency; null means the broker did not say. A failing broker is "
    "listed in `errors` without hiding the others. For Kalshi order/fill detail use the kalshi_* tools.",
    lambda p, _: (
        "; ".join(f"{b.broker}: {len(b.holdings)} holdings, {len(b.positions)} positions" for b in p.brokers)
        or "no broker answered"
    ),
)
async def get_portfolio(
    service: "Service", broker: Literal["all", "kalshi", "wealthy", "vendor_gateway"] = "all"
) -> "portfolio.Portfolio":
    return await service.portfolio(broker)


# --- Kalshi reads --------------------------------------------------------------------------------------


@tool(
    "Kalshi balance",
    READ,
    "Cash and portfolio value in USD, cash per exchange shard. subaccount: 0 primary (default), 1-63 "
    "(same on every kalshi_ list).",
    lambda b, _: f"balance ${b.balance_dollars}",
)
async def kalshi_get_balance(kalshi: "KalshiBroker", subaccount: Subaccount = 0) -> "models.KalshiBalance":
    return await kalshi.balance(subaccount)


@tool(
    "Kalshi fills",
    READ,
    "Your executed trades, newest first, paginated. Filter by ticker or order_id; "
    "min_ts/max_ts are Unix seconds.",
    lambda p, _: f"{len(p.items)} fills{_more(p)}",
)
async def kalshi_list_fills(
    kalshi: "KalshiBroker",
    ticker: Ticker | None = None,
    order_id: Id | None = None,
    min_ts: UnixSeconds | None = None,
    max_ts: UnixSeconds | None = None,
    limit: Limit = 20,
    cursor: Cursor = None,
    subaccount: Subaccount = 0,
) -> "models.KalshiFillPage":
    return await kalshi.fills(
        ticker=ticker,
        order_id=order_id,
        min_ts=min_ts,
        max_ts=max_ts,
        limit=limit,
        cursor=cursor,
        subaccount=subaccount,
    )


@tool(
    "Kalshi orders",
    READ,
    "Your orders (resting, canceled, executed), paginated. Use to find an order_id or to "
    "check an uncertain placement by client_order_id.",
    lambda p, _: f"{len(p.items)} orders{_more(p)}",
)
async def kalshi_list_orders(
    kalshi: "KalshiBroker",
    ticker: Ticker | None = None,
    event_ticker: TickerList | None = None,
    status: Literal["resting", "canceled", "executed"] | None = None,
    limit: Limit = 20,
    cursor: Cursor = None,
    subaccount: Subaccount = 0,
) -> "models.KalshiOrderPage":
    return await kalshi.orders(
        ticker=ticker,
        event_ticker=event_ticker,
        status=status,
        limit=limit,
        cursor=cursor,
        subaccount=subaccount,
    )


@tool(
    "One Kalshi order",
    READ,
    "One order by order_id. 404 not_found also means an order that no longer exists.",
    lambda o, _: f"order {o.order_id}: {o.status}",
)
async def kalshi_get_order(kalshi: "KalshiBroker", order_id: Id) -> "models.KalshiOrder":
    return await kalshi.order(order_id)


@tool(
    "Kalshi positions",
    READ,
    "Market positions: contracts (YES positive, NO negative), exposure, realized P&L, fees. "
    "settlement_status defaults to unsettled at the exchange.",
    lambda p, _: f"{len(p.market_positions)} market positions",
)
async def kalshi_list_positions(
    kalshi: "KalshiBroker",
    ticker: Ticker | None = None,
    event_ticker: TickerList | None = None,
    settlement_status: Literal["all", "settled", "unsettled"] | None = None,
    limit: Limit = 20,
    cursor: Cursor = None,
    subaccount: Subaccount = 0,
) -> "models.KalshiPositionPage":
    return await kalshi.positions(
        ticker=ticker,
        event_ticker=event_ticker,
        settlement_status=settlement_status,
        limit=limit,
        cursor=cursor,
        subaccount=subaccount,
    )


@tool(
    "Kalshi settlements",
    READ,
    "Settled markets and what they paid, paginated; min_ts/max_ts are Unix seconds.",
    lambda p, _: f"{len(p.items)} settlements",
)
async def kalshi_list_settlements(
    kalshi: "KalshiBroker",
    ticker: Ticker | None = None,
    event_ticker: TickerList | None = None,
    min_ts: UnixSeconds | None = None,
    max_ts: UnixSeconds | None = None,
    limit: Limit = 20,
    cursor: Cursor = None,
    subaccount: Subaccount = 0,
) -> "models.KalshiSettlementPage":
    return await kalshi.settlements(
        ticker=ticker,
        event_ticker=event_ticker,
        min_ts=min_ts,
        max_ts=max_ts,
        limit=limit,
        cursor=cursor,
        subaccount=subaccount,
    )


@tool(
    "Kalshi queue positions",
    READ,
    "Contracts ahead of each resting order at its price. market_tickers is a comma list.",
    lambda q, _: f"{len(q.items)} queue positions",
)
async def kalshi_get_queue_positions(
    kalshi: "KalshiBroker",
    market_tickers: TickerList | None = None,
    event_ticker: Ticker | None = None,
    subaccount: Subaccount = 0,
) -> "models.KalshiQueuePositions":
    return await kalshi.queue_positions(
        market_tickers=market_tickers, event_ticker=event_ticker, subaccount=subaccount
    )


@tool(
    "Kalshi order groups",
    READ,
    "All order groups, or one (with its order ids) when order_group_id is given.",
    lambda g, _: f"{len(g.items)} order groups",
)
async def kalshi_get_order_groups(
    kalshi: "KalshiBroker", order_group_id: Id | None = None, subaccount: Subaccount = 0
) -> "models.KalshiOrderGroups":
    from brokerspec.brokers.kalshi.models import KalshiOrderGroups

    if order_group_id:
        return KalshiOrderGroups(items=[await kalshi.order_group(order_group_id, subaccount=subaccount)])
    return await kalshi.order_groups(subaccount)


# --- Kalshi markets ------------------------------------------------------------------------------------


@tool(
    "One Kalshi market",
    READ,
    "A market's status (and why it cannot trade now), shard, price grid, fractional flag, series fees "
    "and top of the YES book. Read it before pricing an order.",
    lambda m, _: f"{m.ticker}: {m.status}, bid {m.yes_bid_dollars} ask {m.yes_ask_dollars}",
)
async def kalshi_get_market(service: "Service", ticker: Ticker) -> "markets.MarketDetail":
    return await service.market_detail(ticker)


@tool(
    "Find Kalshi markets",
    READ,
    "Markets of an event or a series (or all), by status, paged; top of book per market.",
    lambda p, _: f"{len(p.items)} markets{_more(p)}",
)
async def kalshi_find_markets(
    service: "Service",
    event_ticker: Ticker | None = None,
    series_ticker: Ticker | None = None,
    status: Literal["unopened", "open", "closed", "settled"] | None = None,
    limit: Limit = 20,
    cursor: Cursor = None,
) -> "markets.MarketsPage":
    return await service.find_markets(event_ticker, series_ticker, status, limit, cursor)


@tool(
    "Kalshi order book",
    READ,
    "Resting YES bids and asks of a market, best first, to `depth` levels a side.",
    lambda b, _: f"{len(b.yes_bids)} bids, {len(b.yes_asks)} asks",
)
async def kalshi_get_orderbook(
    service: "Service", ticker: Ticker, depth: Annotated[int, Field(ge=1, le=100)] = 10
) -> "markets.BookView":
    return await service.market_book(ticker, depth)


# --- Kalshi writes -------------------------------------------------------------------------------------


@tool(
    "Preview Kalshi orders",
    LOCAL,
    "Step 1 of placing. Shows exactly what would be sent (YES/NO mapped to bid/ask on the YES "
    "book), worst-case cost with fees, every limit check, and a single-use preview_token (5 min). "
    "Sends nothing. price is for the chosen side in dollars. Show the result to the human before placing.",
    lambda p, _: (
        f"worst case ${p.total_worst_case_cost_dollars}; "
        + ("token issued" if p.preview_token else p.next_step)
    ),
)
async def kalshi_preview_orders(service: "Service", orders: OrderList) -> "responses.OrderPreview":
    return await service.preview_orders(orders)


@tool(
    "Place previewed Kalshi orders",
    WRITE,
    "Step 2: places the orders of a preview. Pass the same orders (with their client_order_id) "
    "and its preview_token; any change is refused. Do not use without a preview the human agreed to; "
    "a person may have to confirm it too (confirm_on_ticket: they place it on the ticket, not you). "
    "On a lost answer the order is looked up by client_order_id: placed, or uncertain (look it up; never resend).",
    lambda p, _: "; ".join(f"{r.client_order_id}: {r.outcome} {r.status or ''}".strip() for r in p.results),
)
async def kalshi_place_orders(
    service: "Service",
    orders: OrderList,
    preview_token: Token,
    confirmation: Annotated[ElicitationResult[ConfirmOrder], Resolve(ask_to_place)],
) -> "responses.Placement":
    return await service.place_orders(
        orders, preview_token, human_confirmed(confirmation), channel=channel_of(confirmation)
    )


@tool(
    "Cancel Kalshi orders",
    DESTRUCTIVE,
    "Cancels resting orders by order_id (1-20). No preview needed; audited. "
    "not_found also covers orders already canceled or executed.",
    lambda c, _: "; ".join(f"{r.order_id}: {r.outcome}" for r in c.results),
)
async def kalshi_cancel_orders(service: "Service", order_ids: IdList) -> "responses.Cancellation":
    return await service.cancel_orders(order_ids)


@tool(
    "Amend a Kalshi order",
    WRITE,
    "Changes a resting order's price and/or total count (filled + resting). Call without "
    "preview_token to get a preview and token; call again with the same arguments and the token to send. "
    "For a pure size decrease use kalshi_decrease_order (keeps queue priority).",
    lambda a, args: f"preview: {a.preview.next_step}" if a.preview else f"amended {args['order_id']}",
)
async def kalshi_amend_order(
    service: "Service",
    order_id: Id,
    ticker: Ticker,
    action: Literal["buy", "sell"],
    side: Literal["yes", "no"],
    price: Price,
    count: Annotated[Count, Field(description="new total: filled + resting")],
    confirmation: Annotated[ElicitationResult[ConfirmOrder], Resolve(ask_to_amend)],
    preview_token: Token | None = None,
) -> "responses.AmendResult":
    order = OrderInput(ticker=ticker, action=action, side=side, price=price, count=count)
    return await service.amend_order(
        order_id, order, preview_token, human_confirmed(confirmation), channel_of(confirmation)
    )


@tool(
    "Decrease a Kalshi order",
    DESTRUCTIVE,
    "Takes contracts off a resting order; its price and queue place stay. Give exactly one "
    "of reduce_by or reduce_to (0 cancels). Reduces risk, so no preview; audited.",
    lambda d, args: f"{args['order_id']}: reduced by {d.reduced_by_contracts}",
)
async def kalshi_decrease_order(
    service: "Service",
    order_id: Id,
    reduce_by: Count | None = None,
    reduce_to: Annotated[Decimal | None, Field(ge=0, le=100_000, decimal_places=2)] = None,
) -> "responses.DecreaseResult":
    return await service.decrease_order(order_id, reduce_by, reduce_to)


@tool(
    "Manage a Kalshi order group",
    DESTRUCTIVE,
    "create (contracts_limit, on shard exchange_index): cancels all its orders once that many contracts "
    "match within a rolling 15 s; limit: a new contracts_limit; trigger: cancel its orders now; reset: "
    "re-open it; delete: cancel its orders and remove it. Orders join by order_group_id.",
    lambda g, _: f"{g.action} order group {g.order_group_id}",
)
async def kalshi_manage_order_group(
    service: "Service",
    action: Literal["create", "delete", "reset", "trigger", "limit"],
    order_group_id: Id | None = None,
    contracts_limit: Count | None = None,
    subaccount: Subaccount = 0,
    exchange_index: Annotated[int | None, Field(ge=0, le=63)] = None,
) -> "responses.OrderGroupResult":
    return await service.manage_order_group(
        action, order_group_id, contracts_limit, subaccount, exchange_index
    )


# --- holdings and positions, one broker at a time (paged) ----------------------------------------------


@tool(
    "Holdings of one broker",
    READ,
    "Long-term equity holdings of wealthy or vendor_gateway, normalized (INR), paged. "
    "For every broker at once use get_portfolio; Kalshi has positions, not holdings.",
    lambda p, _: f"{len(p.items)} of {p.total_items} holdings",
)
async def get_holdings(
    service: "Service", broker: Literal["wealthy", "vendor_gateway"], limit: Limit = 50, cursor: Cursor = None
) -> "responses.HoldingsPage":
    return await service.holdings(broker, limit, cursor)


@tool(
    "Positions of one broker",
    READ,
    "F&O/intraday (wealthy, vendor_gateway) or market (kalshi) positions, normalized, with "
    "the broker's own P&L, paged. For Kalshi exposure detail use kalshi_list_positions.",
    lambda p, _: f"{len(p.items)} of {p.total_items} positions",
)
async def get_positions(
    service: "Service",
    broker: Literal["kalshi", "wealthy", "vendor_gateway"],
    limit: Limit = 50,
    cursor: Cursor = None,
) -> "responses.PositionsPage":
    return await service.positions(broker, limit, cursor)
