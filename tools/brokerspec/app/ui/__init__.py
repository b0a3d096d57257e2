"""The MCP Apps views (`io.modelcontextprotocol/ui`): the order ticket and the portfolio, and the one
app-only tool the ticket's Place button calls.

- `ui://brokerspec/order-ticket.html`, bound to `kalshi_preview_orders`: the preview as a person reads it,
  the token's time left, and Place / Cancel. Place calls `kalshi_ticket_place` (`_meta.ui.visibility:
  ["app"]`: a host that honours it never offers the tool to the model).
- `ui://brokerspec/portfolio.html`, bound to `get_portfolio`: totals, sortable tables, allocation and P&L
  pictures (inline SVG).

Hosts without MCP Apps see exactly the tools they saw before (plus a `_meta.ui.resourceUri` they ignore);
the tool results never change. Each view is one self-contained HTML file next to this module, read on the
first `resources/read`; its strict Content-Security-Policy (no network, no remote anything; inline script
and style allowed by hash only) is computed from the file when it is served.
"""

import base64
import hashlib
import re
from pathlib import Path
from typing import TYPE_CHECKING, Any

from mcp.server.apps import APP_MIME_TYPE, Apps, ResourceCsp, client_supports_apps
from mcp.server.context import CallNext, HandlerResult, ServerRequestContext
from mcp.server.mcpserver import Context
from mcp.server.mcpserver.resources import FunctionResource
from mcp_types import ListToolsResult

from brokerspec.app.inputs import OrderList, Token
from brokerspec.app.tool_table import WRITE, ToolSpec

if TYPE_CHECKING:
    from brokerspec.app import responses
    from brokerspec.app.service import Service

TICKET_URI = "ui://brokerspec/order-ticket.html"
PORTFOLIO_URI = "ui://brokerspec/portfolio.html"
#: The model-visible tools that render a view: tool name → the view's `ui://` URI.
VIEWS: dict[str, str] = {"kalshi_preview_orders": TICKET_URI, "get_portfolio": PORTFOLIO_URI}
_FILES = {TICKET_URI: "order_ticket.html", PORTFOLIO_URI: "portfolio.html"}
_TITLES = {TICKET_URI: "Kalshi order ticket", PORTFOLIO_URI: "Portfolio"}
_HERE = Path(__file__).parent

_BLOCK = re.compile(r"<(script|style)>(.*?)</\1>", re.S)
_CSP_SLOT = "<!--csp-->"


def view_html(uri: str) -> str:
    """The view's HTML as served: the file with its Content-Security-Policy `<meta>` filled in."""
    html = (_HERE / _FILES[uri]).read_text(encoding="utf-8")
    hashes: dict[str, list[str]] = {"script": [], "style": []}
    for kind, body in _BLOCK.findall(html):
        digest = base64.b64encode(hashlib.sha256(body.encode("utf-8")).digest()).decode("ascii")
        hashes[kind].append(f"'sha256-{digest}'")
    policy = "; ".join(
        [
            "default-src 'none'",
            "script-src " + " ".join(hashes["script"]),
            "style-src " + " ".join(hashes["style"]),
            "img-src data:",
            "font-src 'none'",
            "connect-src 'none'",
            "frame-src 'none'",
            "base-uri 'none'",
            "form-action 'none'",
        ]
    )
    if _CSP_SLOT not in html:
        raise ValueError(f"{uri}: no {_CSP_SLOT} slot for the Content-Security-Policy")
    return html.replace(_CSP_SLOT, f'<meta http-equiv="Content-Security-Policy" content="{policy}">', 1)


def apps_extension() -> Apps:
    """The Apps extension: advertises `io.modelcontextprotocol/ui` and serves the two views.

    Every view asks for no domain at all (`_meta.ui.csp` empty): the host's strictest sandbox fits.
    """
    apps = Apps()
    for uri in _FILES:
        apps.add_resource(
            FunctionResource(
                uri=uri,
                name=_FILES[uri].removesuffix(".html"),
                title=_TITLES[uri],
                mime_type=APP_MIME_TYPE,
                meta={"ui": {"csp": ResourceCsp().model_dump(by_alias=True, exclude_none=True)}},
                fn=lambda uri=uri: view_html(uri),
            )
        )
    return apps


def tool_meta(name: str) -> dict[str, Any] | None:
    """`_meta` of a registered tool: the view it renders, and app-only visibility for `APP_TOOLS`."""
    if name in VIEWS:
        return {"ui": {"resourceUri": VIEWS[name]}}
    if name in APP_TOOL_OUTPUTS:
        # ChatGPT documents its own keys for "hidden from the model, callable by the view"; hosts that know
        # only MCP Apps read `ui.visibility`. Both say the same, so no host has to guess.
        return {
            "ui": {"resourceUri": TICKET_URI, "visibility": ["app"]},
            "openai/visibility": "private",
            "openai/widgetAccessible": True,
        }
    return None


# --- the app-only tool ----------------------------------------------------------------------------------


def _not_from_an_app() -> Exception:
    """The refusal of `kalshi_ticket_place` for a client that did not negotiate MCP Apps: nobody saw a ticket.

    Built on the (rare) call: the error vocabulary is not imported at start-up."""
    from brokerspec.errors import SafetyRefusal

    class NotFromAnApp(SafetyRefusal):
        code = "app_only"

    return NotFromAnApp(
        "kalshi_ticket_place is the order ticket's Place button; this client shows no order ticket",
        suggestion="nothing was sent; place with kalshi_place_orders after the human agreed to the preview",
    )


# Not `from __future__ import annotations` (as in `tools.py`): the SDK reads the inputs as objects.
async def kalshi_ticket_place(
    service: "Service", orders: OrderList, preview_token: Token, ctx: Context
) -> "responses.Placement":
    if not client_supports_apps(ctx):
        raise _not_from_an_app()
    # The Place button is the human's act: the host renders the ticket and only the app can call this tool.
    return await service.place_orders(orders, preview_token, True, channel="ticket")


#: App-only tools (`_meta.ui.visibility: ["app"]`): name → the tool whose output schema they publish.
APP_TOOL_OUTPUTS: dict[str, str] = {"kalshi_ticket_place": "kalshi_place_orders"}
APP_TOOLS: list[ToolSpec] = [
    ToolSpec(
        kalshi_ticket_place,
        "Place from the order ticket",
        WRITE,
        "The order ticket's Place button (app-only): places the previewed orders with their preview_token.",
        lambda p, _: "; ".join(
            f"{r.client_order_id}: {r.outcome} {r.status or ''}".strip() for r in p.results
        ),
    )
]


async def hide_app_only_tools(ctx: ServerRequestContext[Any, Any], call_next: CallNext) -> HandlerResult:
    """Server middleware: a client that did not negotiate MCP Apps is not shown the app-only tools.

    Such a client has no view to call them from, and an agent framework that lists every tool to its model
    (openai-agents, PydanticAI, google-genai) would otherwise offer the model a tool that always refuses.
    """
    result = await call_next(ctx)
    if ctx.method != "tools/list" or client_supports_apps(ctx):
        return result
    app_only = {spec.name for spec in APP_TOOLS}
    if isinstance(result, ListToolsResult):
        return result.model_copy(update={"tools": [t for t in result.tools if t.name not in app_only]})
    if isinstance(result, dict) and isinstance(result.get("tools"), list):
        return {**result, "tools": [t for t in result["tools"] if t.get("name") not in app_only]}
    return result
