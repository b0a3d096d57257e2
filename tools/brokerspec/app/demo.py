"""`brokerspec demo`: the whole product in one run, against the built-in sandbox, no credentials.

It starts the sandbox brokers on 127.0.0.1, launches `brokerspec serve` over stdio exactly as an MCP host
would (a subprocess speaking MCP on stdin/stdout), and drives it through the MCP client: tools, the
cross-broker portfolio, a preview and a placed order, the fill and position it made, a refusal, a cancel.
"""

from __future__ import annotations

import asyncio
import json
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

_WIDTH = 96


def _rule(title: str) -> None:
    print(f"\n── {title} " + "─" * max(0, _WIDTH - len(title) - 4))


def _table(rows: Sequence[Sequence[Any]], header: Sequence[str]) -> None:
    cells = [[("—" if v is None else str(v)) for v in row] for row in rows]
    widths = [max(len(h), *(len(r[i]) for r in cells)) if cells else len(h) for i, h in enumerate(header)]
    print("  " + "  ".join(h.ljust(w) for h, w in zip(header, widths, strict=True)))
    print("  " + "  ".join("-" * w for w in widths))
    for row in cells:
        print(
            "  "
            + "  ".join(v.rjust(w) if _numeric(v) else v.ljust(w) for v, w in zip(row, widths, strict=True))
        )


def _numeric(text: str) -> bool:
    return text.replace(".", "", 1).replace("-", "", 1).isdigit()


class _Transcript:
    def __init__(self) -> None:
        self.lines: list[str] = []

    def add(self, who: str, text: str) -> None:
        self.lines.append(f"{who:>6}: {text}")


async def _call(
    client: Any, transcript: _Transcript, name: str, args: dict[str, Any] | None = None
) -> dict[str, Any]:
    result = await client.call_tool(name, args or {})
    text = result.content[0].text if result.content else ""
    summary = text.splitlines()[0] if text else ""
    if result.is_error:  # errors carry their object as JSON on the second text line
        data = json.loads(text.split("\n", 1)[1]) if "\n" in text else {"error": {"message": summary}}
    else:
        data = result.structured_content or {}
    transcript.add("agent", f"{name}({json.dumps(args or {}, separators=(',', ':'))[:80]})")
    transcript.add("server", ("ERROR " if result.is_error else "") + summary[:110])
    return {"error": data.get("error")} if result.is_error else data


def _sandbox_audit(env: dict[str, str]) -> str:
    from brokerspec.settings.safety import environment_path

    return str(environment_path(Path(env["BROKERSPEC_AUDIT_LOG"]), "sandbox"))


def _portfolio_table(portfolio: dict[str, Any]) -> None:
    rows = []
    for bp in portfolio["brokers"]:
        for h in bp["holdings"]:
            rows.append(
                (
                    bp["broker"],
                    "holding",
                    h["symbol"],
                    h["quantity"],
                    h["average_price"],
                    h.get("last_price"),
                    h.get("unrealized_pnl"),
                    h["currency"],
                )
            )
        for p in bp["positions"]:
            rows.append(
                (
                    bp["broker"],
                    "position",
                    p["symbol"],
                    p["quantity"],
                    p.get("average_price"),
                    p.get("last_price"),
                    p.get("pnl") or p.get("unrealized_pnl"),
                    p["currency"],
                )
            )
    _table(rows, ("broker", "kind", "symbol", "qty", "avg price", "last", "P&L", "ccy"))
    for bp in portfolio["brokers"]:
        cash = bp.get("cash")
        if cash:
            print(f"  {bp['broker']} cash: {cash['available']} {cash['currency']}")
    for err in portfolio.get("errors", []):
        print(f"  {err['broker']}: unavailable ({err['code']}: {err['message']})")


