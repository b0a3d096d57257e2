"""The MCP server: tool registration and result shaping only. What the tools do lives in `service.py`.

Every tool returns a structured object (its outputSchema is the model's JSON schema) plus one text
block: a one-line summary and the same data as compact JSON, capped at `MAX_RESULT_CHARS`. Failures
come back as tool errors (`isError`, no structured content) whose text carries the error vocabulary of
`brokerspec.errors` as JSON (code, message, retry_safe, suggestion).

Start-up is a product metric (a host spawns the server for every session), so this module imports
only the MCP SDK and the input models. The output models, the service, the adapters and the generated
clients load on the first tool call; the published output schemas come from `output_schemas.json`,
which `python -m brokerspec.app.server --write-schemas` rebuilds from the models (a test keeps it current).
"""

from __future__ import annotations

import json
import logging
import sys
from collections.abc import Awaitable, Callable
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, Literal, TypeVar

from mcp.server.mcpserver import Context, MCPServer, Resolve
from mcp.server.mcpserver.resolve import Elicit, ElicitationResult
from mcp_types import CallToolResult, TextContent, ToolAnnotations
from pydantic import BaseModel, Field

from brokerspec import __version__
from brokerspec.app.inputs import CursorText, Id, OrderInput, Ticker, TickerList, Token, UnixSeconds

if TYPE_CHECKING:
    from brokerspec.app.service import Service
    from brokerspec.brokers.kalshi.adapter import KalshiBroker
    from brokerspec.brokers.kalshi.models import (
        KalshiBalance,
        KalshiFillPage,
        KalshiOrder,
        KalshiOrderGroups,
        KalshiOrderPage,
        KalshiPositionPage,
        KalshiQueuePositions,
        KalshiSettlementPage,
    )
    from brokerspec.config import Configuration

log = logging.getLogger("brokerspec.app.server")

#: About 20k tokens at 4 characters a token: no tool result is ever larger.
MAX_RESULT_CHARS = 80_000

M = TypeVar("M", bound=BaseModel)

_READ = ToolAnnotations(
    read_only_hint=True, destructive_hint=False, idempotent_hint=True, open_world_hint=True
)
_LOCAL = ToolAnnotations(
    read_only_hint=True, destructive_hint=False, idempotent_hint=True, open_world_hint=False
)
_WRITE = ToolAnnotations(
    read_only_hint=False, destructive_hint=False, idempotent_hint=False, open_world_hint=True
)
_DESTRUCTIVE = ToolAnnotations(
    read_only_hint=False, destructive_hint=True, idempotent_hint=False, open_world_hint=True
)

INSTRUCTIONS = """\
brokerspec reads portfolios (Kalshi, Wealthy, a vendor gateway) and trades Kalshi.
Start with `capabilities` (mode, environments, limits). Writes are read-only unless the human enabled
them. To trade: kalshi_preview_orders, show the preview to the human, then kalshi_place_orders with the
same orders and the preview_token. Never invent a token or place an order the human did not ask for.
Money is in strings: USD dollars for Kalshi, INR for Indian brokers."""

Limit = Annotated[int, Field(ge=1, le=100, description="page size")]
Cursor = Annotated[CursorText | None, Field(description="next_cursor from the previous page")]


def _error_result(error: dict[str, Any]) -> CallToolResult:
    """A tool error every MCP client can read: `isError` with the error object as JSON text.

    No `structuredContent`: it would have to match the tool's declared output schema, and clients that
    validate it (the TypeScript SDK, MCP Inspector, many hosts) would replace our message with a schema
    error. The first line is a summary; the second the JSON `{"error": {code, message, retry_safe, ...}}`.
    """
    text = f"error {error.get('code')}: {error.get('message')}"
    if error.get("suggestion"):
        text += f" — {error['suggestion']}"
    body = json.dumps({"error": error}, separators=(",", ":"), ensure_ascii=False, default=str)
    if len(body) > MAX_RESULT_CHARS - _SUMMARY_CHARS:  # never in practice: details are bounded upstream
        error = {k: error[k] for k in ("code", "message", "retry_safe", "suggestion") if k in error}
        error["message"] = str(error.get("message", ""))[:2000]
        body = json.dumps({"error": error}, separators=(",", ":"), ensure_ascii=False, default=str)
    return CallToolResult(
        content=[TextContent(type="text", text=_one_line(text) + "\n" + body)], is_error=True
    )


