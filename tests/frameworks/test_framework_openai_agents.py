"""The OpenAI Agents SDK (openai-agents, pinned in openai_agents/requirements.in) serves every tool.

`MCPServerStdio(use_structured_content=True)` and an Agent with strict schemas on: the SDK converts each
input schema with `ensure_strict_json_schema` and, where it cannot, logs it and serves the tool
non-strict (no error anywhere), so the test asks each FunctionTool whether it came out strict.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import jsonschema
import pytest
from framework_session import CALLS, CHECKS, property_paths, published_tools, run_session


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    return run_session("openai_agents", tmp_path_factory.mktemp("openai_agents"), CALLS)


def test_the_agents_sdk_lists_every_tool(report: dict[str, Any]) -> None:
    assert [t["name"] for t in report["tools"]] == list(published_tools())


def test_every_tool_with_arguments_is_strict_and_keeps_every_property(report: dict[str, Any]) -> None:
    published = published_tools()
    for tool in report["tools"]:
        ours = published[tool["name"]]["inputSchema"]
        if not ours.get("properties"):
            # A tool without arguments stays non-strict: the SDK wants `additionalProperties: false` on
            # an empty object, which google-genai cannot take (see app/schemas.py); nothing to constrain.
            assert tool["parameters"]["properties"] == {}, tool
            continue
        assert tool["strict"] is True, f"{tool['name']}: served non-strict by the Agents SDK"
        assert property_paths(tool["parameters"]) == property_paths(ours), tool["name"]
        # What the SDK would send to the Responses API: the same strict schema.
        assert tool["sent"]["strict"] is True and tool["sent"]["parameters"] == tool["parameters"]


def test_the_strict_calls_fit_the_strict_schemas(report: dict[str, Any]) -> None:
    # The arguments the session sent are what a model held to the strict schema can produce.
    strict = {t["name"]: t["parameters"] for t in report["tools"]}
    for call in CALLS:
        jsonschema.validate(call["arguments"], strict[call["tool"]])


def test_capabilities_portfolio_and_strict_shaped_calls_work(report: dict[str, Any]) -> None:
    for call, result, check in zip(CALLS, report["calls"], CHECKS, strict=True):
        assert result["tool"] == call["tool"]
        check(result["output"])


def test_a_tool_error_reaches_the_agent_as_our_error_text(tmp_path: Path) -> None:
    report = run_session(
        "openai_agents", tmp_path, [{"tool": "kalshi_get_order", "arguments": {"order_id": "no-such-order"}}]
    )
    [call] = report["calls"]
    output = call["output"]
    text = output if isinstance(output, str) else str(output)
    assert "not_found" in text, output
