"""MCP resources and prompts: what a host can attach or offer without the model calling a tool.

* Resources (read-only, JSON): `brokerspec://portfolio` and `brokerspec://capabilities`, the very data of
  the `get_portfolio` and `capabilities` tools (the same use-case call, dumped the same way), read fresh on
  every `resources/read`.
* Prompts: `review_portfolio` and `prepare_order`, whose text walks the model through the tools in the
  order the server expects (capabilities first, reads, a preview shown to the human, a placement only with
  its preview token, never a resend of an uncertain order). Every tool a prompt names is in the tool table
  (`TOOLS`): a tool not served (yet) is left out of the text, and tests/test_resources_prompts.py fails if
  a prompt names a tool `tools/list` does not have.

Start-up stays lean: nothing here imports more than the server already does; the service and the
output models load on the first read, as for a tool call.
"""

from __future__ import annotations

import json
import re
from decimal import Decimal, InvalidOperation
from typing import TYPE_CHECKING, Any

from mcp.server.mcpserver.exceptions import ResourceError
from mcp.server.mcpserver.prompts import Prompt
from mcp.server.mcpserver.prompts.base import PromptArgument
from mcp_types import Annotations

from brokerspec.app import tools
from brokerspec.domain.identifiers import TICKER_PATTERN

if TYPE_CHECKING:
    from mcp.server.mcpserver import MCPServer

    from brokerspec.app.service import Service

PORTFOLIO_URI = "brokerspec://portfolio"
CAPABILITIES_URI = "brokerspec://capabilities"
_JSON = "application/json"
_FOR_BOTH = Annotations(audience=["user", "assistant"])


def register_resources_and_prompts(mcp: MCPServer, service: Service) -> None:
    """Add the two resources and the two prompts to `mcp`, reading through `service`."""

    @mcp.resource(
        PORTFOLIO_URI,
        name="portfolio",
        title="Portfolio across brokers",
        description="What get_portfolio returns for every configured broker, read when attached (JSON).",
        mime_type=_JSON,
        annotations=_FOR_BOTH,
    )
    async def portfolio() -> str:
        return await _read(tools.get_portfolio(service, "all"))

    @mcp.resource(
        CAPABILITIES_URI,
        name="capabilities",
        title="Server capabilities",
        description="What capabilities returns: mode, brokers and environments, limits, today's spend (JSON).",
        mime_type=_JSON,
        annotations=_FOR_BOTH,
    )
    async def capabilities() -> str:
        return await _read(service.capabilities())

    # Built as they are, not from the functions' signatures: `Prompt.from_function` derives a pydantic
    # model per prompt (about 7 ms each at every start-up) for arguments that are plain strings anyway.
    mcp.add_prompt(
        Prompt(
            name="review_portfolio",
            title="Review my portfolio",
            description="Read the portfolio across brokers and review it; no order is touched.",
            arguments=[_argument("broker", "all (default), kalshi, wealthy or vendor_gateway")],
            fn=review_portfolio,
        )
    )
    mcp.add_prompt(
        Prompt(
            name="prepare_order",
            title="Prepare an order",
            description="Prepare one Kalshi order: read, preview, show it to you, place only when you confirm.",
            arguments=[
                _argument("ticker", "Kalshi market ticker, e.g. KXFED-26DEC-T4.25", required=True),
                _argument("side", "yes or no: the side you want to hold", required=True),
                _argument("action", "buy (default) or sell"),
                _argument("budget_dollars", "the most to spend in USD, fees included (optional)"),
            ],
            fn=prepare_order,
        )
    )


def _argument(name: str, description: str, *, required: bool = False) -> PromptArgument:
    return PromptArgument(name=name, description=description, required=required)


async def _read(call: Any) -> str:
    """A use case's answer as the tool's structuredContent, in JSON; a failure as a resource error that
    carries our error code and message."""
    from brokerspec.errors import BrokerspecError

    try:
        model = await call
    except BrokerspecError as exc:
        error = exc.to_dict()
        raise ResourceError(f"{error['code']}: {error['message']}") from exc
    return json.dumps(model.model_dump(mode="json"), ensure_ascii=False)