def _one_line(text: str) -> str:
    """A summary line: no line breaks or control characters, bounded."""
    flat = "".join(ch if ch.isprintable() else " " for ch in text)
    return flat if len(flat) <= _SUMMARY_CHARS else flat[: _SUMMARY_CHARS - 3] + "..."


def invalid_arguments(tool: str, exc: Any) -> CallToolResult:
    """The error result for arguments that fail the input schema: field names and rules, never the values."""
    problems = []
    for err in exc.errors()[:10]:
        where = ".".join(str(part) for part in err.get("loc", ())) or "arguments"
        problems.append(f"{where}: {err.get('msg', 'invalid')}"[:300])
    return _error_result(
        {
            "code": "invalid_argument",
            "message": f"{tool}: " + "; ".join(problems),
            "retry_safe": False,
            "suggestion": "fix the named arguments (see the tool's input schema); nothing was sent",
        }
    )


#: Room kept for the summary line in front of the JSON.
_SUMMARY_CHARS = 400


def _fit(data: dict[str, Any]) -> tuple[str, str | None]:
    """Compact JSON within the hard cap: drop trailing list items (never whole fields) if needed.

    If anything was dropped from a result that carries a preview token, the token is withheld: a token
    must never approve orders the agent (and its human) were not shown in full.
    """
    budget = MAX_RESULT_CHARS - _SUMMARY_CHARS
    text = json.dumps(data, separators=(",", ":"), ensure_ascii=False)
    if len(text) <= budget:
        return text, None
    dropped = 0
    lists = [v for v in _lists(data) if v]
    while len(text) > budget and any(lists):
        biggest = max(lists, key=len)
        biggest.pop()
        dropped += 1
        text = json.dumps(data, separators=(",", ":"), ensure_ascii=False)
    note = f"truncated: {dropped} items left out to stay under the size cap; narrow the query or lower limit"
    if _withhold_tokens(data):
        note += "; no preview token was issued for a preview that could not be shown in full"
        text = json.dumps(data, separators=(",", ":"), ensure_ascii=False)
    return text, note


def _withhold_tokens(value: Any) -> bool:
    """Null every `preview_token` in a truncated result; True if one was there."""
    found = False
    if isinstance(value, dict):
        if value.get("preview_token"):
            value["preview_token"] = None
            value["expires_at"] = None
            value["next_step"] = (
                "cannot be placed from this preview: it was too large to show; preview fewer orders"
            )
            found = True
        for v in value.values():
            found = _withhold_tokens(v) or found
    elif isinstance(value, list):
        for v in value:
            found = _withhold_tokens(v) or found
    return found


def _lists(value: Any) -> list[list[Any]]:
    found: list[list[Any]] = []
    if isinstance(value, dict):
        for v in value.values():
            found.extend(_lists(v))
    elif isinstance(value, list):
        found.append(value)
        for v in value:
            found.extend(_lists(v))
    return found


async def _run(call: Awaitable[M], summary: Callable[[M], str]) -> CallToolResult:
    from brokerspec.errors import BrokerError, SafetyRefusal, ServiceError

    try:
        model = await call
    except (BrokerError, SafetyRefusal, ServiceError) as exc:
        error = exc.to_dict()
        # A policy refusal repeated unchanged is refused again: say so (SafetyRefusal.to_dict omits it).
        error.setdefault("retry_safe", False)
        return _error_result(error)
    except Exception as exc:  # a bug of ours: say so without leaking internals
        log.exception("tool failed")
        return _error_result({**_INTERNAL_ERROR, "message": type(exc).__name__})
    data = model.model_dump(mode="json")
    text, note = _fit(data)
    line = _one_line(summary(model))
    if note:
        line += f" ({note})"
    return CallToolResult(
        content=[TextContent(type="text", text=line + "\n" + text)], structured_content=data
    )


