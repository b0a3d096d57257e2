"""Resources and prompts as the TypeScript MCP SDK's Client sees them (the SDK tests/ts/ pins).

`ts_sdk_session.mjs` spawns `brokerspec serve --sandbox` over stdio; the SDK validates every result's
shape (resources/read, prompts/get) with its own schemas and every tool result against the tool's
outputSchema. Here: the resources hold the tools' very data, and the prompts name only listed tools.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest
from framework_session import ROOT, SERVER

SCRIPT = Path(__file__).with_name("ts_sdk_session.mjs")
SDK = ROOT / ".cache" / "mcp-ts" / "node_modules" / "@modelcontextprotocol" / "sdk" / "package.json"
PROMPTS = [
    {"name": "prepare_order", "arguments": {"ticker": "KXDEMO-26-B", "side": "yes", "budget_dollars": "10"}},
    {"name": "review_portfolio", "arguments": {}},
]


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    if shutil.which("node") is None or not SDK.exists():
        pytest.fail("node and the TypeScript MCP SDK in .cache/mcp-ts are needed: run ./scripts/test")
    tmp = tmp_path_factory.mktemp("ts_sdk")
    env = {
        "HOME": str(tmp / "home"),
        "BROKERSPEC_STATE_DIR": str(tmp / "state"),
        "BROKERSPEC_AUDIT_LOG": str(tmp / "audit.jsonl"),
    }
    if os.environ.get("PYTHONPATH"):  # a worktree run: the server imports the tree under test
        env["PYTHONPATH"] = os.environ["PYTHONPATH"]
    request = {"command": str(SERVER), "args": ["serve", "--sandbox"], "env": env, "cwd": str(tmp)}
    run = subprocess.run(
        ["node", str(SCRIPT)],
        input=json.dumps({**request, "prompts": PROMPTS}),
        capture_output=True,
        text=True,
        env={"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "HOME": env["HOME"]},
        timeout=180,
    )
    assert run.returncode == 0, run.stdout[-3000:] + run.stderr[-3000:]
    result: dict[str, Any] = json.loads(run.stdout.strip().splitlines()[-1])
    return result


def test_the_resources_are_the_tools_data(report: dict[str, Any]) -> None:
    listed = {r["uri"]: r for r in report["resources"]}
    for uri, tool in [
        ("brokerspec://portfolio", "get_portfolio"),
        ("brokerspec://capabilities", "capabilities"),
    ]:
        assert listed[uri]["mimeType"] == "application/json"
        [content] = report["reads"][uri]["contents"]
        assert content["mimeType"] == "application/json"
        call = report["calls"][tool]
        assert call.get("isError") is not True, call
        assert json.loads(content["text"]) == call["structuredContent"], uri


def test_the_prompts_name_only_listed_tools(report: dict[str, Any]) -> None:
    assert {p["name"] for p in report["prompts"]} >= {"prepare_order", "review_portfolio"}
    tools = set(report["tools"])
    for asked, got in zip(PROMPTS, report["got"], strict=True):
        [message] = got["messages"]
        text = message["content"]["text"]
        named = set(re.findall(r"`([A-Za-z_]\w*)`", text)) | set(re.findall(r"\b(?:kalshi|get)_\w+", text))
        assert named and named <= tools, (asked["name"], named - tools)
    assert (
        "buy YES on KXDEMO-26-B, spending at most $10 including fees"
        in report["got"][0]["messages"][0]["content"]["text"]
    )