async def _demo(env: dict[str, str]) -> int:
    from mcp import Client, StdioServerParameters

    transcript = _Transcript()
    params = StdioServerParameters(command=sys.executable, args=["-m", "brokerspec", "serve"], env=env)
    started = time.perf_counter()
    async with Client(params) as client:
        tools = await client.list_tools()
        _rule(
            f"MCP server over stdio: {len(tools.tools)} tools ({time.perf_counter() - started:.2f}s to tools/list)"
        )
        for tool in tools.tools:
            a = tool.annotations
            kind = (
                "read" if a and a.read_only_hint else ("destructive" if a and a.destructive_hint else "write")
            )
            print(f"  {tool.name:<28} {kind:<11} {tool.title or ''}")

        _rule("capabilities")
        caps = await _call(client, transcript, "capabilities")
        print(f"  mode {caps['mode']}, live money allowed: {caps['live_trading_allowed']}")
        for b in caps["brokers"]:
            print(
                f"  {b['broker']:<15} {b.get('environment') or 'not configured':<12} writes: {b['writes_allowed']}"
            )
        lim = caps["limits"]
        print(
            f"  limits: {lim['max_order_contracts']} contracts / ${lim['max_order_dollars']} per order, "
            f"${lim['max_daily_dollars']} per day"
        )

        _rule("portfolio across brokers (get_portfolio)")
        _portfolio_table(await _call(client, transcript, "get_portfolio"))

        _rule("preview: buy 10 YES on KXDEMO-26-A at $0.52")
        order = {
            "ticker": "KXDEMO-26-A",
            "action": "buy",
            "side": "yes",
            "count": 10,
            "price": "0.52",
            "time_in_force": "immediate_or_cancel",
        }
        preview = await _call(client, transcript, "kalshi_preview_orders", {"orders": [order]})
        p0 = preview["orders"][0]
        print(f"  mapping:    {p0['mapping']}")
        print(f"  wire body:  {json.dumps(p0['wire_body'])}")
        print(f"  worst case: ${p0['worst_case_cost_dollars']} (fees ${p0['worst_case_fees_dollars']})")
        for c in preview["limit_checks"]:
            print(
                f"  limit {c['name']:<20} {c['value']:>10} / {c['limit']:<8} {'ok' if c['passed'] else 'FAIL'}"
            )

        _rule("place it with the preview token (kalshi_place_orders)")
        placed_order = {**order, "client_order_id": p0["client_order_id"]}
        placement = await _call(
            client,
            transcript,
            "kalshi_place_orders",
            {"orders": [placed_order], "preview_token": preview["preview_token"]},
        )
        for r in placement["results"]:
            print(
                f"  {r['outcome']}: order {r['order_id']} status {r['status']}, filled {r['fill_count_contracts']} "
                f"at avg ${r['average_fill_price_dollars']}"
            )

        _rule("the fill and the position it made")
        fills = await _call(client, transcript, "kalshi_list_fills", {"ticker": "KXDEMO-26-A", "limit": 5})
        _table(
            [
                (
                    f["ticker"],
                    f["outcome_side"],
                    f["count_contracts"],
                    f["outcome_price_dollars"],
                    f.get("fee_dollars"),
                    f["is_taker"],
                )
                for f in fills["items"]
            ],
            ("ticker", "side", "contracts", "price $", "fee $", "taker"),
        )
        positions = await _call(client, transcript, "kalshi_list_positions", {"ticker": "KXDEMO-26-A"})
        _table(
            [
                (
                    p["ticker"],
                    p["position_contracts"],
                    p["market_exposure_dollars"],
                    p["fees_paid_dollars"],
                    p["realized_pnl_dollars"],
                )
                for p in positions["market_positions"]
            ],
            ("ticker", "contracts", "exposure $", "fees $", "realized $"),
        )

        _rule("a resting NO order, then cancel it")
        rest = {"ticker": "KXDEMO-26-B", "action": "buy", "side": "no", "count": 5, "price": "0.60"}
        pv = await _call(client, transcript, "kalshi_preview_orders", {"orders": [rest]})
        print(f"  mapping: {pv['orders'][0]['mapping']}")
        pl = await _call(
            client,
            transcript,
            "kalshi_place_orders",
            {
                "orders": [{**rest, "client_order_id": pv["orders"][0]["client_order_id"]}],
                "preview_token": pv["preview_token"],
            },
        )
        resting_id = pl["results"][0]["order_id"]
        print(f"  {pl['results'][0]['outcome']}: {resting_id} {pl['results'][0]['status']}")
        cancel = await _call(client, transcript, "kalshi_cancel_orders", {"order_ids": [resting_id]})
        print(
            f"  cancel: {cancel['results'][0]['outcome']}, reduced by {cancel['results'][0]['reduced_by_contracts']}"
        )

        await _fractional_subpenny(client, transcript)

        _rule("refusals: a limit, and a token reused")
        big = {"ticker": "KXDEMO-26-A", "action": "buy", "side": "yes", "count": 500, "price": "0.52"}
        refused = await _call(client, transcript, "kalshi_preview_orders", {"orders": [big]})
        print(f"  500 contracts: token={refused['preview_token']}; {refused['next_step']}")
        again = await _call(
            client,
            transcript,
            "kalshi_place_orders",
            {"orders": [placed_order], "preview_token": preview["preview_token"]},
        )
        err = again.get("error") or {}
        print(f"  re-using the first token: {err.get('code')}: {err.get('message')}")

    _rule("transcript")
    for line in transcript.lines:
        print("  " + line)
    print(
        f"\nDone in {time.perf_counter() - started:.1f}s. Every write is in the sandbox's audit log: {_sandbox_audit(env)}"
    )
    return 0