# --- prompts ---------------------------------------------------------------------------------------------

_BROKERS = ("all", "kalshi", "wealthy", "vendor_gateway")


def _served(*names: str) -> list[str]:
    """The `names` that are tools of this server, each as `name` in backticks."""
    table = {spec.name for spec in tools.TOOLS}
    return [f"`{name}`" for name in names if name in table]


def _either(names: list[str]) -> str:
    return " / ".join(names)


def review_portfolio(broker: str = "all") -> str:
    broker = broker.strip().lower() or "all"
    if broker not in _BROKERS:
        raise ValueError(f"broker must be one of {', '.join(_BROKERS)}")
    scope = "across all my brokers" if broker == "all" else f"at {broker}"
    kalshi_detail = _served("kalshi_list_positions", "kalshi_list_orders", "kalshi_get_market")
    return f"""Review my portfolio {scope}.

1. Call `capabilities` first: which brokers are configured, in which environment (sandbox, demo or production).
2. Call `get_portfolio` with broker="{broker}": holdings, positions, cash and totals per broker.
   Amounts are decimal strings with their currency (USD for Kalshi, INR for Wealthy and the gateway):
   never add up amounts in different currencies, and quote them as given. null means the broker did not
   say, not zero. A broker listed with an error or a warning did not answer in full: say so, do not guess.
3. For more detail: {_either(_served("get_holdings", "get_positions"))} page through long lists; on Kalshi,
   {_either(kalshi_detail)}.
4. Report the totals per broker and currency, the largest holdings and positions, unrealized P&L, and
   anything that looks wrong or risky.

This is a review only: do not preview, place, amend or cancel any order."""


def prepare_order(ticker: str, side: str, action: str = "buy", budget_dollars: str = "") -> str:
    ticker, side, action = ticker.strip(), side.strip().lower(), action.strip().lower()
    if not re.fullmatch(TICKER_PATTERN, ticker):
        raise ValueError("ticker must be a Kalshi market ticker (letters, digits, '-', '_', '.')")
    if side not in ("yes", "no") or action not in ("buy", "sell"):
        raise ValueError("side must be yes or no, and action buy or sell")
    budget = ""
    if budget_dollars.strip():
        try:
            amount = Decimal(budget_dollars.strip().removeprefix("$"))
        except InvalidOperation:
            amount = Decimal(0)
        if not amount.is_finite() or amount <= 0 or amount > 1_000_000:
            raise ValueError("budget_dollars must be a positive amount in dollars, e.g. 25 or 12.50")
        budget = f", spending at most ${amount} including fees"
    market = _served("kalshi_get_market", "kalshi_get_orderbook")
    market_step = (
        f"Read the market: {_either(market)} (status, prices, top of book). Use only prices you read."
        if market
        else "Use only prices you know from the market; do not invent them."
    )
    held = _either(_served("kalshi_get_balance", "kalshi_list_positions", "kalshi_list_orders"))
    return f"""Prepare an order on Kalshi: {action} {side.upper()} on {ticker}{budget}.

1. Call `capabilities` first: the mode (trading or read_only), Kalshi's environment and whether writes are
   allowed, the limits and today's spend. If writes are not allowed, stop after the preview and say why.
2. {market_step} Check my cash and what I already hold or have resting: {held}.
3. Propose one order: a count and a limit price in dollars per contract for the {side.upper()} side, on
   the market's tick, that fit the budget with fees.
4. Call `kalshi_preview_orders` with that order. Show me the preview as it is (the order as it will be
   sent, what fills now and what rests, the worst-case cost with fees, every limit check, when the token
   expires) and ask me to confirm. Do not place anything yet.
5. Only after I say yes: call `kalshi_place_orders` with exactly the previewed orders (keep the
   client_order_id the preview gave) and its preview_token. If the server asks me to confirm it
   itself, let it. Never invent or reuse a token; a changed order needs a new preview.
6. If the outcome is "uncertain", never send the order again: look it up by its client_order_id with
   {_either(_served("kalshi_list_orders", "kalshi_get_order"))} and tell me what you found."""