# --- schema compaction (every tool-list token is paid by the agent) -----------------------------------

_DROP_KEYS = {"title"}


def compact_schema(schema: Any, *, output: bool = False) -> Any:
    """Same meaning, fewer tokens: no auto titles, `[T, null]` type lists, no `default: null`;
    output schemas also drop `additionalProperties: false` (it constrains the server, not the agent)."""
    if isinstance(schema, list):
        return [compact_schema(v, output=output) for v in schema]
    if not isinstance(schema, dict):
        return schema
    out: dict[str, Any] = {}
    for key, value in schema.items():
        if key in _DROP_KEYS and isinstance(value, str):
            continue
        if key == "properties" and isinstance(value, dict):
            out[key] = {name: compact_schema(sub, output=output) for name, sub in value.items()}
            continue
        if output and key == "description" and isinstance(value, str):
            # Output field names carry their units; the agent reads values, not the schema prose.
            continue
        if key == "default" and value is None:
            continue
        if output and key == "additionalProperties" and value is False:
            continue
        out[key] = compact_schema(value, output=output)
    variants = out.get("anyOf")
    if isinstance(variants, list) and len(variants) == 2 and {"type": "null"} in variants:
        other = next(v for v in variants if v != {"type": "null"})
        if isinstance(other, dict) and isinstance(other.get("type"), str) and "$ref" not in other:
            del out["anyOf"]
            merged = {**other, "type": [other["type"], "null"]}
            if other["type"] in ("number", "integer", "string", "boolean"):
                out.update(merged)
            else:
                out["anyOf"] = variants
    return out


#: The output model of every tool, by import path: loaded only to (re)build `output_schemas.json`.
OUTPUT_MODELS: dict[str, str] = {
    "capabilities": "brokerspec.app.responses:Capabilities",
    "get_portfolio": "brokerspec.domain.portfolio:Portfolio",
    "get_holdings": "brokerspec.app.responses:HoldingsPage",
    "get_positions": "brokerspec.app.responses:PositionsPage",
    "kalshi_get_balance": "brokerspec.brokers.kalshi.models:KalshiBalance",
    "kalshi_list_fills": "brokerspec.brokers.kalshi.models:KalshiFillPage",
    "kalshi_list_orders": "brokerspec.brokers.kalshi.models:KalshiOrderPage",
    "kalshi_get_order": "brokerspec.brokers.kalshi.models:KalshiOrder",
    "kalshi_list_positions": "brokerspec.brokers.kalshi.models:KalshiPositionPage",
    "kalshi_list_settlements": "brokerspec.brokers.kalshi.models:KalshiSettlementPage",
    "kalshi_get_queue_positions": "brokerspec.brokers.kalshi.models:KalshiQueuePositions",
    "kalshi_get_order_groups": "brokerspec.brokers.kalshi.models:KalshiOrderGroups",
    "kalshi_preview_orders": "brokerspec.app.responses:OrderPreview",
    "kalshi_place_orders": "brokerspec.app.responses:Placement",
    "kalshi_cancel_orders": "brokerspec.app.responses:Cancellation",
    "kalshi_amend_order": "brokerspec.app.responses:AmendResult",
    "kalshi_decrease_order": "brokerspec.app.responses:DecreaseResult",
    "kalshi_manage_order_group": "brokerspec.app.responses:OrderGroupResult",
}
OUTPUT_SCHEMAS_FILE = Path(__file__).with_name("output_schemas.json")


