"""The server as clients built on the TypeScript MCP SDK see it (MCP Inspector, many hosts).

`tests/ts/mcp_session.mjs` drives `brokerspec serve --sandbox` with the SDK's own `Client` over stdio.
That client validates every successful result's structuredContent against the tool's outputSchema
(Ajv) and throws `MCP error -32602: Structured content does not match the tool's output schema` when
it does not fit: an error that carried `structuredContent: {"error": ...}` reached such a host as that
-32602 instead of our code and message. Each test here asserts what the TS client got, from its side.
The SDK and the Inspector CLI are pinned by `tests/ts/package-lock.json`; `scripts/test` installs them
into `.cache/mcp-ts/`.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import uuid
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[1]
SCRIPT = ROOT / "tests" / "ts" / "mcp_session.mjs"
MODULES = ROOT / ".cache" / "mcp-ts" / "node_modules"
SDK = MODULES / "@modelcontextprotocol" / "sdk" / "package.json"
INSPECTOR_CLI = MODULES / "@modelcontextprotocol" / "inspector-cli"
SERVER = ROOT / ".venv" / "bin" / "brokerspec"

#: The tools the README documents (its "Tools (21)" table).
DOCUMENTED_TOOLS = {
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
    "kalshi_preview_orders",
    "kalshi_place_orders",
    "kalshi_amend_order",
    "kalshi_cancel_orders",
    "kalshi_decrease_order",
    "kalshi_manage_order_group",
}

#: Listed too, marked app-only (`_meta.ui.visibility: ["app"]`): README "MCP Apps views".
APP_ONLY_TOOLS = {"kalshi_ticket_place"}


@pytest.fixture(autouse=True)
def _node_and_sdk_installed() -> None:
    if shutil.which("node") is None:
        pytest.fail("node is not on PATH: the TypeScript MCP SDK client needs Node.js 20+")
    if not SDK.exists() or not INSPECTOR_CLI.exists():
        pytest.fail(
            "the TypeScript MCP SDK is not installed in .cache/mcp-ts: run the suite through ./scripts/test"
        )


def _server_env(tmp_path: Path, **extra: str) -> dict[str, str]:
    """What the server gets: its own state, audit log and home; no BROKERSPEC_* of the parent's."""
    return {
        "HOME": str(tmp_path / "home"),
        "BROKERSPEC_STATE_DIR": str(tmp_path / "state"),
        "BROKERSPEC_AUDIT_LOG": str(tmp_path / "audit.jsonl"),
        **extra,
    }


def _node_env(tmp_path: Path) -> dict[str, str]:
    return {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "HOME": str(tmp_path / "home")}


class Session:
    """What one TS SDK client session saw: the tool list, then one line per call."""

    def __init__(self, tools: list[dict[str, Any]], lines: list[dict[str, Any]], stderr: str) -> None:
        self.tools, self.lines, self.stderr = tools, lines, stderr

    def ok(self, index: int) -> dict[str, Any]:
        """The structuredContent of a successful call (which the TS client validated)."""
        line = self.lines[index]
        assert "thrown" not in line, f"TS client threw on {line['tool']}: {line['thrown']}"
        assert line["isError"] is False, f"{line['tool']}: {line['content']}"
        assert isinstance(line.get("structuredContent"), dict), f"{line['tool']}: no structuredContent"
        return line["structuredContent"]

    def error(self, index: int) -> tuple[str, dict[str, Any]]:
        """(summary line, error object) of a tool error, as any client reads it from the text block."""
        line = self.lines[index]
        assert "thrown" not in line, f"TS client threw instead of showing the tool error: {line['thrown']}"
        assert line["isError"] is True, line
        assert "structuredContent" not in line, f"{line['tool']}: structuredContent on an error"
        summary, _, payload = line["content"][0]["text"].partition("\n")
        return summary, json.loads(payload)["error"]


def session(tmp_path: Path, calls: list[dict[str, Any]], **env: str) -> Session:
    """Run `calls` in one TS SDK client session against a fresh `brokerspec serve --sandbox`."""
    request = {
        "env": _server_env(tmp_path, **env),
        "calls": calls,
        "request_timeout_ms": 30_000,
        "deadline_ms": 90_000,
    }
    run = subprocess.run(
        ["node", str(SCRIPT)],
        input=json.dumps(request),
        capture_output=True,
        text=True,
        env=_node_env(tmp_path),
        timeout=120,
    )
    lines = [json.loads(line) for line in run.stdout.splitlines() if line.strip()]
    assert run.returncode == 0, run.stdout[-3000:] + run.stderr[-3000:]
    assert lines and "tools" in lines[0], run.stdout[-3000:] + run.stderr[-3000:]
    assert len(lines) == 1 + len(calls), run.stdout[-3000:] + run.stderr[-3000:]
    return Session(lines[0]["tools"], lines[1:], run.stderr)


