"""Drive one agent framework's real library against `brokerspec serve --sandbox`, from pytest.

Each framework lives in its own venv under `.cache/frameworks/NAME/` (scripts/_bootstrap_frameworks.sh,
pinned by NAME/requirements.txt) so its pins never move ours; NAME/session.py runs there, spawns the
server over stdio through the framework's own MCP client, and prints one JSON report (see _wire.py).
Without the venv a test is skipped with the reason, except under CI=true, where that is a failure.
"""

from __future__ import annotations

import asyncio
import json
import os
import subprocess
from pathlib import Path
from typing import Any

import pytest
from brokerspec.app.server import build_server
from mcp import Client

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
SERVER = ROOT / ".venv" / "bin" / "brokerspec"
VENVS = ROOT / ".cache" / "frameworks"


def venv_python(name: str) -> Path:
    python = VENVS / name / "bin" / "python"
    if not python.exists():
        message = (
            f"the {name} venv is not installed in .cache/frameworks/: run the suite through ./scripts/test"
        )
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(message)
        pytest.skip(message)
    return python


def run_session(name: str, tmp_path: Path, calls: list[dict[str, Any]], **env: str) -> dict[str, Any]:
    """One session of framework `name`: its report, after checking it ran to the end."""
    python = venv_python(name)
    server_env = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "HOME": str(tmp_path / "home"),
        "BROKERSPEC_STATE_DIR": str(tmp_path / "state"),
        "BROKERSPEC_AUDIT_LOG": str(tmp_path / "audit.jsonl"),
        **env,
    }
    if os.environ.get("PYTHONPATH"):  # a worktree run: the server imports the tree under test
        server_env["PYTHONPATH"] = os.environ["PYTHONPATH"]
    request = {
        "server": {
            "command": str(SERVER),
            "args": ["serve", "--sandbox"],
            "env": server_env,
            "cwd": str(tmp_path),
        },
        "calls": calls,
    }
    run = subprocess.run(
        [str(python), str(HERE / name / "session.py")],
        input=json.dumps(request),
        capture_output=True,
        text=True,
        env={"PATH": server_env["PATH"], "HOME": server_env["HOME"]},
        cwd=tmp_path,
        timeout=180,
    )
    assert run.returncode == 0, run.stdout[-3000:] + run.stderr[-3000:]
    report: dict[str, Any] = json.loads(run.stdout.strip().splitlines()[-1])
    assert "fatal" not in report, report["fatal"] + run.stderr[-3000:]
    assert len(report["calls"]) == len(calls), report
    return report


def published_tools() -> dict[str, dict[str, Any]]:
    """The tools the server lists to the model (app-only ones are the host's), by name, as our own
    client reads them: the reference each framework's view is held against."""

    async def listed() -> list[dict[str, Any]]:
        async with Client(build_server()) as client:
            tools = await client.list_tools()
        return [t.model_dump(mode="json", by_alias=True, exclude_none=True) for t in tools.tools]

    tools = asyncio.run(listed())
    return {t["name"]: t for t in tools if (t.get("_meta") or {}).get("ui", {}).get("visibility") != ["app"]}


def property_paths(schema: Any, path: str = "") -> set[str]:
    """Every property of a schema (through items, anyOf and properties), as a path: what a model can send."""
    found: set[str] = set()
    if isinstance(schema, dict):
        for name, sub in (schema.get("properties") or {}).items():
            found |= {f"{path}/{name}"} | property_paths(sub, f"{path}/{name}")
        for key in ("items", "any_of", "anyOf"):
            value = schema.get(key)
            for sub in value if isinstance(value, list) else [value]:
                found |= property_paths(sub, path)
    return found


#: The calls every framework makes: the two the issue names, and two a strict model would send as it
#: must (every property present, null where allowed).
STRICT_ORDER = {
    "ticker": "KXDEMO-26-A",
    "action": "buy",
    "side": "yes",
    "count": 2,
    "price": "0.52",
    "time_in_force": "good_till_canceled",
    "post_only": False,
    "reduce_only": False,
    "expiration_time": None,
    "order_group_id": None,
    "subaccount": 0,
    "cancel_order_on_pause": False,
    "client_order_id": None,
}
CALLS: list[dict[str, Any]] = [
    {"tool": "capabilities", "arguments": {}},
    {"tool": "get_portfolio", "arguments": {"broker": "all"}},
    {
        "tool": "kalshi_list_orders",
        "arguments": {
            "ticker": None,
            "event_ticker": None,
            "status": None,
            "limit": 5,
            "cursor": None,
            "subaccount": 0,
        },
    },
    {"tool": "kalshi_preview_orders", "arguments": {"orders": [STRICT_ORDER]}},
]


def check_capabilities(result: Any) -> None:
    assert isinstance(result, dict), result
    assert result["mode"] == "read_only"  # serve --sandbox without BROKERSPEC_TRADING
    assert {b["broker"] for b in result["brokers"]} == {"kalshi", "wealthy", "vendor_gateway"}


def check_portfolio(result: Any) -> None:
    assert isinstance(result, dict), result
    brokers = {b["broker"]: b for b in result["brokers"]}
    assert set(brokers) == {"kalshi", "wealthy", "vendor_gateway"}
    # Money stays a decimal string through the framework, with its currency.
    kalshi_cash = brokers["kalshi"]["cash"]
    assert kalshi_cash["currency"] == "USD" and isinstance(kalshi_cash["available"], str)
    assert brokers["wealthy"]["holdings"], "the Wealthy sandbox holds stocks"


def check_orders(result: Any) -> None:
    assert isinstance(result, dict) and isinstance(result["items"], list), result


def check_preview(result: Any) -> None:
    assert isinstance(result, dict), result
    [order] = result["orders"]
    assert order["wire_body"]["ticker"] == "KXDEMO-26-A" and result["writes_allowed"] is False
    assert result["preview_token"] is None  # read-only: previews, never a token


CHECKS = [check_capabilities, check_portfolio, check_orders, check_preview]