def build_output_schemas() -> dict[str, Any]:
    """Every tool's compact output schema, derived from its model exactly as the MCP SDK would."""
    import importlib

    from mcp.server.mcpserver.utilities.func_metadata import StrictJsonSchema, _inline_root_ref
    from pydantic import TypeAdapter

    schemas: dict[str, Any] = {}
    for tool, path in OUTPUT_MODELS.items():
        module, name = path.split(":")
        model = getattr(importlib.import_module(module), name)
        schema = _inline_root_ref(TypeAdapter(model).json_schema(schema_generator=StrictJsonSchema))
        schemas[tool] = compact_schema(schema, output=True)
    return schemas


def write_output_schemas() -> None:
    OUTPUT_SCHEMAS_FILE.write_text(json.dumps(build_output_schemas(), indent=1, sort_keys=True) + "\n")


def _compact_tools(mcp: MCPServer) -> None:
    schemas = json.loads(OUTPUT_SCHEMAS_FILE.read_text())
    for tool in mcp._tool_manager.list_tools():
        tool.parameters = compact_schema(tool.parameters)
        # Published, not validated per call (the models are not imported at start-up); the test suite
        # validates every tool result against it.
        tool.fn_metadata.output_schema = schemas[tool.name]


# --- human confirmation (MCP elicitation) --------------------------------------------------------------


class ConfirmOrder(BaseModel):
    confirm: bool = Field(description="Place exactly this order?")


class _NotAsked:
    """The host cannot ask the human (no elicitation support): the preview token path stands alone."""


def _can_elicit(ctx: Context) -> bool:
    caps = ctx.client_capabilities
    elicitation = caps.elicitation if caps is not None else None
    return elicitation is not None and (elicitation.form is not None or elicitation.url is None)


def _describe_orders(orders: list[OrderInput]) -> str:
    from brokerspec.domain.orders import OrderIntent, describe_mapping

    lines = []
    for o in orders:
        try:
            intent = OrderIntent(o.ticker, o.action, o.side, o.count, o.price)
            lines.append(f"{o.ticker}: {describe_mapping(intent)}")
        except Exception:
            lines.append(f"{o.ticker}: {o.action} {o.count} {o.side} at ${o.price}")
    return "; ".join(lines)


class _Refused:
    """The pre-checks refused the placement: the human is not asked about an order that cannot pass."""

    def __init__(self, error: BaseException) -> None:
        self.error = error


def plain_text(text: str, limit: int = 1000) -> str:
    """Text safe to show a human: no control, bidi-override, zero-width or escape characters; bounded."""
    import unicodedata

    kept = "".join(
        " " if unicodedata.category(ch) in ("Cc", "Cf", "Co", "Cs", "Zl", "Zp") else ch for ch in text
    )
    kept = " ".join(kept.split())
    return kept if len(kept) <= limit else kept[: limit - 3] + "..."


def _confirmed(outcome: ElicitationResult[Any]) -> bool | _Refused | None:
    from mcp.server.mcpserver import AcceptedElicitation

    if isinstance(outcome, AcceptedElicitation):
        if isinstance(outcome.data, _NotAsked | _Refused):
            return None if isinstance(outcome.data, _NotAsked) else outcome.data
        return bool(outcome.data.confirm)
    return False


async def _raise(error: BaseException) -> Any:
    raise error


class _Server(MCPServer):
    """`MCPServer` whose failures all speak our error vocabulary (argument errors, unknown tools, crashes)."""

    service: Service

    async def call_tool(self, name: str, arguments: dict[str, Any], context: Any = None) -> Any:
        from mcp.server.mcpserver.exceptions import ToolError, UnexpectedToolError
        from pydantic import ValidationError

        try:
            return await super().call_tool(name, arguments, context)
        except UnexpectedToolError:
            log.exception("tool %r failed", name)
            return _error_result(_INTERNAL_ERROR)
        except ToolError as exc:
            if isinstance(exc.__cause__, ValidationError):
                return invalid_arguments(name, exc.__cause__)
            return _error_result(
                {
                    "code": "invalid_request",
                    "message": _one_line(str(exc))[:300],
                    "retry_safe": False,
                    "suggestion": "call tools/list for the tools and their arguments",
                }
            )