def _order(**overrides: Any) -> dict[str, Any]:
    """A small Kalshi order on a sandbox market, with its own client_order_id (the preview keeps it)."""
    return {
        "ticker": "KXDEMO-26-A",
        "action": "buy",
        "side": "yes",
        "count": 1,
        "price": "0.52",
        "client_order_id": str(uuid.uuid4()),
        **overrides,
    }


def _preview(order: dict[str, Any]) -> dict[str, Any]:
    return {"tool": "kalshi_preview_orders", "arguments": {"orders": [order]}}


def _place(order: dict[str, Any], token_of: int) -> dict[str, Any]:
    """Place `order` with the preview_token of call `token_of` (filled in by the session script)."""
    return {
        "tool": "kalshi_place_orders",
        "arguments": {"orders": [order], "preview_token": {"$result": [token_of, "preview_token"]}},
    }


# --- errors: each reaches the TS client as a tool error with its code and message -------------------


def test_place_in_read_only_mode_reaches_the_ts_client_as_read_only(tmp_path: Path) -> None:
    order = _order()
    s = session(
        tmp_path,
        [
            _preview(order),
            {
                "tool": "kalshi_place_orders",
                "arguments": {"orders": [order], "preview_token": "no-token-in-read-only-mode"},
            },
        ],
    )
    preview = s.ok(0)
    assert preview["writes_allowed"] is False and preview["preview_token"] is None
    summary, error = s.error(1)
    assert error["code"] == "read_only"
    assert "read-only" in error["message"]
    assert error["message"] in summary and "read_only" in summary
    assert error["retry_safe"] is False
    assert "BROKERSPEC_TRADING" in error["suggestion"]


def test_cancel_in_read_only_mode_reaches_the_ts_client_as_read_only(tmp_path: Path) -> None:
    s = session(tmp_path, [{"tool": "kalshi_cancel_orders", "arguments": {"order_ids": ["any-order-id"]}}])
    summary, error = s.error(0)
    assert error["code"] == "read_only"
    assert "read-only" in error["message"] and error["message"] in summary
    assert error["retry_safe"] is False


def test_placing_twice_with_one_token_reaches_the_ts_client_as_token_reused(tmp_path: Path) -> None:
    order = _order()
    s = session(
        tmp_path,
        [
            _preview(order),
            _place(order, token_of=0),
            _place(order, token_of=0),
            {"tool": "kalshi_list_orders", "arguments": {"ticker": order["ticker"]}},
        ],
        BROKERSPEC_TRADING="1",
    )
    assert s.ok(0)["preview_token"]
    [first] = s.ok(1)["results"]
    assert first["outcome"] == "placed", first
    summary, error = s.error(2)
    assert error["code"] == "token_reused"
    assert error["message"] and error["message"] in summary
    assert error["retry_safe"] is False
    # The refused second place sent nothing: the exchange holds exactly one order with that id.
    placed = [o for o in s.ok(3)["items"] if o["client_order_id"] == order["client_order_id"]]
    assert len(placed) == 1, s.lines[3]


def test_unknown_order_id_reaches_the_ts_client_as_not_found(tmp_path: Path) -> None:
    s = session(tmp_path, [{"tool": "kalshi_get_order", "arguments": {"order_id": "no-such-order-7f3c2a"}}])
    summary, error = s.error(0)
    assert error["code"] == "not_found"
    assert error["message"] and error["message"] in summary
    assert error["retry_safe"] is False
    # The broker's own answer is kept: Kalshi says 404.
    assert error["broker"] == "kalshi" and error["http_status"] == 404