async def _fractional_subpenny(client: Any, transcript: _Transcript) -> None:
    """A market read, then a fractional order at a subpenny price (deci_cent grid, shard 1), and a refusal."""
    ticker = "KXBTCD-26DEC31-T100000"
    _rule(f"the market first (kalshi_get_market {ticker})")
    market = await _call(client, transcript, "kalshi_get_market", {"ticker": ticker})
    print(f"  {market['title']}: {market['status']}, shard {market['exchange_index']}")
    print(f"  grid {market['price_grid']}; fractional {market['fractional_trading']}")
    print(f"  fees {market['fees']}")
    print(f"  YES bid ${market['yes_bid_dollars']} / ask ${market['yes_ask_dollars']}")

    _rule("a fractional order at a subpenny price: buy 2.5 YES at $0.561, then cancel it")
    order = {"ticker": ticker, "action": "buy", "side": "yes", "count": "2.5", "price": "0.561"}
    pv = await _call(client, transcript, "kalshi_preview_orders", {"orders": [order]})
    shown = pv["orders"][0]
    now = shown["now"]
    print(f"  mapping:    {shown['mapping']}")
    print(f"  wire body:  {json.dumps(shown['wire_body'])}")
    print(f"  now:        {now['fills_now_contracts']} fill now, {now['rests_contracts']} rest")
    print(f"  worst case: ${shown['worst_case_cost_dollars']} (fees ${shown['worst_case_fees_dollars']})")
    placed = await _call(
        client,
        transcript,
        "kalshi_place_orders",
        {
            "orders": [{**order, "client_order_id": shown["client_order_id"]}],
            "preview_token": pv["preview_token"],
        },
    )
    result = placed["results"][0]
    print(
        f"  {result['outcome']}: {result['order_id']} {result['status']}, resting {result['remaining_count_contracts']}"
    )
    cancel = await _call(client, transcript, "kalshi_cancel_orders", {"order_ids": [result["order_id"]]})
    print(f"  cancel (routed to shard 1 by its ticker): {cancel['results'][0]['outcome']}")
    off = await _call(client, transcript, "kalshi_preview_orders", {"orders": [{**order, "price": "0.5615"}]})
    print(f"  $0.5615 is refused: {off['error']['code']}: {off['error']['message']}")


def run_demo() -> int:
    """Start the sandbox, run the scripted MCP session against `brokerspec serve`, stop everything."""
    from brokerspec.config import child_environment
    from brokerspec.sandbox.server import SandboxServer

    state = Path(tempfile.mkdtemp(prefix="brokerspec-demo-"))
    with SandboxServer(key_dir=state / "keys") as sandbox:
        print("Sandbox brokers on 127.0.0.1:")
        for broker, url in sandbox.base_urls.items():
            print(f"  {broker:<15} {url}")
        env = child_environment(
            {
                **sandbox.environment(),
                "BROKERSPEC_SANDBOX": "1",
                "BROKERSPEC_TRADING": "1",
                "BROKERSPEC_STATE_DIR": str(state),
                "BROKERSPEC_AUDIT_LOG": str(state / "audit.jsonl"),
            }
        )
        return asyncio.run(_demo(env))