_INTERNAL_ERROR: dict[str, Any] = {
    "code": "internal_error",
    "message": "the server failed unexpectedly",
    "retry_safe": False,
    "suggestion": "this is a brokerspec bug; the call may be retried once",
}


async def ask_to_place(
    ctx: Context, orders: list[OrderInput], preview_token: str
) -> Elicit[ConfirmOrder] | _NotAsked | _Refused:
    """Resolver: ask the human only about an order that passes every check (mode, token, limits).

    The checks do not use the token up; `place_orders` redeems it after the human said yes.
    """
    try:
        await ctx.mcp_server.service.check_placement(orders, preview_token)  # type: ignore[attr-defined]
    except Exception as exc:  # reported as the tool's result; nobody is asked
        return _Refused(exc)
    if not _can_elicit(ctx):
        return _NotAsked()
    return Elicit(plain_text(f"Place on Kalshi: {_describe_orders(orders)}?"), ConfirmOrder)


class _LazyService:
    """The process's `Service`, created (and its modules imported) on the first tool call."""

    def __init__(self, service: Service | None, sandbox: bool, configuration: Configuration | None) -> None:
        self._service, self._sandbox, self._configuration = service, sandbox, configuration

    def __getattr__(self, name: str) -> Any:
        if self._service is None:
            from brokerspec.app.service import Service

            self._service = Service(sandbox=self._sandbox, configuration=self._configuration)
        return getattr(self._service, name)