def test_order_over_the_daily_limit_reaches_the_ts_client_as_limit_exceeded(tmp_path: Path) -> None:
    # Each order's worst case (about $1.04) is under the $1.50 daily limit, so both previews pass and
    # issue tokens; once the first is placed, the second would bring the day over the limit.
    first, second = _order(count=2, price="0.50"), _order(count=2, price="0.50")
    s = session(
        tmp_path,
        [_preview(first), _preview(second), _place(first, token_of=0), _place(second, token_of=1)],
        BROKERSPEC_TRADING="1",
        BROKERSPEC_MAX_DAILY_DOLLARS="1.50",
    )
    assert s.ok(0)["all_limits_pass"] and s.ok(1)["all_limits_pass"]
    assert s.ok(2)["results"][0]["outcome"] == "placed"
    summary, error = s.error(3)
    assert error["code"] == "limit_exceeded"
    assert "max_daily_dollars" in error["message"] and error["message"] in summary
    assert error["retry_safe"] is False
    assert error["details"]["failed"] == ["max_daily_dollars"]


def test_wrongly_typed_argument_reaches_the_ts_client_as_a_readable_tool_error(tmp_path: Path) -> None:
    s = session(tmp_path, [{"tool": "kalshi_list_orders", "arguments": {"limit": "many"}}])
    line = s.lines[0]
    assert "thrown" not in line, f"TS client threw instead of showing the tool error: {line['thrown']}"
    assert line["isError"] is True and "structuredContent" not in line
    text = line["content"][0]["text"]
    assert "limit" in text and "integer" in text, text
    error = json.loads(text.split("\n", 1)[1])["error"]
    assert error["code"] == "invalid_argument" and "limit" in error["message"]
    assert "many" not in error["message"]  # the rejected value is not echoed


# --- successes: the TS client's own validator accepts every result -----------------------------------


def test_every_documented_tool_is_listed_to_the_ts_client_with_an_output_schema(tmp_path: Path) -> None:
    # listTools also compiles each outputSchema with the SDK's Ajv: a schema it cannot use would throw.
    s = session(tmp_path, [])
    assert {t["name"] for t in s.tools} == DOCUMENTED_TOOLS  # no MCP Apps here: no app-only tools
    assert not APP_ONLY_TOOLS & {t["name"] for t in s.tools}
    assert [t["name"] for t in s.tools if not t["hasOutputSchema"]] == []


def test_successful_results_pass_the_ts_clients_output_schema_validation(tmp_path: Path) -> None:
    filled = _order()
    resting = _order(ticker="KXDEMO-26-B", side="no", count=5, price="0.60")
    reads = ["capabilities", "get_portfolio", "kalshi_get_balance", "kalshi_list_orders"]
    s = session(
        tmp_path,
        [_preview(filled), _place(filled, 0), _preview(resting), _place(resting, 2)]
        + [{"tool": name} for name in reads],
        BROKERSPEC_TRADING="1",
    )
    # Any result that did not fit its outputSchema would have been thrown by the TS client.
    thrown = {line["tool"]: line["thrown"] for line in s.lines if "thrown" in line}
    assert thrown == {}
    results = {line["tool"]: s.ok(i) for i, line in enumerate(s.lines)}
    assert results["capabilities"]["mode"] == "trading"
    # The order list holds real orders, so the validation covered order objects, not an empty list.
    listed = {o["client_order_id"] for o in results["kalshi_list_orders"]["items"]}
    assert {filled["client_order_id"], resting["client_order_id"]} <= listed


# --- the MCP Inspector CLI ------------------------------------------------------------------------------


def test_inspector_cli_shows_not_found_as_a_tool_error(tmp_path: Path) -> None:
    cli = INSPECTOR_CLI / "build" / "cli.js"
    server = [str(SERVER), "serve", "--sandbox"]
    call = [
        "--method",
        "tools/call",
        "--tool-name",
        "kalshi_get_order",
        "--tool-arg",
        "order_id=no-such-order",
    ]
    env = {**_node_env(tmp_path), **_server_env(tmp_path)}
    run = subprocess.run(
        ["node", str(cli), "--cli", *server, *call],
        capture_output=True,
        text=True,
        env=env,
        # inspector-cli 1.0.3 looks for "../package.json" relative to the working directory (and imports
        # it relative to its module): run it from its build directory so both find its own package.json.
        cwd=INSPECTOR_CLI / "build",
        timeout=120,
    )
    assert run.returncode == 0, run.stdout[-3000:] + run.stderr[-3000:]
    result = json.loads(run.stdout)
    assert result["isError"] is True and "structuredContent" not in result
    summary, _, payload = result["content"][0]["text"].partition("\n")
    error = json.loads(payload)["error"]
    assert error["code"] == "not_found" and error["message"] in summary