def build_server(
    service: Service | None = None, *, sandbox: bool = False, configuration: Configuration | None = None
) -> MCPServer:
    """The MCP server with every tool registered against `service` (one per process).

    `configuration`: what `serve` read and reported at start, for the service created on the first call.
    """
    svc: Service = _LazyService(service, sandbox, configuration)  # type: ignore[assignment]
    # stdio servers log to stderr; per-request httpx lines would drown what matters.
    logging.getLogger("httpx").setLevel(logging.WARNING)
    mcp = _Server(name="brokerspec", version=__version__, instructions=INSTRUCTIONS, log_level="WARNING")
    mcp.service = svc  # the resolvers reach it through their context

    # --- cross-broker ---------------------------------------------------------------------------------

    @mcp.tool(
        name="capabilities",
        title="Server capabilities",
        description="Mode (read_only/trading), brokers and their environment (sandbox/demo/production), "
        "live-money switch, limits and today's spend. Call first; no broker is contacted.",
        annotations=_LOCAL,
    )
    async def capabilities() -> CallToolResult:
        return await _run(
            svc.capabilities(),
            lambda c: (
                f"mode {c.mode}; brokers: "
                + ", ".join(f"{b.broker}={b.environment}" for b in c.brokers if b.configured)
            ),
        )

    @mcp.tool(
        name="get_portfolio",
        title="Portfolio across brokers",
        description="Normalized holdings, positions, cash and totals for every configured broker (or one). "
        "Amounts are decimal strings with a currency; null means the broker did not say. A failing broker is "
        "listed in `errors` without hiding the others. For Kalshi order/fill detail use the kalshi_* tools.",
        annotations=_READ,
    )
    async def get_portfolio(
        broker: Literal["all", "kalshi", "wealthy", "vendor_gateway"] = "all",
    ) -> CallToolResult:
        return await _run(
            svc.portfolio(broker),
            lambda p: (
                "; ".join(
                    f"{b.broker}: {len(b.holdings)} holdings, {len(b.positions)} positions" for b in p.brokers
                )
                or "no broker answered"
            ),
        )

    # --- Kalshi reads ---------------------------------------------------------------------------------

    async def k() -> KalshiBroker:
        return await svc.kalshi()

    @mcp.tool(
        name="kalshi_get_balance",
        title="Kalshi balance",
        description="Cash balance and portfolio value in USD. Not for positions (kalshi_list_positions).",
        annotations=_READ,
    )
    async def kalshi_get_balance() -> CallToolResult:
        async def go() -> KalshiBalance:
            return await (await k()).balance()

        return await _run(go(), lambda b: f"balance ${b.balance_dollars}")

    @mcp.tool(
        name="kalshi_list_fills",
        title="Kalshi fills",
        description="Your executed trades, newest first, paginated. Filter by ticker or order_id; "
        "min_ts/max_ts are Unix seconds.",
        annotations=_READ,
    )
    async def kalshi_list_fills(
        ticker: Ticker | None = None,
        order_id: Id | None = None,
        min_ts: UnixSeconds | None = None,
        max_ts: UnixSeconds | None = None,
        limit: Limit = 20,
        cursor: Cursor = None,
    ) -> CallToolResult:
        async def go() -> KalshiFillPage:
            return await (await k()).fills(
                ticker=ticker, order_id=order_id, min_ts=min_ts, max_ts=max_ts, limit=limit, cursor=cursor
            )

        return await _run(
            go(), lambda p: f"{len(p.items)} fills" + (" (more: next_cursor)" if p.next_cursor else "")
        )

    @mcp.tool(
        name="kalshi_list_orders",
        title="Kalshi orders",
        description="Your orders (resting, canceled, executed), paginated. Use to find an order_id or to "
        "check an uncertain placement by client_order_id.",
        annotations=_READ,
    )
    async def kalshi_list_orders(
        ticker: Ticker | None = None,
        event_ticker: TickerList | None = None,
        status: Literal["resting", "canceled", "executed"] | None = None,
        limit: Limit = 20,
        cursor: Cursor = None,
    ) -> CallToolResult:
        async def go() -> KalshiOrderPage:
            return await (await k()).orders(
                ticker=ticker, event_ticker=event_ticker, status=status, limit=limit, cursor=cursor
            )

        return await _run(
            go(), lambda p: f"{len(p.items)} orders" + (" (more: next_cursor)" if p.next_cursor else "")
        )

    @mcp.tool(
        name="kalshi_get_order",
        title="One Kalshi order",
        description="One order by order_id. 404 not_found also means an order that no longer exists.",
        annotations=_READ,
    )
    async def kalshi_get_order(order_id: Id) -> CallToolResult:
        async def go() -> KalshiOrder:
            return await (await k()).order(order_id)

        return await _run(go(), lambda o: f"order {o.order_id}: {o.status}")

    @mcp.tool(
        name="kalshi_list_positions",
        title="Kalshi positions",
        description="Market positions: contracts (YES positive, NO negative), exposure, realized P&L, fees. "
        "settlement_status defaults to unsettled at the exchange.",
        annotations=_READ,
    )
    async def kalshi_list_positions(
        ticker: Ticker | None = None,
        event_ticker: TickerList | None = None,
        settlement_status: Literal["all", "settled", "unsettled"] | None = None,
        limit: Limit = 20,
        cursor: Cursor = None,
    ) -> CallToolResult:
        async def go() -> KalshiPositionPage:
            return await (await k()).positions(
                ticker=ticker,
                event_ticker=event_ticker,
                settlement_status=settlement_status,
                limit=limit,
                cursor=cursor,
            )

        return await _run(go(), lambda p: f"{len(p.market_positions)} market positions")

    @mcp.tool(
        name="kalshi_list_settlements",
        title="Kalshi settlements",
        description="Settled markets and what they paid, paginated; min_ts/max_ts are Unix seconds.",
        annotations=_READ,
    )
    async def kalshi_list_settlements(
        ticker: Ticker | None = None,
        event_ticker: TickerList | None = None,
        min_ts: UnixSeconds | None = None,
        max_ts: UnixSeconds | None = None,
        limit: Limit = 20,
        cursor: Cursor = None,
    ) -> CallToolResult:
        async def go() -> KalshiSettlementPage:
            return await (await k()).settlements(
                ticker=ticker,
                event_ticker=event_ticker,
                min_ts=min_ts,
                max_ts=max_ts,
                limit=limit,
                cursor=cursor,
            )

        return await _run(go(), lambda p: f"{len(p.items)} settlements")

    @mcp.tool(
        name="kalshi_get_queue_positions",
        title="Kalshi queue positions",
        description="Contracts ahead of each resting order at its price. market_tickers is a comma list.",
        annotations=_READ,
    )
    async def kalshi_get_queue_positions(
        market_tickers: TickerList | None = None, event_ticker: Ticker | None = None
    ) -> CallToolResult:
        async def go() -> KalshiQueuePositions:
            return await (await k()).queue_positions(market_tickers=market_tickers, event_ticker=event_ticker)

        return await _run(go(), lambda q: f"{len(q.items)} queue positions")

    @mcp.tool(
        name="kalshi_get_order_groups",
        title="Kalshi order groups",
        description="All order groups, or one (with its order ids) when order_group_id is given.",
        annotations=_READ,
    )
    async def kalshi_get_order_groups(
        order_group_id: Id | None = None,
    ) -> CallToolResult:
        async def go() -> KalshiOrderGroups:
            from brokerspec.brokers.kalshi.models import KalshiOrderGroups

            broker = await k()
            if order_group_id:
                return KalshiOrderGroups(items=[await broker.order_group(order_group_id)])
            return await broker.order_groups()

        return await _run(go(), lambda g: f"{len(g.items)} order groups")

    # --- Kalshi writes --------------------------------------------------------------------------------

    @mcp.tool(
        name="kalshi_preview_orders",
        title="Preview Kalshi orders",
        description="Step 1 of placing. Shows exactly what would be sent (YES/NO mapped to bid/ask on the YES "
        "book), worst-case cost with fees, every limit check, and a single-use preview_token (5 min). "
        "Sends nothing. price is for the chosen side in dollars. Show the result to the human before placing.",
        annotations=_LOCAL,
    )
    async def kalshi_preview_orders(
        orders: Annotated[list[OrderInput], Field(min_length=1, max_length=20)],
    ) -> CallToolResult:
        return await _run(
            svc.preview_orders(orders),
            lambda p: (
                f"worst case ${p.total_worst_case_cost_dollars}; "
                + ("token issued" if p.preview_token else p.next_step)
            ),
        )

    @mcp.tool(
        name="kalshi_place_orders",
        title="Place previewed Kalshi orders",
        description="Step 2: places the orders of a preview. Pass the same orders (with their client_order_id) "
        "and its preview_token; any change is refused. Do not use without a preview the human agreed to. "
        "On a lost answer the order is looked up by client_order_id: placed, or uncertain (look it up; never resend).",
        annotations=_WRITE,
    )
    async def kalshi_place_orders(
        orders: Annotated[list[OrderInput], Field(min_length=1, max_length=20)],
        preview_token: Token,
        confirmation: Annotated[ElicitationResult[ConfirmOrder], Resolve(ask_to_place)],
    ) -> CallToolResult:
        confirmed = _confirmed(confirmation)
        if isinstance(confirmed, _Refused):
            return await _run(_raise(confirmed.error), lambda _: "")
        return await _run(
            svc.place_orders(orders, preview_token, confirmed),
            lambda p: "; ".join(
                f"{r.client_order_id}: {r.outcome} {r.status or ''}".strip() for r in p.results
            ),
        )

    @mcp.tool(
        name="kalshi_cancel_orders",
        title="Cancel Kalshi orders",
        description="Cancels resting orders by order_id (1-20). No preview needed; audited. "
        "not_found also covers orders already canceled or executed.",
        annotations=_DESTRUCTIVE,
    )
    async def kalshi_cancel_orders(
        order_ids: Annotated[list[Id], Field(min_length=1, max_length=20)],
    ) -> CallToolResult:
        return await _run(
            svc.cancel_orders(order_ids), lambda c: "; ".join(f"{r.order_id}: {r.outcome}" for r in c.results)
        )

    @mcp.tool(
        name="kalshi_amend_order",
        title="Amend a Kalshi order",
        description="Changes a resting order's price and/or total count (filled + resting). Call without "
        "preview_token to get a preview and token; call again with the same arguments and the token to send. "
        "For a pure size decrease use kalshi_decrease_order (keeps queue priority).",
        annotations=_WRITE,
    )
    async def kalshi_amend_order(
        order_id: Id,
        ticker: Ticker,
        action: Literal["buy", "sell"],
        side: Literal["yes", "no"],
        price: Annotated[Decimal, Field(ge=Decimal("0.01"), le=Decimal("0.99"))],
        count: Annotated[int, Field(ge=1, le=100_000, description="new total: filled + resting")],
        preview_token: Token | None = None,
    ) -> CallToolResult:
        order = OrderInput(ticker=ticker, action=action, side=side, price=price, count=count)
        return await _run(
            svc.amend_order(order_id, order, preview_token),
            lambda a: f"preview: {a.preview.next_step}" if a.preview else f"amended {order_id}",
        )

    @mcp.tool(
        name="kalshi_decrease_order",
        title="Decrease a Kalshi order",
        description="Takes contracts off a resting order, keeping its price and queue place. Give exactly one "
        "of reduce_by or reduce_to (0 cancels). Reduces risk, so no preview; audited.",
        annotations=_DESTRUCTIVE,
    )
    async def kalshi_decrease_order(
        order_id: Id,
        reduce_by: Annotated[int | None, Field(ge=1, le=100_000)] = None,
        reduce_to: Annotated[int | None, Field(ge=0, le=100_000)] = None,
    ) -> CallToolResult:
        return await _run(
            svc.decrease_order(order_id, reduce_by, reduce_to),
            lambda d: f"{order_id}: reduced by {d.reduced_by_contracts}",
        )

    @mcp.tool(
        name="kalshi_manage_order_group",
        title="Create, delete or reset a Kalshi order group",
        description="create (needs contracts_limit): a group whose orders are all canceled once that many "
        "contracts fill; reset re-opens a group that hit its limit; delete cancels its orders and removes it.",
        annotations=_DESTRUCTIVE,
    )
    async def kalshi_manage_order_group(
        action: Literal["create", "delete", "reset"],
        order_group_id: Id | None = None,
        contracts_limit: Annotated[int | None, Field(ge=1, le=1_000_000)] = None,
    ) -> CallToolResult:
        return await _run(
            svc.manage_order_group(action, order_group_id, contracts_limit),
            lambda g: f"{g.action} order group {g.order_group_id}",
        )

    # --- holdings and positions, one broker at a time (paged) ----------------------------------------

    @mcp.tool(
        name="get_holdings",
        title="Holdings of one broker",
        description="Long-term equity holdings of wealthy or vendor_gateway, normalized (INR), paged. "
        "For every broker at once use get_portfolio; Kalshi has positions, not holdings.",
        annotations=_READ,
    )
    async def get_holdings(
        broker: Literal["wealthy", "vendor_gateway"], limit: Limit = 50, cursor: Cursor = None
    ) -> CallToolResult:
        return await _run(
            svc.holdings(broker, limit, cursor), lambda p: f"{len(p.items)} of {p.total_items} holdings"
        )

    @mcp.tool(
        name="get_positions",
        title="Positions of one broker",
        description="F&O/intraday (wealthy, vendor_gateway) or market (kalshi) positions, normalized, with "
        "the broker's own P&L, paged. For Kalshi exposure detail use kalshi_list_positions.",
        annotations=_READ,
    )
    async def get_positions(
        broker: Literal["kalshi", "wealthy", "vendor_gateway"], limit: Limit = 50, cursor: Cursor = None
    ) -> CallToolResult:
        return await _run(
            svc.positions(broker, limit, cursor), lambda p: f"{len(p.items)} of {p.total_items} positions"
        )

    _compact_tools(mcp)
    return mcp


if __name__ == "__main__":
    if sys.argv[1:] == ["--write-schemas"]:
        write_output_schemas()
        print(f"wrote {OUTPUT_SCHEMAS_FILE}")
    else:
        sys.exit("usage: python -m brokerspec.app.server --write-schemas")
